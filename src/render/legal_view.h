#pragma once
// The rules of schemas/legal.yaml as template data: {{law.order_1493.cite}},
// {{law.decree_102.from}}, {{law.order_1353.matters}}, {{#law.X.in_force}}.
#include <kainjow/mustache.hpp>

#include "base/date.h"

namespace nastavnik {

kainjow::mustache::data legal_data(const Date& today);

}  // namespace nastavnik
