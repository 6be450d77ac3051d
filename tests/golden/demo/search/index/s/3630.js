window.__nastavnikSearch("s/3630",{"t":{"60":[[3,2],[41,1]]},"f":{}});
