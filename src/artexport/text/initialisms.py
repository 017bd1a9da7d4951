"""Initialisms ("IMF", "IDF", "FATF") said letter by letter, in English and in Arabic.

espeak-ng's English voice reads many initialisms as words: "IMF" /ɪmf/, "IDF" /aɪdf/,
"FATF" /fatf/, "IAEA" /aɪiə/, "NGOs" /əŋɡəʊz/, "the WHO" /huː/. Written with dots
("I.M.F.") it names the letters. Inside an Arabic sentence the Arabic voice hands a
Latin word to its English voice just the same, and there dots do not help; an Arabic
newsreader says the letters' Arabic names, "صندوق النقد الدولي (آي إم إف)", which the
Arabic voice reads as they are written: :func:`speak_initialisms` writes those, with
their vowels (so the diacritizer leaves them as they are), for an initialism that
stands among Arabic words; one in a run of Latin words ("MH17", "IMF World Economic
Outlook") is left to the English voice with the rest of the run.

An initialism here is a word of two to six capital letters (a plural or possessive
"s" after it) in a sentence not written in capitals, that is not said as a word:
not one of :data:`SAID_AS_WORDS` ("NATO", "UNESCO", "AIDS"), not shaped like an English
word (a vowel between consonants that could begin and end one: "NEWS", "BUILD", "FEMA",
"BED"), not a Roman numeral ("II", "XIV"), not a frequent English word in capitals for
stress ("NOT", "ONLY"), except "WHO" after "the" or in brackets.
"""

from __future__ import annotations

import re

__all__ = ["ARABIC_LETTER_NAMES", "LATIN_LETTER_NAMES", "SAID_AS_WORDS", "is_initialism",
           "speak_arabic_initials", "speak_blessings", "speak_initialisms"]

_SAID_AS_WORDS_LIST = """
NATO NASA OPEC UNESCO UNICEF UNRWA UNIFIL UNAIDS FIFA UEFA AIDS COVID ASEAN NAFTA SWAT
CERN BRICS SARS MERS ISIS ISIL HAMAS IKEA LEGO DARPA FEMA OSHA NOAA ECOWAS INTERPOL
EUROPOL FRONTEX LASER RADAR SONAR SCUBA GIF PIN RAM ROM SIM JPEG NASDAQ FTSE DAX ICANN
POTUS SCOTUS MENA OK NVIDIA CAPTCHA TOEFL GMAT ABU
"""
SAID_AS_WORDS = frozenset(_SAID_AS_WORDS_LIST.split())

# the Arabic name of each Latin letter, vowelled: what an Arabic newsreader says
LATIN_LETTER_NAMES = {
    "A": "إِيهْ", "B": "بِيْ", "C": "سِيْ", "D": "دِيْ", "E": "إِيْ", "F": "إِفْ",
    "G": "جِيْ", "H": "إِتْشْ", "I": "أَايْ", "J": "جِيهْ", "K": "كِيهْ", "L": "إِلْ",
    "M": "إِمْ", "N": "إِنْ", "O": "أُوْ", "P": "بِيْ", "Q": "كْيُوْ", "R": "أَارْ",
    "S": "إِسْ", "T": "تِيْ", "U": "يُوْ", "V": "فِيْ", "W": "دَبْلْيُوْ", "X": "إِكْسْ",
    "Y": "وَايْ", "Z": "زِدْ",
}


def _arabic_names(letters: str) -> str:
    return " ".join(LATIN_LETTER_NAMES[ch] for ch in letters)


_TOKEN = re.compile(r"(?<![\w.&'’-])(?P<letters>[A-Z]{2,6})(?P<plural>'s|’s|s)?(?![\w&-]|\.\w)")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_ROMAN = re.compile(r"[IVX]+")
_VOWELS = "AEIOUY"
# English words that stand in capitals for stress ("NOT", "ONLY", "MUST") or in a name
_ENGLISH_WORDS_LIST = """
a i am an as at be by do go he if in is it me my no of oh on or so to up us we
all and any are but can did few for get got had has her him his how its let may new
nor not now off old one our out own put say see she the too two use was way who why
yes yet you also back been both come does done each even ever from have here into just
know last like made make many more most much must next none only over real said same
some such take than that them then they this very want well were what when will with
work your about after again being below could every first found great never often
other right shall since still their there these thing think those three under until
where which while would yours before people really should little always because
big bad god man men war law act ban free huge stop live dead best
die lie tie sea tea day pay boy toy joy key cow raw saw low row buy fly sky try cry dry
eye fee pie
"""
_ENGLISH_WORDS = frozenset(_ENGLISH_WORDS_LIST.split())


# how English words may begin and end when they begin or end with two consonants or more
_ONSET_LIST = """
BL BR CH CL CR DH DR DW FL FR GL GN GR KN PH PL PR PS QU SC SCH SCR SH SHR SK SL SM SN SP SPL
SPR SQU ST STR SW TH THR TR TW WH WR
"""
_ONSETS = frozenset(_ONSET_LIST.split())
_CODA_LIST = """
BS CH CK CT DH DS FF FT GH GS KS LD LF LK LL LM LP LS LT MB MP MS ND NDS NG NK NS NT NTS PH PS
PT RB RD RF RG RK RL RM RN RP RS RST RT RTH SH SK SP SS ST TCH TH TS WL WN WS XT YS ZZ
"""
_CODAS = frozenset(_CODA_LIST.split())
_Y_BEFORE_VOWEL = re.compile("Y(?=[AEIOU])")
_SPELLED = frozenset({"SUV", "GOP", "MEP", "DUP", "TUC", "MIT", "SEC"})  # shaped like words,
# said by their letters ("MEP" was "mep")


def _reads_as_word(letters: str) -> bool:
    """Capitals shaped like an English word ("NEWS", "BUILD", "FEMA", "BED"): vowels
    between consonants that could begin and end an English word. "FATF" (no word ends
    in "TF"), "IAEA", "UNHCR", "OECD" and "IMF" are not."""
    if letters in _SPELLED:
        return False
    letters = _Y_BEFORE_VOWEL.sub("J", letters)  # a consonant there ("MAYOR", "RIYADH")
    runs = re.findall(f"[{_VOWELS}]+|[^{_VOWELS}]+", letters)
    vowel = [r[0] in _VOWELS for r in runs]
    if not any(vowel) or any(len(r) > (2 if v else 3) for r, v in zip(runs, vowel, strict=True)):
        return False
    if len(letters) <= 3:  # "BED", "SAW": a consonant, a vowel, a consonant
        return vowel == [False, True, False]
    if not vowel[0] and len(runs[0]) > 1 and runs[0] not in _ONSETS:
        return False
    return vowel[-1] or len(runs[-1]) == 1 or runs[-1] in _CODAS


def is_initialism(letters: str, before: str = "") -> bool:
    """Whether the capitals ``letters`` are said letter by letter; ``before`` is the
    text before them (for "the WHO")."""
    if letters in SAID_AS_WORDS or _ROMAN.fullmatch(letters) or _reads_as_word(letters):
        return False
    if letters.lower() in _ENGLISH_WORDS:
        return letters == "WHO" and bool(re.search(r"(?:\bthe|\()\s*$", before, re.I))
    return True


# a Latin word right before or after (blanks and hyphens between): the English voice's run
_LATIN_NEIGHBOUR_BEFORE = re.compile(r"[A-Za-z0-9][ \t-]*\Z")
_LATIN_NEIGHBOUR_AFTER = re.compile(r"[ \t-]*[A-Za-z0-9]")


def _in_latin_run(text: str, m: re.Match[str]) -> bool:
    """Whether the match has a Latin word or number right before or after it."""
    return bool(_LATIN_NEIGHBOUR_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or _LATIN_NEIGHBOUR_AFTER.match(text, m.end()))


def _mostly_capitals(text: str) -> bool:
    words = _LATIN_WORD.findall(text)
    return len(words) >= 3 and sum(w.isupper() and len(w) > 1 for w in words) * 2 >= len(words)


_NUMBER_AFTER = re.compile(r"[ \t]+\d")
# a Gulf currency's letters before an amount ("AED 55,000"): the amount's rule says its name
_MONEY_CODES = frozenset({"SR", "QR", "AED", "QAR", "KD"})


def speak_initialisms(text: str, lang: str) -> str:
    """``text`` with its initialisms written as the voice of ``lang`` ("en", "ar") says
    them letter by letter: "I.M.F." in English, "آي إم إف" (vowelled) in Arabic. Other
    languages, and text written in capitals, come back unchanged."""
    if lang not in ("en", "ar") or (lang == "en" and _mostly_capitals(text)):
        return text

    def spoken(m: re.Match[str]) -> str:
        letters, plural = m.group("letters"), m.group("plural") or ""
        if not is_initialism(letters, text[max(0, m.start() - 8):m.start()]):  # (linear)
            return m.group()
        if lang == "ar":
            if _in_latin_run(text, m):
                return m.group()  # in a run of Latin words ("MH seventeen"): one voice
            return _arabic_names(letters)
        end = "" if m.end() < len(text) and text[m.end()] == "." and not plural else "."
        if not plural and _NUMBER_AFTER.match(text, m.end()):
            if letters in _MONEY_CODES:
                return m.group()
            end = ""  # "AD 79": "A.D. 79" made espeak-ng end a sentence there
        return ".".join(letters) + end + ("'s" if plural else "")

    if lang == "ar":  # "طائرات F-16": the letter and the number it names, in Arabic
        text = _LETTERS_BEFORE_NUMBER.sub(_letters_before_number, text)
        # "S&P 500", "AT&T": the letters' names, "and" as the brand says it (it was "S و P")
        text = _AMPERSAND_LETTERS.sub(
            lambda m: m.group() if _in_latin_run(text, m) else
            f"{_arabic_names(m.group(1))} آنْدْ {_arabic_names(m.group(2))}", text)
    if lang == "ar":
        text = _ARTICLE_BEFORE_LATIN.sub(_article_before_latin, text)
        text = _TOKEN.sub(spoken, text)
        return _ARTICLE_GAP.sub("", text).replace(_ARTICLE_END, " ")
    return _TOKEN.sub(spoken, text)


# "الـUNRWA", "بالـ GPS", "للـCIA": the article written before a Latin word. Said as a
# reader says it, "al-", vowelled and set apart from the Latin ("الUNRWA" was "آل"), and
# joined to the first name of letters said in Arabic ("الْجِي بِي إِس").
_ARTICLE_BEFORE_LATIN = re.compile(
    r"(?<![\u0621-\u064a\u0640])(?:(?P<clitic>[وف]?[بك]?)ال|(?P<to>[وف]?ل)ل)"
    r"(?:\u0640+[ \t]?|[ \t])(?=[A-Za-z])")
_CLITIC_VOWELS = {"و": "وَ", "ف": "فَ", "ب": "بِ", "ك": "كَ", "ل": "لِ"}


def _article_before_latin(m: re.Match[str]) -> str:
    written = m.group("to") if m.group("to") is not None else m.group("clitic")
    clitics = "".join(_CLITIC_VOWELS[c] for c in written)
    return (clitics + "لْ" if clitics else "الْ") + _ARTICLE_END


_ARTICLE_END = "\ue000"  # (private use: where an article we wrote ends, until joined)
_ARTICLE_GAP = re.compile(f"{_ARTICLE_END}(?=[\u0621-\u064a])")


_AMPERSAND_LETTERS = re.compile(r"(?<![\w&])([A-Z]{1,4})[ \t]?&[ \t]?([A-Z]{1,4})(?![\w&])")
# capitals joined by a hyphen to a number already said in Arabic words ("F-16" is
# "F-ستة عشر" by now)
_LETTERS_BEFORE_NUMBER = re.compile(r"(?<![\w.&'’-])([A-Z]{1,6})-(?=[\u0621-\u064a])")


def _letters_before_number(m: re.Match[str]) -> str:
    letters = m.group(1)
    if len(letters) > 2 and not is_initialism(letters):
        return m.group()  # "COVID-19": a word, read as one by the English voice
    return _arabic_names(letters) + " "


# "G20", "A320", "MH17" in an Arabic sentence: capitals and a number that names a thing,
# not digits inside a Latin word ("MP3" in an English run) -- see hyphen_letters_to_number
_LETTERS_WITH_NUMBER = re.compile(r"(?<![\w.&'’-])([A-Z]{1,3})(\d{1,4})(?![\w٫-]|[.,]\w)")


def hyphen_letters_to_number(text: str) -> str:
    """``text`` (Arabic) with capitals written right before a number ("G20", "A320")
    given the hyphen of "F-16", so that the number is said in Arabic and the letters by
    their Arabic names ("جي عشرين"), as an Arabic newsreader says them; left alone in a
    run of Latin words ("Galaxy S24"), which the English voice reads."""
    def hyphened(m: re.Match[str]) -> str:
        if _in_latin_run(text, m):
            return m.group()
        return f"{m.group(1)}-{m.group(2)}"

    return _LETTERS_WITH_NUMBER.sub(hyphened, text)


# -- Arabic letters standing for a name --------------------------------------------------

# each Arabic letter's name, as a label ("الفقرة (ب)") or an initial is said (alef vowelled:
# bare, "ألف" was vowelled as "a thousand")
_NAMES = ("أَلِف أَلِف باء تاء ثاء جيم حاء خاء دال ذال راء زاي سين شين صاد ضاد طاء ظاء عين غين "
          "فاء قاف كاف لام ميم نون هاء واو ياء")
ARABIC_LETTER_NAMES = dict(zip("أابتثجحخدذرزسشصضطظعغفقكلمنهوي", _NAMES.split(), strict=True))

# The news agencies a dateline credits by their initials, "برلين (د ب أ)", "(أ.ف.ب)":
# a listener heard bare consonants /d b ʔ/, or "الدكتور باء" for "د.ب.أ"
_AGENCIES = {
    "أفب": "فرانس برس", "افب": "فرانس برس", "دبأ": "وكالة الأنباء الألمانية",
    "دبا": "وكالة الأنباء الألمانية", "أشأ": "وكالة أنباء الشرق الأوسط",
    "اشا": "وكالة أنباء الشرق الأوسط", "وام": "وكالة أنباء الإمارات",
    "وأم": "وكالة أنباء الإمارات", "أب": "أسوشيتد برس", "يبأ": "يونايتد برس",
    "قنا": "قنا", "بنا": "بنا",
}
# (blanks bounded: a run of them between "(" and ")" was quadratic)
_SPACED_INITIALS = re.compile(
    r"(?<=\()[ \t]{0,3}([\u0621-\u064a](?:[ \t]{0,3}[ .][ \t]{0,3}[\u0621-\u064a]){1,3})"
    r"[ \t.]{0,3}(?=\))")

# ... and after the word "agency" without brackets: "وفق ما نقلت وكالة أ ف ب" (the
# voice said /ʔa f baːʔ/)
_AGENCY_AFTER_WORD = re.compile(
    r"(?<=وكالة )([\u0621-\u064a](?:[ \t]?[ .][ \t]?[\u0621-\u064a]){1,2})"
    r"(?![\u0621-\u064a\u064b-\u0652])")


def _agency_after_word(m: re.Match[str]) -> str:
    name = _AGENCIES.get(re.sub(r"[ \t.]", "", m.group(1)))
    return m.group() if name is None else name.removeprefix("وكالة ")


# The blessings written as letters in brackets after a name: "محمد (ص)", "علي (ع)",
# "عمر (رض)" (the voices said the letter: /sˤaːd/, /ʕajn/), in each language's words
_BLESSINGS = {
    "ar": {"ص": "ﷺ", "صلعم": "ﷺ", "ع": "\u0611", "رض": "\u0613", "ره": "\u0612",
           "رح": "\u0612"},  # ("رح" as "ره": "رحمه الله")
    # (Persian: "صلی‌الله علیه و آله", as an Iranian reader says it)
    "fa": {"ص": "صلی الله علیه و آله", "صلعم": "صلی الله علیه و آله", "ع": "\u0611",
           "رض": "\u0613", "ره": "\u0612",
           "س": "سلام الله علیها", "عج": "عجل الله تعالی فرجه"},
    "ur": {"ص": "صلی اللہ علیہ وسلم", "صلعم": "صلی اللہ علیہ وسلم", "ع": "علیہ السلام",
           "رض": "رضی اللہ عنہ", "ره": "رحمۃ اللہ علیہ", "رح": "رحمۃ اللہ علیہ"},
}
_BLESSING = re.compile(r"(?<=[\u0621-\u06ff])[ \t]?\([ \t]?(صلعم|ص|عج|ع|رض|ره|رح|س)[ \t]?\)")


def speak_blessings(text: str, lang: str) -> str:
    """``text`` (Arabic, Persian or Urdu: ``lang``) with a blessing written as letters in
    brackets after a name as its words (Arabic and Persian: the honorific's sign, which
    :func:`~.speech_marks.speakable_marks` says in each voice's words)."""
    words = _BLESSINGS.get(lang)
    if not words:
        return text
    def blessing(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 12):m.start()].split()[-1:]
        if m.group(1) not in words or (before and before[0].lstrip("وف") in _LABEL_NOUNS):
            return m.group()  # "الفقرة (ع)": a clause's letter
        return f" {words[m.group(1)]}"

    return _BLESSING.sub(blessing, text)


_LABEL_NOUNS_LIST = """
الفقرة فقرة البند بند المادة مادة الملحق ملحق الجدول جدول الشكل شكل النقطة نقطة القسم قسم
الفصل فصل الباب باب الخيار خيار النموذج نموذج ماده بخش تبصره شق الف
"""
_LABEL_NOUNS = frozenset(_LABEL_NOUNS_LIST.split())


def speak_arabic_initials(text: str) -> str:
    """``text`` (Arabic) with initials in brackets, spaced or dotted, said as a listener
    understands them: a news agency's name ("(أ ف ب)" -> "(فرانس برس)"), or three or four
    letters by their names ("(ع ر ب)" -> "(عين راء باء)"); two letters that are not an
    agency ("(ق.م)", "(ص.ب)") are an abbreviation, left as they are."""
    def spoken(m: re.Match[str]) -> str:
        letters = re.sub(r"[ \t.]", "", m.group(1))
        if letters in _AGENCIES or letters in _DOTTED_NAMES:
            return _AGENCIES.get(letters) or _DOTTED_NAMES[letters]
        if len(letters) < 3 or not all(ch in ARABIC_LETTER_NAMES for ch in letters):
            return m.group()
        return " ".join(ARABIC_LETTER_NAMES[ch] for ch in letters)

    text = _SPACED_INITIALS.sub(spoken, text)
    text = _AGENCY_AFTER_WORD.sub(_agency_after_word, text)
    return _DOTTED_INITIALS.sub(lambda m: _DOTTED_NAMES.get(m.group(1).replace(".", ""),
                                                            m.group()), text)


# Names copy writes as dotted initials outside brackets ("ج.م.ع": a listener heard the
# letters /dʒ m ʕ/)
_DOTTED_NAMES = {"جمع": "جمهورية مصر العربية", "متف": "منظمة التحرير الفلسطينية",
                 "شمع": "شركة مساهمة عامة", "شمم": "شركة مساهمة مصرية",
                 "شمب": "شركة مساهمة بحرينية", "شمك": "شركة مساهمة كويتية",
                 "شمق": "شركة مساهمة قطرية", "شمل": "شركة مساهمة لبنانية",
                 "شمعع": "شركة مساهمة عامة عمانية", "شمعم": "شركة مساهمة عمانية مقفلة",
                 # Qatar's and Kuwait's listed companies ("QNB ش.م.ع.ق", "زين ش.م.ك.ع")
                 "شمعق": "شركة مساهمة عامة قطرية", "شمكع": "شركة مساهمة كويتية عامة",
                 "شمكم": "شركة مساهمة كويتية مقفلة",
                 # the Gulf's limited liability company ("شركة الخليج ذ.م.م")
                 "ذمم": "ذات مسؤولية محدودة", "صب": "صندوق بريد"}
_DOTTED_INITIALS = re.compile(
    r"(?<![\u0621-\u064a\u064b-\u0652.])([\u0621-\u064a](?:\.[\u0621-\u064a]){1,3})"
    r"(?!\.[\u0621-\u064a])\.?"  # (all of a longer run's letters, or none of them)
    r"(?![\u0621-\u064a\u064b-\u0652])")

