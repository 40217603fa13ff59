"""Held-out HTML templates: written after the extractor was frozen, never used to tune it.

They add what the development templates lack: subheadings, lists and quotations that belong to
the article, bodies split across many sibling columns, and chrome that looks like prose. Each
returns the page and the body paragraphs a reader would keep, in order.
"""
import json
from common import moment, iso, esc
from html_layouts import NAV, FOOTER, COOKIE, RELATED, ld, authors_ld


def guardian_like(a, site, url):
    """Body in div.content__article-body with a subheading, a quoted block and a rich link."""
    pub = moment(a["published"])
    p = a["paragraphs"]
    sub = "What happens next"
    quote = "We will hold the council to every date in this plan, and so will the people who cross that bridge."
    body = [p[0], p[1], sub, p[2], quote] + p[3:]
    html_body = (f"<p>{esc(p[0])}</p><p>{esc(p[1])}</p><h2>{esc(sub)}</h2><p>{esc(p[2])}</p>"
                 f"<blockquote><p>{esc(quote)}</p></blockquote>"
                 '<aside class="element-rich-link"><p>Related: <a href="/x">Ferries to run during closure</a></p></aside>'
                 + "".join(f"<p>{esc(x)}</p>" for x in p[3:]))
    meta = ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"],
               "datePublished": iso(pub), "author": authors_ld(a["authors"])})
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a['title'])} | Local news | The Harbour Post</title>{meta}
<meta property="og:title" content="{esc(a['title'])}"><meta property="og:site_name" content="The Harbour Post"></head>
<body>{NAV}<div id="maincontent"><div class="content__head"><h1 class="content__headline">{esc(a['title'])}</h1>
<div class="content__standfirst"><p>{esc(a['standfirst'])}</p></div></div>
<div class="content__meta-container"><p class="byline">{esc(a['authors'][0])} and {esc(a['authors'][1])}</p><time>Thu 14 Mar 2024 09.30 GMT</time></div>
<div class="content__article-body from-content-api">{html_body}</div>
<div class="submeta"><a href="/t1">Bridges</a> <a href="/t2">Local government</a></div></div>{RELATED}{FOOTER}</body></html>"""
    return page, body


def nyt_like(a, site, url):
    """Body split over many StoryBodyCompanionColumn siblings inside section[name=articleBody]."""
    pub = moment(a["published"])
    cols = "".join(f'<div class="css-1fanzo5 StoryBodyCompanionColumn"><div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">{esc(x)}</p></div></div>'
                   + ('<div class="css-ad"><div id="story-ad-1" class="ad"></div></div>' if i == 1 else "")
                   for i, x in enumerate(a["paragraphs"]))
    meta = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
               "datePublished": iso(pub), "author": authors_ld(a["authors"]), "description": a["standfirst"]})
    page = f"""<!DOCTYPE html><html lang="en"><head><title>{esc(a['title'])} - The Valley Times</title>{meta}</head>
<body><div id="app"><header class="css-header">{NAV}</header><main id="site-content"><article id="story">
<header class="css-story-header"><h1 data-testid="headline">{esc(a['title'])}</h1><p id="article-summary" class="css-summary">{esc(a['standfirst'])}</p>
<div class="css-byline"><p itemprop="author" class="css-byline-text">By <span class="css-name">{esc(a['authors'][0])}</span></p><time datetime="{iso(pub)}">April 22, 2023</time></div></header>
<section name="articleBody" itemprop="articleBody">{cols}</section>
<div class="bottom-of-article"><p>A version of this article appears in print on April 23, 2023, Section A, Page 14 of the New York edition.</p></div>
</article></main>{FOOTER}</div></body></html>"""
    return page, list(a["paragraphs"])


def ghost_blog(a, site, url):
    """A Ghost blog: .gh-content with a list the article needs, and a subscribe card inside it."""
    pub = moment(a["published"])
    p = a["paragraphs"]
    items = ["Refuges in libraries and cultural centres", "Longer opening hours at municipal pools", "Daily checks on people living alone"]
    body = [p[0], p[1]] + items + p[2:]
    inner = (f"<p>{esc(p[0])}</p><p>{esc(p[1])}</p><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
             '<div class="kg-card kg-cta-card"><p>Subscribe to get new posts by email. No spam, unsubscribe any time.</p><a class="kg-btn" href="#/portal">Subscribe</a></div>'
             + "".join(f"<p>{esc(x)}</p>" for x in p[2:]))
    meta = ld({"@context": "https://schema.org", "@type": "Article", "headline": a["title"], "datePublished": iso(pub),
               "author": {"@type": "Person", "name": a["authors"][0]}})
    page = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{esc(a['title'])}</title>{meta}
<meta property="og:description" content="{esc(a['standfirst'])}"></head>
<body class="post-template"><div class="gh-site"><header class="gh-head">{NAV}</header><main class="gh-main">
<article class="gh-article post"><header class="gh-article-header"><h1 class="gh-article-title">{esc(a['title'])}</h1>
<p class="gh-article-excerpt">{esc(a['standfirst'])}</p></header>
<section class="gh-content gh-canvas">{inner}</section></article></main>
<footer class="gh-foot">Powered by Ghost</footer></div></body></html>"""
    return page, body


def plain_old(a, site, url):
    """No metadata at all, no <article>, body paragraphs directly in <body> between chrome."""
    pub = moment(a["published"])
    page = f"""<html><head><title>{esc(a['title'])}</title></head><body>
<div class="top"><a href="/">Coast Radio</a> | <a href="/news">News</a> | <a href="/weather">Weather</a></div>
<h1>{esc(a['title'])}</h1>
<p class="date">{pub.strftime('%d.%m.%Y %H:%M')}</p>
""" + "\n".join(f"<p>{esc(x)}</p>" for x in a["paragraphs"]) + """
<p class="links"><a href="/a">Previous story</a> | <a href="/b">Next story</a></p>
<div class="bottom">Coast Radio, all rights reserved</div></body></html>"""
    return page, list(a["paragraphs"])


LAYOUTS = [
    ("guardian-like", guardian_like, "harbour-bridge", "harbour-post.example", dict(subtitle=True, modified=False)),
    ("nyt-like", nyt_like, "river-floods", "valley-times.example", dict(subtitle=True, modified=False)),
    ("ghost-blog", ghost_blog, "madrid-heat", "blog-calor.example", dict(subtitle=True, modified=False)),
    ("plain-old", plain_old, "coral-survey", "coast-radio.example", dict(subtitle=False, modified=False, authors=False, zone_known=False)),
]
