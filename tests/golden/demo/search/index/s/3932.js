window.__nastavnikSearch("s/3932",{"t":{"92":[[19,1]]},"f":{}});
