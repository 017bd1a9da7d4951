"""Clock times in French, German, Spanish, Italian and Portuguese, as their voices say
them. Their numbers, dates and percentages are theirs to read (espeak-ng reads them
right); a clock time is not: "14h30" was "quatorze ache trente", "2:00 Uhr" "zwei Uhr
null null Uhr", "16:00" "sedici e zero zero". Here it is written as a reader says it,
its numbers left in digits for the voice: "14 heures 30", "2 Uhr", "16".
"""

from __future__ import annotations

import re

__all__ = ["CLOCK_LANGUAGES", "european_times"]

# (hour, minutes) -> words, per language; the hour and minutes stay digits
_HOURS = {"fr": ("heure", "heures"), "pt": ("hora", "horas"), "es": ("hora", "horas")}
CLOCK_LANGUAGES = frozenset({"fr", "de", "es", "it", "pt"})

_MINUTES = r"(?P<m>[0-5]\d)"
_MINUTES2 = r"(?P<m2>[0-5]\d)"
_HOUR = r"(?P<h>[01]?\d|2[0-3])"
# "14h30", "14 h 30", "9h", "14:30", "14.30 Uhr"; never inside a longer number or a score
_CLOCK = {
    "fr": re.compile(rf"(?<![\d:.,])\b{_HOUR}(?:\s?[hH]\s?(?:{_MINUTES})?|:{_MINUTES2})"
                     r"(?![\d:.,]\d|\w)"),
    "pt": re.compile(rf"(?<![\d:.,])\b{_HOUR}(?:h(?:{_MINUTES})?|:{_MINUTES2})(?![\d:.,]\d|\w)"),
    "de": re.compile(rf"(?<![\d:.,])\b{_HOUR}[:.]{_MINUTES}(?P<uhr>\s?Uhr\b)?(?![\d:.,]\d)"),
    "es": re.compile(rf"(?<![\d:.,])\b{_HOUR}:{_MINUTES}(?P<h_>\s?h(?:oras)?\b\.?)?(?![\d:.,]\d)"),
    "it": re.compile(rf"(?<![\d:.,])\b{_HOUR}:{_MINUTES}(?![\d:.,]\d)"),
}


def european_times(text: str, lang: str) -> str:
    """``text`` (in ``lang``, one of :data:`CLOCK_LANGUAGES`) with its clock times as
    its voice should say them; other text unchanged."""
    rx = _CLOCK.get(lang)
    if rx is None:
        return text
    return rx.sub(lambda m: _said(m, lang), text)


def _said(m: re.Match[str], lang: str) -> str:
    groups = m.groupdict()
    if lang == "de" and m.group().count(".") and not groups.get("uhr"):
        return m.group()  # "14.30" without "Uhr": a number, not a time
    hour = int(m.group("h"))
    minutes = next((groups[k] for k in groups if k.startswith("m") and groups[k]), None)
    mm = int(minutes) if minutes is not None else 0
    if lang == "de":
        return f"{hour} Uhr {mm}" if mm else f"{hour} Uhr"
    if lang == "it":
        return f"{hour} e {mm}" if mm else f"{hour}"
    one, many = _HOURS[lang]
    word = one if hour in (0, 1) else many
    if lang == "fr":
        return f"{hour} {word} {mm}" if mm else f"{hour} {word}"
    if lang == "es":
        return f"{hour} y {mm}" if mm else f"{hour} {word}"
    return f"{hour} {word} e {mm}" if mm else f"{hour} {word}"  # pt
