window.__nastavnikSearch("s/d0bad182",{"t":{"кто":[[3,2],[33,1],[40,3],[41,1]]},"f":{}});
