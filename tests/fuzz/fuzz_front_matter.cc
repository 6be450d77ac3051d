// libFuzzer target: a Markdown source file as the loader reads it — front
// matter split off, its YAML parsed (src/source/yaml: libyaml events into our
// tree, aliases within limits), validated against a content type's schema
// (the first byte picks it) and read with the typed accessors and the content
// readers. Also a data file through read_fields.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/event.h"
#include "content/indicators.h"
#include "content/news.h"
#include "content/practice.h"
#include "content/roadmap.h"
#include "source/frontmatter.h"
#include "source/fields.h"
#include "source/source_file.h"

using namespace nastavnik;

namespace {

// Reads every field the way templates and readers do, by its declared type.
void read_all(const Fields& f, const Schema& schema) {
  for (const FieldSpec& spec : schema) {
    (void)f.has(spec.name);
    (void)f.loc(spec.name);
    (void)f.loc(spec.name, 1);
    switch (spec.type) {
      case FieldType::integer: (void)f.integer(spec.name); break;
      case FieldType::boolean: (void)f.boolean(spec.name, false); break;
      case FieldType::date: (void)f.date(spec.name); break;
      case FieldType::datetime: (void)f.datetime(spec.name); break;
      case FieldType::list: (void)f.list(spec.name); break;
      case FieldType::map: read_all(f.map(spec.name), spec.fields); break;
      case FieldType::map_list:
        for (const Fields& m : f.maps(spec.name)) read_all(m, spec.fields);
        break;
      case FieldType::any: (void)f.raw(spec.name); break;
      default: (void)f.text(spec.name); break;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  std::string raw(reinterpret_cast<const char*>(data) + 1, size - 1);
  Diagnostics diag;
  SourceFile file{"content/news/a.md", normalise_newlines(raw)};
  int kind = data[0] % 5;
  if (kind == 4) {  // a data file: a roadmap or indicators YAML
    auto read = read_fields(file.text, data[0] & 8 ? indicators_schema() : roadmap_schema(),
                            {"content/roadmap/plan.yaml", 1}, diag);
    if (!read) return 0;
    const Fields& f = *read;
    if (data[0] & 8) (void)read_indicators(f, diag);
    else (void)read_roadmap(f, 2025, Date{2026, 11, 20}, diag);
    return 0;
  }
  auto fm = split_front_matter(file, diag);
  if (!fm || !fm->present) return 0;
  const Schema& schema = kind == 0 ? news_schema() : kind == 1 ? event_schema() : kind == 2 ? practice_schema()
                                                                                        : roadmap_item_schema();
  auto read = read_fields(fm->yaml, schema, {file.path, fm->yaml_line}, diag);
  if (!read) return 0;
  const Fields& f = *read;
  read_all(f, schema);
  if (kind == 0) (void)read_news(f, diag);
  if (kind == 1) (void)read_event(f, "Europe/Moscow", diag);
  return 0;
}
