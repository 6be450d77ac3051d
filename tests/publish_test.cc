// End-to-end tests of `nastavnik publish` into a folder (file:///…): what
// goes up, what is deleted, what is never touched, and how an interrupted
// publish is finished. The same behaviour over SFTP and FTP, with real
// servers, is in publish_servers_test.cc.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "publish_fixture.h"

using namespace fixture;

namespace {

const std::string kToday = "2026-11-22";

struct Publisher {
  TempDir site, build, server;
  fs::path target() const { return server.path() / "nastavnichestvo"; }
  std::string address() const { return "file://" + target().string() + "/"; }

  RunResult publish(std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {"publish", address(), "-s", site.path().string(), "-o",
                                     (build.path() / "site").string(), "--today", kToday};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_nastavnik_env({}, args);
  }
  // Every file the build made, with its bytes.
  std::map<std::string, std::string> built() const {
    auto files = snapshot(build.path() / "site");
    files.erase(".nastavnik-build");
    return files;
  }
  std::map<std::string, std::string> published() const {
    auto files = snapshot(target());
    files.erase(".nastavnik-manifest.json");
    return files;
  }
};

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("publish to a folder sends the build, then only what changed, and deletes only what it published") {
  Publisher p;
  write_publish_site(p.site);
  auto first = p.publish();
  INFO(first.out << first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(p.published() == p.built());
  CHECK(fs::exists(p.target() / ".nastavnik-manifest.json"));
  CHECK_FALSE(fs::exists(p.target() / ".nastavnik-build"));
  CHECK(temporary_files(p.target()).empty());

  // Nothing changed: nothing goes up.
  auto before = inodes(p.target());
  auto again = p.publish();
  INFO(again.out << again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(contains(again.out, "Без изменений"));
  CHECK(replaced(before, inodes(p.target())).empty());

  // A static file edited: exactly that file goes up (and the manifest).
  p.site.write("static/raspisanie.txt", "Расписание встреч наставников: четверг, 16:00.\n");
  before = inodes(p.target());
  auto one = p.publish();
  INFO(one.out << one.err);
  REQUIRE(one.exit_code == 0);
  CHECK(replaced(before, inodes(p.target())) == std::vector<std::string>{".nastavnik-manifest.json", "raspisanie.txt"});
  CHECK(contains(one.out, "отправлено 1 файл"));
  CHECK(p.published() == p.built());

  // A page edited: exactly the files whose bytes changed in the build go up.
  auto built_before = p.built();
  p.site.write("content/pages/o-nas.md", "---\ntitle: О наставничестве\n---\n\nНовый текст о наставничестве.\n");
  before = inodes(p.target());
  REQUIRE(p.publish().exit_code == 0);
  std::vector<std::string> changed_in_build;
  for (const auto& [path, bytes] : p.built())
    if (!built_before.count(path) || built_before.at(path) != bytes) changed_in_build.push_back(path);
  changed_in_build.push_back(".nastavnik-manifest.json");
  std::sort(changed_in_build.begin(), changed_in_build.end());
  CHECK(replaced(before, inodes(p.target())) == changed_in_build);
  CHECK(std::find(changed_in_build.begin(), changed_in_build.end(), "o-nas/index.html") != changed_in_build.end());

  // The school's own file beside the section is never touched; a deleted
  // page is deleted on the target with its folder.
  std::ofstream(p.target() / "shkola.html") << "<p>Страница школы</p>";
  fs::create_directories(p.target() / "o-nas");
  std::ofstream(p.target() / "o-nas" / "zametki.txt") << "чужой файл в папке страницы";
  fs::remove(p.site.path() / "content/pages/o-nas.md");
  fs::remove(p.site.path() / "content/pages/Вопросы родителей.md");
  auto published_before = p.published();
  auto removed = p.publish();
  INFO(removed.out << removed.err);
  REQUIRE(removed.exit_code == 0);
  // Exactly the files the new build no longer has are gone.
  for (const auto& [path, _] : published_before) {
    INFO(path);
    CHECK(fs::exists(p.target() / path) == (p.built().count(path) > 0 || path == "o-nas/zametki.txt" ||
                                             path == "shkola.html"));
  }
  CHECK_FALSE(fs::exists(p.target() / "o-nas/index.html"));
  CHECK_FALSE(fs::exists(p.target() / "voprosy-roditeley"));  // its folder went with it
  CHECK(fs::exists(p.target() / "o-nas/zametki.txt"));         // not ours: kept, and so its folder
  CHECK(p.target().string().size() > 0);
  CHECK(snapshot(p.target())["shkola.html"] == "<p>Страница школы</p>");
  auto published = p.published();
  published.erase("shkola.html");
  published.erase("o-nas/zametki.txt");
  CHECK(published == p.built());
}

TEST_CASE("publish --dry-run prints the plan with the names and changes nothing") {
  Publisher p;
  write_publish_site(p.site);
  REQUIRE(p.publish().exit_code == 0);
  p.site.write("static/raspisanie.txt", "Новое расписание.\n");
  p.site.write("static/novoe.txt", "Новый файл.\n");
  fs::remove(p.site.path() / "content/pages/o-nas.md");
  auto before = snapshot(p.target());
  auto plan = p.publish({"--dry-run"});
  INFO(plan.out << plan.err);
  REQUIRE(plan.exit_code == 0);
  CHECK(contains(plan.out, "+ novoe.txt"));
  CHECK(contains(plan.out, "~ raspisanie.txt"));
  CHECK(contains(plan.out, "- o-nas/index.html"));
  CHECK(contains(plan.out, "Ничего не изменено"));
  CHECK(snapshot(p.target()) == before);
}

TEST_CASE("publish never overwrites a file it did not publish, unless told to, and a lost manifest means a full comparison") {
  Publisher p;
  write_publish_site(p.site);
  fs::create_directories(p.target());
  std::ofstream(p.target() / "raspisanie.txt") << "расписание, которое загрузил кто-то другой";
  std::ofstream(p.target() / "index.html") << "<p>главная страница школы</p>";
  auto refused = p.publish();
  INFO(refused.out << refused.err);
  CHECK(refused.exit_code == 1);
  CHECK(contains(refused.err, "! index.html"));
  CHECK(contains(refused.err, "! raspisanie.txt"));
  CHECK(contains(refused.err, "--overwrite"));
  // Nothing at all was changed, not even a manifest written.
  CHECK(snapshot(p.target()).size() == 2);
  CHECK(snapshot(p.target())["index.html"] == "<p>главная страница школы</p>");

  auto forced = p.publish({"--overwrite"});
  INFO(forced.out << forced.err);
  REQUIRE(forced.exit_code == 0);
  CHECK(p.published() == p.built());

  // The manifest lost: the files found with the same bytes are taken as
  // they are, nothing goes up, and the manifest is written again.
  fs::remove(p.target() / ".nastavnik-manifest.json");
  auto before = inodes(p.target());
  auto adopted = p.publish();
  INFO(adopted.out << adopted.err);
  REQUIRE(adopted.exit_code == 0);
  CHECK(replaced(before, inodes(p.target())) == std::vector<std::string>{".nastavnik-manifest.json"});

  // A foreign or tampered manifest is not trusted: nothing it names is
  // deleted, and files that differ are not overwritten.
  std::ofstream(p.target() / ".nastavnik-manifest.json")
      << R"({"generator": "nastavnik", "format": 1, "complete": true, "files": {"../../etc/passwd": {"hash": "1", "size": 1}, "shkola.html": {"hash": "2", "size": 1}}})";
  std::ofstream(p.target() / "shkola.html") << "школа";
  fs::remove(p.site.path() / "content/pages/o-nas.md");
  auto tampered = snapshot(p.target());
  auto foreign = p.publish();
  INFO(foreign.out << foreign.err);
  CHECK(foreign.exit_code == 1);
  CHECK(contains(foreign.err, "опубликованы не Наставником"));
  CHECK(snapshot(p.target()) == tampered);
}

TEST_CASE("an interrupted publish is finished by running it again, its temporary files removed") {
  Publisher p;
  write_publish_site(p.site);
  REQUIRE(p.publish().exit_code == 0);
  // The state a publish killed halfway leaves: the manifest rewritten as
  // incomplete with the new paths claimed, one new file in place, one
  // half-sent under its temporary name, a replaced page not yet sent.
  p.site.write("static/novoe.txt", "Новый файл.\n");
  p.site.write("static/vtoroe.txt", "Второй новый файл.\n");
  p.site.write("static/raspisanie.txt", "Новое расписание.\n");
  std::string manifest = snapshot(p.target())[".nastavnik-manifest.json"];
  REQUIRE(manifest.find("\"complete\": true") != std::string::npos);
  manifest.replace(manifest.find("\"complete\": true"), 16, "\"complete\": false");
  size_t files = manifest.find("\"files\": {");
  REQUIRE(files != std::string::npos);
  manifest.insert(files + 10, "\n  \"novoe.txt\": {\"hash\": \"\", \"size\": 0},\n  \"vtoroe.txt\": {\"hash\": \"\", \"size\": 0},");
  std::ofstream(p.target() / ".nastavnik-manifest.json") << manifest;
  std::ofstream(p.target() / "novoe.txt") << "Новый файл.\n";
  std::ofstream(p.target() / ".vtoroe.txt.nastavnik-tmp") << "Второй но";
  auto resumed = p.publish();
  INFO(resumed.out << resumed.err);
  REQUIRE(resumed.exit_code == 0);
  CHECK(contains(resumed.out, "Прерванная в прошлый раз публикация завершена"));
  CHECK(contains(resumed.out, "Удалено временных файлов прерванной публикации: 1"));
  CHECK(temporary_files(p.target()).empty());
  CHECK(p.published() == p.built());
  CHECK(contains(snapshot(p.target())[".nastavnik-manifest.json"], "\"complete\": true"));
}

TEST_CASE("publish explains a missing target, a bad address and a share that is not mounted") {
  Publisher p;
  write_publish_site(p.site);
  auto none = run_nastavnik_env({}, {"publish", "-s", p.site.path().string(), "-o", (p.build.path() / "site").string()});
  CHECK(none.exit_code == 2);
  CHECK(contains(none.err, "не указано, куда публиковать"));
  CHECK(contains(none.err, "publish:"));

  auto password = p.publish();
  auto with_password = run_nastavnik_env({}, {"publish", "sftp://editor:secret@school.ru/nastavnichestvo/", "-s",
                                              p.site.path().string()});
  CHECK(with_password.exit_code == 2);
  CHECK(contains(with_password.err, "записан пароль"));
  CHECK_FALSE(contains(with_password.err, "secret"));

  auto scheme = run_nastavnik_env({}, {"publish", "http://school.ru/nastavnichestvo/", "-s", p.site.path().string()});
  CHECK(scheme.exit_code == 2);
  CHECK(contains(scheme.err, "sftp://"));

  auto unmounted = run_nastavnik_env({}, {"publish", "file:///mnt/net-share-that-is-not-there/nastavnichestvo/", "-s",
                                          p.site.path().string(), "-o", (p.build.path() / "site").string()});
  INFO(unmounted.err);
  CHECK(unmounted.exit_code == 1);
  CHECK(contains(unmounted.err, "не найдена"));
  CHECK_FALSE(fs::exists("/mnt/net-share-that-is-not-there"));

  auto drafts = run_nastavnik_env({}, {"publish", p.address(), "--drafts", "-s", p.site.path().string()});
  CHECK(drafts.exit_code == 2);
  CHECK(contains(drafts.err, "черновики не публикуются"));
}

TEST_CASE("the target can be saved in site.yaml under publish:") {
  Publisher p;
  write_publish_site(p.site);
  std::string yaml = p.site.read("site.yaml");
  p.site.write("site.yaml", yaml + "publish:\n  target: " + p.address() + "\n");
  auto r = run_nastavnik_env({}, {"publish", "-s", p.site.path().string(), "-o", (p.build.path() / "site").string(),
                                  "--today", kToday});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(contains(r.err, "предупреждение"));  // the field is known: no warning (the subfolder note stays)
  CHECK(p.published() == p.built());

  p.site.write("site.yaml", yaml + "publish:\n  target: ftp://editor:secret@school.ru/nastavnichestvo/\n");
  auto bad = run_nastavnik_env({}, {"publish", "-s", p.site.path().string(), "-o", (p.build.path() / "site").string()});
  CHECK(bad.exit_code == 1);
  CHECK(contains(bad.err, "site.yaml:"));
  CHECK(contains(bad.err, "записан пароль"));
}
