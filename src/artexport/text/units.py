"""What follows a number and is counted by it: scale words ("ألف", "مليون"), units of
measure ("كم", "م", "كغ"), currencies by symbol ("$") or abbreviation ("ل.س", "د.ع"),
degrees; with the Arabic forms the counting rules need and the Persian and Urdu names.
"""

from __future__ import annotations

import re

from .arabic_counting import CountedNoun


def _noun(singular: str, dual: str | None, plural: str, accusative: str,
          feminine: bool = False) -> CountedNoun:
    return CountedNoun(singular, dual, plural, accusative, feminine)


# -- scale words -----------------------------------------------------------------------

_THOUSAND = _noun("ألف", "ألفان", "آلاف", "ألفًا")
_MILLION = _noun("مليون", "مليونان", "ملايين", "مليونًا")
_BILLION = _noun("مليار", "ملياران", "مليارات", "مليارًا")
_BILLION_B = _noun("بليون", "بليونان", "بلايين", "بليونًا")
_TRILLION = _noun("تريليون", "تريليونان", "تريليونات", "تريليونًا")

# Every written form of an Arabic scale word -> (the noun, its value).
AR_SCALES: dict[str, tuple[CountedNoun, int]] = {
    **dict.fromkeys(("ألف", "الف", "آلاف", "الاف", "ألفا", "ألفًا"), (_THOUSAND, 10 ** 3)),
    **dict.fromkeys(("مليون", "ملايين", "مليونا", "مليونًا"), (_MILLION, 10 ** 6)),
    **dict.fromkeys(("مليار", "مليارات", "مليارا", "مليارًا"), (_BILLION, 10 ** 9)),
    **dict.fromkeys(("بليون", "بلايين"), (_BILLION_B, 10 ** 9)),
    **dict.fromkeys(("تريليون", "تريليونات"), (_TRILLION, 10 ** 12)),
}
# Persian and Urdu scale words keep the spelling of the text; only "1.5" before them
# changes ("یک و نیم میلیون", "ڈیڑھ لاکھ").
FA_SCALES = frozenset({"هزار", "میلیون", "میلیارد", "بیلیون", "تریلیون"})
UR_SCALES = frozenset({"ہزار", "لاکھ", "کروڑ", "ارب", "کھرب", "ملین", "بلین", "ٹریلین"})
SCALE_ALT = "|".join(sorted({*AR_SCALES, *FA_SCALES, *UR_SCALES}, key=len, reverse=True))

# -- units and currencies written after a number ---------------------------------------

_KM = _noun("كيلومتر", "كيلومتران", "كيلومترات", "كيلومترًا")
_METRE = _noun("متر", "متران", "أمتار", "مترًا")
_KG = _noun("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "كيلوغرامًا")
_GRAM = _noun("غرام", "غرامان", "غرامات", "غرامًا")
_MM = _noun("مليمتر", "مليمتران", "مليمترات", "مليمترًا")


def _currency(name: str, adjective: str, plural: str, *, feminine: bool) -> CountedNoun:
    """"دينار" + "عراقي" -> دينار عراقي / ديناران عراقيان / دنانير عراقية / دينارًا
    عراقيًا; "ليرة" + "سوري" -> ليرة سورية / ليرتان سوريتان / ليرات سورية."""
    if feminine:
        stem = name[:-1]
        adj = adjective + "ة"
        return _noun(f"{name} {adj}", f"{stem}تان {adj[:-1]}تان", f"{plural} {adj}",
                     f"{name} {adj}", feminine=True)
    return _noun(f"{name} {adjective}", f"{name}ان {adjective}ان", f"{plural} {adjective}ة",
                 f"{name}ًا {adjective}ًا")


AR_UNITS: dict[str, CountedNoun] = {
    **dict.fromkeys(("كم", "كلم"), _KM),
    "م": _METRE,
    "سم": _noun("سنتيمتر", "سنتيمتران", "سنتيمترات", "سنتيمترًا"),
    **dict.fromkeys(("مم", "ملم"), _MM),
    **dict.fromkeys(("كغ", "كلغ", "كجم", "كغم"), _KG),
    **dict.fromkeys(("غ", "غم", "جم"), _GRAM),
    "مل": _noun("مليلتر", "مليلتران", "مليلترات", "مليلترًا"),
    # doses and concentrations of health news ("500 ملغ", "20 مجم", "126 ملغ/دل")
    **dict.fromkeys(("ملغ", "ملغم", "مغ", "مجم", "mg"),
                    _noun("مليغرام", "مليغرامان", "مليغرامات", "مليغرامًا")),
    **dict.fromkeys(("ملغ/دل", "مغ/دل", "مجم/دل", "mg/dL", "mg/dl"),
                    _noun("مليغرام لكل ديسيلتر", "مليغرامان لكل ديسيلتر",
                          "مليغرامات لكل ديسيلتر", "مليغرامًا لكل ديسيلتر")),
    **dict.fromkeys(("ملغ/كغ", "مغ/كغ", "مجم/كجم", "mg/kg"),
                    _noun("مليغرام لكل كيلوغرام", "مليغرامان لكل كيلوغرام",
                          "مليغرامات لكل كيلوغرام", "مليغرامًا لكل كيلوغرام")),
    **dict.fromkeys(("كم2", "كم²", "كم مربع", "كلم2", "كلم²", "كلم مربع"),
                    _noun("كيلومتر مربع", "كيلومتران مربعان", "كيلومترات مربعة",
                          "كيلومترًا مربعًا")),
    **dict.fromkeys(("م2", "م²", "متر مربع"),
                    _noun("متر مربع", "متران مربعان", "أمتار مربعة", "مترًا مربعًا")),
    **dict.fromkeys(("م3", "م³", "متر مكعب"),
                    _noun("متر مكعب", "متران مكعبان", "أمتار مكعبة", "مترًا مكعبًا")),
    **dict.fromkeys(("كم/س", "كم/ساعة", "كم/سا", "كلم/س", "كلم/ساعة", "كم/ح"),
                    _noun("كيلومتر في الساعة", "كيلومتران في الساعة",
                          "كيلومترات في الساعة", "كيلومترًا في الساعة")),
    # a wind's speed, an oil field's output ("15 م/ث", "12 مليون ب/ي": /θin/, /bi jaːʔ/)
    **dict.fromkeys(("م/ث", "م/ثا", "م/ثانية"),
                    _noun("متر في الثانية", "متران في الثانية", "أمتار في الثانية",
                          "مترًا في الثانية")),
    **dict.fromkeys(("ب/ي", "برميل/يوم"),
                    _noun("برميل يوميًا", "برميلان يوميًا", "براميل يوميًا", "برميلًا يوميًا")),
    # the Latin symbols of technical prose ("10 kWh", "3 kW", "20 kg"), which the Arabic
    # voice handed to its English one letter by letter: "kay double-u aitch"
    "km": _KM, "kg": _KG, "cm": _noun("سنتيمتر", "سنتيمتران", "سنتيمترات", "سنتيمترًا"),
    "mm": _MM, "km/h": _noun("كيلومتر في الساعة", "كيلومتران في الساعة",
                             "كيلومترات في الساعة", "كيلومترًا في الساعة"),
    "W": _noun("واط", "واطان", "واطات", "واطًا"),
    "kW": _noun("كيلوواط", "كيلوواطان", "كيلوواطات", "كيلوواطًا"),
    "MW": _noun("ميغاواط", "ميغاواطان", "ميغاواطات", "ميغاواطًا"),
    "GW": _noun("غيغاواط", "غيغاواطان", "غيغاواطات", "غيغاواطًا"),
    **{k: _noun(v, None, v, v) for k, v in (
        ("kWh", "كيلوواط ساعة"), ("MWh", "ميغاواط ساعة"), ("GWh", "غيغاواط ساعة"),
        ("Wh", "واط ساعة"), ("mAh", "ملي أمبير ساعة"), ("kWp", "كيلوواط ذروة"),
        ("GB", "غيغابايت"), ("MB", "ميغابايت"), ("TB", "تيرابايت"), ("Hz", "هرتز"),
        ("kHz", "كيلوهرتز"), ("MHz", "ميغاهرتز"), ("GHz", "غيغاهرتز"),
        # a connection's speed and delay ("1.5 Gbps": "جي بي بي إس" letter by letter)
        ("Gbps", "غيغابت في الثانية"), ("Mbps", "ميغابت في الثانية"),
        ("kbps", "كيلوبت في الثانية"), ("Kbps", "كيلوبت في الثانية"),
        ("Tbps", "تيرابت في الثانية"), ("ms", "ميلي ثانية"))},
    **dict.fromkeys(("ملم زئبق", "مم زئبق"),
                    _noun("مليمتر زئبقي", "مليمتران زئبقيان", "مليمترات زئبقية",
                          "مليمترًا زئبقيًا")),
    "V": _noun("فولت", "فولتان", "فولتات", "فولتًا"),
    # science news: a pore's or a chip's size, a gas's concentration ("420 ppm" was said
    # by the English voice letter by letter, "0.3 nm" as "en em")
    "nm": _noun("نانومتر", "نانومتران", "نانومترات", "نانومترًا"),
    **dict.fromkeys(("µm", "μm"), _noun("ميكرومتر", "ميكرومتران", "ميكرومترات", "ميكرومترًا")),
    "ppm": _noun("جزء في المليون", "جزآن في المليون", "أجزاء في المليون",
                 "جزءًا في المليون"),
    # a central bank's move ("3 نقطة أساس" was "ثلاث نقطة أساس"; "bps" is said so, speech)
    "نقطة أساس": _noun("نقطة أساس", "نقطتا أساس", "نقاط أساس", "نقطة أساس", feminine=True),
    "ل.س": _currency("ليرة", "سوري", "ليرات", feminine=True),
    "ل.ل": _currency("ليرة", "لبناني", "ليرات", feminine=True),
    "ل.ت": _currency("ليرة", "تركي", "ليرات", feminine=True),
    "د.ع": _currency("دينار", "عراقي", "دنانير", feminine=False),
    **dict.fromkeys(("د.أ", "د.ا"), _currency("دينار", "أردني", "دنانير", feminine=False)),
    "د.ك": _currency("دينار", "كويتي", "دنانير", feminine=False),
    "د.ب": _currency("دينار", "بحريني", "دنانير", feminine=False),
    "د.ل": _currency("دينار", "ليبي", "دنانير", feminine=False),
    "د.ت": _currency("دينار", "تونسي", "دنانير", feminine=False),
    # (the Algerian press writes "دج")
    **dict.fromkeys(("د.ج", "دج"), _currency("دينار", "جزائري", "دنانير", feminine=False)),
    "د.م": _currency("درهم", "مغربي", "دراهم", feminine=False),
    "د.إ": _currency("درهم", "إماراتي", "دراهم", feminine=False),
    "ر.س": _currency("ريال", "سعودي", "ريالات", feminine=False),
    "ر.ق": _currency("ريال", "قطري", "ريالات", feminine=False),
    "ر.ع": _currency("ريال", "عماني", "ريالات", feminine=False),
    "ر.ي": _currency("ريال", "يمني", "ريالات", feminine=False),
    "ج.م": _currency("جنيه", "مصري", "جنيهات", feminine=False),
    "ج.س": _currency("جنيه", "سوداني", "جنيهات", feminine=False),
    # ISO codes after an amount ("300 مليون USD"): spelled "يو إس دي" by their letters
    "USD": _currency("دولار", "أمريكي", "دولارات", feminine=False),
    "EUR": _noun("يورو", None, "يورو", "يورو"),
    "GBP": _noun("جنيه إسترليني", "جنيهان إسترلينيان", "جنيهات إسترلينية",
                 "جنيهًا إسترلينيًا"),
    **{code: _currency(name, origin, plural, feminine=feminine)
       for code, name, origin, plural, feminine in (
           ("SAR", "ريال", "سعودي", "ريالات", False), ("QAR", "ريال", "قطري", "ريالات", False),
           ("OMR", "ريال", "عماني", "ريالات", False), ("AED", "درهم", "إماراتي", "دراهم", False),
           ("MAD", "درهم", "مغربي", "دراهم", False), ("EGP", "جنيه", "مصري", "جنيهات", False),
           ("KWD", "دينار", "كويتي", "دنانير", False), ("BHD", "دينار", "بحريني", "دنانير", False),
           ("JOD", "دينار", "أردني", "دنانير", False), ("IQD", "دينار", "عراقي", "دنانير", False),
           ("TND", "دينار", "تونسي", "دنانير", False), ("DZD", "دينار", "جزائري", "دنانير", False),
           ("LYD", "دينار", "ليبي", "دنانير", False), ("LBP", "ليرة", "لبناني", "ليرات", True),
           ("SYP", "ليرة", "سوري", "ليرات", True), ("TRY", "ليرة", "تركي", "ليرات", True))},
}


# A currency pair of the exchange pages ("USD/SAR", "EUR/USD"): said as the two
# currencies ("يو إس دي، SAR": one code spelled, the other read as a word by the English
# voice, the slash a pause)
_ISO_CODES = "|".join(k for k in AR_UNITS if re.fullmatch("[A-Z]{3}", k))
CURRENCY_PAIR = re.compile(rf"(?<![A-Za-z/])({_ISO_CODES})/({_ISO_CODES})(?![A-Za-z/])")


def currency_pair(m: re.Match[str]) -> str:
    """A ``CURRENCY_PAIR`` match as "دولار أمريكي مقابل ريال سعودي"."""
    return f"{AR_UNITS[m.group(1)].singular} مقابل {AR_UNITS[m.group(2)].singular}"


def _unit_pattern(key: str) -> str:
    # "ل.س" may be written "ل. س" or "ل .س"; "كم2" "كم 2" is not a unit.
    return r"[ \t]?\.[ \t]?".join(re.escape(part) for part in key.split("."))


UNIT_ALT = "|".join(_unit_pattern(k) for k in sorted(AR_UNITS, key=len, reverse=True))


def unit_named(written: str) -> CountedNoun:
    """The unit of ``written`` as matched by ``UNIT_ALT`` ("ل. س" -> ليرة سورية)."""
    return AR_UNITS[re.sub(r"[ \t]*\.[ \t]*", ".", written)]


# Currency symbols: Arabic forms, Persian and Urdu names.
AR_CURRENCY_SYMBOLS: dict[str, CountedNoun] = {
    "$": _noun("دولار", "دولاران", "دولارات", "دولارًا"),
    "€": _noun("يورو", None, "يورو", "يورو"),
    "£": _noun("جنيه إسترليني", "جنيهان إسترلينيان", "جنيهات إسترلينية",
               "جنيهًا إسترلينيًا"),
    "﷼": _noun("ريال", "ريالان", "ريالات", "ريالًا"),  # the rial sign, one character
    # (the voice says nothing for these signs: "34.5 ₺ للدولار" lost its lira)
    "₺": _noun("ليرة تركية", "ليرتان تركيتان", "ليرات تركية", "ليرة تركية", feminine=True),
    "₹": _noun("روبية هندية", "روبيتان هنديتان", "روبيات هندية", "روبية هندية",
               feminine=True),
    "₪": _noun("شيكل", "شيكلان", "شواكل", "شيكلًا"),
    "₽": _noun("روبل", "روبلان", "روبلات", "روبلًا"),
}
OTHER_CURRENCY_SYMBOLS = {
    "fa": {"$": "دلار", "€": "یورو", "£": "پوند", "﷼": "ریال", "₺": "لیر", "₹": "روپیه",
           "₪": "شیکل", "₽": "روبل"},
    "ur": {"$": "ڈالر", "€": "یورو", "£": "پاؤنڈ", "﷼": "ریال", "₺": "لیرا", "₹": "روپے",
           "₪": "شیکل", "₽": "روبل"},
}

DEGREE = _noun("درجة", "درجتان", "درجات", "درجة", feminine=True)
DEGREE_CELSIUS = _noun("درجة مئوية", "درجتان مئويتان", "درجات مئوية", "درجة مئوية",
                       feminine=True)
DEGREE_FAHRENHEIT = _noun("درجة فهرنهايت", "درجتان فهرنهايت", "درجات فهرنهايت",
                          "درجة فهرنهايت", feminine=True)
