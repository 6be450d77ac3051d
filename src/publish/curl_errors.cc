#include "publish/curl_errors.h"

namespace nastavnik {

namespace {

std::string host_and_port(const TargetAddress& a) {
  return a.port ? a.host + ":" + std::to_string(a.port) : a.host;
}

// The name ssh-keyscan and known_hosts use: "host" or "[host]:port".
std::string known_hosts_name(const TargetAddress& a) {
  return a.port && a.port != 22 ? "[" + a.host + "]:" + std::to_string(a.port) : a.host;
}

std::string keyscan_command(const TargetAddress& a) {
  return "ssh-keyscan -t ed25519" + (a.port && a.port != 22 ? " -p " + std::to_string(a.port) : std::string()) + " " +
         a.host + " >> ~/.ssh/known_hosts";
}

[[noreturn]] void host_key_failure(const TargetAddress& a, HostKeyVerdict verdict) {
  if (verdict == HostKeyVerdict::changed)
    throw TargetError(
        FailureKind::host_key_changed,
        "ключ сервера " + host_and_port(a) + " не совпадает с записанным в ~/.ssh/known_hosts — соединение прервано. "
        "Так бывает, если хостинг сменил сервер, но так же выглядит и подмена сервера злоумышленником",
        "ничего не отправлено. Узнайте у хостинга, менялся ли ключ сервера, и сверьте отпечаток (SHA256:…). Если "
        "хостинг подтвердил смену, удалите старую запись: ssh-keygen -R '" + known_hosts_name(a) +
        "', затем добавьте новую: " + keyscan_command(a));
  throw TargetError(
      FailureKind::host_key_unknown,
      "сервер " + host_and_port(a) + " ещё неизвестен: его ключа нет в ~/.ssh/known_hosts, поэтому соединение прервано "
      "(так программа защищает пароль и файлы от подменённого сервера)",
      "добавьте ключ сервера: " + keyscan_command(a) + " — и сверьте его отпечаток (ssh-keygen -lf ~/.ssh/known_hosts) "
      "с тем, что сообщает хостинг; или подключитесь один раз командой ssh " +
      (a.port && a.port != 22 ? "-p " + std::to_string(a.port) + " " : std::string()) + a.user + "@" + a.host +
      " и ответьте yes. Затем запустите публикацию снова");
}

bool space_reply(long r) { return r == 452 || r == 552; }
bool permission_reply(long r) { return r == 550 || r == 553 || r == 532; }

}  // namespace

void throw_curl_failure(const TargetAddress& a, const CurlFailure& f) {
  const std::string where = " (" + f.what + ")";
  switch (f.code) {
    case CURLE_COULDNT_RESOLVE_HOST:
      throw TargetError(FailureKind::host_not_found, "сервер «" + a.host + "» не найден",
                        "проверьте имя сервера в адресе публикации (его сообщает хостинг) и подключение к интернету");
    case CURLE_COULDNT_CONNECT:
      throw TargetError(FailureKind::cannot_connect, "не удалось подключиться к " + host_and_port(a),
                        "сервер не отвечает: проверьте подключение к интернету и порт в адресе (SFTP обычно 22, FTP — "
                        "21); возможно, сервер временно недоступен — попробуйте позже");
    case CURLE_LOGIN_DENIED:
      throw TargetError(FailureKind::login_refused,
                        "сервер " + host_and_port(a) + " не принял имя пользователя «" + a.user + "» или пароль",
                        a.protocol == Protocol::sftp
                            ? "проверьте имя в адресе; вход по ключу: ключ ed25519 (ssh-keygen -t ed25519), его открытая "
                              "часть (.pub) — в ~/.ssh/authorized_keys на сервере; вход по паролю: строка «machine " +
                                  a.host + " login " + a.user +
                                  " password …» в ~/.netrc, переменная NASTAVNIK_PASSWORD или ввод пароля по запросу"
                            : "проверьте имя в адресе и пароль: строка «machine " + a.host + " login " + a.user +
                                  " password …» в ~/.netrc, переменная NASTAVNIK_PASSWORD или ввод пароля по запросу");
    case CURLE_PEER_FAILED_VERIFICATION:
      if (f.host_key == HostKeyVerdict::unknown || f.host_key == HostKeyVerdict::changed) host_key_failure(a, f.host_key);
      throw TargetError(FailureKind::certificate, "сертификат сервера " + host_and_port(a) + " не прошёл проверку",
                        "если у сервера собственный (например, муниципальный) сертификат, сохраните файл его "
                        "сертификата и укажите путь к нему в переменной NASTAVNIK_CA_FILE");
    case CURLE_USE_SSL_FAILED:
      throw TargetError(FailureKind::certificate, "сервер " + host_and_port(a) + " не поддерживает FTP с шифрованием",
                        "спросите хостинг, как подключаться по SFTP (sftp://…), и используйте его");
    case CURLE_REMOTE_DISK_FULL:
      throw TargetError(FailureKind::no_space, "на сервере закончилось место" + where,
                        "удалите ненужные файлы на хостинге или увеличьте место в тарифе, затем запустите публикацию "
                        "снова: она продолжится");
    case CURLE_ABORTED_BY_CALLBACK:
      throw TargetError(FailureKind::interrupted, "публикация прервана",
                        "запустите её снова той же командой: она продолжится, уже отправленные файлы не пойдут заново");
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_FTP_ACCEPT_TIMEOUT:
      throw TargetError(FailureKind::connection_lost, "связь с сервером " + host_and_port(a) + " прервалась" + where,
                        "проверьте подключение к интернету и запустите публикацию снова: она продолжится с того места, "
                        "где остановилась");
    default:
      break;
  }
  if (space_reply(f.response))
    throw TargetError(FailureKind::no_space, "на сервере закончилось место" + where,
                      "удалите ненужные файлы на хостинге или увеличьте место в тарифе, затем запустите публикацию снова");
  if (f.code == CURLE_REMOTE_ACCESS_DENIED || f.code == CURLE_UPLOAD_FAILED || permission_reply(f.response) ||
      f.detail.find("ermission denied") != std::string::npos)
    throw TargetError(FailureKind::permission_denied, "нет прав на запись в " + a.shown + where,
                      "проверьте путь в адресе публикации и спросите хостинг, есть ли у пользователя «" + a.user +
                          "» права на запись в эту папку");
  throw TargetError(FailureKind::other,
                    "не удалось " + f.what + " на " + host_and_port(a) + ": " +
                        (f.detail.empty() ? curl_easy_strerror(f.code) : f.detail),
                    "проверьте адрес публикации и запустите её снова; если ошибка повторяется, покажите это "
                    "сообщение хостингу");
}

}  // namespace nastavnik
