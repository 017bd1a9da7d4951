"""English abbreviations, decades, units and clock times as a listener expects them.

espeak-ng's English voice reads the abbreviations of news copy by their letters or as
words of their own, and stops at their full stop as at a sentence's end: "Rep. Schiff"
is "rep / Schiff", "Sgt. Pepper" "S G T / Pepper", "Martin Truex Jr." "J R", "No. 1"
"no / one", "Mt. Everest" "M T / Everest", "the 1990s" "nineteen hundred ninety z".
:func:`speak_english_abbreviations` writes them out ("Representative Schiff",
"Sergeant Pepper", "Junior", "number 1", "Mount Everest", "the nineteen nineties") for
the English voice only; the editions print what the author wrote.

Only where the reading is certain: a title before a capitalised name, a suffix after
one, a month before a day, "No." before a number, a US state after its city ("Knoxville,
Tenn."). "St." is "Saint" before a name and "Street" after one.
:func:`speak_english_units` writes out the units a number carries
("10km", "5ft 10in", "40C", "0.5pc", "1.5bn"; "m" as "million" before a counted plural,
"metres" before "high", "long", "away" or in a race, and left as it is where the words
around it do not tell; not "st", which is "1st") and gives "7.30pm", "10am" and a time
"at 2.45" the clock's colon for the time reader.
"""

from __future__ import annotations

import re

from .number_tokens import signs_between_numbers
from .numbers import EN_TENS, en_cardinal, en_ordinal, en_year

__all__ = ["REGNAL_NAMES", "speak_english_abbreviations", "speak_english_units"]

# before a capitalised word (a name): "Rep. Adam Schiff", "Lt. Gen. Jones"
_TITLES = {
    "Adm": "Admiral", "Capt": "Captain", "Cmdr": "Commander", "Col": "Colonel",
    "Cpl": "Corporal", "Det": "Detective", "Fr": "Father", "Gen": "General",
    "Gov": "Governor", "Hon": "Honorable", "Insp": "Inspector", "Lt": "Lieutenant",
    "Maj": "Major", "Pres": "President", "Prof": "Professor", "Rep": "Representative",
    "Atty": "Attorney", "Ms": "Miz",
    "Reps": "Representatives", "Rev": "Reverend", "Sen": "Senator", "Sens": "Senators",
    "Sgt": "Sergeant", "Supt": "Superintendent", "Mt": "Mount", "Ft": "Fort",
    "St": "Saint", "Brig": "Brigadier", "Pvt": "Private", "Spc": "Specialist",
}
_TITLES["Cllr"] = "Councillor"
# British copy writes them without the stop ("Prof Chris Whitty", "Mt Everest"); then only
# before a name, "Gen Z" being no general
_UNDOTTED_TITLES = ("Adm", "Capt", "Cllr", "Col", "Cpl", "Det", "Gen", "Gov", "Insp", "Lt",
                    "Maj", "Ms", "Mt", "Prof", "Rev", "Sgt", "Supt", "Brig", "Pvt")
_TITLE = re.compile(r"(?<![\w.])(?:(?P<abbr>" + "|".join(sorted(_TITLES, key=len, reverse=True))
                    + r")\.[ \t]+(?=[A-Z])|(?P<bare>" + "|".join(_UNDOTTED_TITLES)
                    + r")[ \t]+(?=[A-Z][a-z]))")
# after a name: "Martin Truex Jr.", "Main St.", "Sunset Blvd."
_SUFFIXES = {"Jr": "Junior", "Sr": "Senior", "St": "Street", "Ave": "Avenue",
             "Blvd": "Boulevard", "Rd": "Road", "Bros": "Brothers"}
_SUFFIX = re.compile(r"(?<=[A-Za-z])(?P<comma>,?)[ \t]+(?P<abbr>"
                     + "|".join(sorted(_SUFFIXES, key=len, reverse=True))
                     # (British "Oxford St," undotted: "Oxford saint" was said)
                     + r")(?:\.|(?<=St)(?=[,;:)]|[ \t]+[a-z]|[ \t]*$))"
                     r"(?=(?P<after>[ \t]*(?:[A-Za-z]|[,;:)]|$)?))", re.M)
# a Washington address's quarter after its street ("1600 Pennsylvania Ave. NW"): "N.W."
_QUADRANTS = {"NW": "Northwest", "NE": "Northeast", "SW": "Southwest", "SE": "Southeast"}
_QUADRANT = re.compile(r"\b(?P<street>Street|Avenue|Boulevard|Road|Place|Drive|Court) "
                       r"(?P<q>NW|NE|SW|SE)\b")
# undotted before its date, as British copy writes it ("on Sun 15 Dec"): "sun"
_DAY_BEFORE_DATE = re.compile(r"\b(?P<abbr>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
                              r"(?= \d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                              r"Sep|Oct|Nov|Dec))")
# a Hijri year's glued "H" ("1447H" was "fourteen forty-seven-aitch")
_HIJRI_H = re.compile(r"\b(1[3-5]\d\d)H\b")
# "WWII", "WW1": espeak-ng spelled them
_WORLD_WAR = re.compile(r"\bWW(?:(?P<roman>II|I)|(?P<n>[12]))\b")
# the Gulf's and the palace's styles before a name ("HH Sheikh Hamdan", "HRH Prince
# William", "HE Dr Anwar Gargash"): their letters said nothing a listener knows
_STYLES = {"HH": "Highness", "HRH": "Royal Highness", "HE": "Excellency"}
_STYLE = re.compile(r"\b(?P<style>HH|HRH|HE)(?= (?P<title>Sheikh|Sheikha|Prince|Princess|Queen|"
                    r"King|Dr|Mr|Mrs|Ms|Minister|Ambassador|General)\.? [A-Z])")
_HER = frozenset({"Sheikha", "Princess", "Queen", "Mrs", "Ms"})
# a football result's "(aet)": espeak-ng said /iːt/
_AET = re.compile(r"\((?:aet|a\.e\.t\.?)\)")
# a US state after its city, as AP datelines and copy write it: "KNOXVILLE, Tenn. (AP)"
# was the sentence "KNOXVILLE, Tenn." and "ten"
US_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia",
    "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
}
# a lawmaker's party and state after the name, as AP writes them ("Sen. John Thune,
# R-S.D., said", "Rep. Ro Khanna, D-Calif."): espeak-ng said "ar ess dee"
_POSTAL_CODES = """
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
"""
_POSTAL_STATES = dict(zip(
    _POSTAL_CODES.split(),
    ("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
     "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
     "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
     "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
     "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
     "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
     "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
     "Wisconsin", "Wyoming"), strict=True))
_PARTY_STATES = {**{f"{k}.": v for k, v in US_STATES.items()}, **_POSTAL_STATES,
                 **{f"{k[0]}.{k[1]}.": v for k, v in _POSTAL_STATES.items() if " " in v},
                 "W.Va.": "West Virginia", "D.C.": "the District of Columbia",
                 **{v: v for v in _POSTAL_STATES.values() if " " not in v}}
_PARTIES = {"R": "Republican", "D": "Democrat", "I": "independent"}
_PARTY_STATE = re.compile(r"(?:(?<=, )|(?<=\())(?P<party>[RDI])-(?P<state>" + "|".join(
    map(re.escape, sorted(_PARTY_STATES, key=len, reverse=True))) + r")(?=[,;)]|$|(?<=\.)\s)")
# a time zone after a clock time's "a.m."/"p.m."/"pm" (the clock is read by then): "Eastern"
_ZONE_NAMES = {"ET": "Eastern", "EST": "Eastern", "EDT": "Eastern", "CT": "Central",
               "CST": "Central", "CDT": "Central", "PT": "Pacific", "PST": "Pacific",
               "PDT": "Pacific", "MT": "Mountain", "MST": "Mountain", "MDT": "Mountain"}
# ("9:30pm ET" was "E.T."; but "10am PST" is Pakistan's time in Pakistani copy)
_ZONE = re.compile(r"(?:(?<=[ap]\.m\.)[ \t]+(?P<us>" + "|".join(_ZONE_NAMES) + r")|(?:(?<="
                   r"\d[apAP][mM])|(?<=\d [apAP][mM]))[ \t]+("
                   + "|".join(sorted(set(_ZONE_NAMES) - {"PST"})) + r"))\b")
_STATE = re.compile(r"(?<=[A-Za-z]),[ \t]+(?P<abbr>"
                    + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\.")
_MONTHS = {"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April",
           "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
           "Nov": "November", "Dec": "December"}
_MONTH = re.compile(r"(?<![\w.])(?P<abbr>" + "|".join(sorted(_MONTHS, key=len, reverse=True))
                    + r")\.[ \t]+(?=['’]?\d)")  # ("Apr. '25")
# after its day, as British copy writes it ("on Mon., 1 Dec. to approve"): the stop
# stayed mid-sentence
_MONTH_AFTER_DAY = re.compile(r"(?<=\d[ \t])(?P<abbr>" + "|".join(
    sorted(_MONTHS, key=len, reverse=True)) + r")\.(?=[ \t,;)]|$)")
# alone after a word of time ("inflation was 2% in Nov."): espeak-ng said "nov"
_MONTH_ALONE = re.compile(r"\b(?P<w>[Ii]n|[Ss]ince|by|until|from|to|late|early) (?P<abbr>"
                          + "|".join(sorted(_MONTHS, key=len, reverse=True))
                          + r")\.(?=[ \t,;)]|$)")
_NUMBER = re.compile(r"(?<![\w.])(?P<abbr>No|Nos|N[º°])(?:\.[ \t]*|[ \t]+|(?<=[º°]))(?=\d)")
# days of the week ("Mon. to Fri.": espeak-ng said "mon to fry"), "Vol. 3", "c. 5,000",
# "yrs", markets' "m/m" and "y/y"
_DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
         "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
         "Sat": "Saturday", "Sun": "Sunday"}
_DAY = re.compile(r"(?<![\w.])(?P<abbr>" + "|".join(sorted(_DAYS, key=len, reverse=True))
                  + r")\.(?=[ \t,;)]|$)")
# "Mon–Fri", "Sat-Sun.": opening days ("Mon" was /mɒn/)
_DAYS_SPAN = re.compile(r"(?<![\w.])(?P<a>" + "|".join(sorted(_DAYS, key=len, reverse=True))
                        + r")\.?[-–](?P<b>" + "|".join(sorted(_DAYS, key=len, reverse=True))
                        + r")\b(?P<stop>\.(?=[ \t,;)]|$))?")
_SHORT_WORDS = {"Vol": "Volume", "vol": "volume", "c": "circa", "ca": "circa",
                "yrs": "years", "yr": "year", "m/m": "month on month",
                "y/y": "year on year", "q/q": "quarter on quarter", "YoY": "year on year",
                "QoQ": "quarter on quarter"}
_SHORT_WORD = re.compile(r"(?<![\w./])(?:(?P<dotted>Vol|vol|c|ca)\.[ \t]*(?=\d)"
                         r"|(?<=\d[ \t])(?P<bare>yrs|yr)\b"
                         r"|(?P<slashed>[mqy]/[mqy]|YoY|QoQ)(?![\w/]))")
# "the 100th", "1000th": espeak-ng said "one hundred th" (it reads "101st", "22nd" well)
_HUNDREDTH = re.compile(r"(?<![\w.,])(?P<n>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*00)th\b")
# names said another way than their letters or digits: the FTSE 100 is "the Footsie",
# a Boeing 737 a "seven thirty-seven", an Airbus A320 an "A three-twenty"
_SAID_AS = re.compile(r"\bFTSE\b|(?<=Boeing )7(?P<boeing>[0-8])7(?:-(?P<variant>\d{1,2}))?\b"
                      r"|(?<![\w-])A3(?P<airbus>[0-8]\d)(?P<neo>neo)?\b")
# (capital only where a sentence starts: "Approx. 1,200 came"; mid-sentence "Incl." is
# a word the text is about)
_WORDS = re.compile(r"(?<![\w.])(?:vs\.?|v\.|approx\.|incl\.|excl\.|i\.e\.|e\.g\.|"
                    r"(?:^|(?<=[.!?:] ))(?:Approx|Incl|Excl)\.)(?=[ \t,])")
_SAID_FOR = {"v": "versus", "a": "approximately", "i": "including", "e": "excluding",
             "i.e": "that is", "e.g": "for example"}
# a law's and a judgment's parts before their number ("under s.12 of the Act", "ss. 12-14",
# "at para. 45", "Art. 10", "pp. 3-5"): espeak-ng said "ess dot twelve", "para", "art"
# ("art." in small letters is the word, "modern art. 10 people came")
_LEGAL_PARTS = {"s": "section", "ss": "sections", "sec": "section", "secs": "sections",
          "para": "paragraph", "paras": "paragraphs", "art": "article", "arts": "articles",
          "p": "page", "pp": "pages", "cl": "clause"}
_PART = re.compile(r"(?<![\w.'’])(?P<abbr>[Ss]s?|[Ss]ecs?|[Pp]aras?|Arts?|pp?|cl)\.[ \t]*"
                   r"(?=\d)")
# a case's "v" between its parties, as British copy writes it ("R v Secretary of State",
# "Smith v Jones"): espeak-ng said "vee"
_CASE_V = re.compile(r"\b(?P<a>[A-Z][\w'’]{0,30}) v(?= [A-Z])")
# a 24-hour time without its colon before its zone ("0930 GMT", "1300 local time"), as
# the wires write it: it was "nine hundred and thirty"
_WIRE_CLOCK = re.compile(r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
                         r"(?=[ \t](?:GMT|UTC|BST|CET|local time)\b)")
# "the 1990s", "the '80s", "in his 20s"
_DECADE = re.compile(r"(?<![\w'’.,$€£])(?P<apos>['’])?(?P<n>(?:1[0-9]|20)?[0-9]0)['’]?s\b")


def _decade(m: re.Match[str]) -> str:
    digits = m.group("n")
    if len(digits) == 4:
        words = en_year(int(digits))  # "nineteen ninety", "twenty ten", "two thousand"
    elif digits[0] >= "2":
        words = EN_TENS[int(digits[0])]  # "the '80s", "in her 20s"
    else:
        return m.group()  # "10s", "00s": a count, or too rare to guess
    head, _, last = words.rpartition(" ")
    plural = last[:-1] + "ies" if last.endswith("y") else last + "s"
    return f"{head} {plural}" if head else plural


def _said_as(m: re.Match[str]) -> str:
    if boeing := m.group("boeing"):
        model = "seven " + ("oh seven" if boeing == "0" else en_cardinal(int(boeing + "7")))
        return model + (f" {m.group('variant')}" if m.group("variant") else "")
    if model := m.group("airbus"):
        return "A three " + ("hundred" if model == "00" else "oh " + en_cardinal(int(model))
                             if model[0] == "0" else en_cardinal(int(model))) + \
            (" neo" if m.group("neo") else "")
    return "Footsie"


def _state(m: re.Match[str]) -> str:
    return f", {US_STATES[m.group('abbr')]}{_full_stop(m)}"


def _full_stop(m: re.Match[str]) -> str:
    """"." when the abbreviation's full stop ends the sentence too: nothing, or a new
    sentence, follows it (not a company's "Ltd.": "Smith Bros. Ltd.")."""
    nxt = m.string[m.end():m.end() + 12].lstrip()
    return "." if not nxt or (nxt[:1].isupper() and not _COMPANY.match(nxt)) else ""


_COMPANY = re.compile(r"(?:Ltd|Inc|Co|Corp|LLC|NW|NE|SW|SE)\b")  # (or a street's quarter)


def _suffix(m: re.Match[str]) -> str:
    abbr, after = m.group("abbr"), m.group("after") or ""
    word = _SUFFIXES[abbr]
    if abbr == "St" and after.strip()[:1].isupper():
        return m.group()  # "St. Louis": the title rule says it
    return f"{m.group('comma')} {word}{_full_stop(m)}"


# Roman numerals after a name or a count's noun, which espeak-ng says "roman eight":
# "Henry VIII" the Eighth, "World War II" Two, "Super Bowl LVIII" fifty-eight (letters
# up to L only: "DC", "MD" and "CD" are initials)
_ROMAN = re.compile(r"\b(?P<name>[A-Z][a-z]{1,20})[ \t](?P<r>(?=[IVXL]{2,}\b)L?X{0,3}"
                    r"(?:IX|IV|V?I{0,3}))(?P<s>['’]s)?(?![\w.-])")
_COUNTING_NOUNS = frozenset({
    "War", "Bowl", "Apollo", "Part", "Chapter", "Phase", "Vatican", "Act", "Book", "Volume",
    "Round", "Stage", "Title", "Article", "Section", "Schedule", "Type", "Class", "Category",
    "Level", "Grade", "Tier", "Olympiad", "Rocky", "Episode", "Gemini", "Saturn", "Wars",
    "Mark"})
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_REGNAL_NAMES_LIST = """
Henry Charles Elizabeth George Edward William James Louis Richard John Paul Benedict Pius
Leo Gregory Innocent Clement Alexander Frederick Philip Peter Ivan Nicholas Catherine Mary
Victoria Anne Juan Carlos Felipe Alfonso Ferdinand Gustav Olav Harald Haakon Christian
Frederik Willem Rama Mohammed Hassan Abdullah Hussein Napoleon Ramesses Ptolemy Constantine
Wilhelm Otto Umberto Victor Emmanuel Carl Albert Leopold Rainier Francis Urban Boniface
Sixtus Martin Adrian Honorius Celestine Mehmed Suleiman Murad Selim Ahmed Darius Cyrus
Xerxes Antiochus Herod Edmund Ethelred Harold Malcolm David Robert Duncan Kenneth Pedro
Manuel Sebastian Sigismund Casimir Ludwig Maximilian Rudolf Karl Joseph Franz Michael
Boris Simeon Stefan Carol Faisal Fuad Reza Amenhotep Thutmose Tiglath Shalmaneser Sargon
"""
REGNAL_NAMES = frozenset(_REGNAL_NAMES_LIST.split())
_ROYAL_TITLES = frozenset({"King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar",
                           "Prince", "Princess", "Sultan", "Pharaoh", "Shah", "Kaiser", "Duke"})
# "World War I", "Act I", "Type I": a single "I" after a count's noun
_ROMAN_ONE = re.compile(r"\b(War|Act|Part|Phase|Chapter|Book|Volume|Stage|Title|Class|Type|"
                        r"Category|Grade|Tier|Apollo|Vatican)[ \t]I\b(?!['’.]\w)")
# "FY2025", "Q3 2024", "H1 2025": the periods of accounts, which espeak-ng spelled
_PERIOD = re.compile(r"\b(?:FY[ \t]?(?P<fy>\d{4}|\d{2})|(?P<letter>[QH])(?P<n>[1-4])"
                     r"(?:[ \t](?P<year>\d{4}))?)\b")
_PARTS = {"Q": "quarter", "H": "half"}


_RESULTS = re.compile(r" (?:profits?|results|revenues?|earnings|sales|net|loss(?:es)?|growth)\b")


_DETERMINER = re.compile(r"(?:\b(?:the|its|their|his|her|our|this|that|a)|\w['’]s)[ \t]\Z", re.I)


def _period(m: re.Match[str]) -> str:
    if m.group("fy"):
        year = m.group("fy")
        return "financial year " + (year if len(year) == 4 else "20" + year)
    n = int(m.group("n"))
    if m.group("letter") == "H" and (n > 2 or not (m.group("year") or _RESULTS.match(
            m.string, m.end()))):
        return m.group()  # "H2" alone is as often hydrogen ("H1 profit" is a half's)
    said = f"{en_ordinal(n)} {_PARTS[m.group('letter')]}"
    the = "" if _DETERMINER.search(m.string, max(0, m.start() - 8), m.start()) else "the "
    return f"{the}{said}" + (f" of {m.group('year')}" if m.group("year") else "")


def _roman(m: re.Match[str]) -> str:
    letters = m.group("r")
    value = 0
    for a, b in zip(letters, [*letters[1:], ""], strict=True):
        v = _ROMAN_VALUES[a]
        value += -v if b and _ROMAN_VALUES[b] > v else v
    name = m.group("name")
    title = m.string[max(0, m.start() - 12):m.start()].split()[-1:]
    regnal = name in REGNAL_NAMES or bool(title and title[0] in _ROYAL_TITLES)
    # "Henry VIII", "Pope Leo XIV": the eighth, the fourteenth; a count, a game, a film:
    # "World War II" two, "Grand Theft Auto VI" six
    said = "the " + en_ordinal(value) if regnal and name not in _COUNTING_NOUNS \
        else en_cardinal(value)
    return f"{name} {said}{m.group('s') or ''}"


def _short_word(m: re.Match[str]) -> str:
    if m.group("dotted"):
        return _SHORT_WORDS[m.group("dotted")] + " "
    word = m.group("bare") or m.group("slashed")
    return _SHORT_WORDS.get(word, word)


def _kept_stop(m: re.Match[str]) -> str:
    """The full stop an abbreviation ended on, where it ends the sentence too."""
    return "." if _SENTENCE_GOES_ON.match(m.string, m.end()) is None else ""


_SENTENCE_GOES_ON = re.compile(r"[ \t]*[,;)]|[ \t]+[a-z\d]")


def _part(m: re.Match[str]) -> str:
    abbr = m.group("abbr")
    said = _LEGAL_PARTS[abbr.lower()]
    return (said.capitalize() if abbr[0].isupper() else said) + " "


def _word_for(m: re.Match[str]) -> str:
    short = m.group()
    said = _SAID_FOR.get(short[:3]) or _SAID_FOR[short[0].lower()]
    return said.capitalize() if short[0].isupper() else said  # "Approx. 1,200 residents"


def speak_english_abbreviations(text: str) -> str:
    """``text`` with the abbreviations and decades an English voice misreads written
    out (see the module docstring)."""
    text = _SUFFIX.sub(_suffix, text)
    text = _QUADRANT.sub(lambda m: f"{m['street']} {_QUADRANTS[m['q']]}", text)
    text = _DAY_BEFORE_DATE.sub(lambda m: _DAYS[m["abbr"]], text)
    text = _AET.sub("(after extra time)", text)
    text = _HIJRI_H.sub(r"\1 AH", text)
    text = _WORLD_WAR.sub(lambda m: "World War " + (
        "One" if (m["roman"] or m["n"]) in ("I", "1") else "Two"), text)
    text = _STYLE.sub(lambda m: ("Her " if m["title"] in _HER else "His ")
                      + _STYLES[m["style"]], text)
    text = _ZONE.sub(lambda m: " " + _ZONE_NAMES[m["us"] or m[2]] + " time", text)
    text = _PARTY_STATE.sub(
        lambda m: f"{_PARTIES[m['party']]} of {_PARTY_STATES[m['state']]}"
                  + (_kept_stop(m) if m["state"].endswith(".") else ""), text)
    text = _STATE.sub(_state, text)
    text = _ROMAN.sub(_roman, text)
    text = _TITLE.sub(lambda m: _TITLES[m.group("abbr") or m.group("bare")] + " ", text)
    text = _MONTH.sub(lambda m: _MONTHS[m.group("abbr")] + " ", text)
    text = _MONTH_AFTER_DAY.sub(lambda m: _MONTHS[m.group("abbr")] + _kept_stop(m), text)
    text = _MONTH_ALONE.sub(
        lambda m: f"{m['w']} {_MONTHS[m['abbr']]}" + _kept_stop(m), text)
    text = _DAYS_SPAN.sub(lambda m: f"{_DAYS[m['a']]} to {_DAYS[m['b']]}"
                          + (_kept_stop(m) if m["stop"] else ""), text)
    text = _HUNDREDTH.sub(lambda m: en_ordinal(int(m.group("n").replace(",", ""))), text)
    text = _SAID_AS.sub(_said_as, text)
    text = _NUMBER.sub(lambda m: "numbers " if m.group("abbr") == "Nos" else "number ", text)
    text = _DAY.sub(lambda m: _DAYS[m.group("abbr")] + ("." if m.end() == len(text) else ""),
                    text)
    text = _SHORT_WORD.sub(_short_word, text)
    text = _WORDS.sub(_word_for, text)
    text = _PART.sub(_part, text)
    text = _CASE_V.sub(r"\g<a> versus", text)
    text = _WIRE_CLOCK.sub(r"\g<h>:\g<m>", text)
    text = _ROMAN_ONE.sub(r"\1 One", text)
    text = _PERIOD.sub(_period, text)
    return _DECADE.sub(_decade, text)


# Currencies by their ISO codes, as exchange and business copy writes them after an
# amount ("500 USD") and in pairs ("EUR/USD": the euro against the US dollar)
CURRENCY_CODES = {
    code: (one, many) for code, one, many in (
        ("USD", "US dollar", "US dollars"), ("EUR", "euro", "euros"),
        ("GBP", "pound sterling", "pounds sterling"), ("JPY", "yen", "yen"),
        ("CNY", "yuan", "yuan"), ("CHF", "Swiss franc", "Swiss francs"),
        ("INR", "Indian rupee", "Indian rupees"), ("PKR", "Pakistani rupee", "Pakistani rupees"),
        ("SAR", "Saudi riyal", "Saudi riyals"), ("QAR", "Qatari riyal", "Qatari riyals"),
        ("OMR", "Omani rial", "Omani rials"), ("AED", "UAE dirham", "UAE dirhams"),
        ("KWD", "Kuwaiti dinar", "Kuwaiti dinars"), ("BHD", "Bahraini dinar", "Bahraini dinars"),
        ("JOD", "Jordanian dinar", "Jordanian dinars"), ("EGP", "Egyptian pound",
                                                          "Egyptian pounds"),
        ("TRY", "Turkish lira", "Turkish lira"), ("MAD", "Moroccan dirham", "Moroccan dirhams"))}
_CURRENCY_PAIR = re.compile(rf"(?<![A-Za-z/])({'|'.join(CURRENCY_CODES)})/"
                            rf"({'|'.join(CURRENCY_CODES)})(?![A-Za-z/])")


# Units and times written the way British and American news copy writes them, which
# espeak-ng reads by their letters: "10km" "ten K M", "5ft 10in" "five F T ten in",
# "40C" "forty C", "0.5pc" "zero point five P C", "7.30pm" "seven point three zero P M".
_UNITS = {
    "km": ("kilometre", "kilometres"), "cm": ("centimetre", "centimetres"),
    "mm": ("millimetre", "millimetres"), "kg": ("kilogram", "kilograms"),
    "mph": ("mile per hour", "miles per hour"), "kph": ("kilometre per hour",
                                                         "kilometres per hour"),
    "km/h": ("kilometre per hour", "kilometres per hour"), "ft": ("foot", "feet"),
    "in": ("inch", "inches"), "lb": ("pound", "pounds"), "mi": ("mile", "miles"),
    "yd": ("yard", "yards"), "yds": ("yard", "yards"),
    "mpg": ("mile per gallon", "miles per gallon"),
    "lbs": ("pound", "pounds"), "C": ("degree Celsius", "degrees Celsius"),
    "F": ("degree Fahrenheit", "degrees Fahrenheit"), "pc": ("percent", "percent"),
    "kW": ("kilowatt", "kilowatts"), "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"), "GWh": ("gigawatt hour", "gigawatt hours"),
    # health and markets copy: espeak-ng spelled them "M G", "B P S"
    "mg": ("milligram", "milligrams"), "mcg": ("microgram", "micrograms"),
    "ml": ("millilitre", "millilitres"), "ppm": ("part per million", "parts per million"),
    "bps": ("basis point", "basis points"), "mmHg": ("millimetre of mercury",
                                                   "millimetres of mercury"),
    "oz": ("ounce", "ounces"), "st": ("stone", "stone"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"),
    "MHz": ("megahertz", "megahertz"), "GHz": ("gigahertz", "gigahertz"),
    # durations: espeak-ng said "min" /mɪn/, "hr" its letters, "sec" /sɛk/
    "min": ("minute", "minutes"), "mins": ("minute", "minutes"), "hr": ("hour", "hours"),
    "hrs": ("hour", "hours"), "sec": ("second", "seconds"), "secs": ("second", "seconds"),
    "yr": ("year", "years"), "yrs": ("year", "years"), "pts": ("point", "points"),
    "pp": ("percentage point", "percentage points"),  # (glued: "120 pp." is pages)
    # science, health and tech copy: "µg/m³" was "micrograms m three", "mg/dL" "M G D L",
    # "15W" "fifteen double-u", "5,000mAh" "M A H", "200MP" "M P"
    **{f"{short}/{per}": (f"{one} per {each}", f"{many} per {each}")
       for short, one, many in (("µg", "microgram", "micrograms"),
                                ("μg", "microgram", "micrograms"),
                                ("mg", "milligram", "milligrams"), ("g", "gram", "grams"),
                                ("mmol", "millimole", "millimoles"),
                                ("nmol", "nanomole", "nanomoles"))
       for per, each in (("m3", "cubic metre"), ("dL", "decilitre"), ("dl", "decilitre"),
                         ("L", "litre"), ("l", "litre"), ("mol", "mole"), ("km", "kilometre"))},
    "µg": ("microgram", "micrograms"), "μg": ("microgram", "micrograms"),
    "mL": ("millilitre", "millilitres"), "W": ("watt", "watts"),
    "mAh": ("milliamp hour", "milliamp hours"), "MP": ("megapixel", "megapixels"),
    "rpm": ("revolution per minute", "revolutions per minute"),
    "hPa": ("hectopascal", "hectopascals"), "mbar": ("millibar", "millibars"),
    "KB": ("kilobyte", "kilobytes"), "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"),
    # a currency's ISO code after an amount ("500 USD" was spelled "U.S.D.")
    **CURRENCY_CODES,
    # "1,500 km²" (its "²" a digit by now), "3,500 sq ft"
    **{f"{short}{power}": (f"{word} {one}", f"{word} {many}")
       for short, one, many in (("km", "kilometre", "kilometres"), ("m", "metre", "metres"),
                                ("cm", "centimetre", "centimetres"), ("mi", "mile", "miles"),
                                ("ft", "foot", "feet"))
       for power, word in (("2", "square"), ("3", "cubic"))},
    **{f"sq {short}": (f"square {one}", f"square {many}")
       for short, one, many in (("km", "kilometre", "kilometres"), ("m", "metre", "metres"),
                                ("ft", "foot", "feet"), ("mi", "mile", "miles"),
                                ("miles", "mile", "miles"), ("metres", "metre", "metres"),
                                ("in", "inch", "inches"))},
}
# a unit glued to its number, or (the longer ones) a space apart; never inside a word
_SPACED = ("km", "cm", "mm", "kg", "mph", "kph", "km/h", "kW", "MW", "GW", "kWh", "MWh",
           "GWh", "mg", "mcg", "ml", "ppm", "bps", "mmHg", "oz", "Hz", "kHz", "MHz", "GHz",
           "KB", "MB", "GB", "TB", "min", "mins", "hr", "hrs", "sec", "secs", "µg", "μg",
           "mL", "mAh", "rpm", "hPa", "mbar", "pts", "ft", "mi", "yd", "yds", "lb", "lbs", "mpg",
           *CURRENCY_CODES,
           *(k for k in _UNITS if k[-1] in "23" or k.startswith("sq ") or "/" in k))
_UNIT = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<glued>" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + ")"
    r"|[ \t](?P<spaced>" + "|".join(sorted(map(re.escape, _SPACED), key=len, reverse=True))
    + r")|[ \t](?P<dotted>in|ft|mi|yds?|lbs?|oz)\.(?=[ \t]+[a-z\d]|[,;:)]))(?![\w/])"
    # AP's "5 mi. away", "3 lbs. of", "12 oz.;": the stop goes with the unit ("my", "ids")
    r"(?:\.(?=[ \t]+[a-z\d]|[,;:)]))?")
# "6'2\"": feet and inches ("six", a pause, "two"); "$3.50/gal", "$80/bbl": a price's unit
_FEET_INCHES = re.compile(r"(?<![\w.])(\d)['’′](\d{1,2})[\"”″]")
_PER_UNITS = {"gal": "a gallon", "bbl": "a barrel", "oz": "an ounce", "lb": "a pound",
              "kg": "a kilo", "tonne": "a tonne", "MWh": "a megawatt hour",
              "kWh": "a kilowatt hour", "mo": "a month", "month": "a month", "yr": "a year",
              "year": "a year", "hr": "an hour", "hour": "an hour", "night": "a night",
              "day": "a day", "week": "a week", "share": "a share"}
_PER_UNIT = re.compile(r"(?<=\d)/(" + "|".join(_PER_UNITS) + r")\b")
# "7.30pm", "10am", "10 a.m.": the clock's own forms, for the time reader
_CLOCK = re.compile(r"(?<![\w.,])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?[ \t]?"
                    r"(?:(?P<half>[ap])m|(?P<dotted>[ap])\.m\.)(?![\w])", re.I)


_LABEL_BEFORE = re.compile(r"[A-Z][\w-]*[ \t]+$")
# "at 2.45", "until 10.30 on Friday": a British clock time with a dot; only after a word
# that takes a time and before one that can follow it ("shares closed at 2.45" or "cut to
# 5.25" are prices and rates; "at 2.45%" a rate)
_DOTTED_CLOCK = re.compile(
    r"\b(?i:at|until|till|before|after|from|since) (?:(?:around|about|"
    r"approximately) )?(?P<h>0?[1-9]|1\d|2[0-3])\.(?P<m>[0-5]\d)(?=[.,;:!?]?$|[,;)] ?|[ \t]"
    r"(?:on|this|that|tomorrow|today|tonight|yesterday|local|GMT|BST|UTC|CET|ET|when|and|to|"
    r"until|till|with|as|every|each|daily|sharp|precisely|in the|at night|[ap]\.?m)\b)")
_NOT_A_CLOCK = re.compile(r"\b(?:shares?|stocks?|index|indices|rates?|prices?|pound|dollar|"
                          r"euro|yen|yields?|oil|gold|bitcoin|points?|levels?|odds|"
                          r"closed|closing|trading|traded|stood|priced|valued|fixed|pegged|"
                          r"inflation|growth|unemployment|average|score|ratio|value|cost|fare|"
                          r"fell|rose|climbed|dropped|increased|decreased|grew|jumped|slipped|"
                          r"gained|lost|down|up)\b",
                          re.I)
# "1.5m people", "5m tonnes": millions; "3m high", "the 100m final": metres
_M = re.compile(r"(?<![\w.,$£€¥])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)m"
                r"(?:(?P<hyphen>-)(?=(?:long|high|tall|wide|deep)\b)|(?=[ \t](?P<next>[A-Za-z]+)"
                r"(?:[ \t](?P<then>[A-Za-z]+))?)|(?=[.,;]?(?:$|\s)))")
# "2.3M users", "15T tokens": a capital scale letter before what is counted ("em users")
_CAPITAL_SCALE = re.compile(r"(?<![\w.,$£€¥])(\d+(?:\.\d+)?)([MBT])"
                            r"(?=[ \t](?:[a-z]{2,}s|people)\b)")
_CAPITAL_SCALES = {"M": "million", "B": "billion", "T": "trillion"}
# "9.58s", "0.123s ahead": a race's seconds ("nine point five eight z")
_DECIMAL_SECONDS = re.compile(r"(?<![\w.,])(\d+\.\d+)s\b(?!['’])")
# "in the 88th min.": a match's minute ("min" was /mɪn/)
_MINUTE_AFTER_ORDINAL = re.compile(r"(?<=\dth )min\b\.?(?=[ \t,;)]|$)")
# "1.5bn users" (a currency's "$1.5bn" is the currency reader's)
_SCALE = re.compile(r"(?<![\w.,$£€¥])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(bn|tn)\b")
_METRE_AFTER_LIST = """
high tall long wide deep away above below beneath underground across short sprint race
hurdles freestyle butterfly backstroke breaststroke medley relay final dash steeplechase
"""
_METRE_AFTER = frozenset(_METRE_AFTER_LIST.split())
_METRE_DIMENSIONS = frozenset({"diameter", "length", "height", "width", "depth", "size"})
_MILLION_NOUNS_LIST = """
people children men women staff adults voters viewers users homes households cattle
sheep fish tonnes barrels jobs years visitors passengers customers subscribers workers
"""
_MILLION_NOUNS = frozenset(_MILLION_NOUNS_LIST.split())
_RACE_DISTANCES = frozenset({"50", "60", "100", "110", "200", "400", "800", "1500", "3000",
                             "5000", "10000", "10,000"})


def _million_or_metre(m: re.Match[str]) -> str:
    n, after, then = m.group("n"), (m.group("next") or ""), (m.group("then") or "").lower()
    if m.group("hyphen"):
        return f"{n}-metre-"
    if after.lower() in {"sprint", "race", "dash", "swim", "sprints", "races", "heats"}:
        return f"{n} metre"  # "a 100 metre sprint", "the 4x400m races" (not "million")
    if after.lower() in _METRE_AFTER or (after == "in" and then in _METRE_DIMENSIONS):
        return f"{n} {'metre' if n == '1' else 'metres'}"
    if not after and n in _RACE_DISTANCES and m.string[:m.start()].endswith("the "):
        return f"{n} metres"  # "won the 100m."
    if after.lower() in _MILLION_NOUNS or (len(after) > 3 and after.endswith("s")
                                           and after.islower() and after not in ("was", "has",
                                                                                 "is")):
        return f"{n} million"
    return m.group()


def _dotted_clock(m: re.Match[str]) -> str:
    said = m.string[max(0, m.start() - 60):m.start("h")]
    clause = re.split(r"[;,]", said)[-1]
    if _NOT_A_CLOCK.search(clause):
        return m.group()
    return m.group().replace(f"{m.group('h')}.{m.group('m')}", f"{m.group('h')}:{m.group('m')}")


# "from 9:30 to 5.30": the end of a range whose start is a clock time
_CLOCK_RANGE_END = re.compile(r"(?<=\d:[0-5]\d )(?P<to>to|until|till|and) "
                              r"(?P<h>0?[1-9]|1\d|2[0-3])\.(?P<m>[0-5]\d)"
                              r"(?!\d|\.\d|[ \t]?(?:%|per|percent|points?)\b)")


def _unit(m: re.Match[str]) -> str:
    unit = m.group("glued") or m.group("spaced") or m.group("dotted")
    if unit in ("C", "F", "W", "MP") and (_LABEL_BEFORE.search(
            m.string, max(0, m.start() - 40), m.start())
            or re.search(r"[A-Z]-\Z", m.string[max(0, m.start() - 2):m.start()])):
        return m.group()  # "Room 40C", "Section 4W", "I-35W": a label, not a measure
    n = m.group("n")
    if unit == "st" and n[-1] in "1" and not n.endswith("11"):
        return m.group()  # "21st": an ordinal
    one, many = _UNITS[unit]
    # "a 500MW plant": a measure before its noun is singular ("a 500 megawatt plant")
    adjective = ARTICLE_BEFORE.search(m.string, max(0, m.start() - 4), m.start()) and \
        re.match(r"[ \t-][a-z]", m.string[m.end():m.end() + 2])
    return f"{n} {one if n == '1' or adjective else many}"


# "a"/"an" right before a measure or an amount: it is an adjective ("a 500MW plant")
# "a 4-hr hearing", "a 90-min film", "the 10-yr note": a duration before its noun ("4-hour")
_DURATION_BEFORE_NOUN = re.compile(r"(?<=\d)-(hrs?|mins?|secs?|yrs?|ft|in|mi)\b\.?(?=[ \t][a-z])")
ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|A|An)[ \t]$")


def speak_english_units(text: str) -> str:
    """``text`` with units and times an English voice reads letter by letter written
    out: "10km" -> "10 kilometres", "40C" -> "40 degrees Celsius", "7.30pm" -> "7:30pm"
    (which the time reader says "seven thirty in the evening")."""
    text = signs_between_numbers(text, "en")  # "the 4x100m relay": "4 by 100m"
    text = _CLOCK.sub(lambda m: f"{m.group('h')}:{m.group('m') or '00'}"
                                f"{(m.group('half') or m.group('dotted')).lower()}m"
                                # "at 5 p.m." at the end: its stop is the sentence's too
                                + ("." if m.group("dotted") and m.end() == len(text) else ""),
                      text)
    text = _DOTTED_CLOCK.sub(_dotted_clock, text)
    text = _CLOCK_RANGE_END.sub(lambda m: f"{m['to']} {m['h']}:{m['m']}", text)
    text = _M.sub(_million_or_metre, text)
    text = _SCALE.sub(lambda m: f"{m.group(1)} {'billion' if m.group(2) == 'bn' else 'trillion'}",
                      text)
    text = _CURRENCY_PAIR.sub(lambda m: f"the {CURRENCY_CODES[m.group(1)][0]} against the "
                              f"{CURRENCY_CODES[m.group(2)][0]}", text)
    text = _DURATION_BEFORE_NOUN.sub(lambda m: "-" + _UNITS[m.group(1)][0], text)
    text = _FEET_INCHES.sub(lambda m: f"{m[1]} {'foot' if m[1] == '1' else 'feet'} {m[2]} "
                                      f"{'inch' if m[2] == '1' else 'inches'}", text)
    text = _PER_UNIT.sub(lambda m: " " + _PER_UNITS[m[1]], text)
    text = _CAPITAL_SCALE.sub(lambda m: m.group() if m.group() == "3M" else  # (the company)
                              f"{m.group(1)} {_CAPITAL_SCALES[m.group(2)]}", text)
    text = _DECIMAL_SECONDS.sub(r"\1 seconds", text)
    text = _MINUTE_AFTER_ORDINAL.sub(
        lambda m: "minute" + ("." if m.group().endswith(".") and m.end() == len(text) else ""),
        text)
    return _UNIT.sub(_unit, text)

