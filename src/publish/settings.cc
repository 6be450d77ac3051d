#include "publish/settings.h"

#include "base/text.h"
#include "content/config.h"
#include "source/source_file.h"
#include "source/fields.h"

namespace nastavnik {

PublishSettings load_publish_settings(const std::string& root) {
  PublishSettings s;
  const std::string name = "site.yaml";
  // load_config has reported every problem of site.yaml already.
  Diagnostics reported;
  auto text = read_source_text(root, name, reported);
  if (!text) return s;
  auto read = read_fields(*text, config_schema(), {name, 1}, reported);
  if (!read) return s;
  s.base_url_loc = read->loc("base_url");
  Fields publish = read->map("publish");
  s.target = publish.text("target");
  s.target_loc = publish.loc("target");
  s.key = publish.text("key");
  if (auto mb = publish.integer("max_file_mb"); mb && *mb > 0) s.max_file_mb = *mb;
  return s;
}

}  // namespace nastavnik
