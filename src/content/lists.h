#pragma once
// Published pages in the orders the lists show them.
#include <string>
#include <vector>

#include "content/library.h"

namespace nastavnik {

// Events not yet over as of the build date, soonest first; and those that
// are over, latest first.
std::vector<const Page*> upcoming_events(const Library& lib);
std::vector<const Page*> past_events(const Library& lib);
// Published mentors (status active, or former), by weight, then name.
std::vector<const Page*> mentors_sorted(const Library& lib, bool active);
// Published news, newest first.
std::vector<const Page*> news_newest_first(const Library& lib);
// Roadmaps (their own pages, not the filtered views) by weight, then title.
std::vector<const Page*> roadmaps(const Library& lib);

}  // namespace nastavnik
