window.__nastavnikSearch("s/d0bad0b2",{"t":{"кванториум":[[8,1]],"квест":[[2,2]]},"f":{}});
