"""Which language each spoken block and sentence is in, and so which voice reads it.

The loader may set a block's language (``Article.block_lang``); where it is silent the
block's own text decides, and then each sentence: a sentence written mostly in another
script than its block (an English sentence in an Arabic paragraph, an Arabic one in an
English paragraph) is read in the language of that script. Within the Arabic script,
Persian, Urdu and Arabic are told apart by the letters only one of them writes (پ چ ژ گ
ک ی, ے ں ٹ ڈ ڑ, ة ى ي ك); a block switches only on clear evidence, a sentence never
(a few letters are too little to go on, and numbers and dates follow the sentence's
language).
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Article, Block, Figure, Inline, Quote, block_inlines
from ..text.diacritize import is_vowelled
from ..text.lang import (
    detect_language,
    function_words,
    is_arabic_script,
    marked_language_agrees,
    persian_in_arabic_letters,
    persian_not_urdu,
    primary_subtag,
    script_of,
)
from ..text.sentences import EMAIL_RE, URL_RE

__all__ = ["block_language", "marked_runs", "script_runs", "sentence_language",
           "sentence_runs", "spoken_inlines"]

# Letters only one Arabic-script language writes (text/lang.py has the same sets for
# its own detection; these decide a switch away from the article's language)
_PERSIAN = frozenset("\u06cc\u06a9\u067e\u0686\u0698\u06af")
_ARABIC = frozenset("\u0629\u0649\u064a\u0643")
_URDU = frozenset("\u06d2\u06ba\u0679\u0688\u0691")
_EVIDENCE = 3  # distinctive letters a block needs before it leaves the article's language
_MAJORITY = 0.6  # share of a sentence's letters in another script that makes it switch
_WORD = 2  # Arabic-script letters that make a word the English voice would spell out


def _script(lang: str) -> str:
    if is_arabic_script(lang):
        return "arabic"
    return {"he": "hebrew", "yi": "hebrew"}.get(primary_subtag(lang), "latin")


def _letters(text: str) -> Counter[str]:
    text = EMAIL_RE.sub(" ", URL_RE.sub(" ", text))
    return Counter(script_of(ch) for ch in text if ch.isalpha())


def block_language(article: Article, block: Block, text: str) -> str:
    """The language ``block`` (whose spoken text is ``text``) is read in."""
    own = getattr(block, "lang", None)
    if own:
        return str(own)
    return text_language(text, article.lang, within_script=True)


def sentence_language(text: str, block_lang: str, article_lang: str = "") -> str:
    """The language one sentence of a block in ``block_lang`` is read in.

    In an Arabic, Persian or Urdu article (``article_lang``), a sentence mostly in Latin
    letters that holds a word of the article's script is read in the article's
    language: "Visual Studio Code (cross-platform، رایگان)". The English voice spells
    such a word letter by letter ("Arabic ra, Arabic alif, ..."); the article's voice
    reads the Latin words with English sounds (espeak-ng switches by script). So is one
    whose figures are written in the article's own digits, a table's "۴۰۰۰ mAh": the
    English voice said "four thousand" in a Persian article.
    """
    lang = text_language(text, block_lang, within_script=False)
    if article_lang and _script(article_lang) == "arabic" != _script(lang) \
            and (_letters(text)["arabic"] >= _WORD or _EASTERN_DIGIT.search(text)):
        return _arabic_script_language(text, article_lang)
    return lang


_EASTERN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


def text_language(text: str, default: str, *, within_script: bool) -> str:
    """``default`` unless ``text`` is clearly in another language (see the module
    docstring); ``within_script`` allows Arabic/Persian/Urdu switches."""
    scripts = _letters(text)
    total = sum(scripts.values())
    if not total:
        return default
    script, count = max(scripts.items(), key=lambda kv: kv[1])
    if script != "other" and script != _script(default) and count / total >= _MAJORITY:
        detected = detect_language(text)
        return detected if detected != "und" else default
    if within_script and script == "arabic" == _script(default):
        return _arabic_script_language(text, default)
    return default


def _arabic_script_language(text: str, default: str) -> str:
    counts = Counter(ch for ch in text if ch in _PERSIAN or ch in _ARABIC or ch in _URDU)
    fa = sum(counts[c] for c in _PERSIAN)
    ar = sum(counts[c] for c in _ARABIC)
    ur = sum(counts[c] for c in _URDU)
    primary = primary_subtag(default)
    if ur >= _EVIDENCE and ur * 4 > fa and ar <= ur and primary != "ur":
        return "ur"
    if fa >= _EVIDENCE and fa > 4 * ar and ur == 0 and primary != "fa" and (
            primary != "ur" or persian_not_urdu(text)):  # ("اللہ تعالیٰ کا ذکر ہوا۔")
        return "fa"
    if ar >= _EVIDENCE and ar > 4 * fa and ur == 0 and primary in {"fa", "ur"} \
            and not persian_in_arabic_letters(text):
        return "ar"
    return default



# A stretch of Arabic-script words (digits, blanks and punctuation between them), with a
# number written right before its first word ("۵۰۰ تومان", "500 ريال")
_ARABIC_SCRIPT = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_STRETCH = re.compile(
    rf"(?:[0-9]+[ \t]+)?[{_ARABIC_SCRIPT}]+"
    rf"(?:[\s0-9.,:;!?'\"«»“”()\-–%]*[{_ARABIC_SCRIPT}]+)*"
    r"(?:[ \t]+[0-9]+%?(?=\s*[\"”»’']))?")  # (its figure: "السعر ارتفع 15% خلال", "عيد سعيد 2025")


# A stretch without Arabic-script letters, from a Latin word or a number to another:
# a quotation in English ("Oil prices rose 3% on Monday") inside a Persian sentence
_LATIN_STRETCH = re.compile(rf"[$€£]?[A-Za-z0-9][^{_ARABIC_SCRIPT}\n]*[A-Za-z0-9%]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_LATIN_PHRASE = 3  # Latin words, one a function word, that make a phrase in its language


def script_runs(text: str, lang: str, article_lang: str = "") -> list[tuple[str, str]] | None:
    """A sentence that holds words of another script than its language's, cut into
    runs: [(text, language)], each read by its own language's voice. In an English (or
    French...) sentence, every stretch of Arabic-script words (the English voice spelled
    them letter by letter), in Arabic, Persian or Urdu by its letters (an Arabic-script
    article's own language when they do not tell). In an Arabic-script sentence, a
    phrase of English (three Latin words or more, one a function word: its numbers in
    English); a name or a term ("iPhone 15", "IMF World Economic Outlook") stays with
    the sentence's voice, which reads Latin words itself. In a Persian or Urdu sentence,
    a vowelled Arabic quotation (three vowelled words or more: a verse, a prayer) too.
    In a Latin-script sentence, a quotation in another Latin language (see
    :func:`_latin_quotations`). In any sentence, words in Hebrew, Greek or Cyrillic
    letters when its language is written otherwise. None when there is no run."""
    if _script(lang) == "arabic":
        stretches = [(m, _latin_language(m.group())) for m in _LATIN_STRETCH.finditer(text)]
        stretches = [(m, found) for m, found in stretches if found]
        if primary_subtag(lang) in ("fa", "ur"):
            # a vowelled Arabic quotation (a verse, a prayer) in Persian or Urdu: the
            # Persian voice read its marks as Persian ("وَاعْتَصِمُوا" /vaɑʔtasemovɑ/)
            stretches = sorted([*stretches, *((m, "ar") for m in _vowelled_arabic(text))],
                               key=lambda pair: pair[0].start())
        stretches += _quotations(text, lang, stretches)
    elif _letters(text)["arabic"] >= _WORD:
        stretches = [(m, _arabic_stretch_language(m.group(), article_lang))
                     for m in _ARABIC_STRETCH.finditer(text)
                     if sum(1 for ch in m.group() if ch.isalpha()) >= _WORD]
    else:
        stretches = []
    if _script_language(lang) == "latin":
        stretches += _latin_quotations(text, lang, stretches)
    stretches += _other_scripts(text, lang, stretches)
    if not stretches:
        return None
    stretches.sort(key=lambda pair: pair[0].start())
    runs: list[tuple[str, str]] = []
    pos = 0
    for m, found in stretches:
        runs.append((text[pos:m.start()], lang))
        runs.append((m.group(), found))
        pos = m.end()
    runs.append((text[pos:], lang))
    runs = [(t, lng) for t, lng in runs if any(ch.isalnum() for ch in t)]
    return runs if any(lng != lang for _, lng in runs) else None


_Stretch = tuple[re.Match[str], str]


def _free(m: re.Match[str], taken: list[_Stretch]) -> bool:
    return not any(other.start() < m.end() and m.start() < other.end() for other, _ in taken)


def _quotations(text: str, lang: str, taken: list[_Stretch]) -> list[_Stretch]:
    """Quotations in another Arabic-script language in an Arabic-script sentence ("قال
    الشاعر: «من هر سال به دوحه می‌آیم»": it was vowelled and read as Arabic, its figures
    in Arabic)."""
    found: list[_Stretch] = []
    for m in _QUOTATION.finditer(text):
        quoted = _arabic_script_language(m.group("said"), lang)
        said = _SPAN.match(text, m.start("said"), m.end("said"))
        if quoted != lang and said is not None and \
                len(said.group().split()) >= _QUOTED_WORDS and _free(m, taken):
            found.append((said, quoted))
    return found


def _latin_quotations(text: str, lang: str, taken: list[_Stretch]) -> list[_Stretch]:
    """A quoted phrase in another Latin-script language in a Latin-script sentence
    (President Erdoğan called it "çok önemli bir adım": the English voice said the
    Turkish in English sounds). Only on clear evidence: three words or more, two
    different function words of that language (not "La La Land"), or one and a letter
    English does not write ("El pueblo unido jamás será vencido"), and none of the
    sentence's own; a lone word ("merhaba", "café") or a phrase without such evidence
    ("la dolce vita") stays with the voice."""
    found: list[_Stretch] = []
    own = function_words(lang)
    for m in _QUOTATION.finditer(text) if own else ():
        said = _SPAN.match(text, m.start("said"), m.end("said"))
        if said is None or not _free(m, taken):
            continue
        words = [w.lower() for w in _ANY_WORD.findall(said.group())]
        quoted = detect_language(said.group())
        if len(said.group().split()) < _QUOTED_WORDS or primary_subtag(quoted) in (
                primary_subtag(lang), "und") or any(w in own for w in words):
            continue
        telling = len(function_words(quoted).intersection(words))  # ("La La Land": one)
        if telling >= 2 or (telling and not said.group().isascii()):
            found.append((said, quoted))
    return found


def _other_scripts(text: str, lang: str, taken: list[_Stretch]) -> list[_Stretch]:
    """Hebrew, Greek and Cyrillic words in a sentence of another script (the voice
    spelled them letter by letter: "Hebrew he, Hebrew samekh ..."); a symbol ("β", "π")
    stays with the sentence."""
    found: list[_Stretch] = []
    for m in _OTHER_SCRIPT_STRETCH.finditer(text):
        written = _other_script_language(m.group())
        if sum(1 for ch in m.group() if ch.isalpha()) >= _SYMBOL_LETTERS and \
                _script_language(written) != _script_language(lang) and _free(m, taken):
            found.append((m, written))
    return found


_OTHER_SCRIPTS = {"he": "\u0590-\u05ff", "el": "\u0370-\u03ff\u1f00-\u1fff",
                  "ru": "\u0400-\u04ff"}
_OTHER_SCRIPT_STRETCH = re.compile("|".join(
    rf"[{letters}]+(?:[\s0-9.,:;!?'\"«»“”()\-–]*[{letters}]+)*"
    for letters in _OTHER_SCRIPTS.values()))
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_SYMBOL_LETTERS = 3  # fewer letters of such a script are a symbol or a unit ("μg")


def _other_script_language(stretch: str) -> str:
    first = next(ch for ch in stretch if ch.isalpha())
    found = next(lang for lang, letters in _OTHER_SCRIPTS.items()
                 if re.match(f"[{letters}]", first))
    return "uk" if found == "ru" and any(ch in _UKRAINIAN for ch in stretch) else found


def _script_language(lang: str) -> str:
    """The script ``lang`` is written in, Greek and Cyrillic told from Latin."""
    primary = primary_subtag(lang)
    if primary == "el":
        return "greek"
    if primary in {"ru", "uk", "bg", "sr", "mk", "be", "kk"}:
        return "cyrillic"
    return _script(lang)


_QUOTATION = re.compile(r"[«“\"](?P<said>[^«»“”\"]+)[»”\"]")
_QUOTED_WORDS = 3  # a quotation this long is told by its letters

_TOKEN = re.compile(r"[^\s،,]+")
_SPAN = re.compile(r".+", re.S)


def _vowelled_arabic(text: str) -> list[re.Match[str]]:
    """Stretches of three vowelled words or more (most of their letters marked, see
    :func:`~artexport.text.diacritize.is_vowelled`), with nothing but blanks and commas
    between them, and the words with a vowel mark or two among and around them: a
    verse's "يَا", "فِي", "آمَنُوا" (their long vowels unmarked) stayed with the Persian
    or Urdu voice, which split the verse and said them with its own letters ("فِی").
    Linear: one pass over the words."""
    found: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    vowelled = 0
    for word in [*_TOKEN.finditer(text), None]:
        if word is not None and _MARKED.search(word.group()) and \
                (not run or not text[run[-1].end():word.start()].strip(" \t،,")):
            run.append(word)
            vowelled += is_vowelled(word.group())
            continue
        if vowelled >= 3 and (span := _SPAN.match(text, run[0].start(), run[-1].end())):
            found.append(span)
        run = [word] if word is not None and _MARKED.search(word.group()) else []
        vowelled = sum(is_vowelled(w.group()) for w in run)
    return found


# a short vowel, shadda or sukun (not the fathatan of Persian adverbs: "حتماً", "کاملاً")
_MARKED = re.compile("[\u064c-\u0652]")


def _arabic_stretch_language(stretch: str, article_lang: str) -> str:
    found = detect_language(stretch)
    if found == "ar" and _script(article_lang) == "arabic":
        return _arabic_script_language(stretch, article_lang)
    return found


_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b(?:/\S*)?", re.I)


def _latin_language(stretch: str) -> str:
    """The language of a Latin phrase (see :func:`script_runs`), or "" for none."""
    words = _LATIN_WORD.findall(_DOMAIN.sub(" ", EMAIL_RE.sub(" ", URL_RE.sub(" ", stretch))))
    if len(words) < _LATIN_PHRASE:  # (an address is no phrase: "support@example.com",
        # "tech-news.com/ar": its "com" made it Portuguese)
        return ""
    found = detect_language(stretch)
    return found if any(w.lower() in function_words(found) for w in words) else ""


Mark = tuple[int, int, str]  # (start, end, language) of a run the markup names


def spoken_inlines(block: Block) -> list[Inline]:
    """The inline runs of ``block`` line by line, as
    :func:`~artexport.model.block_texts` gives their text (the narration's offsets)."""
    if isinstance(block, Quote):
        return [*block.paragraphs, *([block.attribution] if block.attribution else [])]
    if isinstance(block, Figure):
        return [block.caption] if block.caption else []
    return block_inlines(block)


def marked_runs(lines: list[Inline], lang: str) -> list[Mark]:
    """The runs the markup gives another language written in ``lang``'s own script
    (``<span lang="fr">`` in an English sentence, ``<span lang="fa">`` in an Arabic
    one), as offsets in the lines' text joined by newlines. No script tells them, so
    the markup is all there is to go on; a phrase, not a lone word ("<i lang="fr">
    café</i>": a voice change for one word broke the sentence, which its voice reads).
    Runs in another script too, when two words or more in a language other than
    English; the others are left to :func:`script_runs`: a reader marks every Latin name
    in Arabic text "en", which the sentence's own voice reads (a voice change for each
    name would be worse)."""
    marks: list[Mark] = []
    pos = 0
    for line in lines:
        for span in line:
            end = pos + len(span.text)
            if span.lang and primary_subtag(span.lang) != primary_subtag(lang) and (
                    (_script_language(span.lang) == _script_language(lang)
                     and len(span.text.split()) >= 2) or _told_phrase(span.text, span.lang)) \
                    and marked_language_agrees(span.lang, span.text):
                if marks and marks[-1][1] == pos and marks[-1][2] == span.lang:
                    marks[-1] = (marks[-1][0], end, span.lang)
                else:
                    marks.append((pos, end, span.lang))
            pos = end
        pos += 1
    return marks


def _told_phrase(text: str, lang: str) -> bool:
    """A run in another script whose language is more than the "en" every Latin name
    in Arabic text is marked with: two words or more ("Sinema sınır tanımaz" marked
    "tr", "سینما زبان مشترک ماست" marked "fa" in an English sentence)."""
    return primary_subtag(lang) != "en" and len(text.split()) >= 2


def sentence_runs(text: str, lang: str, article_lang: str,
                  marks: list[Mark]) -> tuple[str, list[tuple[str, str]] | None]:
    """The language of a sentence (``text`` in ``lang``) and its runs, as
    :func:`script_runs` gives them, with the runs the markup names (``marks``, offsets
    in ``text``) read in their own languages: ``(lang, None)`` when it has none, the
    marked language when a mark holds all its words."""
    marks = [(max(s, 0), min(e, len(text)), m) for s, e, m in marks
             if s < len(text) and e > 0 and _speakable(text[max(s, 0):min(e, len(text))])
             and primary_subtag(m) != primary_subtag(lang)]
    if not marks:
        return lang, script_runs(text, lang, article_lang)
    if len(marks) == 1 and not _speakable(text[:marks[0][0]] + text[marks[0][1]:]):
        return marks[0][2], None
    runs: list[tuple[str, str]] = []
    pos = 0
    for start, end, marked in [*marks, (len(text), len(text), "")]:
        if _speakable(text[pos:start]):
            piece = text[pos:start]
            runs.extend(script_runs(piece, lang, article_lang) or [(piece, lang)])
        if marked:
            runs.append((text[start:end], marked))
        pos = end
    merged: list[tuple[str, str]] = []
    for piece, piece_lang in runs:  # (one run, one breath: "The minister, محمد العلي")
        if merged and merged[-1][1] == piece_lang:
            merged[-1] = (f"{merged[-1][0]} {piece}", piece_lang)
        else:
            merged.append((piece, piece_lang))
    return lang, merged if any(piece_lang != lang for _, piece_lang in merged) else None


def _speakable(text: str) -> bool:
    return any(ch.isalnum() for ch in text)
