window.__nastavnikSearch("s/3730",{"t":{"70":[[37,2],[39,1]]},"f":{}});
