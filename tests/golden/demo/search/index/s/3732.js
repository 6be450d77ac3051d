window.__nastavnikSearch("s/3732",{"t":{"72":[[39,1]]},"f":{}});
