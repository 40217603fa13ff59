"""Held-out text-dump layouts: written after the extractor was frozen, never used to tune it."""
from common import moment
from text_layouts import MONTHS_EN, MONTHS_RU, ampm


def print_view(a):
    """A print view: byline and date on one line, 'Continue reading' breaks, a photo credit."""
    pub = moment(a["published"])
    p = a["paragraphs"]
    text = f"""{a['title']}

By {a['authors'][0]} | Published {MONTHS_EN[pub.month-1][:3]} {pub.day}, {pub.year}, {ampm(pub)} CDT

{p[0]}

Continue reading the main story

{p[1]}

Photo: The finish line on Sunday morning. Credit: City Marathon

{chr(10).join(x + chr(10) for x in p[2:])}
© 2023 Lakeside Tribune. All rights reserved.
"""
    return text, dict(subtitle=False, modified=False)


def russian_portal(a):
    """A Russian portal: date with weekday, author last, photo caption, 'Новости партнёров'."""
    pub = moment(a["published"])
    weekdays = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
    p = a["paragraphs"]
    text = f"""Новости Москвы

{weekdays[pub.weekday()].capitalize()}, {pub.day} {MONTHS_RU[pub.month-1]} {pub.year}, {pub.hour:02d}:{pub.minute:02d}

{a['title']}

{a['standfirst']}

Фото: пресс-служба метрополитена

{chr(10).join(x + chr(10) for x in p)}
Автор: {a['authors'][0]}

Новости партнёров
"""
    return text, dict(modified=False)


def markdownish(a):
    """A scraper that kept Markdown: '# Title', '*By Name*', '---' rules, a '> ' quote line."""
    pub = moment(a["published"])
    p = a["paragraphs"]
    text = f"""# {a['title']}

*By {a['authors'][0]}*  ·  {pub.strftime('%Y-%m-%d %H:%M')} {pub.strftime('%z')[:3]}:{pub.strftime('%z')[3:]}

---

{chr(10).join(x + chr(10) for x in p)}
---

Share: Twitter · Facebook · Email
"""
    return text, dict(subtitle=False, modified=False)


LAYOUTS = [
    ("print-view", print_view, "marathon", "lakeside-tribune.example", "America/New_York"),
    ("russian-portal", russian_portal, "moscow-metro", "novosti-portal.example", "Europe/Moscow"),
    ("markdownish", markdownish, "chip-plant", "tech-notes.example", None),
]
