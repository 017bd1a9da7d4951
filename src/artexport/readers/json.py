"""JSON articles: the Article's JSON form (``schema.py``), a news-dataset record, a
schema.org article, or a WordPress post (:mod:`.json_cms`).

A dataset record (the shape of SaudiNewsNet, NewsAPI and most scrapers' output) has
``title`` and ``content`` (paragraphs separated by line breaks) and optionally
``author``, ``url``, ``date``/``published``/``publishedAt``, ``source`` (a name, or
NewsAPI's object; a lower-case code the record's ``url`` does not spell, such as
SaudiNewsNet's "was" for www.spa.gov.sa, names no publisher),
``description``, ``section``, ``tags``; it is recognised by having ``content`` and no
``blocks``. A schema.org ``NewsArticle`` (or ``Article``,
``BlogPosting``...) as JSON-LD, alone or in an ``@graph``, is read as such a record:
``headline``, ``articleBody``, ``author``, ``datePublished``, ``dateModified``,
``inLanguage``, ``description``, ``articleSection``, ``keywords``, ``publisher``.
``date_extracted`` (when the page was crawled) is not the date of the
article and is not used.

A record's ``content`` is page text a scraper cut out, often with some furniture left
in: the date line, "// انتهى //", a time line, "other articles by the author". It is
read line by line like a raw scrape (:mod:`.lines`, :mod:`.assemble`), the title
being known: the date line gives ``published``, furniture is left out with its reason
(``Draft.dropped``), or kept with ``keep_all``. A wire "section / headline" title
gives the section; an ``author`` field that is a byline ("الرياض: بدر الخريف") gives
the name and the dateline, and one that is no name (a label, a sentence) is left out.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import ArticleError
from ..model import (
    Block,
    Dropped,
    Figure,
    Heading,
    Image,
    Inline,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
    Table,
)
from ..resources import DEFAULT_LIMITS, Limits
from ..schema import ARTICLE_SCHEMA
from ..text.bidi import normalise_text
from .assemble import Page, assemble, set_title
from .base import Draft, read_text
from .json_cms import Meta, is_html, is_wordpress_post, read_as_page, read_wordpress_post
from .lines import classify, split_lines
from .news import byline_meta, looks_like_name, parse_byline


def read_json(path: Path, limits: Limits, *, keep_all: bool = False) -> Draft:
    text = read_text(path, limits)
    try:
        data = json.loads(text, parse_int=_integer)
    except json.JSONDecodeError as e:
        raise ArticleError(path, f"invalid JSON at line {e.lineno}, column {e.colno}: "
                                 f"{e.msg}") from None
    except ValueError as e:  # _integer's refusal
        raise ArticleError(path, str(e)) from None
    if not isinstance(data, dict):
        raise ArticleError(path, "a JSON article must be an object")
    linked = _from_json_ld(data)
    if linked is None and ("@type" in data or "@graph" in data):
        raise ArticleError(path, "a schema.org document, but no article in it (an Article, "
                                 "NewsArticle or BlogPosting with an articleBody text)")
    data = linked or data
    if is_wordpress_post(data):
        return read_wordpress_post(path, data, limits, keep_all=keep_all)
    if "content" in data and "blocks" not in data:
        return _record(path, data, limits, keep_all=keep_all)
    _validate(path, data)
    meta = {k: v for k, v in data.items() if k not in {"blocks", "lead_image"}}
    if "direction" in meta:
        meta["dir"] = meta.pop("direction")
    if "identifier" in meta:
        meta.setdefault("id", meta.pop("identifier"))
    if "source_url" in meta:
        meta.setdefault("url", meta.pop("source_url"))
    draft = Draft(path, meta)
    draft.blocks = [_block(b) for b in data["blocks"]]
    if "lead_image" in data:
        lead = _block(data["lead_image"])
        assert isinstance(lead, Figure)
        draft.lead = lead
    return draft


def _validate(path: Path, data: dict[str, Any]) -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(ARTICLE_SCHEMA)
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise ArticleError(path, f"does not match the article schema at {where}: "
                                 f"{error.message[:200]}")


def _inline(value: Any) -> Inline:
    if isinstance(value, str):
        return (Span(value),)
    return tuple(Span(**s) for s in value)


def _block(b: dict[str, Any]) -> Block:
    kind = b["kind"]
    own = {"lang": b.get("lang"), "direction": b.get("direction")}
    if kind == "heading":
        return Heading(b["level"], _inline(b.get("spans", b.get("text", ""))), b.get("id", ""),
                       **own)
    if kind == "paragraph":
        return Paragraph(_inline(b.get("spans", b.get("text", ""))), **own)
    if kind == "quote":
        return Quote(tuple(_inline(p) for p in b["paragraphs"]),
                     _inline(b.get("attribution", ())), **own)
    if kind == "list":
        return ListBlock(tuple(_inline(i) for i in b["items"]), b.get("ordered", False),
                         levels=tuple(b.get("levels", ())),
                         numbered=tuple(b.get("numbered", ())), start=b.get("start"),
                         **own)
    if kind == "table":
        return Table(tuple(tuple(_inline(c) for c in row) for row in b["rows"]),
                     b.get("header_rows", 0), b.get("header_columns", 0),
                     _inline(b.get("caption", ())), **own)
    if kind == "figure":
        return Figure(Image(**b["image"]), _inline(b.get("caption", ())), **own)
    return Preformatted(b["text"], b.get("language"), b.get("code", True))


def _record(path: Path, data: dict[str, Any], limits: Limits, *, keep_all: bool) -> Draft:
    content = data.get("content")
    title = data.get("title")
    if not isinstance(content, str) or not isinstance(title, str):
        raise ArticleError(path, "a news record needs 'title' and 'content' as text")
    if is_html(content):
        return _html_record(path, data, title, content, limits, keep_all=keep_all)
    meta: dict[str, Any] = {}
    set_title(meta, normalise_text(title))
    draft = Draft(path, meta)
    author = data.get("author")
    if isinstance(author, str) and author.strip():
        _author(normalise_text(author).strip(), draft)
    elif isinstance(author, list):  # several, each a name
        names = [normalise_text(a).strip() for a in author if isinstance(a, str)]
        meta["authors"] = [n for n in names if looks_like_name(n, single=True)]
    for key in ("url", "lang", "publisher", "summary"):
        if isinstance(data.get(key), str) and data[key].strip():
            meta[key] = data[key].strip()
    source = data.get("source")
    if isinstance(source, dict):  # NewsAPI: {"id": ..., "name": "Al Arabiya"}
        source = source.get("name")
    elif isinstance(source, str) and _dataset_code(source.strip(), data.get("url")):
        source = None  # a dataset's code for the site (SaudiNewsNet's "was"), no name
    if isinstance(source, str) and source.strip() and "publisher" not in meta:
        meta["publisher"] = source.strip()
    if "summary" not in meta and isinstance(data.get("description"), str) \
            and data["description"].strip():
        meta["summary"] = normalise_text(data["description"]).strip()
    for key in ("section", "updated"):
        if isinstance(data.get(key), str) and data[key].strip():
            meta[key] = data[key].strip()
    if isinstance(data.get("tags"), list):
        meta["tags"] = [t.strip() for t in data["tags"] if isinstance(t, str) and t.strip()]
    date = next((data[k] for k in _DATE_KEYS if isinstance(data.get(k), str)), None)
    if date:
        meta["published"] = date
    lines = split_lines(content)
    classify(lines)
    assemble(Page(lines, draft, keep_all=keep_all), title_known=True)
    draft.dropped = [*draft.dropped, *_author_dropped(draft)]
    return draft


def _html_record(path: Path, data: dict[str, Any], title: str, content: str,
                 limits: Limits, *, keep_all: bool) -> Draft:
    """A record whose content is HTML, read as the page it makes (:func:`read_as_page`)."""
    def text(key: str) -> str:
        value = data.get(key)
        return value.strip() if isinstance(value, str) else ""

    source = data.get("source")
    publisher = text("publisher") or (source.get("name") if isinstance(source, dict)
                                      else source if isinstance(source, str) else "")
    authors = data["author"] if isinstance(data.get("author"), list) else [text("author")]
    meta: Meta = [
        ("property", "article:published_time",
         next((data[k] for k in _DATE_KEYS if isinstance(data.get(k), str)), "")),
        ("property", "article:modified_time", text("updated")),
        ("property", "og:url", text("url")),
        ("name", "description", text("summary") or text("description")),
        ("property", "article:section", text("section")),
        ("property", "og:site_name", str(publisher or "").strip()),
        *(("name", "author", a.strip()) for a in authors if isinstance(a, str)),
        *(("property", "article:tag", t.strip()) for t in data.get("tags") or []
          if isinstance(t, str))]
    return read_as_page(path, limits, html.escape(title), content, meta, text("lang"),
                        keep_all=keep_all)


# the date of publication as datasets and news APIs name it ("publishedAt": NewsAPI)
_DATE_KEYS = ("date", "published", "publishedAt", "published_at", "datePublished",
              "pubDate")
# a lower-case word for the site a record came from ("was", "okaz", "reuters")
_SITE_CODE = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*\Z")


def _dataset_code(source: str, url: Any) -> bool:
    """Whether a record's lower-case ``source`` is a dataset's code for the site rather
    than the site's name: no part of the record's address spells it. SaudiNewsNet's "was"
    (the Saudi Press Agency, www.spa.gov.sa) was said "الناشر: was"; its "okaz" is
    www.okaz.com.sa's, and a source with no address is kept."""
    if not _SITE_CODE.match(source) or not isinstance(url, str):
        return False
    host = urlsplit(url.strip()).hostname or ""
    squeeze = str.maketrans("", "", "-_.")
    return bool(host) and source.translate(squeeze) not in {
        label.translate(squeeze) for label in host.split(".")}
# schema.org's article types, as a page's JSON-LD or a CMS export gives them
_ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "BlogPosting",
                            "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting",
                            "BackgroundNewsArticle", "Report", "TechArticle"})


def _from_json_ld(data: dict[str, Any]) -> dict[str, Any] | None:
    """A schema.org article (JSON-LD: ``headline``, ``articleBody``, ``author``...,
    alone or in an ``@graph``) as a news record, or None for anything else."""
    if "@graph" in data and isinstance(data["@graph"], list):
        node = next((n for n in data["@graph"] if isinstance(n, dict) and _is_article(n)),
                    None)
    else:
        node = data if _is_article(data) else None
    if node is None or not isinstance(node.get("articleBody"), str):
        return None
    record: dict[str, Any] = {"title": node.get("headline") or node.get("name") or "",
                              "content": node["articleBody"]}
    names = [n for n in (_name(a) for a in _as_list(node.get("author"))) if n]
    if names:
        record["author"] = names[0] if len(names) == 1 else names
    for key, field in (("published", "datePublished"), ("updated", "dateModified"),
                       ("lang", "inLanguage"), ("description", "description"),
                       ("section", "articleSection"), ("url", "url")):
        value = node.get(field)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str)), None)
        if isinstance(value, str) and value.strip():
            record[key] = value.strip()
    publisher = _name(node.get("publisher"))
    if publisher:
        record["publisher"] = publisher
    keywords = node.get("keywords")
    if isinstance(keywords, str):
        keywords = keywords.split(",")
    if isinstance(keywords, list):
        record["tags"] = [k.strip() for k in keywords if isinstance(k, str) and k.strip()]
    return record


def _is_article(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    return any(k in _ARTICLE_TYPES for k in _as_list(kinds) if isinstance(k, str))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _name(value: Any) -> str:
    """A schema.org Person or Organization's name, or a name given as text."""
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) else ""


def _author(text: str, draft: Draft) -> None:
    """The ``author`` field: a byline (name and dateline), a name, or left out."""
    byline = parse_byline(text)
    if byline is not None:
        byline_meta(byline, draft.meta)
    elif looks_like_name(text, single=True):
        draft.meta["authors"] = [text]
    else:
        draft.meta["_author_dropped"] = text


def _author_dropped(draft: Draft) -> list[Dropped]:
    text = draft.meta.pop("_author_dropped", None)
    return [Dropped(text, "author field: not a name")] if text else []


def _integer(digits: str) -> int:
    """A JSON integer, its digits counted before int() sees them (Python's int() stops
    at 4300 digits with a ValueError that names no file)."""
    limit = DEFAULT_LIMITS.max_number_digits
    if len(digits.lstrip("-")) > limit:
        raise ValueError(f"a number of {len(digits.lstrip('-'))} digits, over the limit of "
                         f"{limit} (max_number_digits); quote it to make it text")
    return int(digits)
