window.__nastavnikSearch("s/d0b8d180",{"t":{"ирин":[[39,1]]},"f":{"ирина":"ирин"}});
