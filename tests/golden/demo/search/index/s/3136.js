window.__nastavnikSearch("s/3136",{"t":{"16":[[4,2]]},"f":{}});
