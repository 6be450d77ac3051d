window.__nastavnikSearch("s/3138",{"t":{"18":[[16,1],[29,10]]},"f":{}});
