"""The metadata of a saved news page (see :mod:`.html`): title (``og:title``,
``<h1>``, JSON-LD ``headline``, ``<title>`` less the site name), dates
(``article:published_time``, ``datePublished``, JSON-LD -- parsed as data --, ``<time>``,
``dc:date``), authors, publisher, section, tags, summary, canonical URL, ``lang``/``dir``.
"""

from __future__ import annotations

import functools
import json
import re
import warnings
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..errors import ArtexportWarning, caller_stacklevel, quoted
from ..model import Heading, Paragraph, plain_text
from ..text.lang import LANG_TAG
from .base import Draft
from .furniture import without_relative_time
from .html_header import byline_elements, component_bylines, listed_writers, without_about
from .html_standfirst import mostly_in, printed_standfirst, restates
from .html_tree import (
    Element,
    _attr,
    _body_of,
    _tag,
    _text_of,
    _xpath,
    block_text,
    in_headline_header,
    labelled_authors,
    text_lines,
)
from .news import (
    find_date,
    fold,
    is_account_name,
    looks_like_name,
    parse_byline,
    with_role,
    without_role,
)

_ENTRY_TITLE = "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]"
_AUTHOR_PAGE = re.compile(r"/(?:authors?|writers?|columnists?|kuttab|kotab)/[^/?#]+/?$", re.I)
_MANY_LINKS = 2000  # links looked at for the writer's: a page has hundreds; a hostile one more
# A page whose script draws its text (an Angular or React shell saved as it came): when
# what it prints is under this share of its JSON-LD articleBody, that is the text
DATA_BODY_SHARE = 0.4
DATA_BODY_WORDS = 30  # ... an articleBody this long at least
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "blogposting",
                            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
                            "techarticle", "scholarlyarticle", "liveblogposting", "report",
                            "webpage"})


class _Meta:
    """Reads the page's metadata into draft ``meta`` keys."""

    def __init__(self, path: Path, root: Element, in_furniture: Callable[[Element], bool]) -> None:
        self.path = path
        self.root = root
        self.in_furniture = in_furniture
        self.metas: dict[str, list[str]] = {}
        for el in root.iter("meta"):
            key = (el.get("property") or el.get("name") or el.get("itemprop")
                   or el.get("http-equiv") or "").strip().lower()
            content = (el.get("content") or "").strip()
            if key and content:
                self.metas.setdefault(key, []).append(content)
        self.ld = _json_ld(root)

    def data_body(self) -> list[str]:
        """The paragraphs of the JSON-LD's ``articleBody`` (its lines; the text of its
        block elements when it holds HTML), or [] when there is none of 30 words."""
        body = self.ld.get("articleBody")
        if not isinstance(body, str) or len(body.split()) < DATA_BODY_WORDS:
            return []
        if re.search(r"<(?:p|div|br|h[1-6]|li)\b", body, re.I):
            try:
                fragment = lxml_html.fragment_fromstring(body, create_parent="div")
            except (etree.ParserError, ValueError):
                return []
            for br in fragment.iter("br"):
                br.tail = "\n" + (br.tail or "")
            lines = [fragment.text or ""] + [el.text_content() for el in fragment
                                             if isinstance(el.tag, str)]
            body = "\n".join(lines)
        return [" ".join(line.split()) for line in body.splitlines() if line.strip()]

    def first(self, *keys: str) -> str:
        for key in keys:
            for value in self.metas.get(key, []):
                if value:
                    return value
        return ""

    def collect(self) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        site = self.first("og:site_name", "application-name")
        publisher = site or _ld_name(self.ld.get("publisher"))
        if publisher:
            meta["publisher"] = " ".join(publisher.split())
        title = self.title([site, publisher])
        if title:
            meta["title"] = title
        lang = self.lang()
        if lang:
            meta["lang"] = lang
        direction = (_attr(self.root, "dir") or _attr(_body_of(self.root), "dir")).lower()
        if direction in ("rtl", "ltr"):
            meta["dir"] = direction
        for key, value in (("published", self.published()), ("updated", self.updated())):
            if value:
                meta[key] = value
        # (the data's publisher too, when og:site_name gave the site another name:
        # "Asharq Business" and "الشرق للأخبار" -- "الشرق" was an author)
        authors = self.authors({fold(site), fold(publisher),
                                fold(_ld_name(self.ld.get("publisher")))} - {""},
                               self._title_site() if publisher else "")
        if authors:
            meta["authors"] = authors
        section = self.first("article:section", "og:article:section") \
            or _ld_text(self.ld.get("articleSection"))
        if section:
            meta["section"] = section
        tags = [t for k in ("article:tag", "og:article:tag") for t in self.metas.get(k, [])]
        if tags:
            meta["tags"] = tags
        summary = self.first("og:description", "description", "twitter:description") \
            or _ld_text(self.ld.get("description"))
        if not summary and (summary := self._printed_description()):
            meta["_printed_summary"] = True  # (its paragraph is not the body's)
        if summary:
            meta["summary"] = " ".join(summary.split())
        url = self.first("og:url") or self._canonical()
        if url.startswith(("http://", "https://")):
            meta["url"] = url
        image = self.first("og:image", "twitter:image")
        if image and _is_local_name(image):
            meta["_og_image"] = image
            meta["_og_image_alt"] = self.first("og:image:alt", "twitter:image:alt")
        return meta

    @functools.cached_property
    def _labelled_authors(self) -> list[dict[str, str]]:
        """The writers a labelled byline names, with their roles (one look at the page
        for the names and the roles both)."""
        return labelled_authors(self.root)

    def _printed_bylines(self) -> list[str]:
        """Names printed in a byline ("Dan Forbes, GoLocalProv Contributor": the name)."""
        found: list[str] = []
        for el in _xpath(self.root, "//*[@aria-labelledby]"):
            # BBC World Service: a region "article-byline", each item a hidden label
            # ("Author, ", "Role, ") and its text; the first item's text is the name
            if "byline" in el.get("aria-labelledby", "").lower() and not self.in_furniture(el):
                items = [_without_hidden_label(li) for li in el.iter("li")]
                if items and looks_like_name(items[0]):
                    found.append(items[0])
        found += [a["name"] for a in self._labelled_authors if looks_like_name(a["name"])] \
            or component_bylines(self.root)
        for el in byline_elements(self.root):
            # (Drupal's field holds the name's link and the writer's post after it)
            link = next((a for a in el.iter("a") if _text_of(a).strip()), None)
            if self.in_furniture(el) and not in_headline_header(el):
                continue
            # (its lines: the name, then the desk or outlet under a <br>: BBC Persian's)
            for text in map(without_relative_time, text_lines(
                    link if link is not None and "field" in (el.get("class") or "") else el)):
                if len(text.split()) > 16:  # (three writers and their place: 14 words)
                    continue
                # (each writer it names: "By A, B and C")
                byline = parse_byline(text := without_about(text))
                names = [a["name"] for a in byline.authors] if byline \
                    else [re.split(r"\s*[,،|]\s*", text)[0]]
                if names and all(looks_like_name(name) for name in names):
                    found += names
                    break
        if not found:  # a link to the writer's page ("/author/monia-gharbi"), its class
            # named by a CSS module ("ArticleHeader_author__n3Lp8")
            for a in _xpath(self.root, "//a[@href]")[:_MANY_LINKS]:
                text = " ".join(_text_of(a).split())
                if _AUTHOR_PAGE.search(a.get("href") or "") and "author" in \
                        (a.get("class") or "").lower() and 0 < len(text.split()) <= 5 \
                        and looks_like_name(text) and not self.in_furniture(a):
                    found.append(text)
        return found

    def _printed_description(self) -> str:
        """The standfirst printed in the page and marked ``itemprop="description"``
        (Mehr News prints it above the article's body, which trafilatura reads alone, or
        puts after the body)."""
        for el in self.root.iter():
            if isinstance(el.tag, str) and _tag(el) != "meta" \
                    and "description" in (el.get("itemprop") or "").split() \
                    and not self.in_furniture(el):  # (hidden, or another story's teaser)
                text = " ".join(_text_of(el).split())
                if len(text.split()) >= 6:
                    return text
        return ""

    def settle_summary(self, draft: Draft, first: str, meta: dict[str, Any], *,
                       printed: bool) -> bool:
        """The summary of ``draft`` (whose first paragraph is ``first``): the standfirst
        the page prints when ``printed`` (over its description); a printed summary is not
        also the body's first paragraph; a description that is the text's first lines cut
        short is no summary. Whether the summary is the printed standfirst."""
        second = next((plain_text(b.spans) for b in draft.blocks[1:] if isinstance(b, Paragraph)
                       and plain_text(b.spans) != first), "")
        standfirst, subtitle = printed_standfirst(self.root, first, self.in_furniture, second) \
            if printed else ("", "")
        if subtitle:  # (a subtitle over a box labelled "ملخص": the box is the standfirst)
            meta.setdefault("subtitle", subtitle)
        if standfirst:
            meta["summary"] = standfirst
            draft.dropped = [d for d in draft.dropped if d.text != standfirst]
        key = fold(str(meta.get("summary") or ""))
        # (trafilatura may give the printed standfirst as the text's last paragraph)
        if meta.pop("_printed_summary", False) or standfirst:
            draft.blocks = [b for b in draft.blocks if not isinstance(b, Paragraph)
                            or fold(plain_text(b.spans)) != key]
        if key and (head := next((b for b in draft.blocks[:1] if isinstance(b, Heading)), None)) \
                and len(key) >= 20 and fold(plain_text(head.spans)).startswith(key):
            # Medium's subtitle over the text, its description meta the subtitle cut
            # short: the subtitle is the summary, whole (it was a heading over the text)
            meta["summary"] = plain_text(head.spans)
            key = fold(meta["summary"])
        if key:  # the standfirst set as a heading above the text (Substack's, Medium's)
            draft.blocks = [b for n, b in enumerate(draft.blocks) if n > 1
                            or not isinstance(b, Heading) or fold(plain_text(b.spans)) != key]
        body_key = fold(" ".join(plain_text(b.spans) for b in draft.blocks[:4]
                                 if isinstance(b, Paragraph)))
        summary = fold(str(meta.get("summary", "")))
        # (a description meta sharing a piece of its middle with the text is the text
        # cut short; a printed standfirst that does, or most of its phrases, retells the
        # lede and stays: the lede's own words alone are no standfirst)
        middle = summary[len(summary) // 3:len(summary) // 3 + 30]
        lede = fold(next((plain_text(b.spans) for b in draft.blocks
                          if isinstance(b, Paragraph)), ""))
        if summary and (summary[:40] in body_key or mostly_in(summary, body_key, standfirst)
                        or restates(summary, lede)
                        or (not standfirst and middle in body_key)
                        or summary == fold(str(meta.get("title") or ""))):  # (Shafaq's)
            meta.pop("summary", None)
        return bool(standfirst)

    def _canonical(self) -> str:
        for el in self.root.iter("link"):
            if _tag(el) == "link" and "canonical" in (el.get("rel") or "").lower().split():
                return (el.get("href") or "").strip()
        return ""

    def title(self, sites: list[str]) -> str:
        # a headline inside the page's <header> looks like furniture; the metadata
        # naming the same title says it is the article's
        every_h1 = [(t, self.in_furniture(h)) for h in self.root.iter("h1")
                    if _tag(h) == "h1" and len((t := _text_of(h)).split()) >= 2]
        if not every_h1:  # no <h1>: the <h2> of the article's own <header> (Der Spiegel)
            every_h1 = [(re.sub(r":(?=[^\W\d_])", ": ", t), False)  # (a kicker's span)
                        for h in _xpath(self.root, "//article//header//h2")[:1]
                        if len((t := block_text(h)).split()) >= 2]
        if not every_h1:  # ... or hAtom's "entry-title" (Blogger's <h3 class="post-title
            # entry-title">, under a <title> of "Blog: Post")
            every_h1 = [(t, False) for h in _xpath(self.root, _ENTRY_TITLE)[:1]
                        if len((t := block_text(h)).split()) >= 2]
        h1s = [t for t, furniture in every_h1 if not furniture]
        named = " ".join((self.first("og:title", "twitter:title")
                          or _ld_text(self.ld.get("headline"))).split())
        page_title = " ".join(next((_text_of(t) for t in self.root.iter("title")
                                    if _tag(t) == "title"), "").split())
        for name, from_metadata in ((named, True), (page_title, False)):
            if not name:
                continue
            # The page's own heading, when the metadata names the same title (with or
            # without " - Site"), is the cleanest form.
            stripped = _strip_site(name, sites, loose=not from_metadata)
            site = _removed_part(fold(name), fold(stripped))
            for h1, _ in every_h1:
                if fold(h1) == site:
                    continue  # the site's name in a hidden <h1> (a theme's logo)
                if fold(name).startswith(fold(h1)) or fold(h1).startswith(fold(stripped)) \
                        or _after_site_prefix(fold(name), fold(h1)):
                    return h1
            if from_metadata or not h1s:
                return stripped
        if h1s:
            return h1s[0]
        # no metadata and every <h1> in a part that looks like furniture (Mehr News puts
        # its headline in "item-header"): the headline all the same
        return every_h1[0][0] if every_h1 else ""

    def lang(self) -> str:
        for raw in (_attr(self.root, "lang"), _attr(_body_of(self.root), "lang"),
                    self.first("content-language", "og:locale", "language"),
                    _ld_text(self.ld.get("inLanguage"))):
            tag = raw.replace("_", "-").split(",")[0].strip()
            if tag and LANG_TAG.match(tag):
                return tag
            if tag:
                warnings.warn(ArtexportWarning(f"{self.path}: page language {quoted(raw)} is not "
                                               "a language tag; ignored"),
                              stacklevel=caller_stacklevel())
        return ""

    def published(self) -> str:
        candidates = [self.first("article:published_time", "og:article:published_time",
                                 "datepublished", "publishdate", "pubdate", "dc.date.issued",
                                 "dcterms.issued", "sailthru.date", "parsely-pub-date",
                                 "date", "dc.date")]
        candidates += [_ld_text(self.ld.get("datePublished"))]
        for el in _xpath(self.root, "//*[@itemprop or @property] | //time"):
            tag = _tag(el)
            if not tag:
                continue
            props = _props(el)
            if "datepublished" in props or "dc:date" in props or "dc:created" in props:
                # (Blogger: <abbr class="published" itemprop="datePublished" title="...">)
                candidates.append(el.get("content") or el.get("datetime")
                                  or (el.get("title") if tag == "abbr" else "") or "")
            elif tag == "time" and (el.get("pubdate") is not None or "published" in
                                    (el.get("class") or "").lower()):
                candidates.append(el.get("datetime") or "")
        first_time = next((el.get("datetime") or "" for el in self.root.iter("time")  # (or in
                           if _tag(el) == "time" and el.get("datetime")  # the headline's header)
                           and (not self.in_furniture(el) or in_headline_header(el))), "")
        candidates.append(first_time)
        found = [(c.strip(), v) for c, v in ((c, _iso(c)) for c in candidates) if v]
        if not found:
            return ""
        day, first = found[0]
        if len(day) <= 10:  # a day alone ("2024-05-18"): the same day with its time, if any
            return next((v for c, v in found[1:] if c[:10] == day[:10] and len(c) > 10), first)
        return first

    def updated(self) -> str:
        for value in (self.first("article:modified_time", "og:updated_time", "datemodified",
                                 "dcterms.modified"), _ld_text(self.ld.get("dateModified"))):
            iso = _iso(value)
            if iso:
                return iso
        return ""

    def _title_site(self) -> str:
        """The last part of the page's <title> after a separator, folded: where pages
        name their site ("... | يورونيوز"), in its own script."""
        text = " ".join(next((_text_of(t) for t in self.root.iter("title")
                              if _tag(t) == "title"), "").split())
        m = _HEAD_TAIL.match(text)
        return fold(m.group("tail")) if m else ""

    def authors(self, not_names: set[str], title_site: str = "") -> list[dict[str, str] | str]:
        """The article's writers; none that is the site (``not_names``, or exactly the
        site's name in the <title>, ``title_site``, when the data gives it another:
        "يورونيوز" beside "euronews")."""
        names: list[str] = []
        # (an Organization as the author, "الأناضول", only when nothing names a person:
        # Anadolu prints its reporter's name on the page)
        ld_authors = self.ld.get("author")
        items = ld_authors if isinstance(ld_authors, list) else [ld_authors]
        organizations = [n for v in items if isinstance(v, dict) and "organization" in
                         str(v.get("@type", "")).lower() and (n := _ld_name(v))]
        names += [n for n in _ld_names(ld_authors) if n not in organizations]
        for key in ("author", "article:author", "og:article:author", "dc.creator",
                    "parsely-author", "sailthru.author"):
            names += self.metas.get(key, [])
        for el in _xpath(self.root, "//*[@rel or @itemprop or @property]"):
            if not _tag(el):
                continue
            rel = (el.get("rel") or "").lower().split()
            props = _props(el)
            # (the article's own microdata counts in its footer too: Blogger's "post-footer")
            if ("author" in rel or "author" in props) and (
                    not self.in_furniture(el) or ("author" in props and _in_article_scope(el))):
                inner = next((c for c in el.iter() if _tag(c) and "name" in
                              (c.get("itemprop") or "").lower().split()), None)
                names.append((inner if inner is not None else el).get("content")
                             or _text_of(inner if inner is not None else el))
        names = listed_writers(names, self._printed_bylines())
        names = names or organizations
        out: list[dict[str, str] | str] = []
        seen: set[str] = set()
        for raw in names:  # (Town News writes the e-mail after it: "Tom Baker tbaker@...")
            name = " ".join(re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", " ", raw).split())
            parts = re.split(r"\s+[-–|]\s+", name)  # "هسبريس - محمد الراجي": the site's name off
            if len(parts) > 1 and (kept := [p for p in parts if not any(
                    f" {fold(p)} " in f" {n} " for n in not_names)]) and kept != parts:
                if len(kept) == 1 and len(kept[0].split()) == 1:
                    continue  # "سكاي نيوز عربية - أبوظبي": the site and its dateline
                name = " - ".join(kept)
            byline = parse_byline(name)
            entry: dict[str, str] | str = byline.authors[0] if byline else without_role(name)
            text = entry["name"] if isinstance(entry, dict) else entry
            key = fold(text)
            # (the site's name written with or without its space: "فرانس24", "فرانس 24")
            if not key or (_unspaced(key) == _unspaced(title_site) and _brand_like(key)) \
                    or any(f" {key} " in f" {n} " or _unspaced(key) == _unspaced(n)
                           for n in not_names) \
                    or _initials_of(text, not_names) or "://" in key \
                    or len(key.split()) > 6 or key.startswith("@") \
                    or _FILE_OR_DOMAIN.match(name) or is_account_name(text):
                continue
            # one person named twice, by two fields: "Tanza Loudenback, Business
            # Insider" and "Tanza Loudenback"; "Troy L. Smith" and "Troy Smith"
            person = _person_key(key)
            if person in seen or any(f" {p} " in f" {person} " for p in seen):
                continue  # ("أحمد عبد القوي ومحمد داود": two names already known)
            seen.add(person)
            out.append(entry)
        # a labelled byline gives each writer's role ("Role, بي بي سي نيوز عربي - بيروت")
        roles = {fold(a["name"]): a["role"] for a in self._labelled_authors if "role" in a}
        return [with_role(entry, roles) for entry in out]


def _initials_of(name: str, sites: set[str]) -> bool:
    """Whether ``name`` is a site's or publisher's initials in capitals ("DW" for
    Deutsche Welle, "BBC"): the outlet, not a writer."""
    letters = name.replace(".", "").strip()
    return 2 <= len(letters) <= 5 and letters.isascii() and letters.isalpha() and \
        letters.isupper() and any(len(words := site.split()) == len(letters) and "".join(
            w[0] for w in words) == letters.lower() for site in sites)


def _without_hidden_label(item: Element) -> str:
    """The text of ``item`` without its first span when that span is a label for screen
    readers ending in a comma ("Author, ", "Role, ")."""
    first = next((c for c in item.iter("span")), None)
    text = _text_of(item)
    if first is not None:
        label = _text_of(first)
        if label.endswith((",", "،")) and len(label.split()) <= 3 and text.startswith(label):
            text = text[len(label):].strip()
    return text


# "Name, Affiliation"; "Name. Affiliation" (not the full stop of an initial: "Troy L.
# Smith")
_AFFILIATION = re.compile(r",|\.\s(?=\w{2,}\s)")


def _person_key(folded: str) -> str:
    """A folded author name without what follows its first comma (an affiliation) and
    without initials."""
    name = _AFFILIATION.split(folded)[0]
    return " ".join(w for w in name.replace(".", " ").split() if len(w) > 1)



# '<meta rel="author" content="humans.txt">', "example.com": not a person
_FILE_OR_DOMAIN = re.compile(r"\S+\.[a-z]{2,5}$")


def _is_local_name(ref: str) -> bool:
    """A file name beside the page ("photo.jpg", "img/photo.jpg"), not a URL or a path
    that leaves the folder."""
    ref = ref.strip()
    return bool(ref) and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:|^/|^\\", ref) \
        and ".." not in re.split(r"[/\\]", ref)


# "Headline - Site", the last separator with spaces around it: a site called "The
# Anti-June Cleaver" keeps its hyphen
_HEAD_TAIL = re.compile(
    r"^(?P<head>.+?)\s+(?:[-|–—:»«·]|::)\s+(?P<tail>(?:(?!\s(?:[-|–—:»«·]|::)\s).)+)$")


def _removed_part(name: str, stripped: str) -> str:
    """What stripping the site left out of the page title ``name`` (both folded), its
    separators aside: the site's name."""
    if stripped and stripped != name:
        if name.startswith(stripped):
            return name[len(stripped):].strip(" -|–—:·•")
        if name.endswith(stripped):
            return name[:-len(stripped)].strip(" -|–—:·•")
    return ""


def _after_site_prefix(name: str, h1: str) -> bool:
    """``name`` is the headline ``h1`` after the site's name and section, "GoLocalProv |
    Business | Friday Financial Five": the headline is the <h1>."""
    return len(h1.split()) >= 3 and name.endswith(h1) and name[:-len(h1)].rstrip()[-1:] \
        in ("|", "-", "–", "—", ":", "»", "›")


def _strip_site(title: str, sites: list[str], *, loose: bool = False) -> str:
    """ "Headline - BBC News" -> "Headline": the site's name goes; with ``loose`` (a
    ``<title>``, which sites suffix), so does any short last part after a separator."""
    keys = {fold(s) for s in sites if s}
    for _ in range(2):  # "Headline - الصباح | Assabah"
        m = _HEAD_TAIL.match(title)
        if not m:
            break
        tail = fold(m.group("tail"))
        if tail in keys or any(k and (k in tail or tail in k) for k in keys) \
                or (loose and len(tail.split()) <= 3 and len(m.group("head").split()) >= 4) \
                or (loose and len(tail.split()) <= 2 and len(m.group("head").split()) >= 3):
            title = m.group("head").strip()
        else:
            break
    return title


def _iso(value: str) -> str:
    """An ISO 8601 form of a date string the loader accepts, or ""."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return value
    except ValueError:
        pass
    found = find_date(value)
    return found.iso() if found else ""


# ---- JSON-LD ------------------------------------------------------------------------

def _in_article_scope(el: Element) -> bool:
    """Whether ``el``'s nearest microdata item is an article ("BlogPosting")."""
    scope = next((a for a in el.iterancestors() if a.get("itemtype")), None)
    return scope is not None and str(scope.get("itemtype")).rsplit("/", 1)[-1].lower() \
        in _ARTICLE_TYPES


def _json_ld(root: Element) -> dict[str, Any]:
    """The article object of the page's JSON-LD (merged over several scripts), parsed
    as data with :func:`json.loads`."""
    best: dict[str, Any] = {}
    for el in root.iter("script"):
        if _tag(el) != "script" or "ld+json" not in (el.get("type") or "").lower():
            continue
        try:  # (strict=False: line breaks and tabs inside its strings, as CMSs write them)
            data = json.loads(el.text or "", strict=False)
        except (ValueError, RecursionError):
            continue  # a broken block is skipped like a browser would
        for obj in _ld_objects(data, 0):
            types = obj.get("@type")
            names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if names & _ARTICLE_TYPES or "headline" in obj or "datePublished" in obj:
                for key, value in obj.items():
                    best.setdefault(key, value)
    return best


def _ld_objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)


def _ld_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0].strip()
    return ""


def _ld_name(value: Any) -> str:
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    return _ld_text(value)


def _ld_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [n for n in (_ld_name(v) for v in items) if n]



def _props(el: Element) -> list[str]:
    return f"{el.get('itemprop', '')} {el.get('property', '')}".lower().split()


def _unspaced(name: str) -> str:
    return name.replace(" ", "")


def _brand_like(name: str) -> bool:
    """Whether a <title>'s last part reads as a site's name rather than a writer's: one
    word, or a name with a figure ("يورونيوز", "فرانس 24"); a columnist's page ends its
    title with the writer's name ("... | محمد علي"), who stays the author."""
    return len(name.split()) == 1 or any(ch.isdigit() for ch in name)
