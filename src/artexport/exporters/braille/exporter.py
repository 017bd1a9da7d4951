"""The braille edition: ``<slug>.brf`` for embossers and displays, ``<slug>.pef`` beside it.

An article becomes a list of layout units (:mod:`.layout`), each translated by liblouis
with the table of its block's language (:mod:`.tables`); the units are paginated once,
and the same pages are written as BRF and as PEF (:mod:`.output`).

Choices, and why:

- One table translates a whole block, Latin runs inside Arabic included: the Arabic
  tables carry their own Latin letters (international letter cells, dot 6 as the capital
  sign), and liblouis 3.24 has no switching between tables inside one translation -- a
  table list ``ar-ar-g1.utb,en-ueb-g1.ctb`` compiles into one table in which the Arabic
  definitions win, and the reverse order does not compile. The Unified Arabic Braille
  tables define no foreign-language indicator, and none is invented here. A block in
  another language (an English paragraph in an Arabic article) gets that language's
  table.
- Characters a table cannot translate are shown the way liblouis shows them (a
  ``'\\x2603'`` escape in the table's own cells) and reported once per article, with
  each character and its count, as an :class:`ArtexportWarning`.
- Invisible direction and format marks (LRM, RLM, the isolates, ALM, BOM, soft hyphen)
  and the tatweel are layout instructions for print, not text: they are removed before
  translation. Arabic presentation forms are folded to the letters they draw, and the
  Arabic decimal and thousands separators and percent sign, and the Persian and Urdu
  forms of yeh, kaf and heh, where a table lacks them, to the signs and letters they
  are (".", ",", "%"; ي, ك, ه), as the Persian and Urdu tables write them.
- Dots 7 and 8: the Persian table writes Latin letters in 8-dot cells (dot 8 lower
  case, dots 7-8 capitals). The PEF keeps them (PEF holds 8-dot braille); the BRF, 6-dot
  Braille ASCII, writes those cells without dots 7-8, and a warning counts them.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from ...edition import Edition
from ...errors import ArtexportWarning, ExportError, caller_stacklevel
from ...model import (
    Article,
    Block,
    Figure,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
    Table,
    heading_levels,
    item_levels,
    item_numbers,
)
from ...text.dates import reader_date
from ..base import Exporter, Rendered
from .layout import Unit, paginate, place_numbers
from .liblouis import LOUIS, emphasis_typeform, is_defined, translate
from .output import PefMeta, to_brf, to_pef
from .tables import BrailleCode, choose_code, label, page_number_line

__all__ = ["BrailleExporter", "BrailleOptions"]

# Marks that steer print layout and carry no text of their own; the tatweel (U+0640)
# only stretches a word in print ("تطويــــل" is "تطويل"), and the Arabic tables would
# write it as dashes inside the word.
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                    "\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
                                    "\u0640"))
# The Arabic decimal and thousands separators and percent sign are the signs "." ","
# "%" in Arabic script, and Persian yeh and keheh and Urdu heh goal the letters ي ك ه
# in another form (Arabic typed on a Persian keyboard has them): the Persian and Urdu
# tables write each with the same cells as those. A table without them (the Arabic
# ones) gets those, not an escape inside the number or the word.
_SAME_CELLS = {"\u066b": ".", "\u066c": ",", "\u066a": "%",
               "\u06cc": "\u064a", "\u06a9": "\u0643", "\u06c1": "\u0647"}


_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
_SPACES = re.compile(r"\s+")
_EIGHT_DOT = re.compile("[\u2840-\u28ff]")


def _clean(text: str) -> str:
    """Without layout marks, presentation forms folded to their letters."""
    text = text.translate(_INVISIBLE)
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)


def _collapse_spaces(text: str, forms: list[int]) -> tuple[str, list[int]]:
    """One space for each run of white space (trimmed), keeping each character's form."""
    chars: list[str] = []
    kept: list[int] = []
    for ch, form in zip(text, forms, strict=True):
        if ch.isspace():
            if not chars or chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        kept.append(form)
    while chars and chars[-1] == " ":
        chars.pop()
        kept.pop()
    return "".join(chars), kept


@dataclass(frozen=True)
class BrailleOptions:
    """Options of the ``braille`` format (CLI: ``--opt braille.key=value``).

    ``grade``: 1 (uncontracted, the default: every braille reader reads it) or 2
    (contracted). ``cells_per_line`` / ``lines_per_page``: the braille page, 40 x 25 by
    default (the common embosser page); one line of each page carries its number.
    ``table``: a liblouis table list to use instead of the language's own (e.g.
    ``ar-ar-comp8.utb``). ``duplex``: interpoint -- the text starts on a right-hand page.
    """

    grade: int = 1
    cells_per_line: int = 40
    lines_per_page: int = 25
    table: str | None = None
    duplex: bool = False

    def __post_init__(self) -> None:
        if self.grade not in (1, 2):
            raise ExportError(None, f"braille: option grade must be 1 or 2, not {self.grade}")
        if not 12 <= self.cells_per_line <= 100:
            raise ExportError(None, "braille: option cells_per_line must be 12 to 100, "
                                    f"not {self.cells_per_line}")
        if not 5 <= self.lines_per_page <= 100:
            raise ExportError(None, "braille: option lines_per_page must be 5 to 100, "
                                    f"not {self.lines_per_page}")


class _Translator:
    """Translates the pieces of one article and remembers what it met."""

    def __init__(self, article: Article, options: BrailleOptions) -> None:
        self.article = article
        self.options = options
        self.codes: dict[str, BrailleCode] = {}
        self.chars: dict[tuple[str, ...], Counter[str]] = {}
        self.eight_dot: Counter[str] = Counter()
        self.main = self.code(article.lang)

    def code(self, lang: str) -> BrailleCode:
        """The code for ``lang``. A block in a language liblouis has no table for (a
        Chinese quotation in an Arabic article) is written with the article's own code,
        its characters reported like any the table cannot translate -- the edition is
        not lost for one block; an article in such a language fails with one line."""
        if lang not in self.codes:
            try:
                self.codes[lang] = choose_code(lang, self.options.grade, self.options.table)
            except ExportError:
                main = self.codes.get(self.article.lang)
                if main is None:
                    raise
                self.codes[lang] = replace(main, fallback=(
                    f"liblouis has no literary braille table for {lang!r}; its block(s) "
                    f"are written with {main.name}"))
        return self.codes[lang]

    def unit(self, text: str | Inline, lang: str | None = None, **layout: Any) -> Unit:
        """A layout unit (``layout``: :class:`Unit`'s fields) of a text or inline runs."""
        code = self.code(lang or self.article.lang)
        runs = [(text, 0)] if isinstance(text, str) else [
            (s.text, self._typeform(code, s.emphasis)) for s in text]
        same = self._same_cells(code.tables)
        pieces = [(_clean(t).translate(same), form) for t, form in runs]
        forms: list[int] | None = None
        if any(form for _, form in pieces):  # emphasis: a typeform for every character
            pieces = [(t, form) for t, form in pieces if t]
            text = "".join(t for t, _ in pieces)
            forms = [form for t, form in pieces for _ in t]
            if layout.get("verbatim"):  # (trailing blanks only)
                text = text.rstrip()
                forms = forms[:len(text)]
            else:
                text, forms = _collapse_spaces(text, forms)
        elif layout.get("verbatim"):
            # preformatted text keeps its blanks: a column's "2024   50" collapsed to
            # "2024 50", which braille writes as one number (a numeric space between)
            text = "".join(t for t, _ in pieces).rstrip()
        else:
            text = _SPACES.sub(" ", "".join(t for t, _ in pieces)).strip()
        self.chars.setdefault(code.tables, Counter()).update(text)
        done = translate(code.tables, text, forms)
        if _EIGHT_DOT.search(done.cells):
            for cell, source in zip(done.cells, done.source_index, strict=True):
                if ord(cell) & 0xC0 and source < len(text):
                    self.eight_dot[text[source]] += 1
        return Unit(done.cells, done.source_index, **layout)

    def _same_cells(self, tables: tuple[str, ...]) -> dict[int, str]:
        """The :data:`_SAME_CELLS` that ``tables`` lacks and can write the other way."""
        return {ord(char): same for char, same in _SAME_CELLS.items()
                if not is_defined(tables, char) and is_defined(tables, same)}

    @staticmethod
    def _typeform(code: BrailleCode, emphasis: str | None) -> int:
        if emphasis == "em":
            return emphasis_typeform(code.tables, "italic")
        if emphasis == "strong":
            return emphasis_typeform(code.tables, "bold")
        return int(LOUIS.no_contract) if emphasis == "code" else 0

    def undefined(self) -> Counter[str]:
        """Characters some table could not translate, with their counts."""
        found: Counter[str] = Counter()
        for tables, counts in self.chars.items():
            for ch, n in counts.items():
                if not ch.isspace() and not is_defined(tables, ch):
                    found[ch] += n
        return found


class BrailleExporter(Exporter):
    """The article in braille: BRF (main file) and PEF (side file), through liblouis."""

    name: ClassVar[str] = "braille"
    file_extension: ClassVar[str] = "brf"
    media_type: ClassVar[str] = "application/x-brf"
    description: ClassVar[str] = ("braille: BRF for embossers and displays, PEF beside it "
                                  "(liblouis; Arabic, English, Persian, Urdu and more)")
    Options = BrailleOptions
    options: BrailleOptions

    def render(self, article: Article) -> Rendered:
        opts = self.options
        tr = _Translator(article, opts)
        width, rows = opts.cells_per_line, opts.lines_per_page
        hyphen = translate(tr.main.tables, "-").cells or "\u2824"
        title_pages = paginate(self._title_page(article, tr), width, rows, hyphen)
        text_pages = paginate(self._body(article, tr), width, rows - 1, hyphen)
        numbers = [translate(tr.main.tables, str(n)).cells
                   for n in range(1, len(text_pages) + 1)]
        text_pages = place_numbers(text_pages, numbers, width, rows,
                                   page_number_line(article.lang))
        self._warn(article, tr)
        blank_verso: list[list[str]] = [[]] if opts.duplex and len(title_pages) % 2 else []
        brf = to_brf([*title_pages, *blank_verso, *text_pages])
        pef = to_pef([title_pages, text_pages], _pef_meta(article, tr), cols=width,
                     rows=rows, duplex=opts.duplex)
        return Rendered(brf, {".pef": pef})

    # ---- what the reader gets ------------------------------------------------------
    def _title_page(self, article: Article, tr: _Translator) -> list[Unit]:
        lang = article.lang
        units = [tr.unit(article.title, centred=True)]
        if article.subtitle:
            units.append(tr.unit(article.subtitle, centred=True, blank_before=True))
        if article.authors:
            units.append(tr.unit(_byline(article, tr), centred=True, blank_before=True))
        if article.publisher:
            units.append(tr.unit(article.publisher, centred=True, blank_before=True))
        for n, line in enumerate(_dates(article, tr)):
            units.append(tr.unit(line, centred=True,
                                 blank_before=n == 0 and not article.publisher))
        grade = tr.main.grade
        edition = label(lang, "edition") + (
            label(lang, "list_sep") + label(lang, f"grade{grade}") if grade else "")
        units.append(tr.unit(edition, centred=True, blank_before=True))
        return units

    def _body(self, article: Article, tr: _Translator) -> list[Unit]:
        units = [tr.unit(article.title, centred=True, keep_with_next=True)]
        if article.subtitle:
            units.append(tr.unit(article.subtitle, first=4, runover=4))
        if article.authors:
            units.append(tr.unit(_byline(article, tr), runover=2, blank_before=True))
        if article.dateline:
            units.append(tr.unit(article.dateline, runover=2,
                                 blank_before=not article.authors))
        if article.lead_image is not None:
            units.extend(self._figure(article, article.lead_image, tr))
        levels = heading_levels(article.blocks)
        for n, block in enumerate(article.blocks):
            lang = article.block_lang(block)
            if isinstance(block, Heading):
                units.append(tr.unit(block.spans, lang, centred=levels[n] <= 2,
                                     first=0 if levels[n] <= 2 else 4,
                                     runover=0 if levels[n] <= 2 else 4,
                                     blank_before=True, keep_with_next=True))
            elif isinstance(block, Paragraph):
                units.append(tr.unit(block.spans, lang, first=2))
            else:
                units.extend(self._displayed(article, block, tr))
        return units

    def _displayed(self, article: Article, block: Block, tr: _Translator) -> list[Unit]:
        """A quotation, list, figure or code: set off by a blank line before and after."""
        lang = article.block_lang(block)
        units: list[Unit] = []
        if isinstance(block, Quote):
            units = [tr.unit(p, lang, first=4, runover=2) for p in block.paragraphs]
            if block.attribution:
                units.append(tr.unit(block.attribution, lang, first=4, runover=4))
        elif isinstance(block, ListBlock):
            bullet = label(lang, "bullet")
            if not is_defined(tr.code(lang).tables, bullet):
                bullet = "-"
            for item, level, number in zip(block.items, item_levels(block),
                                           item_numbers(block), strict=True):
                marker = bullet if number is None else f"{number}."
                # each level two cells further in, its runovers two more (BANA lists)
                units.append(tr.unit((Span(f"{marker} "), *item), lang, first=2 * level,
                                     runover=2 * level + 2))
        elif isinstance(block, Table):
            units = self._table(block, lang, article.block_direction(block), tr)
        elif isinstance(block, Figure):
            units = self._figure(article, block, tr)
        elif isinstance(block, Preformatted):
            units = [tr.unit((Span(line.expandtabs(4), emphasis="code" if block.code else None),),
                             article.lang, runover=2, verbatim=True)
                     for line in block.text.splitlines()]
        if units:
            units[0] = replace(units[0], blank_before=True)
            units[-1] = replace(units[-1], blank_after=True)
        return units

    def _table(self, table: Table, lang: str, direction: str, tr: _Translator) -> list[Unit]:
        """A table in linear form, as braille transcribers set one that is too wide to
        draw: the caption, then one paragraph per row (header rows first, as in the
        source), its cells set apart by a semicolon (the Arabic one in Arabic script)."""
        rtl = direction == "rtl" and is_defined(tr.code(lang).tables, "؛")
        sep = "؛ " if rtl else "; "
        units = [tr.unit(table.caption, lang, first=4, runover=4)] if table.caption else []
        for row in table.rows:
            spans: list[Span] = []
            for n, cell in enumerate(c for c in row if c):
                spans.extend(((Span(sep),) if n else ()) + cell)
            units.append(tr.unit(tuple(spans), lang, runover=2))
        return units

    def _figure(self, article: Article, figure: Figure, tr: _Translator) -> list[Unit]:
        """A caption, marked as one (or the image's description when it has none)."""
        lang = article.block_lang(figure)
        tables = tr.code(lang).tables
        if figure.caption:
            # the image's credit as every edition prints it: "(الصورة: نادر علي)"
            credit = Edition.of(article).caption(figure).credit
            text: Inline = (Span(_labelled(tables, label(lang, "caption"), "")),
                            *figure.caption, *((Span(" "), *credit) if credit else ()))
        elif figure.image.alt:
            text = (Span(_labelled(tables, label(lang, "image"), figure.image.alt)),)
        else:
            return []
        return [tr.unit(text, lang, first=4, runover=4, blank_before=True, blank_after=True)]

    # ---- reports ---------------------------------------------------------------------
    def _warn(self, article: Article, tr: _Translator) -> None:
        where = article.source_dir or article.slug
        for code in dict.fromkeys(tr.codes.values()):
            if code.fallback:
                warnings.warn(ArtexportWarning(f"{where}: braille: {code.fallback}"),
                              stacklevel=caller_stacklevel())
        missing = tr.undefined()
        if missing:
            listed = ", ".join(f"{ch!r} U+{ord(ch):04X} x{n}" for ch, n in missing.most_common())
            tables = ", ".join(dict.fromkeys(c.name for c in tr.codes.values()))
            warnings.warn(ArtexportWarning(
                f"{where}: braille: {sum(missing.values())} character(s) that {tables} "
                f"cannot translate are shown as liblouis escapes (\\x....): {listed}"),
                stacklevel=caller_stacklevel())
        eight = {ch: n for ch, n in tr.eight_dot.items() if ch not in missing}
        if eight:
            listed = ", ".join(f"{ch!r} x{n}" for ch, n in eight.items())
            warnings.warn(ArtexportWarning(
                f"{where}: braille: {sum(eight.values())} cell(s) use dots 7-8, which the "
                f"6-dot BRF has not (it writes them without; the PEF keeps them): {listed}"),
                stacklevel=caller_stacklevel())


# The byline and the dates are the ones every edition prints (Edition), with the labels
# of the shared table. Where the language's table has no cell for a sign they add
# (liblouis 3.24's Urdu tables write no colon and no brackets), the braille says the
# same without it: a label followed by a space alone, a role after the list separator,
# a date without its time -- rather than an escape for a sign the article never had.
def _writable(tables: tuple[str, ...], text: str) -> bool:
    return all(ch.isspace() or is_defined(tables, ch) for ch in set(text))


def _labelled(tables: tuple[str, ...], name: str, value: str) -> str:
    """``"label: value"``, or ``"label value"`` where the table writes no colon."""
    if _writable(tables, ":"):
        return f"{name}: {value}"
    return f"{name.rstrip(':')} {value}"


def _byline(article: Article, tr: _Translator) -> str:
    """The byline every edition prints: "بقلم ليلى ناصر (محررة) وسامي يوسف"."""
    labels, tables = Edition.of(article).labels, tr.main.tables
    brackets = _writable(tables, "()")
    names = [a.name if not a.role else f"{a.name} ({a.role})" if brackets
             else f"{a.name}{labels.list_sep}{a.role}" for a in article.authors]
    by = labels.by if _writable(tables, ":") else labels.by.rstrip(":")  # Urdu "تحریر:"
    return f"{by} {labels.join(names)}"


def _dates(article: Article, tr: _Translator) -> list[str]:
    """The date lines every edition prints: "نُشر في: الخميس ١٤ مارس ٢٠٢٤"."""
    edition, tables = Edition.of(article), tr.main.tables
    lines = []
    for date in edition.dates:
        text = date.text
        if not _writable(tables, text):  # a time, hh:mm, in a table with no colon
            value = article.published if date.key == "published" else article.updated
            assert value is not None
            text = reader_date(value, edition.labels.lang, time=False,
                               digits=edition.digits)
        lines.append(_labelled(tables, date.label, text))
    return lines


def _pef_meta(article: Article, tr: _Translator) -> PefMeta:
    grade = f", grade {tr.main.grade}" if tr.main.grade else ""
    return PefMeta(
        identifier=article.identifier or f"artexport:{article.slug}",
        title=article.title, language=article.lang,
        creators=tuple(a.name for a in article.authors), publisher=article.publisher,
        date=article.published.date().isoformat() if article.published else None,
        source=article.source_url,
        description=f"braille, liblouis table {tr.main.name}{grade}")

