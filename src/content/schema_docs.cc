#include "content/schema_docs.h"

#include "content/schemas.h"

namespace nastavnik {

namespace {

// What an editor writes into a field of this type, in words.
std::string type_words(const FieldSpec& f) {
  switch (f.type) {
    case FieldType::text: return "строка";
    case FieldType::markdown: return "текст (Markdown)";
    case FieldType::integer: return "число";
    case FieldType::boolean: return "да / нет";
    case FieldType::date: return "дата";
    case FieldType::datetime: return "дата и время";
    case FieldType::choice: return "одно значение из списка";
    case FieldType::list: return f.values ? "список значений из списка" : "список";
    case FieldType::map: return "группа полей";
    case FieldType::map_list: return "список групп полей";
    case FieldType::email: return "адрес почты";
    case FieldType::url: return "адрес в интернете (https://…)";
    case FieldType::link: return "ссылка";
    case FieldType::link_list: return "список ссылок";
    case FieldType::file: return "файл";
    case FieldType::image: return "изображение";
    case FieldType::person_list: return "список людей";
    case FieldType::any: return "любое значение";
  }
  return "";
}

// A table cell: no line breaks, no bare pipes.
std::string cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += ' ';
    else if (c == '|') out += "\\|";
    else out += c;
  }
  return out;
}

std::string label_of(const FieldSpec& f, const std::string& code) {
  if (f.values)
    for (const auto& v : *f.values)
      if (v.code == code) return v.label;
  return code;
}

std::string required_words(const FieldSpec& f) {
  if (f.required) return "да";
  if (!f.required_when) return "";
  std::string values;
  for (const auto& code : f.required_when->equals) values += (values.empty() ? "" : ", ") + code;
  return "при `" + f.required_when->field + "`: " + values;
}

std::string values_words(const FieldSpec& f) {
  if (!f.values) return "";
  std::string out;
  for (const auto& v : *f.values) {
    out += (out.empty() ? "" : "; ") + ("«" + v.label + "»");
    if (v.code != v.label) out += " (`" + v.code + "`)";
  }
  return " Значения: " + out + ".";
}

void add_rows(const Schema& fields, const std::string& prefix, std::string& out) {
  for (const auto& f : fields) {
    std::string key = prefix + f.name;
    std::string def = f.default_value.empty() ? "" : label_of(f, f.default_value);
    std::string about = f.label + (f.help.empty() ? "" : ". " + f.help) + values_words(f);
    if (!f.example.empty()) about += " Пример: `" + f.example + "`.";
    out += "| `" + key + "` | " + type_words(f) + " | " + required_words(f) + " | " + cell(def) + " | " + cell(about) +
           " |\n";
    add_rows(f.fields, key + ".", out);
  }
}

}  // namespace

std::string type_schema_markdown(const TypeSchema& type) {
  std::string out = "## " + type.label + " (`" + type.type + "`)\n\n";
  if (!type.help.empty()) out += type.help + "\n\n";
  if (!type.file.empty()) out += "Файл: `" + type.file + "`.\n\n";
  else if (!type.folder.empty())
    out += "Файлы: `" + type.folder + "/*" + (type.extension.empty() ? ".md" : type.extension) + "`.\n\n";
  out += "| Поле | Что писать | Обязательно | По умолчанию | Что это |\n|---|---|---|---|---|\n";
  add_rows(type.fields, "", out);
  return out + "\n";
}

std::string fields_reference_markdown() {
  std::string out =
      "# Поля материалов\n\n"
      "Этот файл создан программой из описаний в папке `schemas/` (`nastavnik schema --markdown`); "
      "не правьте его вручную. Значения из списков можно писать по-русски, как в таблицах, "
      "или кодом в скобках: результат одинаковый. Регистр, «ё» и вид тире не важны.\n\n";
  for (const auto& t : all_type_schemas()) out += type_schema_markdown(t);
  return out;
}

}  // namespace nastavnik
