window.__nastavnikSearch("s/3431",{"t":{"412":[[36,2]]},"f":{}});
