"""Which packaged face sets which language, for every edition alike.

An option chooses the Arabic-script face (``font=naskh``...); its default, ``auto``,
gives Urdu its own Nastaliq face and every other Arabic-script language the format's
default (Noto Naskh Arabic in print and the book, Noto Sans Arabic on the large-print
page). Latin text is always Noto Sans. An article gets one base stack for its own
language (with fallbacks for any other script its text holds) and, where a block or run
in another Arabic-script language needs a different face, one rule for that language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, TypeAlias

from ..model import Article, Block, Span, block_inlines
from ..text.lang import is_arabic_script, primary_subtag, script_of

FontChoice: TypeAlias = Literal["auto", "naskh", "sans-arabic", "amiri", "nastaliq"]

# Nastaliq's words slope and stack: its ink reaches 1.9 em above the baseline and 0.6
# below, a third more than Naskh. These line heights keep lines of Urdu apart at every
# size (checked in Chromium and WeasyPrint with the bundled Urdu test article).
MIN_LINE_HEIGHT: dict[str, float] = {"nastaliq": 2.3}


def arabic_face(lang: str, choice: str, default: str) -> str:
    """The family key for Arabic-script text in ``lang``: the option's ``choice``, or
    for ``auto`` Nastaliq for Urdu and ``default`` for the rest."""
    if choice != "auto":
        return choice
    return "nastaliq" if primary_subtag(lang) == "ur" else default


def stack_for(lang: str, choice: str, default: str) -> tuple[str, ...]:
    """Family keys in fallback order for text in ``lang``."""
    if is_arabic_script(lang):
        return (arabic_face(lang, choice, default), "sans")
    return ("sans",)


def line_height(keys: tuple[str, ...], normal: float) -> float:
    """The line height a stack needs: ``normal``, or more for a tall face first."""
    return max(normal, MIN_LINE_HEIGHT.get(keys[0], normal))


@dataclass(frozen=True)
class LanguageFonts:
    """A language whose text needs another stack than the article's (``:lang(ur)``)."""

    lang: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class FontPlan:
    """The faces an edition of one article uses.

    ``base``: the stack of the article's own language, with a fallback face for each
    other script its text holds; ``rules``: the languages present whose text needs a
    stack of its own; ``keys``: every family to embed, in order.
    """

    base: tuple[str, ...]
    rules: tuple[LanguageFonts, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        out = dict.fromkeys(self.base)
        for rule in self.rules:
            out.update(dict.fromkeys(rule.keys))
        return tuple(out)


def font_plan(article: Article, choice: str, default: str) -> FontPlan:
    """The :class:`FontPlan` of ``article`` for a format whose Arabic face is
    ``default`` and whose option asks for ``choice``."""
    base = stack_for(article.lang, choice, default)
    if base[0] == "sans" and any(script_of(ch) == "arabic" for ch in _text(article)):
        # an Arabic quotation in a Latin-script article
        base = (*base, arabic_face(_first_arabic_lang(article), choice, default))
    rules: list[LanguageFonts] = []
    seen = {primary_subtag(article.lang)}
    for lang in languages(article):
        primary = primary_subtag(lang)
        if primary in seen or not is_arabic_script(lang):
            continue
        seen.add(primary)
        keys = stack_for(lang, choice, default)
        if keys[0] != base[0]:  # its own face first (and its own line height)
            rules.append(LanguageFonts(primary, keys))
    return FontPlan(base, tuple(rules))


def languages(article: Article) -> list[str]:
    """Every language tag the article's blocks and runs carry, in reading order."""
    out: dict[str, None] = {}
    for block in article.blocks:
        lang = getattr(block, "lang", None)
        if lang:
            out[lang] = None
        for span in block_spans(block):
            if span.lang:
                out[span.lang] = None
    return list(out)


def block_spans(block: Block) -> Iterable[Span]:
    """Every inline span of ``block``, in reading order."""
    for run in block_inlines(block):
        yield from run


def _first_arabic_lang(article: Article) -> str:
    return next((lang for lang in languages(article) if is_arabic_script(lang)), "ar")


def _text(article: Article) -> str:
    return "\n".join((article.plain_text(), article.summary or "", article.dateline or "",
                      *(a.name for a in article.authors)))
