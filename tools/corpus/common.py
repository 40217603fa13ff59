"""Shared helpers: times, escaping, and the ground truth every case is checked against."""
import html
import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def zone_of(spec):
    return timezone(timedelta(hours=int(spec[:3]), minutes=int(spec[0] + spec[4:6]))) if spec[0] in "+-" else ZoneInfo(spec)


def moment(pair):
    """(local ISO, offset or zone id) -> aware datetime."""
    if pair is None:
        return None
    local, spec = pair
    return datetime.fromisoformat(local).replace(tzinfo=zone_of(spec))


def iso(dt, sep="T", seconds=True, colon=True):
    s = dt.strftime("%Y-%m-%d" + sep + ("%H:%M:%S" if seconds else "%H:%M"))
    off = dt.strftime("%z")
    if off == "+0000" and not colon:
        return s + "Z"
    return s + (off[:3] + ":" + off[3:] if colon else off)


def utc(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def esc(text):
    return html.escape(text, quote=True)


def truth(article, source, fmt, zone_known=True, modified=True, subtitle=True, authors=True):
    pub = moment(article["published"])
    mod = moment(article["modified"]) if modified else None
    t = {
        "source": source,
        "title": article["title"],
        "subtitle": article["standfirst"] if subtitle else None,
        "authors": article["authors"] if authors else [],
        "publishedLocal": pub.strftime("%Y-%m-%dT%H:%M"),
        "publishedAt": utc(pub) if zone_known else None,
        "modifiedAt": utc(mod) if mod else None,
        "language": article["lang"],
        "format": fmt,
        "paragraphs": article["paragraphs"],
    }
    return t


def write_json(path, value):
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
