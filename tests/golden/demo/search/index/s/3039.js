window.__nastavnikSearch("s/3039",{"t":{"09":[[35,1],[36,1]]},"f":{}});
