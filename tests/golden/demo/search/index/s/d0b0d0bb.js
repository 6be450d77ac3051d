window.__nastavnikSearch("s/d0b0d0bb",{"t":{"алгебр":[[5,6]]},"f":{"алгебре":"алгебр"}});
