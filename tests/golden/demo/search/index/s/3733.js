window.__nastavnikSearch("s/3733",{"t":{"73":[[5,2]]},"f":{}});
