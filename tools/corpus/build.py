#!/usr/bin/env python3
"""Builds the extraction corpus under src/test/resources/golden/ from articles.py and the layout
modules. Run from the repository root: python3 tools/corpus/build.py

Every case gets input.*, expected.json (the ground truth: the article as written, not the
parser's output) and ORIGIN.md. The rt.com case (a real scraped page) is not touched.
"""
import gzip
import json
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from articles import ARTICLES  # noqa: E402
from common import iso, moment, truth, utc, write_json  # noqa: E402
import html_layouts  # noqa: E402
import text_layouts  # noqa: E402

ROOT = Path("src/test/resources/golden")


def case_dir(source, name):
    d = ROOT / source / name
    d.mkdir(parents=True, exist_ok=True)
    for old in d.glob("input.*"):
        old.unlink()
    return d


def origin(d, text):
    (d / "ORIGIN.md").write_text(text.strip() + "\n", encoding="utf-8")


def expected(d, t, about, notes=None):
    value = {"_about": about}
    value.update(t)
    if notes:
        value["notes"] = notes
    write_json(d / "expected.json", value)


def apply_options(t, article, opts):
    if opts.get("dateline"):
        t["paragraphs"] = [opts["dateline"] + t["paragraphs"][0]] + t["paragraphs"][1:]
    if opts.get("modified_override") is not None:
        t["modifiedAt"] = utc(opts["modified_override"])
    if opts.get("prepend_standfirst"):
        t["paragraphs"] = [article["standfirst"]] + t["paragraphs"]
    return t


def build_text():
    for name, layout, article_id, source in text_layouts.LAYOUTS:
        a = ARTICLES[article_id]
        text, opts = layout(a)
        d = case_dir(source, "text-" + name)
        (d / "input.txt").write_text(text, encoding="utf-8")
        t = truth(a, source, "text", zone_known=opts.get("zone_known", True),
                  modified=opts.get("modified", True) and "modified_override" not in opts,
                  subtitle=opts.get("subtitle", True), authors=opts.get("authors", True))
        t = apply_options(t, a, opts)
        if opts.get("relative_hours"):
            uploaded = moment(a["published"]) + timedelta(hours=opts["relative_hours"])
            write_json(d / "object.json", {"uploadedAt": utc(uploaded)})
            t["publishedLocal"] = utc(moment(a["published"]))[:16]
        if not opts.get("zone_known", True):
            t["modifiedAt"] = None
        expected(d, t, f"Ground truth for a text dump in the '{name}' layout of {source}.")
        origin(d, f"""Written for this corpus (tools/corpus/build.py). Article text: '{article_id}' in
tools/corpus/articles.py, written by the project; it reports no real event. Layout: the
'{name}' text-dump layout ({layout.__doc__.strip() if layout.__doc__ else name}), modelled on
common news-site dumps, not copied from any site.""")


def build_html():
    for name, layout, article_id, source in html_layouts.LAYOUTS:
        a = ARTICLES[article_id]
        url = f"https://{source}/news/{article_id}"
        result = layout(a, source, url)
        page, opts = result if isinstance(result, tuple) else (result, {})
        d = case_dir(source, "html-" + name)
        encoding = opts.get("encoding", "utf-8")
        (d / "input.html").write_bytes(page.encode(encoding))
        shows_modified = a["modified"] is not None and iso(moment(a["modified"])) in page
        t = truth(a, source, "html", modified=shows_modified and "modified_override" not in opts,
                  subtitle=opts.get("subtitle", True))
        t = apply_options(t, a, opts)
        expected(d, t, f"Ground truth for an HTML page in the '{name}' layout of {source}"
                 + (f", encoded in {encoding}." if encoding != "utf-8" else "."))
        origin(d, f"""Written for this corpus (tools/corpus/build.py). Article text: '{article_id}' in
tools/corpus/articles.py, written by the project; it reports no real event. Page template:
'{name}': {layout.__doc__.strip() if layout.__doc__ else name} Made up for this corpus after
common publishing templates; no publisher's markup was copied.""")


def json_cases():
    def flat(a):
        pub = moment(a["published"])
        return {"title": a["title"], "text": "\n\n".join(a["paragraphs"]), "url": "https://harbour-gazette.example/x",
                "date": pub.isoformat(), "author": " and ".join(a["authors"]), "summary": a["standfirst"],
                "scraped_at": "2024-03-15T02:00:00Z", "spider": "news-bot"}

    def nested(a):
        pub = moment(a["published"])
        return {"article": {"headline": a["title"], "body": a["paragraphs"],
                            "meta": {"published": pub.isoformat(), "authors": [{"name": n, "role": "Reporter"} for n in a["authors"]]}},
                "crawl": {"status": 200, "fetched": "2023-04-23T00:00:00Z"}}

    def html_body(a):
        pub = moment(a["published"])
        return {"title": a["title"], "content": "".join(f"<p>{p}</p>" for p in a["paragraphs"]) + "<p><a href='/more'>More news</a></p>",
                "published_at": int(pub.timestamp()), "authors": a["authors"], "description": a["standfirst"]}

    def listed(a):
        pub = moment(a["published"])
        return [{"name": a["title"], "articleBody": "\n".join(a["paragraphs"]), "datePublished": pub.isoformat(),
                 "dateModified": moment(a["modified"]).isoformat() if a["modified"] else None, "creator": a["authors"][0]}]

    def wrapped(a):
        pub = moment(a["published"])
        return {"data": {"title": a["title"], "paragraphs": [{"type": "text", "text": p} for p in a["paragraphs"]],
                         "publishedAt": int(pub.timestamp() * 1000), "byline": "By " + a["authors"][0]}}

    return [
        ("flat", flat, "harbour-bridge", "harbour-gazette.example", dict(modified=False)),
        ("nested", nested, "river-floods", "flood-watch.example", dict(subtitle=False)),
        ("html-body", html_body, "library-reopens", "weekend-review.example", dict(epoch=True)),
        ("list-of-one", listed, "chip-plant", "tech-daily.example", dict(subtitle=False)),
        ("wrapped", wrapped, "berlin-tram", "hauptstadt-kurier.example", dict(subtitle=False, epoch=True)),
    ]


def build_json():
    for name, shape, article_id, source, opts in json_cases():
        a = ARTICLES[article_id]
        d = case_dir(source, "json-" + name)
        (d / "input.json").write_text(json.dumps(shape(a), ensure_ascii=False, indent=1), encoding="utf-8")
        t = truth(a, source, "json", modified=opts.get("modified", True), subtitle=opts.get("subtitle", True))
        if opts.get("epoch"):
            # An epoch number carries no zone: the local time can only be UTC's.
            t["publishedLocal"] = utc(moment(a["published"]))[:16]
        expected(d, t, f"Ground truth for a JSON article in the '{name}' shape.")
        origin(d, f"""Written for this corpus (tools/corpus/build.py). Article text: '{article_id}' in
tools/corpus/articles.py. Shape '{name}': {shape.__name__}() in build.py, modelled on what common
scrapers emit; the field map in source-profiles.json reads it.""")


def build_legacy_and_gzip():
    # Text dump in windows-1252 with no declaration: the detector must recognise it.
    a = ARTICLES["rail-strike"]
    text, _ = text_layouts.blog(a)
    d = case_dir("rail-today.example", "text-cp1252-undeclared")
    (d / "input.txt").write_bytes(text.encode("windows-1252"))
    t = truth(a, "rail-today.example", "text", modified=False, subtitle=False)
    t["authors"] = [a["authors"][0]]
    expected(d, t, "Ground truth for a windows-1252 text dump with no declared encoding.")
    origin(d, "Written for this corpus: the 'blog' text layout of the 'rail-strike' article, saved in windows-1252 (curly quotes are bytes 0x91-0x94), as old Windows scrapers write.")

    # Russian text dump in windows-1251 with no declaration.
    a = ARTICLES["moscow-metro"]
    text, _ = text_layouts.russian(a)
    d = case_dir("gorod-novosti.example", "text-cp1251-undeclared")
    (d / "input.txt").write_bytes(text.encode("windows-1251"))
    expected(d, truth(a, "gorod-novosti.example", "text"), "Ground truth for a windows-1251 Russian text dump with no declared encoding.")
    origin(d, "Written for this corpus: the 'russian' text layout of the 'moscow-metro' article, saved in windows-1251.")

    # Russian HTML in KOI8-R declared only through the object's Content-Type.
    a = ARTICLES["moscow-metro"]
    page, _ = html_layouts.russian_cp1251(a, "gorod-novosti.example", "")
    page = page.replace('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "")
    d = case_dir("gorod-novosti.example", "html-koi8r-content-type")
    (d / "input.html").write_bytes(page.encode("koi8-r"))
    write_json(d / "object.json", {"contentType": "text/html; charset=KOI8-R"})
    expected(d, truth(a, "gorod-novosti.example", "html"), "Ground truth for a KOI8-R page declared only by Content-Type.")
    origin(d, "Written for this corpus: the 'russian-cp1251' page template without its meta tag, saved in KOI8-R; the charset comes from object.json's Content-Type, as S3 would return it.")

    # gzip: an HTML page, a JSON article and a text dump.
    for name, layout, article_id, source in html_layouts.LAYOUTS[:1]:
        a = ARTICLES[article_id]
        page = layout(a, source, f"https://{source}/news/{article_id}")
        d = case_dir(source, "html-gzip")
        (d / "input.html.gz").write_bytes(gzip.compress(page.encode("utf-8"), mtime=0))
        expected(d, truth(a, source, "html"), "Ground truth for a gzip-compressed HTML page.")
        origin(d, "Written for this corpus: the 'cms-jsonld' template, gzip-compressed (.html.gz).")
    a = ARTICLES["coral-survey"]
    d = case_dir("marine-news.example", "json-gzip")
    body = {"headline": a["title"], "articleBody": "\n\n".join(a["paragraphs"]), "datePublished": moment(a["published"]).isoformat(),
            "author": [{"name": a["authors"][0]}], "description": a["standfirst"]}
    (d / "input.json.gz").write_bytes(gzip.compress(json.dumps(body, ensure_ascii=False).encode("utf-8"), mtime=0))
    expected(d, truth(a, "marine-news.example", "json"), "Ground truth for a gzip-compressed JSON article.")
    origin(d, "Written for this corpus: a JSON-LD-like JSON article, gzip-compressed (.json.gz).")
    a = ARTICLES["lyon-festival"]
    text, _ = text_layouts.french(a)
    d = case_dir("rhone-matin.example", "text-gzip")
    (d / "input.txt.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    expected(d, truth(a, "rhone-matin.example", "text"), "Ground truth for a gzip-compressed French text dump.")
    origin(d, "Written for this corpus: the 'french' text layout, gzip-compressed (.txt.gz), named so; S3 would also say Content-Encoding: gzip.")





def build_heldout():
    """Held-out cases: scored by `eval`, never used to tune the extractor (see README)."""
    import heldout_layouts
    root = Path("src/test/resources/heldout")
    for name, layout, article_id, source, opts in heldout_layouts.LAYOUTS:
        a = ARTICLES[article_id]
        page, body = layout(a, source, f"https://{source}/news/{article_id}")
        d = root / source / ("html-" + name)
        d.mkdir(parents=True, exist_ok=True)
        (d / "input.html").write_text(page, encoding="utf-8")
        t = truth(a, source, "html", modified=opts.get("modified", True), subtitle=opts.get("subtitle", True),
                  authors=opts.get("authors", True), zone_known=opts.get("zone_known", True))
        t["paragraphs"] = body
        expected(d, t, f"Ground truth for a held-out HTML page in the '{name}' layout of {source}.")
        origin(d, f"""Held-out case written for this corpus after the extractor was frozen (tools/corpus/heldout_layouts.py),
to measure how it does on layouts it was not developed against. Article text: '{article_id}'.
Template: {layout.__doc__.strip()}""")


def build_heldout_text():
    """Held-out text dumps, like build_heldout; the zones they need are in heldout/profiles.json."""
    import heldout_text_layouts
    root = Path("src/test/resources/heldout")
    profiles = {"sources": {}}
    for name, layout, article_id, source, zone in heldout_text_layouts.LAYOUTS:
        a = ARTICLES[article_id]
        text, opts = layout(a)
        d = root / source / ("text-" + name)
        d.mkdir(parents=True, exist_ok=True)
        (d / "input.txt").write_text(text, encoding="utf-8")
        t = truth(a, source, "text", modified=opts.get("modified", True), subtitle=opts.get("subtitle", True))
        expected(d, t, f"Ground truth for a held-out text dump in the '{name}' layout of {source}.")
        origin(d, f"""Held-out case written after the extractor was frozen (tools/corpus/heldout_text_layouts.py).
Article text: '{article_id}'. Layout: {layout.__doc__.strip()}""")
        if zone:
            profiles["sources"][source] = {"zone": zone}
    write_json(root / "profiles.json", profiles)


if __name__ == "__main__":
    build_text()
    build_html()
    build_json()
    build_legacy_and_gzip()
    build_heldout()
    build_heldout_text()
    print(sum(1 for _ in ROOT.rglob("expected.json")), "cases")
