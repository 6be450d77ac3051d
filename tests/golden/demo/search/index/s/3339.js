window.__nastavnikSearch("s/3339",{"t":{"39132":[[39,2]]},"f":{}});
