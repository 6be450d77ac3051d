window.__nastavnikSearch("s/3530",{"t":{"50":[[4,2]]},"f":{}});
