window.__nastavnikSearch("s/d187d182",{"t":{"чтоб":[[39,1]]},"f":{"чтобы":"чтоб"}});
