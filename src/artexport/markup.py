"""Inline spans to (X)HTML, shared by the HTML, EPUB and PDF templates."""

from __future__ import annotations

import re
import unicodedata
import urllib.parse

from markupsafe import Markup, escape

from .model import Inline, Span

SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def readable_url(href: str) -> str:
    """A (safe) URL as a reader should see it printed: its percent-escapes decoded, so an
    Arabic article's address reads as its words ("/article/164913/الناشط-الحقوقي")
    instead of "%D8%A7%D9%84..." that a screen reader spells out. The URL itself when
    the decoded form is not valid UTF-8 or holds an invisible or control character (a
    direction override could make it read as another address)."""
    try:
        shown = urllib.parse.unquote(href, errors="strict")
    except UnicodeDecodeError:
        return href
    if any(unicodedata.category(ch) in _HIDDEN_CATEGORIES for ch in shown):
        return href
    return shown


_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})


def safe_href(href: str | None) -> str | None:
    """A web or mail link made safe to publish, or ``None``.

    ``javascript:``, ``data:``, ``file:`` and malformed URLs never survive. What a
    scrape leaves in a URL that a URL cannot hold (spaces, quotes, a bare ``%``) is
    percent-encoded and an international host name is given in its ASCII form, as
    EPUBCheck (RSC-020) and browsers require.
    """
    if not href or not href.strip():
        return None
    try:
        parts = urllib.parse.urlsplit(href.strip())
        if parts.scheme.lower() not in SAFE_LINK_SCHEMES:
            return None
        host = parts.netloc
        if not host.isascii():
            try:
                host = host.encode("idna").decode("ascii")
            except UnicodeError:
                host = urllib.parse.quote(host, safe=_URL_SAFE)
        rest = (urllib.parse.quote(_BARE_PERCENT.sub("%25", p), safe=_URL_SAFE)
                for p in (parts.path, parts.query, parts.fragment))
        return urllib.parse.urlunsplit((parts.scheme, host, *rest))
    except ValueError:  # urlsplit: "http://[::1" is no URL at all
        return None


_URL_SAFE = "!#$%&'()*+,-./:;=?@_~"  # what a URL may hold as is (RFC 3986, and escapes)
_BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def span_html(span: Span) -> Markup:
    html = escape(span.text)
    if span.emphasis == "code":
        html = Markup("<code>%s</code>") % html
    elif span.emphasis == "em":
        html = Markup("<em>%s</em>") % html
    elif span.emphasis == "strong":
        html = Markup("<strong>%s</strong>") % html
    href = safe_href(span.href)
    if href:
        html = Markup('<a href="%s">%s</a>') % (href, html)
    if span.direction or span.lang:
        attrs = Markup("")
        if span.lang:
            # lang and xml:lang both, so the same markup is valid in EPUB's XHTML
            attrs += Markup(' lang="%s" xml:lang="%s"') % (span.lang, span.lang)
        if span.direction:
            attrs += Markup(' dir="%s"') % span.direction
        # <bdi> isolates the run for the bidi algorithm in browsers, reading systems
        # and WeasyPrint alike; dir on a plain span would not in every engine.
        html = Markup("<bdi%s>%s</bdi>") % (attrs, html)
    return html


def inline_html(spans: Inline) -> Markup:
    """Render spans as escaped inline markup."""
    return Markup("").join(span_html(s) for s in spans)
