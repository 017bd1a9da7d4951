"""References and short forms whose reading the words around them decide.

English: "St." after a street's name ends its sentence too ("left Downing St. He said":
"Downing Saint He" was said, the title rule taking "St. He" for a saint); "Sr." before a
given name is a nun ("Sr. Mary": "Senior Mary"); a cricket score "287/5" is "287 for 5"
("287, 5") on a cricket page, in a sentence about the play or after a team only; a Bible
reference "John 3:16" is a chapter and a verse ("three sixteen");
a UN document symbol ("A/78/L.22", "S/RES/2334 (2016)") is said by its parts.
In Arabic-script text: a Roman numeral after a Latin name ("Artemis II") is the number
the English voice that reads the name says ("I I" was said); a Bible reference ("يوحنا
3:16") is "الإصحاح ٣، الآية ١٦", not a clock time; a digit 2 before a dual noun ("2
عمليتين") says nothing the dual does not, and is dropped.
"""

from __future__ import annotations

import re

from .latin_languages import ROMAN, roman_value
from .numbers import en_cardinal, en_ordinal
from .spoken_english import REGNAL_NAMES

__all__ = ["arabic_references", "english_references", "latin_run_numerals"]

# words that only start a sentence, never a saint's name ("St. Louis", "St. Paul's")
_SENTENCE_STARTS = (
    "He She It They We I You The A An This That These Those There His Her Its Their Our My "
    "But And Yet So Then Police Officials Residents")
_STREET_END = re.compile(r"(?<=[A-Z][a-z])(?P<name>[a-z]*) St\.[ \t]+(?=(?:"
                         + "|".join(_SENTENCE_STARTS.split()) + r")\b)")
# "Sr." as a title: not after a name ("John Smith Sr."), not before a job ("Sr. Vice
# President", "Sr. Director"), where it is "Senior"
_SENIOR_ROLES = (
    "Vice VP Director Manager Analyst Editor Engineer Fellow Advisor Adviser Counsel Producer "
    "Officer Executive Partner Associate Lecturer Research Researcher Staff Software Product "
    "Program Programme Policy Writer Correspondent Reporter Consultant Scientist Developer "
    "Designer Economist Strategist Specialist Investigator Attorney Judge Pastor Minister "
    "Member Leader Lead Principal Account Accountant Architect Administrator Official "
    "Advocate Inspector Lieutenant Sergeant Captain Superintendent Constable Citizen Citizens "
    "Police Commissioner Nurse Doctor Resident Secretary "
    # abbreviated ranks ("Sr. Insp. Patil", "Sr. Lt. Brown")
    "Insp Lt Sgt Capt Supt Col Maj Gen Cdr Const Asst Adv Dy Addl Jt")
_SISTER = re.compile(r"(?<![\w.])Sr\.(?=[ \t]+(?!(?:" + "|".join(_SENIOR_ROLES.split())
                     + r")\b)[A-Z][a-z]+\b)")
_CRICKET = re.compile(r"\b(?:cricket|wickets?|innings|stumps|overs|bowled|batting|Test match|"
                      r"ODI|T20|IPL|run chase|all out|declared)\b")
# (not a date: "on 12/5")
_SCORE = re.compile(r"(?<![\w/.,])(?<!\bon )(?<!\bby )(?<!\buntil )(?<!\bsince )"
                    r"(?P<runs>\d{1,3})/(?P<wickets>10|\d)(?![\w/.,]?\d)")
# A page about cricket also writes fractions, ratios, case numbers and dates with a
# slash: a score is one only in a sentence about the play ("reached 245/6 in 50 overs")
# or right after a team's name ("India 120/7", "India were 120/7")
_PLAY = re.compile(r"\b(?:wickets?|innings|stumps|overs|bowled|batting|batted|bowling|"
                   r"Test match|ODI|T20|runs|run chase|chasing|all out|declared|score|"
                   r"scorecard)\b")
# capitalised words before a number that are no team: a numbering noun, a month, a word
# that starts a sentence ("About 120/7 of the budget")
_NOT_TEAM_WORDS = (
    "No Nos Case Section Sec Article Art Rule Rules Order Ordinance Act Bill Clause File Ref "
    "Item Form Schedule Survey Plot Flat Room House Block Sector Ward Gate Platform Road "
    "Street Phase Page Vol Chapter Para Annexure Appeal Petition Writ Resolution Circular "
    "Notification Memo Letter Serial Roll Batch Version Grade Class Standard January February "
    "March April May June July August September October November December About Around "
    "Nearly Almost Some Only Just Over Under Roughly Exactly Approximately Up Down In Of For "
    "With From By At To The And But Or Then Than This That These Those It Its His Her Their "
    "Our We They He She Each Every All Total Ratio")
_NOT_TEAMS = frozenset(_NOT_TEAM_WORDS.split())
_TEAM = re.compile(r"\b(?P<name>[A-Z][a-z]+)[ \t]+(?:(?:were|was|are|is)[ \t]+)?$")
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_BOOKS = (
    "Genesis Exodus Leviticus Numbers Deuteronomy Joshua Judges Ruth Samuel Kings Chronicles "
    "Ezra Nehemiah Esther Job Psalm Psalms Proverbs Ecclesiastes Isaiah Jeremiah Lamentations "
    "Ezekiel Daniel Hosea Joel Amos Obadiah Jonah Micah Nahum Habakkuk Zephaniah Haggai "
    "Zechariah Malachi Matthew Mark Luke John Acts Romans Corinthians Galatians Ephesians "
    "Philippians Colossians Thessalonians Timothy Titus Philemon Hebrews James Peter Jude "
    "Revelation")
# "John 3:16", "1 Corinthians 13:4-7"; not a time ("John 10:30 am")
_VERSE = re.compile(r"\b(?P<book>" + "|".join(_BOOKS.split()) + r") (?P<ch>[1-9]\d{0,2}):"
                    r"(?P<v>[1-9]\d{0,2})(?:[-–](?P<to>\d{1,3}))?(?![\d:])"
                    r"(?![ \t]*(?:[ap]\.?m\b|GMT|UTC|hours?\b|local\b))")
# "A/78/L.22", "S/RES/2334", "A/HRC/55/L.3", "E/CN.6/2024/1": a UN organ's letter, then
# two parts or more, one of them a number
_UN_SYMBOL = re.compile(r"(?<![\w/])(?P<sym>(?:A|S|E|ST|CRC|CCPR|CEDAW|CERD|UNEP|TD|DP)"
                        r"(?:/(?:[A-Z]{1,6}(?:\.\d{1,3})?|[A-Z]{2}-\d{1,2}|\d{1,5}"
                        r"(?:\.\d{1,3})?)){2,}(?:/Rev\.\d{1,2}|/Add\.\d{1,2})?)"
                        r"(?![\w/])(?:[ \t]\((?P<year>(?:19|20)\d\d)\))?")


def english_references(text: str) -> str:
    """``text`` (English) with the short forms above as they are said; the rest as it is."""
    text = _STREET_END.sub(lambda m: f"{m['name']} Street. ", text)
    text = _SISTER.sub(lambda m: m.group() if _after_name(m) else "Sister", text)
    if _CRICKET.search(text):
        text = _SCORE.sub(lambda m: _score(m) or m.group(), text)
    bible = bool(_BIBLE.search(text)) or any(m["book"] not in _NAME_BOOKS
                                             for m in _VERSE.finditer(text))
    text = _VERSE.sub(lambda m: _verse(m, bible), text)
    return _UN_SYMBOL.sub(_un_symbol, text)


def _score(m: re.Match[str]) -> str | None:
    """"120 for 7" for a score in its sentence about the play or after a team; else None."""
    text = m.string
    start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
    after = _SENTENCE_END.search(text, m.end())
    sentence = text[start:after.start() if after else len(text)]
    team = _TEAM.search(text, start, m.start())
    if _PLAY.search(sentence) or (team and team["name"] not in _NOT_TEAMS):
        return f"{m['runs']} for {m['wickets']}"
    return None


def _after_name(m: re.Match[str]) -> bool:
    """Whether a name ends right before ``m`` ("John Smith Sr.", "Smith, Sr."); not a
    sentence's first word ("When Sr. Mary", "Read John 3:16")."""
    before = m.string[max(0, m.start() - 30):m.start()]
    return re.search(r"\b[A-Z][a-z]+,?[ \t]+$", before) is not None and \
        re.search(r"(?:^|[.!?][ \t]+)[A-Z][a-z]+,?[ \t]+$", before) is None


# books that are also given names ("Mark 3:45 in the afternoon", "Jude 2:10 was his best
# time"): a reference only in a sentence about the Bible
_NAME_BOOKS = frozenset({"Daniel", "Ruth", "Job", "Samuel", "Joel", "Amos", "Jonah", "Esther",
                         "Matthew", "Mark", "Luke", "John", "James", "Peter", "Jude", "Timothy",
                         "Titus"})
_BIBLE = re.compile(r"\b(?:Bible|biblical|gospels?|scripture|verses?|psalm|chapter|church|"
                    r"sermon|Jesus|Christ|God|Lord|preach\w*|pastor|Christians?|Testament)\b",
                    re.I)


def _verse(m: re.Match[str], bible: bool) -> str:
    """``m`` as a chapter and a verse; a book that is a given name only where the
    sentence is about the Bible (``bible``: its words, or a book that is no name)."""
    if _after_name(m) or (m["book"] in _NAME_BOOKS and not bible):
        return m.group()  # a name's end, not a book: "Sacramento Kings 3:1", "Elton John"
    verses = f"verses {m['v']} to {m['to']}" if m["to"] else f"verse {m['v']}"
    return f"{m['book']} chapter {m['ch']}, {verses}"


def _un_symbol(m: re.Match[str]) -> str:
    if not re.search(r"\d", m["sym"]):
        return m.group()  # "S/M/L": sizes
    parts = [re.sub(r"(?<=[A-Za-z])\.(?=\d)", " ", part) for part in m["sym"].split("/")]
    return " slash ".join(parts) + (f" of {m['year']}" if m["year"] else "")


# a Roman numeral of two letters or more after a capitalised Latin word ("Artemis II",
# "World War II"); "I" alone only after a war
_LATIN_ROMAN = re.compile(rf"\b(?P<name>[A-Z][a-z]{{1,20}}) (?:(?P<r>(?=[IVX]{{2}}){ROMAN})|"
                          r"(?<=\bWar )(?P<one>I))(?![\w'’.-])")

# a product's version glued to its name ("ChatGPT-4", "Falcon-9"): a name with small
# letters, which the English voice reads ("ChatGPT-چهار" went from one voice to the other
# inside the name); not a model's letters ("F-16", "COVID-19"), said as the text's own
_LATIN_VERSION = re.compile(r"\b(?P<name>[A-Za-z]*(?:[a-z][A-Z]|[A-Z][a-z])[A-Za-z]*)-"
                            r"(?P<n>\d{1,2})(?![\w.,/-])")


def latin_run_numerals(text: str) -> str:
    """``text`` (Arabic-script) with the Roman numerals and versions in its Latin runs as
    English words, which the English voice reading the run says."""
    text = _LATIN_VERSION.sub(lambda m: f"{m['name']} {en_cardinal(int(m['n']))}", text)
    return _LATIN_ROMAN.sub(_latin_roman, text)


def _latin_roman(m: re.Match[str]) -> str:
    if m["one"]:
        return f"{m['name']} one"
    value = roman_value(m["r"])  # "Henry VIII": the eighth; "Artemis II": two
    return f"{m['name']} " + (f"the {en_ordinal(value)}" if m["name"] in REGNAL_NAMES
                              else en_cardinal(value))


_AR_BOOK = (r"(?:سفر|إنجيل|رسالة|الرسالة)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?"
            r"|المزامير")
_AR_CHAPTER_VERSE = r"[ \t]+(?P<ch>\d{1,3}):(?P<v>\d{1,3})(?![\d:])"
# a gospel's bare name only in a sentence about the Bible: "متى" is also "when", and a
# man's name comes before a score ("وفاز يوحنا 3:0")
_AR_GOSPEL = re.compile(r"(?P<book>متى|مرقس|لوقا|يوحنا)" + _AR_CHAPTER_VERSE)
_AR_BIBLE = re.compile(r"سفر|إنجيل|الإنجيل|الإصحاح|الكتاب المقدس|العهد|المسيح|الآية")
_AR_VERSE = re.compile(rf"(?P<book>{_AR_BOOK})" + _AR_CHAPTER_VERSE)
# "2 عمليتين", "2 مرتين": a feminine dual ("-تين", "-تان"; not "باكستان", "بروتين") or one
# of the duals of time and score news counts in; not a label's number ("البند 2 الفقرتين")
_DUAL_AFTER_TWO = re.compile(r"(?<![\d.,/:٫\-–])2[ \t]+(?=(?!ال|بروتين|روتين)"
                             r"(?:[^\W\d_]{2,}(?<!س)(?:تين|تان)|يومين|يومان|"
                             r"شهرين|شهران|عامين|عامان|أسبوعين|أسبوعان|هدفين|هدفان|"
                             r"قرنين|قرنان)(?![^\W\d_]))")

# the Kuwaiti, Bahraini and Jordanian dinars and the Omani rial have 1000 fils (baisa):
# "12.500 د.ك" is twelve dinars and 500 fils ("اثنا عشر فاصل خمسمئة" was said)
_THOUSANDTHS = re.compile(r"(?<![\d.,])(?P<whole>\d{1,9})\.(?P<fils>\d{3})(?![\d.,])"
                          r"(?P<unit>[ \t]+(?:د\.ك|د\.ب|د\.أ|ر\.ع|(?:دينار|دينارا|دينارًا)[ \t]+"
                          r"(?:كويتي|بحريني|أردني)|(?:ريال|ريالا|ريالًا)[ \t]+عماني)(?![^\W\d_]))")


def _thousandths(m: re.Match[str]) -> str:
    whole, fils = int(m["whole"]), int(m["fils"])
    small = "بيسة" if "ع" in m["unit"] else _fils(fils)
    if not fils:
        return f"{whole}{m['unit']}"
    return f"{fils} {small}" if not whole else f"{whole}{m['unit']} و{fils} {small}"


def _fils(count: int) -> str:
    """"فلس" in the form its count takes, vowelled: the diacritizer read the bare word as
    the verb "فَلَسَ"; 1 and 2 are left to the counting grammar ("فلس واحد")."""
    last = count % 100
    return ("فِلْسٍ" if last == 0 else "فُلُوسٍ" if 3 <= last <= 10 else "فِلْسًا" if last > 10
            else "فلس")


def arabic_references(text: str) -> str:
    """``text`` (Arabic) with Bible references as chapter and verse, a dinar's thousandths
    as fils and a digit 2 before a dual dropped."""
    def verse(m: re.Match[str]) -> str:
        return f"{m['book']}، الإصحاح {m['ch']}، الآية {m['v']}"
    if _AR_BIBLE.search(text):
        text = _AR_GOSPEL.sub(verse, text)
    text = _AR_VERSE.sub(verse, text)
    text = _THOUSANDTHS.sub(_thousandths, text)
    return _DUAL_AFTER_TWO.sub("", text)
