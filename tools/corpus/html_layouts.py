"""HTML page layouts of twenty made-up publishers, each modelled on a common kind of news-site
template (CMS article pages, Yoast @graph, React apps, AMP, old table layouts, blogs)."""
import json
from common import moment, iso, esc

NAV = """<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>"""

COOKIE = """<div id="cookie-banner" class="consent"><p>We use cookies to improve your experience on our site and to show you relevant advertising. By continuing you agree to our cookie policy.</p><button>Accept all cookies</button></div>"""

FOOTER = """<footer class="site-footer"><p>© 2024 Example Media Group. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>"""

RELATED = """<section class="related-articles"><h3>Related stories</h3><ul>
<li><a href="/a1">Council to review parking charges in the city centre after complaints from shop owners</a></li>
<li><a href="/a2">Weekend weather: sunshine expected across most of the region before showers on Monday</a></li>
<li><a href="/a3">Five new restaurants opening this month, from ramen to a rooftop grill</a></li></ul></section>"""

NEWSLETTER = """<div class="newsletter-signup"><h4>Get the morning briefing</h4><p>Sign up for our free newsletter and get the day's top stories in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>"""

SHARE = """<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Copy link</a></div>"""

COMMENTS = """<section id="comments" class="comments"><h3>24 comments</h3>
<div class="comment"><p>Finally some good news for this city, it took them long enough to decide anything at all.</p></div>
<div class="comment"><p>I wonder how much of this will actually be delivered on time, given the last project ran years late.</p></div></section>"""

MOST_READ = """<aside class="most-read"><h3>Most read</h3><ol><li><a href="/m1">Celebrity chef opens a new bistro by the station</a></li><li><a href="/m2">Traffic chaos expected as roadworks begin on the ring road</a></li></ol></aside>"""


def ps(paragraphs, between=None, tag="p", attrs=""):
    out = []
    for i, p in enumerate(paragraphs):
        out.append(f"<{tag}{attrs}>{esc(p)}</{tag}>")
        if between and i in between:
            out.append(between[i])
    return "\n".join(out)


def ld(obj):
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def authors_ld(names):
    return [{"@type": "Person", "name": n} for n in names]


def head(title, extra=""):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/site.css"><script src="/static/app.js"></script>
{extra}</head>"""


AD = '<div class="ad-slot"><p>Advertisement</p><div id="dfp-ad-1"></div></div>'
INLINE_RELATED = '<aside class="inline-related"><p><strong>Read more:</strong> <a href="/x">How the city plans its budget for the next decade</a></p></aside>'
FIGURE = '<figure><img src="/img/1.jpg" alt=""><figcaption>The site seen from the air last week. Photo: Example Agency</figcaption></figure>'


def cms_jsonld(a, site, url):
    """Classic CMS page with a NewsArticle JSON-LD block and OpenGraph."""
    pub, mod = moment(a["published"]), moment(a["modified"])
    meta = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
               "description": a["standfirst"], "datePublished": iso(pub),
               "dateModified": iso(mod) if mod else iso(pub), "author": authors_ld(a["authors"]),
               "publisher": {"@type": "Organization", "name": "Harbour Gazette"},
               "mainEntityOfPage": url})
    og = f'<meta property="og:title" content="{esc(a["title"])}"><meta property="og:site_name" content="Harbour Gazette"><meta property="og:url" content="{url}"><link rel="canonical" href="{url}">'
    return f"""{head(a['title'] + ' | Harbour Gazette', meta + og)}
<body>{COOKIE}<header class="masthead"><a class="logo" href="/">Harbour Gazette</a>{NAV}</header>
<main><article class="article">
<header class="article-header"><h1 class="headline">{esc(a['title'])}</h1>
<p class="standfirst">{esc(a['standfirst'])}</p>
<div class="byline">By <a href="/authors/1">{esc(a['authors'][0])}</a> and <a href="/authors/2">{esc(a['authors'][1])}</a></div>
<time datetime="{iso(pub)}">{pub.strftime('%d %B %Y')}</time></header>
{SHARE}
<div class="article-body">{FIGURE}
{ps(a['paragraphs'], {1: AD, 2: INLINE_RELATED})}
</div>{NEWSLETTER}</article>{RELATED}</main>{MOST_READ}{FOOTER}</body></html>"""


def yoast_graph(a, site, url):
    """WordPress with Yoast: JSON-LD @graph, entry-content, author box, comments."""
    pub = moment(a["published"])
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": f"https://{site}/#website", "name": "Flood Watch"},
        {"@type": "WebPage", "@id": url, "name": a["title"] + " - Flood Watch"},
        {"@type": "Article", "@id": url + "#article", "headline": a["title"], "datePublished": iso(pub),
         "author": {"@id": f"https://{site}/#/person/1"}, "isPartOf": {"@id": url}},
        {"@type": "Person", "@id": f"https://{site}/#/person/1", "name": a["authors"][0]}]}
    return f"""{head(a['title'] + ' - Flood Watch', ld(graph) + f'<meta name="author" content="{esc(a["authors"][0])}"><meta property="og:site_name" content="Flood Watch">')}
<body class="post-template-default single single-post"><div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Flood Watch</a></p>{NAV}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-118" class="post-118 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{iso(pub)}">{pub.strftime('%B %d, %Y')}</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/d">{esc(a['authors'][0])}</a></span></span></div></header>
<div class="entry-content">
<p class="intro"><em>{esc(a['standfirst'])}</em></p>
{ps(a['paragraphs'])}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/news">News</a></span> <span class="tags-links">Tagged <a href="/t/floods">floods</a></span></footer>
</article>
<div class="author-box"><h4>About {esc(a['authors'][0])}</h4><p>{esc(a['authors'][0])} covers farming and the environment for Flood Watch and has reported from the valley for ten years.</p></div>
{COMMENTS}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/p1">Levee repairs begin next month</a></li></ul></section></aside>
</div>{FOOTER}</div></body></html>""", dict(subtitle=False, prepend_standfirst=True)


def react_app(a, site, url):
    """A React news app: data-component blocks, hashed class names, JSON-LD with ReportageNewsArticle in a list."""
    pub, mod = moment(a["published"]), moment(a["modified"])
    meta = ld([{"@context": "https://schema.org", "@type": ["ReportageNewsArticle"], "headline": a["title"],
                "datePublished": iso(pub), "dateModified": iso(mod), "author": authors_ld(a["authors"]),
                "url": url}])
    blocks = "\n".join(f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">{esc(p)}</p></div></div>' for p in a["paragraphs"])
    blocks = blocks.replace("</div></div>\n", f'</div></div>\n<div data-component="links-block" class="ssrcss-links"><ul><li><a href="/l1">Chip shortage: what it means for car buyers</a></li></ul></div>\n', 1)
    return f"""{head(a['title'] + ' - Tech Daily', meta + f'<meta property="og:title" content="{esc(a["title"])}"><link rel="canonical" href="{url}">')}
<body><div id="root"><div class="ssrcss-header">{NAV}</div>
<div id="main-content" class="ssrcss-main"><article class="ssrcss-pv1rh6-ArticleWrapper">
<header data-component="headline-block"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">{esc(a['title'])}</h1></header>
<div data-component="byline-block" class="ssrcss-byline"><div class="ssrcss-68pt20-Text-TextContributorName">By {esc(a['authors'][0])}</div><div class="ssrcss-84ltp5-Text">Technology reporter</div>
<time data-testid="timestamp" datetime="{iso(pub, colon=False) if False else pub.astimezone(__import__('datetime').timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')}">5 November 2024</time></div>
<div data-component="image-block"><figure><img src="/i.jpg"><figcaption>Chip plants need large amounts of water</figcaption></figure></div>
{blocks}
<div data-component="tag-list"><ul><li><a href="/t">Semiconductors</a></li><li><a href="/t2">Jobs</a></li></ul></div>
</article></div>{MOST_READ}{FOOTER}</div></body></html>""", dict(subtitle=False)


def og_only(a, site, url):
    """No JSON-LD: OpenGraph and article:* tags, a <title> with the site name first."""
    pub = moment(a["published"])
    tags = (f'<meta property="og:title" content="{esc(a["title"])}">'
            f'<meta property="og:description" content="{esc(a["standfirst"])}">'
            f'<meta property="og:site_name" content="Weekend Review">'
            f'<meta property="article:published_time" content="{iso(pub)}">'
            f'<meta property="article:author" content="https://{site}/staff/hannah-liu">'
            f'<meta name="author" content="{esc(a["authors"][0])}">')
    return f"""{head('Weekend Review | ' + a['title'], tags)}
<body>{NAV}<div class="container"><div class="row"><div class="col-md-8 story">
<h1>{esc(a['title'])}</h1><h2 class="dek">{esc(a['standfirst'])}</h2>
<p class="meta">Hannah Liu · 3 September 2022</p>
<div class="story-text">{ps(a['paragraphs'], {2: '<p class="ad">ADVERTISEMENT</p>'})}</div>
{SHARE}</div><div class="col-md-4 sidebar">{MOST_READ}{NEWSLETTER}</div></div></div>{FOOTER}</body></html>"""


def dublin_core(a, site, url):
    """An old university-press style page: Dublin Core meta, body in a table cell."""
    pub = moment(a["published"])
    tags = (f'<meta name="DC.title" content="{esc(a["title"])}"><meta name="DC.creator" content="{esc(a["authors"][0])}">'
            f'<meta name="DC.date.issued" content="{iso(pub)}"><meta name="DC.description" content="{esc(a["standfirst"])}">')
    return f"""<html><head><title>{esc(a['title'])} :: Marine News Service</title>{tags}</head>
<body bgcolor="#ffffff"><table width="100%" cellpadding="0"><tr><td colspan="2"><a href="/">Marine News Service</a> | <a href="/archive">Archive</a> | <a href="/about">About</a></td></tr>
<tr><td width="180" valign="top"><a href="/n1">Latest releases</a><br><a href="/n2">Media contacts</a><br><a href="/n3">Subscribe by email</a></td>
<td valign="top"><font size="5"><b>{esc(a['title'])}</b></font><br><i>{esc(a['standfirst'])}</i><br><br>
{ps(a['paragraphs'])}
<br><a href="/archive">Back to archive</a></td></tr>
<tr><td colspan="2"><small>Copyright 2024 Marine News Service</small></td></tr></table></body></html>"""


def microdata(a, site, url):
    """Microdata (itemprop) markup, no JSON-LD, modified time shown before the published one."""
    pub = moment(a["published"])
    mod = pub.replace(hour=pub.hour + 2)
    return f"""{head(a['title'] + ' — Sports Wire')}
<body>{NAV}<div itemscope itemtype="https://schema.org/NewsArticle" class="news-item">
<h1 itemprop="headline">{esc(a['title'])}</h1>
<p class="summary" itemprop="description">{esc(a['standfirst'])}</p>
<div class="dates"><span class="updated">Updated <time itemprop="dateModified" datetime="{iso(mod)}">{mod.strftime('%H:%M')}</time></span>
<span class="published">Published <time itemprop="datePublished" datetime="{iso(pub)}">{pub.strftime('%H:%M')}</time></span></div>
<div class="author-line" itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">{esc(a['authors'][0])}</span></div>
<div itemprop="articleBody" class="text">{ps(a['paragraphs'], {1: FIGURE})}</div></div>
{RELATED}{COMMENTS}{FOOTER}</body></html>""", dict(modified_override=mod)


def br_text(a, site, url):
    """An old CMS: the body is one div of text separated by <br><br>, no <p> at all."""
    pub = moment(a["published"])
    body = "<br><br>\n".join(esc(p) for p in a["paragraphs"])
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a['title'])}</title>
<meta name="author" content="{esc(a['authors'][0])}"><meta name="date" content="{pub.strftime('%Y-%m-%dT%H:%M:%S%z')}"></head>
<body><div id="top"><a href="/">Valley Courier</a> - <a href="/news">News</a> - <a href="/sport">Sport</a></div>
<div id="left"><a href="/a">Classifieds</a><br><a href="/b">Obituaries</a><br><a href="/c">Weather</a></div>
<div id="story"><span class="hl">{esc(a['title'])}</span><br><br>
<span class="auth">{esc(a['authors'][0])}</span><br><br>
{body}
</div><div id="bottom">Valley Courier, 12 Main Street. Phone 555-0100.</div></body></html>""", dict(subtitle=False)


def split_body(a, site, url):
    """Body split into several sibling containers around ads and a newsletter box (paywall CMS)."""
    pub = moment(a["published"])
    p = a["paragraphs"]
    meta = ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"],
               "datePublished": pub.strftime("%Y-%m-%dT%H:%M:%S") + "Z" if pub.utcoffset().total_seconds() == 0 else iso(pub),
               "author": {"@type": "Person", "name": a["authors"][0]}, "description": a["standfirst"]})
    return f"""{head(a['title'] + ' | The Ledger', meta)}
<body>{COOKIE}{NAV}<main><div class="article-container">
<h1 class="article-title">{esc(a['title'])}</h1><div class="article-subtitle">{esc(a['standfirst'])}</div>
<div class="article-meta"><span class="author-name">{esc(a['authors'][0])}</span> <span class="timestamp">30 Jan 2025</span></div>
<div class="article-body-part">{ps(p[:2])}</div>
{AD}
<div class="article-body-part">{ps(p[2:3])}</div>
{NEWSLETTER}
<div class="article-body-part">{ps(p[3:])}</div>
</div>{RELATED}</main>{FOOTER}</body></html>"""


def amp(a, site, url):
    """An AMP page: amp-img, amp-ad, JSON-LD, canonical link to the full page."""
    pub = moment(a["published"])
    meta = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
               "datePublished": iso(pub), "author": [{"@type": "Person", "name": n} for n in a["authors"]],
               "image": ["https://example.com/i.jpg"]})
    return f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>{esc(a['title'])}</title>
<link rel="canonical" href="{url}">{meta}<style amp-custom>body{{font-family:serif}}</style></head>
<body><header class="amp-header"><a href="/">Metro Line</a></header>
<article><h1>{esc(a['title'])}</h1><p class="byline">By {esc(a['authors'][0])} and {esc(a['authors'][1])}</p>
<amp-img src="/i.jpg" width="600" height="400" layout="responsive"></amp-img>
{ps(a['paragraphs'], {0: '<amp-ad width="300" height="250" type="doubleclick"></amp-ad>'})}
</article><amp-social-share type="twitter"></amp-social-share>{FOOTER}</body></html>""", dict(subtitle=False)


def blog_posting(a, site, url):
    """A blog: BlogPosting JSON-LD, date in the URL-ish meta, long comment thread."""
    pub = moment(a["published"])
    meta = ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": a["title"],
               "datePublished": iso(pub, colon=False), "author": {"@type": "Person", "name": a["authors"][0],
               "url": f"https://{site}/about"}})
    return f"""{head(a['title'] + ' · Running Notes', meta)}
<body><div class="wrapper"><div class="blog-header"><a href="/">Running Notes</a> <span>a blog about running</span></div>
<div class="post"><h2 class="post-title">{esc(a['title'])}</h2>
<div class="post-info">{pub.strftime('%A, %B %d, %Y')} · <a href="/about">{esc(a['authors'][0])}</a> · 5 min read</div>
<div class="post-body">{ps(a['paragraphs'])}</div>
<div class="post-footer">Labels: <a href="/l/m">marathon</a>, <a href="/l/r">racing</a></div></div>
{COMMENTS}<div class="blog-archive"><h4>Blog Archive</h4><ul><li><a href="/2023/10">October 2023 (4)</a></li><li><a href="/2023/09">September 2023 (7)</a></li></ul></div>
</div></body></html>""", dict(subtitle=False)


def live_updated(a, site, url):
    """Updated time printed first and in a <time> without itemprop; JSON-LD has both dates."""
    pub, mod = moment(a["published"]), moment(a["modified"])
    meta = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
               "dateModified": iso(mod), "datePublished": iso(pub), "author": authors_ld(a["authors"])})
    return f"""{head(a['title'] + ' | Rail Today', meta)}
<body>{NAV}<article><h1>{esc(a['title'])}</h1><p class="lede-summary">{esc(a['standfirst'])}</p>
<div class="meta-line">Updated <time datetime="{iso(mod)}">21:02</time> · First published <time datetime="{iso(pub)}">18:20</time></div>
<p class="authors">{esc(a['authors'][0])} &amp; {esc(a['authors'][1])}</p>
<section class="content">{ps(a['paragraphs'])}</section></article>{RELATED}{FOOTER}</body></html>""", dict(subtitle=False)


def heavy_ads(a, site, url):
    """Ad-heavy page: ad containers and 'Story continues below' markers between every paragraph."""
    pub = moment(a["published"])
    between = {i: '<div class="advert"><span>Advertisement</span></div><p class="continue">Story continues below advertisement</p>' for i in range(len(a["paragraphs"]) - 1)}
    tags = f'<meta property="article:published_time" content="{iso(pub)}"><meta property="og:title" content="{esc(a["title"])}"><meta name="author" content="{esc(a["authors"][0])}">'
    return f"""{head(a['title'] + ' | Money Matters', tags)}
<body>{NAV}<div class="ad-leaderboard"></div><div class="l-article"><h1 class="c-headline">{esc(a['title'])}</h1>
<div class="c-article-body">{ps(a['paragraphs'], between)}</div></div>{MOST_READ}{FOOTER}</body></html>""", dict(subtitle=False)


def no_h1(a, site, url):
    """No <h1>: the headline is a styled div; og:title and JSON-LD say what it is."""
    pub = moment(a["published"])
    meta = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": iso(pub),
               "author": {"@type": "Person", "name": a["authors"][0]}})
    return f"""{head(a['title'], meta + f'<meta property="og:title" content="{esc(a["title"])}">')}
<body>{NAV}<div class="page"><div class="big-title">{esc(a['title'])}</div>
<div class="content-wrap"><div class="text-content">{ps(a['paragraphs'])}</div></div></div>{FOOTER}</body></html>""", dict(subtitle=False)


def sections_h2(a, site, url):
    """A magazine template: body in <section> blocks, drop cap span, pull quote aside."""
    pub = moment(a["published"])
    p = a["paragraphs"]
    meta = ld({"@context": "https://schema.org", "@type": "Article", "headline": a["title"], "datePublished": iso(pub),
               "author": authors_ld(a["authors"]), "description": a["standfirst"]})
    first = f'<p><span class="dropcap">{esc(p[0][0])}</span>{esc(p[0][1:])}</p>'
    return f"""{head(a['title'] + ' | Coast Magazine', meta + '<meta property="og:site_name" content="Coast Magazine">')}
<body>{NAV}<main><article class="feature">
<div class="feature-hero"><h1>{esc(a['title'])}</h1><p class="feature-standfirst">{esc(a['standfirst'])}</p></div>
<section class="feature-body">{first}
<aside class="pullquote"><p>“This is good news with a warning attached”</p></aside>
{ps(p[1:])}</section></article></main>{FOOTER}</body></html>"""


def russian_cp1251(a, site, url):
    """A Russian regional site in windows-1251, declared in a meta http-equiv tag."""
    pub = moment(a["published"])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{esc(a['title'])} - Городские новости</title>
<meta property="og:title" content="{esc(a['title'])}"><meta property="og:site_name" content="Городские новости">
<meta property="article:published_time" content="{iso(pub)}"><meta name="author" content="{esc(a['authors'][0])}"></head>
<body><div class="menu"><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/city">Город</a></div>
<div class="news-full"><h1>{esc(a['title'])}</h1><div class="lead">{esc(a['standfirst'])}</div>
<div class="news-text">{ps(a['paragraphs'])}</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div></div>
<div class="footer">© Городские новости</div></body></html>"""
    return page, dict(encoding="windows-1251")


def german_latin1(a, site, url):
    """A German site in ISO-8859-1 declared with <meta charset>; times without offset (profile zone)."""
    pub = moment(a["published"])
    page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="iso-8859-1"><title>{esc(a['title'])} | Hauptstadt Kurier</title>
<meta name="author" content="{esc(a['authors'][0])}"><meta name="date" content="{pub.strftime('%Y-%m-%dT%H:%M')}"></head>
<body><nav><a href="/">Startseite</a> <a href="/berlin">Berlin</a></nav><article><h1>{esc(a['title'])}</h1><p class="teaser">{esc(a['standfirst'])}</p>
<div class="article-text">{ps(a['paragraphs'], {1: '<div class="anzeige">Anzeige</div>'})}</div></article><footer>Impressum · Datenschutz</footer></body></html>"""
    return page, dict(encoding="iso-8859-1")


def french_jsonld_graph(a, site, url):
    pub = moment(a["published"])
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": a["title"],
             "datePublished": iso(pub), "author": [{"@type": "Person", "name": a["authors"][0]}],
             "publisher": {"@type": "Organization", "name": "Rhône Matin"}}]}
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(a['title'])} - Rhône Matin</title>{ld(graph)}</head>
<body><header><a href="/">Rhône Matin</a>{NAV}</header><div class="article"><h1>{esc(a['title'])}</h1><p class="chapo">{esc(a['standfirst'])}</p>
<div class="signature">Par {esc(a['authors'][0])}</div>
<div class="article__content">{ps(a['paragraphs'], {1: '<div class="pub">Publicité</div>', 2: '<p class="lire-aussi"><a href="/x">Lire aussi : Les meilleures illuminations</a></p>'})}</div></div>
<footer>Mentions légales</footer></body></html>"""


def spanish_meta(a, site, url):
    pub = moment(a["published"])
    tags = f'<meta property="og:title" content="{esc(a["title"])}"><meta property="article:published_time" content="{iso(pub)}"><meta name="author" content="{esc(a["authors"][0])}"><meta property="og:description" content="{esc(a["standfirst"])}">'
    return f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{esc(a['title'])} | Diario Centro</title>{tags}</head>
<body>{NAV}<main><h1>{esc(a['title'])}</h1><h2 class="subtitulo">{esc(a['standfirst'])}</h2>
<div class="cuerpo-noticia">{ps(a['paragraphs'])}</div><div class="compartir">Compartir en <a href="#">Facebook</a></div></main>{FOOTER}</body></html>"""


def schema_breaking(a, site, url):
    """JSON-LD with an HTML-escaped headline and an offset without colon; body in <div class=text> paragraphs."""
    pub = moment(a["published"])
    meta = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"].replace("’", "&#8217;"),
               "datePublished": iso(pub, colon=False), "author": {"@type": "Person", "name": a["authors"][0]}})
    blocks = "\n".join(f'<div class="text">{esc(p)}</div>' for p in a["paragraphs"])
    return f"""{head(a['title'] + ' - Riverside Post', meta)}
<body>{NAV}<div class="main"><h1 class="title">{esc(a['title'])}</h1><div class="story">{blocks}</div></div>{RELATED}{FOOTER}</body></html>""", dict(subtitle=False)


def index_like_layout(a, site, url):
    """Article page whose sidebar has more links than the article has paragraphs."""
    pub = moment(a["published"])
    links = "".join(f'<li><a href="/s{i}">Story number {i} in the long sidebar list of today\'s headlines</a></li>' for i in range(40))
    meta = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": iso(pub),
               "author": [{"@type": "Person", "name": n} for n in a["authors"]]})
    return f"""{head(a['title'] + ' | Civic Post', meta)}
<body>{NAV}<div class="layout"><div class="left-rail"><ul>{links}</ul></div>
<div class="center"><h1>{esc(a['title'])}</h1><div class="body-copy">{ps(a['paragraphs'])}</div></div></div>{FOOTER}</body></html>""", dict(subtitle=False)


LAYOUTS = [
    ("cms-jsonld", cms_jsonld, "harbour-bridge", "harbour-gazette.example"),
    ("yoast-graph", yoast_graph, "river-floods", "flood-watch.example"),
    ("react-app", react_app, "chip-plant", "tech-daily.example"),
    ("og-only", og_only, "library-reopens", "weekend-review.example"),
    ("dublin-core", dublin_core, "coral-survey", "marine-news.example"),
    ("microdata", microdata, "marathon", "sports-wire.example"),
    ("br-text", br_text, "river-floods", "valley-courier.example"),
    ("split-body", split_body, "water-prices", "the-ledger.example"),
    ("amp", amp, "rail-strike", "metro-line.example"),
    ("blog-posting", blog_posting, "marathon", "running-notes.example"),
    ("live-updated", live_updated, "rail-strike", "rail-today.example"),
    ("heavy-ads", heavy_ads, "water-prices", "money-matters.example"),
    ("no-h1", no_h1, "chip-plant", "industry-news.example"),
    ("magazine", sections_h2, "coral-survey", "coast-magazine.example"),
    ("russian-cp1251", russian_cp1251, "moscow-metro", "gorod-novosti.example"),
    ("german-latin1", german_latin1, "berlin-tram", "hauptstadt-kurier.example"),
    ("french-graph", french_jsonld_graph, "lyon-festival", "rhone-matin.example"),
    ("spanish-meta", spanish_meta, "madrid-heat", "diario-centro.example"),
    ("schema-escaped", schema_breaking, "library-reopens", "riverside-post.example"),
    ("long-sidebar", index_like_layout, "harbour-bridge", "civic-post.example"),
]
