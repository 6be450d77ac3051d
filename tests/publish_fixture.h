#pragma once
// Helpers for the publish tests: run `nastavnik publish` with a chosen
// environment (HOME, passwords) and no terminal, and look at a target
// folder the way a reader of the server would.
#include <map>
#include <string>
#include <vector>

#include "site_fixture.h"

namespace fixture {

// Runs nastavnik with `env` ("NAME=value") added and standard input from
// /dev/null (never a password prompt).
RunResult run_nastavnik_env(const std::vector<std::string>& env, const std::vector<std::string>& args);

// Inode of every file below `dir`: a file that went up again (temporary
// name, then rename) has a new one, whatever its bytes.
std::map<std::string, unsigned long> inodes(const fs::path& dir);

// Paths whose inode differs between two inode maps, or that are new.
std::vector<std::string> replaced(const std::map<std::string, unsigned long>& before,
                                  const std::map<std::string, unsigned long>& after);

// Files left by an interrupted transfer (".name.nastavnik-tmp").
std::vector<std::string> temporary_files(const fs::path& dir);

// A small site with a static file, two pages and a document.
void write_publish_site(const TempDir& site);

}  // namespace fixture
