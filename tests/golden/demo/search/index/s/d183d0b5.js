window.__nastavnikSearch("s/d183d0b5",{"t":{"уезжа":[[0,2]]},"f":{"уезжают":"уезжа"}});
