window.__nastavnikSearch("s/3836",{"t":{"86":[[27,1],[33,1],[34,1]]},"f":{}});
