// `nastavnik publish --kit` and `--posts` on the demo: the fragments are
// clean (no chrome, scripts, styles, classes; headings from h2; every link
// and picture absolute under base_url) and valid HTML by the Nu HTML Checker
// as fragments; the files have readable Latin names; a second kit tells what
// changed; posts come for new news items and events only.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "publish_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-20";
const std::string kBase = "https://shkola7.severozyorsk.example/nastavnichestvo/";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct Demo {
  TempDir source, build, out;
  Demo() {
    for (const char* part : {"site.yaml", "content", "static", "themes"})
      fs::copy(fs::path(demo_source_dir()) / part, source.path() / part, fs::copy_options::recursive);
  }
  fs::path kit() const { return out.path() / "nabor"; }
  RunResult publish(std::vector<std::string> mode) const {
    std::vector<std::string> args = {"publish", "-s", source.path().string(), "-o", (build.path() / "site").string(),
                                     "--today", kToday};
    args.insert(args.begin() + 1, mode.begin(), mode.end());
    return run_nastavnik_env({}, args);
  }
};

std::vector<std::string> attribute_values(const std::string& html, const std::string& attr) {
  std::vector<std::string> found;
  std::regex re(" " + attr + "=\"([^\"]*)\"");
  for (std::sregex_iterator it(html.begin(), html.end(), re), end; it != end; ++it) found.push_back((*it)[1]);
  return found;
}

std::map<std::string, std::string> fragments(const fs::path& kit) {
  std::map<std::string, std::string> out;
  for (const auto& [path, text] : snapshot(kit))
    if (path.rfind("stranicy/", 0) == 0) out[path] = text;
  return out;
}

}  // namespace

TEST_CASE("the demo's paste kit: clean fragments with absolute links, readable files, posts") {
  Demo demo;
  auto r = demo.publish({"--kit", demo.kit().string()});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "Набор для вставки готов"));
  std::string index = demo.out.read("nabor/index.html");
  auto frags = fragments(demo.kit());
  REQUIRE(frags.size() >= 40);
  CHECK(frags.count("stranicy/glavnaya.html"));
  CHECK(frags.count("stranicy/mentors-melnikov.html"));
  CHECK_FALSE(frags.count("stranicy/search.html"));  // the search page needs the section's index

  std::set<std::string> linked_files;
  for (const auto& [path, html] : frags) {
    INFO(path);
    CHECK_FALSE(html.empty());
    for (const char* banned : {"<script", "<style", " style=", " class=", " id=", "<h1", "<nav", "<form", "<button",
                               "<picture", "<source", " srcset=", "<svg", "<div", "<span", "<main"})
      CHECK_FALSE(contains(html, banned));
    std::regex heading("<h([1-6])>");
    std::smatch m;
    if (std::regex_search(html, m, heading)) CHECK(m[1] == "2");  // the first heading is an h2
    for (const char* attr : {"href", "src"})
      for (const auto& url : attribute_values(html, attr)) {
        INFO(url);
        bool absolute = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 ||
                        url.rfind("mailto:", 0) == 0 || url.rfind("tel:", 0) == 0;
        CHECK(absolute);
        if (url.rfind(kBase + "fayly/", 0) == 0) linked_files.insert(url.substr(kBase.size()));
      }
    CHECK(contains(index, "href=\"" + path + "\""));  // listed in the index
  }
  // Every file a fragment links to is in the kit, under a readable Latin name.
  REQUIRE(linked_files.size() >= 10);
  std::regex readable("fayly/[a-z0-9]+(-[a-z0-9]+)*\\.(pdf|jpg|png|docx|pptx|ics|xlsx|csv|json|txt|sig)");
  for (const auto& f : linked_files) {
    INFO(f);
    CHECK(fs::exists(demo.kit() / f));
    CHECK(std::regex_match(f, readable));
  }
  CHECK(linked_files.count("fayly/melnikov-pavel-sergeevich.jpg"));  // a mentor's photo, named after him
  CHECK(linked_files.count("fayly/prikaz-86-o.pdf"));
  CHECK(linked_files.count("fayly/polozhenie-o-nastavnichestve.docx"));
  std::string mentor = frags["stranicy/mentors-melnikov.html"];
  CHECK(contains(mentor, "<img src=\"" + kBase + "fayly/melnikov-pavel-sergeevich.jpg\" alt=\"Мельников Павел Сергеевич\">"));
  CHECK(contains(mentor, "<h2>"));
  CHECK(contains(mentor, "<p><strong>Педагогический стаж:</strong> 9 лет</p>"));  // a term and its description
  // The roadmap: its table kept, its chart (an SVG) and progress bars left out.
  std::string roadmap = frags["stranicy/roadmap-plan-2026-2027.html"];
  CHECK(contains(roadmap, "<thead><tr><th scope=\"col\">№</th>"));
  CHECK_FALSE(contains(roadmap, "вертикальная линия"));
  CHECK_FALSE(contains(roadmap, "50 %\n50 %"));

  // The index: pages in menu order, each with its button, the first kit all «новое».
  size_t about = index.find("<h3>О наставничестве"), mentors = index.find("<h3>Наши наставники"),
         documents = index.find("<h3>Документы"), contacts = index.find("<h3>Куратор и контакты");
  REQUIRE(about != std::string::npos);
  CHECK(about < mentors);
  CHECK(mentors < documents);
  CHECK(documents < contacts);
  CHECK(contains(index, ">Копировать<"));
  CHECK(contains(index, "все новые"));
  CHECK(contains(index, "fayly/melnikov-pavel-sergeevich.jpg"));
  CHECK(fs::exists(demo.kit() / ".nastavnik-kit.json"));
}

TEST_CASE("every fragment of the demo's kit passes the Nu HTML Checker as a fragment") {
  fs::path jar = fs::path(demo_source_dir()) / "tests/browser/node_modules/vnu-jar/build/dist/vnu.jar";
  INFO("vnu.jar is installed by scripts/test (npm ci in tests/browser)");
  REQUIRE(fs::exists(jar));
  Demo demo;
  auto r = demo.publish({"--kit", demo.kit().string()});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  // A fragment is body content: each goes into the smallest valid document.
  TempDir wrapped;
  auto frags = fragments(demo.kit());
  for (const auto& [path, html] : frags)
    wrapped.write(fs::path(path).filename().string(),
                  "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<title>Фрагмент</title>\n"
                  "</head>\n<body>\n" + html + "</body>\n</html>\n");
  wrapped.write("index.html", demo.out.read("nabor/index.html"));  // the tool page itself too
  auto v = run_command({"java", "-jar", jar.string(), "--errors-only", "--skip-non-html", wrapped.path().string()});
  INFO(v.out << v.err);
  CHECK(v.exit_code == 0);
  CHECK(v.err.empty());
}

TEST_CASE("a second kit tells what changed, what is new and what to remove, posts only for what is new") {
  Demo demo;
  REQUIRE(demo.publish({"--kit", demo.kit().string()}).exit_code == 0);
  auto record = demo.out.read("nabor/.nastavnik-kit.json");
  REQUIRE(contains(record, "\"news/olimpiada/\""));

  // One news item edited, a mentor removed (consent ended), a news item added.
  std::string news = demo.source.read("content/news/olimpiada.md");
  demo.source.write("content/news/olimpiada.md", news + "\nДобавлено: ребят наградили грамотами.\n");
  fs::remove(demo.source.path() / "content/mentors/melnikov.md");
  demo.source.write("content/news/novyy-nabor.md",
                    "---\ntitle: Открыт набор наставляемых на весну\ndate: 2026-11-19\n"
                    "summary: Ученики 7–9 классов могут выбрать наставника до 1 декабря.\n---\n\n"
                    "Заявки принимает куратор в кабинете 214.\n");
  auto r = demo.publish({"--kit", demo.kit().string()});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "С прошлого набора"));
  std::string index = demo.out.read("nabor/index.html");
  auto item = [&](const std::string& title) {
    size_t at = index.find("<h3>" + title);
    REQUIRE(at != std::string::npos);
    return index.substr(at, index.find("</h3>", at) - at);
  };
  CHECK(contains(item("Подопечные наставников — призёры"), "изменено"));
  CHECK(contains(item("Открыт набор наставляемых на весну"), "новое"));
  CHECK(contains(item("Положение о системе наставничества"), "без изменений"));
  // The mentor's page goes, and his photo comes off the mentors' list.
  size_t removed = index.find("<h2 id=\"remove\">");
  REQUIRE(removed != std::string::npos);
  CHECK(contains(index.substr(removed), "Мельников Павел Сергеевич"));
  CHECK(contains(index.substr(removed), "удалить страницу"));
  CHECK(contains(index, "melnikov-pavel-sergeevich.jpg <span class=\"mark mark-remove\">удалить со страницы</span>"));
  CHECK_FALSE(fs::exists(demo.kit() / "stranicy/mentors-melnikov.html"));
  CHECK_FALSE(fs::exists(demo.kit() / "fayly/melnikov-pavel-sergeevich.jpg"));

  // The post: only the new news item, with its date and link.
  std::vector<std::string> posts;
  for (const auto& [path, text] : snapshot(demo.kit()))
    if (path.rfind("posty/", 0) == 0 && fs::path(path).extension() == ".txt") posts.push_back(text);
  REQUIRE(posts.size() == 1);
  CHECK(contains(posts[0], "Открыт набор наставляемых на весну\n\nУченики 7–9 классов могут выбрать наставника до 1 декабря."));
  CHECK(contains(posts[0], "19\u00a0ноября 2026\u00a0г."));  // no-break spaces, as on the site
  CHECK(contains(posts[0], "Подробнее: " + kBase + "news/novyy-nabor/"));
}

TEST_CASE("a kit never replaces a folder of other files") {
  Demo demo;
  demo.out.write("nabor/moi-zametki.txt", "не трогать");
  auto r = demo.publish({"--kit", demo.kit().string()});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "не набор Наставника"));
  CHECK(demo.out.read("nabor/moi-zametki.txt") == "не трогать");
}

TEST_CASE("publish --posts prints a post for each news item and event published since the last publish") {
  Demo demo;
  TempDir server;
  std::string target = "file://" + (server.path() / "nastavnichestvo").string() + "/";
  REQUIRE(demo.publish({target}).exit_code == 0);
  REQUIRE(demo.publish({target}).exit_code == 0);  // nothing new: the next --posts shows nothing
  auto none = demo.publish({"--posts"});
  INFO(none.out << none.err);
  REQUIRE(none.exit_code == 0);
  CHECK(contains(none.out, "постов нет"));

  demo.source.write("content/events/sobranie.md",
                    "---\ntitle: Собрание наставников\nstart: 2026-12-03 15:00\nend: 2026-12-03 16:30\n"
                    "place: кабинет 214\nformat: in_person\nsummary: Подводим итоги первого полугодия.\n---\n\nПриходите.\n");
  REQUIRE(demo.publish({target}).exit_code == 0);
  auto posts = demo.publish({"--posts"});
  INFO(posts.out << posts.err);
  REQUIRE(posts.exit_code == 0);
  CHECK(contains(posts.out, "Пост 1 из 1"));
  CHECK(contains(posts.out, "Собрание наставников\n\nПодводим итоги первого полугодия.\n"));
  CHECK(contains(posts.out, "Когда: 3\u00a0декабря 2026\u00a0г., 15:00–16:30\nГде: кабинет 214\n"));
  CHECK(contains(posts.out, "Подробнее: " + kBase + "events/sobranie/"));
}
