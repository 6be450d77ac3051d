window.__nastavnikSearch("s/d0b0d0be",{"t":{},"f":{"ао":"а"}});
