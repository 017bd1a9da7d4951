"""Language and direction from the text itself, for when metadata is silent."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container

from ..model import Direction

# A BCP 47 language tag as pages and front matter write it: "ar", "en-GB", "zh-Hant-TW".
LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*\Z")  # \Z: "$" allows a "\n"
# (Dari, Kashmiri, Balochi, South Azerbaijani, Western Punjabi and the Iranian languages
# of the Caspian are written in Arabic letters too: a Dari article was laid out left to
# right in every edition)
_ARABIC_SCRIPT_LANGUAGES = frozenset({
    "ar", "fa", "ur", "ps", "sd", "ug", "ckb", "prs", "ks", "bal", "azb", "pnb", "skr",
    "glk", "mzn", "lrc", "bqi", "brh", "khw"})
RTL_LANGUAGES = _ARABIC_SCRIPT_LANGUAGES | {"he", "yi", "dv", "syr", "arc", "nqo"}

# Letters that tell Arabic-script languages apart: Persian writes ی/ک and has پ چ ژ گ;
# Arabic writes ي/ك and has ة ى; Urdu adds ے ں ٹ ڈ ڑ and writes its h as ہ and ھ.
_PERSIAN = frozenset("\u06cc\u06a9\u067e\u0686\u0698\u06af")
_ARABIC = frozenset("\u064a\u0643\u0629\u0649")
_URDU = frozenset("\u06d2\u06ba\u0679\u0688\u0691\u06c1\u06be")
_SHORT_RUN = 4  # words
_URDU_WORDS = frozenset({"نے", "کے", "کی", "کا", "میں", "ہے", "ہیں", "اور", "سے", "کو", "پر",
                         "تھا", "تھی", "گیا", "کہ"})
# function words one of the two languages writes and the other does not
_ARABIC_WORDS = frozenset({"في", "إن", "أن", "التي", "الذي", "هذا", "هذه", "كان", "قال",
                           "على", "إلى", "عن", "لم", "لن", "قد"})
_PERSIAN_WORDS = frozenset({"در", "از", "این", "آن", "که", "را", "با", "است", "می", "برای",
                            "شد", "شده"})
# letters Arabic has no use for: پ چ ژ گ
PERSIAN_ONLY = frozenset("\u067e\u0686\u0698\u06af")


def persian_in_arabic_letters(text: str) -> bool:
    """Whether Arabic-script ``text`` is Persian typed with Arabic's yeh and kaf ("قيمت
    طلا در بازار ... افزايش يافت"): a Persian letter of its own, or Persian's function
    words and none of Arabic's, nor its teh marbuta or alef maksura, which Arabic prose
    never goes long without."""
    if any(ch in PERSIAN_ONLY for ch in text):
        return True
    words = _WORD.findall(text)
    persian = sum(w in _PERSIAN_WORDS for w in words)
    arabic = sum(w in _ARABIC_WORDS for w in words)
    return persian > arabic and not any(ch in "\u0629\u0649" for ch in text)

# A few very frequent function words per Latin-script language.
_LATIN_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "he", "it",
           "on", "at", "by", "from", "are", "we", "this", "be", "has", "have", "will",
           "said", "not", "but", "or", "they", "you", "were", "an", "our"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "il",
           "nous", "vous", "au", "aux", "qui", "pas", "sur", "sont", "ne"},
    "es": {"el", "la", "los", "y", "que", "en", "del", "las", "por", "una", "con", "es"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "zu", "auf", "sich",
           "im", "von", "dem", "eine", "für", "wird", "wurde", "auch", "nach", "bei", "aus"},
    "pt": {"o", "os", "e", "que", "do", "da", "em", "um", "uma", "para", "com", "não",
           "dos", "ao", "aos", "foi", "pelo", "pela", "são", "também", "às"},
    "it": {"il", "di", "che", "e", "la", "per", "un", "non", "sono", "una", "del", "gli"},
    # (each list holds no word another list has: French "de" and "en" made a French
    # sentence Dutch)
    "nl": {"het", "een", "van", "dat", "niet", "op", "voor", "zijn", "met", "ook", "wordt",
           "naar"},
    "id": {"yang", "dan", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada",
           "juga", "bahwa", "bagi", "oleh", "dalam", "telah", "sudah", "adalah", "tersebut",
           "kepada", "hari"},
    "tr": {"ve", "bir", "bu", "için", "ile", "olarak", "olan", "çok", "gibi", "daha", "ancak",
           "sonra", "değil", "veya", "göre", "kadar", "tarafından", "yüzde", "yeni"},
    "sv": {"och", "att", "det", "som", "är", "på", "för", "med", "av", "inte", "till", "har"},
    "pl": {"na", "nie", "się", "że", "jest", "jak", "przez", "oraz", "jego", "który", "od",
           "po"},
}
_WORD = re.compile(r"[^\W\d_]+")


def word_set(text: str) -> frozenset[str]:
    """The words of ``text`` (a word list written as lines of words) as a set."""
    return frozenset(text.split())


def function_words(lang: str) -> frozenset[str]:
    """The commonest function words of a Latin-script language (empty for others)."""
    return frozenset(_LATIN_STOPWORDS.get(primary_subtag(lang), ()))


def script_of(ch: str) -> str:
    """A coarse script name for one character: arabic, hebrew, latin, other."""
    cp = ord(ch)
    if cp < 0x80:  # (ASCII: its letters are Latin; no name looked up for each)
        return "latin" if ch.isalpha() else "other"
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF \
            or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return "arabic"
    if 0x0590 <= cp <= 0x05FF:
        return "hebrew"
    if ch.isalpha() and unicodedata.name(ch, "").startswith(("LATIN", "GREEK", "CYRILLIC")):
        return "latin"
    return "other"


def dominant_script(text: str) -> str:
    """The script (as :func:`script_of` names it) most of the letters of ``text`` are
    in; ``"other"`` when none is in a script it names."""
    scripts = Counter(script_of(ch) for ch in text if ch.isalpha())
    scripts.pop("other", None)
    return scripts.most_common(1)[0][0] if scripts else "other"


# Persian's and Urdu's digits (U+06F0..U+06F9); Arabic writes U+0660..U+0669
_EXTENDED_DIGITS = re.compile("[\u06f0-\u06f9]")


def detect_language(text: str) -> str:
    """A BCP 47 tag for the dominant language of ``text``; ``"und"`` if there are no letters."""
    top = dominant_script(text)
    if top == "other":
        return "und"
    if top == "hebrew":
        return "he"
    if top == "arabic":
        letters = Counter(ch for ch in text if ch in _PERSIAN or ch in _ARABIC or ch in _URDU)
        ur = sum(letters[c] for c in _URDU)
        fa = sum(letters[c] for c in _PERSIAN)
        ar = sum(letters[c] for c in _ARABIC)
        if ur > max(ar, 3) and ur * 4 > fa:
            return "ur"
        # a letter only Urdu writes (not "ھ", some Arabic sites' "ه") and none only Arabic
        # does, in a short run (a name) or with Urdu's function words ("شہباز شریف", "وزیر
        # اعظم شہباز شریف نے کہا" were Persian: too few letters to count)
        if ur > letters["\u06be"] and not ar:
            found = _WORD.findall(text)
            if len(found) <= _SHORT_RUN or sum(w in _URDU_WORDS for w in found) > sum(
                    w in _PERSIAN_WORDS for w in found):
                return "ur"
        if fa == ar == 0 and _EXTENDED_DIGITS.search(text):
            return "fa"  # "او در سال ۱۳۹۰ به تهران رفت": no telling letter, Persian digits
        return "fa" if fa > ar else "ar"
    words = Counter(w.lower() for w in _WORD.findall(text))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _LATIN_STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else "en"


def primary_subtag(lang: str) -> str:
    return lang.split("-")[0].lower()


def words_language(lang: str, available: Container[str]) -> str:
    """The language words an edition adds (labels, month names) are written in: the
    article's, when ``available`` (a table's languages) has it (Dari's: Persian's),
    else English."""
    primary = primary_subtag(lang)
    primary = "fa" if primary == "prs" and "prs" not in available else primary
    return primary if primary in available else "en"


# Digits as the PDF's ``digits`` option and the scrape reader's date parsing want them.
TO_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
TO_ARABIC_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Persian and Urdu write the extended Arabic-Indic digits (U+06F0..U+06F9).
TO_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def direction_of(lang: str) -> Direction:
    """``rtl`` for right-to-left languages and scripts (``ar``, ``fa``, ``ur-Arab``...)."""
    tag = lang.lower()
    if "-arab" in tag or "-hebr" in tag:
        return "rtl"
    return "rtl" if primary_subtag(tag) in RTL_LANGUAGES else "ltr"


def is_arabic_script(lang: str) -> bool:
    return primary_subtag(lang) in _ARABIC_SCRIPT_LANGUAGES or "-arab" in lang.lower()




def script_of_language(lang: str) -> str:
    """The coarse script (as :func:`script_of` names it) ``lang`` is written in."""
    tag = lang.lower()
    if is_arabic_script(tag):
        return "arabic"
    if primary_subtag(tag) in {"he", "yi"} or "-hebr" in tag:
        return "hebrew"
    if primary_subtag(tag) in _NON_LATIN_LANGUAGES:
        return "other"
    return "latin"


# Languages in none of the scripts above (their blocks are never re-labelled by script).
_NON_LATIN_LANGUAGES = frozenset({"zh", "ja", "ko", "th", "hi", "bn", "ta", "te", "am", "ka",
                                  "hy", "el", "ru", "uk", "bg", "sr", "mk", "be", "kk"})

# A block is re-labelled only on clear evidence: most of its letters in one script, and
# enough of them (a lone brand name in a heading is no paragraph in another language).
_BLOCK_SCRIPT_SHARE = 0.75
_BLOCK_MIN_LETTERS = 8
_BLOCK_MIN_WORDS = 2
# Within one script (an Urdu quotation in an Arabic article, a French one in an English
# article): the telling letters or function words must be this many, and outnumber the
# article language's own at least twice over.
_SAME_SCRIPT_EVIDENCE = 3
_TURKISH_LETTERS = frozenset("ığ")
# another list's words that are the article language's own too, no evidence there:
# Spanish's "dos" (two: "Los dos presidentes firmaron dos acuerdos" got the Portuguese
# voice), English's "von" of a name ("Ursula von der Leyen ... at the Haus der Kulturen
# der Welt" got the German one)
_ALSO_OWN_WORDS = {"es": frozenset({"dos"}), "en": frozenset({"von"})}


def persian_not_urdu(text: str) -> bool:
    """Whether Arabic-script ``text`` of an Urdu article is Persian: Urdu writes every
    Persian letter too, so only with no Urdu letter and Persian's own heh (Urdu writes
    ہ ھ) or ژ."""
    return not any(ch in _URDU for ch in text) \
        and sum(ch in "\u0647\u0698" for ch in text) >= _SAME_SCRIPT_EVIDENCE


def marked_language_agrees(lang: str, text: str) -> bool:
    """Whether the language a source marks ``text`` with fits its letters: pages pasted
    from Word mark Persian and Urdu "ar-SA", and an Arabic paragraph "en-US" (read as
    Arabic and laid out left to right). Marks in another script than the text's, and an
    Arabic-script mark whose text has another Arabic-script language's own letters, do
    not; a text with too few letters to tell agrees with anything."""
    scripts = Counter(script_of(ch) for ch in text if ch.isalpha())
    scripts.pop("other", None)
    if sum(scripts.values()) < _AGREE_MIN_LETTERS:
        return True
    top = scripts.most_common(1)[0][0]
    if top != script_of_language(lang) and script_of_language(lang) != "other":
        return False
    if top != "arabic":
        return True
    primary = primary_subtag(lang)
    theirs = sum(ch in _PERSIAN or ch in _URDU for ch in text)
    if primary == "ar":  # Persian's or Urdu's own letters in a run marked Arabic
        return theirs < _EVIDENCE_AGAINST
    if primary in ("fa", "ur"):  # Arabic's own letters, none of theirs
        return theirs > 0 or sum(ch in _ARABIC for ch in text) < _EVIDENCE_AGAINST
    return True


_AGREE_MIN_LETTERS = 4  # fewer letters tell nothing against a mark
_EVIDENCE_AGAINST = 2  # letters only Persian or Urdu writes that belie an "ar" mark


def block_language(text: str, article_lang: str) -> str | None:
    """The language of a block of ``text`` inside an article in ``article_lang``, where
    the text shows it differs; ``None`` where it is the article's (or cannot be told).

    A block whose letters are mostly in another script than the article's is in that
    script's language (:func:`detect_language` tells Arabic, Persian and Urdu apart by
    their letters, Latin-script languages by their function words). Within the
    article's own script a block is re-labelled only when its telling letters (Urdu's
    ے ں ٹ, Persian's پ چ ژ گ) or function words are plentiful.
    """
    letters = [ch for ch in text if ch.isalpha()]
    scripts = Counter(script_of(ch) for ch in letters)
    scripts.pop("other", None)
    if not scripts:
        return None
    top, count = scripts.most_common(1)[0]
    if count < _BLOCK_MIN_LETTERS or count < _BLOCK_SCRIPT_SHARE * len(letters) \
            or len(_WORD.findall(text)) < _BLOCK_MIN_WORDS:
        return None
    own = primary_subtag(article_lang)
    if top != script_of_language(article_lang):
        found = detect_language(text)
        return None if found == own else found
    if top == "arabic" and own not in ("ar", "fa", "ur"):
        return None  # (Uyghur's, Pashto's letters are no evidence of Arabic's: "كىتاب")
    if top == "arabic":
        words = Counter(_WORD.findall(text))
        # letters, and words only one of the two languages writes ("في", "الذي"; "در",
        # "است"): a short Arabic sentence has few telling letters ("قال الوزير إن العمل
        # مستمر في المشروع" has one), and was read by a Persian article's voice
        evidence = {"ur": sum(ch in _URDU for ch in text),
                    "fa": sum(ch in _PERSIAN for ch in text)
                    + 2 * sum(words[w] for w in _PERSIAN_WORDS),
                    "ar": sum(ch in _ARABIC for ch in text)
                    + 2 * sum(words[w] for w in _ARABIC_WORDS)}
    elif top == "latin":
        if own not in _LATIN_STOPWORDS:
            return None  # (an article in a language the lists do not know: no evidence)
        words = Counter(w.lower() for w in _WORD.findall(text))
        mine = _ALSO_OWN_WORDS.get(own, frozenset())
        evidence = {lang: sum(words[w] for w in stop - mine)
                    for lang, stop in _LATIN_STOPWORDS.items()}
        # and what a short sentence shows besides ("Hükümet salı günü öğretmenler için
        # maaş artışını açıkladı" has one listed word): Turkish's ı and ğ, Indonesian's
        # "-kan" and "-nya" words ("mengumumkan", "kenaikan")
        evidence["tr"] += sum(n for w, n in words.items() if _TURKISH_LETTERS.intersection(w))
        evidence["id"] += sum(n for w, n in words.items()
                              if len(w) >= 7 and w.endswith(("kan", "nya")))
    else:
        return None
    found = detect_language(text)
    if found == own or found not in evidence:
        return None
    if own in ("fa", "ur") and found == "ar" and persian_in_arabic_letters(text):
        return None  # Persian typed with Arabic's yeh and kaf ("خبرگزاري ايسنا") is Persian
    if own == "ur" and found == "fa":  # ("صدر مملکت نے خطاب کیا۔" got the Persian voice)
        return "fa" if persian_not_urdu(text) else None
    if evidence[found] >= _SAME_SCRIPT_EVIDENCE and evidence[found] >= 2 * evidence.get(own, 0):
        return found
    return None
