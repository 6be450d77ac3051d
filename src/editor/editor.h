#pragma once
// The browser editor inside `nastavnik serve`, at /_editor/: lists and forms
// for every content type generated from the schemas, saving the same files a
// person would write, with history, a recycle folder, uploads, conflict
// detection and the checks of `check` next to each field.
#include <memory>
#include <optional>
#include <string>

#include "content/library.h"
#include "editor/auth.h"
#include "editor/form_values.h"
#include "editor/site_index.h"
#include "editor/source_doc.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace nastavnik {

struct EditorSettings {
  std::string root;             // the site's source folder
  BuildOptions options;         // today, drafts, jobs: as the preview is built
  bool loopback = true;         // the server listens on loopback only
  std::string password;         // required unless loopback
  std::string site_path = "/";  // where the preview is served ("/sub/")
};

class Editor {
 public:
  explicit Editor(EditorSettings settings);
  // Adds the editor's routes (before the server's catch-all ones).
  void mount(httplib::Server& server);
  // The «Редактировать» link put into every preview page.
  static std::string preview_link(const std::string& request_path);

  // A request being answered and the item it concerns (editor_call.h).
  struct Call;
  struct Target;

 private:
  bool admit(const httplib::Request& req, httplib::Response& res, bool change, Session& session, FormData& form);
  void send_page(httplib::Response& res, const Session& s, const std::string& title, const std::string& current,
                 const std::string& content, const std::string& notice = {});
  void send_error(httplib::Response& res, int status, const std::string& message);

  void home(Call& c);
  void list(Call& c, const TypeSchema& type);
  void form(Call& c, const TypeSchema& type);
  void save(Call& c, const TypeSchema& type);
  void remove(Call& c, const TypeSchema& type);
  void undo(Call& c, const TypeSchema& type);
  void open(Call& c);
  void preview(Call& c);
  void recycle_page(Call& c);
  void restore_item(Call& c);
  void attention(Call& c);
  void login_form(const httplib::Request& req, httplib::Response& res, const std::string& error);
  void login(const httplib::Request& req, httplib::Response& res);
  void logout(Call& c);

  std::optional<Target> target_of(Call& c, const TypeSchema& type, bool for_save);
  std::string form_page(Call& c, const TypeSchema& type, const Target& t, const SourceDoc& doc,
                        const std::vector<Diagnostic>& messages, const std::string& conflict);
  bool store_uploads(Call& c, const TypeSchema& type, const Target& t, std::vector<Diagnostic>& problems);

  EditorSettings settings_;
  EditorAuth auth_;
  SiteIndex index_;
  std::mutex write_mutex_;
};

}  // namespace nastavnik
