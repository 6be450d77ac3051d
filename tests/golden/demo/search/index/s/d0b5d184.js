window.__nastavnikSearch("s/d0b5d184",{"t":{"ефим":[[3,2]]},"f":{"ефимов":"ефим"}});
