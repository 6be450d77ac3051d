window.__nastavnikSearch("s/d0b1d18e",{"t":{"бюр":[[0,2],[21,1]]},"f":{"бюро":"бюр"}});
