window.__nastavnikSearch("s/3633",{"t":{"63":[[3,2]]},"f":{}});
