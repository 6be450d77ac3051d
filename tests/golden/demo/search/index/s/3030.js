window.__nastavnikSearch("s/3030",{"t":{"00":[[39,2]]},"f":{}});
