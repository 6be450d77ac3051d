window.__nastavnikSearch("s/d0b0d0b9",{"t":{"айгул":[[7,10]]},"f":{"айгуль":"айгул"}});
