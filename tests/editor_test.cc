// The browser editor inside `nastavnik serve`, over HTTP against the real
// binary: saving through forms, and every way a change must be refused —
// no CSRF token, another origin, another Host, paths with "..", a server
// bound to the network without the password — changes nothing.
#include <catch2/catch.hpp>
#include <httplib.h>

#include <chrono>
#include <regex>
#include <thread>

#include "editor/catalogue.h"
#include "editor/source_doc.h"
#include "content/schemas.h"
#include "site_fixture.h"

using namespace fixture;

namespace {

template <typename F>
bool eventually(F condition, int seconds = 15) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return condition();
}

std::string capture(const std::string& text, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(text, m, std::regex(pattern)) ? m[1].str() : std::string();
}

const std::string kBase = "/sub/nastavnichestvo/";

struct EditorServer {
  TempDir src;
  int port = free_port();
  std::unique_ptr<Background> process;
  httplib::Client client{"127.0.0.1", port};
  std::string cookie, csrf;

  explicit EditorServer(std::vector<std::string> extra = {}) {
    write_minimal_site(src);
    src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-03-01\n---\n\nТекст А.\n");
    std::vector<std::string> args = {"serve", "-s", src.path().string(), "--port", std::to_string(port),
                                     "--today", "2026-03-05", "-j", "1"};
    args.insert(args.end(), extra.begin(), extra.end());
    process = std::make_unique<Background>(args);
    client.set_connection_timeout(2);
    client.set_read_timeout(20);
    REQUIRE(eventually([&] {
      auto r = client.Get(kBase.c_str());
      return r && r->status == 200;
    }));
  }

  httplib::Headers headers(const std::string& origin = "") const {
    httplib::Headers h;
    if (!cookie.empty()) h.emplace("Cookie", cookie);
    h.emplace("Origin", origin.empty() ? "http://127.0.0.1:" + std::to_string(port) : origin);
    return h;
  }
  // Opens an editor page, taking the session cookie and the CSRF token.
  std::pair<int, std::string> open(const std::string& path) {
    auto r = client.Get(path.c_str(), headers());
    if (!r) return {0, ""};
    std::string set = r->get_header_value("Set-Cookie");
    if (!set.empty()) cookie = set.substr(0, set.find(';'));
    std::string token = capture(r->body, "name=\"_csrf\" value=\"([0-9a-f]+)\"");
    if (!token.empty()) csrf = token;
    return {r->status, r->body};
  }
  std::pair<int, std::string> post(const std::string& path, httplib::MultipartFormDataItems items,
                                   const std::string& origin = "", bool with_token = true) {
    if (with_token) items.push_back({"_csrf", csrf, "", ""});
    auto r = client.Post(path.c_str(), headers(origin), items);
    if (!r) return {0, ""};
    return {r->status, r->status == 303 ? r->get_header_value("Location") : r->body};
  }
  std::string page(const std::string& path) {
    auto r = client.Get((kBase + path).c_str());
    return r && r->status == 200 ? r->body : std::string();
  }
};

httplib::MultipartFormDataItems news_form(const std::string& base, const std::string& title, const std::string& body) {
  return {{"id", "a", "", ""},           {"node", "", "", ""},          {"_base", base, "", ""},
          {"f.title", title, "", ""},    {"f.date", "2026-03-01", "", ""}, {"body", body, "", ""}};
}

}  // namespace

TEST_CASE("editor: a form saves the file a person would write, and the preview shows it") {
  EditorServer s;
  auto [status, form] = s.open("/_editor/news/edit?id=a");
  REQUIRE(status == 200);
  CHECK(form.find("Новость А") != std::string::npos);
  CHECK(s.cookie.find("nastavnik_editor=") == 0);
  std::string base = capture(form, "name=\"_base\" value=\"([0-9a-f]+)\"");
  auto saved = s.post("/_editor/news/save", news_form(base, "Новость А: итоги", "Новый **текст**."));
  CHECK(saved.first == 303);
  CHECK(saved.second.find("saved=1") != std::string::npos);
  CHECK(s.src.read("content/news/a.md") == "---\ntitle: \"Новость А: итоги\"\ndate: 2026-03-01\n---\n\nНовый **текст**.\n");
  CHECK(eventually([&] { return s.page("news/a/").find("<strong>текст</strong>") != std::string::npos; }));
  // The preview page links to the form of its source.
  CHECK(s.page("news/a/").find("/_editor/open?url=" + kBase + "news/a/") != std::string::npos);
  auto opened = s.client.Get(("/_editor/open?url=" + kBase + "news/a/").c_str(), s.headers());
  REQUIRE(opened);
  CHECK(opened->get_header_value("Location") == "/_editor/news/edit?id=a");
  // The previous version is kept, and «Отменить» brings it back.
  auto undone = s.post("/_editor/news/undo", {{"id", "a", "", ""}});
  CHECK(undone.first == 303);
  CHECK(s.src.read("content/news/a.md") == "---\ntitle: Новость А\ndate: 2026-03-01\n---\n\nТекст А.\n");
}

TEST_CASE("editor: a field error is shown at the field and nothing is written") {
  EditorServer s;
  auto form = s.open("/_editor/news/edit?id=a").second;
  std::string base = capture(form, "name=\"_base\" value=\"([0-9a-f]+)\"");
  auto items = news_form(base, "", "Текст.");
  auto r = s.post("/_editor/news/save", items);
  CHECK(r.first == 422);
  CHECK(r.second.find("id=\"f-title-msg\"") != std::string::npos);
  CHECK(r.second.find("не заполнено обязательное поле «title»") != std::string::npos);
  CHECK(s.src.read("content/news/a.md").find("Новость А") != std::string::npos);
}

TEST_CASE("editor: create and delete an item, the slug comes from the title, deleted items go to the recycle folder") {
  EditorServer s;
  s.open("/_editor/event/new");
  auto r = s.post("/_editor/event/save", {{"_new", "1", "", ""}, {"slug", "", "", ""}, {"_base", "new", "", ""},
                                          {"f.title", "Встреча наставников", "", ""}, {"f.start", "2026-04-02", "", ""},
                                          {"f.start@time", "15:00", "", ""}, {"f.format", "online", "", ""}});
  CHECK(r.first == 303);
  REQUIRE(s.src.exists("content/events/vstrecha-nastavnikov.md"));
  CHECK(s.src.read("content/events/vstrecha-nastavnikov.md") ==
        "---\ntitle: Встреча наставников\nstart: 2026-04-02 15:00\nformat: дистанционно\n---\n");
  CHECK(eventually([&] { return s.page("events/vstrecha-nastavnikov/").find("Встреча наставников") != std::string::npos; }));
  // The same slug again: not overwritten.
  auto again = s.post("/_editor/event/save", {{"_new", "1", "", ""}, {"slug", "vstrecha-nastavnikov", "", ""},
                                              {"_base", "new", "", ""}, {"f.title", "Другая", "", ""},
                                              {"f.start", "2026-04-03", "", ""}});
  CHECK(again.first == 409);
  CHECK(s.src.read("content/events/vstrecha-nastavnikov.md").find("Другая") == std::string::npos);
  auto del = s.post("/_editor/event/delete", {{"id", "vstrecha-nastavnikov", "", ""}, {"node", "", "", ""}});
  CHECK(del.first == 303);
  CHECK_FALSE(s.src.exists("content/events/vstrecha-nastavnikov.md"));
  CHECK(eventually([&] { return s.page("events/vstrecha-nastavnikov/").empty(); }));
  auto bin = s.open("/_editor/recycle").second;
  std::string id = capture(bin, "name=\"item\" value=\"([^\"]+)\"");
  REQUIRE(!id.empty());
  CHECK(s.post("/_editor/restore", {{"item", id, "", ""}}).first == 303);
  CHECK(s.src.exists("content/events/vstrecha-nastavnikov.md"));
}

TEST_CASE("editor: an edit made on disk while the form is open is not lost") {
  EditorServer s;
  auto form = s.open("/_editor/news/edit?id=a").second;
  std::string base = capture(form, "name=\"_base\" value=\"([0-9a-f]+)\"");
  s.src.write("content/news/a.md", "---\ntitle: Новость А\ndate: 2026-03-01\n---\n\nПравка в блокноте.\n");
  auto r = s.post("/_editor/news/save", news_form(base, "Новость А", "Правка в форме."));
  CHECK(r.first == 409);
  CHECK(r.second.find("Правка в блокноте.") != std::string::npos);  // both versions shown
  CHECK(r.second.find("Правка в форме.") != std::string::npos);
  CHECK(s.src.read("content/news/a.md").find("Правка в блокноте.") != std::string::npos);
  // Choosing one's own version writes it, and the disk version stays in the history.
  std::string disk_base = capture(r.second, "name=\"_base\" value=\"([0-9a-f]+)\"");
  CHECK(disk_base != base);
  CHECK(s.post("/_editor/news/save", news_form(disk_base, "Новость А", "Правка в форме.")).first == 303);
  CHECK(s.src.read("content/news/a.md").find("Правка в форме.") != std::string::npos);
  CHECK(s.post("/_editor/news/undo", {{"id", "a", "", ""}}).first == 303);
  CHECK(s.src.read("content/news/a.md").find("Правка в блокноте.") != std::string::npos);
}

TEST_CASE("editor: changes without the CSRF token, from another origin or Host, or with .. in a name change nothing") {
  EditorServer s;
  auto form = s.open("/_editor/news/edit?id=a").second;
  std::string base = capture(form, "name=\"_base\" value=\"([0-9a-f]+)\"");
  auto before = snapshot(s.src.path() / "content");
  auto attempt = news_form(base, "Взлом", "Взлом.");
  CHECK(s.post("/_editor/news/save", attempt, "", false).first == 403);          // no token
  auto wrong = attempt;
  wrong.push_back({"_csrf", std::string(64, '0'), "", ""});
  CHECK(s.post("/_editor/news/save", wrong, "", false).first == 403);            // a wrong token
  CHECK(s.post("/_editor/news/save", attempt, "http://evil.example").first == 403);  // another origin
  {
    httplib::Headers h = s.headers();
    h.emplace("Sec-Fetch-Site", "cross-site");
    attempt.push_back({"_csrf", s.csrf, "", ""});
    auto r = s.client.Post("/_editor/news/save", h, attempt);
    REQUIRE(r);
    CHECK(r->status == 403);
  }
  {
    httplib::Headers h = {{"Host", "evil.example"}, {"Cookie", s.cookie}};  // DNS rebinding
    auto r = s.client.Get("/_editor/news/edit?id=a", h);
    REQUIRE(r);
    CHECK(r->status == 403);
  }
  for (const std::string& slug : {"../../evil", "..", "../pages/kontakty", "a/b", ".hidden", "con"}) {
    auto r = s.post("/_editor/page/save", {{"_new", "1", "", ""}, {"slug", slug, "", ""}, {"_base", "new", "", ""},
                                           {"f.title", "Взлом", "", ""}});
    INFO(slug);
    CHECK(r.first == 400);
  }
  CHECK(s.post("/_editor/news/save", {{"id", "../pages/kontakty", "", ""}, {"f.title", "Взлом", "", ""}}).first == 404);
  CHECK(s.post("/_editor/restore", {{"item", "../../site.yaml", "", ""}}).first == 409);
  CHECK(snapshot(s.src.path() / "content") == before);
  CHECK_FALSE(fs::exists(s.src.path().parent_path() / "evil.md"));
}

TEST_CASE("editor: bound to a network address it needs the password, without one it does not run") {
  TempDir secret;
  secret.write("password", "верный-пароль-123\n");
  EditorServer s({"--bind", "0.0.0.0", "--password-file", (secret.path() / "password").string()});
  auto before = snapshot(s.src.path() / "content");
  auto home = s.client.Get("/_editor/news/edit?id=a");
  REQUIRE(home);
  CHECK(home->status == 302);
  CHECK(home->get_header_value("Location") == "/_editor/login");
  CHECK(s.post("/_editor/news/save", news_form("x", "Взлом", "Взлом."), "", false).first == 403);
  auto bad = s.client.Post("/_editor/login", s.headers(), httplib::MultipartFormDataItems{{"password", "угадал", "", ""}});
  REQUIRE(bad);
  CHECK(bad->status == 403);
  CHECK(bad->get_header_value("Set-Cookie").empty());
  CHECK(snapshot(s.src.path() / "content") == before);
  auto good = s.client.Post("/_editor/login", s.headers(), httplib::MultipartFormDataItems{{"password", "верный-пароль-123", "", ""}});
  REQUIRE(good);
  CHECK(good->status == 303);
  std::string set = good->get_header_value("Set-Cookie");
  CHECK(set.find("HttpOnly") != std::string::npos);
  CHECK(set.find("SameSite=Strict") != std::string::npos);
  s.cookie = set.substr(0, set.find(';'));
  auto form = s.open("/_editor/news/edit?id=a");
  CHECK(form.first == 200);
  std::string base = capture(form.second, "name=\"_base\" value=\"([0-9a-f]+)\"");
  CHECK(s.post("/_editor/news/save", news_form(base, "Новость А", "С паролем.")).first == 303);

  EditorServer open_without({"--bind", "0.0.0.0"});
  auto none = open_without.client.Get("/_editor/");
  REQUIRE(none);
  CHECK(none->status == 404);  // no editor: only the preview
  CHECK(open_without.process->err().find("--password-file") != std::string::npos);
}

TEST_CASE("editor: every demo file written back through the editor's writer builds the same site") {
  TempDir site;
  fs::copy(demo_source_dir() + "/content", site.path() / "content", fs::copy_options::recursive);
  fs::copy(demo_source_dir() + "/static", site.path() / "static", fs::copy_options::recursive);  // the logo
  fs::copy_file(demo_source_dir() + "/site.yaml", site.path() / "site.yaml");
  int rewritten = 0;
  for (const auto& type : nastavnik::editor_types()) {
    const auto& schema = nastavnik::type_schema(type);
    for (const auto& item : nastavnik::list_items(site.path().string(), schema)) {
      nastavnik::Diagnostics diag;
      auto doc = nastavnik::read_source_doc(site.path().string(), item.rel, diag);
      REQUIRE(doc);
      if (!doc->exists) continue;
      site.write(item.rel, nastavnik::compose_source_doc(*doc, schema.fields));
      ++rewritten;
    }
  }
  CHECK(rewritten > 50);
  TempDir out_a, out_b;
  auto a = run_nastavnik({"build", "-s", demo_source_dir(), "-o", out_a.path().string(), "--today", "2026-11-20", "-q"});
  auto b = run_nastavnik({"build", "-s", site.path().string(), "-o", out_b.path().string(), "--today", "2026-11-20", "-q"});
  REQUIRE(a.exit_code == 0);
  REQUIRE(b.exit_code == 0);
  auto check = run_nastavnik({"check", "-s", site.path().string(), "--today", "2026-11-20"});
  CHECK(check.exit_code == 0);
  auto sa = snapshot(out_a.path()), sb = snapshot(out_b.path());
  CHECK(sa.size() == sb.size());
  for (const auto& [path, text] : sa) {
    INFO(path);
    CHECK((sb.count(path) && sb.at(path) == text));
  }
}

TEST_CASE("editor: uploads are checked by content, photos lose their metadata, names are the editor's own") {
  REQUIRE(fs::exists("/usr/bin/exiftool"));
  EditorServer s;
  TempDir work;
  fs::copy_file(demo_source_dir() + "/content/mentors/foto/belova.jpg", work.path() / "photo.jpg");
  auto tagged = run_command({"exiftool", "-overwrite_original", "-GPSLatitude=55.7558", "-GPSLatitudeRef=N",
                             "-Artist=Секретный Автор", (work.path() / "photo.jpg").string()});
  REQUIRE(tagged.exit_code == 0);
  std::string photo = work.read("photo.jpg");
  auto form = s.open("/_editor/news/edit?id=a").second;
  std::string base = capture(form, "name=\"_base\" value=\"([0-9a-f]+)\"");
  auto items = news_form(base, "Новость А", "Текст А.");
  items.push_back({"f.cover_alt", "Встреча в актовом зале", "", ""});
  items.push_back({"upload.cover", photo, "Фото встречи 1.JPG", "image/jpeg"});
  auto r = s.post("/_editor/news/save", items);
  CHECK(r.first == 303);
  REQUIRE(s.src.exists("content/news/foto/foto-vstrechi-1.jpg"));
  CHECK(s.src.read("content/news/a.md").find("cover: foto/foto-vstrechi-1.jpg\n") != std::string::npos);
  auto dump = run_command({"exiftool", "-G", "-a", (s.src.path() / "content/news/foto/foto-vstrechi-1.jpg").string()});
  CHECK(dump.out.find("GPS") == std::string::npos);
  CHECK(dump.out.find("Секретный") == std::string::npos);
  CHECK(eventually([&] { return s.page("news/a/").find("Встреча в актовом зале") != std::string::npos; }));

  // A PDF for a document's file; the same bytes named .pdf but not a PDF are refused.
  auto doc_form = s.open("/_editor/document/edit?id=polozhenie").second;
  std::string doc_base = capture(doc_form, "name=\"_base\" value=\"([0-9a-f]+)\"");
  httplib::MultipartFormDataItems doc = {
      {"id", "polozhenie", "", ""}, {"node", "", "", ""}, {"_base", doc_base, "", ""},
      {"f.title", "Положение о наставничестве", "", ""}, {"f.type", "regulation", "", ""}, {"f.level", "school", "", ""},
      {"f.date", "2025-09-01", "", ""}, {"f.file", "files/polozhenie.pdf", "", ""},
      {"upload.file", "%PDF-1.4\n% новое положение\n%%EOF\n", "Положение (новая редакция).pdf", "application/pdf"}};
  CHECK(s.post("/_editor/document/save", doc).first == 303);
  CHECK(s.src.read("content/documents/polozhenie.md").find("file: files/polozhenie-novaya-redaktsiya.pdf") != std::string::npos);
  CHECK(s.src.exists("content/documents/files/polozhenie-novaya-redaktsiya.pdf"));
  CHECK(eventually([&] { return s.page("documents/").find("polozhenie-novaya-redaktsiya.pdf") != std::string::npos; }));

  auto before = snapshot(s.src.path() / "content");
  doc_base = capture(s.open("/_editor/document/edit?id=polozhenie").second, "name=\"_base\" value=\"([0-9a-f]+)\"");
  doc[2] = {"_base", doc_base, "", ""};
  doc.back() = {"upload.file", "MZ\x90 not a pdf", "virus.pdf", "application/pdf"};
  auto refused = s.post("/_editor/document/save", doc);
  CHECK(refused.first == 422);
  CHECK(refused.second.find("не принят") != std::string::npos);
  doc.back() = {"upload.file", "%PDF-1.4\n%%EOF\n", "../../evil.pdf", "application/pdf"};
  CHECK(s.post("/_editor/document/save", doc).first == 422);
  CHECK(snapshot(s.src.path() / "content") == before);
}
