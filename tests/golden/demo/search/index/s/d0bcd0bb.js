window.__nastavnikSearch("s/d0bcd0bb",{"t":{"младш":[[8,1],[24,1]]},"f":{"младших":"младш"}});
