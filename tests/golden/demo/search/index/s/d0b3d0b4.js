window.__nastavnikSearch("s/d0b3d0b4",{"t":{"где":[[18,1]]},"f":{}});
