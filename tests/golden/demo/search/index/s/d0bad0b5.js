window.__nastavnikSearch("s/d0bad0b5",{"t":{"кейс":[[3,4]]},"f":{}});
