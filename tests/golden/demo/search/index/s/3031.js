window.__nastavnikSearch("s/3031",{"t":{"01":[[35,1]]},"f":{}});
