window.__nastavnikSearch("s/d0b3d0b1",{"t":{"гбпо":[[4,2]]},"f":{"гбпоу":"гбпо"}});
