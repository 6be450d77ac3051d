#include "publish/settings.h"

#include "base/text.h"
#include "content/config.h"
#include "source/frontmatter.h"
#include "source/yaml_fields.h"

namespace nastavnik {

PublishSettings load_publish_settings(const std::string& root) {
  PublishSettings s;
  const std::string name = "site.yaml";
  auto raw = read_file(root + "/" + name);
  if (!raw) return s;
  // load_config has reported every problem of site.yaml already.
  Diagnostics reported;
  auto node = parse_yaml(normalise_newlines(*raw), {name, 1}, reported);
  if (!node) return s;
  Fields publish = Fields(*node, config_schema(), {name, 1}, reported).map("publish");
  s.target = publish.text("target");
  s.target_loc = publish.loc("target");
  s.key = publish.text("key");
  if (auto mb = publish.integer("max_file_mb"); mb && *mb > 0) s.max_file_mb = *mb;
  return s;
}

}  // namespace nastavnik
