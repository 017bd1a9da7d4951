"""Letters of Persian, Urdu and regional keyboards in Arabic text, as the Arabic voice reads them
(and Arabic letters in Urdu text, as the Urdu voice reads them: :func:`urdu_spelling`).

Arabic typed on a Persian keyboard holds Persian yeh and keheh ("علی", "کان"), and
regional spellings write sounds Arabic lacks with letters of their own (ڤ for v, ڨ and
ڭ for g, چ for ch). The text reads the same to the eye, but espeak-ng's Arabic voice
spells "علی" as /ʕ l/ + "Farsi ye" in English, drops keheh ("کان" is /aːn/) and says
nothing for ڤ or چ, and the diacritizer, trained on Arabic letters, vowels around them.

:func:`arabic_spelling` writes each such letter as the Arabic letter a reader says
there, for the Arabic voice only (Persian and Urdu voices read their own letters):

* Persian yeh (U+06CC) at a word's end is an alef maksura in the words Arabic writes
  with one ("علی" -> "على", "حتی" -> "حتى", "الأخری" -> "الأخرى") and a yeh elsewhere
  ("الإیرانی" -> "الإيراني", "إیران" -> "إيران");
* keheh and swash kaf are kaf; the Urdu and Kurdish hehs are heh, the Urdu teh marbuta
  goal a teh marbuta; Urdu's retroflex letters and yeh barree the nearest Arabic ones;
* ڤ and ڥ (v) are feh, ڨ and ڭ (g) are gaf (گ, which the voice reads /ɡ/), چ is "تش"
  and ژ is jeem, as Arabic spells those sounds in borrowed names;
* Pashto's and Kurdish's own letters in a name (ګ ښ ړ ډ, ڕ ڵ ێ ۆ) the nearest Arabic
  ones (so do :func:`urdu_spelling` and :func:`persian_spelling` for their voices).
"""

from __future__ import annotations

import re

__all__ = ["arabic_spelling", "persian_spelling", "urdu_spelling"]

PERSIAN_YEH = "\u06cc"

_LETTERS = str.maketrans({
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u06aa": "\u0643",  # swash kaf
    "\u06c1": "\u0647",  # heh goal (Urdu)
    "\u06be": "\u0647",  # heh doachashmee (Urdu)
    "\u06d5": "\u0647",  # ae (Kurdish)
    "\u06c0": "\u0647",  # heh with yeh above (Persian ezafe)
    "\u06c3": "\u0629",  # teh marbuta goal (Urdu)
    "\u06d2": "\u064a",  # yeh barree (Urdu)
    "\u06d0": "\u064a",  # e (Pashto, Uyghur)
    "\u06ba": "\u0646",  # noon ghunna
    "\u0679": "\u062a",  # tteh
    "\u0688": "\u062f",  # ddal
    "\u0691": "\u0631",  # rreh
    "\u06a4": "\u0641",  # veh -> feh
    "\u06a5": "\u0641",  # feh with three dots below (Maghrebi v)
    "\u06a8": "\u06af",  # qaf with three dots above (Algerian g) -> gaf
    "\u06ad": "\u06af",  # ng (Moroccan g) -> gaf
    "\u0686": "\u062a\u0634",  # tcheh -> "تش"
    "\u0698": "\u062c",  # jeh -> jeem
    # Pashto's and Kurdish's letters in a name ("ننګرهار", "هەولێر"): the voice spelled
    # the word letter by letter and the letter by its code ("letter 6 A B")
    "\u06ab": "\u06af", "\u069a": "\u0634", "\u0696": "\u062c", "\u0681": "\u0632",
    "\u0685": "\u0633", "\u067c": "\u062a", "\u0689": "\u062f", "\u0693": "\u0631",
    "\u06bc": "\u0646", "\u06cd": "\u064a", "\u0695": "\u0631", "\u06b5": "\u0644",
    "\u06c6": "\u0648", "\u06ce": "\u064a", "\u06c7": "\u0648", "\u06c8": "\u0648",
    "\u06cb": "\u0648",
})
_VARIANTS = re.compile("[" + "".join(chr(c) for c in _LETTERS) + PERSIAN_YEH + "]")

# Words Arabic ends with an alef maksura, as Persian yeh stands in for it: the particles,
# and the frequent nouns, adjectives and names of news prose.
_MAKSURA_LIST = """
على إلى حتى لدى متى سوى بلى أنى أولى أخرى كبرى صغرى عظمى وسطى أدنى أعلى أقصى أقوى
مستوى معنى مدى منتدى ملتقى مستشفى مبنى فتوى دعوى شكوى ذكرى بشرى قتلى جرحى أسرى مرضى
موتى قرى قوى رؤى هدى منى مرمى مغزى مقهى مجرى مأوى مثنى موسى عيسى مصطفى يحيى ليلى سلمى
مرتضى مجتبى نجوى تقوى سلوى رضوى ضحى رأى أتى بقى مضى جرى سعى نهى لقى
"""
_MAKSURA_WORDS = frozenset(_MAKSURA_LIST.split())
# what may stand before such a word: "و", "ف", a preposition, the article
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "لل", "كال", "وب",
             "ول", "فب", "فل", "وك", "وبال", "ولل", "فبال", "فلل")
_WORD_END = re.compile(f"([\u0621-\u064a\u0671-\u06d3]+){PERSIAN_YEH}(?![\u0621-\u06ff])")


def _final_yeh(m: re.Match[str]) -> str:
    stem = m.group(1)
    maksura = any(stem.startswith(p) and stem[len(p):] + "\u0649" in _MAKSURA_WORDS
                  for p in _PREFIXES)
    return stem + ("\u0649" if maksura else "\u064a")


def arabic_spelling(text: str) -> str:
    """``text`` with Persian, Urdu and regional letters written as the Arabic letters a
    reader of Arabic says there (see the module docstring); other text unchanged."""
    if not _VARIANTS.search(text):
        return text
    text = _WORD_END.sub(_final_yeh, text.translate(_LETTERS))
    return text.replace(PERSIAN_YEH, "\u064a")


# Arabic letters in Urdu text (an Arabic keyboard, a quotation: "الله", "پاكستان"), which
# espeak-ng's Urdu voice spells by their names ("alif laam laam ha"): Urdu's own letters
_URDU_LETTERS = str.maketrans({
    "\u0643": "\u06a9",  # kaf -> keheh
    "\u064a": "\u06cc",  # yeh -> Farsi yeh
    "\u0649": "\u06cc",  # alef maksura
    "\u0647": "\u06c1",  # heh -> heh goal
    "\u0629": "\u06c3",  # teh marbuta -> teh marbuta goal
    # (the voice dropped the vowel of a hamza on an alef, "إن شاء" /nʌ ʃaː/, and spelled
    # a word with the Persian izafa heh, "خانۀ")
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",  # أ إ ٱ -> alef
    "\u06c0": "\u06c2",  # heh with yeh above -> heh goal with hamza, "مسئلۂ"
    # Pashto's and Kurdish's letters in a name, which the voice spelled by their codes
    "\u067c": "\u0679", "\u0689": "\u0688", "\u0693": "\u0691", "\u06ab": "\u06af",
    "\u069a": "\u0634", "\u0696": "\u0698", "\u0681": "\u0632", "\u0685": "\u0633",
    "\u06bc": "\u0646", "\u06cd": "\u06cc", "\u06d0": "\u06cc", "\u0695": "\u0691",
    "\u06b5": "\u0644", "\u06c6": "\u0648", "\u06ce": "\u06cc", "\u06a4": "\u0648",
    "\u06c7": "\u0648", "\u06c8": "\u0648", "\u06cb": "\u0648", "\u06ad": "\u06af",
    "\u06a8": "\u06af", "\u06d5": "\u06c1",
})


def urdu_spelling(text: str) -> str:
    """``text`` (Urdu) with Arabic letters written as the Urdu letters the Urdu voice
    reads ("الله" -> "اللہ", "پاكستان" -> "پاکستان")."""
    return text.translate(_URDU_LETTERS).replace("\u06c1\u0674", "\u06c2")  # "مسئلہٴ"



# Pashto letters in Persian (Dari) text, a name spelled the Pashto way ("ننګرهار",
# "لښکرګاه"), which espeak-ng's Persian voice spells letter by letter ("letter 1707"):
# the Persian letters a Dari reader says there
_PERSIAN_LETTERS = str.maketrans({
    "\u06ab": "\u06af",  # gaf with ring -> gaf
    "\u069a": "\u0634",  # seen with dot below and above (x/sh) -> sheen
    "\u0696": "\u0698",  # reh with dot below and above (zh/g) -> jeh
    "\u0681": "\u0632",  # hah with hamza (dz) -> zain
    "\u0685": "\u0633",  # hah with three dots (ts) -> seen
    "\u067c": "\u062a",  # teh with ring -> teh
    "\u0689": "\u062f",  # dal with ring -> dal
    "\u0693": "\u0631",  # reh with ring -> reh
    "\u06bc": "\u0646",  # noon with ring -> noon
    "\u06d0": "\u06cc",  # e -> Farsi yeh
    "\u06cd": "\u06cc",  # yeh with tail -> Farsi yeh
    # Kurdish's and the Turkic languages' (ڕ ڵ ێ, v as ڤ ۋ, ۇ ۈ) and the Maghreb's g
    "\u0695": "\u0631", "\u06b5": "\u0644", "\u06ce": "\u06cc", "\u06c6": "\u0648",
    "\u06a4": "\u0648", "\u06cb": "\u0648", "\u06c7": "\u0648", "\u06c8": "\u0648",
    "\u06ad": "\u06af", "\u06a8": "\u06af",
})


def persian_spelling(text: str) -> str:
    """``text`` (Persian) with Pashto letters written as the Persian letters the Persian
    voice reads ("ننګرهار" -> "ننگرهار")."""
    return text.translate(_PERSIAN_LETTERS)
