"""Clock times in running text as words: "14:30", "8:05 مساء", "11:20 ت م", "21:45",
"18:00-00:00", "(GMT+0400)", Urdu "شام 5:30".

Arabic reads the 12-hour clock with the part of the day ("الساعة الثانية والنصف
ظهرًا"); Persian news the 24-hour clock ("ساعت چهارده و سی دقیقه"); Urdu the 12-hour
clock with the part of the day first and its own quarter words ("شام ساڑھے پانچ بجے",
"صبح سوا دس بجے", "پونے چھ بجے"); English "two thirty in the afternoon".
"""

from __future__ import annotations

import re

from .arabic_counting import (
    ORDINAL_NOUNS,
    CountedNoun,
    case_of,
    counted,
    previous_word,
    strip_clitics,
)
from .lang import primary_subtag
from .number_tokens import AR_LETTER, SP, before
from .numbers import ar_cardinal, decimal, en_cardinal, fa_cardinal
from .numbers_ur import ur_cardinal, ur_fraction_of

_HOURS = CountedNoun("ساعة", "ساعتان", "ساعات", "ساعة", feminine=True)
_MINUTES = CountedNoun("دقيقة", "دقيقتان", "دقائق", "دقيقة", feminine=True)
_SECONDS = CountedNoun("ثانية", "ثانيتان", "ثوانٍ", "ثانية", feminine=True)


def speak_time(hour: int, minute: int, lang: str = "ar") -> str:
    """A clock time in words, on the 12-hour clock with the part of the day:
    (14, 30) -> "الساعة الثانية والنصف ظهرًا"; English "two thirty in the afternoon";
    Persian "ساعت چهارده و سی دقیقه" (Persian news reads the 24-hour clock); Urdu
    (17, 30) -> "شام ساڑھے پانچ بجے"."""
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        raise ValueError(f"no time {hour}:{minute:02d}")
    primary = primary_subtag(lang)
    if primary == "fa":
        words = f"ساعت {fa_cardinal(hour)}"
        return f"{words} و {fa_cardinal(minute)} دقیقه" if minute else words
    if primary == "ur":
        return f"{ur_period(hour)} {ur_clock(hour, minute)}"
    if primary == "en":
        return _en_time(hour, minute)
    return _ar_time(hour, minute)


_AR_HOURS = ("", "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
             "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة")


def _ar_period(hour: int) -> str:
    if hour < 4 or hour == 24:
        return "ليلًا"
    if hour < 12:
        return "صباحًا"
    if hour < 15:
        return "ظهرًا"
    if hour < 18:
        return "عصرًا"
    return "مساءً"


def _ar_time(hour: int, minute: int) -> str:
    if hour % 24 == 0 and minute == 0:
        return "منتصف الليل"
    shown = hour
    if minute == 15:
        tail = " والربع"
    elif minute == 20:
        tail = " والثلث"
    elif minute == 30:
        tail = " والنصف"
    elif minute in (40, 45):
        shown = hour + 1
        tail = " إلا ثلثًا" if minute == 40 else " إلا ربعًا"
    elif minute == 0:
        tail = ""
    else:
        tail = " و" + counted(minute, _MINUTES, case="nominative")
    twelve = shown % 12 or 12
    return f"الساعة {_AR_HOURS[twelve]}{tail} {_ar_period(shown % 24 if shown != 24 else 24)}"


def _en_time(hour: int, minute: int, *, day_part: bool = True) -> str:
    if minute == 0 and hour % 12 == 0 and day_part:
        return "noon" if hour == 12 else "midnight"
    twelve = hour % 12 or 12
    if minute == 0:
        head = f"{en_cardinal(twelve)} o'clock"
    elif minute < 10:
        head = f"{en_cardinal(twelve)} oh {en_cardinal(minute)}"
    else:
        head = f"{en_cardinal(twelve)} {en_cardinal(minute)}"
    if not day_part:
        return head
    if hour % 24 < 12:
        part = "in the morning"  # "three in the morning" (English says no "at night" then)
    elif hour < 18:
        part = "in the afternoon"
    else:
        part = "in the evening"
    return f"{head} {part}"


UR_PERIODS = ("صبح", "دوپہر", "سہ پہر", "شام", "رات")


def ur_period(hour: int) -> str:
    """The part of the day an Urdu speaker names before a time."""
    hour %= 24
    if hour < 4 or hour >= 20:
        return "رات"
    if hour < 12:
        return "صبح"
    if hour < 15:
        return "دوپہر"
    if hour < 17:
        return "سہ پہر"
    return "شام"


def ur_clock(hour: int, minute: int) -> str:
    """The time on the Urdu 12-hour clock, without the part of the day: 5:30 "ساڑھے
    پانچ بجے", 1:30 "ڈیڑھ بجے", 10:15 "سوا دس بجے", 5:45 "پونے چھ بجے", 5:10 "پانچ بج
    کر دس منٹ"."""
    twelve = hour % 12 or 12
    if minute == 0:
        return f"{ur_cardinal(twelve)} بجے"
    if minute in (15, 30):
        return f"{ur_fraction_of(twelve, minute // 15)} بجے"
    if minute == 45:
        return f"پونے {ur_cardinal(twelve % 12 + 1)} بجے"
    return f"{ur_cardinal(twelve)} بج کر {ur_cardinal(minute)} منٹ"


TIME = re.compile(
    rf"(?<![\d:.,/])(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?"
    rf"(?![\d:]|[.,]\d)"
    rf"(?:{SP}(?P<zone>ت{SP}م|ت{SP}غ|ص|م|صباحا|صباحًا|مساء|مساءً|ظهرا|ظهرًا|فجرا|فجرًا"
    rf"|عصرا|عصرًا|ليلا|ليلًا|بجے"
    rf"|[ap]\.\s?m\.|[ap]\.?\s?m)(?![{AR_LETTER}A-Za-z]))?",
    re.IGNORECASE,
)


_AR_DAY_PARTS = {"صباحا": "صباحًا", "صباحًا": "صباحًا", "مساء": "مساءً", "مساءً": "مساءً",
                 "ظهرا": "ظهرًا", "ظهرًا": "ظهرًا", "فجرا": "فجرًا", "فجرًا": "فجرًا",
                 "عصرا": "عصرًا", "عصرًا": "عصرًا", "ليلا": "ليلًا", "ليلًا": "ليلًا"}


def _afternoon(zone: str, hour: int) -> bool:
    """Whether ``hour`` (0-12) written with ``zone`` ("م", "مساء", "عصرا"...) is after
    noon on the 24-hour clock."""
    if zone in {"م", "مساء", "مساءً", "pm", "عصرا", "عصرًا"}:
        return hour < 12
    if zone in {"ظهرا", "ظهرًا"}:
        return hour < 6
    return zone in {"ليلا", "ليلًا"} and 6 <= hour < 12


# A race's time or a length of time, not a clock's: "بزمن 2:05:30", "3:30 ساعة",
# "1:44.65 دقيقة" (a fraction of a second is never a clock's), read as hours, minutes and
# seconds ("2:05:30 ساعة" was "السَّاعَةُ الثَّانِـيَةُ وَخَمْسُ دَقَائِقَ لَيْلًا")
DURATION = re.compile(
    rf"(?<![\d:.,/])(?P<a>\d{{1,2}}):(?P<b>\d{{2}})(?::(?P<c>\d{{2}}))?"
    rf"(?:[.,٫](?P<fraction>\d{{1,3}}))?(?![\d:]|[.,]\d)"
    rf"(?P<unit>{SP}(?:ساعة|ساعات|دقيقة|دقائق|ثانية|ثوان)(?![{AR_LETTER}]))?"
)
_DURATION_WORDS = frozenset({"زمن", "بزمن", "وبزمن", "قدره", "قدرها", "مدة", "لمدة", "بمدة",
                             "استغرق", "استغرقت", "توقيت", "بتوقيت"})


# "1.5 ساعة": "ساعة ونصف" (it was "واحد فاصل خمسة ساعة"), "2.5 ساعة": "ساعتان ونصف"
HALF_HOURS = re.compile(rf"(?<![\d.,٫])(?P<n>\d{{1,3}})[.,٫]5{SP}(?P<noun>ساعة|ساعات|دقيقة|دقائق)"
                        rf"(?![{AR_LETTER}])")


def half_hours(m: re.Match[str]) -> str:
    """A ``HALF_HOURS`` match in words: the whole hours (or minutes) and a half."""
    n, noun = int(m.group("n")), _HOURS if m.group("noun").startswith("ساع") else _MINUTES
    if n == 0:
        return f"نصف {noun.singular}"
    whole = noun.singular if n == 1 else counted(n, noun, case=case_of(before(m)))
    return f"{whole} ونصف"


_CLOCK_WORDS = frozenset({"الساعة", "تمام", "عند", "حوالي", "نحو", "قرابة"})
_ZONE_AFTER = re.compile(rf"{SP}(?:بالتوقيت|بتوقيت|توقيت|ت\.غ|غرينتش|GMT|UTC|يوم|من يوم|"
                         r"صباح|مساء|فجر|ظهر|عصر|ليلة)")


_PRAYER_PARTS = {"الفجر": "فجرا", "الشروق": "صباحا", "الظهر": "ظهرا", "العصر": "عصرا",
                 "المغرب": "مساء", "العشاء": "مساء"}


_DAY_PART_AFTER = re.compile(rf"{SP}(?:{'|'.join(sorted(_AR_DAY_PARTS, key=len, reverse=True))}"
                             rf"|ص|م)(?![{AR_LETTER}])")


def duration(m: re.Match[str]) -> str | None:
    """A ``DURATION`` match in Arabic words, or None when it is a clock time."""
    a, b, c, fraction = m.group("a"), m.group("b"), m.group("c"), m.group("fraction")
    unit = (m.group("unit") or "").strip()
    words = before(m).split()[-2:]
    # seconds after the minutes are a race's time ("أنهى السباق في 2:05:33"), unless the
    # words around it are a clock's ("الساعة 03:17:45", "03:17:45 بالتوقيت المحلي")
    race = c is not None and not any(strip_clitics(w) in _CLOCK_WORDS for w in words) and \
        not _ZONE_AFTER.match(m.string, m.end()) and int(a) <= 12  # ("14:32:10": a clock)
    if not (fraction or unit or race or any(w in _DURATION_WORDS for w in words)) or \
            _DAY_PART_AFTER.match(m.string, m.end()):  # "6:45 مساءً بتوقيت مكة": a clock
        return None
    if c is None and (fraction or unit.startswith(("دقيق", "دقائق"))):
        parts = [(int(a), _MINUTES), (int(b), _SECONDS)]  # minutes and seconds
    elif c is None:
        parts = [(int(a), _HOURS), (int(b), _MINUTES)]
    else:
        parts = [(int(a), _HOURS), (int(b), _MINUTES), (int(c), _SECONDS)]
    if any(n > 59 for n, _ in parts[1:]):
        return None
    case = case_of(before(m))  # "في زمن قدره ..." nominative, "في 1:45:20" genitive
    said = [counted(n, noun, case=case) for n, noun in parts[:-1] if n]
    last, noun = parts[-1]
    if fraction:  # "44.65 ثانية": the seconds' fraction
        said.append(f"{decimal(last, fraction, 'ar', case=case)} {noun.singular}")
    elif last:
        said.append(counted(last, noun, case=case))
    return " و".join(said) if said else m.group()


# In English a time with seconds, or with a fraction of a second, is a race's time:
# "ran 2:03:59", "3:50.07" (espeak-ng heard "two oh three at night and fifty-nine seconds")
EN_DURATION = re.compile(r"(?<![\d:.,/])(?P<a>\d{1,2}):(?P<b>[0-5]\d)"
                         r"(?::(?P<c>[0-5]\d)(?:\.(?P<cf>\d{1,3}))?|\.(?P<bf>\d{1,3}))(?![\d:])")


def en_duration(m: re.Match[str]) -> str:
    """An ``EN_DURATION`` match as hours, minutes and seconds ("2 hours, 3 minutes and 59
    seconds"; "3 minutes 50.07 seconds"); the English voice reads the digits."""
    def unit(n: str, name: str) -> str:
        return f"{n} {name}" + ("" if n == "1" else "s")

    a, b = str(int(m.group("a"))), str(int(m.group("b")))
    if m.group("bf"):  # minutes and seconds
        return f"{unit(a, 'minute')} {b}.{m.group('bf')} seconds"
    c = str(int(m.group("c")))
    seconds = f"{c}.{m.group('cf')} seconds" if m.group("cf") else unit(c, "second")
    return f"{unit(a, 'hour')}, {unit(b, 'minute')} and {seconds}"


# "at 22:00 tonight": the text says the part of the day ("ten in the evening tonight")
_EN_DAY_PART_AFTER = re.compile(r"[ \t](?:tonight|overnight|this (?:morning|afternoon|evening)|"
                                r"(?:in the|tomorrow|yesterday) (?:morning|afternoon|evening)|"
                                r"at night)\b")


_AFTER_MIDNIGHT = re.compile(r"[ \t]+بعد[ \t]+منتصف[ \t]+الليل")


def time_of_day(m: re.Match[str], primary: str) -> str:
    """One clock time of the text (a ``TIME`` match) in words."""
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    zone = (m.group("zone") or "").replace(" ", "").replace("\t", "").lower()
    if zone in ("", "م") and primary == "ar":
        # a prayer's time names its part of the day: "العصر 3:52" is in the afternoon,
        # "المغرب 6:25" in the evening (they were read "ليلًا" and "صباحًا"), and "م"
        # after it says no more ("المغرب: 5:50 م" was "عصرًا"); a timetable puts a colon
        # after the prayer's name
        prayer = previous_word(before(m).rstrip(" \t").removesuffix(":"))[0]
        zone = _PRAYER_PARTS.get(strip_clitics(prayer), zone)
    if zone[:1] in ("a", "p"):
        zone = zone.replace(".", "")  # "p.m.", "p.m", "pm"
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return m.group()
    if (zone in {"ص", "صباحا", "صباحًا", "am"} or (
            not zone and _AFTER_MIDNIGHT.match(m.string, m.end()))) and hour == 12:
        hour = 0  # ("12:30 بعد منتصف الليل" was "ظهرًا بعد منتصف الليل")
    elif _afternoon(zone, hour):
        hour += 12
    if primary == "ur":
        if seconds := int(m.group("second") or 0):  # (they were left out: "2:05:12" was
            # "دو بج کر پانچ منٹ"): each part as it is written
            return (f"{ur_cardinal(int(m.group('hour')))} بج کر {ur_cardinal(minute)} منٹ "
                    f"{ur_cardinal(seconds)} سیکنڈ")
        return _ur_time_in_text(m, hour, minute)
    if primary == "en" and not zone and (
            (1 <= hour <= 12 and not m.group("hour").startswith("0"))
            or _EN_DAY_PART_AFTER.match(m.string, m.end())):
        # "at 2:15": the text does not say which half of the day ("at night" was a guess)
        words = _en_time(hour, minute, day_part=False)
    else:
        words = speak_time(hour, minute, primary)
    if primary == "ar" and zone in _AR_DAY_PARTS and words != "منتصف الليل":
        # The writer's part of the day replaces ours: "4:17 فجرا" -> "... فجرًا".
        words = f"{words.rsplit(' ', 1)[0]} {_AR_DAY_PARTS[zone]}"
    elif primary == "ar" and not zone and words != "منتصف الليل" and (
            _AFTER_MIDNIGHT.match(m.string, m.end()) or
            (1 <= hour <= 12 and not m.group("hour").startswith("0"))):
        # the writer's "بعد منتصف الليل" is the part; a 12-hour "7:30" says no half of
        # the day, which a guess would get wrong ("(4:30 بتوقيت غرينتش)" after "7:30
        # مساء" was "صباحًا"); "19:30", "06:30" do
        words = words.rsplit(" ", 1)[0]
    second = m.group("second")
    if second and int(second):
        s = int(second)
        if primary == "ar":
            words += " و" + counted(s, _SECONDS, case="nominative")
        elif primary == "fa":
            words += f" و {fa_cardinal(s)} ثانیه"
        else:
            words += f" and {en_cardinal(s)} seconds"
    if (m.group("zone") or "").endswith(".") and not m.string[m.end():].strip():
        words += "."  # "at 5 p.m." ends the sentence: its stop is the sentence's too
    if zone in {"تم"}:
        words += " بتوقيت مكة المكرمة"
    elif zone in {"تغ"}:
        words += " بتوقيت غرينتش"
    # "الساعة 14:30" already says "الساعة".
    said = before(m).rstrip()
    if primary == "ar" and said.endswith(("الساعة", "الساعه")) and words.startswith("الساعة "):
        words = words.removeprefix("الساعة ")
    elif primary == "ar" and said.endswith(("الساعة", "الساعه")) and words == "منتصف الليل":
        words = "الثانية عشرة ليلًا"  # ("الساعة منتصف الليل", the hour "midnight")
    elif primary == "fa" and said.endswith("ساعت") and words.startswith("ساعت "):
        words = words.removeprefix("ساعت ")
    return words


def _ur_time_in_text(m: re.Match[str], hour: int, minute: int) -> str:
    """Urdu: a part of the day written before the time ("شام 5:30") sets the half of
    the day and is not said twice."""
    said = before(m).rstrip()
    written = next((p for p in UR_PERIODS if said.endswith(p)), None)
    if written is None:
        if 1 <= hour <= 12 and not m.group("hour").startswith("0"):
            return ur_clock(hour, minute)  # "10:30": the text does not say which half
        return speak_time(hour, minute, "ur")
    afternoon = written in {"دوپہر", "سہ پہر", "شام"} and hour < 12
    if afternoon or (written == "رات" and 6 <= hour < 12):
        hour += 12
    return ur_clock(hour, minute)


# An hour without its minutes, with the part of the day: "الساعة 10 ص", "8 مساءً", "من 9 ص
# حتى 5 م". "م" after a number is also metres ("100 م"): with it the hour is a time only
# after "الساعة" or after a time in the morning ("9 ص -", "9 ص حتى"). Written "10:00 ص"
# for TIME to read; it was "العاشرة ص" and "خمسة أمتار".
HOUR_WITH_PART = re.compile(
    rf"(?<![\d:.,/\-–\u0640])(?<!ال)(?:(?P<first>1[0-2]|0?[1-9])[-–])?(?P<hour>1[0-2]|0?[1-9]){SP}"
    rf"(?P<zone>ص|م|صباحا|صباحًا|مساء|مساءً|ظهرا|ظهرًا|فجرا|فجرًا|عصرا|عصرًا|ليلا|ليلًا)"
    rf"(?![{AR_LETTER}\d])")
_HOUR_BEFORE = re.compile(r"(?:الساعة|الساعه)[ \t]*$")
_MORNING_BEFORE = re.compile(
    r"\d(?::\d\d)?[ \t]*(?:ص|صباحا|صباحًا)[ \t]*(?:[-–—]|حتى|إلى|الى|و)[ \t]*$")


# "الساعة 2 ظهرًا و5 عصرًا": after "و" an hour follows another hour's part of the day
# (not "الساعة 8 و10 صباحا", ten past eight)
_PART_AND_BEFORE = re.compile(
    r"(?:صباحا|صباحًا|مساء|مساءً|ظهرا|ظهرًا|فجرا|فجرًا|عصرا|عصرًا|ليلا|ليلًا)[ \t]+و$")


# "من 9 إلى 11 صباحا", "بين 8 و10 مساء": two hours, the part of the day after the second
# ("من تسعة إلى الساعة الحادية عشرة", "بين ثمانية وعشرة": the first was a count); not
# before a day ("من 3 إلى 5 مساء الجمعة" may count), nor "ليلا" ("بين 5 و7 ليلا" may be
# a night's temperatures)
_HOUR_SPAN = re.compile(
    "(?:" + "|".join(rf"(?<=(?<![{AR_LETTER}]){w}[ \t])" for w in ("من", "ومن", "بين", "وبين"))
    + ")"
    rf"(?P<first>1[0-2]|0?[1-9])(?P<link>[ \t]+(?:إلى|الى|حتى|و)[ \t]*)"
    rf"(?P<hour>1[0-2]|0?[1-9]){SP}(?P<zone>ص|صباحا|صباحًا|مساء|مساءً|ظهرا|ظهرًا|فجرا|"
    rf"فجرًا|عصرا|عصرًا)(?![{AR_LETTER}\d])(?!{SP}(?:ال)?(?:سبت|أحد|اثنين|ثلاثاء|"
    r"أربعاء|خميس|جمعة|يوم|أمس|غد))")


# "في الـ6 مساء", "تغادر الـ3 فجرا", "عند الـ8:00": the article before the hour goes
# ("الالساعة السادسة" was said: "الساعة" comes with the time); after a rank's noun "الـ4"
# is a rank
# ("المركز الـ4 مساء الجمعة", left to the ordinals: HOUR_WITH_PART skips it)
_DEFINITE_HOUR = re.compile(
    rf"(?<![{AR_LETTER}])ال\u0640*[ \t]?(?=(?:1[0-2]|0?[1-9]){SP}(?:صباحا|صباحًا|مساء|مساءً|"
    rf"ظهرا|ظهرًا|فجرا|فجرًا|عصرا|عصرًا|ليلا|ليلًا)(?![{AR_LETTER}\d])"
    # (a clock's time too: "عند الـ8:00 صباحا", "حتى الـ10:30")
    rf"|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))")


def hours_with_parts(text: str) -> str:
    """``text`` (Arabic) with its hours before a part of the day as times "H:00 zone"
    (:func:`hour_with_part`), two hours of a span both."""
    text = _DEFINITE_HOUR.sub(lambda m: m.group() if strip_clitics(previous_word(before(m))[0])
                              in ORDINAL_NOUNS else "", text)
    text = _HOUR_SPAN.sub(lambda m: f"{m.group('first')}:00" + (
        f" {m.group('zone')}" if int(m.group("first")) <= int(m.group("hour")) else
        # (a span over noon: "من 10 حتى 2 ظهرا" opens in the morning)
        " ص" if m.group("zone").startswith(("ظهر", "عصر")) else "")
        + f"{m.group('link')}{m.group('hour')}:00 {m.group('zone')}", text)
    return HOUR_WITH_PART.sub(hour_with_part, text)


def hour_with_part(m: re.Match[str]) -> str:
    """An HOUR_WITH_PART match as a time "H:00 zone", or as it stands (metres)."""
    said = before(m)
    first, zone = m.group("first"), m.group("zone")
    if first:  # "الساعة 3-5 مساء": two hours; "فاز 3-1 مساء الجمعة": a score, its evening
        if not _HOUR_BEFORE.search(said):
            return m.group()
        first_zone = f" {zone}" if int(first) <= int(m.group("hour")) else ""
        return f"{first}:00{first_zone} إلى {m.group('hour')}:00 {zone}"
    if said.endswith("\u0648") and not _PART_AND_BEFORE.search(said):
        return m.group()
    if m.group("zone") == "م" and not (_HOUR_BEFORE.search(said) or _MORNING_BEFORE.search(said)):
        return m.group()
    return f"{m.group('hour')}:00 {m.group('zone')}"


TIME_RANGE = re.compile(
    r"(?<![\d:.,/])(?P<a>\d{1,2}:\d{2}(?:[ \t]{0,3}(?:ص|صباحا|صباحًا|م|مساء|مساءً|[ap]m))?)"
    r"[ \t]{0,3}[-–—][ \t]{0,3}(?P<b>\d{1,2}:\d{2})(?![\d:])"
)


def time_range(m: re.Match[str], primary: str) -> str:
    """"18:00-00:00" -> "من 18:00 إلى 00:00" (the times are read next)."""
    if primary == "ur":
        return f"{m.group('a')} سے {m.group('b')} تک"
    start, end = {"ar": ("من", "إلى"), "fa": ("از", "تا")}.get(primary, ("from", "to"))
    word = before(m).rstrip().split()[-1:]
    if word == [start]:  # "من 9 ص - 5 م": "من" is said once
        return f"{m.group('a')} {end} {m.group('b')}"
    if primary == "en" and [w.lower() for w in word] in (["between"], ["from"]):
        # "between 9am-5pm": "between nine ... and five" (it was "between from nine")
        return f"{m.group('a')} {'and' if word[0].lower() == 'between' else 'to'} {m.group('b')}"
    return f"{start} {m.group('a')} {end} {m.group('b')}"


GMT = re.compile(r"\(?[ \t]{0,3}(?:GMT|UTC)[ \t]{0,3}(?:([+-])[ \t]{0,3}(\d{1,2}):?(\d{2})?)?"
                 r"[ \t]{0,3}\)?")


def gmt(m: re.Match[str], primary: str) -> str:
    """"(GMT+0400)" -> "بتوقيت غرينتش زائد أربع ساعات"."""
    sign, hours, minutes = m.group(1), m.group(2), m.group(3)
    if primary == "en":
        words = " GMT"
        if sign:
            words += f" {'plus' if sign == '+' else 'minus'} {en_cardinal(int(hours))}"
            words += f" {en_cardinal(int(minutes))}" if minutes and int(minutes) else ""
        return words + " "
    if primary == "fa":
        words = " به وقت گرینویچ"
        if sign:
            words += f" {'به علاوه' if sign == '+' else 'منهای'} {fa_cardinal(int(hours))} ساعت"
        return words + " "
    if primary == "ur":
        words = " گرینچ کے معیاری وقت"
        if sign:
            words += f" {'جمع' if sign == '+' else 'منفی'} {ur_cardinal(int(hours))} گھنٹے"
        return words + " "
    # ("بتوقيت غرينتش (GMT+3)": the zone once)
    words = "" if re.search(r"غرينتش\W*$", before(m)) else " بتوقيت غرينتش"
    if sign:
        count = counted(int(hours), _HOURS, case="nominative")
        words += f" {'زائد' if sign == '+' else 'ناقص'} {count}"
        if minutes and int(minutes):
            words += f" و{ar_cardinal(int(minutes), feminine=True)} دقيقة"
    return words + " "
