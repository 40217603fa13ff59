"""Plain-text dump layouts, each modelled on a kind of news site (not copied from one)."""
from common import moment, iso

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def ampm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def body(paragraphs, between=None):
    out = []
    for i, p in enumerate(paragraphs):
        out.append(p)
        if between and i in between:
            out.append(between[i])
    return "\n\n".join(out)


def wire(a):
    """Wire service: nav, byline, US-style date with zone, updated line, dateline in body."""
    pub, mod = moment(a["published"]), moment(a["modified"])
    first = "LONDON (Reuters) - " + a["paragraphs"][0]
    paras = [first] + a["paragraphs"][1:]
    text = f"""Skip to main content
World | Business | Markets | Sustainability | Legal

{a['title']}

By {' and '.join(a['authors'])}

{MONTHS_EN[pub.month-1]} {pub.day}, {pub.year} {ampm(pub)} GMT
Updated {MONTHS_EN[mod.month-1]} {mod.day}, {mod.year} {ampm(mod)} GMT

{body(paras)}

Our Standards: The Thomson Reuters Trust Principles.

Read more: Port authority names new chief executive
"""
    return text, dict(dateline="LONDON (Reuters) - ", subtitle=False)


def tabloid(a):
    """Tabloid: caps nav, time-first published/updated line, ads and READ MORE between paragraphs."""
    pub = moment(a["published"])
    between = {0: "Advertisement", 1: "READ MORE: Ten things you never knew about marathons", 2: "Advertisement"}
    text = f"""HOME | NEWS | SPORT | TV | SHOWBIZ | FEMAIL

{a['title']}

{a['standfirst']}

By {a['authors'][0]}, Sports Reporter

Published: {pub.hour:02d}:{pub.minute:02d} EST, {pub.day} {MONTHS_EN[pub.month-1]} {pub.year} | Updated: {pub.hour+1:02d}:{pub.minute:02d} EST, {pub.day} {MONTHS_EN[pub.month-1]} {pub.year}

Runners crossing the bridge at the start of the race (Photo: Getty Images)

{body(a['paragraphs'], between)}

Share or comment on this article:

Comments (12)
"""
    mod = pub.replace(hour=pub.hour + 1)
    return text, dict(modified_override=mod)


def caption_repeat(a):
    """Date first, headline, standfirst, headline again as photo caption, icon-font noise."""
    pub = moment(a["published"])
    text = f"""icon bookmark-bicon bookmarkicon cameraicon checkicon chevron-downicon chevron-lefticon chevron-righticon chevron-upicon

{pub.day} {MONTHS_EN[pub.month-1][:3]}, {pub.year} {pub.hour:02d}:{pub.minute:02d}

{a['title']}
{a['standfirst']}
{a['title']}

{body(a['paragraphs'])}

Share this story!
"""
    return text, dict(authors=False)


def blog(a):
    """Blog: title, 'Posted on DATE by NAME', tags and comments after the post."""
    pub = moment(a["published"])
    text = f"""Menu
Search

{a['title']}

Posted on {MONTHS_EN[pub.month-1]} {pub.day}, {pub.year} at {ampm(pub)} by {a['authors'][0]}

{body(a['paragraphs'])}

Tags: libraries, city, renovation

Leave a comment
"""
    return text, dict(subtitle=False)


def german(a):
    pub = moment(a["published"])
    text = f"""Startseite > Berlin > Verkehr

{a['title']}

{a['standfirst']}

Von {a['authors'][0]}

{pub.day:02d}.{pub.month:02d}.{pub.year}, {pub.hour:02d}:{pub.minute:02d} Uhr

{body(a['paragraphs'], {1: 'Anzeige', 2: 'Mehr zum Thema: Wie die BVG ihr Netz erweitert'})}

Teilen
"""
    return text, {}


def russian(a):
    pub = moment(a["published"])
    text = f"""Главная | Новости | Город | Транспорт

{a['title']}

{a['standfirst']}

{pub.day} {MONTHS_RU[pub.month-1]} {pub.year}, {pub.hour:02d}:{pub.minute:02d}
Автор: {a['authors'][0]}

{body(a['paragraphs'], {0: 'Реклама', 2: 'Читайте также: Как изменится транспорт в следующем году'})}

Подпишитесь на наш канал
"""
    return text, {}


def french(a):
    pub = moment(a["published"])
    text = f"""Accueil › Culture › Festivals

{a['title']}

{a['standfirst']}

Par {a['authors'][0]}
Publié le {pub.day} {MONTHS_FR[pub.month-1]} {pub.year} à {pub.hour}h{pub.minute:02d}

{body(a['paragraphs'], {1: 'Publicité', 2: 'Lire aussi : Les meilleures illuminations de l’année dernière'})}
"""
    return text, {}


def spanish(a):
    pub = moment(a["published"])
    text = f"""{a['title']}

{a['standfirst']}

{a['authors'][0]} | EFE
{pub.day} de {MONTHS_ES[pub.month-1]} de {pub.year}, {pub.hour:02d}:{pub.minute:02d} CEST

{body(a['paragraphs'], {1: 'Publicidad'})}

Te puede interesar: Las playas más tranquilas de la costa
"""
    return text, {}


def relative(a):
    """A live page: '2 hours ago' is all it says; the upload time resolves it."""
    text = f"""LIVE UPDATES

{a['title']}

2 hours ago

{body(a['paragraphs'])}

Follow us on Twitter for live updates
"""
    return text, dict(relative_hours=2, subtitle=False, authors=False)


def unknown_zone(a):
    """A site with no profile: ISO-like local time, a pull quote, a dateline on its own line, an
    'Updated' line at the end of the body."""
    pub, mod = moment(a["published"]), moment(a["modified"])
    quote = "“the first serious one in nine months”"
    paras = a["paragraphs"]
    text = f"""{a['title']}

{a['standfirst']}

By {a['authors'][0]} & {a['authors'][1]}
{pub.strftime('%Y-%m-%d %H:%M')}

LONDON —

{paras[0]}

{paras[1]}

{quote}

{body(paras[2:])}

Updated: {mod.strftime('%Y-%m-%d %H:%M')}
"""
    return text, dict(dateline="LONDON — ", zone_known=False, modified=False)


LAYOUTS = [
    ("wire", wire, "harbour-bridge", "wire-news.example"),
    ("tabloid", tabloid, "marathon", "daily-planet.example"),
    ("caption-repeat", caption_repeat, "coral-survey", "reef-times.example"),
    ("blog", blog, "library-reopens", "city-notes.example"),
    ("german", german, "berlin-tram", "hauptstadt-kurier.example"),
    ("russian", russian, "moscow-metro", "gorod-novosti.example"),
    ("french", french, "lyon-festival", "rhone-matin.example"),
    ("spanish", spanish, "madrid-heat", "diario-centro.example"),
    ("relative", relative, "water-prices", "live-desk.example"),
    ("unknown-zone", unknown_zone, "rail-strike", "unlisted-site.example"),
]
