window.__nastavnikSearch("s/d0b5",{"t":{"е":[[3,2],[5,2],[33,1]]},"f":{}});
