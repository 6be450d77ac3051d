window.__nastavnikSearch("s/3137",{"t":{"17":[[39,3]]},"f":{}});
