window.__nastavnikSearch("s/d0b6d0b8",{"t":{"жизн":[[40,1]]},"f":{"жизнь":"жизн"}});
