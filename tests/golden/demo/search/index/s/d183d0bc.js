window.__nastavnikSearch("s/d183d0bc",{"t":{"умен":[[40,1]]},"f":{"умений":"умен"}});
