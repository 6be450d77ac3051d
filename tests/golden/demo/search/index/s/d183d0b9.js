window.__nastavnikSearch("s/d183d0b9",{"t":{"уйдет":[[15,1]]},"f":{}});
