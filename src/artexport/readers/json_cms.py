"""A WordPress post as its REST API gives it (``/wp-json/wp/v2/posts/<id>``, with or
without ``?_embed``): the form most newsroom sites export their articles in.

Its ``title.rendered`` and ``content.rendered`` are HTML, so the post is laid out as the
page it would be -- the headline, then the content in an ``<article>``, with the post's
dates, author, excerpt, link, category, tags and language as the page's meta data -- and
read by the HTML page reader (:mod:`.html`): the content's headings, lists, quotes,
tables and figures come out as on the site, scripts and embeds as from any page. Dates:
``date`` is the site's local time and ``date_gmt`` the same instant in UTC, so the two
give the time zone. Names come from ``_embedded`` (the author, the terms) when the
export has them; a password-protected post has no content to read and is refused.

A news record whose ``content`` is HTML rather than text (:func:`is_html`) is read the
same way (:func:`read_as_page`): its tags were printed and read aloud as words.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..errors import ArticleError
from ..resources import Limits
from .base import Draft

__all__ = ["Meta", "is_html", "is_wordpress_post", "read_as_page", "read_wordpress_post"]


def is_wordpress_post(data: dict[str, Any]) -> bool:
    """Whether ``data`` is a WordPress REST post: ``title`` and ``content`` objects with
    their ``rendered`` HTML."""
    return all(isinstance(data.get(k), dict) and "rendered" in data[k]
               for k in ("title", "content"))


def read_wordpress_post(path: Path, data: dict[str, Any], limits: Limits, *,
                        keep_all: bool = False) -> Draft:
    """The post ``data`` (from ``path``) read as its page (see the module docstring)."""
    content, title = data["content"], data["title"]
    if content.get("protected"):
        raise ArticleError(path, "the WordPress post is password-protected: its export "
                                 "holds no content (export it with the password)")
    body, headline = content.get("rendered"), title.get("rendered")
    if not isinstance(body, str) or not isinstance(headline, str):
        raise ArticleError(path, "a WordPress post needs 'title.rendered' and "
                                 "'content.rendered' as text")
    meta = [("property", "article:published_time", _instant(data, "date")),
            ("property", "article:modified_time", _instant(data, "modified")),
            ("property", "og:url", _text(data.get("link"))),
            ("name", "description", _excerpt(data)),
            ("property", "article:section", next(iter(_terms(data, "category")), ""))]
    meta += [("name", "author", name) for name in _authors(data)]
    meta += [("property", "article:tag", tag) for tag in _terms(data, "post_tag")]
    # (Polylang and WPML add the post's language)
    return read_as_page(path, limits, headline, body, meta, _text(data.get("lang")),
                        keep_all=keep_all)


Meta = list[tuple[str, str, str]]
"""A page's ``<meta>`` elements: (attribute, its value, content)."""

_HTML_START = re.compile(r"\s*<(?:p|div|h[1-6]|ul|ol|blockquote|table|figure|section|article)"
                         r"\b[^<>]*>", re.I)
_HTML_END = re.compile(r"</(?:p|div|h[1-6]|ul|ol|li|blockquote|table|figure)>", re.I)


def is_html(content: str) -> bool:
    """Whether a record's ``content`` is HTML, as CMS exports and some scrapers give it,
    rather than text: it opens with a block element, or closes one ("</p>"). A text
    that names a tag ("the tag <p> starts a paragraph", "x<y<z") is text."""
    return _HTML_START.match(content) is not None or _HTML_END.search(content) is not None


def read_as_page(path: Path, limits: Limits, headline: str, body: str, meta: Meta,
                 lang: str = "", *, keep_all: bool = False) -> Draft:
    """``body`` (HTML) under ``headline`` (HTML) read as the page they make, with
    ``meta`` as its meta data, by the HTML page reader."""
    from .html import read_html

    head = "".join(f'<meta {kind}="{key}" content="{html.escape(value)}">'
                   for kind, key, value in meta if value)
    lang_attribute = f' lang="{html.escape(lang)}"' if lang else ""
    page = (f"<!doctype html><html{lang_attribute}><head>"
            f'<meta charset="utf-8"><title>{html.escape(_plain(headline))}</title>{head}'
            f"</head><body><article><h1>{headline}</h1>{body}</article></body></html>")
    return read_html(path, limits, keep_all=keep_all, text=page)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _instant(data: dict[str, Any], key: str) -> str:
    """``date``/``modified`` in ISO 8601 with the site's offset, which a local time and
    its ``_gmt`` twin give (either pair: an export may lack ``modified_gmt``)."""
    try:
        local = datetime.fromisoformat(_text(data.get(key)))
    except ValueError:
        return ""
    if local.tzinfo is not None:
        return local.isoformat()
    other = "modified" if key == "date" else "date"
    return local.isoformat() + (_offset(data, key) or _offset(data, other))


def _offset(data: dict[str, Any], key: str) -> str:
    """The zone of the site's local ``key`` time: "+03:00" ("" where unknown)."""
    try:
        gap = datetime.fromisoformat(_text(data.get(key))) - \
            datetime.fromisoformat(_text(data.get(f"{key}_gmt")))
    except (ValueError, TypeError):  # (TypeError: one of them has a zone)
        return ""
    if abs(gap) > timedelta(hours=14) or gap % timedelta(minutes=15):
        return ""
    minutes = abs(gap) // timedelta(minutes=1)
    return f"{'-' if gap < timedelta(0) else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


def _excerpt(data: dict[str, Any]) -> str:
    """The excerpt an editor wrote; WordPress's own (the content's first words, cut with
    "[…]") says nothing the text does not."""
    excerpt = data.get("excerpt")
    rendered = _text(excerpt.get("rendered")) if isinstance(excerpt, dict) else ""
    text = _plain(rendered)
    return "" if text.endswith(("[…]", "[...]", "…", "...")) else text


def _plain(markup: str) -> str:
    """The text of a bit of HTML (a headline with <em>, an excerpt's <p>)."""
    from .html_tree import fragment_paragraphs

    return " ".join(fragment_paragraphs(markup))


def _embedded(data: dict[str, Any], key: str) -> list[Any]:
    found = data.get("_embedded", {})
    value = found.get(key, []) if isinstance(found, dict) else []
    return value if isinstance(value, list) else []


def _authors(data: dict[str, Any]) -> list[str]:
    return [_text(a.get("name")) for a in _embedded(data, "author")
            if isinstance(a, dict) and _text(a.get("name"))]


def _terms(data: dict[str, Any], taxonomy: str) -> list[str]:
    """The names of the post's terms of ``taxonomy`` ("category", "post_tag")."""
    return [html.unescape(_text(t.get("name"))) for group in _embedded(data, "wp:term")
            if isinstance(group, list) for t in group
            if isinstance(t, dict) and t.get("taxonomy") == taxonomy and _text(t.get("name"))]

