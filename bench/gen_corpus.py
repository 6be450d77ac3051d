#!/usr/bin/env python3
"""Write a realistic «Наставничество» section of N pages for the benchmark.

    gen_corpus.py --pages 10000 --seed 1 --format nastavnik OUT
    gen_corpus.py --pages 10000 --seed 1 --format hugo OUT
    gen_corpus.py --pages 10000 --seed 1 --format markdown --chunks 2 OUT   # the floor's input

The same seed and size give the same content in both formats: the same
titles, bodies, dates and links, and the same set of output URLs.  Only the
layout differs (where the files lie, how a link is written, which front
matter key a field has), plus, for Hugo, the theme in bench/hugo-theme/
(copied to themes/bench/), facet terms as taxonomies and data/labels.yaml.

Python 3 standard library only; deterministic (random.Random(seed), no
clock, no environment).
"""

import argparse
import datetime
import os
import random
import shutil
import sys

# ---------------------------------------------------------------------------
# THE ONE TABLE: where each kind of content lies.
#
# share: fraction of the N pages.  url: the URL prefix both generators give
# (nastavnik's content folder names its section; Hugo gets the same folder).
# Free pages lie in content/pages/ for nastavnik and at the content root for
# Hugo, so both give them root URLs.
# ---------------------------------------------------------------------------
SECTIONS = {
    #  kind        nastavnik source folder  hugo folder          url prefix           share
    "practice": {"nastavnik": "practices", "hugo": "practices", "url": "practices", "share": 0.50},
    "news": {"nastavnik": "news", "hugo": "news", "url": "news", "share": 0.20},
    "event": {"nastavnik": "events", "hugo": "events", "url": "events", "share": 0.10},
    "mentor": {"nastavnik": "mentors", "hugo": "mentors", "url": "mentors", "share": 0.08},
    "document": {"nastavnik": "documents", "hugo": "documents", "url": "documents", "share": 0.07},
    "page": {"nastavnik": "pages", "hugo": "", "url": "", "share": 0.05},
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
# The controlled lists of nastavnik (src/practice.cc, src/mentor.cc): code, label, URL slug, role models.
FORMS = [
    ("student_student", "ученик – ученик", "uchenik-uchenik",
     ["успевающий – неуспевающий", "лидер – пассивный", "равный – равному", "адаптированный – неадаптированный"]),
    ("teacher_teacher", "учитель – учитель", "uchitel-uchitel",
     ["опытный педагог – молодой специалист", "опытный классный руководитель – молодой специалист",
      "педагог-новатор – консервативный педагог", "опытный предметник – неопытный предметник"]),
    ("university_student", "студент – ученик", "student-uchenik",
     ["успевающий – неуспевающий", "лидер – равнодушный", "куратор – автор проекта"]),
    ("employer_student", "работодатель – ученик", "rabotodatel-uchenik",
     ["активный профессионал – равнодушный потребитель", "работодатель – будущий сотрудник"]),
    ("employer_university_student", "работодатель – студент", "rabotodatel-student",
     ["коллега – молодой коллега", "работодатель – будущий сотрудник"]),
]
PRACTICE_FORMS = FORMS + [
    ("personalised_programme", "персонализированная программа наставничества педагогов", "personalizirovannaya-programma",
     ["наставник – молодой педагог", "наставник – педагог, сменивший место работы"]),
]
LEVELS = [("doo", "ДОО"), ("noo", "НОО"), ("ooo", "ООО"), ("soo", "СОО"), ("spo", "СПО"), ("do", "ДО")]
TAGS = ["мотивация", "олимпиады", "адаптация", "профориентация", "проектная деятельность", "молодые педагоги",
        "читательская грамотность", "функциональная грамотность", "цифровая среда", "классное руководство",
        "инклюзия", "школьная медиация", "день наставника", "исследования", "социальные партнёры"]
CATEGORIES = ["first", "highest", "methodologist", "mentor_teacher"]
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
        self.data = {}  # kind-specific fields (see plan())
        self.attachment = None  # a file next to the text, relative to it


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


def slugify(text):
    """nastavnik's slugify (src/text.cc): transliterate, lower case, runs of other characters become one hyphen."""
    out, pending = "", False
    for ch in text.lower():
        if ch in "ъь":
            continue
        piece = ch if ("a" <= ch <= "z" or "0" <= ch <= "9") else TRANSLIT.get(ch, "")
        if not piece:
            pending = True
            continue
        if pending and out:
            out += "-"
        pending = False
        out += piece
    return out


def date_in(rnd, lo, hi):
    """A random ISO date between lo and hi (ISO strings), inclusive."""
    d0, d1 = datetime.date.fromisoformat(lo), datetime.date.fromisoformat(hi)
    return (d0 + datetime.timedelta(days=rnd.randint(0, (d1 - d0).days))).isoformat()


def shift(iso, days):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)).isoformat()


def sample(rnd, seq, lo, hi):
    k = rnd.randint(lo, min(hi, len(seq)))
    idx = sorted(rnd.sample(range(len(seq)), k))  # list order, as the controlled lists are shown
    return [seq[i] for i in idx]


ACHIEVEMENTS = [
    "победитель муниципального этапа конкурса «Учитель года»", "призёр регионального конкурса «Наставник года»",
    "руководитель школьной олимпиадной команды", "эксперт региональных конкурсов профессионального мастерства",
    "автор методических рекомендаций для молодых педагогов", "почётная грамота Министерства просвещения",
    "подготовил(а) призёров регионального этапа всероссийской олимпиады школьников",
]
AUDIENCES = ["педагоги", "обучающиеся 5–9 классов", "наставники и наставляемые", "родители", "молодые специалисты",
             "обучающиеся 10–11 классов", "классные руководители"]
STAGES = ["Подготовительный", "Диагностический", "Основной", "Аналитический", "Заключительный"]
PERIODS = ["сентябрь", "октябрь–ноябрь", "в течение года", "декабрь–март", "апрель–май", "май"]


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

    # Mentors first: practices and events name them.
    for i in range(counts["mentor"]):
        it = Item("mentor", i, t.person())
        forms = sample(rnd, FORMS, 1, 2)
        roles = [rnd.choice(f[3]) for f in forms]
        subjects = sample(rnd, SUBJECTS, 1, 2)
        it.data = {
            "position": "учитель (%s)" % ", ".join(subjects),
            "subjects": subjects,
            "category": rnd.choice(CATEGORIES),
            "experience": rnd.randint(3, 35),
            "forms": [f[0] for f in forms],
            "roles": sorted(set(roles), key=roles.index),
            "achievements": sample(rnd, ACHIEVEMENTS, 1, 3),
            "regional_register": rnd.random() < 0.3,
            "email": "mentor%05d@severozyorsk.example" % i,
            # Signed before --today, in force well after it (no "ends within 60 days" notes).
            "consent": (date_in(rnd, "2024-09-01", "2027-05-01"), date_in(rnd, "2028-09-01", "2031-08-31")),
        }
        items["mentor"].append(it)

    for i in range(counts["practice"]):
        form = rnd.choice(PRACTICE_FORMS)
        subjects = [s[0].upper() + s[1:] for s in sample(rnd, SUBJECTS, 1, 2)]
        levels = sample(rnd, LEVELS, 1, 2)
        title = "«%s»: %s, %s" % (rnd.choice(SHORT_TITLES), subjects[0].lower(), levels[0][1])
        it = Item("practice", i, title)
        y = rnd.randint(2021, 2026)
        it.data = {
            "status": "approved",
            "reviewer": t.person() + ", методист ресурсного центра наставничества",
            "review_date": date_in(rnd, "%d-10-01" % y, "%d-05-31" % (y + 1)),
            "summary": t.sentence() + " " + t.sentence(),
            "organisation": "МБОУ «СОШ № 7» г. Северозёрска",
            "form": form,
            "role_model": rnd.choice(form[3]),
            "levels": levels,
            "subjects": subjects,
            "tags": sample(rnd, TAGS, 1, 3),
            "year": "%d-%d" % (y, y + 1),
            "author_name": t.person(),
            "author_consent": date_in(rnd, "2025-09-01", "2027-05-01"),
            "audience": rnd.choice(AUDIENCES),
            "participants": rnd.randint(6, 140),
        }
        it.attachment = ("files/%s.pdf" % it.name) if rnd.random() < 0.3 else None
        items["practice"].append(it)

    for i in range(counts["news"]):
        title = "%s: %s" % (rnd.choice(NEWS_OPENERS), rnd.choice(SHORT_TITLES).lower())
        it = Item("news", i, title)
        it.data = {"date": date_in(rnd, "2023-01-09", TODAY), "summary": t.sentence(), "tags": sample(rnd, TAGS, 1, 2)}
        if rnd.random() < 0.2:
            it.data["updated"] = min(TODAY, shift(it.data["date"], rnd.randint(1, 30)))
        items["news"].append(it)

    for i in range(counts["event"]):
        title = "%s «%s»" % (rnd.choice(EVENT_KINDS), rnd.choice(SHORT_TITLES))
        it = Item("event", i, title)
        day = date_in(rnd, "2025-09-01", "2028-06-30")  # about a third after --today
        if rnd.random() < 0.15:  # a multi-day event, all day
            start, end = day, shift(day, rnd.randint(2, 4))
        else:
            h = rnd.randint(9, 16)
            start, end = "%s %02d:00" % (day, h), "%s %02d:30" % (day, h + rnd.randint(1, 2))
        fmt = rnd.choice(["in_person", "in_person", "in_person", "online", "mixed"])
        it.data = {
            "start": start, "end": end, "format": fmt,
            "place": "онлайн, платформа Сферум" if fmt == "online" else rnd.choice(PLACES[:2] + PLACES[4:]),
            "audience": rnd.choice(AUDIENCES), "organiser": "МБОУ «СОШ № 7»",
            "summary": t.sentence(), "tags": sample(rnd, TAGS, 1, 2),
        }
        if fmt != "in_person":
            it.data["online_url"] = "https://sferum.example/translyatsiya/%05d" % i
        if rnd.random() < 0.3:
            it.data["registration"] = "https://shkola7.severozyorsk.example/registratsiya/%05d" % i
        items["event"].append(it)

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
    for kind in ("news", "practice"):
        for it in items[kind]:
            if rnd.random() < 0.01 * (2 if kind == "practice" else 1):
                it.draft = True

    linkable = {k: [x for x in v if not x.draft] for k, v in items.items()}

    def pick(kind):
        pool = linkable[kind]
        return rnd.choice(pool) if pool else None

    def picks(kind, lo, hi):
        pool = linkable[kind]
        return sorted(set(rnd.choice(pool) for _ in range(rnd.randint(lo, hi))), key=lambda x: x.index) if pool else []

    for it in items["practice"]:
        it.data["mentors"] = picks("mentor", 1, 1)
    for it in items["event"]:
        it.data["mentors"] = picks("mentor", 1, 2)

    # Bodies.  Links are kept symbolically (placeholders) and resolved per format.
    for it in items["practice"]:
        it.links = [x for x in (pick("practice"), pick("practice"), pick("mentor"), pick("document"), pick("news"), pick("event")) if x]
        practice_texts(t, it)
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


def practice_texts(t, it):
    """The description template's long fields (Markdown) and the free body: headings, lists, three tables, links."""
    r, d = t.r, it.data
    d["problem"] = t.para() + "\n\n" + t.para(2, 4)
    d["goal"] = t.para(1, 2)
    d["tasks"] = [t.sentence() for _ in range(r.randint(3, 6))]
    d["stages"] = [(stage, r.choice(PERIODS), t.sentence()) for stage in STAGES]
    rows = ["| Категория участников | Количество |", "| --- | ---: |"]
    for cat in ["Наставники", "Наставляемые", "Родители", "Партнёры"]:
        rows.append("| %s | %d |" % (cat, r.randint(2, 120)))
    d["methods"] = (t.para() + "\n\n" + t.bullets(4, 7) + "\n\n" + "\n".join(rows) + "\n\n#### Формы работы\n\n"
                    + t.bullets(3, 5) + "\n\n" + t.para(2, 4))
    d["resources"] = t.bullets(3, 5)
    rows = ["| Показатель | Было | Стало |", "| --- | ---: | ---: |"]
    d["indicators"] = []
    for ind in ["Доля вовлечённых обучающихся, %", "Средний балл по предмету", "Удовлетворённость участников, %", "Число участников конкурсов"]:
        a = r.randint(10, 60)
        b = a + r.randint(3, 30)
        rows.append("| %s | %d | %d |" % (ind, a, b))
        d["indicators"].append("%s: было %d, стало %d" % (ind, a, b))
    d["results"] = "\n".join(rows) + "\n\n" + t.para()
    d["novelty"] = t.para(2, 4)
    d["reuse"] = t.para(2, 4) + " Подробнее — в материале [«%s»](%s)." % (it.links[0].title, link(0))
    rows = ["| Этап | Сроки | Содержание |", "| --- | --- | --- |"]
    for k, (stage, period, text) in enumerate(d["stages"]):
        rows.append("| %d. %s | %s | %s |" % (k + 1, stage, period, text))
    rel = ["- [%s](%s)" % (x.title, link(k)) for k, x in enumerate(it.links)]
    it.body = ("## Коротко о практике\n\n" + t.para() + "\n\n" + t.para(2, 4) + "\n\n## План работы\n\n" + "\n".join(rows)
               + "\n\n## Связанные материалы\n\n" + "\n".join(rel) + "\n")
    if it.draft:  # a draft is a half-filled template
        for key in ("results", "indicators", "novelty", "reuse", "reviewer", "review_date"):
            d.pop(key, None)
        d["status"] = "draft"


def news_body(t, it):
    r = t.r
    out = [t.para(2, 4), t.para(), "Подробнее о практике — [«%s»](%s)." % (it.links[0].title, link(0))]
    if r.random() < 0.5:
        out.append(t.bullets(2, 4))
    out.append(t.para(2, 3) + " Анонс: [%s](%s)." % (it.links[1].title, link(1)))
    return "\n\n".join(out) + "\n"


def event_body(t, it):
    out = [t.para(2, 4), "## Программа\n\n" + t.bullets(3, 6, ordered=True),
           t.para(1, 3) + " Материалы: [%s](%s), [%s](%s)." % (it.links[0].title, link(0), it.links[1].title, link(1))]
    return "\n\n".join(out) + "\n"


def mentor_body(t, it):
    out = [t.para(2, 4), "## Направления работы\n\n" + t.bullets(2, 4), t.para(1, 3),
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


def ylist(values):
    return "[" + ", ".join(yq(v) for v in values) + "]"


def yblock(key, text, indent=""):
    """A literal block scalar: `key: |` and the text indented below."""
    lines = [indent + key + ": |"]
    for line in text.rstrip("\n").split("\n"):
        lines.append(indent + "  " + line if line else "")
    return "\n".join(lines)


def source_path(fmt, it):
    """Path of an item's Markdown file below content/."""
    folder = SECTIONS[it.kind][fmt]
    return (folder + "/" if folder else "") + it.name + ".md"


def resolve(fmt, it, text):
    here = os.path.dirname(source_path(fmt, it))
    for k, target in enumerate(it.links):
        rel = os.path.relpath(source_path(fmt, target), here or ".")
        text = text.replace(link(k), rel.replace(os.sep, "/"))
    return text


def hugo_date(s):
    """`2027-03-02 13:00` or `2027-03-02` → what Hugo parses as a date."""
    return s.replace(" ", "T") + (":00" if " " in s else "")


def front_matter(fmt, it):
    """Front matter lines (without the --- fences) for one item."""
    d = getattr(it, "data", {})
    L = []
    if it.kind == "practice":
        L.append("title: " + yq(it.title))
        if fmt == "nastavnik":
            L.append("status: " + d["status"])
        for key in ("reviewer", "review_date"):
            if key in d:
                L.append("%s: %s" % (key, d[key] if key == "review_date" else yq(d[key])))
        if fmt == "hugo":
            L.append("date: " + d.get("review_date", d["year"][:4] + "-09-01"))
        L.append("summary: " + yq(d["summary"]))
        L.append("organisation: " + yq(d["organisation"]))
        L.append("authors:")
        for m in d["mentors"]:
            L.append("  - mentor: " + m.name)
        L.append("  - name: " + yq(d["author_name"]))
        L.append("    position: учитель")
        L.append("    consent: " + d["author_consent"])
        form = d["form"]
        L.append("form: " + form[0])
        L.append("role_model: " + yq(d["role_model"]))
        L.append("levels: [%s]" % ", ".join(code for code, _ in d["levels"]))
        L.append("subjects: " + ylist(d["subjects"]))
        L.append(yblock("problem", d["problem"]))
        L.append(yblock("goal", d["goal"]))
        L.append("tasks:")
        L += ["  - " + yq(x) for x in d["tasks"]]
        L.append("audience: " + yq(d["audience"]))
        L.append("participants: %d" % d["participants"])
        L.append("stages:")
        for title, period, text in d["stages"]:
            L += ["  - title: " + yq(title), "    period: " + yq(period), "    description: " + yq(text)]
        L.append(yblock("methods", resolve(fmt, it, d["methods"])))
        # `resources` means page resources to Hugo.
        L.append(yblock("resources" if fmt == "nastavnik" else "resources_md", d["resources"]))
        for key in ("results", "novelty", "reuse"):
            if key in d:
                L.append(yblock(key, resolve(fmt, it, d[key])))
        if "indicators" in d:
            L.append("indicators:")
            L += ["  - " + yq(x) for x in d["indicators"]]
        if it.attachment:
            L.append("attachments:")
            L.append("  - file: " + it.attachment)
            L.append("    title: " + yq("Материалы практики (PDF)"))
        L.append("year: " + yq(d["year"]))
        L.append("tags: " + ylist(d["tags"]))
        if fmt == "hugo":  # facets: Hugo taxonomies, terms by their nastavnik URL slugs
            L.append("mentor_authors: [%s]" % ", ".join(m.name for m in d["mentors"]))
            L.append("pforms: [%s]" % form[2])
            L.append("plevels: [%s]" % ", ".join(code for code, _ in d["levels"]))
            L.append("psubjects: [%s]" % ", ".join(slugify(s) for s in d["subjects"]))
            L.append("ptags: [%s]" % ", ".join(slugify(s) for s in d["tags"]))
            L.append("pyears: [%s]" % d["year"])
            if it.draft:
                L.append("draft: true")
    elif it.kind == "mentor":
        L.append(("name: " if fmt == "nastavnik" else "title: ") + yq(it.title))
        L.append("position: " + yq(d["position"]))
        L.append("subjects: " + ylist(d["subjects"]))
        L.append("category: " + d["category"])
        L.append("experience: %d" % d["experience"])
        L.append("forms: [%s]" % ", ".join(d["forms"]))
        L.append("roles: " + ylist(d["roles"]))
        L.append("achievements: " + ylist(d["achievements"]))
        L.append("regional_register: " + ("true" if d["regional_register"] else "false"))
        L.append("email: " + d["email"])
        if fmt == "nastavnik":
            L.append("status: active")
            L.append("consent:\n  date: %s\n  until: %s\n  fields: [%s]" % (d["consent"] + (", ".join(CONSENT_FIELDS),)))
        else:
            L.append("msubjects: [%s]" % ", ".join(slugify(s) for s in d["subjects"]))
            L.append("mforms: [%s]" % ", ".join(f[2] for f in FORMS if f[0] in d["forms"]))
    elif it.kind == "news":
        L.append("title: " + yq(it.title))
        L.append("date: " + d["date"])
        L.append("summary: " + yq(d["summary"]))
        L.append("tags: " + ylist(d["tags"]))
        if "updated" in d:
            L.append(("updated: " if fmt == "nastavnik" else "lastmod: ") + d["updated"])
    elif it.kind == "event":
        L.append("title: " + yq(it.title))
        if fmt == "nastavnik":
            L.append("start: " + d["start"])
            L.append("end: " + d["end"])
        else:
            L.append("date: " + hugo_date(d["start"]))
            L.append("start: " + yq(hugo_date(d["start"])))
            L.append("end: " + yq(hugo_date(d["end"])))
            L.append("all_day: " + ("false" if " " in d["start"] else "true"))
            L.append("outputs: [HTML, EventICS]")
        for key in ("place", "format", "online_url", "audience", "organiser", "registration", "summary"):
            if key in d:
                L.append("%s: %s" % (key, yq(d[key])))
        L.append("tags: " + ylist(d["tags"]))
        L.append("mentors: [%s]" % ", ".join(m.name for m in d["mentors"]))
    else:
        L.append("title: " + yq(it.title))
        for key, val in it.fields.items():
            if key == "doc_type":
                key = "type" if fmt == "nastavnik" else "doc_type"  # `type` picks layouts in Hugo
            if fmt == "hugo":  # keys that mean something else in Hugo
                key = {"updated": "lastmod", "url": "official_url"}.get(key, key)
            L.append("%s: %s" % (key, val if isinstance(val, int) or key in ("date", "updated", "lastmod") else yq(val)))
        if it.kind == "document" and it.attachment:
            L.append("file: " + (it.attachment if fmt == "nastavnik" else yq("documents/" + it.attachment)))
    if it.draft and not (it.kind == "practice"):
        L.append("draft: true")
    return "---\n" + "\n".join(L) + "\n---\n\n"


CONSENT_FIELDS = ["name", "position", "subjects", "category", "experience", "forms", "roles", "achievements",
                  "regional_register", "photo", "biography", "email"]


def fake_pdf(it):
    body = ("%%PDF-1.4\n%% %s\n" % it.title).encode("utf-8")
    return body + b"0" * (2048 + (it.index * 37) % 4096) + b"\n%%EOF\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


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
  - title: Практики
    link: /practices/
  - title: Наставники
    link: /mentors/
  - title: Мероприятия
    link: /events/
  - title: Новости
    link: /news/
  - title: Документы
    link: /documents/
  - title: Куратор и контакты
    link: pages/kontakty.md
"""


def write_nastavnik(out, items, home):
    write(os.path.join(out, "site.yaml"), SITE_YAML.format(base=BASE_URL))
    write(os.path.join(out, "content", "_index.md"), "---\ntitle: Наставничество\n---\n\n" + home)
    for kind, lst in items.items():
        for it in lst:
            path = os.path.join(out, "content", source_path("nastavnik", it))
            write(path, front_matter("nastavnik", it) + resolve("nastavnik", it, it.body))
            if it.attachment:
                write_bytes(os.path.join(os.path.dirname(path), it.attachment), fake_pdf(it))


HUGO_CONFIG = """baseURL: {base}
languageCode: ru
defaultContentLanguage: ru
title: Наставничество
theme: bench
buildFuture: true
enableRobotsTXT: true
rssLimit: 50
paginate: 10
paginatePath: page
# nastavnik writes a page per facet value but no page listing a facet's values.
disableKinds: [taxonomy]
ignoreErrors: [error-disable-taxonomy]
taxonomies:
  pform: pforms
  plevel: plevels
  psubject: psubjects
  ptag: ptags
  pyear: pyears
  msubject: msubjects
  mform: mforms
permalinks:
  pforms: /practices/form/:slug/
  plevels: /practices/level/:slug/
  psubjects: /practices/subject/:slug/
  ptags: /practices/tag/:slug/
  pyears: /practices/year/:slug/
  msubjects: /mentors/predmet/:slug/
  mforms: /mentors/forma/:slug/
mediaTypes:
  text/csv:
    suffixes: [csv]
outputFormats:
  EventICS: {{mediaType: text/calendar, baseName: event, isPlainText: true, notAlternative: true}}
  CalendarICS: {{mediaType: text/calendar, baseName: calendar, isPlainText: true, notAlternative: true}}
  PracticesJSON: {{mediaType: application/json, baseName: practices, path: practices, isPlainText: true, notAlternative: true}}
  PracticesCSV: {{mediaType: text/csv, baseName: practices, path: practices, isPlainText: true, notAlternative: true}}
outputs:
  home: [HTML, RSS]
  section: [HTML]
  term: [HTML]
  page: [HTML]
params:
  today: "{today}"
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
    - {{name: Практики, url: practices/, weight: 2}}
    - {{name: Наставники, url: mentors/, weight: 3}}
    - {{name: Мероприятия, url: events/, weight: 4}}
    - {{name: Новости, url: news/, weight: 5}}
    - {{name: Документы, url: documents/, weight: 6}}
    - {{name: Куратор и контакты, url: kontakty/, weight: 7}}
"""

THEME_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-theme")

SECTION_TITLES = {"practices": "Банк практик", "news": "Новости", "events": "Мероприятия", "mentors": "Наставники",
                  "documents": "Документы"}


def hugo_labels(items):
    """data/labels.yaml: what each taxonomy term (a URL slug) is called."""
    labels = {"pforms": {f[2]: f[1] for f in PRACTICE_FORMS}, "plevels": dict(LEVELS), "psubjects": {}, "ptags": {},
              "pyears": {}, "msubjects": {}, "mforms": {f[2]: f[1] for f in FORMS}, "forms": {f[0]: f[1] for f in PRACTICE_FORMS}}
    for it in items["practice"]:
        for s in it.data["subjects"]:
            labels["psubjects"].setdefault(slugify(s), s)
        for s in it.data["tags"]:
            labels["ptags"].setdefault(slugify(s), s)
        labels["pyears"].setdefault(it.data["year"], it.data["year"])
    for it in items["mentor"]:
        for s in it.data["subjects"]:
            labels["msubjects"].setdefault(slugify(s), s)
    lines = []
    for tax, m in labels.items():
        lines.append(tax + ":")
        lines += ["  %s: %s" % (yq(k), yq(v)) for k, v in sorted(m.items())]
    return "\n".join(lines) + "\n"


def write_hugo(out, items, home):
    write(os.path.join(out, "config.yaml"), HUGO_CONFIG.format(base=BASE_URL, today=TODAY))
    write(os.path.join(out, "data", "labels.yaml"), hugo_labels(items))
    write(os.path.join(out, "content", "_index.md"), "---\ntitle: Наставничество\n---\n\n" + home)
    # nastavnik writes an accessibility page (dostupnost/) by itself.
    write(os.path.join(out, "content", "dostupnost.md"),
          "---\ntitle: Версия для слабовидящих\n---\n\nНастройки шрифта, цвета и интервалов для слабовидящих посетителей.\n")
    extra = {"events": "outputs: [HTML, CalendarICS]\n", "practices": "outputs: [HTML, PracticesJSON, PracticesCSV]\n"}
    for folder, title in SECTION_TITLES.items():
        write(os.path.join(out, "content", folder, "_index.md"), "---\ntitle: %s\n%s---\n" % (yq(title), extra.get(folder, "")))
    # The printable collection of practices (nastavnik: practices/sbornik/).
    write(os.path.join(out, "content", "practices", "sbornik.md"),
          "---\ntitle: Сборник практик\nlayout: sbornik\n_build:\n  list: never\n---\n")
    for kind, lst in items.items():
        for it in lst:
            path = os.path.join(out, "content", source_path("hugo", it))
            write(path, front_matter("hugo", it) + resolve("hugo", it, it.body))
            if it.attachment:
                write_bytes(os.path.join(out, "static", SECTIONS[kind]["url"], it.attachment), fake_pdf(it))
    shutil.copytree(THEME_DIR, os.path.join(out, "themes", "bench"))


MARKDOWN_FIELDS = ("problem", "goal", "methods", "resources", "results", "novelty", "reuse")


def markdown_texts(items, home):
    """Every Markdown text a generator must convert: bodies and the practices' Markdown fields."""
    yield home
    for lst in items.values():
        for it in lst:
            if it.draft:
                continue
            yield resolve("nastavnik", it, it.body)
            for key in MARKDOWN_FIELDS:
                if key in it.data:
                    yield resolve("nastavnik", it, it.data[key])


def write_markdown(out, items, home, chunks):
    """The floor's input: all Markdown texts (no front matter) in `chunks` files, round robin."""
    files = [open(os.path.join(out, "chunk%d.md" % i), "w", encoding="utf-8", newline="\n") for i in range(chunks)]
    for k, text in enumerate(markdown_texts(items, home)):
        files[k % chunks].write(text + "\n\n")
    for f in files:
        f.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="folder to write (must not exist or be empty)")
    ap.add_argument("--pages", "-n", type=int, default=1000, help="number of content pages (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--format", choices=["nastavnik", "hugo", "markdown"], default="nastavnik",
                    help="markdown: only the Markdown texts, in --chunks files (the floor's input)")
    ap.add_argument("--chunks", type=int, default=1, help="number of files for --format markdown")
    ap.add_argument("--stats", action="store_true", help="print counts per kind and Markdown bytes")
    a = ap.parse_args()
    if os.path.exists(a.out) and os.listdir(a.out):
        sys.exit("gen_corpus.py: %s exists and is not empty" % a.out)
    items, home = plan(a.pages, a.seed)
    if a.format == "markdown":
        os.makedirs(a.out, exist_ok=True)
        write_markdown(a.out, items, home, max(1, a.chunks))
    else:
        (write_nastavnik if a.format == "nastavnik" else write_hugo)(a.out, items, home)
    if a.stats:
        for k, v in items.items():
            print("%-9s %6d  (%d drafts)" % (k, len(v), sum(1 for x in v if x.draft)))
        print("markdown bytes (bodies and practices' Markdown fields): %d" % sum(len(x.encode()) for x in markdown_texts(items, home)))


if __name__ == "__main__":
    main()
