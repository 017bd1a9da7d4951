"""Sentence and clause boundaries for Arabic, Persian, English and other languages.

Used twice with the same offsets: the audio exporter speaks one sentence at a time (and
gTTS, whose own tokenizer misses "؟" and "؛", gets clause-sized chunks), and the
read-along feature wraps ``text[start:end]`` of each sentence in a ``<span id>``. So the
offsets are exact, in order, never overlap, and every non-space character of the text
belongs to exactly one sentence.

A sentence ends at ". ! ? ؟", the Urdu full stop "۔", an ellipsis ("..." or "…") or a
line break, and takes along any closing quote or bracket right after the mark
(``"نعم."»`` stays whole). A full stop is *not* an end:

* when no space follows it: numbers and dates ("94.75", "4.159.512.313",
  "2021.06.26"), domains ("developer.apple.com"), "U.S.A", "e.g.,";
* inside a URL or an e-mail address, even before a space-free end;
* after an abbreviation: English titles ("Mr.", "Dr.", "Prof."), "e.g.", "i.e.",
  "U.S." before a lower-case word or a name ("the U.S. Federal Reserve"; before "The",
  "He", "In" and the like it ends one), single initials ("J. K. Rowling"); Arabic one-letter
  abbreviations before a name ("د. أحمد", "م. سامي", "أ.د. منى") -- but "م." or "هـ."
  right after a year number ("عام 2015 م.") does end the sentence, unless a word that
  goes on with a clause follows ("2560 ق.م. في عهد خوفو");
* after a list number at the start of a line ("1. ...");
* in English, when the next word starts in lower case ("approx. five").

"!", "?" and "؟" also end a sentence when an Arabic letter follows without a space
("كيف؟قال"), a common typing slip.
"""

from __future__ import annotations

import re

from .lang import is_arabic_script, word_set
from .latin_languages import abbreviations
from .spoken_english import US_STATES
from .spoken_european import is_german_ordinal

_CLOSERS = "\"'»”’)]}›〉」』"
_END_RUN = re.compile(rf"(?:\.{{2,}}|…|[.!?؟۔‼⁇⁈⁉])+[{re.escape(_CLOSERS)}]*")

# URLs and e-mail addresses: dots and question marks inside them are not ends.
URL_RE = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"«»“”]*[^\s<>\"«»“”.,;:!?)\]}'،؛؟]"
)
EMAIL_RE = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b")


# English abbreviations never ending a sentence (lower-cased, inner dots kept, no final).
_EN_TITLES = word_set(
    "mr mrs ms dr prof st sr jr gen sen rep gov lt col capt sgt maj adm rev hon mt ft "
    "no nos vol vols fig figs pp approx dept est vs pres atty supt det insp cmdr cpl bros "
    "brig pvt spc v"
)
# a law's or a document's parts before their number (never a sentence's end there)
_EN_PARTS = word_set("s ss sec secs para paras art arts p cl")
# a time zone after "a.m."/"p.m." ("6:30 p.m. ET on Friday") goes with the time
_EN_ZONES = word_set("et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet")
# Abbreviations that end a sentence when a capitalised word follows them.
_EN_ENDABLE = word_set(
    "u.s u.k u.n e.u u.s.a etc a.m p.m inc ltd co corp jan feb mar apr jun jul aug sep "
    "sept oct nov dec"
)
# US states as AP writes them after a city ("KNOXVILLE, Tenn. (AP) —")
# (not those that are English words as often: "Miss", "Mo", "Pa", "La", "Wash" ...)
_EN_STATES = frozenset(k.lower() for k in US_STATES) - word_set("del ga ind la miss mo pa va wash")
_EN_ENDABLE |= _EN_STATES
_EN_ALWAYS = frozenset({"e.g", "i.e", "cf", "viz", "ca", "approx", "incl", "excl"})
# A country's initials are as often a name's first word ("the U.S. Federal Reserve", "the
# U.N. Security Council"): they end a sentence only before a word that opens one.
_EN_COUNTRIES = frozenset({"u.s", "u.k", "u.n", "e.u", "u.s.a", "u.a.e"})
_EN_OPENERS = word_set(
    "the a an this that these those there it its he she they we i you his her their our "
    "my your but and or so yet then now in on at for from to with by as if when while "
    "after before since although though because during under over some many most all "
    "each every no not one two three four five six seven eight nine ten what who how "
    "why where which")
# Other Latin-script languages' abbreviations that never end a sentence (lower-cased, no
# final dot): "5,5 Mio. Fahrgäste", "Doç. Dr. Elif", "EE. UU.", "(env. 14 M€)" were
# each cut in two, a pause and a cue in mid-sentence
_OTHER_ABBREVIATIONS = {lang: word_set(words) | abbreviations(lang) for lang, words in {
    "de": "mio mrd tsd std min sek bzw ca evtl ggf inkl vgl dr prof nr str tel abs sog "
          "jh jhd dipl ing hr fr z.b d.h u.a s.o o.ä u.ä bspw",
    "fr": "mm mme mmes mlle mlles dr pr st ste env art p ex etc cf vol n° av bd mgr",
    "es": "sr sra srta dr dra lic ing ud uds art núm pág etc ee uu aprox av gral",
    "pt": "sr sra dr dra prof art pág etc av",
    "it": "sig sigg dott prof avv ing art pag ecc ca on geom rag",
    "tr": "doç dr prof yrd av müh vb vs bkz örn sn",
    "nl": "dhr mevr drs ir mr prof ca bijv enz blz nr",
    "id": "dr prof ir drs jl jln no dll dsb hlm tgl",
}.items()}
# German writes an ordinal with a dot: "am 7. März", "der 3. Platz"
_WORD_AFTER = re.compile(r"\s*([A-Za-z']+)")
_DATE_AFTER = re.compile(r"\s*(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s*\d"
                         r"|(?:January|February|March|April|May|June|July|August|September"
                         r"|October|November|December)\s*\d"
                         r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
_LOWER_AFTER = re.compile(r"[ \t]+[a-zçğıöşü]")
_WORD_BEFORE = re.compile(r"([^\s\"'«»“”(\[{]+)$")
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")
# Words that go on with a clause and do not open a sentence after a year ("ق.م. في عهد
# خوفو", "م. حتى وفاته"); "في", "من", "على" alone often do ("م. في عام 1948 ...")
CLAUSE_GOES_ON = (r"(?:حتى|إلى|الى|حيث|أي|أو|تقريبا|بينما|على يد|عن عمر|"
                  r"في (?:عهد|زمن|عصر|أيام|حكم|ظل|خلافة))(?![\u0621-\u064a])")
_CLAUSE_AFTER = re.compile(rf"[ \t]+{CLAUSE_GOES_ON}")
_SAME_LINE_WORD = re.compile(r"[ \t]+[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_TATWEEL = "\u0640"


def sentence_bounds(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in ``text``, in order.

    ``text[start:end]`` is the sentence without surrounding whitespace; every non-space
    character belongs to exactly one sentence. ``lang`` is a BCP 47 tag ("ar", "fa",
    "en"); it only changes the English-specific abbreviation and capitalisation rules.
    """
    protected = _protected_spans(text)
    latin_rules = not is_arabic_script(lang)
    primary = lang.split("-")[0].lower()
    cuts: list[int] = []
    for m in _END_RUN.finditer(text):
        if _inside(m.start(), protected):
            continue
        end = m.end()
        if primary == "fr" and (spaced := _SPACED_CLOSER.match(text, end)):
            end = spaced.end()  # "« Victoire ! »": the quotation closes after a space
        if _is_end(text, m, latin_rules, primary, end):
            cuts.append(end)
    cuts.extend(i + 1 for i, ch in enumerate(text) if ch in "\n\r\u2028\u2029")
    return _segments(text, 0, len(text), sorted(set(cuts)))


def split_sentences(text: str, lang: str) -> list[str]:
    """The sentences of ``text``, stripped, in order (see :func:`sentence_bounds`)."""
    return [text[start:end] for start, end in sentence_bounds(text, lang)]


_CLAUSE_MARK = re.compile(r"[،؛]|[,;:](?=\s|$)")


def clause_bounds(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence bounds split further after "؛ ، ; , :" (the mark stays with its clause).

    For engines that need short chunks (gTTS): the chunks are still whole words, and a
    comma or colon inside a number or URL ("1,500", "14:30", "https://") never cuts.
    """
    protected = _protected_spans(text)
    out: list[tuple[int, int]] = []
    for start, end in sentence_bounds(text, lang):
        cuts = []
        for m in _CLAUSE_MARK.finditer(text, start, end):
            if _inside(m.start(), protected):
                continue
            before = text[m.start() - 1] if m.start() > 0 else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if _DIGITS.match(before) and _DIGITS.match(after):
                continue  # "٤،٥" written with an Arabic comma as decimal separator
            cuts.append(m.end())
        out.extend(_segments(text, start, end, cuts))
    return out


def _segments(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in zip([start, *cuts], [*cuts, end], strict=True):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _protected_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in URL_RE.finditer(text)]
    spans += [m.span() for m in EMAIL_RE.finditer(text)]
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _next_visible(text: str, pos: int) -> str:
    """The first character at or after ``pos`` that is not space or an opening quote."""
    while pos < len(text) and (text[pos].isspace() or text[pos] in "\"'«“‘([{"):
        pos += 1
    return text[pos] if pos < len(text) else ""


# French sets its closing guillemet after a space ("« Victoire ! »")
_SPACED_CLOSER = re.compile("[ \u00a0\u202f]»")


def _is_end(text: str, m: re.Match[str], latin_rules: bool, primary: str = "",
            end: int | None = None) -> bool:
    """Whether the marks at ``m`` (with what closes after them, up to ``end``) end a
    sentence."""
    end = m.end() if end is None else end
    marks = m.group().rstrip(_CLOSERS)
    after = text[end] if end < len(text) else ""
    if after and not after.isspace():
        # No space after the mark: a number, a domain, "U.S.A", an inner "...".
        return marks[-1] in "!?؟۔" and bool(_ARABIC_LETTER.match(after))
    if marks != ".":
        if latin_rules and ("…" in marks or ".." in marks or end > m.start() + len(marks)):
            # (a quotation closed by "!" or "?" goes on: 'He asked "Why?" and left.')
            return not _next_visible(text, end).islower()
        return True
    return not _is_abbreviation(text, m.start(), m.end(), latin_rules, primary)


# Latin letters' names as Arabic copy writes them ("آي. إم. بي." for I. M. Pei)
_LETTER_NAMES = word_set("آي اي إيه ايه بي سي دي إي اي إف اف جي جيه إتش اتش كي كيه إل ال "
                         "إم ام إن ان أو كيو آر ار إس اس تي يو في دبليو إكس اكس واي زد")
_NAME_DOT_BEFORE = re.compile(r"(\S+)\.\s+$")
_NAME_DOT_AFTER = re.compile(r"\s+(\S+?)\.")


def _letter_name_chain(text: str, dot: int, end: int, bare: str) -> bool:
    """Whether the full stop at ``dot`` follows a Latin letter's Arabic name next to
    another one ("آي. إم. بي."): initials, not the end of a sentence."""
    if bare not in _LETTER_NAMES:
        return False
    before = _NAME_DOT_BEFORE.search(text, max(0, dot - len(bare) - 12), dot - len(bare))
    after = _NAME_DOT_AFTER.match(text, end)
    return bool((before and before.group(1) in _LETTER_NAMES)
                or (after and after.group(1) in _LETTER_NAMES))


def _is_abbreviation(text: str, dot: int, end: int, latin_rules: bool,
                     primary: str = "") -> bool:
    """Whether the single full stop at ``dot`` closes an abbreviation, not a sentence."""
    found = _WORD_BEFORE.search(text, 0, dot)
    token = found.group(1) if found else ""
    bare = token.replace(_TATWEEL, "")
    following = _next_visible(text, end)
    # "1." opening a line is a list number.
    if _DIGITS.fullmatch(bare):
        line_start = text.rfind("\n", 0, dot) + 1
        if primary == "de" and is_german_ordinal(text, dot):
            return True  # "am 7. März", "der 3. große Streik", "im 19. Jahrhundert"
        if primary == "tr" and _LOWER_AFTER.match(text, end) is not None:
            return True  # Turkish ordinals: "14. haftasında", "23. dakikada"
        return not text[line_start:dot - len(token)].strip()
    if bare.lower() in _OTHER_ABBREVIATIONS.get(primary, ()) or (
            primary in _OTHER_ABBREVIATIONS and re.fullmatch(r"[^\W\d_]", bare)):
        return True  # (a single letter, "z. B.", is an initial too)
    # Arabic one-letter abbreviations ("د.", "م.", "أ.د.", "وأ.د."); after a year they
    # end it.
    parts = bare.split(".")
    if len(parts[0]) == 2 and parts[0][0] in "وف":
        parts[0] = parts[0][1:]  # "وأ.د. سعيد": "and Prof. Dr."
    if bare and all(_ARABIC_LETTER.match(part) and len(part) == 1 for part in parts):
        previous = text[:dot - len(token)].rstrip()
        if previous and _DIGITS.match(previous[-1]):  # a year's era: "عام 2015 م."
            # the clause goes on after a preposition ("2560 ق.م. في عهد خوفو"); a
            # Persian or Urdu sentence ends on its verb, never on an era or "ق.ظ."
            # ("در سال ۱۳۵۷ ه.ش. به دنیا آمد" was two sentences)
            return _CLAUSE_AFTER.match(text, end) is not None or (
                primary in ("fa", "ur") and _SAME_LINE_WORD.match(text, end) is not None)
        return True
    if _letter_name_chain(text, dot, end, bare):
        return True  # "المعماري آي. إم. بي. صمم ...": a name's initials, said in Arabic
    if not latin_rules and not re.search(r"[A-Za-z]", bare):
        return False
    if not latin_rules and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", bare):
        return True  # "یہ بات P.M. House میں کہی گئی۔": initials inside an Urdu sentence
    key = bare.lower()
    if key in _EN_TITLES or key in _EN_ALWAYS or bare == "Rt":  # "the Rt. Hon.", "Rt. 66"
        return True  # (spelt so only: "hit RT." ends a sentence)
    if re.fullmatch(r"[A-Z]", bare):
        return True  # an initial: "J. K. Rowling"
    if key in _EN_COUNTRIES and following.isupper():
        word = _WORD_AFTER.match(text, end)
        return word is not None and word.group(1).lower() not in _EN_OPENERS
    if key in ("a.m", "p.m"):
        word = _WORD_AFTER.match(text, end)
        if word is not None and word.group(1).lower() in _EN_ZONES:
            return True
        if _DATE_AFTER.match(text, end):
            return True  # AP's "at 5 p.m. Jan. 20", "5 p.m. Friday, when ..."
    if key in _EN_PARTS and bare != "art" and re.match(r"\s*\d", text[end:end + 3]):
        return True  # "under s. 12", "at para. 45", "Art. 10 of the convention"
    if key in ("st", "ave", "blvd", "rd") and re.match(r"\s*(?:NW|NE|SW|SE)\b", text[end:end + 4]):
        return True  # "1600 Pennsylvania Ave. NW, Washington": the street's quarter
    if key in ("inc", "ltd", "corp", "plc") and re.match(r"\s*\([A-Z]", text[end:end + 4]):
        return True  # "Tesla Inc. (TSLA) fell": its ticker or its country follows
    if key == "c" and re.match(r"\s*\d", text[end:end + 3]):
        return True  # "c. 5,000 years ago": circa
    if key in ("rs", "re") and re.match(r"\s*\d", text[end:end + 3]):
        return True  # "Rs. 1,500 a month": rupees
    if key == "co" and re.match(r"\s*(?:Ltd|Inc|LLC|KG)\b", text[end:end + 8]):
        return True  # "Acme Co. Ltd."
    if key in _EN_STATES and re.match(r"\s*\(", text[end:]):
        return True  # "KNOXVILLE, Tenn. (AP) — ...": the dateline runs on
    if key in _EN_ENDABLE or re.fullmatch(r"(?:[a-z]\.)+[a-z]", key):
        return not following.isupper()
    return latin_rules and following.islower()
