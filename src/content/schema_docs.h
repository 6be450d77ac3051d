#pragma once
// The editors' field reference (docs/fields.md), written from the schemas:
// a table per content type with every field's key, kind, whether it is
// required, its default and help, and the Russian values of its choices. A
// test keeps the committed file equal to what this writes.
#include <string>

#include "source/schema.h"

namespace nastavnik {

// One type's section: heading, where its files live, the table.
std::string type_schema_markdown(const TypeSchema& type);
// The whole reference, every type in the schemas' order.
std::string fields_reference_markdown();

}  // namespace nastavnik
