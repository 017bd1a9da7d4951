"""Inline spans to (X)HTML, shared by the HTML, EPUB and PDF templates."""

from __future__ import annotations

import urllib.parse

from markupsafe import Markup, escape

from .model import Inline, Span

SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def safe_href(href: str | None) -> str | None:
    """Keep only web and mail links; ``javascript:``, ``data:``, ``file:`` never survive."""
    if not href:
        return None
    scheme = urllib.parse.urlsplit(href.strip()).scheme.lower()
    return href.strip() if scheme in SAFE_LINK_SCHEMES else None


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
