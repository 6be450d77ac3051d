window.__nastavnikSearch("s/3235",{"t":{"25":[[13,1],[34,1]]},"f":{}});
