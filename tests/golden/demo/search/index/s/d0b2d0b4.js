window.__nastavnikSearch("s/d0b2d0b4",{"t":{"вдво":[[2,2]]},"f":{"вдвое":"вдво"}});
