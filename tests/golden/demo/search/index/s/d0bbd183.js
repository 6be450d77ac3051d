window.__nastavnikSearch("s/d0bbd183",{"t":{"лучш":[[0,2]]},"f":{"лучшие":"лучш"}});
