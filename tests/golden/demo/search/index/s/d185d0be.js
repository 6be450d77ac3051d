window.__nastavnikSearch("s/d185d0be",{"t":{"ход":[[5,2],[31,1]]},"f":{"ходят":"ход"}});
