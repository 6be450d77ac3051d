#pragma once
// Texts the scaffolds write for the editor to replace (`nastavnik new`,
// `nastavnik init`). The scaffolds write them from here, and the checks
// before publishing look for them here, so the two never drift apart.
#include <string_view>
#include <vector>

namespace nastavnik {

// The marker a template leaves where only the editor can write the text
// (`nastavnik new`, `init`); `status` lists the files that still have it and
// the checks before publishing refuse a published page that has it.
inline constexpr std::string_view kPlaceholder = "ЗАПОЛНИТЕ";
inline constexpr std::string_view kPlaceholderFullName = "Фамилия Имя Отчество";

// Every text a template or `init` leaves for the editor to replace: the
// marker and the sample values of site.yaml.
inline const std::vector<std::string_view>& template_placeholders() {
  static const std::vector<std::string_view> marks = {kPlaceholder, "example.ru", kPlaceholderFullName,
                                                      "000000, г. Город"};
  return marks;
}

// The bodies earlier versions of `nastavnik new` and `init` wrote, one
// sentence on its own line each: sites made with them may still have them.
inline constexpr std::string_view kTemplatePageBody = "Текст страницы.";
inline constexpr std::string_view kTemplateDocumentBody = "Кратко: о чём документ.";
inline constexpr std::string_view kTemplateEventBody = "О чём мероприятие и кого приглашаем.";
inline constexpr std::string_view kTemplateNewsBody = "Текст новости.";
inline constexpr std::string_view kTemplateMentorBody = "О наставнике: опыт, чем может помочь.";
inline constexpr std::string_view kTemplateHomeBody = "Здесь будет рассказ о том, как в школе устроено наставничество.";

// Every template sentence above: a line of a published page that is exactly
// one of them (spaces aside) was never written by the editor.
inline const std::vector<std::string_view>& template_sentences() {
  static const std::vector<std::string_view> all = {kTemplatePageBody,   kTemplateDocumentBody, kTemplateEventBody,
                                                    kTemplateNewsBody,   kTemplateMentorBody,   kTemplateHomeBody};
  return all;
}

}  // namespace nastavnik
