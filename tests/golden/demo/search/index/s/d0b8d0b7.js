window.__nastavnikSearch("s/d0b8d0b7",{"t":{"издан":[[31,1]]},"f":{"издание":"издан"}});
