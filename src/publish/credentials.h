#pragma once
// Secrets for a target, never from site.yaml: the password from the
// environment (NASTAVNIK_PASSWORD) or a prompt on a terminal, with ~/.netrc
// read by libcurl itself; the SSH key from the usual files. Passwords are
// never printed or logged.
#include <optional>
#include <string>

namespace nastavnik {

// NASTAVNIK_PASSWORD, when set and not empty.
std::optional<std::string> password_from_environment();

// Asks for the password on the terminal without echoing it; nullopt when
// standard input is not a terminal (CI, scripts) or nothing was typed.
std::optional<std::string> ask_password(const std::string& prompt);

// The SSH private key to use: `configured` (a leading ~/ is the home
// folder) or the first of ~/.ssh/id_ed25519, id_ecdsa, id_rsa that exists;
// "" when there is none.
std::string ssh_key_file(const std::string& configured);

// ~/.ssh/known_hosts.
std::string known_hosts_file();

std::string home_folder();

}  // namespace nastavnik
