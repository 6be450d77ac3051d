#pragma once
// `check --fix` / `build --fix`: text files of the site saved in
// Windows-1251 or UTF-16 (Notepad and Word on a Russian Windows) are
// converted to UTF-8 in place before they are read.
#include <iosfwd>
#include <string>

namespace nastavnik {

// Converts site.yaml and every .md/.yaml file under content/ that is not
// UTF-8; prints each converted file to `out`. Returns how many it converted.
int fix_encodings(const std::string& root, std::ostream& out);

}  // namespace nastavnik
