window.__nastavnikSearch("s/d0b2d183",{"t":{"вуз":[[4,2],[23,1]]},"f":{"вузов":"вуз"}});
