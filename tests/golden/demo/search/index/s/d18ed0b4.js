window.__nastavnikSearch("s/d18ed0b4",{"t":{"юдин":[[11,10]]},"f":{"юдина":"юдин"}});
