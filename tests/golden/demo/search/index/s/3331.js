window.__nastavnikSearch("s/3331",{"t":{"31":[[2,4]]},"f":{}});
