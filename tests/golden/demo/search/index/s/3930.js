window.__nastavnikSearch("s/3930",{"t":{"90":[[3,2]]},"f":{}});
