#!/usr/bin/env python3
"""Write a realistic «Наставничество» section of N pages for the benchmark.

    gen_corpus.py --pages 10000 --seed 1 --format nastavnik OUT
    gen_corpus.py --pages 10000 --seed 1 --format hugo OUT

The same seed and size give the same content in both formats: the same
titles, bodies, dates and links, and the same set of output URLs.  Only the
layout differs (where the files lie, how a link is written, which front
matter key a field has), plus, for Hugo, a minimal theme in layouts/.

Python 3 standard library only; deterministic (random.Random(seed), no
clock, no environment).
"""

import argparse
import os
import random
import shutil
import sys

# ---------------------------------------------------------------------------
# THE ONE TABLE: where each kind of content lies.
#
# Practices, news, events and mentors are not content types of nastavnik yet,
# so for nastavnik they are written as free pages in content/pages/<folder>/
# (the folder names must not be reserved section names).  When a type lands,
# switch its "nastavnik" folder to the real content folder (e.g. "practices")
# and give it the type's front matter, and set "list_page" to True once
# nastavnik writes a list page for it (Hugo then writes its section page too).
#
# share: fraction of the N pages.  url: the URL prefix both generators give.
# ---------------------------------------------------------------------------
SECTIONS = {
    #  kind        nastavnik source folder     hugo folder      url prefix       share  list_page
    "practice": {"nastavnik": "pages/praktiki", "hugo": "praktiki", "url": "praktiki", "share": 0.50, "list_page": False},
    "news": {"nastavnik": "pages/novosti", "hugo": "novosti", "url": "novosti", "share": 0.20, "list_page": False},
    "event": {"nastavnik": "pages/meropriyatiya", "hugo": "meropriyatiya", "url": "meropriyatiya", "share": 0.10, "list_page": False},
    "mentor": {"nastavnik": "pages/nastavniki", "hugo": "nastavniki", "url": "nastavniki", "share": 0.08, "list_page": False},
    "document": {"nastavnik": "documents", "hugo": "documents", "url": "documents", "share": 0.07, "list_page": True},
    "page": {"nastavnik": "pages", "hugo": "", "url": "", "share": 0.05, "list_page": False},
}

TODAY = "2027-06-01"  # pass the same to `nastavnik build --today`
BASE_URL = "https://shkola7.severozyorsk.example/nastavnichestvo/"

# ---------------------------------------------------------------------------
# Russian text
# ---------------------------------------------------------------------------
SENTENCES = [
    "Наставничество в школе помогает молодому учителю быстрее войти в профессию и не остаться один на один с трудностями первого года.",
    "Программа построена на регулярных встречах наставника и наставляемого, на взаимном посещении уроков и совместном разборе их результатов.",
    "В начале учебного года куратор проводит анкетирование педагогов и обучающихся, чтобы выявить запросы и подобрать пары.",
    "Наставляемый вместе с наставником составляет индивидуальный план развития с понятными целями и сроками.",
    "По итогам каждой четверти пара обсуждает, что получилось, а что требует доработки, и вносит изменения в план.",
    "Особое внимание уделяется обучающимся с низкой мотивацией и тем, кто испытывает трудности в освоении учебных предметов.",
    "Форма «ученик – ученик» позволяет старшеклассникам поддерживать младших в учёбе, в проектной деятельности и в адаптации к новому коллективу.",
    "Форма «учитель – учитель» используется для сопровождения молодых специалистов и педагогов, сменивших место работы.",
    "В форме «работодатель – ученик» представители предприятий знакомят школьников с профессиями и проводят профессиональные пробы.",
    "Персонализированные программы наставничества для педагогов составляются с учётом их профессиональных дефицитов, выявленных при диагностике.",
    "Методическое объединение ежемесячно рассматривает ход реализации программы и предлагает меры по её улучшению.",
    "Результаты работы размещаются в разделе «Наставничество» на сайте школы и обсуждаются на педагогическом совете.",
    "Не менее 70% обучающихся вовлечены в различные формы наставничества, что соответствует показателям дорожной карты.",
    "Доля молодых специалистов, закрепившихся в профессии после трёх лет работы, выросла по сравнению с прошлым годом.",
    "Участники отметили, что совместная подготовка к урокам экономит время и снижает тревожность перед открытыми мероприятиями.",
    "Для оценки эффективности используются анкеты удовлетворённости, результаты диагностических работ и портфолио наставляемых.",
    "Важно, чтобы наставник не подменял собой наставляемого, а помогал ему самостоятельно находить решения.",
    "Встречи проходят очно в кабинете наставника, а при необходимости — в формате видеоконференции.",
    "Опыт школы был представлен на муниципальном семинаре и получил высокую оценку коллег.",
    "В рамках проекта обучающиеся подготовили исследовательские работы и выступили с ними на научно-практической конференции.",
    "Наставник помогает составить технологическую карту урока, подобрать задания разного уровня сложности и продумать систему оценивания.",
    "Пары формируются добровольно, с учётом интересов, характера и совместимости участников.",
    "Каждая встреча завершается рефлексией: наставляемый записывает, что нового узнал и что будет делать дальше.",
    "Родители обучающихся информируются о целях программы и дают согласие на участие детей.",
    "Ресурсный центр наставничества оказывает методическую поддержку и проводит обучение наставников.",
    "По итогам года лучшие пары награждаются грамотами, а их опыт включается в методическую копилку.",
    "Практика может быть перенесена в другие образовательные организации без дополнительных затрат.",
    "Для подготовки к олимпиадам старшеклассники-наставники проводят консультации и разбирают задания прошлых лет.",
    "Куратор ведёт базу наставников и базу наставляемых, обновляя её не реже одного раза в полугодие.",
    "Взаимодействие с социальными партнёрами закреплено договорами о сотрудничестве.",
    "В течение года проведено двенадцать встреч, два открытых урока и одна экскурсия на предприятие.",
    "Педагог-психолог сопровождает пары и помогает разрешать возникающие затруднения.",
    "Наставляемые отмечают рост уверенности в себе и интереса к предмету.",
    "Сроки реализации этапов определяются дорожной картой, утверждённой приказом директора.",
    "Материалы практики доступны в открытом доступе и могут использоваться с указанием авторов.",
    "Мероприятие приурочено ко Дню наставника и проходит при поддержке управления образования.",
    "Участие бесплатное, необходима предварительная регистрация по ссылке.",
    "В программе — выступления наставников, мастер-классы и обсуждение в малых группах.",
    "Итоги анкетирования показали, что большинство участников удовлетворены работой в паре.",
    "Школа продолжает набор наставников из числа педагогов, обучающихся старших классов и представителей предприятий.",
    "Для молодых учителей организован цикл практических занятий по классному руководству и работе с родителями.",
    "Совет наставников собирается один раз в квартал и подводит промежуточные итоги.",
    "Содержание программы согласовано с рабочей программой воспитания и планом внеурочной деятельности.",
    "Каждый участник получил памятку с контактами куратора и графиком встреч.",
    "Наставник имеет высшую квалификационную категорию и стаж педагогической работы более пятнадцати лет.",
    "Она руководит методическим объединением учителей начальных классов и является экспертом региональных конкурсов.",
    "Он проводит занятия в кружке робототехники и готовит обучающихся к инженерным соревнованиям.",
    "В работе с наставляемыми использует технологии формирующего оценивания и смыслового чтения.",
    "Выпускники школы, прошедшие программу, возвращаются в качестве наставников для младших.",
    "Документ определяет порядок организации наставничества, права и обязанности участников, а также формы отчётности.",
    "Изменения вносятся по решению педагогического совета и утверждаются приказом директора.",
    "Дорожная карта содержит мероприятия, сроки, ответственных и ожидаемые результаты по каждому направлению.",
]

SHORT_TITLES = [
    "Первые шаги в профессии", "Школа молодого педагога", "Читаем вместе", "Мир профессий", "Шаг навстречу",
    "Старший друг", "Цифровой наставник", "Открытый урок", "Лаборатория проектов", "Инженерный класс",
    "Учимся учиться", "Навигатор профессий", "Сильные стороны", "Точка роста", "Мастерская наставника",
    "Клуб юных исследователей", "Ступени мастерства", "Педагогический дебют", "Вместе к успеху", "Олимпиадный резерв",
    "Вектор развития", "Классный руководитель: начало", "Азбука наставничества", "Проектная неделя", "Мост поколений",
]
SUBJECTS = ["математика", "русский язык", "литература", "физика", "химия", "биология", "история", "обществознание",
            "информатика", "география", "английский язык", "технология", "музыка", "физическая культура",
            "изобразительное искусство", "основы безопасности жизнедеятельности"]
FORMS = ["«ученик – ученик»", "«учитель – учитель»", "«студент – ученик»", "«работодатель – ученик»",
         "«работодатель – студент»"]
ROLES = ["«успевающий – неуспевающий»", "«лидер – пассивный»", "«равный – равному»", "«опытный педагог – молодой специалист»",
         "«лидер – неактивный педагог»", "«педагог-новатор – консервативный педагог»", "«активный профессионал – равнодушный потребитель»"]
LEVELS_EDU = ["ДОО", "НОО", "ООО", "СОО", "СПО", "ДО"]
SURNAMES = ["Иванова", "Петров", "Смирнова", "Кузнецов", "Соколова", "Попов", "Лебедева", "Козлов", "Новикова",
            "Морозов", "Волкова", "Алексеев", "Фёдорова", "Николаев", "Орлова", "Захаров", "Павлова", "Семёнов",
            "Голубева", "Виноградов", "Богданова", "Воробьёв", "Тарасова", "Белов", "Комарова", "Медведев"]
NAMES_F = ["Анна Сергеевна", "Елена Викторовна", "Ольга Николаевна", "Татьяна Ивановна", "Марина Александровна",
           "Наталья Петровна", "Ирина Владимировна", "Светлана Юрьевна"]
NAMES_M = ["Алексей Викторович", "Дмитрий Олегович", "Сергей Иванович", "Андрей Николаевич", "Михаил Юрьевич",
           "Павел Андреевич", "Игорь Петрович"]
PLACES = ["актовый зал", "кабинет 214", "библиотека школы", "онлайн, платформа Сферум", "ресурсный центр наставничества",
          "АО «Северозёрский механический завод»", "Дом детского творчества"]
EVENT_KINDS = ["Семинар", "Мастер-класс", "Вебинар", "Встреча", "Круглый стол", "Конференция", "Экскурсия",
               "Неделя профессиональных проб", "Фестиваль", "Педагогическая мастерская"]
NEWS_OPENERS = ["Подведены итоги", "Состоялся", "Стартовал", "Завершился", "Объявлен набор", "Опубликованы материалы",
                "Прошёл", "Наши наставники приняли участие", "Сформированы пары", "Обновлена база наставников"]
DOC_KINDS = [  # (type, title pattern, level, issuer)
    ("order", "Об организации наставничества в {y}/{y1} учебном году", "school", "МБОУ «СОШ № 7»"),
    ("regulation", "Положение о системе наставничества педагогических работников", "school", "МБОУ «СОШ № 7»"),
    ("programme", "Программа наставничества на {y}–{y1} годы", "school", "МБОУ «СОШ № 7»"),
    ("roadmap", "Дорожная карта внедрения целевой модели наставничества на {y}/{y1} учебный год", "school", "МБОУ «СОШ № 7»"),
    ("directive", "О внедрении целевой модели наставничества в муниципальных образовательных организациях", "municipal", "Управление образования г. Северозёрска"),
    ("letter", "О методических рекомендациях по организации наставничества", "regional", "Министерство образования Северозёрской области"),
    ("recommendations", "Методические рекомендации по разработке программ наставничества", "regional", "Региональный центр наставничества"),
    ("law", "Об образовании в Российской Федерации (извлечение)", "federal", "Федеральное Собрание Российской Федерации"),
    ("report", "Отчёт о реализации программы наставничества за {y}/{y1} учебный год", "school", "МБОУ «СОШ № 7»"),
    ("plan", "План мероприятий по наставничеству на {y} год", "municipal", "Управление образования г. Северозёрска"),
]
FREE_PAGES = [  # fixed pages the menu links to, then generated ones
    ("o-nastavnichestve", "О наставничестве"),
    ("kontakty", "Куратор и контакты"),
    ("voprosy-roditeley", "Вопросы родителей"),
]

TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def slug(text, limit=5):
    out, word = [], ""
    for ch in text.lower():
        if ch in TRANSLIT:
            word += TRANSLIT[ch]
        elif ch.isascii() and ch.isalnum():
            word += ch
        else:
            if word:
                out.append(word)
            word = ""
    if word:
        out.append(word)
    return "-".join(out[:limit])


class Item:
    def __init__(self, kind, index, title):
        self.kind = kind
        self.index = index
        self.title = title
        self.name = "%s-%05d" % (slug(title), index)  # file stem, ASCII, unique within the kind
        self.fields = {}  # front matter beyond title (common keys)
        self.body = ""
        self.links = []  # Item objects this body links to (filled before rendering)
        self.draft = False


def date_between(rnd, y0, y1):
    y = rnd.randint(y0, y1)
    m = rnd.randint(1, 12)
    d = rnd.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)


class Text:
    def __init__(self, rnd):
        self.r = rnd

    def sentence(self):
        return self.r.choice(SENTENCES)

    def para(self, lo=3, hi=6):
        sents = [self.sentence() for _ in range(self.r.randint(lo, hi))]
        # a little inline markup
        k = self.r.randrange(len(sents))
        if self.r.random() < 0.3:
            words = sents[k].split(" ")
            if len(words) > 4:
                j = self.r.randrange(len(words) - 2)
                words[j] = "**" + words[j] + "**"
                sents[k] = " ".join(words)
        return " ".join(sents)

    def person(self):
        if self.r.random() < 0.65:
            return self.r.choice(SURNAMES[0::2]) + " " + self.r.choice(NAMES_F)
        return self.r.choice(SURNAMES[1::2]) + " " + self.r.choice(NAMES_M)

    def bullets(self, lo=3, hi=7, ordered=False):
        lines = []
        for i in range(self.r.randint(lo, hi)):
            s = self.sentence()
            lines.append(("%d. " % (i + 1) if ordered else "- ") + s)
        return "\n".join(lines)


# ---------------------------------------------------------------------------
# Content plan (format-independent)
# ---------------------------------------------------------------------------
def plan(n, seed):
    rnd = random.Random(seed)
    t = Text(rnd)
    counts = {}
    kinds = list(SECTIONS)
    for k in kinds:
        counts[k] = int(round(n * SECTIONS[k]["share"]))
    counts["page"] = max(len(FREE_PAGES), n - sum(counts[k] for k in kinds if k != "page"))
    items = {k: [] for k in kinds}

    for i in range(counts["practice"]):
        title = "Практика «%s»: %s, %s" % (rnd.choice(SHORT_TITLES), rnd.choice(SUBJECTS), rnd.choice(LEVELS_EDU))
        it = Item("practice", i, title)
        it.fields["date"] = date_between(rnd, 2022, 2026)
        it.fields["updated"] = date_between(rnd, 2026, 2026)
        it.fields["description"] = "Практика наставничества в форме %s: %s." % (rnd.choice(FORMS), rnd.choice(SUBJECTS))
        items["practice"].append(it)
    for i in range(counts["news"]):
        title = "%s: %s" % (rnd.choice(NEWS_OPENERS), rnd.choice(SHORT_TITLES).lower())
        it = Item("news", i, title)
        it.fields["date"] = date_between(rnd, 2023, 2027)
        it.fields["description"] = t.sentence()
        items["news"].append(it)
    for i in range(counts["event"]):
        title = "%s «%s»" % (rnd.choice(EVENT_KINDS), rnd.choice(SHORT_TITLES))
        it = Item("event", i, title)
        it.fields["date"] = date_between(rnd, 2024, 2028)
        it.fields["description"] = t.sentence()
        items["event"].append(it)
    for i in range(counts["mentor"]):
        person = t.person()
        it = Item("mentor", i, person)
        it.fields["description"] = "Наставник: %s, форма %s." % (rnd.choice(SUBJECTS), rnd.choice(FORMS))
        it.fields["weight"] = i + 1
        items["mentor"].append(it)
    for i in range(counts["document"]):
        dtype, pattern, level, issuer = rnd.choice(DOC_KINDS)
        y = rnd.randint(2019, 2026)
        it = Item("document", i, pattern.format(y=y, y1=y + 1))
        it.fields["doc_type"] = dtype
        it.fields["level"] = level
        it.fields["number"] = "%d-%s" % (rnd.randint(1, 999), rnd.choice(["о", "р", "од", "ОД"]))
        it.fields["date"] = date_between(rnd, y, y)
        it.fields["issuer"] = issuer
        # Every document has an attached file or a link to the official publication.
        it.attachment = ("files/%s.pdf" % it.name) if rnd.random() < 0.6 else None
        if not it.attachment or rnd.random() < 0.3:
            it.fields["url"] = "https://docs.example.ru/%s/%d" % (dtype, rnd.randint(1000, 99999))
        items["document"].append(it)
    for i in range(counts["page"]):
        if i < len(FREE_PAGES):
            it = Item("page", i, FREE_PAGES[i][1])
            it.name = FREE_PAGES[i][0]
        else:
            it = Item("page", i, "%s: %s" % (rnd.choice(["Памятка", "Справка", "Вопросы и ответы", "Методическая копилка", "Для родителей", "Для наставников"]), rnd.choice(SHORT_TITLES)))
        it.fields["weight"] = i + 1
        it.fields["description"] = t.sentence()
        items["page"].append(it)

    # A few drafts (both generators leave them out); never linked to.
    for it in items["news"]:
        if rnd.random() < 0.01:
            it.draft = True

    linkable = {k: [x for x in v if not x.draft] for k, v in items.items()}

    def pick(kind):
        pool = linkable[kind]
        return rnd.choice(pool) if pool else None

    # Bodies.  Links are kept symbolically (placeholders) and resolved per format.
    for it in items["practice"]:
        it.links = [x for x in (pick("practice"), pick("practice"), pick("mentor"), pick("document"), pick("news")) if x]
        it.body = practice_body(t, it)
    for it in items["news"]:
        it.links = [x for x in (pick("practice"), pick("event")) if x]
        it.body = news_body(t, it)
    for it in items["event"]:
        it.links = [x for x in (pick("practice"), pick("document")) if x]
        it.body = event_body(t, it)
    for it in items["mentor"]:
        it.links = [x for x in (pick("practice"),) if x]
        it.body = mentor_body(t, it)
    for it in items["document"]:
        it.links = []
        it.body = "\n\n".join(t.para(1, 3) for _ in range(rnd.randint(1, 2))) + "\n"
    for it in items["page"]:
        it.links = [x for x in (pick("document"), pick("practice"), pick("mentor")) if x]
        it.body = page_body(t, it)
    home = "\n\n".join(t.para() for _ in range(3)) + "\n"
    return items, home


def link(i):
    return "{{LINK:%d}}" % i  # replaced by a relative path to it.links[i]


def practice_body(t, it):
    r = t.r
    out = []
    out.append("**Организация:** МБОУ «СОШ № 7» г. Северозёрска  \n**Авторы:** %s, %s  \n**Форма наставничества:** %s, ролевая модель %s  \n**Уровень образования:** %s  \n**Предметы:** %s, %s"
               % (t.person(), t.person(), r.choice(FORMS), r.choice(ROLES), r.choice(LEVELS_EDU), r.choice(SUBJECTS), r.choice(SUBJECTS)))
    out.append("## Проблема\n\n" + t.para() + "\n\n" + t.para())
    out.append("## Цель и задачи\n\n" + t.para(2, 3) + "\n\n" + t.bullets(3, 6, ordered=True))
    rows = ["| Категория участников | Количество |", "| --- | ---: |"]
    for cat in ["Наставники", "Наставляемые", "Родители", "Партнёры"]:
        rows.append("| %s | %d |" % (cat, r.randint(2, 120)))
    out.append("## Целевая аудитория\n\n" + t.para(1, 2) + "\n\n" + "\n".join(rows))
    rows = ["| Этап | Сроки | Содержание |", "| --- | --- | --- |"]
    for k, stage in enumerate(["Подготовительный", "Диагностический", "Основной", "Аналитический", "Заключительный"]):
        rows.append("| %d. %s | %s | %s |" % (k + 1, stage, r.choice(["сентябрь", "октябрь–ноябрь", "в течение года", "апрель–май", "май"]), t.sentence()))
    out.append("## Этапы и сроки\n\n" + "\n".join(rows))
    out.append("## Содержание и методы\n\n" + t.para() + "\n\n" + t.bullets(4, 7) + "\n\n" + t.para()
               + "\n\n### Формы работы\n\n" + t.bullets(3, 5) + "\n\n" + t.para(2, 4))
    out.append("## Ресурсы\n\n" + t.bullets(3, 5))
    rows = ["| Показатель | Было | Стало |", "| --- | ---: | ---: |"]
    for ind in ["Доля вовлечённых обучающихся, %", "Средний балл по предмету", "Удовлетворённость участников, %", "Число участников конкурсов"]:
        a = r.randint(10, 60)
        rows.append("| %s | %d | %d |" % (ind, a, a + r.randint(3, 30)))
    out.append("## Результаты и показатели\n\n" + "\n".join(rows) + "\n\n" + t.para())
    out.append("## Новизна\n\n" + t.para(2, 4))
    out.append("## Как использовать опыт\n\n" + t.para(2, 4) + " Подробнее — в материале [«%s»](%s)." % (it.links[0].title, link(0)))
    rel = ["- [%s](%s)" % (x.title, link(k)) for k, x in enumerate(it.links)]
    out.append("## Связанные материалы\n\n" + "\n".join(rel))
    return "\n\n".join(out) + "\n"


def news_body(t, it):
    r = t.r
    out = [t.para(2, 4), t.para(), "Подробнее о практике — [«%s»](%s)." % (it.links[0].title, link(0))]
    if r.random() < 0.5:
        out.append(t.bullets(2, 4))
    out.append(t.para(2, 3) + " Анонс: [%s](%s)." % (it.links[1].title, link(1)))
    return "\n\n".join(out) + "\n"


def event_body(t, it):
    r = t.r
    rows = ["| | |", "| --- | --- |",
            "| Когда | %s, %02d:00 |" % (it.fields["date"], r.randint(9, 17)),
            "| Где | %s |" % r.choice(PLACES),
            "| Формат | %s |" % r.choice(["очно", "онлайн", "очно и онлайн"]),
            "| Участники | %s |" % r.choice(["педагоги", "обучающиеся 5–9 классов", "наставники и наставляемые", "родители"])]
    out = [t.para(2, 4), "\n".join(rows), "## Программа\n\n" + t.bullets(3, 6, ordered=True),
           t.para(1, 3) + " Материалы: [%s](%s), [%s](%s)." % (it.links[0].title, link(0), it.links[1].title, link(1))]
    return "\n\n".join(out) + "\n"


def mentor_body(t, it):
    r = t.r
    out = ["**Должность:** учитель (%s)  \n**Стаж:** %d лет  \n**Категория:** %s"
           % (r.choice(SUBJECTS), r.randint(3, 35), r.choice(["высшая", "первая", "соответствие занимаемой должности"])),
           t.para(2, 4), "## Направления работы\n\n" + t.bullets(2, 4), t.para(1, 3),
           "Практика наставника: [%s](%s)." % (it.links[0].title, link(0))]
    return "\n\n".join(out) + "\n"


def page_body(t, it):
    out = [t.para()]
    for h in ["Общие сведения", "Как принять участие", "Полезные материалы"][: t.r.randint(2, 3)]:
        out.append("## " + h + "\n\n" + t.para() + "\n\n" + t.bullets(2, 5))
    out.append("См. также: [%s](%s), [%s](%s), [%s](%s)." % (it.links[0].title, link(0), it.links[1].title, link(1),
                                                             it.links[2].title, link(2)))
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def yq(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def source_path(fmt, it):
    """Path of an item's Markdown file below content/."""
    folder = SECTIONS[it.kind][fmt]
    return (folder + "/" if folder else "") + it.name + ".md"


def resolve_links(fmt, it):
    here = os.path.dirname(source_path(fmt, it))
    body = it.body
    for k, target in enumerate(it.links):
        rel = os.path.relpath(source_path(fmt, target), here or ".")
        body = body.replace(link(k), rel.replace(os.sep, "/"))
    return body


def front_matter(fmt, it):
    lines = ["---", "title: " + yq(it.title)]
    for key, val in it.fields.items():
        if key == "doc_type":
            key = "type" if fmt == "nastavnik" else "doc_type"  # `type` picks layouts in Hugo
        if fmt == "hugo":  # keys that mean something else in Hugo
            key = {"updated": "lastmod", "url": "official_url"}.get(key, key)
        lines.append("%s: %s" % (key, val if isinstance(val, int) or key in ("date", "updated", "lastmod") else yq(val)))
    if it.kind == "document" and it.attachment:
        if fmt == "nastavnik":
            lines.append("file: " + it.attachment)
        else:
            lines.append("file: " + yq("documents/" + it.attachment))
    if it.draft:
        lines.append("draft: true")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def fake_pdf(it):
    body = ("%%PDF-1.4\n%% %s\n" % it.title).encode("utf-8")
    return body + b"0" * (2048 + (it.index * 37) % 4096) + b"\n%%EOF\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


SITE_YAML = """title: Наставничество
description: Целевая модель наставничества в МБОУ «СОШ № 7» г. Северозёрска
base_url: {base}
language: ru
timezone: Asia/Krasnoyarsk
academic_year: 2026-2027
organisation:
  full_name: Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7» г. Северозёрска
  short_name: МБОУ «СОШ № 7»
  address: 662910, Северозёрская область, г. Северозёрск, ул. Учительская, д. 12
  phone: +7 (39132) 4-17-70
  email: sosh7@severozyorsk.example
  website: https://shkola7.severozyorsk.example/
curator:
  name: Соколова Ирина Владимировна
  position: заместитель директора по учебно-воспитательной работе
  phone: +7 (39132) 4-17-72
  email: nastavnik@severozyorsk.example
menu:
  - title: О наставничестве
    link: pages/o-nastavnichestve.md
  - title: Документы
    link: /documents/
  - title: Вопросы родителей
    link: pages/voprosy-roditeley.md
  - title: Куратор и контакты
    link: pages/kontakty.md
"""


def write_nastavnik(out, items, home):
    write(os.path.join(out, "site.yaml"), SITE_YAML.format(base=BASE_URL))
    write(os.path.join(out, "content", "_index.md"), "---\ntitle: Наставничество\n---\n\n" + home)
    for kind, lst in items.items():
        for it in lst:
            write(os.path.join(out, "content", source_path("nastavnik", it)), front_matter("nastavnik", it) + resolve_links("nastavnik", it))
            if kind == "document" and it.attachment:
                p = os.path.join(out, "content", SECTIONS["document"]["nastavnik"], it.attachment)
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "wb") as f:
                    f.write(fake_pdf(it))


HUGO_CONFIG = """baseURL: {base}
languageCode: ru
defaultContentLanguage: ru
title: Наставничество
theme: bench
buildFuture: true
disableKinds: [taxonomy, term]
enableRobotsTXT: true
rssLimit: 20
outputs:
  home: [HTML, RSS]
  section: [HTML]
  page: [HTML]
params:
  org_full: Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7» г. Северозёрска
  org_short: МБОУ «СОШ № 7»
  address: 662910, Северозёрская область, г. Северозёрск, ул. Учительская, д. 12
  phone: +7 (39132) 4-17-70
  email: sosh7@severozyorsk.example
  website: https://shkola7.severozyorsk.example/
  curator: Соколова Ирина Владимировна
menu:
  main:
    - {{name: О наставничестве, url: o-nastavnichestve/, weight: 1}}
    - {{name: Документы, url: documents/, weight: 2}}
    - {{name: Вопросы родителей, url: voprosy-roditeley/, weight: 3}}
    - {{name: Куратор и контакты, url: kontakty/, weight: 4}}
"""

THEME_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-theme")


def write_hugo(out, items, home):
    write(os.path.join(out, "config.yaml"), HUGO_CONFIG.format(base=BASE_URL))
    write(os.path.join(out, "content", "_index.md"), "---\ntitle: Наставничество\n---\n\n" + home)
    # nastavnik writes an accessibility page (dostupnost/) by itself.
    write(os.path.join(out, "content", "dostupnost.md"),
          "---\ntitle: Версия для слабовидящих\n---\n\nНастройки шрифта, цвета и интервалов для слабовидящих посетителей.\n")
    for kind, lst in items.items():
        folder = SECTIONS[kind]["hugo"]
        if folder:
            render = "always" if SECTIONS[kind]["list_page"] else "never"
            write(os.path.join(out, "content", folder, "_index.md"),
                  "---\ntitle: %s\n_build:\n  render: %s\n  list: always\n---\n" % (yq(folder), render))
        for it in lst:
            write(os.path.join(out, "content", source_path("hugo", it)), front_matter("hugo", it) + resolve_links("hugo", it))
            if kind == "document" and it.attachment:
                p = os.path.join(out, "static", "documents", it.attachment)
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "wb") as f:
                    f.write(fake_pdf(it))
    shutil.copytree(THEME_DIR, os.path.join(out, "themes", "bench"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="folder to write (must not exist or be empty)")
    ap.add_argument("--pages", "-n", type=int, default=1000, help="number of content pages (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--format", choices=["nastavnik", "hugo"], default="nastavnik")
    ap.add_argument("--stats", action="store_true", help="print counts per kind and Markdown bytes")
    a = ap.parse_args()
    if os.path.exists(a.out) and os.listdir(a.out):
        sys.exit("gen_corpus.py: %s exists and is not empty" % a.out)
    items, home = plan(a.pages, a.seed)
    (write_nastavnik if a.format == "nastavnik" else write_hugo)(a.out, items, home)
    if a.stats:
        for k, v in items.items():
            print("%-9s %6d  (%d drafts)" % (k, len(v), sum(1 for x in v if x.draft)))
        print("markdown body bytes: %d" % sum(len(x.body.encode()) for v in items.values() for x in v))


if __name__ == "__main__":
    main()
