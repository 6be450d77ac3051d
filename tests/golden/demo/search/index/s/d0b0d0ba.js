window.__nastavnikSearch("s/d0b0d0ba",{"t":{"актов":[[12,1],[16,1]]},"f":{"актовый":"актов"}});
