window.__nastavnikSearch("s/3636",{"t":{"662910":[[39,1]]},"f":{}});
