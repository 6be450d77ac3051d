window.__nastavnikSearch("s/d184d0b3",{"t":{"фгис":[[1,2]],"фгос":[[1,4]]},"f":{}});
