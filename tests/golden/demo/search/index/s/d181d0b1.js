window.__nastavnikSearch("s/d181d0b1",{"t":{"сборник":[[5,4]]},"f":{}});
