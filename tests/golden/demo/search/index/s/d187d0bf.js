window.__nastavnikSearch("s/d187d0bf",{"t":{"чпу":[[13,1]]},"f":{}});
