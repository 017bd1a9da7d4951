"""News lines shared by the page readers (HTML and raw scrape): dates and date lines,
places and their time zones, bylines, datelines, and page furniture.

Both readers meet the same lines around an article ("2021.06.26 | 14:30 دمشق",
"الرياض: بدر الخريف", "إسطنبول - متابعات", "حجم الخط", "// انتهى //"); the rules to read
them live here once. This is the one module the readers import for them: the furniture
rules (with the reason each line is left out) sit in :mod:`.furniture`, the disclaimers and
prompts that end a page's article in :mod:`.page_end`, datelines in :mod:`.datelines`,
dates and places in :mod:`.dates` and the matching key :func:`fold` in :mod:`.stopwords`,
all re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .datelines import (  # datelines: their own module, re-exported here
    agency_after_date,
    agency_credit,
    dateline_zone,
    lead_dateline,
    parse_dateline,
    split_lead_dateline,
)
from .dates import (  # dates and places: their own module, re-exported here
    CITY_ZONES,
    MECCA_TIME,
    MONTHS,
    STAMP_AUTHOR,
    FoundDate,
    date_meta,
    find_date,
    hijri_date,
    is_bare_date,
    is_bare_stamp,
    is_city,
    is_time_stamp,
    opens_with_month_day,
    time_only,
    zone_for_place,
)
from .furniture import (  # page furniture: its own module, re-exported here
    ADVERT,
    CAPTION_LABEL,
    COMMENTS,
    COOKIES,
    COUNTER,
    DISCLAIMER,
    END_MARKER,
    FOOTER,
    MASTHEAD,
    NAVIGATION,
    RELATED,
    SCRIPT,
    WEATHER,
    WIDGET,
    comment_list_heading,
    ends_article,
    ends_page,
    furniture_reason,
    is_furniture,
    is_relative_time,
    related_heading,
    split_caption_label,
)
from .page_end import (  # how an article ends on a page, re-exported here
    correction_note,
    drop_trailing_disclaimers,
    is_disclaimer,
)
from .stopwords import fold, function_word_count


def byline_meta(byline: Byline, meta: dict[str, Any]) -> None:
    """Store a parsed byline in draft metadata: its authors, and its city as the
    dateline, unless either is already set (an author already named gets the byline's
    role). The site's own name is no author ("سكاي نيوز عربية - أبوظبي": the publisher
    and the dateline)."""
    publisher = fold(str(meta.get("publisher") or ""))
    authors = [a for a in byline.authors if not publisher or fold(a["name"]) != publisher]
    roles = {fold(a["name"]): a["role"] for a in authors if a.get("role")}
    if roles and meta.get("authors"):  # the data named the writer, the page says who
        # they are: "تصوير - نورهان محمد" under the headline (Masrawy's photo stories)
        meta["authors"] = [with_role(a, roles) for a in meta["authors"]]
    if authors:
        meta.setdefault("authors", authors)
    if byline.dateline:
        meta.setdefault("dateline", byline.dateline)


def with_role(author: dict[str, str] | str, roles: dict[str, str]) -> dict[str, str] | str:
    """``author`` (a name, or a name and its role) with its role in ``roles`` (by
    folded name), unless it has one (a byline's, or a labelled byline's roles)."""
    entry = {"name": author} if isinstance(author, str) else author
    role = roles.get(fold(entry.get("name", "")))
    return entry | {"role": role} if role and not entry.get("role") else author


# ---- bylines and datelines ----------------------------------------------------------

# "label: name" / "label name". The label says who the person is; a role is kept only
# in the label's own words (an Arabic byline never gets an English role word), and only
# when the label and the name are in one script (an English "Interview by" template on
# an Arabic page gives no role).
_ROLE_PREFIX = re.compile(
    r"^(?P<role>أجرى الحوار|اجرى الحوار|أجرت الحوار|حوار|حاورتها|حاورته|حاورتهم|حاورها|"
    r"حاورهم|حاورهما|حاوره|بقلم|كتب|كتبت|كتبه|إعداد|اعداد|"
    r"تقرير|ترجمة|تحرير|متابعة|تصوير|الشاعر|شعر|"
    r"نویسنده|به قلم|گزارش|گفت‌وگو|گفتگو|مصاحبه|ترجمه|خبرنگار|توسط|"
    r"تحریر|رپورٹ|انٹرویو|ترجمہ|مصنف|از|"
    r"By|Posted by|Written by|Words by|Interview by|Interviewed by|Reporting by|Reported by|"
    r"Translated by|Translation by|Edited by|Story by|Author|الكاتب|الكاتبة|المحرر|المحررة|"
    r"بواسطة|نویسنده|מאת|"
    r"Par|Von|Por|Door|Oleh|Yazan|(?-i:di))\s*[:：,،\-–]?\s+"
    r"(?P<name>\S.{1,60}?)\s*[:：]?$", re.I)  # ("كتب- أحمد عبد الحميد:", Masrawy)
_ROLES = {"حوار": "حوار", "أجرى الحوار": "حوار", "اجرى الحوار": "حوار",
          "أجرت الحوار": "حوار", "حاوره": "حوار", "حاورها": "حوار", "حاورته": "حوار",
          "حاورتها": "حوار", "حاورهم": "حوار", "حاورتهم": "حوار", "حاورهما": "حوار",
          "ترجمة": "ترجمة", "تحرير": "تحرير", "إعداد": "إعداد",
          "اعداد": "إعداد", "تصوير": "تصوير", "الشاعر": "شعر", "شعر": "شعر",
          "گفت‌وگو": "گفت‌وگو", "گفتگو": "گفت‌وگو", "مصاحبه": "مصاحبه", "ترجمه": "ترجمه",
          "انٹرویو": "انٹرویو", "ترجمہ": "ترجمہ",
          "interview by": "interviewer", "interviewed by": "interviewer",
          "translated by": "translator", "translation by": "translator",
          "edited by": "editor"}
_NAME = re.compile(r"^[^\W\d_]+(?:[ .'’‌-]+[^\W\d_]+){0,5}$")
_NAME_CITY = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<city>[^()]{2,30})\)$")
# (no dash between words: "رضا علی -اردو نیوز، لاہور" is a writer, a site and a city, or
# a site and a writer, which the comma does not tell)
_NAME_COMMA_CITY = re.compile(r"^(?P<name>(?:[^,،\d\s\-–—]|\s(?![-–—])|(?<!\s)[-–—](?!\s))"
                              r"{3,40}?)\s*[,،]\s*(?P<city>[^,،\d]{2,30})$")
# ... nor a place or a body and its city ("Downing Street, London", "وزارة الخارجية،
# القاهرة": where the story comes from, named as a writer): a word of these in the name
_PLACE_WORDS = frozenset(fold(w) for w in (
    "street", "road", "avenue", "square", "bridge", "strip", "house", "palace", "hall",
    "league", "university", "college", "ministry", "council", "office", "department",
    "court", "park", "airport", "station", "hospital", "centre", "center", "stadium",
    "museum", "bank", "party", "club", "church", "embassy", "parliament", "agency",
    "وزارة", "مجلس", "قصر", "شارع", "ميدان", "ساحة", "جامعة", "مستشفى", "مطار", "محكمة",
    "مكتب", "هيئة", "مديرية", "محافظة", "بلدية", "قطاع", "جسر", "سفارة", "حزب", "نادي",
    "ملعب", "مسجد", "كنيسة", "متحف", "بنك", "مصرف", "شركة", "وكالة", "برلمان",
    "وزارت", "دفتر", "دانشگاه", "خیابان", "میدان", "کاخ", "سفارت", "سفارتخانه", "یونیورسٹی",
    "عدالت"))
_AND = re.compile(r"\s+(?:and|&)\s+", re.I)  # "By Jane Doe and John Roe"
_NAME_DASH_CITY = re.compile(
    r"^(?P<name>[^\d\-–—:|()]{3,60}?)\s+[-–—]\s+(?P<city>[^\d\-–—:|()]{2,30})$")
_SITE_SLASH_NAME = re.compile(
    r"^(?P<first>[^\-–—:|()/]{2,30}?)(?:\s+[-–—]\s*|[-–—]\s+|\s*(?P<slash>/)\s*)"
    r"(?P<name>[^\d\-–—:|()/]{3,40})$")  # (not a word's own hyphen: "year-end")
_CITY_NAME = re.compile(r"^(?P<city>[^:：]{2,30}?)\s*[:：]\s*(?P<name>\S.{1,60})$")
_SITE_FROM = re.compile(r"^\S+(?:\s\S+)?\s+من\s+(?=\S)")
# Words that sit inside names ("عبد الله بن سعد", "Abu Bakr al-Baghdadi", "Ursula von
# der Leyen") although stop-word lists hold them.
_NAME_PARTICLES = frozenset(fold(w) for w in (
    "بن", "ابن", "بنت", "أبو", "ابو", "أبي", "أم", "عبد", "آل", "ال", "الله", "الدين",
    "bin", "ibn", "abu", "al", "el", "ben", "de", "da", "di", "del", "della", "van",
    "von", "der", "den", "la", "le", "du", "dos", "das", "st", "mac", "bint"))
# Section and category labels that page templates print where an author would go
# ("By حیرت انگیز", "بقلم منوعات"), and words no person is called.
_NOT_NAMES = frozenset(fold(w) for w in (
    "منوعات", "رياضة", "اقتصاد", "سياسة", "ثقافة", "فن", "فنون", "صحة", "تكنولوجيا",
    "محليات", "دوليات", "عربي ودولي", "أخبار", "الأخبار", "عاجل", "مقالات", "آراء",
    "رأي", "تقارير", "حوارات", "فيديو", "صور", "المحرر", "التحرير", "الإدارة", "الموقع",
    "فريق التحرير", "غرائب وعجائب", "منوعات وغرائب", "أخبار محلية", "أخبار عالمية",
    "حیرت انگیز", "دلچسپ", "عجیب و غریب", "کھیل", "کھیلوں", "سیاست", "تفریح", "شوبز",
    "کاروبار", "صحت", "ٹیکنالوجی", "پاکستان", "دنیا", "خبریں", "اہم خبریں", "ویب ڈیسک",
    "ورزشی", "ورزش", "سیاسی", "اقتصادی", "فرهنگی", "اجتماعی", "بین الملل", "سرگرمی",
    "اخبار", "خواندنی", "گوناگون", "فناوری", "سلامت", "ادمین", "مدیر سایت",
    "admin", "administrator", "editor", "editorial", "staff", "web desk", "news desk",
    "sports", "sport", "entertainment", "lifestyle", "opinion", "politics", "business",
    "technology", "tech", "health", "world", "news", "latest news", "breaking news",
    "amazing", "weird news", "trending", "category", "uncategorized", "guest",
    "published", "updated", "share", "comments", "read more"))
# Words of account, desk and service names, never of a person's: "By Admin User",
# "توسط ادمین سایت", "نویسنده: اخبار ورزشی", "گزارش: سرویس فرهنگی", "News Desk".
_LABEL_WORDS = frozenset(fold(w) for w in (
    "admin", "administrator", "webmaster", "moderator", "user", "ادمین", "ایڈمن", "مدیر",
    "سایت", "سرویس", "اخبار", "أخبار", "الأخبار", "خبریں", "ڈیسک", "desk", "news",
    "service", "team", "staff", "فريق", "التحرير", "تحریریہ", "editorial",
    "گروه",  # a Persian paper's desk under the headline: "گروه جامعه", "گروه سیاسی"
    # a newspaper's masthead ("صحيفة الأيام البحرينية", "جريدة الوطن")
    "صحيفة", "جريدة", "مجلة", "روزنامه", "اخبار", "روزنامہ",
    # a photo desk's credit ("بواسطة: عدسة الوطن", "تصوير: عدسة اليوم")
    "عدسة"))


# a writer's name and the paper after a dash: "أحمد علي - جريدة الأهرام"
_NAME_DASH_PAPER = re.compile(r"^(?P<name>.+?)\s+[-–—|]\s+(?:صحيفة|جريدة|مجلة|موقع)\s+\S.*$")
# A date or time after a byline, set off by a dash or a bar
_BYLINE_TIME = re.compile(r"\s+[-–—|]\s+(?=[^-–—|]*\d{1,2}[:/.]\d{1,2})[^-–—|]+$")


# "A, B and C" (an "and" before the last: "Jane Doe, CNN" is a writer and her employer)
_LIST_OF_NAMES = re.compile(r"^[^,]+(?:,\s*[^,]+)+,?\s+(?:and|&)\s+[^,]+$", re.I)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", re.I)
_CLOCK_FIRST = re.compile(r"^\d{1,2}[.:h]\d{2}\b")
# an English byline's place after its names ("By Jane Doe in Gaza")
_NAMES_IN_PLACE = re.compile(r"^(?P<names>.+?)\s+in\s+(?P<place>[A-Z][\w'’ -]{1,30})$")


@dataclass
class Byline:
    authors: list[dict[str, str]] = field(default_factory=list)
    dateline: str | None = None


_LABEL_IN_PLACE = re.compile(r"^(?P<label>\S+)\s+في\s+(?P<place>[^/:：]{2,30}?)\s*[/:：]\s*"
                             r"(?P<name>[^/:：]{3,60}?)\s*[-–]?\s*$")


_PLACE_AFTER = re.compile(r"^(?P<byline>.+?)\s*\((?P<place>[^(),،]{2,30})(?:[,،][^()]{0,30})?\)$")


def parse_byline(line: str, *, labels: frozenset[str] = frozenset()) -> Byline | None:
    """A byline such as "الرياض: بدر الخريف", "عبد الرحيم بن حسن (جدة)",
    "حوار: آسيا العتروس", "نویسنده: علی رضایی" or "By Jane Doe"; ``None`` if the line
    is not one. The name must pass :func:`looks_like_name` (``labels``: folded menu
    and section lines of the same page, which are never names)."""
    # (the paper's or the writer's handle after it: "خالد الجارالله (الرياض) okaz_online@")
    text = _HANDLE_AFTER.sub("", line.strip())
    if len(text) > 2 and text[0] == text[-1] == "|":
        text = text[1:-1].strip()  # Al-Rai's byline between bars: "| كتب عبدالله النجار |"
    if (placed := _LABEL_IN_PLACE.match(text)) is not None and is_city(placed.group("place")):
        # "حاوره في صنعاء / عبد الملك الفهيدي -": the label, where, then the name
        found = parse_byline(f"{placed.group('label')}: {placed.group('name')}", labels=labels)
        return Byline(found.authors, placed.group("place")) if found else None
    if (placed := _PLACE_AFTER.match(text)) is not None \
            and _ROLE_PREFIX.match(placed.group("byline")) \
            and (found := parse_byline(placed.group("byline"), labels=labels)) is not None:
        # "Par Alexandre Aublanc (Casablanca, correspondance)": the writer, then where
        # and as what he writes (the whole line was no byline: it stayed in the text)
        place = placed.group("place")
        return Byline(found.authors, found.dateline or (place if is_city(place) else None))
    when = _BYLINE_TIME.search(text)
    if when:  # "By Tess Bonn - 11/19/19 06:56 AM EST": the name before the time
        text = text[:when.start()].strip()
    parts = text.split(" | ")
    while len(parts) > 1 and find_date(parts[-1]) is not None:
        parts.pop()  # "كتب: سارة علي | الإثنين 03 يونيو 2024": the date, after a bar
    text = " | ".join(parts)
    if (placed := _NAMES_IN_PLACE.match(text)) and is_city(placed.group("place")) \
            and _ROLE_PREFIX.match(placed.group("names")):  # "By Jane Roe and Ann Lee in Gaza"
        found = parse_byline(placed.group("names"), labels=labels)
        return Byline(found.authors, placed.group("place")) if found else None
    m, place = _ROLE_PREFIX.match(text), None
    if m and _LIST_OF_NAMES.match(m.group("name")) and all(
            looks_like_name(n, labels=labels) for n in _LIST_SPLIT.split(m.group("name"))):
        # "By WAFAA SHURAFA, SAMY MAGDY and JULIA FRANKEL": three writers, not the
        # first with an employer after the comma
        return Byline([{"name": n} for n in _LIST_SPLIT.split(m.group("name"))])
    if len(text.split()) > 9:
        return None
    if m and not looks_like_name(m.group("name"), labels=labels) \
            and re.search(r"[,،]", m.group("name")):
        # "By Sandee LaMotte, CNN", "By BARRY WILNER, AP Football Writer": the name
        # before the comma, the rest its employer or post -- or where the writer wrote
        # from ("By Jasjeev Gandhiok, New Delhi", Hindustan Times')
        head, rest = re.split(r"\s*[,،]\s*", text, maxsplit=1)
        m, place = _ROLE_PREFIX.match(head), rest.strip() if is_city(rest) else None
    if m and (paper := _NAME_DASH_PAPER.match(m.group("name"))):
        m = _ROLE_PREFIX.match(f"{m.group('role')}: {paper.group('name')}")  # "- جريدة ..."
    elif not m and (paper := _NAME_DASH_PAPER.match(text)) and \
            looks_like_name(paper.group("name"), labels=labels):
        return Byline([{"name": paper.group("name").strip()}])  # "أحمد علي - جريدة الأهرام"
    names = [n.strip() for n in _AND.split(m.group("name"))] if m else []
    city = _NAME_DASH_CITY.match(names[0]) if len(names) == 1 else None
    if m and city and is_city(city.group("city")) \
            and looks_like_name(city.group("name"), labels=labels):
        # "كتب: سارة أحمد - الرياض": the name, and the city as the dateline
        return Byline([{"name": city.group("name").strip()}], city.group("city").strip())
    if m and all(looks_like_name(n, labels=labels) for n in names):
        label = m.group("role")
        role = _ROLES.get(label.lower()) if _script(label) == _script(names[0]) else None
        return Byline([{"name": n} | ({"role": role} if role else {}) for n in names], place)
    m = _CITY_NAME.match(text)  # (Elaph's "إيلاف من القاهرة: ...": the site, whence)
    whence = _SITE_FROM.sub("", m.group("city")) if m else ""
    if m and is_city(whence) and looks_like_name(m.group("name"), labels=labels):
        return Byline([{"name": m.group("name").strip()}], whence.strip())
    m = _NAME_COMMA_CITY.match(text)  # "رضا علی، لاہور", "Mara Lindqvist, London"
    if m and is_city(m.group("city")) and not is_city(m.group("name")) \
            and len(m.group("name").split()) >= 2 and not m.group("name").startswith("ال") \
            and not _SERVICE_PLACE.match(text) \
            and not any(fold(w) in _PLACE_WORDS for w in m.group("name").split()) \
            and looks_like_name(m.group("name"), labels=labels):  # (no given name takes "ال")
        return Byline([{"name": m.group("name").strip()}], m.group("city").strip())
    m = _NAME_CITY.match(text)
    if m and is_city(m.group("city")) and looks_like_name(m.group("name"), labels=labels):
        return Byline([{"name": m.group("name").strip()}], m.group("city").strip())
    m = _NAME_DASH_CITY.match(text)  # "أحمد الحاج - بيروت"
    if m and is_city(m.group("city")) and not is_city(m.group("name")) \
            and looks_like_name(m.group("name"), labels=labels):
        return Byline([{"name": m.group("name").strip()}], m.group("city").strip())
    # "هسبريس - عبد الرحيم العسري", "عنب بلدي – محمد ديب بظت": the site, then its writer
    # (a wire service's "الرياض - واس" has a city first; "عنب بلدي – حلب" a city last)
    if m and not is_city(m.group("name")) and not is_city(m.group("city")) \
            and len(m.group("name").split()) <= 3 and len(m.group("city").split()) >= 2 \
            and looks_like_name(m.group("city"), labels=labels) \
            and fold(m.group("city")) not in _NOT_NAMES \
            and furniture_reason(m.group("city")) is None:  # ("... - صورة أرشيفية")
        return Byline([{"name": m.group("city").strip()}])
    # "عربي21- بلال ياسين" (a site's name with digits, the dash glued to it), "بغداد/ تميم
    # الحسن" (Al-Mada: the city, a slash, the writer)
    m = _SITE_SLASH_NAME.match(text)
    if m and len(m.group("first").split()) <= 3 and 2 <= len(m.group("name").split()) <= 4 \
            and not is_city(m.group("name")) and fold(m.group("name")) not in _NOT_NAMES \
            and looks_like_name(m.group("name"), labels=labels) \
            and furniture_reason(m.group("name")) is None \
            and (is_city(m.group("first")) or re.search(r"\d", m.group("first"))
                 or not m.group("slash")) \
            and not _CLOCK_FIRST.match(m.group("first")):  # ("13.40 GMT – Taxes frozen":
        # a live blog's entry, its time and its title)
        place = m.group("first").strip() if is_city(m.group("first")) else None
        return Byline([{"name": m.group("name").strip()}], place)
    return None


# A person's title before a name: "د. عبدالعزيز بن سعد الخريجي", "الدكتور ...", "Dr. ..."
_HONORIFIC = re.compile(
    r"^(?:(?:أ\.\s?د|د|م|أ|Dr|Prof)\.\s*|(?:الدكتور|الدكتورة|الأستاذ|الأستاذة|الاستاذ|"
    r"الاستاذة|المهندس|المهندسة|الشيخ|دكتر|مهندس)\s+)(?P<name>\S.+)$")


def titled_name(text: str, *, labels: frozenset[str] = frozenset()) -> bool:
    """A person's name after a title ("د. عبدالعزيز بن سعد الخريجي"): a writer's name, no
    headline, which a bare name without one may be ("ترامب يلتقي بوتين")."""
    m = _HONORIFIC.match(text.strip())
    return m is not None and looks_like_name(m.group("name"), labels=labels)


_HANDLE_AFTER = re.compile(r"(?<=\S)\s+(?:@[A-Za-z0-9_]{2,30}|[A-Za-z0-9_]{2,30}@)$")


def without_role(name: str) -> str:
    """``name`` without a byline label before it or a full stop after it: a page's
    author field that holds its printed byline ("By JERUSALEM POST STAFF.") names
    "JERUSALEM POST STAFF", which the editions print after their own "By"."""
    m = _ROLE_PREFIX.match(name.strip())
    return (m.group("name") if m else name).strip().rstrip(".,;:،؛").strip()


def is_account_name(name: str) -> bool:
    """An author field that names no one: a known label ("admin", "Editorial",
    "منوعات") or a login name (one lower-case Latin word: "gto", "jdadmin"; a first name
    run into an initial: "ChrisS"), which no publisher prints as a byline."""
    return fold(name) in _NOT_NAMES or bool(re.fullmatch(r"[a-z][a-z0-9_.-]*", name)) \
        or bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]{1,2}", name))


def byline_without_name(line: str, *, labels: frozenset[str] = frozenset()) -> bool:
    """A byline label with no name after it: "By حیرت انگیز" (a category), "بقلم تم نشر
    هذا المحتوى على" (a sentence)."""
    text = line.strip()
    m = _ROLE_PREFIX.match(text)
    # (a kicker and its headline, "گزارش لحظه به لحظه: زلزله در شمال ایران", "تقرير خاص:
    # ...", is no label: a label's colon comes right after it)
    return m is not None and not re.search(r"[:：]\s*\S", m.group("name")) \
        and parse_byline(text, labels=labels) is None


def _script(text: str) -> str:
    """"arabic" or "latin": the script of the first letter of ``text``."""
    letter = next((ch for ch in text if ch.isalpha()), "a")
    return "arabic" if "\u0600" <= letter <= "\u06ff" or "\ufb50" <= letter <= "\ufeff" \
        else "latin"


def looks_like_name(text: str, *, labels: frozenset[str] = frozenset(),
                    single: bool = False) -> bool:
    """Two to six words of letters (one to six with ``single``, for a field that can
    only hold a name) that read as a person's name: not a sentence (no function word
    but the particles names carry, "بن", "أبو", "von"), not a section or category label
    (a known one, or one of ``labels``, the page's own menu lines)."""
    name = text.strip()
    words = name.split()
    folded = fold(name)
    if not _NAME.match(folded) or not (1 if single else 2) <= len(words) <= 6 \
            or _ROLE_PREFIX.match(name):  # "By حیرت انگیز": a byline whose name failed
        return False
    if folded in _NOT_NAMES or folded in labels \
            or any(w in _LABEL_WORDS for w in folded.split()):
        return False
    # (an initial is no article: "Malak A Tantesh")
    function_words = [w for w in words if fold(w) not in _NAME_PARTICLES
                      and not re.fullmatch(r"[A-Z]\.?", w)]
    # a name in Latin letters is capitalised ("UK weather – latest updates": no writer;
    # "al-Baghdadi" is)
    if any(w[:1].isascii() and w[:1].islower() and not re.search(r"[-'’]", w)
           for w in function_words):
        return False
    return function_word_count(function_words) == 0


__all__ = [
    "ADVERT",
    "CAPTION_LABEL",
    "CITY_ZONES",
    "COMMENTS",
    "COOKIES",
    "COUNTER",
    "DISCLAIMER",
    "END_MARKER",
    "FOOTER",
    "MASTHEAD",
    "MECCA_TIME",
    "MONTHS",
    "NAVIGATION",
    "RELATED",
    "SCRIPT",
    "STAMP_AUTHOR",
    "WEATHER",
    "WIDGET",
    "Byline",
    "FoundDate",
    "agency_after_date",
    "agency_credit",
    "byline_meta",
    "byline_without_name",
    "comment_list_heading",
    "correction_note",
    "date_meta",
    "dateline_zone",
    "drop_trailing_disclaimers",
    "ends_article",
    "ends_page",
    "find_date",
    "fold",
    "furniture_reason",
    "hijri_date",
    "is_account_name",
    "is_bare_date",
    "is_bare_stamp",
    "is_city",
    "is_disclaimer",
    "is_furniture",
    "is_relative_time",
    "is_time_stamp",
    "lead_dateline",
    "looks_like_name",
    "opens_with_month_day",
    "parse_byline",
    "parse_dateline",
    "related_heading",
    "split_caption_label",
    "split_lead_dateline",
    "time_only",
    "titled_name",
    "with_role",
    "without_role",
    "zone_for_place",
]


# The writer's post on the line under a bare name ("صحافية @sara_abdullah", "مراسل الجزيرة",
# "Staff writer"): the name above it is the byline's.
_ROLE_LINE = re.compile(
    r"@\w{2,}|^(?:صحافي|صحفي|صحافية|صحفية|كاتب|كاتبة|مراسل|مراسلة|محرر|محررة|مدير|"
    r"خبرنگار|نویسنده|نامہ نگار|reporter|correspondent|staff writer|editor|columnist)"
    r"(?!\w)", re.I)
# ... or the BBC's service and the writer's place ("BBC News, Erbil", "بی بی سی اردو ڈاٹ
# کام، کراچی", "بي بي سي نيوز عربي، القاهرة")
_SERVICE_PLACE = re.compile(r"^(?:BBC|بی\u200c?\s?بی\u200c?\s?سی|بي\s?بي\s?سي)(?!\w)"
                            r"[^,،]{0,40}[,،]\s*\S[^,،]{0,30}$")
SERVICE_WORDS = 8  # such a line, at most


# ... or, under the writer's name, a line about the writer (an opinion page's: "كاتبة
# وأكاديمية لبنانية، أستاذة ...", "Jane Doe is a British writer ...")
_BIO_LINE = re.compile(
    r"^(?:كاتب|كاتبة|أكاديمي|أكاديمية|أستاذ|أستاذة|باحث|باحثة|إعلامي|إعلامية|صحافي|صحفي|"
    r"صحافية|صحفية|محلل|محللة|خبير|خبيرة|دبلوماسي|سفير|وزير|روائي|روائية|شاعر|شاعرة|"
    r"نویسنده|پژوهشگر|استاد|writer|journalist|author|novelist|academic|professor|"
    r"researcher|analyst|columnist|editor|former)(?!\w)", re.I)
BIO_WORDS = 30  # a line about the writer under the name has at most this many words


def role_line(text: str, name: str | None = None) -> bool:
    """A short line giving a writer's post or handle ("صحافية @sara_abdullah"); with
    the ``name`` right above it, a line about that writer too ("كاتبة وأكاديمية لبنانية،
    ...", "Jane Doe is a British writer ...")."""
    text = text.strip()
    if (len(text.split()) <= 5 and _ROLE_LINE.search(text)) \
            or (len(text.split()) <= SERVICE_WORDS and _SERVICE_PLACE.match(text)):
        return True
    if name is None or len(text.split()) > BIO_WORDS:
        return False
    return bool(_BIO_LINE.match(text)) or text.lower().startswith(
        (f"{name.lower()} is a ", f"{name.lower()} is an "))
