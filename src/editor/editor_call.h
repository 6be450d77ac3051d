#pragma once
// Private to the editor's sources: a request being answered, and the item
// it concerns.
#include <httplib.h>

#include "editor/catalogue.h"
#include "editor/editor.h"

namespace nastavnik {

struct Editor::Call {
  const httplib::Request& req;
  httplib::Response& res;
  Session session;
  FormData form;

  std::string param(const std::string& name) const {
    if (form.has(name)) return form.get(name);
    return req.has_param(name.c_str()) ? req.get_param_value(name.c_str()) : std::string();
  }
};

struct Editor::Target {
  ItemFile item;
  bool is_new = false;  // a file that does not exist yet
  std::string node;     // an item inside the file ("sections.0.items.3"), or ""
};

// «Новость: Сформированы пары», «Добавить: новость».
std::string editor_page_title(const TypeSchema& type, const Editor::Target& t, const SourceDoc& doc);

}  // namespace nastavnik
