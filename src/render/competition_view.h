#pragma once
// The data the competition templates get (competitions.html, competition.html).
#include <kainjow/mustache.hpp>

#include <string>

#include "content/library.h"

namespace nastavnik {

class Renderer;

void competition_list_view(const Renderer& r, const Page& page, const std::string& from_dir,
                           kainjow::mustache::data& d);
void competition_view(const Renderer& r, const Page& page, const std::string& from_dir, kainjow::mustache::data& d);

}  // namespace nastavnik
