// End-to-end tests: real sites written inline (or the demo site), built by
// the real binary, with the HTML read back.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>

#include "site_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-22";

RunResult build(const TempDir& site, const fs::path& out, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"build", "-s", site.path().string(), "-o", out.string(), "--today", kToday, "-q"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_nastavnik(args);
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// Hosts named in http(s) URLs of a text.
std::set<std::string> hosts_in(const std::string& text) {
  static const std::regex url(R"(https?://([^/"'\s<>)]+))");
  std::set<std::string> hosts;
  for (std::sregex_iterator it(text.begin(), text.end(), url), end; it != end; ++it) hosts.insert((*it)[1]);
  return hosts;
}

// URLs the browser would fetch by itself: src/srcset anywhere, <link> that
// loads (stylesheet, icon, preload…), url() in CSS.
std::vector<std::string> loaded_resources(const fs::path& dir) {
  static const std::regex src(R"re(\b(?:src|srcset|poster|data)="([^"]*)")re");
  static const std::regex link(R"re(<link\b[^>]*>)re");
  static const std::regex rel_loads(R"re(rel="(?:stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)")re");
  static const std::regex href(R"re(href="([^"]*)")re");
  static const std::regex css_url(R"re(url\(\s*['"]?([^'")]+))re");
  std::vector<std::string> urls;
  for (const auto& [file, text] : snapshot(dir)) {
    if (file.size() > 5 && file.substr(file.size() - 5) == ".html") {
      for (std::sregex_iterator it(text.begin(), text.end(), src), end; it != end; ++it) urls.push_back((*it)[1]);
      for (std::sregex_iterator it(text.begin(), text.end(), link), end; it != end; ++it) {
        std::string tag = (*it)[0];
        std::smatch m;
        if (std::regex_search(tag, rel_loads) && std::regex_search(tag, m, href)) urls.push_back(m[1]);
      }
    }
    if (file.size() > 4 && file.substr(file.size() - 4) == ".css")
      for (std::sregex_iterator it(text.begin(), text.end(), css_url), end; it != end; ++it) urls.push_back((*it)[1]);
  }
  return urls;
}

std::string all_sources_text(const fs::path& root) {
  std::string text;
  for (const auto& [file, content] : snapshot(root))
    if (file == "site.yaml" || file.rfind("content/", 0) == 0) text += content;
  return text;
}

}  // namespace

TEST_CASE("the demo site builds, every link resolves, nothing loads from other hosts") {
  TempDir out;
  auto r = run_nastavnik({"build", "-s", demo_source_dir(), "-o", (out.path() / "site").string(), "--today", kToday});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  fs::path site = out.path() / "site";
  CHECK(fs::exists(site / "index.html"));
  CHECK(fs::exists(site / "documents/index.html"));
  CHECK(fs::exists(site / "404.html"));
  CHECK(fs::exists(site / "sitemap.xml"));
  CHECK(fs::exists(site / "robots.txt"));

  auto broken = broken_internal_links(site, "/nastavnichestvo/");
  INFO([&] { std::string s; for (auto& b : broken) s += b + "\n"; return s; }());
  CHECK(broken.empty());

  for (const auto& url : loaded_resources(site)) {
    INFO(url);
    CHECK_FALSE(contains(url, "://"));
    CHECK(url.rfind("//", 0) != 0);
  }

  // Absolute URLs name only base_url's host or hosts the editor wrote.
  std::set<std::string> allowed = hosts_in(all_sources_text(demo_source_dir()));
  allowed.insert("shkola7.severozyorsk.example");
  allowed.insert("www.sitemaps.org");  // the sitemap's XML namespace, not a request
  allowed.insert("www.w3.org");        // the Atom namespace
  allowed.insert("schema.org");        // JSON-LD vocabulary, not a request
  for (auto [file, text] : snapshot(site)) {
    // iCalendar lines are folded at 75 octets: unfold before reading URLs.
    for (size_t pos; (pos = text.find("\r\n ")) != std::string::npos;) text.erase(pos, 3);
    for (const auto& host : hosts_in(text)) {
      INFO(file << " names " << host);
      CHECK(allowed.count(host) == 1);
    }
  }
}

TEST_CASE("links are relative so the folder works under any subfolder") {
  TempDir src, out;
  write_minimal_site(src);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  fs::path site = out.path() / "site";
  for (const auto& ref : references(site)) {
    if (ref.file == "404.html") continue;  // served at any depth: links by absolute path
    if (ref.attr == "content" || contains(ref.url, ":")) continue;
    INFO(ref.file << " " << ref.attr << "=" << ref.url);
    CHECK(ref.url.rfind("/", 0) != 0);
  }
  CHECK(broken_internal_links(site, "/sub/nastavnichestvo/").empty());
  std::string page404 = snapshot(site)["404.html"];
  CHECK(contains(page404, "href=\"/sub/nastavnichestvo/assets/"));
  CHECK(contains(page404, "href=\"/sub/nastavnichestvo/index.html\""));

  // Moved elsewhere, the folder still links within itself.
  fs::path moved = out.path() / "deep/er/folder";
  fs::create_directories(moved.parent_path());
  fs::rename(site, moved);
  CHECK(broken_internal_links(moved, "/sub/nastavnichestvo/").empty());
}

TEST_CASE("sitemap, canonical and Open Graph use absolute URLs from base_url") {
  TempDir src, out;
  write_minimal_site(src);
  REQUIRE(build(src, out.path()).exit_code == 0);
  auto files = snapshot(out.path());
  const std::string base = "https://school.example/sub/nastavnichestvo/";
  CHECK(contains(files["sitemap.xml"], "<loc>" + base + "kontakty/</loc>"));
  CHECK(contains(files["sitemap.xml"], "<loc>" + base + "documents/polozhenie/</loc><lastmod>2025-09-01</lastmod>"));
  CHECK_FALSE(contains(files["sitemap.xml"], "404"));
  CHECK(contains(files["robots.txt"], "Sitemap: " + base + "sitemap.xml"));
  CHECK(contains(files["kontakty/index.html"], "<link rel=\"canonical\" href=\"" + base + "kontakty/\">"));
  CHECK(contains(files["kontakty/index.html"], "<meta property=\"og:url\" content=\"" + base + "kontakty/\">"));
  // Cyrillic file names become transliterated URLs.
  CHECK(files.count("voprosy-roditeley/index.html") == 1);
}

TEST_CASE("identical input gives byte-identical output") {
  TempDir src, a, b;
  write_minimal_site(src);
  REQUIRE(build(src, a.path() / "s", {"-j", "1"}).exit_code == 0);
  REQUIRE(build(src, b.path() / "s", {"-j", "4"}).exit_code == 0);
  auto x = snapshot(a.path() / "s"), y = snapshot(b.path() / "s");
  REQUIRE(x.size() == y.size());
  for (const auto& [file, text] : x) {
    INFO(file);
    CHECK(y[file] == text);
  }
}

TEST_CASE("documents are grouped by level with file type, size and signature") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/documents/federal.md",
            "---\ntitle: Распоряжение о методологии\ntype: directive\nlevel: federal\nnumber: Р-145\ndate: 2019-12-25\n"
            "url: https://docs.example.org/r145\n---\n");
  REQUIRE(build(src, out.path()).exit_code == 0);
  auto files = snapshot(out.path());
  const std::string& list = files["documents/index.html"];
  size_t federal = list.find("Федеральные документы"), school = list.find("Документы школы");
  REQUIRE(federal != std::string::npos);
  REQUIRE(school != std::string::npos);
  CHECK(federal < school);
  CHECK(list.find("Региональные документы") == std::string::npos);  // empty groups are left out
  CHECK(contains(list, "PDF с текстом, 1 страница, 2"));  // «PDF с текстом, 1 страница, 23,1 КБ»
  const std::string& doc = files["documents/polozhenie/index.html"];
  CHECK(contains(doc, "Иванов Иван Иванович"));
  CHECK(contains(doc, "00AB12CD"));
  CHECK(contains(doc, "1\u00a0сентября 2025\u00a0г., 10:15"));
  CHECK(contains(doc, "href=\"../files/polozhenie.pdf\""));
  CHECK(files["documents/files/polozhenie.pdf"].size() ==
        fs::file_size(fs::path(demo_source_dir()) / "content/documents/files/programma-nastavnichestva-2026-2027.pdf"));
  CHECK(contains(files["documents/federal/index.html"], "https://docs.example.org/r145"));
}

TEST_CASE("Markdown: GFM on, raw HTML dropped with a warning, links to sources rewritten") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/pages/kontakty.md",
            "---\ntitle: Контакты\n---\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n~~старое~~\n\n- [x] готово\n\n"
            "<script>alert(1)</script>\n\n[Положение](../documents/polozhenie.md)\n");
  auto r = build(src, out.path());
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.err, "content/pages/kontakty.md:13:1: предупреждение: HTML-код в тексте не публикуется"));
  auto html = snapshot(out.path())["kontakty/index.html"];
  CHECK(contains(html, "<table>"));
  CHECK(contains(html, "<del>старое</del>"));
  CHECK(contains(html, "checkbox"));
  CHECK_FALSE(contains(html, "alert(1)"));
  CHECK(contains(html, "href=\"../documents/polozhenie/index.html\""));
}

TEST_CASE("drafts are left out unless --drafts") {
  TempDir src, a, b;
  write_minimal_site(src);
  src.write("content/pages/chernovik.md", "---\ntitle: Черновик\ndraft: true\n---\nТекст.\n");
  REQUIRE(build(src, a.path()).exit_code == 0);
  CHECK_FALSE(fs::exists(a.path() / "chernovik"));
  CHECK_FALSE(contains(snapshot(a.path())["sitemap.xml"], "chernovik"));
  REQUIRE(build(src, b.path(), {"--drafts"}).exit_code == 0);
  CHECK(contains(snapshot(b.path())["chernovik/index.html"], "draft-banner"));
}

TEST_CASE("a site's templates/ overrides the theme") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("templates/partials/footer.html", "<footer><p>Свой подвал: {{org.short_name}}</p></footer>\n");
  REQUIRE(build(src, out.path()).exit_code == 0);
  CHECK(contains(snapshot(out.path())["index.html"], "Свой подвал: Школа № 1"));
}

struct BrokenCase {
  std::string name;
  std::string file;
  std::string text;
  std::string expected;  // in stderr
};

TEST_CASE("broken input exits 1 with file:line and leaves the previous site untouched") {
  const std::vector<BrokenCase> cases = {
      {"missing required field", "content/pages/kontakty.md", "---\ndescription: без заголовка\n---\nТекст\n",
       "content/pages/kontakty.md:2:1: ошибка: не заполнено обязательное поле «title»"},
      {"wrong type", "content/pages/kontakty.md", "---\ntitle: Контакты\nweight: много\n---\n",
       "content/pages/kontakty.md:3:9: ошибка: поле «weight»: «много» — не целое число"},
      {"malformed YAML", "content/pages/kontakty.md", "---\ntitle: [Контакты\n---\n",
       "content/pages/kontakty.md:"},
      {"unclosed front matter", "content/pages/kontakty.md", "---\ntitle: Контакты\n\nТекст без закрытия\n",
       "content/pages/kontakty.md:1:1: ошибка: блок полей в начале файла открыт"},
      {"file not found", "content/documents/polozhenie.md",
       "---\ntitle: Положение\ntype: regulation\nlevel: school\ndate: 2025-09-01\nfile: files/net-takogo.pdf\n---\n",
       "content/documents/polozhenie.md:6:7: ошибка: файл «files/net-takogo.pdf» не найден"},
      {"invalid date", "content/documents/polozhenie.md",
       "---\ntitle: Положение\ntype: regulation\nlevel: school\ndate: 2025-02-30\nfile: files/polozhenie.pdf\n---\n",
       "content/documents/polozhenie.md:5:7: ошибка: поле «date»: неверная дата «2025-02-30»"},
      {"invalid choice", "content/documents/polozhenie.md",
       "---\ntitle: Положение\ntype: regulation\nlevel: shcool\ndate: 2025-02-03\nfile: files/polozhenie.pdf\n---\n",
       "возможно, имелось в виду «школьный»"},
      {"duplicate slug", "content/pages/Kontakty.md", "---\ntitle: Ещё контакты\n---\n",
       "совпадает с адресом страницы"},
      {"broken internal link", "content/pages/kontakty.md", "---\ntitle: Контакты\n---\n\nСм. [план](plan.md).\n",
       "content/pages/kontakty.md:5:5: ошибка: ссылка на несуществующую страницу «plan.md»"},
      {"broken menu link", "site.yaml",
       "title: Н\nbase_url: https://s.example/\norganisation:\n  full_name: Ш\n  short_name: Ш\n  address: А\n"
       "  email: a@s.example\nmenu:\n  - title: Нет\n    link: pages/net.md\n",
       "site.yaml:10:11: ошибка: ссылка на несуществующую страницу «pages/net.md»"},
      {"not UTF-8", "content/pages/kontakty.md", "---\ntitle: \xCA\xEE\xED\xF2\xE0\xEA\xF2\xFB\n---\n",
       "content/pages/kontakty.md:2:8: ошибка: файл сохранён не в UTF-8, а, похоже, в кодировке Windows-1251"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      TempDir src, out;
      write_minimal_site(src);
      fs::path site = out.path() / "site";
      REQUIRE(build(src, site).exit_code == 0);
      auto before = snapshot(site);
      src.write(c.file, c.text);
      auto r = build(src, site);
      INFO(r.err);
      CHECK(r.exit_code == 1);
      CHECK(contains(r.err, c.expected));
      CHECK(contains(r.err, "Прежняя версия сайта не изменена"));
      CHECK(snapshot(site) == before);
      // No staging folder is left behind.
      for (const auto& e : fs::directory_iterator(out.path())) CHECK(e.path().filename() == "site");
    }
  }
}

TEST_CASE("diagnostics show the source line and a caret") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/pages/kontakty.md", "---\ntitle: Контакты\nweight: много\n---\n");
  auto r = build(src, out.path());
  CHECK(contains(r.err, "  3 | weight: много\n    |         ^\n"));
  CHECK(contains(r.err, "подсказка:"));
}

TEST_CASE("unknown fields warn with a suggestion, and --strict makes them errors") {
  TempDir src, a, b;
  write_minimal_site(src);
  src.write("content/pages/kontakty.md", "---\ntitle: Контакты\ndescripton: Опечатка\n---\n");
  auto r = build(src, a.path());
  CHECK(r.exit_code == 0);
  CHECK(contains(r.err, "content/pages/kontakty.md:3:1: предупреждение: неизвестное поле «descripton»"));
  CHECK(contains(r.err, "«description»"));
  auto strict = build(src, b.path() / "site", {"--strict"});
  CHECK(strict.exit_code == 1);
  CHECK_FALSE(fs::exists(b.path() / "site"));
}

TEST_CASE("all problems are reported in one run") {
  TempDir src, out;
  write_minimal_site(src);
  src.write("content/pages/a.md", "---\ntitle: А\nweight: x\n---\n");
  src.write("content/pages/b.md", "---\ndate: 2025-13-01\n---\n");
  auto r = build(src, out.path() / "site");
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "content/pages/a.md:3:9:"));
  CHECK(contains(r.err, "content/pages/b.md:2:7:"));
  CHECK(contains(r.err, "content/pages/b.md:2:1: ошибка: не заполнено обязательное поле «title»"));
  CHECK(contains(r.err, "Итого: 3 ошибки"));
}

TEST_CASE("a missing site.yaml is a content error naming the file") {
  TempDir empty, out;
  auto r = run_nastavnik({"build", "-s", empty.path().string(), "-o", (out.path() / "s").string()});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "site.yaml: ошибка: не найден файл настроек"));
}

TEST_CASE("usage errors exit 2") {
  CHECK(run_nastavnik({}).exit_code == 2);
  auto typo = run_nastavnik({"biuld"});
  CHECK(typo.exit_code == 2);
  CHECK(contains(typo.err, "«build»"));
  CHECK(run_nastavnik({"build", "--today", "2025-13-01"}).exit_code == 2);
  CHECK(run_nastavnik({"build", "--bogus"}).exit_code == 2);
  CHECK(run_nastavnik({"build", "-j", "0"}).exit_code == 2);
  CHECK(run_nastavnik({"build", "extra"}).exit_code == 2);
  CHECK(run_nastavnik({"new", "page"}).exit_code == 2);
  CHECK(run_nastavnik({"new", "pgae", "Заголовок"}).exit_code == 2);
  CHECK(run_nastavnik({"init"}).exit_code == 2);
}

TEST_CASE("help and version") {
  auto help = run_nastavnik({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(contains(help.out, "build"));
  CHECK(contains(help.out, "check"));
  for (std::string cmd : {"build", "check", "new", "init"}) {
    auto r = run_nastavnik({cmd, "--help"});
    CHECK(r.exit_code == 0);
    CHECK(contains(r.out, "nastavnik " + cmd));
  }
  auto v = run_nastavnik({"--version"});
  CHECK(v.exit_code == 0);
  CHECK(std::regex_search(v.out, std::regex(R"(^nastavnik \d+\.\d+\.\d+)")));
}

TEST_CASE("check validates everything and writes nothing") {
  TempDir src;
  write_minimal_site(src);
  auto ok = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  CHECK(ok.exit_code == 0);
  CHECK(contains(ok.out, "ошибок нет"));
  CHECK_FALSE(src.exists("site"));
  src.write("content/pages/kontakty.md", "---\ntitle: Контакты\n---\n[нет](net.md) ![](net.png)\n");
  auto bad = run_nastavnik({"check", "-s", src.path().string(), "--today", kToday});
  CHECK(bad.exit_code == 1);
  CHECK(contains(bad.err, "content/pages/kontakty.md:4:1: ошибка: ссылка на несуществующую страницу «net.md»"));
  CHECK(contains(bad.err, "ссылка на несуществующий файл «net.png»"));
  CHECK_FALSE(src.exists("site"));
}

TEST_CASE("the output folder is never a stranger's folder or the sources") {
  TempDir src, out;
  write_minimal_site(src);
  out.write("important/diplom.docx", "мой диплом");
  auto r = build(src, out.path() / "important");
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "не будет перезаписана"));
  CHECK(out.read("important/diplom.docx") == "мой диплом");
  CHECK(build(src, src.path()).exit_code == 1);
  CHECK(build(src, src.path() / "content" / "site").exit_code == 1);
  CHECK(src.exists("content/pages/kontakty.md"));
  // Our own previous output is replaced.
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
  REQUIRE(build(src, out.path() / "site").exit_code == 0);
}

TEST_CASE("init creates a site that builds at once, and new scaffolds files") {
  TempDir tmp;
  fs::path dir = tmp.path() / "moy-sayt";
  auto init = run_nastavnik({"init", dir.string()});
  INFO(init.err);
  REQUIRE(init.exit_code == 0);
  auto built = run_nastavnik({"build", "-s", dir.string(), "--today", kToday});
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  CHECK(built.err.empty());  // not even a warning
  CHECK(fs::exists(dir / "site/kontakty/index.html"));
  CHECK(run_nastavnik({"init", dir.string()}).exit_code == 2);  // not empty: a usage error, nothing touched

  auto page = run_nastavnik({"new", "page", "Вопросы родителей", "-s", dir.string()});
  CHECK(page.exit_code == 0);
  CHECK(contains(page.out, "content/pages/voprosy-roditeley.md"));
  REQUIRE(fs::exists(dir / "content/pages/voprosy-roditeley.md"));
  auto again = run_nastavnik({"new", "page", "Вопросы родителей", "-s", dir.string()});
  CHECK(again.exit_code == 1);
  CHECK(contains(again.err, "не будет перезаписан"));

  // New files are drafts (draft: да); marked ready, they are published.
  auto ready = [&](const fs::path& file, const std::string& extra_from = {}, const std::string& extra_to = {}) {
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string draft = "\ndraft: да\n";
    REQUIRE(contains(text, draft));
    text.replace(text.find(draft), draft.size(), "\ndraft: нет\n");
    if (!extra_from.empty()) text.replace(text.find(extra_from), extra_from.size(), extra_to);
    std::ofstream(file, std::ios::binary) << text;
  };
  auto doc = run_nastavnik({"new", "document", "Приказ № 86-о о наставничестве", "-s", dir.string(), "--today", kToday});
  CHECK(doc.exit_code == 0);
  REQUIRE(fs::exists(dir / "content/documents/prikaz-86-o-o-nastavnichestve.md"));
  fs::create_directories(dir / "content/documents/files");
  fs::copy_file(fs::path(demo_source_dir()) / "content/documents/files/prikaz-ministerstva-215.pdf",
                dir / "content/documents/files/prikaz-86-o-o-nastavnichestve.pdf");
  ready(dir / "content/documents/prikaz-86-o-o-nastavnichestve.md", "\nfile:\n",
        "\nfile: files/prikaz-86-o-o-nastavnichestve.pdf\n");
  auto rebuilt = run_nastavnik({"build", "-s", dir.string(), "--today", kToday});
  INFO(rebuilt.err);
  CHECK(rebuilt.exit_code == 0);
  CHECK(fs::exists(dir / "site/documents/prikaz-86-o-o-nastavnichestve/index.html"));

  // Events and news templates, marked ready, build without a warning.
  CHECK(run_nastavnik({"new", "event", "Встреча наставников", "-s", dir.string(), "--today", kToday}).exit_code == 0);
  CHECK(run_nastavnik({"new", "news", "Итоги четверти", "-s", dir.string(), "--today", kToday}).exit_code == 0);
  ready(dir / "content/events/vstrecha-nastavnikov.md", "\nplace:\n", "\nplace: актовый зал\n");
  ready(dir / "content/news/itogi-chetverti.md");
  auto with_events = run_nastavnik({"build", "-s", dir.string(), "--today", kToday});
  INFO(with_events.err);
  CHECK(with_events.exit_code == 0);
  CHECK(with_events.err.empty());
  CHECK(fs::exists(dir / "site/events/vstrecha-nastavnikov/event.ics"));
  CHECK(fs::exists(dir / "site/news/itogi-chetverti/index.html"));
}

TEST_CASE("every demo page passes the Nu HTML Checker") {
  fs::path jar = fs::path(demo_source_dir()) / "tests/browser/node_modules/vnu-jar/build/dist/vnu.jar";
  INFO("vnu.jar is installed by scripts/test (npm ci in tests/browser)");
  REQUIRE(fs::exists(jar));
  TempDir out;
  fs::path site = out.path() / "site";
  REQUIRE(run_nastavnik({"build", "-s", demo_source_dir(), "-o", site.string(), "--today", kToday}).exit_code == 0);
  auto r = run_command({"java", "-jar", jar.string(), "--errors-only", "--skip-non-html", site.string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
}

TEST_CASE("the header shows the school's logo from site.yaml by a relative link, and a logo on another site or a missing file is an error") {
  TempDir src;
  write_minimal_site(src);
  const std::string yaml = src.read("site.yaml");
  // Appended, not `yaml + "…"`: GCC 12 warns on std::string + literal (-Wrestrict).
  auto with_logo = [&](const char* line) {
    std::string text = yaml;
    text += line;
    src.write("site.yaml", text);
  };
  with_logo("logo: static/logo.svg\n");
  src.write("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>\n");
  TempDir out;
  auto built = run_nastavnik({"build", "-s", src.path().string(), "-o", (out.path() / "site").string(), "-q"});
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  auto files = snapshot(out.path() / "site");
  CHECK(contains(files["index.html"], "<img class=\"brand-logo\" src=\"logo.svg\" alt=\"\""));
  CHECK(contains(files["documents/polozhenie/index.html"], "<img class=\"brand-logo\" src=\"../../logo.svg\" alt=\"\""));
  CHECK(files.count("logo.svg") == 1);

  with_logo("logo: https://cdn.example.com/logo.svg\n");
  auto external = run_nastavnik({"check", "-s", src.path().string()});
  CHECK(external.exit_code == 1);
  CHECK(contains(external.err, "site.yaml:"));
  CHECK(contains(external.err, "логотип указан адресом в интернете"));

  with_logo("logo: static/emblem.png\n");
  auto missing = run_nastavnik({"check", "-s", src.path().string()});
  CHECK(missing.exit_code == 1);
  CHECK(contains(missing.err, "static/emblem.png"));
}

TEST_CASE("a mentor without a published photo gets the initials of the name instead of an empty box") {
  TempDir out;
  auto r = run_nastavnik({"build", "-s", demo_source_dir(), "-o", (out.path() / "site").string(), "--today", kToday, "-q"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto files = snapshot(out.path() / "site");
  // Гарипова Айгуль Рашитовна: her consent does not cover the photo.
  CHECK(contains(files["mentors/index.html"], "<span class=\"placeholder-initials\">ГА</span>"));
  CHECK(contains(files["mentors/garipova/index.html"], "<span class=\"placeholder-initials\">ГА</span>"));
  // Белова Татьяна Игоревна has a photo: no stand-in.
  CHECK_FALSE(contains(files["mentors/belova/index.html"], "placeholder-initials"));
}
