window.__nastavnikSearch("s/3730",{"t":{"70":[[37,4],[39,1]]},"f":{}});
