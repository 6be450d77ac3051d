window.__nastavnikSearch("s/d0b8d0b4",{"t":{"идет":[[24,10]]},"f":{}});
