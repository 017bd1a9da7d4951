"""Bidi isolation: mark runs of the other direction inside a paragraph.

An Arabic sentence with "iPhoneIslam" or a URL in it renders correctly only when the
Latin run is isolated (``<bdi>``, ``dir="ltr"``); otherwise neutral characters around it
(parentheses, full stops, commas) are placed by the wrong side's rules. The loader splits
text into :class:`~artexport.model.Span` runs once, so every exporter isolates the same
runs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..model import Direction, Inline, Span
from .lang import detect_language, direction_of, dominant_script, function_words
from .presentation_forms import arabic_letters

# Inside an LTR run, these may sit between two strong characters without ending it:
# "App Store", "developer.apple.com/resources", "x-y"; "+" may end it ("C++"), and "#"
# right after a letter ("C#", "F#": left out of the run, it was laid out before the
# letter, "#C"), but not a hashtag's ("Apple #السعودية").
_LTR_JOINERS = r"[\s\-_./:@#&+'’%?=~,]"
_LTR_STRONG = r"[A-Za-z\u00C0-\u024F\u0250-\u02AF\u1E00-\u1EFF\u0370-\u03FF\u0400-\u04FF]"
# (a number written onto the letters, "5G", "120Hz", "2.4GHz", Persian's "۵G", is the
# run's: left out, it was laid out on the far side of its letters, "G5", "Hz120", in
# every edition)
_DIGIT = "[0-9\u0660-\u0669\u06F0-\u06F9]"
_LTR_RUN = re.compile(
    rf"(?:{_DIGIT}+(?:[.,٫]{_DIGIT}+)*(?={_LTR_STRONG}))?"
    rf"{_LTR_STRONG}(?:(?:{_LTR_JOINERS}|[0-9])*"
    rf"(?:{_LTR_STRONG}|[0-9]|\+|(?<=[A-Za-z])#(?![\w#])))*"
)
# (letters: the Arabic comma, semicolon and question mark and the Arabic-Indic digits
# are neutral or numbers, and an isolate that opened on "، " in "cross-platform، رایگان"
# carried the comma to the far side of the word)
_RTL_STRONG = (r"[\u0590-\u060B\u060D-\u061A\u061C-\u061E\u0620-\u065F\u066E-\u06D3"
               r"\u06D5-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]")
# (a figure between two words, "السعر ارتفع 15% خلال", or closing a quotation, "عيد سعيد
# 2025", is the run's: left out, it was laid out on the wrong side of its words)
_RTL_RUN = re.compile(
    rf"{_RTL_STRONG}(?:[\s\u200c\u0660-\u0669\u06F0-\u06F90-9.,،؛:\-%٪]*{_RTL_STRONG})*"
    r"(?:\s+[0-9\u0660-\u0669\u06F0-\u06F9]+[%٪]?(?=\s*[\"”»’']))?"
)

# (not a closing bracket or quote: "(Reuters)" keeps its pair outside the run)
_END_PUNCTUATION = re.compile(r"[.!?؟…,،;؛:]+")

BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def strip_bidi_controls(text: str) -> str:
    """Remove explicit bidi marks and embeddings; the exporters isolate runs themselves,
    and stray controls from a scrape (RLM, LRE, PDF) would otherwise fight that."""
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS)


def isolate_runs(spans: Inline, base: Direction, *, other_lang: str | None = None) -> Inline:
    """Split spans so every run against the base direction is its own span.

    ``other_lang`` labels the isolated runs (``"en"`` for Latin words inside Arabic),
    so a screen reader switches voice; spans that already carry a language keep it.
    """
    pattern = _LTR_RUN if base == "rtl" else _RTL_RUN
    other: Direction = "ltr" if base == "rtl" else "rtl"
    out: list[Span] = []
    for n, span in enumerate(spans):
        if span.direction is not None or span.emphasis == "code":
            out.append(span if span.direction else replace(span, direction="ltr"))
            continue
        if span.lang and direction_of(span.lang) == other and span.text.strip():
            # a run the source marks in a language of the other direction is one run,
            # its quotes, brackets and digits in it: cut at them, "(ورشة الحاج محمود –
            # منذ 1962)" came out in the wrong order, "“a quiet ...”" with its quotes
            # the wrong way round; its blanks stay in it beside more of the run ("دل به
            # <b>دریا</b> زدم"), else outside it
            joined_before = n > 0 and spans[n - 1].lang == span.lang
            joined_after = n + 1 < len(spans) and spans[n + 1].lang == span.lang
            core = span.text if joined_before else span.text.lstrip()
            core = core if joined_after else core.rstrip()
            start = 0 if joined_before else len(span.text) - len(span.text.lstrip())
            out.extend([replace(span, text=span.text[:start], lang=None),
                        replace(span, text=core, direction=other),
                        replace(span, text=span.text[start + len(core):], lang=None)])
            continue
        pos = 0
        runs = list(pattern.finditer(span.text))
        if len(spans) == 1 and len(runs) == 1 and not span.text[:runs[0].start()].strip() \
                and _END_PUNCTUATION.fullmatch(span.text[runs[0].end():].strip()):
            # the whole block is the run and its punctuation ("The ambassador said ... ."
            # as a list item of an Arabic article): the full stop goes with it, where a
            # reader of that language looks for it, not at the far end of the line
            end = len(span.text.rstrip())
            out.append(replace(span, text=span.text[:runs[0].start()]))
            out.append(replace(span, text=span.text[runs[0].start():end], direction=other,
                               lang=span.lang or run_language(runs[0].group(), other_lang)))
            out.append(replace(span, text=span.text[end:]))
            continue
        for m in runs:
            if m.start() > pos:
                out.append(replace(span, text=span.text[pos:m.start()]))
            out.append(replace(span, text=m.group(), direction=other,
                               lang=span.lang or run_language(m.group(), other_lang)))
            pos = m.end()
        if pos < len(span.text):
            out.append(replace(span, text=span.text[pos:]))
    return tuple(s for s in out if s.text)


_PHRASE_WORDS = 3  # a run this long, one word a function word, is a phrase in its language
# (ş alone is Turkish too; Azerbaijani's ə and Kurmanji's ê, î, û say otherwise)
_TURKISH_LETTERS = re.compile("^(?!.*[əƏêîûÊÎÛ]).*(?:[ğıİĞşŞ])", re.S)


def run_language(run: str, default: str | None) -> str | None:
    """The language a screen reader should read ``run`` in: right-to-left letters
    their own (Arabic, Persian, Urdu, Hebrew: it had none, "<bdi dir="rtl">"), a Latin
    phrase the language whose function words it has ("C'est une entreprise ..." in an
    Arabic paragraph was marked English), else ``default``."""
    if dominant_script(run) in ("arabic", "hebrew"):
        found = detect_language(run)
        # (Arabic found in a Persian or Urdu article's run is its yeh and kaf: the article's)
        return default if default and found == "ar" else found
    prose = re.sub(r"\S*[./@]\S*", " ", run)  # (an address's "com" is no Portuguese)
    # (a letter alone is no word: "Tesla Model Y" was Spanish, "Mercedes Benz E Class"
    # Portuguese, by their "y" and "e")
    words = [w for w in re.findall(r"[^\W\d_]+", prose.lower()) if len(w) > 1]
    if len(words) < _PHRASE_WORDS:
        # (a name or a term: no language to tell, and no detection run -- but Turkish
        # letters are never English: "Kapalıçarşı", "Kabataş" were marked "en")
        return "tr" if _TURKISH_LETTERS.search(run) else default
    found = detect_language(prose)
    if found != "und" and any(w in function_words(found) for w in words):
        return found
    return "tr" if _TURKISH_LETTERS.search(run) else default


def merge_adjacent(spans: Inline) -> Inline:
    """Join neighbouring spans with identical attributes (keeps the markup small)."""
    out: list[Span] = []
    for span in spans:
        if out and replace(out[-1], text="") == replace(span, text=""):
            out[-1] = replace(out[-1], text=out[-1].text + span.text)
        else:
            out.append(span)
    return tuple(out)


def isolated(spans: Inline, base: Direction, *, other_lang: str | None = None) -> Inline:
    """:func:`isolate_runs`, then :func:`merge_adjacent`: how the loader isolates the
    body and every edition the metadata it prints."""
    return merge_adjacent(isolate_runs(spans, base, other_lang=other_lang))


def isolate_text(text: str | None, base: Direction) -> Inline:
    """Plain text kept as a string (a title, a name, a dateline) as :func:`isolated`
    spans, as every edition prints it: in right-to-left text the Latin runs are marked
    English (metadata does not say otherwise); ``()`` for no text."""
    other_lang = "en" if base == "rtl" else None
    return isolated((Span(text),), base, other_lang=other_lang) if text else ()


def normalise_text(text: str) -> str:
    """NFC, no bidi controls, no BOM, no control characters, single spaces; Arabic
    presentation forms as letters in reading order (:func:`.arabic_letters`)."""
    text = unicodedata.normalize("NFC", strip_bidi_controls(text)).replace("\ufeff", "")
    text = arabic_letters(text)
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch) != "Cc" else " " for ch in text)
    text = text.replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", text)
