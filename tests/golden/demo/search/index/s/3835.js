window.__nastavnikSearch("s/3835",{"t":{"85":[[5,2]]},"f":{}});
