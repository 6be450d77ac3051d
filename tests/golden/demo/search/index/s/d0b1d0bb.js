window.__nastavnikSearch("s/d0b1d0bb",{"t":{"бланк":[[41,1]]},"f":{}});
