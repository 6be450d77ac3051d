window.__nastavnikSearch("s/3430",{"t":{"40":[[19,1],[41,1]]},"f":{}});
