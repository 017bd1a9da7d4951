"""A page's text as numbered lines: normalised, a table row's cells kept apart, the
lines of a hard-wrapped text (wire copy cut at ~72 columns) joined back into paragraphs,
and the shapes of a line every reader of lines asks about (a bullet, an image's file
name, a sentence's end); :class:`Line`, one line with its features, which
:mod:`.lines` classifies."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from ..model import Image
from .furniture import BOX_END, NEWSLETTER, PHOTO_SOURCE_LABEL
from .news import (
    CAPTION_LABEL,
    COMMENTS,
    COOKIES,
    COUNTER,
    DISCLAIMER,
    MASTHEAD,
    NAVIGATION,
    RELATED,
    FoundDate,
    comment_list_heading,
    ends_article,
    find_date,
    furniture_reason,
    is_bare_stamp,
    is_disclaimer,
    is_relative_time,
    is_time_stamp,
    related_heading,
    split_caption_label,
    time_only,
)
from .page_columns import AMOUNT, FIGURE, tabbed_columns
from .stopwords import fold, function_word_count

WRAP_MIN, WRAP_MAX = 55, 100  # the wrap column of a hard-wrapped text
WRAP_SLACK = 15  # a line cut at the column is this much shorter at most (narrow: a quarter)
NARROW_MIN = 30  # a narrow column, at least (see :func:`unwrap`)
NARROW_FULL = 0.8  # ... with this share of the long lines cut at it
WRAP_LINES, FEW_LINES = 6, 2  # long lines that show a wrap column; fewer, a short text's

# A list mark, then a space ("* item", "2) item"); the round bullets often come glued
# ("•item"). "-نحن في السودان..." (an interview answer) is a dash glued to prose.
BULLET = re.compile(
    # (numbered "1.", "2)", and as Arabic pages number: "1- ", "١- ", "1 - ", "1ـ ")
    r"^(?:(?P<u>[*+–-](?=\s)|[•·▪◦])"
    r"|(?P<o>[\d٠-٩۰-۹]{1,2}(?:[.)](?=\s)|[ ]?[-–ـ](?=\s+[^\d\s٠-٩۰-۹]))))"
    r"\s*(?P<text>\S.*)$")  # (not a score's "2 - 1")
IMAGE_NAME = re.compile(r"^[^\s/\\:]+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)
# a crawler's Markdown for a photo: "![alt text](https://.../photo.jpg)", "![Image 1: ...](...)"
_MD_IMAGE = re.compile(r"^!\[(?:image \d{1,3}: ?)?(?P<alt>[^\[\]]{0,300})\]"
                       r"\((?P<src>[^\s()]+)(?: \"[^\"]*\")?\)$", re.I)


def image_of(text: str) -> Image:
    """The photo a line names: its file name, or a crawler's Markdown for it (its
    address and alt text; the line read as text was "![...](https://...)")."""
    m = _MD_IMAGE.match(text)
    return Image(m.group("src"), m.group("alt").strip()) if m else Image(text)
SENTENCE_END = ".!?؟…:؛;۔"
STATEMENT_END = ".…:؛;۔"  # ... but a question or an exclamation: a teaser's headline
_CELL_SEP = re.compile(r"(?<=\S)[ ]*\t[\t ]*(?=\S)")
_TAB = re.compile(r" *\t *")
_CORNER = re.compile(r" *\t *[^\t ]")  # a row opening with one tab: its first cell empty


def ends_sentence(text: str, ends: str = SENTENCE_END) -> bool:
    """The line ends with sentence punctuation (``ends``; quotes and brackets aside)."""
    core = text.rstrip(" \"'»”’)]*")
    return bool(core) and core[-1] in ends


# A line that ends a sentence with this many words of letters (its figures aside) is a
# sentence that gives a date, not a date line or a time stamp: "وصدر القرار في 28/5/2024.",
# "جلسه بعدی ۲۰۲۳/۱۲/۰۵ است." (a clock's "a.m." ends no sentence)
DATED_SENTENCE_WORDS = 3


def dated_sentence(text: str) -> bool:
    """Whether a line with a date in it is a sentence (see ``DATED_SENTENCE_WORDS``)."""
    lettered = sum(1 for w in text.split()
                   if any(ch.isalpha() for ch in w) and not any(ch.isdigit() for ch in w))
    return lettered >= DATED_SENTENCE_WORDS and ends_sentence(text) \
        and not text.endswith(("a.m.", "p.m.")) and not is_bare_stamp(text)


def words(text: str) -> int:
    """Whitespace-separated words of ``text``."""
    return len(text.split())


def lettered_words(text: str) -> int:
    """Words with a letter or digit in them: the dashes and bars of "الخميس - 9 شعبان
    1440 هـ" or "/ CBS News" are no words."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def bullet_of(text: str) -> re.Match[str] | None:
    """A bulleted or numbered line ("• item", "- item", "2) item")."""
    m = BULLET.match(text)
    # "-نحن في السودان..." (an answer in an interview) is a dash glued to prose, and
    # "2020." a year: a bullet needs a space, or a short item after the mark.
    if m and not (m.group("u") and text[1:2] != " " and len(m.group("text").split()) > 12):
        return m
    return None


# What normalise_text removes or replaces, in one pattern: bidi controls, BOM, control
# characters but tab and newline, no-break space. (The loader normalises the article's
# text again with normalise_text; this is the same, for a whole page at C speed.)
_JUNK = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]|"
                   "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00a0]")
_SPACES = re.compile(r" {2,}")


def normalise_page(text: str) -> str:
    """:func:`~artexport.text.bidi.normalise_text` for a whole page, tabs kept (table
    cells): NFC, no bidi controls or BOM, control characters and no-break spaces as
    spaces, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _JUNK.sub(lambda m: "" if m.group(0) > "\xa0" else " ", text)
    return _SPACES.sub(" ", text)


def table_cells(line: str) -> str:
    """A row copied from a table has its cells apart by tabs, which the text
    normalisation would turn into spaces: "field<TAB>value" becomes "field: value",
    and more cells are joined with " | "."""
    if "\t" not in line:
        return line
    cells = _CELL_SEP.split(line.strip())
    if len(cells) == 1:
        return line
    return f"{cells[0]}: {cells[1]}" if len(cells) == 2 else " | ".join(cells)


def unwrap(raw: list[str]) -> list[tuple[int, str]]:
    """Join the lines of a hard-wrapped text (wire copy cut at ~72 columns) back into
    one line per paragraph, with the number of each paragraph's first line; a scrape
    with one line per paragraph is returned as it is. Linear: parts are collected and
    joined once per paragraph.

    A narrower column (NARROW_MIN to WRAP_MIN: a phone's width, a scraper that cut an
    Arabic paragraph every seven or eight words) is read as wrapped only when nearly all
    the long lines are cut at it, no line is joined that is longer than the column, and
    only runs that end a sentence, with a line cut mid-phrase among them (:func:`_cut`),
    are joined: a list of headlines of one length ends none and is cut nowhere, and the
    page's own paragraphs stand longer than the column. (A list of headlines right
    above such a paragraph, with no heading or blank line between, is joined to it.)
    A short text with fewer than WRAP_LINES long lines (a brief of two paragraphs) shows
    no column by their count, so it is joined on the same evidence as a narrow one, and
    each line only where it goes on with the line above (:func:`_goes_on`): a list of
    headlines, one capitalised under another, is not joined."""
    numbered = list(enumerate(raw, 1))
    lengths = sorted(len(ln) for ln in raw if len(ln.split()) >= 6)
    if len(lengths) < FEW_LINES:
        return numbered
    width = lengths[int(len(lengths) * 0.9)]  # the wrap column
    narrow = width < WRAP_MIN
    few = len(lengths) < WRAP_LINES
    strict = narrow or few
    slack = width // 4 if narrow else WRAP_SLACK
    full = sum(1 for n in lengths if width - slack <= n <= width)
    # Wire copy and e-mail wrap at 60 to 80 columns; shorter lines of one length are
    # verse or a list, longer ones a scrape with one line per paragraph.
    if not (NARROW_MIN if narrow else WRAP_MIN) <= width <= WRAP_MAX \
            or full < (NARROW_FULL if narrow else 0.6) * len(lengths):
        return numbered
    out: list[tuple[int, list[str]]] = []
    wrapped = False  # the previous line was cut at the wrap column
    for no, line in numbered:
        text = line.strip()
        # (a line cut at the wrap column is never furniture: only shorter ones are checked)
        if wrapped and text and not bullet_of(text) and not IMAGE_NAME.match(text) \
                and (len(line) >= width - slack or furniture_reason(text) is None) \
                and not (strict and (len(line) > width or ends_sentence(out[-1][1][-1]))) \
                and not (few and not _goes_on(out[-1][1][-1], text)) \
                and not (ends_sentence(out[-1][1][-1]) and len(text.split()) < 6):
            out[-1][1].append(text)
        else:
            out.append((no, [line]))
        wrapped = bool(text) and len(line) >= width - slack
    joined: list[tuple[int, str]] = []
    for no, parts in out:
        if len(parts) == 1:
            joined.append((no, parts[0]))
        elif strict and not (ends_sentence(parts[-1])
                             and any(_cut(a, b) for a, b in itertools.pairwise(parts))):
            joined.extend((no + n, part) for n, part in enumerate(parts))
        else:
            joined.append((no, " ".join(parts)))
    return joined

def _cut(line: str, below: str) -> bool:
    """``line`` was cut mid-phrase, ``below`` going on with it: it ends with a comma or a
    function word ("في", "that"), or ``below`` opens with a small Latin letter."""
    last = line.split()[-1] if line.split() else ""
    return last.endswith((",", "،", ";", "؛")) or function_word_count([last]) > 0 \
        or below.lstrip()[:1].islower()


def _goes_on(line: str, below: str) -> bool:
    """``below`` goes on with ``line`` mid-sentence: in a script with capitals, it opens
    with a small letter; in one without (Arabic), ``line`` was cut mid-phrase."""
    first = below.lstrip()[:1]
    if first.lower() != first.upper():
        return first.islower()
    return _cut(line, below)


# ---- lines ------------------------------------------------------------------------

LENGTH_LOW = 70  # jusText: a line shorter than this (characters) is "short"
_TASHKEEL_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"


def tashkeel_count(text: str) -> int:
    """How many vowel marks (harakat, shadda, sukun, dagger alif) ``text`` has."""
    return sum(text.count(mark) for mark in _TASHKEEL_MARKS)


def date_line(text: str) -> FoundDate | None:
    """The date of a short line that is mostly a date ("2021.06.26 | 14:30 دمشق"), not
    of a sentence giving one ("وصدر القرار في 28/5/2024.": it was lost from the text)."""
    long = len(text) >= LENGTH_LOW and ends_sentence(text) \
        and not text.endswith(("a.m.", "p.m.")) and not is_bare_stamp(text)
    # (a stamp with its update: "نشر في: الأحد 12 مايو 2024 - 10:30 ص | آخر تحديث: ...")
    most = STAMP_WORDS if is_time_stamp(text) else 16
    return None if len(text.split()) > most or long or dated_sentence(text) else find_date(text)


STAMP_WORDS = 30


@dataclass(slots=True)
class Line:
    """One line of the page with its features and, after :func:`classify`, its state."""

    index: int               # position in the list of lines
    no: int                  # 1-based source line number
    text: str                # the line, stripped (a joined hard-wrapped paragraph)
    body: str                # the text without its bullet mark or caption label
    bullet: str | None       # "u" (unordered) or "o" (ordered) for a list item
    label: str | None        # a caption label cut from the front ("Media caption")
    words: int
    furniture: str | None    # the rule's reason, when the line is furniture anyway
    related: bool = False    # heads a list of links
    barrier: bool = False    # ends a stretch of article: comment form, footer, end marker
    in_related: bool = False  # inside such a list
    klass: str = "short"
    score: float = 0.0
    verse: bool = False
    row: bool = False
    item: bool = False       # in a run of lines that open with a number or a date
    caption: bool = False    # a photo gallery's caption: text, never a subheading
    entry: bool = False      # a live blog entry's time: text, never the page's date
    cells: int = 0           # a table row's cells, when its source parted them by tabs
    tabbed: tuple[str, ...] = ()  # ... each tab parting two (an empty cell between two)
    table: bool = False      # a row of a table copied with its tabs (:func:`_table_rows`)
    article: bool = False    # the model's decision
    reason: str | None = None  # why the line is left out (when it is)

    _date: FoundDate | bool | None = False  # (False: not looked for yet)

    @property
    def is_image(self) -> bool:
        return bool(IMAGE_NAME.match(self.text) or _MD_IMAGE.match(self.text))

    @property
    def date(self) -> FoundDate | None:
        """The date, when the line is a date line (:func:`date_line`), looked for once;
        none for a live blog entry's time (the entry's, not the page's)."""
        if self.entry:
            return None
        if self._date is False:
            self._date = date_line(self.body)
        return self._date if isinstance(self._date, FoundDate) else None


def mark_stamped_teasers(seq: list[Line]) -> None:
    """A ticker of other stories, each stamped "منذ 2 ساعة": the lines between two such
    stamps are teasers, and the one after the last stamp when the stamps lead (a
    section's label, not a headline, stands before the first one); when they trail, the
    one before the first. Each parts the text as its stamp does (``related``): no
    headline of the article, which the header above it ends at."""
    def stamp(k: int) -> bool:
        return 0 <= k < len(seq) and seq[k].related and is_relative_time(seq[k].body)
    k = 0
    while k < len(seq):
        end = k
        while stamp(end) and stamp(end + 2) and not stamp(end + 1):
            end += 2
        if end == k:
            k += 1
            continue
        for j in range(k + 1, end, 2):
            seq[j].related = True
        # (a date line before the first stamp is the page's, no teaser: the Guardian's
        # key events under a live blog's date)
        leading = k == 0 or seq[k - 1].words < TEASER_MIN_WORDS or seq[k - 1].date is not None
        edge = end + 1 if leading else k - 1
        if 0 <= edge < len(seq) and not stamp(edge) and seq[edge].klass != "good" \
                and seq[edge].words <= TEASER_MAX_WORDS and not ends_sentence(seq[edge].body):
            seq[edge].related = True
        k = end + 1


TEASER_MIN_WORDS, TEASER_MAX_WORDS = 4, 16  # a stamped teaser's length; a label is shorter
RELATIVE_ENTRIES = 3  # a live blog's entries stamped "منذ 5 دقائق", at least
ENTRY_PARAGRAPHS = 4  # ... and an entry's paragraphs under its stamp, at most
UNTIMED_PARAGRAPHS = 2  # paragraphs of text above stamps that are comments, at least


def _comments_below(seq: list[Line], first: int) -> bool:
    """Stamps under paragraphs of the text, set apart from them by a line that is no
    sentence of it (a heading the reader does not know, "آراء الزوار"): readers'
    comments, each under when it was posted, not a live blog's entries (which start
    under the headline or right under its summary)."""
    prose = sum(1 for ln in seq[:first] if ln.words >= 8 and ends_sentence(ln.body))
    return prose >= UNTIMED_PARAGRAPHS and first > 0 and not ends_sentence(seq[first - 1].body)


def mark_relative_entries(seq: list[Line]) -> None:
    """A live blog that times its entries "منذ 5 دقائق", "20 mins ago": RELATIVE_ENTRIES
    or more such stamps in a row, each over sentences that end with a full stop (a
    ticker's teasers under theirs are headlines), are the entries' times (``entry``),
    not stamps that part the text: the whole coverage but its last entry was lost as a
    list of teasers."""
    stamps = [k for k, ln in enumerate(seq) if ln.related and is_relative_time(ln.body)]
    run: list[int] = []
    for k in [*stamps, len(seq)]:
        between = seq[run[-1] + 1:k] if run else []
        if run and 0 < len(between) <= ENTRY_PARAGRAPHS and k < len(seq) \
                and all(ends_sentence(ln.body, STATEMENT_END) and ln.furniture is None
                        for ln in between):
            run.append(k)
            continue
        if len(run) >= RELATIVE_ENTRIES and not _comments_below(seq, run[0]):
            last = seq[run[-1] + 1] if run[-1] + 1 < len(seq) else None  # (its sentences)
            if last is not None and ends_sentence(last.body, STATEMENT_END):
                for j in run:
                    seq[j].related, seq[j].entry = False, True
        run = [k]


def has_subheadings(text: list[Line]) -> bool:
    """Short lines that end no sentence in ``text``: a lone one under a standfirst is a
    subheading among others ("أرقام التشغيل"), not the writer's name."""
    return any(ln.words <= 5 and not ends_sentence(ln.body) and not ln.bullet for ln in text)


def box_items(gap: list[Line], run: list[Line]) -> bool:
    """Whether the lines of ``run``, the page's last text, right under a "related"
    heading (``gap``, with no link under it), are that box's items: other stories' leads
    as sentences (Al-Watan). Not under a toggle whose links are hidden ("اظهار أخبار
    متعلقة"), nor when a line carries the story on ("ونقلت الصحيفة ...")."""
    return not any(ln.in_related or _BOX_TOGGLE.match(ln.body) for ln in gap) \
        and not any(carries_on(ln.body) for ln in run)


_BOX_TOGGLE = re.compile(r"^(?:اظهار|إظهار|أظهر|عرض|show)\s", re.I)
# a paragraph that carries a story on, which no story's lead opens with ("And he said")
_CARRIES_ON = re.compile(
    r"^(?:و|ف)(?:قال|قالت|أضاف|أضافت|اضاف|اضافت|أشار|أشارت|اشار|اشارت|أكد|أكدت|اكد|اكدت|"
    r"نقلت|نقل|ذكرت|ذكر|لفتت|لفت|أوضح|أوضحت|اوضح|اوضحت|تابع|تابعت|كان|كانت|في|من|بحسب|"
    r"وفق|يأتي|تأتي|أعرب|أعربت|شدد|شددت|بين|بينت|أفاد|أفادت|اعتبر|اعتبرت)\s")
# English: "He said ...", "She added ...", and a quote given to its speaker, with the
# speaker's pronoun or a title ("'...,' the minister said", "a spokesman said")
_SAID = re.compile(
    r"(?:He|She|They) (?:also )?(?:said|says|added|adds|told|noted|warned|explained)\b"
    r"|[\"“][^\"“”]{10,}[,.?!][\"”],? (?:(?:he|she|they) |(?:the|an?) (?:\S+ ){0,5})"
    r"(?:said|says|added|adds|told)\b"
    # German: "Er sagte ...", "..., sagte er", "»...«, sagte Brandt"; French: "Il a ajouté ...",
    # "« ... », a-t-elle déclaré", "« ... », dit-il"
    r"|(?:Er|Sie) (?:sagte|sagt|fügte|betonte|erklärte|ergänzte)\b"
    r"|[^.!?»«„“\"]{10,200}, (?:sagte|sagt|betonte|erklärte|ergänzte) (?:er|sie)\b"
    r"|[»„“\"][^»«„“”\"]{10,}[«“”\"],? (?:sagte|sagt|erklärte|betonte|fügte|ergänzte)\b"
    r"|(?:Il|Elle|Ils|Elles) (?:a|ont) (?:aussi |également )?(?:ajouté|déclaré|expliqué"
    r"|précisé|souligné|affirmé|indiqué)\b"
    r"|«[^«»]{10,}»,? (?:a-t-(?:il|elle)|ont-(?:ils|elles)|(?:a|ont) (?:déclaré|ajouté|"
    r"expliqué|précisé|souligné|affirmé|indiqué)|\w+-t-(?:il|elle)|\w+-(?:il|elle|ils|elles))"
    r"(?=[\s,.])")


def carries_on(text: str) -> bool:
    """A paragraph that carries a story on ("وقال ...", "وأضاف ..."): no story's lead."""
    return bool(_CARRIES_ON.match(text))


def goes_on(text: str) -> bool:
    """A paragraph that carries a story on, in Arabic, English, German or French ("He
    said ...", a quote given to "the minister", "..., sagte er", "a-t-il déclaré"): under
    a newsletter box, the story going on. (An English section may open so under its
    subheading: the Arabic rule alone says none does.)"""
    return carries_on(text) or bool(_SAID.match(text))


# ---- reading lines ------------------------------------------------------------------

_SOURCE_LABEL = re.compile(rf"(?:{PHOTO_SOURCE_LABEL})[\s,،]*$")


# A text-mode browser's dump (lynx, w3m -dump): "[8]Shelly Kittleson", each link's number
# before it, and the links listed by number under "References" at the end
_LINK_LIST = re.compile(r"^References\s*\n+(?:\s*\d+\.\s+\S+://\S*\s*\n){2,}", re.M)
_LINK_MARK = re.compile(r"\[\d{1,4}\](?=\S)")


# a line of links alone, each short: "[8]Share on Facebook [9]Share on X"
_LINKS_LINE = re.compile(r"^[ \t]*(?:\[\d{1,4}\][^\s\[\]]+(?: [^\s\[\]]+){0,3}[ \t]*){2,}$",
                         re.M)


def _without_link_marks(text: str) -> str:
    """A text browser's dump without its links' numbers: the name "[8]Shelly Kittleson"
    was no writer, and "[10]Read more:" stayed in the text; a line of links alone has
    them parted by " | ", as a menu's are ("Share on Facebook Share on X" was a
    paragraph). (Only in a dump, known by its list of references: elsewhere "[1]" marks
    a footnote.)"""
    if not _LINK_LIST.search(text):
        return text
    text = _LINKS_LINE.sub(lambda m: " | ".join(
        part.strip() for part in _LINK_MARK.split(m.group(0)) if part.strip()), text)
    return _LINK_MARK.sub("", text)


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` (hard-wrapped paragraphs joined), with features."""
    page = normalise_page(tabbed_columns(_without_link_marks(text))).split("\n")
    raw = [table_cells(ln).rstrip() for ln in page]
    lines: list[Line] = []
    for no, line in unwrap(raw):
        stripped = line.strip()
        if stripped:
            lines.append(_line(len(lines), no, stripped))
            if "\t" in page[no - 1] and line == raw[no - 1]:  # (a row no wrap joined)
                lines[-1].cells = len(_CELL_SEP.split(page[no - 1].strip()))
                # (a header's empty corner, "<TAB>المزايا<TAB>العيوب", over named rows)
                corner = ("",) if lines[-1].cells >= 2 and _CORNER.match(page[no - 1]) else ()
                lines[-1].tabbed = corner + tuple(_TAB.split(page[no - 1].strip()))
    _table_rows(lines)
    _embed_boxes(lines)
    _newsletter_boxes(lines)
    for above, ln in zip([None, *lines], lines, strict=False):
        if ln.furniture is None and _IMAGE_ALT.match(ln.body) and ln.words <= ALT_WORDS \
                and not ends_sentence(ln.body, ".!?؟…۔") \
                and not (above is not None and above.is_image):
            ln.furniture = CAPTION_LABEL  # a crawler's image: its alt text, no text
    for label, name in itertools.pairwise(lines):  # the staff box: a label, a name
        if label.furniture == MASTHEAD and name.furniture is None and name.words <= 4:
            name.furniture = MASTHEAD
        elif label.furniture == CAPTION_LABEL and _SOURCE_LABEL.search(label.body) \
                and name.furniture is None and name.words <= 3:
            name.furniture = CAPTION_LABEL  # a photo's source under its label: "BBC"
    return lines


# A crawler's line for a photo it did not copy: "Image: alt text", "Image 2: ...",
# "صورة: ..." (under the photo's file name it is the photo's caption, kept there)
_IMAGE_ALT = re.compile(r"^(?:image|صورة|تصویر)(?: ?[\d\u0660-\u0669\u06f0-\u06f9]{1,3})?"
                        r" ?[:：] ?\S", re.I)
ALT_WORDS = 30  # a photo's alt text, at most (a caption's length), and it ends no
# sentence ("Image: that is what the company says ..." is the text's)


TABLE_CELLS = 3  # a row of a table, not a "field: value" pair, has at least this many cells
HEADER_WORDS = 4  # a cell of a two-column table's header row, at most


def _table_rows(lines: list[Line]) -> None:
    """Rows copied from one table, one after the other with as many tab-parted cells, are
    its rows (``table``) and text: a header row of words alone ("المدينة | عدد المستفيدين
    | النسبة") was read as a menu of links and lost; a row of long cells or of figures
    alone ("2023 | 170 | 210") broke the run, which a list or paragraphs then read. Two
    rows or more of three cells or more (tabs never part prose's words); of two cells,
    only a header of a few words without a figure over two rows or more of amounts
    ("المدينة | النسبة" over "طنجة | 21%"): "field<TAB>value" pairs stay a list."""
    k = 0
    while k < len(lines):
        end = k
        while end + 1 < len(lines) and lines[k].cells >= 2 \
                and (lines[end + 1].cells == lines[k].cells
                     or len(lines[end + 1].tabbed) == len(lines[k].tabbed) >= TABLE_CELLS):
            end += 1
        run = lines[k:end + 1]
        if any(ln.cells != run[0].cells for ln in run):  # an empty cell: "طنجة<TAB><TAB>21%"
            for ln in run:
                ln.cells, ln.body = len(ln.tabbed), " | ".join(ln.tabbed)
        if len(run) >= 2 and (run[0].cells >= TABLE_CELLS or _two_columns(run)):
            for ln in run:
                ln.table = ln.row = True  # (a row: no standfirst nor header line)
                if ln.furniture == NAVIGATION:
                    ln.furniture = None
        k = end + 1


def _two_columns(run: list[Line]) -> bool:
    """A two-column table's rows (see :func:`_table_rows`): its header, then amounts
    (a record's "field: value" pairs hold dates and words among them)."""
    head = run[0].body.split(": ", 1)
    return len(run) >= 3 and not FIGURE.search(run[0].body) \
        and all(len(c.split()) <= HEADER_WORDS for c in head) \
        and all(AMOUNT.match(ln.body.split(": ", 1)[-1]) for ln in run[1:])


# The link that skips an embedded post, and the line that closes it (BBC: "Skip twitter
# post by NAME" ... "End of twitter post by NAME"; "تخطى ..." ... "نهاية ..."; "رد شدن از
# ..." ... "پایان ...")
_SKIP = re.compile(r"^(?:skip|تخطى|تخطي|تجاوز|رد شدن از|نادیده گرفتن)\s+(?P<box>\S.{0,60}?)"
                   r"(?:\s+and continue reading|\s+و(?:واصل|تابع) القراءة)?$", re.I)
EMBED_REACH = 12  # lines between an embed's skip link and its end, at most
# what an embed asks before it loads ("Allow Twitter content?", "... We ask for your
# permission before anything is loaded, as they may be using cookies ...")
_CONSENT = re.compile(r"cookie|permission|\ballow\b.*\?$|accept and continue|ملفات تعريف"
                      r"|الارتباط|إذن|موافقة|کوکی|اجازه", re.I)


def _embed_boxes(lines: list[Line]) -> None:
    """An embedded post between its skip link and its end line: both lines are
    navigation, and the post's box, when it holds the consent form shown instead of the
    post (the post never loaded), a cookie notice. A loaded post's text stays."""
    for k, ln in enumerate(lines):
        m = _SKIP.match(ln.body)
        if m is None:
            continue
        for end in lines[k + 1:k + 1 + EMBED_REACH]:
            e = BOX_END.match(end.body)
            if e and fold(e.group("box")) == fold(m.group("box")):
                inside = lines[k + 1:end.index]
                ln.furniture = end.furniture = NAVIGATION
                if any(_CONSENT.search(x.body) for x in inside):
                    for x in inside:
                        x.furniture = x.furniture or COOKIES
                break


NEWSLETTER_REACH = 3  # lines between a newsletter box's label and its button, at most
NEWSLETTER_TITLE_WORDS = 8  # a newsletter's name under the label, at most
# a sign-up box's button alone (a widget where it stands by itself)
_SIGN_UP = re.compile(r"^(?:sign up|subscribe|jetzt anmelden|anmelden|s['’]inscrire|"
                      r"s['’]abonner|je m['’]abonne)$", re.I)


def _newsletter_boxes(lines: list[Line]) -> None:
    """A newsletter box inside the text, its label "Newsletter" alone over its title,
    what it offers and its button ("Jetzt anmelden", "S'inscrire") a few lines below
    (Der Spiegel's, Le Monde's): the box, label and button too, is a newsletter offer,
    not the story. It ends nothing (no barrier): the story goes on under it however its
    next paragraph opens. (A bare "Newsletter" line, a link or a subheading, stays; so
    does a "Newsletter" subheading over the story's sentences, in a story about them: a
    box's title is a name, "Der Morgen am Fluss", no sentence.)"""
    for k, ln in enumerate(lines):
        title = lines[k + 1] if k + 1 < len(lines) else None
        if fold(ln.body) != "newsletter" or title is None \
                or title.words > NEWSLETTER_TITLE_WORDS or ends_sentence(title.body):
            continue
        for end in lines[k + 2:k + 2 + NEWSLETTER_REACH]:
            if end.furniture == NEWSLETTER or _SIGN_UP.match(end.body):
                for x in lines[k:end.index + 1]:
                    x.furniture = NEWSLETTER
                break


def _line(index: int, no: int, text: str) -> Line:
    bullet = bullet_of(text)
    body = bullet.group("text") if bullet else text
    kind = ("o" if bullet.group("o") else "u") if bullet else None
    label = None
    split = split_caption_label(body)
    if split:
        label, body = split
    furniture = furniture_reason(text) or (furniture_reason(body) if bullet else None) \
        or (COMMENTS if comment_list_heading(body) else None) \
        or (COUNTER if time_only(body) else None)  # (the Guardian's clock: "15.12 GMT")
    if furniture == RELATED and related_heading(body):
        furniture = None  # not transparent: it opens a list of links (see _mark_related)
    if furniture is None and is_disclaimer(body) and len(body.split()) <= 80:
        furniture = DISCLAIMER
    # "32M ago" ends a teaser in a list of them: it parts runs of text as a "related"
    # heading does, so that the teasers after an article do not join it
    return Line(index, no, text, body, kind, label, len(body.split()), furniture,
                related=is_relative_time(body), barrier=ends_article(body, furniture))
