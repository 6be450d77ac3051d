#pragma once
// The pages of the roadmaps (content/roadmap/*.yaml) and of the indicators
// (content/indicators.yaml): each roadmap's page with its filtered views, and
// the list of roadmaps.
#include <string>
#include <vector>

#include "content/library.h"

namespace nastavnik {

// Reads `files` (roadmaps and the indicators file) and adds their pages.
void add_roadmap_pages(const std::vector<std::string>& files, Library& lib, Diagnostics& diag);

}  // namespace nastavnik
