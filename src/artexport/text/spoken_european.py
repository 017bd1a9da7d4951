"""Clock times in French, German, Spanish, Italian and Portuguese, and German ordinals,
as their voices should say them. Their numbers, dates and percentages are theirs to read
(espeak-ng reads them right); a clock time is not: "14h30" was "quatorze ache trente",
"2:00 Uhr" "zwei Uhr null null Uhr", "16:00" "sedici e zero zero". Here it is written as
a reader says it, its numbers left in digits for the voice: "14 heures 30", "2 Uhr",
"16". Nor is a German ordinal: the voice reads "am 3. Oktober", "im 19. Jahrhundert" as
"am drei", a full stop, "Oktober"; they are written as words ("am dritten Oktober").
"""

from __future__ import annotations

import re

from .lang import word_set

__all__ = ["CLOCK_LANGUAGES", "european_times", "german_adjective_ending", "german_ordinal_stem",
           "german_ordinals", "is_german_ordinal"]

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
    "es": re.compile(rf"(?<![\d:.,])\b{_HOUR}(?P<sep>[:.]){_MINUTES}(?!\d)"
                     r"(?P<h_>\s?h(?:oras)?\b\.?)?(?![\d:.,]\d)"),
    "it": re.compile(rf"(?<![\d:.,])\b{_HOUR}(?P<sep>[:.]){_MINUTES}(?![\d:.,]?\d)"),
}
# A dotted time ("12.30") is a time, not a number, after these ("alle 12.30", "a las
# 17.30") or before "h" (Spanish)
_DOTTED_BEFORE = {"it": frozenset({"alle", "dalle", "ore", "le", "delle", "entro"}),
                  "es": frozenset({"las", "la"})}
# A German "23:21" without "Uhr" is a time ("fährt 14:30 ab", "Stand: 14:30"), but a
# score or a vote among these words ("gewannen mit 23:21", "schlug Kiel 22:20", "wurde
# 18:13 angenommen"), said "23 zu 21", not "23 Uhr 21"
_DE_SCORE_BEFORE = word_set("""mit gewann gewannen verlor verloren siegte siegten schlug
    schlugen besiegte besiegten unterlag unterlagen Sieg Niederlage Endstand Halbzeitstand
    endete spielte spielten Unentschieden Pausenstand""")
_DE_SCORE_AFTER = word_set("""angenommen abgelehnt beschlossen gebilligt Stimmen gewonnen
    verloren Sieg Niederlage durch gegen""")


_DE_ONE_DIGIT_SCORE = re.compile(r"(?<![\w:.,])(?P<a>\d{1,3}):(?P<b>\d)(?![\w:]|[.,]\d)")


def _german_score(m: re.Match[str]) -> bool:
    before = m.string[:m.start()].split()[-3:]
    after = m.string[m.end():].split()[:1]
    return any(w in _DE_SCORE_BEFORE for w in before) or \
        bool(after and after[0].strip(".,;") in _DE_SCORE_AFTER)


# A time with its seconds is a race's ("lief in 1:00:31 Std.", "en 2:05:30": "eins Uhr
# null Uhr einunddreißig S T D", "deux heures cinq heures trente"): hours, minutes and
# seconds, each (singular, plural)
_DURATION = re.compile(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])"
                       r"(?:\s?(?:Std\.|h\b|hrs?\.?))?")
_UNITS = {"de": (("Stunde", "Stunden"), ("Minute", "Minuten"), ("Sekunde", "Sekunden")),
          "fr": (("heure", "heures"), ("minute", "minutes"), ("seconde", "secondes")),
          "es": (("hora", "horas"), ("minuto", "minutos"), ("segundo", "segundos")),
          "it": (("ora", "ore"), ("minuto", "minuti"), ("secondo", "secondi")),
          "pt": (("hora", "horas"), ("minuto", "minutos"), ("segundo", "segundos"))}


def _duration(m: re.Match[str], lang: str) -> str:
    """"1:00:31" as "1 Stunde 31 Sekunden" (a part that is nought is not said)."""
    parts = [(int(m.group(g)), names) for g, names in zip("hms", _UNITS[lang], strict=True)]
    return " ".join(f"{n} {one if n == 1 else many}" for n, (one, many) in parts if n)


def european_times(text: str, lang: str) -> str:
    """``text`` (in ``lang``, one of :data:`CLOCK_LANGUAGES`) with its clock times and
    a race's times as its voice should say them; other text unchanged."""
    rx = _CLOCK.get(lang)
    if rx is None:
        return text
    text = _DURATION.sub(lambda m: _duration(m, lang), text)
    if lang == "de":  # "endete 2:1": "zwei eins" (no clock writes one minute digit)
        text = _DE_ONE_DIGIT_SCORE.sub(r"\g<a> zu \g<b>", text)
    return rx.sub(lambda m: _said(m, lang), text)


def _said(m: re.Match[str], lang: str) -> str:
    groups = m.groupdict()
    if lang == "de" and m.group().count(".") and not groups.get("uhr"):
        return m.group()  # "14.30" without "Uhr": a number, not a time
    previous = m.string[:m.start()].split()[-1:] or [""]
    if groups.get("sep") == "." and not groups.get("h_") and \
            previous[0].lower() not in _DOTTED_BEFORE.get(lang, ()):
        return m.group()  # "3.45": a number
    if lang == "de" and not groups.get("uhr") and _german_score(m):
        return f"{m.group('h')} zu {int(m.group('m'))}"  # a score, a vote: "18:13 angenommen"
    stop = "." if (groups.get("h_") or "").endswith(".") else ""  # "a las 10:00 h. Después"
    return _clock_words(m, lang) + stop


def _clock_words(m: re.Match[str], lang: str) -> str:
    groups = m.groupdict()
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


# ---- German ordinals -----------------------------------------------------------------
_DE_ONES = ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_DE_TEENS = ("zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn",
             "siebzehn", "achtzehn", "neunzehn")
_DE_TENS = ("", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig",
            "achtzig", "neunzig")
_DE_IRREGULAR = {1: "erst", 3: "dritt", 7: "siebt", 8: "acht"}
_DE_MONTHS = word_set("januar februar märz april mai juni juli august september oktober "
                       "november dezember jänner")
# After these the ordinal takes "-en" ("am dritten", "im neunzehnten", "bis zum
# fünften"); after der/die/das "-e" (unless "der" follows a preposition: "in der
# dritten Runde"); after ein/sein/ihr... "-er"; a date on its own ("3. Oktober 2025"),
# "-er" too.
_DE_EN = word_set("am im vom zum beim dem den des zur einen einem einer seinen seinem "
                   "seiner ihren ihrem ihrer unseren unserem unserer bis ab seit "
                   "jedem jeden")
_DE_E = word_set("der die das eine seine ihre unsere jede diese")
_DE_ER = word_set("ein sein ihr unser mein kein")
_DE_PREPOSITIONS = word_set("in an auf aus bei mit nach von vor zu seit bis ab über unter "
                             "während wegen zwischen für gegen")
_DE_ARTICLES = _DE_EN | _DE_E | _DE_ER
_DE_CLUBS = word_set("FC FSV SC SV VfB VfL FFC")
_DE_RANKED = word_set("""Lesung Instanz Liga Runde Halbzeit Reihe Klasse Linie Stelle Etappe
    Hälfte Generation Ehe Person Stock Etage Spieltag Platz Rang Grades
    Ordnung Wahl Wahlgang Durchgang Satz""")
# ... but a word that opens a sentence after it ("stieg auf 250. Das ...") ends one
_DE_OPENERS = word_set("""Das Die Der Den Dem Des Er Sie Es Wir Ich Ihr Ein Eine Einen Im In
    Am Auch Aber Doch Und Nach Wie Mit Bei Für Damit Dies Diese Dieser Dieses Man Zudem
    Außerdem So Da Als Laut Nun Jetzt Dann Seit Vor Zum Zur Bis Auf An Ab Trotz Wegen
    Während Ob Wenn Denn Deshalb Daher Dabei Insgesamt Zuletzt Zuvor Allerdings Danach
    Später Heute Morgen Gestern Inzwischen Mittlerweile Zunächst Schließlich Bereits
    Erst Noch Nur Dort Hier Damals""")
# "19." after an article or a preposition, or before a month or a lowercase word ("der 3.
# große Streik"); never a year (four digits), never inside a longer number or a date
# written "3.10.2025"
_DE_ORDINAL = re.compile(r"(?<![\d.,])\b(?P<n>[1-9]\d{0,2})\.(?=[ \t\u00a0]+(?P<next>[^\W\d_]+))")
_DE_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]*$")


def _de_cardinal(n: int) -> str:
    if n < 10:
        return _DE_ONES[n] + ("s" if n == 1 else "")
    if n < 20:
        return _DE_TEENS[n - 10]
    if n < 100:
        tens, ones = divmod(n, 10)
        return (f"{_DE_ONES[ones]}und" if ones else "") + _DE_TENS[tens]
    hundreds, rest = divmod(n, 100)
    return f"{_DE_ONES[hundreds]}hundert" + (_de_cardinal(rest) if rest else "")


def german_ordinal_stem(n: int) -> str:
    """The ordinal of ``n`` (1-999) without its ending: 3 -> "dritt", 21 ->
    "einundzwanzigst", 100 -> "hundertst", 125 -> "hundertfünfundzwanzigst"."""
    hundreds, rest = divmod(n, 100)
    head = ("" if hundreds == 1 else _DE_ONES[hundreds]) + "hundert" if hundreds else ""
    if rest == 0:
        return f"{head}st"
    if rest < 20:
        return head + _DE_IRREGULAR.get(rest, _de_cardinal(rest) + "t")
    return head + _de_cardinal(rest) + "st"


def is_german_ordinal(text: str, number_end: int) -> bool:
    """Whether the number ending at ``number_end`` (its full stop next) is an ordinal
    ("am 3. Oktober", "im 19. Jahrhundert", "der 3. große Streik", a goal's minute
    "(52.)"), not a number ending a sentence."""
    if text[number_end + 1:number_end + 2] == ")" and \
            text[_number_start(text, number_end) - 1:_number_start(text, number_end)] == "(":
        return True
    m = _DE_ORDINAL.match(text, _number_start(text, number_end))
    return m is not None and m.end("n") == number_end and _ordinal_context(text, m)


def _number_start(text: str, end: int) -> int:
    start = end
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return start


def _ordinal_context(text: str, m: re.Match[str]) -> bool:
    following = m.group("next")
    if following.lower() in _DE_MONTHS or following.islower():
        return True
    if following in _DE_OPENERS:
        return False  # "stieg auf 250. Das ...": a number ending a sentence
    if following in _DE_CLUBS and m.group("n") == "1":
        return True  # "der 1. FC Köln"
    before = _DE_WORD_BEFORE.search(text, 0, m.start())
    word = before.group(1).lower() if before is not None else ""
    # (after a bare preposition only before a noun ordinals go with: "in 1. Lesung", not
    # "stieg auf 12. Rettungskräfte suchen ...")
    return word in _DE_ARTICLES or (word in _DE_PREPOSITIONS and following in _DE_RANKED)


_DE_MINUTE = re.compile(r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+) \((?P<n>[1-9]\d{0,2})\.\)")


def german_ordinals(text: str) -> str:
    """``text`` (German) with its ordinals ("3.", "19.") as words with their ending, a
    goal's minute "(52.)" as "(zweiundfünfzigste Minute)"."""
    text = _DE_MINUTE.sub(lambda m: f"{m.group('name')} "
                                    f"({german_ordinal_stem(int(m.group('n')))}e Minute)", text)
    def said(m: re.Match[str]) -> str:
        if not _ordinal_context(text, m):
            return m.group()
        month = m.group("next").lower() in _DE_MONTHS  # "bis 5. Mai"; "in 1. Lesung"
        ending = german_adjective_ending(text, m.start(), after_preposition="en" if month
                                         else "er", alone="er")
        return german_ordinal_stem(int(m.group("n"))) + ending

    return _DE_ORDINAL.sub(said, text)


def german_adjective_ending(text: str, at: int, *, after_preposition: str = "en",
                            alone: str = "e") -> str:
    """The ending of an adjective that starts at ``at`` in German ``text``, from the word
    before it: "-en" after am/im/dem/den/des..., "-e" after der/die/das (but "in der
    dritten"), "-er" after ein/sein...; after a bare preposition ``after_preposition``,
    with no article ``alone``."""
    before = _DE_WORD_BEFORE.search(text, 0, at)
    word = before.group(1).lower() if before else ""
    if word in _DE_EN:
        return "en"
    if word in _DE_E:
        ahead = _DE_WORD_BEFORE.search(text, 0, before.start()) if before else None
        after_preposition_der = word == "der" and ahead is not None and \
            ahead.group(1).lower() in _DE_PREPOSITIONS
        return "en" if after_preposition_der else "e"
    if word in _DE_ER:
        return "er"
    return after_preposition if word in _DE_PREPOSITIONS else alone
