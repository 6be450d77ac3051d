window.__nastavnikSearch("s/d0b0",{"t":{"а":[[0,2],[10,1],[13,1]]},"f":{}});
