window.__nastavnikSearch("s/d0b5d0b5",{"t":{},"f":{"ее":"е"}});
