"""Numbers the voices of the other Latin-script languages misread, written as said:
a range or a score with a hyphen ("60-70%", "venceu 3-1": the Portuguese voice said
"menos", minus), Brazil's "2 x 1", a Roman numeral that is no ruler's ("phase III",
"Hartz IV": "trois romain", "römisch vier"), Turkish and Dutch ordinals ("14.
haftasında", "3e plaats": "on dört", a pause; "derde ee") and their clock times ("saat
20.00'de", "om 21.00 uur": "nokta sıfır sıfır", "nul nul"), a share ("2/3 der Stimmen":
"zwei drei", "les 2/3 des députés": "deux trois") and "§§" ("secciónsección", or nothing).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .latin_languages import ROMAN, roman_value

__all__ = ["latin_numbers", "regional_numbers"]

_TO = {"pt": "a", "es": "a", "it": "a", "fr": "à"}
# "60-70%", "3-1", "10 - 15"; not a date ("12-05-2024"), a telephone number
# ("3087-0300"), a model ("A-320") or a negative number
_RANGE = re.compile(r"(?<![\w.,/-])(?P<a>\d{1,4})[ ]?[-–][ ]?(?P<b>\d{1,4})(?![\w.,/-]?\d)")
_BR_SCORE = re.compile(r"(?<![\w.,])(?P<a>\d{1,2}) x (?P<b>\d{1,2})(?![\w.,]?\d)"
                       r"(?!\s?(?:m|cm|km|mm|metros?|centímetros?|pés)\b)")  # ("3 x 4 metros")

_PT_ARTICLE = re.compile(r"(?:(?<=\bartigo )|(?<=\bartigos ))(?:\d{1,4}\.?º(?:,? (?:e )?)?)+")
# a Roman numeral of two letters or more after a word ("phase III", "Vatican II")
_ROMAN = re.compile(rf"(?<=[^\W\d_] )(?P<roman>(?=[IVX]{{2}}){ROMAN})"
                    r"(?![\w'’-])(?!\.\s+\w)")

_TR_ONES = ("", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")
_TR_TENS = ("", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan")
_TR_ORDINAL = {"bir": "birinci", "iki": "ikinci", "üç": "üçüncü", "dört": "dördüncü",
               "beş": "beşinci", "altı": "altıncı", "yedi": "yedinci", "sekiz": "sekizinci",
               "dokuz": "dokuzuncu", "on": "onuncu", "yirmi": "yirminci",
               "otuz": "otuzuncu", "kırk": "kırkıncı", "elli": "ellinci",
               "altmış": "altmışıncı", "yetmiş": "yetmişinci", "seksen": "sekseninci",
               "doksan": "doksanıncı", "yüz": "yüzüncü"}
# "14. haftasında", "II. Dünya Savaşı": a number or a Roman numeral with its dot, then
# a word (Turkish writes ordinals so)
_TR_DOTTED = re.compile(rf"(?<![\w.])(?P<n>\d{{1,3}}|(?=[IVX]){ROMAN})\."
                        r"(?=\s+(?P<next>[^\W\d_]+))")
_TR_CLOCK = re.compile(r"(?:(?<=saat )|(?<=Saat ))(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)(?!\d)"
                       # ... or with a case ending, which no decimal ("3,5'te") writes so
                       r"|(?<![\d.,:])(?P<h_>[01]?\d|2[0-3])[.:](?P<m_>[0-5]\d)(?=['’][dt][ae]n?\b)")
# ... but after a word of a rate or a price a dotted number is a decimal that agency
# copy wrote with a dot ("yüzde 3.50'den", "fiyatı 3.50'den": "üç elli", a time, was
# said); "09.30'da", "14.00'te" are still times
_TR_DOTTED_DECIMAL = re.compile(r"(?<![\w.,])(?P<pct>%)?(?P<a>[1-9]\d{0,2})\.(?P<b>\d[1-9]|[1-9]0)"
                                r"(?=['’](?P<case>[dt][ae]n?)\b)")
_TR_RATE_WORDS = frozenset({"yüzde"})
_TR_PRICE_WORDS = frozenset({"fiyat", "fiyatı", "faiz", "ücret", "ücreti"})
# Indonesian's "pukul 14.30 WIB": "empat belas titik tiga puluh", a decimal number
_ID_CLOCK = re.compile(r"(?:(?<=[Pp]ukul )|(?<=[Jj]am ))(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)"
                       r"(?![\d.,]\d)(?P<h_>)(?P<m_>)")

_NL_ONES = ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
            "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
            "achttien", "negentien")
_NL_TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
            "negentig")
_NL_ORDINAL = re.compile(r"(?<![\w.])(?P<n>\d{1,2})(?:e|de|ste)(?![\w'’])")
_NL_CLOCK = re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)\s?uur\b")
_NL_SCALES = re.compile(r"(?<=\d)\s?(?P<scale>mln|mld|mrd)\.?(?!\w)")


def tr_ordinal(n: int) -> str:
    """The Turkish ordinal of ``n`` (1-999): 14 -> "on dördüncü", 100 -> "yüzüncü"."""
    hundreds, rest = divmod(n, 100)
    words = ([] if hundreds == 0 else (["yüz"] if hundreds == 1 else [_TR_ONES[hundreds], "yüz"]))
    if rest:
        tens, ones = divmod(rest, 10)
        words += [w for w in (_TR_TENS[tens], _TR_ONES[ones]) if w]
    words[-1] = _TR_ORDINAL[words[-1]]
    return " ".join(words)


def nl_ordinal(n: int) -> str:
    """The Dutch ordinal of ``n`` (1-99): 3 -> "derde", 21 -> "eenentwintigste"."""
    if n < 20:
        irregular = {1: "eerste", 3: "derde", 8: "achtste"}
        return irregular.get(n) or _NL_ONES[n] + "de"
    tens, ones = divmod(n, 10)
    if not ones:
        return _NL_TENS[tens] + "ste"
    joint = "ën" if _NL_ONES[ones].endswith("e") else "en"
    return f"{_NL_ONES[ones]}{joint}{_NL_TENS[tens]}ste"


def _range(lang: str) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        a, b = m.group("a"), m.group("b")
        before = m.string[max(0, m.start() - 12):m.start()].split()[-1:]
        if (int(b) < int(a) and int(a) > 20) or a.startswith("0") or \
                (before and _LEGAL.match(before[0])):
            return m.group()  # a law's article, a code ("313-1", "49-3", "n° 2024-42", "06-")
        if len(a) >= 3 and len(b) >= 3:
            return f"{a}, {b}"  # a telephone number's groups, not a subtraction
        return f"{a} {_TO[lang]} {b}"
    return said


_LEGAL = re.compile(r"(?:articles?|art\.?|artículos?|artigos?|articoli|articolo|loi|ley|lei|"
                    r"legge|n°|nº|n\.º|núm\.|L\.|R\.|D\.|décret|decreto|alinéa)$", re.I)


# Mexico and its neighbours write "27,273" for thousands and "12.5" for a decimal, and
# "$" for their pesos: the Spanish voices read the other way round ("veintisiete coma
# doscientos...") and "$" as "dólar"
_POINT_DECIMAL = frozenset({"mx", "us", "gt", "hn", "sv", "ni", "pa", "do", "pr"})
_PESO_REGIONS = frozenset({"mx", "do"})  # (the others' "$" is the dollar)
_SEPARATORS = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d+)+(?![\d.,]?\d)")
_PESOS = re.compile(r"(?<![\w$])\$\s?(?P<num>\d+(?:[.,]\d+)*)(?![\d.,]?\d)"
                    r"(?P<rest>(?:\s(?:mil millones|millones|millón|mil)\b)?)"
                    r"(?P<pesos>\s(?:de\s)?pesos\b)?(?!\s(?:de\s)?(?:d[óo]lares|USD)\b)")


def regional_numbers(text: str, lang: str) -> str:
    """``text`` in the BCP 47 ``lang`` with Mexico's (and its neighbours') number
    separators and "$" written as the Spanish voice reads them; anything else as it is."""
    region = lang.lower().split("-")[-1] if "-" in lang else ""
    if not lang.lower().startswith("es") or region not in _POINT_DECIMAL:
        return text
    text = _SEPARATORS.sub(lambda m: m.group().translate(str.maketrans(",.", ".,")), text)
    def pesos(m: re.Match[str]) -> str:
        named = m.group("pesos") or (" de pesos" if m.group("rest") else " pesos")
        return f"{m.group('num')}{m.group('rest')}{named}"
    text = re.sub(r"(?<![\w$])\$\s?(?=\d[\d.,]*\s(?:de\s)?d[óo]lares\b)", "", text)
    return _PESOS.sub(pesos, text) if region in _PESO_REGIONS else text


# a share of something: "2/3 der Stimmen", "les 3/4 des matchs", "2/3 dos votos"
_FRACTION_WORDS: dict[str, dict[tuple[int, int], str]] = {
    "de": {(1, 3): "ein Drittel", (2, 3): "zwei Drittel", (1, 4): "ein Viertel",
           (3, 4): "drei Viertel"},
    "fr": {(1, 3): "un tiers", (2, 3): "deux tiers", (1, 4): "un quart",
           (3, 4): "trois quarts"},
    "es": {(1, 3): "un tercio", (2, 3): "dos tercios", (1, 4): "un cuarto",
           (3, 4): "tres cuartos"},
    "it": {(1, 3): "un terzo", (2, 3): "due terzi", (1, 4): "un quarto",
           (3, 4): "tre quarti"},
    "pt": {(1, 3): "um terço", (2, 3): "dois terços", (1, 4): "um quarto",
           (3, 4): "três quartos"},
    "nl": {(1, 3): "een derde", (2, 3): "twee derde", (1, 4): "een kwart",
           (3, 4): "driekwart"},
}
# ... told from a day and month ("le 1/3", "el 2/3") by the word after it ("of ...")
# or, in French, by the article before it ("les 2/3", "des 2/3")
_OF = {"de": r"der|des|aller|seiner|ihrer|ihres|seines|unserer|eines|einer",
       "fr": r"des|de|du|d['’]", "es": r"de|del", "it": r"di|dei|degli|delle|del|della|dello",
       "pt": r"de|dos|das|do|da", "nl": r"van"}
# ... and not after the words a day goes with ("le 1/3 de cette année", "vom 1/3 des
# Jahres", "il 2/3 di marzo", "no dia 2/3 do", "van 2/3 van dit jaar")
# (the words a day takes, not those a share takes too: "bis 2/3 der Befragten", "hasta
# 2/3 de los hogares", "até 2/3 dos eleitores")
_DAY_WORDS = {"de": r"vom|am|dem|zum", "fr": r"le|du|à partir du|à partir de|depuis le",
              "es": r"el|del|a partir de|a partir del", "it": r"il|dal|del|a partire dal",
              "pt": r"dia|a partir de|a partir do", "nl": r"op|vanaf"}
_DAY_WORD = {lang: re.compile(rf"\b(?:{words})\s+$", re.I) for lang, words in _DAY_WORDS.items()}
_FRACTION = {lang: re.compile(
    rf"(?<![\w.,/])(?P<a>[123])/(?P<b>[34])(?![\w.,/]?\d)"
    rf"(?=\s(?:{of})(?!\w)(?!\s*\d)|(?<=(?:les|des|aux) \d/\d))")  # ("el 2/3 de 2024")
    for lang, of in _OF.items()}
# ... nor a day of a year or a month ("Seit 1/3 des Jahres", "Desde 1/3 de este año",
# "van 2/3 van dit jaar")
_OF_A_TIME = re.compile(r"\s+(?:\S+\s+){1,2}?(?:Jahres|Jahr|Monats|année|an|mois|año|"
                        r"mes|anno|mese|ano|mês|jaar|maand)\b", re.I)
# "§§ 3 und 4": the plural ("Paragrafen 3 und 4"); "§ 3", which the French and Dutch
# voices drop
_SECTIONS = {"de": "Paragrafen", "fr": "paragraphes", "es": "artículos", "it": "articoli",
             "pt": "artigos", "nl": "paragrafen", "tr": "maddeler", "id": "pasal"}
_SECTION = {"fr": "paragraphe", "nl": "paragraaf", "tr": "madde", "id": "pasal"}


def latin_numbers(text: str, lang: str) -> str:
    """``text`` in ``lang`` (a primary subtag) with the numbers above as its voice
    should say them; anything else unchanged."""
    if lang in _FRACTION:
        shares, day_word = _FRACTION_WORDS[lang], _DAY_WORD[lang]
        text = _FRACTION[lang].sub(
            lambda m: m.group() if day_word.search(m.string, 0, m.start())
            or _OF_A_TIME.match(m.string, m.end())
            else shares.get((int(m.group("a")), int(m.group("b"))), m.group()), text)
    if lang in _SECTIONS:
        text = re.sub(r"§§\s?", f"{_SECTIONS[lang]} ", text)
    if lang in _SECTION:
        text = re.sub(r"§\s?(?=\d)", f"{_SECTION[lang]} ", text)
    if lang in _TO:
        text = _RANGE.sub(_range(lang), text)
    if lang == "pt":
        text = _BR_SCORE.sub(lambda m: f"{m.group('a')} a {m.group('b')}", text)
        # a law's article from the tenth on is read as a cardinal: "artigo 373.º"
        text = _PT_ARTICLE.sub(lambda m: re.sub(r"(\d{2,4})\.?º", r"\1", m.group()), text)
    if lang in ("fr", "de", "es", "pt", "nl"):
        text = _ROMAN.sub(lambda m: str(roman_value(m.group("roman"))), text)
    if lang == "tr":  # ("yüzde 3.50'den": a rate, said "üç virgül elli", not a time)
        text = _TR_DOTTED.sub(_tr_dotted, _TR_DOTTED_DECIMAL.sub(_tr_decimal, text))
    if lang in ("tr", "id"):
        text = (_TR_CLOCK if lang == "tr" else _ID_CLOCK).sub(_clock, text)
    if lang == "nl":
        text = _NL_ORDINAL.sub(lambda m: nl_ordinal(int(m.group("n"))) if int(m.group("n")) > 0
                               else m.group(), text)
        text = re.sub(r"(?<=\d) à (?=\d)", " tot ", text)  # "7 à 8 jaar": "a grave" was said
        text = _NL_CLOCK.sub(lambda m: f"{m.group('h')} uur" if m.group("m") == "00"
                             else f"{m.group('h')} uur {m.group('m')}", text)
        text = _NL_SCALES.sub(lambda m: " miljoen" if m.group("scale") == "mln"
                              else " miljard", text)
    return text


def _tr_decimal(m: re.Match[str]) -> str:
    """"yüzde 3.50'den" as "yüzde 3,50'den"; a price's only from "'den" ("fiyat
    10.30'da açıklanacak" is a time); else as written."""
    previous = (m.string[:m.start()].split()[-1:] or [""])[0].lower()
    if m["pct"] or previous in _TR_RATE_WORDS or \
            (previous in _TR_PRICE_WORDS and m["case"].endswith("n")):
        return f"{m['pct'] or ''}{m['a']},{m['b']}"
    return m.group()


def _clock(m: re.Match[str]) -> str:
    """"20.00" as "20", "09.30" as "9 30" ("nol sembilan", "sıfır dokuz" were said)."""
    found = m.groupdict()
    hour, minute = int(found["h"] or found["h_"]), int(found["m"] or found["m_"])
    return f"{hour}" if minute == 0 else f"{hour} {minute}"


def _tr_dotted(m: re.Match[str]) -> str:
    written = m.group("n")
    n = int(written) if written.isdigit() else roman_value(written) if written else 0
    if not 0 < n < 1000 or (written.isdigit() and m.group("next")[:1].isupper()) or \
            (len(written) == 1 and not written.isdigit()):
        return m.group()  # ("... 2024. Bakan ...": a sentence's end; "V. Özdemir": an initial)
    said = tr_ordinal(n)
    if m.group("next")[:1].isupper():  # "İkinci Dünya Savaşı" (Turkish's dotted capital)
        said = ("İ" if said[0] == "i" else said[0].upper()) + said[1:]
    return said
