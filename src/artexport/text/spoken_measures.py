"""English measures whose short forms the unit table cannot read alone, each told by
its value or by the words around it: weather and aviation copy's "960mb" (millibars,
not megabytes), "12kts" (knots), "5NM" and "12nm off the coast" (nautical miles), tech
copy's "3nm chips" (nanometres), markets' "25bp" (basis points), a bookmaker's "7/2
favourite", a multiple's "10x" ("ten times"), a currency's ISO code before its amount
("EGP 50bn", "KWD 1 million"), volts and litres glued to a number ("12V", "1.5L"),
a software version ("Python 3.12"), the signs the voice says nothing for ("₪50", "3,000₽",
"2‰"), and round counts in the plural ("1,000s of homes"). espeak-ng read them by their
letters ("nine hundred and sixty M B", "twelve K T S", "three N M chip", "ten ex more",
"E.G.P. fifty billion", "one thousand zed").
"""

from __future__ import annotations

import re

from .spoken_english import CURRENCY_CODES

__all__ = ["speak_english_measures"]

_NUMBER = r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# a pressure in millibars: a value in the range air pressure takes, in a sentence about
# the weather ("a 1,000mb data plan", "1000 mb of data": megabytes)
_MILLIBARS = re.compile(_NUMBER + r"[ \t]?mb\b(?![ \t]+of\b)")
_PRESSURE = (850, 1090)
_WEATHER = re.compile(r"\b(?:pressure|storm|hurricane|typhoon|cyclone|depression|low|"
                      r"barometer|winds?|gusts?|gusting|weather|forecast)\b", re.I)
_KNOTS = re.compile(_NUMBER + r"[ \t]?(?:kts|KTS)\b")
# a bookmaker's odds ("odds of 5/1", "a 7/2 favourite": "5, 1" was said)
_ODDS = re.compile(r"(?:(?<=\bodds )|(?<=\bodds of ))(\d{1,3})/(\d{1,3})(?![\d/])"
                   r"|(?<![\w./])(\d{1,3})/(\d{1,3})(?=[ \t](?:favourites?|favorites?|shot|"
                   r"outsiders?)\b)")
# a rate's "25bp" (lowercase: "BP" is the oil company): basis points ("B P" was said)
_BASIS_POINTS = re.compile(_NUMBER + r"[ \t]?bp\b")
_NAUTICAL = re.compile(_NUMBER + r"[ \t]?NM\b(?!-)")
# lowercase "nm": nanometres before what tech copy measures with them, nautical miles
# before what a distance at sea or in the air is from
_NM = re.compile(_NUMBER + r"[ \t]?nm\b(?:(?=[ \t]+(?P<next>[a-z]+)))?")
_NANO_NOUNS_LIST = """
chip chips process processes node nodes technology wafer wafers transistor transistors
semiconductor semiconductors manufacturing lithography wavelength wavelengths light laser
lasers particles resolution design designs silicon fab fabs production class generation
architecture
"""
_NANO_NOUNS = frozenset(_NANO_NOUNS_LIST.split())
_SEA_WORDS_LIST = """
off from offshore away radius zone limit out south north east west southeast southwest
northeast northwest of
"""
_SEA_WORDS = frozenset(_SEA_WORDS_LIST.split())

# "3x faster", "grew 10x.": a multiple (not "4x4", "2x2 matrix", "1920x1080")
_TIMES = re.compile(_NUMBER + r"x(?=[ \t]+[a-z]|[ \t]*[.,;:!?)]|$)")

# (not the Gulf's codes the currency reader says with their coins, "SAR 3.75", nor
# those that are words in a capitals headline: "TRY 5 TIPS")
_CODE_BEFORE = re.compile(
    r"(?<![\w$€£/])(?P<code>" + "|".join(sorted(set(CURRENCY_CODES) - {
        "SAR", "QAR", "AED", "TRY", "MAD"}))
    + r")[ \t]?" + _NUMBER.removeprefix(r"(?<![\w.,])")
    + r"(?:[ \t]?(?P<scale>million|billion|trillion|bn|tn|m)\b)?(?![\w.,]?\d|[^\W\d_])")
_SCALES = {"bn": "billion", "tn": "trillion", "m": "million"}


def _code_before(m: re.Match[str]) -> str:
    one, many = CURRENCY_CODES[m["code"]]
    scale = m["scale"]
    words = f" {_SCALES.get(scale, scale)}" if scale else ""
    return f"{m['n']}{words} {one if m['n'] == '1' and not scale else many}"

# "100s", "1,000s of homes", "10s of thousands": hundreds, thousands, tens ("10s" alone
# is as often ten seconds)
_ROUND_PLURAL = re.compile(r"(?<![\w.,$€£¥₹])(?:(?P<tens>10s(?=[ \t]of\b))|(?P<hundreds>100s)|"
                           r"(?P<thousands>1,?000s)|(?P<millions>1,?000,?000s))(?![\w'’])")

# currency signs espeak-ng says nothing for (an amount with no currency was heard)
_SIGNS = {"₪": ("shekel", "shekels"), "₽": ("rouble", "roubles"), "₺": ("lira", "lira"),
          "₴": ("hryvnia", "hryvnias"), "₦": ("naira", "naira"), "₿": ("bitcoin", "bitcoin")}
_AMOUNT = _NUMBER + r"(?:[ \t]?(?P<scale>million|billion|trillion|bn|tn|m)\b)?"
_SIGN_BEFORE = re.compile(r"(?P<sign>[₪₽₺₴₦₿])[ \t]?" + _AMOUNT.replace(r"(?<![\w.,])", ""))
_SIGN_AFTER = re.compile(_AMOUNT + r"[ \t]?(?P<sign>[₪₽₺₴₦₿])")
_PER_MILLE = re.compile(_NUMBER + r"[ \t]?‰")
# volts and litres glued to their number ("a 12V battery", "a 1.5L bottle": "twelve V",
# "one point five L" were said); a measure before its noun is singular ("a 12 volt ...",
# but "2 litres of water")
_GLUED_UNIT = re.compile(_NUMBER + r"(?P<unit>[VL])\b(?![.'’-]\w)"
                         r"(?P<noun>(?=[ \t]+(?!of\b)[a-z]))?")
_GLUED_NAMES = {"V": ("volt", "volts"), "L": ("litre", "litres")}


def _signed(m: re.Match[str]) -> str:
    one, many = _SIGNS[m["sign"]]
    scale = m["scale"]
    words = f" {_SCALES.get(scale, scale)}" if scale else ""
    return f"{m['n']}{words} {one if m['n'] == '1' and not scale else many}"


def _plural(n: str, one: str, many: str) -> str:
    return f"{n} {one if n == '1' else many}"


def _millibars(m: re.Match[str]) -> str:
    low, high = _PRESSURE
    if low <= float(m["n"].replace(",", "")) <= high:
        return _plural(m["n"], "millibar", "millibars")
    return m.group()


def _glued(m: re.Match[str]) -> str:
    one, many = _GLUED_NAMES[m["unit"]]
    return f"{m['n']} {one}" if m["noun"] is not None else _plural(m["n"], one, many)


def _nm(m: re.Match[str]) -> str:
    after = m["next"] or ""
    if after in _NANO_NOUNS:
        return f"{m['n']} nanometre"  # "a 3 nanometre chip": a measure before its noun
    if after in _SEA_WORDS:
        return _plural(m["n"], "nautical mile", "nautical miles")
    return m.group()


# a software version with a minor number of two digits or more ("Python 3.12", "iOS
# 17.10", "version 2.10"): "three point twelve", as its users say it; "three point one
# two" is a decimal, smaller than 3.2, where the version comes after it. One-digit minors
# ("iOS 17.2": "seventeen point two") and longer versions ("14.1.2") read right already;
# a time after a name is no version ("Monty Python 12.30", "Swift 12.45pm").
_VERSION = re.compile(r"(?<!Monty )\b(?P<name>(?:(?:Python|iOS|iPadOS|macOS|watchOS|Android|PHP|"
                      r"Node\.js|Ubuntu|Firefox|Linux|kernel|Kotlin|Django|[Vv]ersion)[ \t])|"
                      r"v)(?P<major>\d{1,3})\.(?P<minor>\d{2,3})(?![\d.,]\d)"
                      r"(?![ \t]*(?:%|per|million|billion|bn\b|m\b|inch|[ap]\.?m\b|GMT|BST|"
                      r"hours?\b|local\b))")


def speak_english_measures(text: str) -> str:
    """``text`` with these measures written out ("960mb" -> "960 millibars")."""
    if _WEATHER.search(text):
        text = _MILLIBARS.sub(_millibars, text)
    text = _ODDS.sub(lambda m: f"{m[1] or m[3]} to {m[2] or m[4]}", text)
    text = _KNOTS.sub(lambda m: _plural(m["n"], "knot", "knots"), text)
    text = _BASIS_POINTS.sub(lambda m: _plural(m["n"], "basis point", "basis points"), text)
    text = _NAUTICAL.sub(lambda m: _plural(m["n"], "nautical mile", "nautical miles"), text)
    text = _CODE_BEFORE.sub(_code_before, text)
    text = _SIGN_AFTER.sub(_signed, _SIGN_BEFORE.sub(_signed, text))
    text = _PER_MILLE.sub(lambda m: f"{m['n']} per thousand", text)
    text = _GLUED_UNIT.sub(_glued, text)
    text = _ROUND_PLURAL.sub(lambda m: str(m.lastgroup), text)
    text = _TIMES.sub(lambda m: f"{m['n']} {'time' if m['n'] == '1' else 'times'}", text)
    text = _VERSION.sub(lambda m: f"{m['name']}{m['major']} point {int(m['minor'])}"
                        if not m["minor"].startswith("0") else m.group(), text)
    return _NM.sub(_nm, text)
