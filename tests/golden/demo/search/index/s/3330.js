window.__nastavnikSearch("s/3330",{"t":{"30":[[5,2]]},"f":{}});
