"""Stop words for telling running text from page furniture, line by line.

Running text is full of function words ("في", "من", "که", "کے", "the", "of"); menus,
labels and link lists are not. The lists are jusText's (Pomikálek's boilerplate
remover, a dependency of trafilatura): word-frequency lists per language, read
through :func:`justext.get_stoplist`. Arabic, Persian and Urdu share one script and
often one page, so their lists are merged, as are English and French (the Latin
lists a page in this product meets); words of the two scripts never collide.

Words are compared by :func:`key`, the same fold for the lists and the text: no
tashkeel or tatweel, one alif, ى/ی -> ي, ك/ک -> ك, ة/ۃ/ہ -> ه, lower case, no
surrounding punctuation. So a heavily vowelled line ("قَالَ الْمُؤْمِنُونَ") counts
its stop words like a bare one.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections import Counter

from ..text.lang import TO_WESTERN_DIGITS

# jusText's list names for the languages this product reads.
STOPLIST_LANGUAGES = ("Arabic", "Persian", "Urdu", "English", "French")

_TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")  # harakat, dagger alif, tatweel


def fold(text: str) -> str:
    """A matching key: no tashkeel or tatweel, one alif, ى->ي, ة->ه, Western digits,
    lower case, single spaces. Only for comparing; never shown."""
    if text.isascii():  # (nothing else to fold: an English page's lines)
        return " ".join(text.lower().split())
    text = _TASHKEEL.sub("", unicodedata.normalize("NFC", text))
    if _EASTERN_DIGIT.search(text):  # (str.translate is slow on non-ASCII text)
        text = text.translate(TO_WESTERN_DIGITS)
    text = _ALIF.sub("ا", text).replace("ى", "ي").replace("ة", "ه")
    return " ".join(text.lower().split())


_EASTERN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_ALIF = re.compile("[أإآٱ]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def _script_fold(folded: str) -> str:
    """Persian and Urdu letters onto their Arabic twins (after :func:`fold`)."""
    return folded.replace("ی", "ي").replace("ک", "ك").replace("ۃ", "ه").replace("ہ", "ه")


def key(word: str) -> str:
    """The comparison key of one word (see the module docstring)."""
    folded = _script_fold(fold(word))
    start, end = 0, len(folded)
    while start < end and not _is_word_char(folded[start]):
        start += 1
    while end > start and not _is_word_char(folded[end - 1]):
        end -= 1
    return folded[start:end]


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


@functools.cache
def stop_words() -> frozenset[str]:
    """The merged stop-word keys of :data:`STOPLIST_LANGUAGES` (loaded once)."""
    import justext  # lxml-based; imported on first use only

    words: set[str] = set()
    for language in STOPLIST_LANGUAGES:
        words.update(key(w) for w in justext.get_stoplist(language))
    words.discard("")
    return frozenset(words)


# Punctuation stripped from the edges of a word before it is compared.
_EDGE_PUNCT = string.punctuation + "«»،؛؟…–—“”‘’„‹›·•▪◦٪٫٬۔\u200c\u200e\u200f\ufeff"


def keys(text: str) -> list[str]:
    """The comparison keys of the words of ``text`` (one fold for the whole line)."""
    folded = _script_fold(fold(text))
    return [k for k in (w.strip(_EDGE_PUNCT) for w in folded.split()) if k]


def stop_word_density(text: str, stops: frozenset[str] | None = None) -> float:
    """The share of the words of ``text`` that are stop words (0 for no words);
    ``stops``: the page's list (:func:`page_stop_words`), else :func:`stop_words`.
    Numbers ("2019", "$2.8", "٩٠٩٨") are not words here: a sentence of figures is still
    a sentence. An Arabic word with a one-letter proclitic ("وما", "فنحن") counts when
    the word after it is a stop word."""
    words = [w for w in keys(text) if not (w[0].isdigit() or w[-1].isdigit())]
    if not words:
        return 0.0
    stops = stop_words() if stops is None else stops
    return sum(1 for w in words if w in stops or _with_proclitic(w, stops)) / len(words)


# Arabic writes its one-letter conjunctions and prepositions onto the next word ("وما",
# "فنحن", "بذلك"): jusText splits words at blanks only, so a sentence of running Arabic
# prose counted about a fifth fewer stop words than it has, and a long paragraph fell
# under the "bad" threshold (measured on a real Sky News Arabia paragraph: 0.27 -> 0.35).
_PROCLITICS = frozenset("وفبلك")


def _with_proclitic(word: str, stops: frozenset[str]) -> bool:
    return len(word) > 2 and word[0] in _PROCLITICS and word[1:] in stops \
        and _ARABIC_SCRIPT.match(word) is not None


# A page in another language (the product reads any, Arabic first): when the lists
# above find few stop words in its text, the best of all of jusText's ~100 lists is
# added, chosen by the words of the page itself, as jusText's documentation suggests
# for a page of unknown language.
OTHER_LANGUAGE_DENSITY = 0.2  # below this (long lines, merged lists), look further


@functools.cache
def _all_lists() -> tuple[frozenset[str], ...]:
    """Every jusText list, as keys."""
    import justext

    def quick_key(word: str) -> str:  # key() outside the Arabic script: NFC, lower case
        if _ARABIC_SCRIPT.search(word):
            return key(word)
        return unicodedata.normalize("NFC", word).lower().strip(_EDGE_PUNCT)

    return tuple(frozenset(map(quick_key, justext.get_stoplist(name))) - {""}
                 for name in sorted(justext.get_stoplists()))


def page_stop_words(texts: list[str]) -> frozenset[str]:
    """The stop words for a page whose longer lines are ``texts``: the merged lists of
    :data:`STOPLIST_LANGUAGES`, plus the best-matching other jusText list when those
    explain too little of the page."""
    base = stop_words()
    words = [w for text in texts for w in keys(text)]
    if not words or sum(1 for w in words if w in base) >= OTHER_LANGUAGE_DENSITY * len(words):
        return base
    counts = Counter(words)
    best = max(_all_lists(), key=lambda stops: sum(n for w, n in counts.items() if w in stops))
    return base | best


# Closed-class words (prepositions, pronouns, articles, auxiliaries, conjunctions) of
# the four languages of the product. A sentence almost always holds one; a person's
# name never does (jusText's frequency lists also hold "محمد" or "عبد", so they cannot
# serve here).
_FUNCTION_WORDS_RAW = (
    # Arabic
    "في من على إلى الى عن مع أن ان إن أو ثم حتى قد لقد لم لن لا ما ماذا هل هو هي هم هن "
    "هذا هذه ذلك تلك هؤلاء الذي التي الذين كان كانت يكون تكون تم يتم وقد وفي ومن وعلى "
    "وهو وهي كما لكن ولكن بعد قبل عند حيث بين خلال منذ كل بعض غير عليه عليها فيه فيها "
    "منه منها له لها به بها أي إذا إذ لأن نحو أيضا ليس كيف متى أين عبر لدى سوف ضد "
    "أمام دون فوق تحت هنا هناك نحن أنا أنت "
    # Persian
    "و در به از که این آن را با است برای تا هم بر یک شد می نمی شده بود باشد کرد کند "
    "کنند نیز اما یا اگر هر چه چرا کجا چگونه همه ما شما او آنها من تو خود هیچ دیگر "
    "پس روی درباره بدون "
    # Urdu
    "کے میں کی اور سے کا اس کو ہے نے پر ایک کہ یہ بھی ان کر ہیں جو کیا وہ جس ہو تو "
    "نہیں تک ہی اپنے تھا آپ نہ ساتھ لیے گیا گئی ہم تھے ہوا ہوئی کوئی کچھ "
    # English
    "the of and in to a an is are was were be been has have had it its this that these "
    "those for on with at from as but or not no you your we our they their he she his "
    "her i my me us will would can could should may might there here what which who "
    "when where why how all any more most other some such than then so do does did "
    "about into over after before up out also just only very click")


def _exact_key(word: str) -> str:
    """Like :func:`key` but keeping ى, ي and ی apart: "على" (on) is a function word,
    "علي" and Persian "علی" (Ali) are names."""
    text = _TASHKEEL.sub("", unicodedata.normalize("NFC", word)).lower()
    text = re.sub("[أإآٱ]", "ا", text)
    return "".join(ch for ch in text if _is_word_char(ch))


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(_exact_key(w) for w in _FUNCTION_WORDS_RAW.split())


def function_word_count(words: list[str]) -> int:
    """How many of ``words`` are closed-class words; a capitalised Latin word ("May",
    "The" in "The Associated Press") is taken as part of a name, not counted."""
    closed = _function_words()
    return sum(1 for w in words if _exact_key(w) in closed and not w[:1].isupper())
