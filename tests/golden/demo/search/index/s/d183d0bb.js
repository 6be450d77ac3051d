window.__nastavnikSearch("s/d183d0bb",{"t":{"ул":[[39,1]]},"f":{}});
