"""Lines of a scrape's body a reader must hear once, or not at all: a line printed again
(a slideshow's captions, a pull quote, the headline above the text) and the writer's box
under the text."""

from __future__ import annotations

import re
from typing import Any

from .news import is_city, looks_like_name, role_line
from .page_text import Line, ends_sentence
from .stopwords import fold

__all__ = ["AUTHOR_BOX", "REPEATED", "SOURCE", "site_names", "without_author_box",
           "without_repeats", "without_source", "writer_box_above"]

REPEATED = "printed again"
REPEAT_WORDS = 8   # a line this long printed again (a slideshow's captions, a pull quote)


def without_repeats(body: list[Line], title: str) -> list[Line]:
    """The body without the second and later copies of a long line (a slideshow prints
    each caption once per slide, a pull quote repeats a sentence, a teaser list comes
    twice), without a line printed twice in a row (a caption under its photo and in the
    photo's label) and without the headline printed again above the text; the reader
    hears each once (the copies are listed as left out). A poem's refrain stays."""
    seen = {fold(title)} if title else set()
    out: list[Line] = []
    previous = None
    for n, ln in enumerate(body):
        key = fold(ln.body)
        if n + 1 < len(body) and _alt_text_of(ln, body[n + 1]):
            ln.article, ln.reason = False, REPEATED
            continue
        if ln.verse:  # a refrain is sung again
            out.append(ln)
            continue
        if key == previous or (key in seen and (ln.words >= REPEAT_WORDS
                                                or key == fold(title))):
            ln.article, ln.reason = False, REPEATED
            continue
        seen.add(key)
        previous = key
        out.append(ln)
    said = [fold(ln.body).translate(_QUOTE_MARKS) for ln in out]
    for ln in out:
        if _pull_quote(ln, said):
            ln.article, ln.reason = False, REPEATED
    return [ln for ln in out if ln.reason != REPEATED]


# a line that is one quotation in its marks, none inside: "...", “...”, «...», ‘...’ and
# the Urdu ’...‘ (BBC Urdu's quoted subheadings)
_QUOTED = re.compile(r'^(?:"[^"“”«»‘’]+"|“[^"“”«»‘’]+”|«[^"“”«»‘’]+»|‘[^"“”«»‘’]+’'
                     r"|’[^\"“”«»‘’]+‘)$")
_QUOTE_MARKS = str.maketrans("", "", "\"“”«»‘’'")
PULL_QUOTE_WORDS = 4  # a pull quote's words, at least (fewer may be a phrase said twice)


def _pull_quote(line: Line, said: list[str]) -> bool:
    """A pull quote: a line that is one quotation, which another line of the text holds
    word for word (BBC Urdu's ’ہمیں اب بھی گھر نہیں ملا‘ over the paragraph that
    quotes it): set large beside the text, it was read twice (as a subheading)."""
    if line.words < PULL_QUOTE_WORDS or not _QUOTED.match(line.body):
        return False
    key = fold(line.body).translate(_QUOTE_MARKS).strip()
    return any(key in text and key != text.strip() for text in said)


_CREDIT_TAIL = re.compile(r"\s*[(\[][^()\[\]]{2,80}[)\]]\s*")
ALT_WORDS = 4  # an image's alt text printed over its caption, at least


def _alt_text_of(line: Line, below: Line) -> bool:
    """``line`` is a photo's alt text over its caption, the same words and the credit
    ("A view of the parliament in Baghdad." over "A view of the parliament in Baghdad.
    (AHMAD AL-RUBAYE/AFP via Getty Images)"): a text browser's dump prints both."""
    return line.words >= ALT_WORDS and below.body.startswith(line.body) \
        and bool(_CREDIT_TAIL.fullmatch(below.body[len(line.body):]))


AUTHOR_BOX = "about the author"


def without_author_box(body: list[Line], meta: dict[str, Any]) -> list[Line]:
    """The body without the writer's box under the text: the byline's name on a line of
    its own ("HANNAH SCHOENBAUM") and the line about the writer under it
    ("Schoenbaum covers North Carolina and education for The Associated Press."), and a
    starred note on the writer as the last line ("* أستاذ ...")."""
    names = {fold(str(a.get("name") if isinstance(a, dict) else a))
             for a in meta.get("authors") or ()}
    if names and body and body[-1].text.startswith("*") and role_line(body[-1].body, ""):
        # a column's note on its writer, marked with a star, under the text: "* أستاذ
        # التخطيط العمراني بجامعة الملك سعود"
        body[-1].article, body[-1].reason = False, AUTHOR_BOX
        body = body[:-1]
    last = body[-1].body if body else ""
    if any(last.startswith(f"{n} ") and (role_line(last, n) or role_line(last[len(n):], ""))
           for n in (str(a.get("name") if isinstance(a, dict) else a)
                     for a in meta.get("authors") or ())):
        # the line about the writer alone, as the last: "Nadia Farouk is a journalist ...",
        # "حسن الوردي صحافي مغربي مقيم في الرباط ..."
        body[-1].article, body[-1].reason = False, AUTHOR_BOX
        body = body[:-1]
    for k in range(len(body) // 2, len(body)):
        if fold(body[k].body) in names:
            surname = fold(body[k].body).split()[-1]
            box = [body[k]] + [ln for ln in body[k + 1:k + 2]
                               if ln.words <= 30 and surname in fold(ln.body)]
            for ln in box:
                ln.article, ln.reason = False, AUTHOR_BOX
            return [ln for ln in body if ln not in box]
    return body


def writer_box_above(lines: list[Line], start: int, meta: dict[str, Any]) -> int:
    """Where the text starts when the writer's box stands above the headline, at the
    text's first lines or right above them (an opinion column: the name, once or twice,
    "إعلامي ومثقف سعودي، عمل رئيساً لتحرير ...", then the headline over its date): past
    that line about the writer, which is left out with the name's lines, the name the
    writer's. The name was taken for the headline, and the line about the writer for
    the title or the text's first paragraph."""
    for k in range(max(start - 3, 1), min(start + 3, len(lines) - 2)):
        name, bio, head = lines[k - 1], lines[k], lines[k + 1]
        if name.furniture is None and looks_like_name(name.body) \
                and role_line(bio.body, name.body) and not role_line(bio.body) \
                and head.furniture is None and not ends_sentence(head.body) \
                and lines[k + 2].date is not None:
            box = [bio, name] + [ln for ln in lines[max(k - 2, 0):k - 1]
                                 if fold(ln.body) == fold(name.body)]  # (printed twice)
            for ln in box:
                ln.article, ln.reason, ln.furniture = False, AUTHOR_BOX, AUTHOR_BOX
            meta.setdefault("authors", [name.body])
            return max(start, k + 1)
    return start


SOURCE = "source credit"
SOURCE_WORDS = 6  # the source named after "المصدر:" at most
_SOURCE_LABEL = re.compile(r"^(?:المصدر|مصدر|منبع|ماخذ|source)\s*[:：]\s*(?P<name>.*)$", re.I)


def without_source(body: list[Line]) -> list[Line]:
    """The body without the source credited under the text: "المصدر: الجزيرة", the label
    and the name on two lines ("المصدر:" / "الأنباء"), or an aggregator's source paper
    alone on the last line ("السوداني": a word or two, after a sentence)."""
    cut = len(body)
    for k in range(max(len(body) - 2, 1), len(body)):
        m = _SOURCE_LABEL.match(body[k].body)
        rest = body[k + 1:]
        if m and len(m.group("name").split()) <= SOURCE_WORDS and (
                m.group("name") or (len(rest) == 1 and rest[0].words <= 3)) \
                and len(rest) <= 1 and (not rest or rest[0].words <= 3):
            cut = k
            break
    last = body[-1] if body else None
    if cut == len(body) and last is not None and len(body) > 1 and last.words <= 2 \
            and not last.bullet and not ends_sentence(last.body) \
            and not any(ch.isdigit() for ch in last.body) and ends_sentence(body[-2].body):
        cut = len(body) - 1
    for ln in body[cut:]:
        ln.article, ln.reason = False, SOURCE
    return body[:cut]


SITE_NAME_WORDS = 4  # the page's first line, this short, printed again: the site's name


def site_names(lines: list[Line]) -> frozenset[str]:
    """The page's first line, short and printed again further down, folded: the site's
    name (Libya Observer's "ليبيا أوبزرفر" at the top and under the headline), never a
    writer's."""
    if not lines or lines[0].words > SITE_NAME_WORDS:
        return frozenset()
    name = fold(lines[0].body)
    return frozenset({name}) if any(fold(ln.body) == name for ln in lines[2:]) else frozenset()


# a page's copyright line, where the site prints its own name
_RIGHTS = re.compile(r"©|\(c\)|\bcopyright\b|all rights reserved|(?:جميع|كافة) الحقوق(?: محفوظة)?",
                     re.I)
_NON_WORD = re.compile(r"[\W\d_]+")  # (the year of the copyright line is no name)
_THREE_PARTS = re.compile(r"^(?P<a>\S.*?)\s+[-–—]\s+(?P<site>[^-–—]+?)\s+[-–—]\s+(?P<c>\S.*)$")


def unsited(text: str, lines: list[Line]) -> str:
    """Sabq's byline "محمد العتيبي - سبق - الرياض" (the writer, the site, the city) as
    "محمد العتيبي - الرياض", for the byline reader; any other line as it is. The middle
    part must be the page's own name, printed in its copyright line or as its first line
    and again below (:func:`site_names`): a headline's middle part ("الأسهم السعودية -
    تراجع - الرياض") is no site's, nor a section's label at the top of the page; and the
    last part is a city."""
    m = _THREE_PARTS.match(text.strip())
    if m is None or len(m.group("site").split()) > SITE_NAME_WORDS or not lines \
            or is_city(m.group("site")) or not is_city(m.group("c")):
        return text  # (a paper named for its city, "الرياض": a route's stop, "... - جدة")
    site = f" {fold(m.group('site'))} "
    own = site.strip() in site_names(lines) or any(
        site in f" {_NON_WORD.sub(' ', fold(_RIGHTS.sub(' ', ln.body)))} "
        for ln in lines if _RIGHTS.search(ln.body))
    return f"{m.group('a')} - {m.group('c')}" if own else text


# what a copyright line calls the site before its name, folded: "لصحيفة البيان"
_PAPER_WORD = "(?:صحيفه|جريده|مجله|موقع|شبكه|قناه|مؤسسه|دار)"
# a dateline's city and a second part after a comma or a dash: "دبي، البيان"
_CITY_AND = re.compile(r"^(?P<city>[^\d,،\-–—]{2,25}?)\s*(?:[,،]|\s[-–—])\s*"
                       r"(?P<site>[^\d,،\-–—]{2,30})$")


def unsited_dateline(dateline: str, lines: list[Line]) -> str:
    """Al Bayan's dateline "دبي، البيان" (the city, the paper's own name) as "دبي": the
    listener heard the site's name as if it were a place or a wire. The second part must
    be the page's own name: its first line printed again below (:func:`site_names`), all
    its copyright line names, or the name after "paper" there ("جميع الحقوق محفوظة
    لصحيفة البيان"; not any last word: "... لوكالة وفا - فلسطين"). The first part is a
    known city, the second none ("جدة، الرياض"); a wire ("دبي - وام") or a country
    ("دبي، الإمارات") stays."""
    m = _CITY_AND.match(dateline.strip())
    if m is None or not is_city(m.group("city").strip()) or is_city(m.group("site")) \
            or len(m.group("site").split()) > SITE_NAME_WORDS:
        return dateline
    site = fold(m.group("site").strip())
    owners = [" ".join(_NON_WORD.sub(" ", fold(_RIGHTS.sub(" ", ln.body))).split())
              for ln in lines if _RIGHTS.search(ln.body)]
    paper = re.compile(rf"(?:^|\s)ل?{_PAPER_WORD}\s+{re.escape(site)}$")
    own = site in site_names(lines) or any(o == site or paper.search(o) for o in owners)
    return m.group("city").strip() if own else dateline
