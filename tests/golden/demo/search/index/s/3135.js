window.__nastavnikSearch("s/3135",{"t":{"15":[[5,2],[20,1],[39,2]]},"f":{}});
