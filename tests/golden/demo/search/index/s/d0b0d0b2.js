window.__nastavnikSearch("s/d0b0d0b2",{"t":{"август":[[2,2]],"автор":[[4,2]]},"f":{}});
