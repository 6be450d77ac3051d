#pragma once
// Texts the scaffolds write for the editor to replace (`nastavnik new`,
// `nastavnik init`). The scaffolds write them from here, and the checks
// before publishing look for them here, so the two never drift apart.
#include <string_view>
#include <vector>

namespace nastavnik {

inline constexpr std::string_view kPlaceholderFullName = "Фамилия Имя Отчество";

// The bodies `nastavnik new` writes, one sentence on its own line each.
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
