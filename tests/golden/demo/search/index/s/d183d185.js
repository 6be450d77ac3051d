window.__nastavnikSearch("s/d183d185",{"t":{"уход":[[3,2]]},"f":{"уходит":"уход"}});
