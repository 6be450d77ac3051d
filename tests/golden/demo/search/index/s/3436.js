window.__nastavnikSearch("s/3436",{"t":{"46":[[16,1],[29,1]]},"f":{}});
