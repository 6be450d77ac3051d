window.__nastavnikSearch("s/d180d18f",{"t":{"ряд":[[4,2]]},"f":{"рядом":"ряд"}});
