window.__nastavnikSearch("s/d181d185",{"t":{"схем":[[3,2]]},"f":{"схеме":"схем"}});
