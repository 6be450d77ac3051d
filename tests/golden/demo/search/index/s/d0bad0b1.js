window.__nastavnikSearch("s/d0bad0b1",{"t":{"кб":[[0,2]]},"f":{}});
