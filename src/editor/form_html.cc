#include "editor/form_html.h"

#include <algorithm>

#include "base/date.h"
#include "base/text.h"
#include "content/schemas.h"
#include "editor/form_values.h"

namespace nastavnik {

std::string control_id(const std::string& path) {
  std::string id = "f-" + path;
  std::replace(id.begin(), id.end(), '.', '-');
  return id;
}

namespace {

std::string esc(std::string_view s) { return html_escape(s); }

std::string severity_word(Severity s) {
  return s == Severity::error ? "Ошибка" : s == Severity::warning ? "Предупреждение" : "Примечание";
}

}  // namespace

std::string render_messages(const std::vector<Diagnostic>& diags, const std::string& id) {
  if (diags.empty()) return {};
  std::string out = "<ul class=\"messages\"" + (id.empty() ? std::string() : " id=\"" + id + "\"") + ">\n";
  for (const auto& d : diags) {
    std::string cls = d.severity == Severity::error ? "msg-error" : d.severity == Severity::warning ? "msg-warning" : "msg-note";
    out += "<li class=\"" + cls + "\"><strong>" + severity_word(d.severity) + ":</strong> " + esc(d.message);
    if (!d.hint.empty()) out += " <span class=\"hint\">Как исправить: " + esc(d.hint) + "</span>";
    out += "</li>\n";
  }
  return out + "</ul>\n";
}

namespace {

const YamlNode* child(const YamlNode& map, const std::string& key) {
  return map.is_map() ? map.get(key) : nullptr;
}

std::string scalar_of(const YamlNode* v) { return v && v->is_scalar() ? v->text : std::string(); }

std::vector<std::string> items_of(const YamlNode* v) {
  std::vector<std::string> out;
  if (!v) return out;
  if (v->is_scalar() && !trim(v->text).empty()) out.push_back(v->text);
  if (v->is_sequence())
    for (const auto& i : v->items)
      if (i.is_scalar()) out.push_back(i.text);
  return out;
}

// The label line: the Russian label and the required mark.
std::string label_text(const FieldSpec& spec, const Schema& schema) {
  std::string out = esc(spec.label.empty() ? spec.name : spec.label);
  if (spec.required) out += " <span class=\"req\">(обязательно)</span>";
  if (spec.required_when) {
    const FieldSpec* other = nullptr;
    for (const auto& f : schema)
      if (f.name == spec.required_when->field) other = &f;
    std::string when;
    for (const auto& code : spec.required_when->equals) {
      const ChoiceValue* v = other ? other->match(code) : nullptr;
      when += (when.empty() ? "" : ", ") + (v ? v->label : code);
    }
    std::string field = other && !other->label.empty() ? lower_first(other->label) : spec.required_when->field;
    out += " <span class=\"req-when\">(обязательно, если " + esc(field) + " — «" + esc(when) + "»)</span>";
  }
  return out;
}

struct FieldIds {
  std::string id, help_id, msg_id;
  std::string described;  // aria-describedby value, with its leading space and attribute
};

FieldIds ids_for(const std::string& path, const FieldSpec& spec, bool has_messages, bool extra_help) {
  FieldIds ids;
  ids.id = control_id(path);
  ids.help_id = ids.id + "-help";
  ids.msg_id = ids.id + "-msg";
  std::string d;
  if (has_messages) d += ids.msg_id;
  if (!spec.help.empty() || !spec.example.empty() || extra_help) d += (d.empty() ? "" : " ") + ids.help_id;
  if (!d.empty()) ids.described = " aria-describedby=\"" + d + "\"";
  return ids;
}

std::string help_html(const FieldSpec& spec, const FieldIds& ids, const std::string& extra = {}) {
  std::string text = spec.help;
  if (!text.empty() && text.back() != '.') text += '.';
  if (!spec.example.empty()) text += (text.empty() ? "" : " ") + std::string("Например: ") + spec.example + ".";
  if (!extra.empty()) text += (text.empty() ? "" : " ") + extra;
  if (text.empty()) return {};
  return "<p class=\"help\" id=\"" + ids.help_id + "\">" + esc(text) + "</p>\n";
}

std::string date_value(const std::string& written) {
  if (auto d = parse_date(written)) return d->iso();
  return {};
}

std::string input(const std::string& type, const FieldIds& ids, const std::string& name, const std::string& value,
                  const std::string& extra = {}) {
  return "<input type=\"" + type + "\" id=\"" + ids.id + "\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\"" +
         ids.described + extra + ">\n";
}

std::string textarea(const FieldIds& ids, const std::string& name, const std::string& value, int rows,
                     const std::string& cls = {}) {
  return "<textarea id=\"" + ids.id + "\" name=\"" + esc(name) + "\" rows=\"" + std::to_string(rows) + "\"" +
         (cls.empty() ? "" : " class=\"" + cls + "\"") + ids.described + ">" + esc(value) + "</textarea>\n";
}

std::string select_choice(const FieldSpec& spec, const FieldIds& ids, const std::string& name, const std::string& value) {
  const ChoiceValue* current = spec.match(value);
  std::string out = "<select id=\"" + ids.id + "\" name=\"" + esc(name) + "\"" + ids.described + ">\n";
  std::string def = spec.default_value;
  const ChoiceValue* def_value = def.empty() ? nullptr : spec.match(def);
  out += "<option value=\"\">" +
         std::string(def_value ? "— не указано (" + esc(def_value->label) + ") —" : "— не выбрано —") + "</option>\n";
  if (!current && !trim(value).empty())
    out += "<option value=\"" + esc(value) + "\" selected>" + esc(value) + " (так записано в файле)</option>\n";
  for (const auto& v : *spec.values)
    out += "<option value=\"" + esc(v.code) + "\"" + (current == &v ? " selected" : "") + ">" + esc(v.label) +
           (v.name.empty() ? "" : " — " + esc(v.name)) + "</option>\n";
  return out + "</select>\n";
}

std::string checkbox_list(const FieldSpec& spec, const FieldIds& ids, const std::string& name,
                          const std::vector<std::string>& current, const std::string& label) {
  std::string out = "<fieldset class=\"choices\" id=\"" + ids.id + "\"" + ids.described + ">\n<legend>" + label +
                    "</legend>\n";
  std::vector<const ChoiceValue*> chosen;
  for (const auto& c : current) chosen.push_back(spec.match(c));
  int n = 0;
  for (const auto& v : *spec.values) {
    bool on = std::find(chosen.begin(), chosen.end(), &v) != chosen.end();
    std::string id = ids.id + "-" + std::to_string(n++);
    out += "<div class=\"choice\"><input type=\"checkbox\" id=\"" + id + "\" name=\"" + esc(name) + "\" value=\"" +
           esc(v.code) + "\"" + (on ? " checked" : "") + "><label for=\"" + id + "\">" + esc(v.label) +
           (v.name.empty() ? "" : " — " + esc(v.name)) + "</label></div>\n";
  }
  for (size_t i = 0; i < current.size(); ++i)
    if (!chosen[i]) {  // a value the list does not know: kept, shown as written
      std::string id = ids.id + "-" + std::to_string(n++);
      out += "<div class=\"choice\"><input type=\"checkbox\" id=\"" + id + "\" name=\"" + esc(name) + "\" value=\"" +
             esc(current[i]) + "\" checked><label for=\"" + id + "\">" + esc(current[i]) +
             " (так записано в файле)</label></div>\n";
    }
  return out + "</fieldset>\n";
}

std::string link_picker(const FieldIds& ids, const std::string& name, const std::vector<std::string>& current,
                        const FormContext& ctx, const std::string& label) {
  std::string out = "<fieldset class=\"links\" id=\"" + ids.id + "\"" + ids.described + ">\n<legend>" + label +
                    "</legend>\n";
  std::vector<std::string> other = current;
  int n = 0;
  out += "<div class=\"link-options\">\n";
  for (const auto& opt : ctx.links) {
    bool on = std::find(current.begin(), current.end(), opt.link) != current.end();
    std::erase(other, opt.link);
    std::string id = ids.id + "-" + std::to_string(n++);
    out += "<div class=\"choice\"><input type=\"checkbox\" id=\"" + id + "\" name=\"" + esc(name) + "\" value=\"" +
           esc(opt.link) + "\"" + (on ? " checked" : "") + "><label for=\"" + id + "\">" + esc(opt.label) +
           "</label></div>\n";
  }
  out += "</div>\n";
  std::string more;
  for (const auto& o : other) more += o + "\n";
  out += "<label for=\"" + ids.id + "-more\">Другие ссылки, по одной на строке</label>\n<textarea id=\"" + ids.id +
         "-more\" name=\"" + esc(name) + "@more\" rows=\"2\">" + esc(more) + "</textarea>\n";
  return out + "</fieldset>\n";
}

std::string file_control(const FieldSpec& spec, const FieldIds& ids, const std::string& name, const std::string& value) {
  bool image = spec.type == FieldType::image;
  std::string accept = image ? "image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp"
                             : ".pdf,.docx,.doc,.xlsx,.pptx,.odt,.sig,application/pdf";
  std::string out = input("text", ids, name, value, " class=\"file-path\"");
  out += "<div class=\"upload\"><label for=\"" + ids.id + "-upload\">" +
         (image ? "Загрузить фотографию (JPEG, PNG или WebP)" : "Загрузить файл (PDF, DOCX, XLSX, PPTX)") +
         "</label>\n<input type=\"file\" id=\"" + ids.id + "-upload\" name=\"upload." + esc(name.substr(2)) +
         "\" accept=\"" + accept + "\"></div>\n";
  return out;
}

std::string render_entries(const FieldSpec& spec, const YamlNode* list, const std::string& path, const FormContext& ctx) {
  const Schema& fields = entry_schema(spec);
  std::string out;
  size_t count = list && list->is_sequence() ? list->items.size() : 0;
  std::string noun = spec.label.empty() ? spec.name : spec.label;
  for (size_t i = 0; i <= count; ++i) {
    std::string p = path + "." + std::to_string(i);
    YamlNode entry = entry_as_map(i < count ? &list->items[i] : nullptr, fields);
    bool blank = i == count;
    out += std::string("<fieldset class=\"entry") + (blank ? " entry-new" : "") + "\" data-path=\"" + p + "\">\n<legend>" +
           (blank ? "Добавить: " + esc(lower_first(noun)) : esc(noun) + ", " + std::to_string(i + 1)) + "</legend>\n";
    out += "<input type=\"hidden\" name=\"" + control_name(p) + "._entry\" value=\"1\">\n";
    out += render_fields(fields, entry, p, ctx);
    if (!blank)
      out += "<div class=\"choice entry-delete\"><input type=\"checkbox\" id=\"" + control_id(p) + "-delete\" name=\"" +
             control_name(p) + "._delete\" value=\"1\"><label for=\"" + control_id(p) + "-delete\">Удалить</label></div>\n";
    out += "</fieldset>\n";
  }
  return out;
}


// A roadmap's items: a table of links to each item's own form.
std::string render_item_links(const FieldSpec& spec, const YamlNode* list, const std::string& path,
                              const FormContext& ctx) {
  std::string noun = spec.label.empty() ? spec.name : spec.label;
  std::string out = "<div class=\"item-links\">\n<h3>" + esc(noun) + "</h3>\n";
  size_t count = list && list->is_sequence() ? list->items.size() : 0;
  if (count) {
    out += "<table>\n<thead><tr><th scope=\"col\">№</th><th scope=\"col\">Мероприятие</th><th scope=\"col\">Срок</th>"
           "<th scope=\"col\">Выполнение</th></tr></thead>\n<tbody>\n";
    const Schema& fields = entry_schema(spec);
    const FieldSpec* status = nullptr;
    for (const auto& f : fields)
      if (f.name == "status") status = &f;
    for (size_t i = 0; i < count; ++i) {
      const YamlNode& item = list->items[i];
      std::string p = path + "." + std::to_string(i);
      std::string st = scalar_of(child(item, "status"));
      const ChoiceValue* v = status && !st.empty() ? status->match(st) : nullptr;
      if (!v && status && st.empty() && !status->default_value.empty()) v = status->match(status->default_value);
      std::string title = scalar_of(child(item, "title"));
      out += "<tr><td>" + esc(scalar_of(child(item, "number"))) + "</td><td><a href=\"" + esc(ctx.item_page + p) +
             "\">" + esc(title.empty() ? "(без названия)" : title) + "</a></td><td>" +
             esc(scalar_of(child(item, "deadline"))) + "</td><td>" + esc(v ? v->label : st) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  out += "<p><a class=\"button\" href=\"" + esc(ctx.item_page + path + "." + std::to_string(count)) +
         "\">Добавить: " + esc(lower_first(noun)) + "</a></p>\n</div>\n";
  return out;
}

std::string field_messages(const std::string& path, const FieldIds& ids, const FormContext& ctx) {
  if (!ctx.messages) return {};
  auto it = ctx.messages->find(path);
  return it == ctx.messages->end() ? std::string() : render_messages(it->second, ids.msg_id);
}

bool has_messages(const std::string& path, const FormContext& ctx) {
  return ctx.messages && ctx.messages->count(path);
}

// The control of a field that holds one value or a list of lines.
std::string simple_control(const FieldSpec& spec, const YamlNode* v, const std::string& name, const FieldIds& ids,
                           const FormContext& ctx, const std::string& label) {
  std::string value = scalar_of(v);
  switch (spec.type) {
    case FieldType::markdown:
      return textarea(ids, name, value, 6, "markdown");
    case FieldType::integer:
      return input("number", ids, name, value, " step=\"1\" inputmode=\"numeric\"");
    case FieldType::date:
      return date_value(value).empty() && !value.empty() ? input("text", ids, name, value)
                                                          : input("date", ids, name, date_value(value));
    case FieldType::email:
      return input("email", ids, name, value);
    case FieldType::url:
      return input("url", ids, name, value);
    case FieldType::choice:
      return spec.values ? select_choice(spec, ids, name, value) : input("text", ids, name, value);
    case FieldType::list: {
      std::vector<std::string> items = items_of(v);
      if (spec.values) return checkbox_list(spec, ids, name, items, label);
      std::string text;
      for (const auto& i : items) text += i + "\n";
      return textarea(ids, name, text, std::max<int>(3, static_cast<int>(items.size()) + 1), "lines");
    }
    case FieldType::link_list:
      return link_picker(ids, name, items_of(v), ctx, label);
    case FieldType::link:
      return input("text", ids, name, value, ctx.links.empty() ? "" : " list=\"site-links\"");
    case FieldType::file:
    case FieldType::image:
      return file_control(spec, ids, name, value);
    default:
      if (value.find('\n') != std::string::npos) return textarea(ids, name, value, 3);
      return input("text", ids, name, value);
  }
}

// A date and an optional time: two inputs, «2027-03-02 13:00».
std::string datetime_control(const YamlNode* v, const std::string& name, const FieldIds& ids) {
  std::string value = scalar_of(v), date, time;
  if (auto dt = parse_datetime(value)) {
    date = dt->date.iso();
    if (dt->has_time) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%02d:%02d", dt->hour, dt->minute);
      time = buf;
    }
  }
  if (date.empty() && !value.empty()) return input("text", ids, name, value);
  FieldIds t = ids;
  t.id += "-time";
  t.described.clear();
  return "<div class=\"datetime\">" + input("date", ids, name, date) + "<label for=\"" + t.id +
         "\">время (необязательно)</label>" + input("time", t, name + "@time", time) + "</div>\n";
}

// Mentors: a field the consent does not list is not published.
bool outside_consent(const FieldSpec& spec, const std::string& path, const FormContext& ctx) {
  if (!ctx.consent_known || path.find('.') != std::string::npos) return false;
  static const std::vector<std::string> personal = {"name", "position", "subjects", "category", "experience", "forms",
                                                    "roles", "achievements", "regional_register", "photo", "email"};
  if (std::find(personal.begin(), personal.end(), spec.name) == personal.end()) return false;
  return std::find(ctx.consented.begin(), ctx.consented.end(), spec.name) == ctx.consented.end();
}

std::string render_field(const FieldSpec& spec, const YamlNode& values, const std::string& path,
                         const Schema& schema, const FormContext& ctx) {
  const YamlNode* v = child(values, spec.name);
  std::string name = control_name(path), label = label_text(spec, schema);
  bool grey = outside_consent(spec, path, ctx);
  std::string extra = std::string(spec.type == FieldType::list && !spec.values ? "По одному на строке." : "") +
                      (grey ? "Не публикуется: согласие не называет это поле." : "");
  FieldIds ids = ids_for(path, spec, has_messages(path, ctx), !extra.empty());
  std::string cls = std::string("field field-") + std::string(field_type_name(spec.type)) +
                    (has_messages(path, ctx) ? " has-messages" : "") + (grey ? " outside-consent" : "");
  std::string out = "<div class=\"" + cls + "\" data-field=\"" + esc(spec.name) + "\">\n";
  if (spec.type == FieldType::map || spec.type == FieldType::map_list || spec.type == FieldType::person_list) {
    out += "<fieldset class=\"group\" id=\"" + ids.id + "\"" + ids.described + ">\n<legend>" + label + "</legend>\n";
    out += help_html(spec, ids, extra) + field_messages(path, ids, ctx);
    if (spec.type == FieldType::map)
      out += render_fields(spec.fields, v && v->is_map() ? *v : YamlNode{}, path, ctx);
    else
      out += render_entries(spec, v, path, ctx);
    if (spec.type != FieldType::map)
      out += "<p class=\"js-only\"><button type=\"button\" class=\"add-entry\" data-list=\"" + ids.id +
             "\">Добавить ещё</button></p>\n";
    return out + "</fieldset>\n</div>\n";
  }
  bool own_legend = spec.type == FieldType::link_list || (spec.type == FieldType::list && spec.values);
  if (spec.type == FieldType::boolean) {
    out += "<div class=\"choice\"><input type=\"checkbox\" id=\"" + ids.id + "\" name=\"" + esc(name) +
           "\" value=\"да\"" + ids.described + (scalar_of(v).empty() ? (spec.default_value == "да" ? " checked" : "")
           : (to_lower(scalar_of(v)) == "да" || scalar_of(v) == "true" || scalar_of(v) == "yes" ? " checked" : "")) +
           "><label for=\"" + ids.id + "\">" + label + "</label></div>\n";
  } else {
    if (!own_legend) out += "<label for=\"" + ids.id + "\">" + label + "</label>\n";
    out += spec.type == FieldType::datetime ? datetime_control(v, name, ids) : simple_control(spec, v, name, ids, ctx, label);
  }
  return out + help_html(spec, ids, extra) + field_messages(path, ids, ctx) + "</div>\n";
}

}  // namespace

std::string render_fields(const Schema& schema, const YamlNode& values, const std::string& path,
                          const FormContext& ctx) {
  std::string out;
  for (const auto& spec : schema) {
    std::string p = path.empty() ? spec.name : path + "." + spec.name;
    if (spec.type == FieldType::any) continue;
    if (spec.type == FieldType::map_list && !spec.fields_from.empty()) {
      out += render_item_links(spec, child(values, spec.name), p, ctx);
      continue;
    }
    out += render_field(spec, values, p, schema, ctx);
  }
  return out;
}

}  // namespace nastavnik
