#include "import/roadmap_yaml.h"

#include "source/import_text.h"

namespace nastavnik {

std::string yaml_quoted(const std::string& raw) {
  std::string s = sanitize_utf8(raw);
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

namespace {

class Writer {
 public:
  // `indent` spaces before keys; the first key of a list item gets "- ".
  void text(int indent, const std::string& key, const std::string& value) {
    if (value.empty()) return;
    std::string v = sanitize_utf8(value);
    key_line(indent, key);
    if (v.find('\n') == std::string::npos) {
      out_ += ' ';
      out_ += yaml_quoted(v);
      out_ += '\n';
      return;
    }
    out_ += " |-\n";
    for (const auto& line : paragraphs(v)) out_ += std::string(indent + 2, ' ') + line + "\n";
  }
  void plain(int indent, const std::string& key, const std::string& value) {
    if (value.empty()) return;
    key_line(indent, key);
    out_ += ' ';
    out_ += value;
    out_ += '\n';
  }
  void list(int indent, const std::string& key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    key_line(indent, key);
    out_ += "\n";
    for (const auto& v : values) out_ += std::string(indent + 2, ' ') + "- " + yaml_quoted(v) + "\n";
  }
  void open(int indent, const std::string& key) {
    key_line(indent, key);
    out_ += "\n";
  }
  void item_start() { dash_ = true; }
  std::string& out() { return out_; }

 private:
  void key_line(int indent, const std::string& key) {
    if (dash_) {
      out_ += std::string(indent - 2, ' ') + "- " + key + ":";
      dash_ = false;
    } else {
      out_ += std::string(indent, ' ') + key + ":";
    }
  }
  std::string out_;
  bool dash_ = false;
};

void write_item(Writer& w, int indent, const ImportedItem& i) {
  w.item_start();
  w.text(indent, "number", i.number);
  w.text(indent, "title", i.title);
  w.text(indent, "content", i.content);
  w.text(indent, "result", i.result);
  w.text(indent, "indicators", i.indicators);
  w.list(indent, "responsible", i.responsible);
  w.text(indent, "deadline", i.deadline);
  w.plain(indent, "status", i.status.empty() ? "planned" : i.status);
  w.plain(indent, "completed", i.completed);
  w.list(indent, "evidence", i.evidence);
  w.text(indent, "note", i.note);
}

void write_approval(Writer& w, const Approval& a) {
  if (a.empty() && a.document.empty()) return;
  w.open(0, "approval");
  w.text(2, "title", a.title);
  w.text(2, "number", a.number);
  w.plain(2, "date", a.date);
  w.text(2, "document", a.document);
}

const char* kHead =
    "# Импортировано из «%s» командой nastavnik import roadmap.\n"
    "# Отмечайте выполнение полями status (planned, in_progress, done, cancelled),\n"
    "# completed (дата) и evidence (ссылки на документы, новости, мероприятия сайта).\n"
    "# Новая редакция документа: nastavnik import roadmap ФАЙЛ --update этот-файл.yaml —\n"
    "# отметки о выполнении сохранятся.\n";

}  // namespace

std::string roadmap_to_yaml(const ImportedRoadmap& r, const std::string& source_name) {
  Writer w;
  std::string head = kHead;
  head.replace(head.find("%s"), 2, sanitize_utf8(source_name));
  w.out() = head;
  w.text(0, "title", r.title);
  w.text(0, "description", r.description);
  w.text(0, "period", r.period);
  w.plain(0, "academic_year", r.academic_year);
  w.plain(0, "weight", r.weight);
  write_approval(w, r.approval);
  if (r.titled_sections() > 0) {
    w.open(0, "sections");
    for (const auto& s : r.sections) {
      w.item_start();
      w.text(4, "number", s.number);
      w.text(4, "title", s.title.empty() ? std::string("Без раздела") : s.title);
      w.open(4, "items");
      for (const auto& i : s.items) write_item(w, 8, i);
    }
  } else {
    w.open(0, "items");
    for (const auto& s : r.sections)
      for (const auto& i : s.items) write_item(w, 4, i);
  }
  return w.out();
}

}  // namespace nastavnik
