#include "publish/help.h"

namespace nastavnik {

const std::string& publish_help() {
  static const std::string text =
      "Использование:\n"
      "  nastavnik publish [АДРЕС] [--dry-run] [--overwrite]   на хостинг школы: SFTP, FTP или папка\n"
      "  nastavnik publish --zip ФАЙЛ.zip                      архив для панели хостинга\n"
      "  nastavnik publish --kit ПАПКА                         набор для Госвеба и конструкторов сайтов\n"
      "  nastavnik publish --posts                             тексты для группы школы во ВКонтакте\n"
      "\n"
      "Сначала собирает раздел (как nastavnik build, без черновиков) и проверяет его;\n"
      "при ошибках ничего не публикует.\n"
      "\n"
      "АДРЕС — папка раздела на сервере:\n"
      "  sftp://editor@school7.ru/var/www/school7.ru/nastavnichestvo/\n"
      "  ftp://editor@ftp.school7.ru/public_html/nastavnichestvo/\n"
      "  ftps://editor@ftp.school7.ru/public_html/nastavnichestvo/   (FTP с шифрованием)\n"
      "  file:///mnt/server/nastavnichestvo/                        (сетевая папка)\n"
      "Чтобы не набирать адрес каждый раз, запишите его в site.yaml:\n"
      "  publish:\n"
      "    target: sftp://editor@school7.ru/var/www/school7.ru/nastavnichestvo/\n"
      "и запускайте просто: nastavnik publish\n"
      "\n"
      "Отправляются только изменившиеся файлы; удаляются только те, что раздел\n"
      "публиковал раньше и которых в нём больше нет (например, страница наставника,\n"
      "чьё согласие закончилось). Чужие файлы в той же папке не трогаются. Список\n"
      "опубликованного хранится на сервере в файле .nastavnik-manifest.json.\n"
      "Если публикация прервалась (связь, Ctrl+C), запустите ту же команду снова.\n"
      "\n"
      "Пароль не пишите в site.yaml: программа возьмёт его из файла ~/.netrc\n"
      "(строка «machine school7.ru login editor password …»), из переменной\n"
      "NASTAVNIK_PASSWORD или спросит. Для SFTP удобнее ключ ed25519\n"
      "(ssh-keygen -t ed25519): ключ RSA не подойдёт — его подпись SHA-1 современные\n"
      "серверы OpenSSH не принимают. Ключ сервера сверяется с ~/.ssh/known_hosts.\n"
      "\n"
      "  -n, --dry-run        показать, что будет загружено, заменено и удалено, ничего не меняя\n"
      "      --overwrite      заменить файлы с такими же именами, опубликованные не Наставником\n"
      "      --zip ФАЙЛ       записать раздел в архив .zip (внутри — папка раздела)\n"
      "      --kit ПАПКА      записать набор для вставки: фрагменты страниц, файлы и список index.html\n"
      "      --posts          напечатать тексты постов о новых новостях и мероприятиях\n"
      "  -s, --source ПАПКА   папка сайта с site.yaml (по умолчанию текущая)\n"
      "  -o, --output ПАПКА   папка сборки (по умолчанию site/ в папке сайта)\n"
      "      --today ДАТА     считать сегодняшней эту дату\n"
      "  -q, --quiet          печатать только ошибки\n"
      "\n"
      "Код выхода: 0 — опубликовано, 1 — не опубликовано (ошибки в материалах, проверка\n"
      "или связь с сервером), 2 — ошибка в команде.\n";
  return text;
}

}  // namespace nastavnik
