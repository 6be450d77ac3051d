window.__nastavnikSearch("s/3432",{"t":{"42":[[32,1]]},"f":{}});
