window.__nastavnikSearch("s/3032",{"t":{"02":[[32,1],[34,1],[35,1]]},"f":{}});
