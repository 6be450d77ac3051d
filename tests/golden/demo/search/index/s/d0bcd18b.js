window.__nastavnikSearch("s/d0bcd18b",{"t":{"мы":[[40,1]]},"f":{}});
