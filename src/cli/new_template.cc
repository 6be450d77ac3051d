#include "cli/new_template.h"

#include "base/text.h"
#include "content/schemas.h"
#include "import/roadmap_yaml.h"

namespace nastavnik {

namespace {

constexpr size_t kCommentWidth = 78;

// A scalar as YAML reads it back unchanged: plain where that is safe,
// otherwise in double quotes.
std::string yaml_scalar(const std::string& s) {
  bool plain = !s.empty() && s.find_first_of(":#\"'\\{}[],&*!|>%@`\n") == std::string::npos &&
               std::string_view("-?").find(s[0]) == std::string_view::npos && s.front() != ' ' && s.back() != ' ';
  return plain ? s : yaml_quoted(s);
}

// `text` as comment lines of at most kCommentWidth characters.
void comment(std::string& out, const std::string& indent, const std::string& text) {
  std::string line;
  for (const auto& word : split(text, ' ')) {
    if (word.empty()) continue;
    if (!line.empty() && utf8_length(indent) + 2 + utf8_length(line) + 1 + utf8_length(word) > kCommentWidth) {
      out += indent + "# " + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += indent + "# " + line + "\n";
}

std::string with_stop(std::string s) {
  if (!s.empty() && std::string_view(".!?").find(s.back()) == std::string_view::npos) s += '.';
  return s;
}

std::string value_labels(const FieldSpec& f) {
  std::string out;
  for (const auto& v : *f.values) out += (out.empty() ? "" : ", ") + v.label;
  return out;
}

// What the comment above a field says: its label, whether it is required,
// its help, an example and how to write its kind of value.
std::string field_note(const FieldSpec& f, bool nested) {
  std::string note = f.label.empty() ? f.name : f.label;
  if (f.required) note += nested ? " (обязательно, если блок заполняется)" : " (обязательно)";
  else if (f.required_when) note += " (обязательно для одобренной)";
  note = with_stop(note);
  if (!f.help.empty()) note.append(" ").append(with_stop(f.help));
  switch (f.type) {
    case FieldType::choice:
      note += " Одно из: " + value_labels(f) + ".";
      break;
    case FieldType::list:
      if (f.values) note += " Можно несколько, в квадратных скобках через запятую: " + value_labels(f) + ".";
      else note += " Несколько — в квадратных скобках через запятую: [первое, второе].";
      break;
    case FieldType::date:
      note += " Дата как 17.01.2027.";
      break;
    case FieldType::datetime:
      note += " Дата и время как 17.01.2027 15:00.";
      break;
    case FieldType::boolean:
      note += " да или нет.";
      break;
    case FieldType::markdown:
      note += " Длинный текст: после двоеточия поставьте знак | и пишите со следующей строки, отступив два пробела.";
      break;
    default:
      break;
  }
  if (!f.example.empty() && f.type != FieldType::choice) note += " Например: " + f.example + ".";
  return note;
}

// The value a new file starts with; empty means "left for the editor"
// (an empty value counts as absent, so the file builds as it is).
std::string initial_value(const FieldSpec& f, const std::string& title_key, const std::string& title,
                          const Date& today) {
  if (f.name == title_key) return yaml_scalar(title);
  if (f.name == "draft") return "да";
  if (f.type == FieldType::choice) {
    const ChoiceValue* v = nullptr;
    if (!f.default_value.empty()) v = f.match(f.default_value);
    if (!v && f.required && !f.example.empty()) v = f.match(f.example);
    if (!v && f.required && !f.values->empty()) v = &f.values->front();
    return v ? yaml_scalar(v->label) : "";
  }
  if (!f.required) return "";
  if (f.type == FieldType::date) return today.ru();
  if (f.type == FieldType::datetime) return Date::from_days(today.days() + 7).ru() + " 15:00";
  if (!f.example.empty()) return yaml_scalar(f.example);
  return yaml_scalar(std::string(kPlaceholder));
}

// An item of a list of maps, as a commented-out example to copy.
void item_example(std::string& out, const std::string& indent, const FieldSpec& f) {
  out += indent + "# Каждый пункт начинается с «- », например:\n";
  bool first = true;
  for (const auto& sub : f.fields) {
    std::string value = sub.example.empty() ? "…" : sub.example;
    out += indent + "#   " + (first ? "- " : "  ") + sub.name + ": " + value + "\n";
    first = false;
  }
}

// Fields of a nested block (a signature, a consent) stay empty: a block of
// empty values counts as absent, and only the editor knows its values.
void write_fields(std::string& out, const Schema& fields, const std::string& indent, const std::string& title_key,
                  const std::string& title, const Date& today, bool nested = false) {
  for (const auto& f : fields) {
    out += "\n";
    comment(out, indent, field_note(f, nested));
    if (f.type == FieldType::map) {
      out += indent + f.name + ":\n";
      write_fields(out, f.fields, indent + "  ", "", "", today, true);
      continue;
    }
    if (f.type == FieldType::map_list || f.type == FieldType::person_list) item_example(out, indent, f);
    std::string value = nested ? std::string() : initial_value(f, title_key, title, today);
    out += indent + f.name + ":" + (value.empty() ? "" : " " + value) + "\n";
  }
}

// The field that holds the title: `title`, or a mentor's `name`.
std::string title_key(const TypeSchema& type) {
  for (const auto& f : type.fields)
    if (f.required && f.type == FieldType::text) return f.name;
  return "title";
}

}  // namespace

std::vector<const TypeSchema*> new_template_types() {
  std::vector<const TypeSchema*> out;
  for (const auto& t : all_type_schemas())
    if (!t.folder.empty() && t.extension != ".yaml") out.push_back(&t);
  return out;
}

const TypeSchema* find_new_template_type(std::string_view name) {
  for (const TypeSchema* t : new_template_types())
    if (t->type == name) return t;
  return nullptr;
}

std::string new_template(const TypeSchema& type, const std::string& title, const Date& today) {
  std::string out = "---\n";
  comment(out, "", with_stop(type.label) + " " + with_stop(type.help));
  comment(out, "",
          "Заполните поля после двоеточий; пустые поля можно оставить пустыми. Строки, которые начинаются с #, — "
          "подсказки: на сайт они не попадают.");
  comment(out, "",
          "Пока стоит «draft: да», это черновик: на сайте его нет. Когда всё готово, напишите «draft: нет» "
          "и проверьте: nastavnik check.");
  write_fields(out, type.fields, "", title_key(type), title, today);
  out += "---\n\n";
  out += std::string(kPlaceholder) + ": " + lower_first(with_stop(type.body.empty() ? "текст" : type.body)) + "\n";
  return out;
}

}  // namespace nastavnik
