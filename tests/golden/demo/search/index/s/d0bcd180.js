window.__nastavnikSearch("s/d0bcd180",{"t":{"мр":[[32,1]]},"f":{}});
