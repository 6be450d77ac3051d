window.__nastavnikSearch("s/3537",{"t":{"57":[[3,2]]},"f":{}});
