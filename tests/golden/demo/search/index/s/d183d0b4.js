window.__nastavnikSearch("s/d183d0b4",{"t":{"удел":[[21,1]]},"f":{"уделить":"удел"}});
