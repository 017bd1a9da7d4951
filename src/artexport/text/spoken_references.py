"""References and short forms whose reading the words around them decide.

English: "#1" is "number 1" (the "#" was dropped as a sign: "the 1 team"); a ticker
"$TSLA" is "TSLA" ("dollar T S L A"); "Q1-Q3" is "Q1 to Q3"; British "Rt Hon" is "Right
Honourable" ("R T Hon" was said); a youth side "U21" is "under 21" ("you twenty-one"),
its plural "U21s" "under twenty-ones" ("twenty-one z"). "St." after a street's name ends
its sentence too ("left Downing St. He said":
"Downing Saint He" was said, the title rule taking "St. He" for a saint); "Sr." before a
given name is a nun ("Sr. Mary": "Senior Mary"); a cricket score "287/5" is "287 for 5"
("287, 5") on a cricket page, in a sentence about the play or after a team only; a Bible
reference "John 3:16" is a chapter and a verse ("three sixteen");
a UN document symbol ("A/78/L.22", "S/RES/2334 (2016)") is said by its parts.
In Arabic-script text: a Roman numeral after a Latin name ("Artemis II") is the number
the English voice that reads the name says ("I I" was said); a Bible reference ("يوحنا
3: 16") is "الإصحاح ثلاثة، الآية ستة عشر", as the Quran's verses are said, not a clock
time; a digit 2 before a dual noun ("2 عمليتين") says nothing the dual does not, and is
dropped.
"""

from __future__ import annotations

import re

from .latin_languages import ROMAN, roman_value
from .numbers import ar_cardinal, en_cardinal, en_ordinal
from .quran_suras import verses_said
from .spoken_english import REGNAL_NAMES

__all__ = ["arabic_references", "english_references", "latin_run_numerals"]

# words that only start a sentence, never a saint's name ("St. Louis", "St. Paul's")
_SENTENCE_STARTS = (
    "He She It They We I You The A An This That These Those There His Her Its Their Our My "
    "But And Yet So Then Police Officials Residents")
_STREET_END = re.compile(r"(?<=[A-Z][a-z])(?P<name>[a-z]*) St\.[ \t]+(?=(?:"
                         + "|".join(_SENTENCE_STARTS.split()) + r")\b)")
# "#1", "Issue #42": a number's sign, not a hashtag ("#MeToo", "#2024Election", "C#")
_NUMBER_SIGN = re.compile(r"(?<![\w#&])#(?=\d{1,6}(?![\w#]))")
# a share's ticker "$TSLA" ("dollar T S L A" was said); a currency's letters stay
# ("$US50bn", "$US 2 billion", "$A", "$NZ")
_CASHTAG = re.compile(r"(?<![\w$])\$(?=[A-Z]{2,5}\b(?![ \t]*\d))(?!(?:US|NZ|HK|AU|CA|SG|NT|"
                      r"USD|AUD|NZD|HKD|CAD|SGD|TT|BDS|EC|FJ|J|Z|WS|SI)\b)")
# a span of quarters "Q1-Q3": "to" between them ("first quarter-the third quarter" was
# said as one run, the hyphen silent)
_QUARTER_SPAN = re.compile(r"\bQ(?P<a>[1-4])[-–]Q(?P<b>[1-4])\b")
# "the Rt Hon Keir Starmer MP", "the Rt. Hon. the Lord Smith"
_RIGHT_HONOURABLE = re.compile(r"\bRt\.?[ \t]+Hon\.?(?=[ \t]+(?:[A-Z]|the\b))")
# a youth side by its age limit ("England U21s", "the U-17 World Cup"); only with a side's
# word after it ("U21 network" stays)
_UNDER_AGE = re.compile(r"\bU-?(?P<age>1[2-9]|2[0-3])(?:(?P<plural>s)\b|(?=[ \t]+(?:"
                        r"team|teams|side|sides|squad|squads|international|internationals|"
                        r"level|coach|manager|players?|match|matches|game|games|league|final|finals|title|"
                        r"World Cup|Euros?|European|Asian|African|Africa|Championships?|"
                        r"championships?|tournament|debut|cap|caps)\b))")
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
                   r"scorecard|"
                   # a match's sides and its breaks ("the hosts reached 300/4 at lunch")
                   r"hosts|visitors|tourists|at lunch|at tea|at the close)\b")
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
_VERSE = re.compile(r"\b(?:(?P<nth>[1-3]) )?(?P<book>" + "|".join(_BOOKS.split())
                    + r") (?P<ch>[1-9]\d{0,2}):"
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
    text = _NUMBER_SIGN.sub("number ", text)
    text = _CASHTAG.sub("", text)
    text = _QUARTER_SPAN.sub(r"Q\g<a> to Q\g<b>", text)
    text = _RIGHT_HONOURABLE.sub("Right Honourable", text)
    text = _UNDER_AGE.sub(_under_age, text)
    text = _STREET_END.sub(lambda m: f"{m['name']} Street. ", text)
    text = _SISTER.sub(lambda m: m.group() if _after_name(m) else "Sister", text)
    if _CRICKET.search(text):
        text = _SCORE.sub(lambda m: _score(m) or m.group(), text)
    bible = bool(_BIBLE.search(text)) or any(m["book"] not in _NAME_BOOKS
                                             for m in _VERSE.finditer(text))
    text = _VERSE.sub(lambda m: _verse(m, bible), text)
    return _UN_SYMBOL.sub(_un_symbol, text)


def _under_age(m: re.Match[str]) -> str:
    """"under 21"; "under twenty-ones" for the side ("21s" was "twenty-one z")."""
    return "under " + (en_cardinal(int(m["age"])) + "s" if m["plural"] else m["age"])


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
    # "1 Corinthians": "First Corinthians" ("one Corinthians" was said)
    nth = "" if not m["nth"] else f"{_NTH[m['nth']]} " if m["book"] in _NUMBERED_BOOKS \
        else f"{m['nth']} "
    return f"{nth}{m['book']} chapter {m['ch']}, {verses}"


_NTH = {"1": "First", "2": "Second", "3": "Third"}
_NUMBERED_BOOKS = frozenset({"Samuel", "Kings", "Chronicles", "Corinthians", "Thessalonians",
                             "Timothy", "Peter", "John"})


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


# the books by their names: "سفر" is also "travel" and "رسالة" "a message" ("موعد سفر
# الوفد 10:30", "رسالة صباح الأحد 10:30" are times)
_AR_BOOK_NAMES = (
    "التكوين الخروج اللاويين العدد التثنية يشوع القضاة راعوث صموئيل الملوك أخبار عزرا "
    "نحميا أستير أيوب الأمثال الجامعة نشيد إشعياء إرميا مراثي حزقيال دانيال هوشع يوئيل "
    "عاموس عوبديا يونان ميخا ناحوم حبقوق صفنيا حجي زكريا ملاخي الرؤيا أعمال")
_AR_EPISTLES = "رومية كورنثوس غلاطية أفسس فيلبي كولوسي تسالونيكي تيموثاوس العبرانيين"
_AR_BOOK = (r"سفر[ \t]+(?:" + "|".join(_AR_BOOK_NAMES.split()) + r")(?:[ \t]+[^\W\d_]+)?"
            r"|إنجيل[ \t]+(?:متى|مرقس|لوقا|يوحنا)"
            r"|(?:رسالة|الرسالة)[ \t]+(?:إلى[ \t]+)?(?:أهل[ \t]+)?(?:"
            + "|".join(_AR_EPISTLES.split()) + r"|بولس|بطرس|يعقوب|يوحنا|يهوذا)"
            r"(?:[ \t]+(?:الأولى|الثانية|الثالثة))?"
            r"|المزامير|أعمال الرسل")
# "3:16", "3: 16" (a space after the colon, as Arabic copy often has it), "5: 3-12";
# not a time ("وصلت رسالة يعقوب 10:30 صباحا": a message from a man at half past ten)
_AR_CHAPTER_VERSE = (r"[ \t]+(?P<ch>\d{1,3})[ \t]?:[ \t]?(?P<v>\d{1,3})"
                     r"(?:[ \t]?[-–][ \t]?(?P<to>\d{1,3}))?(?![\d:])"
                     r"(?![ \t]*(?:صباح|مساء|ظهر|عصر|فجر|ليل|بتوقيت|[صم](?![^\W\d_])))")
# a gospel's or an epistle's bare name only in a sentence about the Bible: "متى" is also
# "when", and a man's name comes before a score ("وفاز يوحنا 3:0"); an epistle after a
# long title ("رسالة بولس الأولى إلى أهل كورنثوس 13:4") is named by its recipients
_AR_GOSPEL = re.compile(r"(?<![^\W\d_])(?P<book>متى|مرقس|لوقا|يوحنا|"
                        + "|".join(_AR_EPISTLES.split()) + ")" + _AR_CHAPTER_VERSE)
_AR_BIBLE = re.compile(r"سفر|إنجيل|الإنجيل|الإصحاح|الكتاب المقدس|العهد|المسيح|الآية|"
                       r"رسالة بولس|الرسول بولس|بولس الرسول")
_AR_VERSE = re.compile(rf"(?P<book>{_AR_BOOK})" + _AR_CHAPTER_VERSE)
# the book's words the diacritizer misread, with their vowels: "سَفَر" (travel) for the
# book's "سِفْر", "يُوحِنَا"
_BOOK_VOWELS = {"سفر": "سِفْر", "متى": "مَتَّى", "مرقس": "مَرْقُس", "لوقا": "لُوقَا",
                "يوحنا": "يُوحَنَّا"}
_BOOK_WORD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_BOOK_VOWELS) + r")(?![^\W\d_])")
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
                          r"(?P<land>كويتي|بحريني|أردني)|(?:ريال|ريالا|ريالًا)[ \t]+(?P<oman>عماني))"
                          r"(?:ًا|ا)?(?![^\W\d_]))")
# the currency written out, as its code: the counting grammar knows the code's forms
# ("3.250 دينار أردني" was "ثلاثة دينار أردني")
_CODES = {"كويتي": "د.ك", "بحريني": "د.ب", "أردني": "د.أ"}


def _thousandths(m: re.Match[str]) -> str:
    whole, fils = int(m["whole"]), int(m["fils"])
    small = "بيسة" if "ع" in m["unit"] else _fils(fils)
    unit = " ر.ع" if m["oman"] else f" {_CODES[m['land']]}" if m["land"] else m["unit"]
    if not fils:
        return f"{whole}{unit}"
    return f"{fils} {small}" if not whole else f"{whole}{unit} و{fils} {small}"


def _fils(count: int) -> str:
    """"فلس" in the form its count takes, vowelled: the diacritizer read the bare word as
    the verb "فَلَسَ"; 1 and 2 are left to the counting grammar ("فلس واحد")."""
    last = count % 100
    return ("فِلْسٍ" if last == 0 else "فُلُوسٍ" if 3 <= last <= 10 else "فِلْسًا" if last > 10
            else "فلس")


# the author's own "فلس" after an amount ("ارتفع السهم 52 فلسا"): the diacritizer read
# the verb "فَلَسَ" there too
_FILS_WORD = re.compile(r"(?<=\d)[ \t]+(?P<w>فلسا|فلسًا|فلس|فلوس)(?![^\W\d_])")
_FILS_VOWELS = {"فلسا": "فِلْسًا", "فلسًا": "فِلْسًا", "فلس": "فِلْس", "فلوس": "فُلُوس"}


# a book's number before its name ("(1 كورنثوس 13: 4)", "2 ملوك 5:1"): its ordinal after
# it, as the book is named ("كورنثوس واحد", "تيموثاوسين" were said); an epistle is a
# letter (feminine), a book of the Old Testament a "سفر"; a man's name only in a sentence
# about the Bible
_AR_NUMBERED = re.compile(r"(?<![\d.,:/])(?P<n>[1-3])[ \t]*(?P<book>كورنثوس|تسالونيكي|تيموثاوس"
                          r"|بطرس|يوحنا|صموئيل|ملوك|الملوك|أخبار الأيام)(?=" + _AR_CHAPTER_VERSE
                          + ")")
_AR_ORDINALS = (("الأول", "الأولى"), ("الثاني", "الثانية"), ("الثالث", "الثالثة"))


def _numbered_book(m: re.Match[str], bible: bool) -> str:
    book, nth = m["book"], _AR_ORDINALS[int(m["n"]) - 1]
    if book in ("صموئيل", "ملوك", "الملوك", "أخبار الأيام"):
        return f"سفر {'الملوك' if book == 'ملوك' else book} {nth[0]}"
    if book in ("بطرس", "يوحنا") and not bible:
        return m.group()
    return f"رسالة {book} {nth[1]}"


def arabic_references(text: str) -> str:
    """``text`` (Arabic) with Bible references as chapter and verse, a dinar's thousandths
    as fils and a digit 2 before a dual dropped."""
    def verse(m: re.Match[str]) -> str:
        # the chapter and the verses in the Quran's citations' words and case
        # ("الآية ستة عشر"; "الآية 1 وفي" was "الآية وفي واحد", the 1 taken for a count)
        book = _BOOK_WORD.sub(lambda w: _BOOK_VOWELS[w.group()], m["book"])
        chapter = "المزمور" if m["book"] == "المزامير" else f"{book}، الإصحاح"
        verses = verses_said(int(m["v"]), int(m["to"]) if m["to"] else None, "ar")
        return f"{chapter} {ar_cardinal(int(m['ch']))}، {verses}"
    bible = bool(_AR_BIBLE.search(text))
    text = _AR_NUMBERED.sub(lambda m: _numbered_book(m, bible), text)
    if bible:
        text = _AR_GOSPEL.sub(verse, text)
    text = _AR_VERSE.sub(verse, text)
    text = _THOUSANDTHS.sub(_thousandths, text)
    text = _FILS_WORD.sub(lambda m: " " + _FILS_VOWELS[m["w"]], text)
    return _DUAL_AFTER_TWO.sub("", text)
