"""Normalise article text for a speech engine, Arabic first.

TTS engines misread what a sighted reader skips or decodes at a glance: "2021.06.26" is
read as a decimal number, "14:30" as two numbers, "٤.١٥٩.٥١٢.٣١٣" digit group by digit
group, "/" and "#" as English words, and a scrape brings page furniture ("+A", "حجم
الخط", "qsd-photo6.jpg"). :func:`speech_text` rewrites all of it as words, so that the
engine (espeak-ng offline, gTTS online) only has to pronounce.

Readings chosen for Arabic (the defaults a news reader uses; each is tested):

* **Numbers** become words (:mod:`artexport.text.numbers`). In running text they take
  the genitive/accusative form ("على اثنين وعشرين من"), which is both what most numbers
  in news prose grammatically are (objects, after prepositions, after nouns) and what is
  heard on air; a number opening a sentence or line takes the nominative. A number
  before a frequent feminine noun ("9 نقاط", "8 سنوات") takes the feminine form
  ("تسع نقاط"). "٤.١٥٩.٥١٢.٣١٣" (several dots, groups of three) and "1,500" are grouped
  integers; "٩٤.٧٥", "4.5", "٩٤٫٧٥" are decimals ("فاصل"); "٬" groups.
* **Dates** in any of "2021.06.26", "2021-06-26", "2019/02/09", "26/06/2021",
  "26-6-2021", "26 يونيو 2021", "3 مايو", "23 يناير (كانون الثاني)" read as
  "السادس والعشرين من ... عام ألفين وواحد وعشرين". A month written in words keeps the
  author's name for it; a numeric month is named by ``SpeechOptions.month_names``
  (default ``"both"``: "حزيران يونيو", as pan-Arab broadcasters say it). Hijri months
  ("25 شوال 1436 هـ") and a numeric date marked "هـ" (or with a year 1350-1500) use the
  Hijri month names; "هـ" -> "هجرية", "م" after a year -> "ميلادية" ("هجري",
  "ميلادي" after "عام", which is masculine).
* **Times** "14:30" read on the 12-hour clock with the part of the day, as Arabic
  speakers say them: "الساعة الثانية والنصف ظهرًا"; ":15" "والربع", ":20" "والثلث",
  ":30" "والنصف", ":40" "إلا ثلثًا" and ":45" "إلا ربعًا" of the next hour, other
  minutes counted ("وخمس دقائق"). "ت م" -> "بتوقيت مكة المكرمة", "ت غ"/"GMT" ->
  "بتوقيت غرينتش", "ص"/"م" after a time fix the half of the day.
* **Symbols**: "20%"/"%20"/"٪٢٠" -> "عشرين بالمئة"; "$5" -> "خمسة دولارات" (counted-noun
  rules), "€", "£" likewise; "٩١٥٠ - ٩١٧٠" -> "من ... إلى ..." ("بين X - Y" -> "بين X
  وY"); "[سورة الشورى/ 48]" -> "سورة الشورى، الآية ثمانية وأربعون"; "24/7" -> "على
  مدار الساعة"; "و/أو" -> "و أو"; other "/", "|", "#" become a pause or nothing.
* **Latin and URLs**: Latin words are kept (engines switch voice) or dropped
  (``latin="skip"``); a URL or e-mail is read as its domain, the default ("developer دوت
  apple دوت com", "dot" in English: "Visit for more." was all a listener heard of
  "Visit www.example.com for more.") or dropped (``urls="skip"``). A bare domain in a
  sentence ("aawsat.com") is a name, and is always read.
* **Initialisms** ("IMF", "FATF", "IAEA" in an Arabic sentence) are said by their
  letters' Arabic names, "آي إم إف", and in English written "I.M.F.", where espeak-ng
  said /ɪmf/ (:mod:`artexport.text.initialisms`).
* **Letters of other keyboards**: Persian yeh and keheh, Urdu and regional letters
  in Arabic text are written as the Arabic letters said there ("علی" -> "على", "ڤ" ->
  "ف"; :mod:`artexport.text.arabic_spelling`).
* **Never spoken**: emoji and other pictographs (but an emoji that is all a sentence
  or a quotation says is named: :mod:`artexport.text.spoken_emoji`), bidi controls,
  tatweel, page furniture lines ("icon", "+A", "-A", "حجم الخط", "Tweet"...) and image
  file names.

Persian gets the same treatment with Persian words; English text keeps its numbers
(engines read English digits well) but gets dates, times, URLs and furniture.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .arabic_shorthand import arabic_powers
from .arabic_spelling import arabic_spelling, persian_spelling, urdu_spelling
from .bidi import BIDI_CONTROLS
from .initialisms import speak_arabic_initials, speak_blessings, speak_initialisms
from .lang import is_arabic_script, primary_subtag
from .latin_languages import LATIN_LANGUAGES, latin_speech, symbol_words
from .latin_numbers import latin_numbers, regional_numbers
from .sentences import CLAUSE_GOES_ON, EMAIL_RE, URL_RE
from .speech_marks import readable_marks, speakable_marks
from .spoken_bible import european_verses
from .spoken_dates import DateOrder, four_digit_years, month_first_dates
from .spoken_emoji import lone_emoji
from .spoken_english import speak_english_abbreviations, speak_english_units
from .spoken_european import CLOCK_LANGUAGES, european_times, german_ordinals
from .spoken_measures import speak_english_measures
from .spoken_numbers import (
    MonthNames,
    ascii_digits,
    numbers_language,
    speak_date,
    speak_number,
    speak_numbers_in,
    speak_time,
)
from .spoken_references import arabic_references, english_references, latin_run_numerals

__all__ = ["MonthNames", "SpeechOptions", "speak_date", "speak_number", "speak_time",
           "speech_text"]


@dataclass(frozen=True)
class SpeechOptions:
    """How :func:`speech_text` treats what a TTS engine would misread.

    ``latin``: Latin-script words inside Arabic/Persian text are spoken (the engine
    switches voice) or skipped. ``urls``: URLs and e-mail addresses are skipped or read
    as their domain. ``month_names``: how a *numeric*
    Gregorian date names its month in Arabic: ``"both"`` ("حزيران يونيو"),
    ``"levantine"`` ("حزيران") or ``"transliterated"`` ("يونيو"). ``date_order``: the
    article's order of a slashed date in English ("dmy", "mdy";
    :func:`~artexport.text.spoken_dates.slashed_date_order`), ``None``: the language
    tag's region, else a date either order reads is said as written.
    """

    latin: Literal["speak", "skip"] = "speak"
    urls: Literal["speak", "skip"] = "speak"
    month_names: MonthNames = "both"
    date_order: DateOrder | None = None


_AR_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_LATIN_LETTER = "A-Za-z\u00c0-\u024f"
_GLUED_SCRIPTS = re.compile(rf"(?<=[{_LATIN_LETTER}])(?=[{_AR_LETTER}])"
                            rf"|([{_AR_LETTER}]+)(?=[{_LATIN_LETTER}])")


# -- public API ------------------------------------------------------------------------
def speech_text(text: str, lang: str, options: SpeechOptions = SpeechOptions(), *,
                engine_spelling: bool = True) -> str:
    """What a TTS engine should be given to read ``text`` aloud correctly.

    ``lang`` is the BCP 47 tag of the text ("ar", "fa", "en", ...). The result keeps the
    text's punctuation (engines pause on it) and its line breaks; for Arabic-script
    languages it contains no digits of any script (English keeps plain numbers but gets
    dates, times and ranges as words; other languages keep theirs for their own voice
    to read), and its vowel and Quranic marks are written as espeak-ng reads them
    (:func:`~artexport.text.speech_marks.speakable_marks`).
    Never raises for any input text. Short vowels are added later, by the narration
    (:mod:`artexport.text.diacritize`), which asks for the text with
    ``engine_spelling=False``: the words as they are written (the marks only made
    readable), for the diacritizer, and has the engine spell them afterwards
    (:meth:`artexport.tts.TtsEngine.engine_text`).
    """
    primary = primary_subtag(lang) or "ar"
    arabic = primary == "ar"
    # (Uyghur's and Sindhi's voices read their digits themselves: "200" was "مئتي")
    words_for_numbers = is_arabic_script(primary) and primary not in ("ug", "sd")
    numbers_lang = numbers_language(primary)  # ar, fa, ur: their own number words
    if primary not in {"ar", "fa"} and words_for_numbers:
        primary = "ar"  # Urdu, Pashto...: Arabic-script rules for the other steps
    # French, Portuguese, German...: their voice reads their numbers, dates and times
    # (espeak-ng: "às 20:13" -> "vinte treze"); English words in their sentences were
    # read with their letters' sounds
    english = primary == "en"
    own_numbers = words_for_numbers or english
    clock_lang = primary if primary in CLOCK_LANGUAGES else None
    latin = primary if primary in LATIN_LANGUAGES else None
    if not words_for_numbers and not english:
        primary = "en"

    text = lone_emoji(text, primary_subtag(lang) or "ar")  # a reply that is only "👍🏽"
    if arabic:  # "10^27" (the caret is no character a voice says)
        text = arabic_powers(text)
    # (Urdu's, Pashto's own words for them, not Arabic's: "پاکستان 🇵🇰" was "... باکستان")
    text = _FLAG.sub(lambda m: _flag_name(m, primary_subtag(lang) or "ar"), text)
    text = _clean(_marks_as_words(text, primary_subtag(lang) if words_for_numbers else primary))
    if primary_subtag(lang) != "vi":  # "Nguyễn": "N G U Y letter e with circumflex ..."
        text = _SPELLED_LETTERS.sub(_base_letters, text)
    if versus := _VERSUS_WORDS.get(primary_subtag(lang) or "ar"):  # "الهلال × النصر"
        text = _VERSUS.sub(f" {versus} ", text)
    if clock_lang:  # "14h30": "quatorze ache trente" (their voices read the rest right)
        text = european_times(european_verses(text, clock_lang), clock_lang)  # "Joh 3:16"
    if (latin and latin != "de") or english:  # "on 12/08/26" was "12, 08, 26" (German
        text = four_digit_years(text)  # keeps its slashed dates as written)
    if latin:  # "5,5 Mio.", "R$ 31,3 bilhões", "EE. UU.", "XXe siècle", "Léon XIV"
        text = regional_numbers(text, lang)  # Mexico's "27,273" and "$"
        text = latin_numbers(latin_speech(text, latin), latin)  # "60-70%", "3e", "14."
    if clock_lang == "de":  # "am 3. Oktober": "am drei", a full stop, "Oktober"
        text = german_ordinals(text)
    if arabic:  # "علی" typed on a Persian keyboard: the Arabic voice says "Farsi ye"
        text = speak_arabic_initials(arabic_spelling(text))
    elif numbers_lang == "ur":  # "الله": the Urdu voice says "alif laam laam ha"
        text = urdu_spelling(text)
    elif numbers_lang == "fa":  # "ننګرهار": the Persian voice spelled the Pashto letters
        text = persian_spelling(text)
    if words_for_numbers:  # "محمد (ص)": a blessing, not the letter
        text = speak_blessings(text, numbers_lang)
    text = _drop_furniture(text, primary)
    text = _urls(text, latin or ("ur" if numbers_lang == "ur" else primary), options)
    if english:
        text = speak_english_units(speak_english_abbreviations(english_references(text)))
        text = speak_english_measures(text)  # "960mb", "12kts", "3nm chips"
        text = month_first_dates(text, lang, options.date_order)  # "3/4/2025": March 4?
        text = speak_initialisms(text, "en")
    if arabic:  # "يوحنا 3:16", "2 عمليتين"
        text = arabic_references(text)
    if words_for_numbers:  # "Artemis II": "I I"
        text = latin_run_numerals(text)
    if own_numbers:
        text = speak_numbers_in(text, numbers_lang, month_names=options.month_names)
    if words_for_numbers and options.latin == "skip":
        text = _LATIN_WORD.sub("", text)
    elif arabic:  # "(IMF)": its letters' Arabic names, as an Arabic newsreader says them
        text = speak_initialisms(text, "ar")
    text = _tidy(text, primary, latin)
    if words_for_numbers:
        text = speakable_marks(text) if engine_spelling and arabic \
            else readable_marks(text, lang=lang)
    return text


# -- pipeline steps --------------------------------------------------------------------

_UNSPOKEN_CATEGORIES = frozenset({"So", "Sk", "Co", "Cn", "Cs", "Cf", "Me"})
_DROPPED = frozenset(BIDI_CONTROLS | set("\ufeff\u200b\u200d\u2060\u00ad"))


def _clean_char(ch: str) -> str:
    """What one character becomes before anything else is read."""
    if ch in "\n\t\u200c°":
        return ch  # the Persian non-joiner shapes words; "°" is read as a degree
    if ch in "℃℉":
        return "°C" if ch == "℃" else "°F"  # (dropped as signs, with their degrees)
    if ch in "\u02bc\u02be\u02bf":  # a transliteration's hamza and ayn ("Qurʾan", "Shiʿa"):
        return "'"  # the voices spelled the word letter by letter and the mark by its code
    if ch == "\u2212":
        return "-"  # the minus sign: "−12°C"
    if ch in _DROPPED:
        return ""
    if ch in "\r\u2028\u2029\x0b\x0c\x85":
        return "\n"
    cat = unicodedata.category(ch)
    if cat == "Cc" or cat == "Zs":
        return " "
    if cat in _UNSPOKEN_CATEGORIES or (cat == "Mn" and 0xFE00 <= ord(ch) <= 0xFE0F):
        return ""  # pictographs, their modifiers and variation selectors, private use
    return ch


# A market's arrows ("المؤشر ▲ 45 نقطة": the direction was dropped with the sign) and a
# quarter's "Q2" in Arabic copy ("Q two" was said by the English voice)
_ARROWS = {"ar": ("ارتفاعًا", "انخفاضًا"), "fa": ("افزایش", "کاهش"), "ur": ("اضافہ", "کمی"),
           "en": ("up", "down")}
# a match's "×" between its two sides ("Real Madrid × الهلال" in a fixtures table): no
# voice said it; between numbers it is "times" (number_tokens)
_VERSUS = re.compile(r"(?<=[^\W\d_])[ \t]*×[ \t]*(?=[^\W\d_])"
                     r"|(?<=\w)[ \t]+(?:vs\.?|VS\.)[ \t]+(?=\w)")  # not "VS Code"
_VERSUS_WORDS = {"ar": "ضد", "fa": "مقابل", "ur": "بمقابلہ"}
# (an arrow before a number: "🔻 عاجل" is a red mark over a headline)
_UP = re.compile("[▲△🔺⬆↑]\ufe0f?(?=\\s?[+-]?[\\d٠-٩])")
_DOWN = re.compile("[▼▽🔻⬇↓]\ufe0f?(?=\\s?[+-]?[\\d٠-٩])")
# ("أودي Q3" is a car: a quarter after "في", "خلال", "الربع", results' words)
_AR_QUARTER = re.compile(r"(?P<word>في|خلال|الربع|نتائج|أرباح|مبيعات|إيرادات) Q(?P<n>[1-4])"
                         r"(?![\w])")
_AR_QUARTERS = ("", "الأول", "الثاني", "الثالث", "الرابع")
# "H1 2026", "2H 2025" (the English voice said "H one"): a half of the accounts before a
# year, after results' words; after "في", "خلال" only as "2H" ("في H2 2030" is as often
# hydrogen, "مبيعات H2 الجديدة" a car); "H1N1", "H1B" stay
_AR_HALF = re.compile(r"(?:(?P<word>نتائج|أرباح|مبيعات|إيرادات) (?:H(?P<n>[12])|(?P<m>[12])H)"
                      r"|(?P<at>في|خلال) (?P<k>[12])H)(?= (?:19|20)\d\d(?!\d))")
# "FY2025", "في FY 2026" ("إف واي"): the financial year before its four digits
_AR_FISCAL = re.compile(r"(?:(?<![\w-])FY|(?:(?<=في )|(?<=خلال )|(?<=المالي )|(?<=المالية ))FY )"
                        r"(?=(?:19|20)\d\d(?!\d))")
# "ارتفع 12% YoY" (the English voice's "why oh why"): a change's basis after its figure
_AR_BASIS = re.compile(r"(?<=[\d%٪])[ \t]?(?P<b>YoY|QoQ|MoM)(?![\w/])")
_AR_BASES = {"YoY": "سنوي", "QoQ": "ربعي", "MoM": "شهري"}
# "خفض 25 bps" ("بي بي إس"): basis points, up to three digits ("9600 bps" is a modem's
# bits per second)
_AR_BPS = re.compile(r"(?<![\d.,٫٬])(\d{1,3}(?:[.٫]\d+)?)[ \t]?bps(?![\w/])")
# "2.1 ر.س/سهم", "75 دولارا/برميل": a price per share, per barrel ("ريال سعودي سهم" was
# said, the slash silent); only a figure's currency, by its name or dotted sign
_AR_PER = re.compile(r"(?:(?<=\d)|(?<=\d[ \t]))"
                     r"(?P<cur>(?:دولار|ريال|درهم|دينار|جنيه)(?:ا|ًا|ات)?|يورو|ليرة|"
                     r"[\u0621-\u064a]\.[\u0621-\u064a]|\$)[ \t]?/[ \t]?"
                     r"(?P<per>سهم|برميل|طن|أونصة)(?![\w/])")  # ("ريال/لتر": "في اللتر", amounts)
_AR_FISCAL_SAID = re.compile(r"(?:السنة المالية|العام المالي) \Z")


# A country's flag names it ("فاز المنتخب 🇸🇦 على نظيره 🇦🇷": who played whom was lost
# with the emoji), in every language: Arabic's short names below, else the CLDR's (babel)
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}[ \t]*")
_AR_COUNTRY_LIST = """
SA:السعودية AE:الإمارات QA:قطر KW:الكويت BH:البحرين OM:عمان YE:اليمن IQ:العراق SY:سوريا
LB:لبنان JO:الأردن PS:فلسطين EG:مصر SD:السودان LY:ليبيا TN:تونس DZ:الجزائر MA:المغرب
MR:موريتانيا SO:الصومال DJ:جيبوتي TR:تركيا IR:إيران US:الولايات_المتحدة GB:بريطانيا
FR:فرنسا DE:ألمانيا ES:إسبانيا IT:إيطاليا BR:البرازيل AR:الأرجنتين PT:البرتغال
NL:هولندا JP:اليابان KR:كوريا_الجنوبية CN:الصين RU:روسيا UA:أوكرانيا IN:الهند
PK:باكستان"""
_AR_COUNTRIES = dict(pair.split(":") for pair in _AR_COUNTRY_LIST.split())


def _flag_name(m: re.Match[str], lang: str) -> str:
    code = "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in m.group().rstrip())
    name = (_AR_COUNTRIES.get(code, "") if lang == "ar" else "").replace("_", " ") or \
        _territories(lang).get(code)
    if not name:
        return m.group()  # (no such country: dropped with the other pictographs)
    # a flag beside its country's name says nothing more ("🇸🇦 السعودية": not twice)
    near = m.string[max(0, m.start() - len(name) - 2):m.end() + len(name) + 2]
    return "" if near.count(name) else f" {name} "


@lru_cache(maxsize=8)
def _territories(lang: str) -> Mapping[str, str]:
    """The CLDR's country names in ``lang`` (none for a language it lacks)."""
    from babel import Locale, UnknownLocaleError
    try:
        return Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        return {}


def _marks_as_words(text: str, primary: str) -> str:
    if primary == "en":  # (every Latin-script language): "№ 5" lost its sign as a symbol
        text = text.replace("№", "Nº")
    words = _ARROWS.get(primary)
    if words:
        text = _UP.sub(f" {words[0]} ", _DOWN.sub(f" {words[1]} ", text))
    if primary == "ar":
        text = _AR_QUARTER.sub(lambda m: f"{m.group('word')} الربع "
                               f"{_AR_QUARTERS[int(m.group('n'))]}".replace("الربع الربع",
                                                                           "الربع"), text)
        text = _AR_HALF.sub(lambda m: f"{m.group('word') or m.group('at')} النصف " + (
            "الأول" if "1" in (m.group("n") or m.group("m") or m.group("k")) else "الثاني"),
            text)
        text = _AR_PER.sub(lambda m: f"{m.group('cur')} لل{m.group('per')}", text)
        text = _AR_BPS.sub(r"\1 نقطة أساس", text)
        text = _AR_BASIS.sub(lambda m: f" على أساس {_AR_BASES[m.group('b')]}", text)
        text = _AR_FISCAL.sub(lambda m: "" if _AR_FISCAL_SAID.search(
            m.string, max(0, m.start() - 14), m.start()) else "السنة المالية ", text)
    return text


# Letters of the Latin Extended Additional block (Vietnamese "ễ", "ạ", "ọ"; a
# transliteration's "ḥ", "ṣ") that espeak-ng's voices other than Vietnamese's spell by
# their Unicode names: their base letters, as an English newsreader says the name
_SPELLED_LETTERS = re.compile("[\u1e00-\u1eff]+")


def _base_letters(m: re.Match[str]) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", m.group())
                   if not unicodedata.combining(ch))


def _clean(text: str) -> str:
    """NFC, no bidi controls, no emoji or pictographs, one kind of space, ASCII digits."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    text = ascii_digits(text)
    # One table over the text's distinct characters: a per-character loop over a long
    # article was the slowest step of the whole normalisation.
    table = {ord(ch): _clean_char(ch) for ch in set(text)}
    return text.translate(table)


_FURNITURE_LINE = re.compile(
    r"^[ \t]*(?:icon|[+-]\s?A|A\s?[+-]|حجم الخط|تكبير الخط|تصغير الخط|Tweet|طباعة|"
    r"print|share|شارك|مشاركة|أرسل لصديق|A{1,3})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_IMAGE_NAME = re.compile(
    r"(?<![\w/.-])[\w\-.]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)\b", re.IGNORECASE
)
_FURNITURE_TOKEN = re.compile(r"(?<!\S)[+-]A(?!\S)")
_ICON_TOKEN = re.compile(r"(?<![\w-])icon(?![\w-])", re.IGNORECASE)


# A note's mark on the word it comments ("النتائج[1]،", "for it.[2]", a page's citation
# "grew.[12][13]"): read as a number in brackets mid-sentence ("النتائج واحد"); the notes
# themselves, at the end, start with their number, said with what it is. Not after a
# Latin letter: "arr[1]", "m[2]" are code's indexes
_NOTE_MARK = re.compile(r"(?<=[^\s\d\[\]A-Za-z_])(?:\[[1-9]\d{0,2}\])+"
                        r"(?=[\s.,،؛;:!?؟)»\"'”’]|$)")
_NOTE = re.compile(r"^\[(\d{1,3})\][ \t]+(?=\S)")
_NOTE_WORD = {"ar": "حاشية", "en": "Note", "fa": "پانویس", "ur": "حاشیہ"}


def _drop_furniture(text: str, primary: str) -> str:
    text = _NOTE_MARK.sub("", text)
    if primary in _NOTE_WORD:
        text = _NOTE.sub(lambda m: f"{_NOTE_WORD[primary]} {m.group(1)}: ", text)
    text = _FURNITURE_LINE.sub("", text)
    text = _IMAGE_NAME.sub("", text)
    text = _FURNITURE_TOKEN.sub("", text)
    if primary != "en":
        # Inside Arabic or Persian prose a lone English "icon" is a scraped widget label.
        text = _ICON_TOKEN.sub("", text)
    return text


_BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?:com|org|net|gov|edu|info|io|co|sa|eg|ae|tn|ma|dz|jo|lb|sy|iq|kw|qa|bh|om|ye|ly|"
    r"sd|ps|ir|af|uk|us|fr|de|tv|me|app|ai|int|eu|ch|ca|tr|ru|cn|jp|pk|mr|news|online|site)"
    r"(?![\w@-]|\.[a-z])(?:/[^\s]*)?",
    re.IGNORECASE,
)


def _dot(primary: str) -> str:
    own = symbol_words(primary)  # French "point", German "Punkt"...
    return f" {own[1]} " if own else {"ar": " دوت ", "fa": " دات ", "ur": " ڈاٹ "}.get(
        primary, " dot ")


def _domain_words(domain: str, primary: str) -> str:
    domain = re.sub(r"^www\.", "", domain, flags=re.IGNORECASE)
    parts = [part for part in domain.split(".") if part]
    if len(parts) > 1 and len(parts[-1]) == 2 and parts[-1].isalpha():
        # a country's two letters are said as letters ("sehhaty.sa" ended on "sa")
        parts[-1] = parts[-1].upper()
    return _dot(primary).join(parts)


def _urls(text: str, primary: str, options: SpeechOptions) -> str:
    def url(m: re.Match[str]) -> str:
        if options.urls == "skip":
            return ""
        host = re.sub(r"^[a-z]+://", "", m.group(), flags=re.IGNORECASE)
        host = re.split(r"[/?#:]", host, maxsplit=1)[0]
        return _domain_words(host, primary)

    def email(m: re.Match[str]) -> str:
        if options.urls == "skip":
            return ""
        user, _, host = m.group().partition("@")
        own = symbol_words(primary)
        at = f" {own[2]} " if own else {"ar": " آت ", "fa": " اَت ", "ur": " ایٹ "}.get(
            primary, " at ")
        return user + at + _domain_words(host, primary)

    text = URL_RE.sub(url, text)
    text = EMAIL_RE.sub(email, text)
    # A bare domain in a sentence is a name ("aawsat.com"): always read, path dropped.
    return _BARE_DOMAIN.sub(
        lambda m: _domain_words(m.group().split("/", 1)[0], primary), text
    )


_LATIN_WORD = re.compile(rf"[{_LATIN_LETTER}][{_LATIN_LETTER}0-9'’&+\-.]*")


_SEPARATOR_DASH = re.compile(r"(?<=\S)\s+[-–—]+\s+(?=\S)")


# (an Arabic proclitic stays on the Latin word it governs, "لCNN", "وAndroid": set apart,
# the diacritizer vowelled the lone letter as a word of its own, "لَ" for "لِ")
_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "لل", "بال", "وال", "فال", "كال",
                         "وب", "ول", "فب", "فل", "وك"})


def _tidy(text: str, primary: str, latin: str | None = None) -> str:
    """Punctuation an engine would read aloud becomes a pause or nothing; spaces tidy.
    ``latin``: the language of :data:`LATIN_LANGUAGES` the text is in ("&" in its word)."""
    comma = "," if primary == "en" else "،"
    text = text.replace("\u0640", "")  # tatweel only stretches a letter
    text = re.sub(r"/{2,}", " ", text)
    # "و/أو", "آب/أغسطس": one word or the other; spaced, a slash parts two clauses (a
    # headline's "ادامه دارد/ ابهامات ...") and is a pause, below
    text = re.sub(rf"(?<=[{_AR_LETTER}{_LATIN_LETTER}])/(?=[{_AR_LETTER}{_LATIN_LETTER}])",
                  " ", text)
    # (from the first blank of a run only: tried at every blank, a long run was quadratic)
    # (but for the other Latin-script voices, "10/1995" keeps its slash: they say
    # "barra", "barra", "Schrägstrich" as a law's number needs)
    # a Latin code glued to the Arabic words of its digits ("SA03": "SAصفر ثلاثة", the
    # English voice said "sah"), two Arabic words joined by a hyphen ("الرياض-الدمام"
    # was said as one word)
    text = _GLUED_SCRIPTS.sub(lambda m: " " if m.group(1) is None else m.group(1) + (
        "" if m.group(1) in _PROCLITICS else " "), text)
    text = re.sub(rf"(?<=[{_AR_LETTER}])[-‐‑](?=[{_AR_LETTER}])", " ", text)
    slash = r"(?<!\s)(?<!\d(?=/\d))\s*[|/\\]+\s*" if latin else r"(?<!\s)\s*[|/\\]+\s*"
    text = re.sub(slash, f"{comma} ", text)
    text = _SEPARATOR_DASH.sub(f"{comma} ", text)
    text = re.sub(r"[#*_~^=<>`]+", " ", text)
    own = symbol_words(latin) if latin else None
    # (the English voice says "AT&T" "A T and T"; "AT and T" was "at and T")
    text = re.sub(r"&(?!(?<=[A-Z]&)[A-Z])" if primary == "en" and not own else "&",
                  f" {own[0]} " if own else " and " if primary == "en" else " و ", text)
    text = re.sub(r"[(\[{]\s*[)\]}]", " ", text)  # brackets left empty by dropped words
    text = re.sub(r"«\s*»|\"\s*\"", " ", text)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r" +([،,.;؛:!?؟)\]}»])", r"\1", text)
    text = re.sub(r"([،,؛;])(?:\s*[،,؛;])+", r"\1", text)
    text = re.sub(r"(?m)^[ \t]*[،,؛;.:]+[ \t]*", "", text)
    if primary == "ar":  # an abbreviation's dot inside the sentence ("2560 ق.م. في عهد
        # خوفو" is "قبل الميلاد في"): a full stop there was a sentence's pause
        text = _INNER_FULL_STOP.sub(r"\1", text)
        # a plus left after a word ("الدقيقة 90+": the engine said English "plus")
        text = _PLUS_AFTER_WORD.sub(" زائد", text)
    return text.strip()


_PLUS_AFTER_WORD = re.compile(rf"(?<=[{_AR_LETTER}])\+(?![+\w])")
_INNER_FULL_STOP = re.compile(
    rf"(الميلاد|الهجرة|ميلادية|ميلادي|هجرية|هجري)\.(?=[ \t]+{CLAUSE_GOES_ON})")
