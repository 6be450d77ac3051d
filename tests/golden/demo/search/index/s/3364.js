window.__nastavnikSearch("s/3364",{"t":{"3d":[[0,4]]},"f":{}});
