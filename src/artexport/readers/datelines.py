"""Datelines: the place an article was filed from, and the agency that filed it, as the
page readers meet them: a line of its own ("إسطنبول - متابعات", "أنقرة/ الأناضول", "دبي:
«الخليج»"), the opening of the lead ("دمشق، سوريا (CNN) --", "CAIRO, July 21 (Reuters) -",
"AMMAN: ..."), a wire's credit ("أ ف ب") or the agency ending its date line ("... 2015 م
واس"). Re-exported by :mod:`artexport.readers.news`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from ..model import Block, Paragraph
from .dates import INDIA_OFFSET, is_city, israel_offset, israeli_page, zone_for_place
from .furniture import SITE_NAME, furniture_reason
from .stopwords import fold, function_word_count

_PLACE_SOURCE = re.compile(  # (the dash spaced on one side at least: "لندن- وكالات"; a
    # tatweel spaced on both as Omani papers print it: "مسقط ـ العُمانية")
    r"^(?P<place>[^\d\-–—:|]{2,40}?)(?:\s+[-–—]\s*|\s*[-–—]\s+|\s+ـ\s+)"
    r"(?P<source>[^\d\-–—:|]{2,30})$")
# "دمشق، سوريا (CNN) -- أكدت..." / "WASHINGTON (AP) — The..." at the start of the lead.
# "دمشق، سوريا (CNN) -- ...", and CNN's English pages, whose dateline is a <cite> glued
# to the sentence: "Hong Kong (CNN Business)A muddled view ..."
# KUNA puts the day and month between the two: "الكويت - 20 - 6 (كونا) -- ...", Reuters
# the month and day: "CAIRO, July 21 (Reuters) - ...", Sudan Tribune the date written
# out: "الخرطوم 7 ديسمبر 2026 (سودان تربيون) - ..."
_LEAD_DATELINE = re.compile(
    r"^(?P<place>[^\s()\d](?:[^()\d.!?؟\n]|\.(?=\s*\()){1,40}?)"
    r"(?P<day>\s+-\s+[0-3]?\d\s+-\s+[01]?\d|,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+[0-3]?\d|\s+[0-3]?\d\s+[^\s\d()]+\s+(?:19|20)\d\d)?"
    r"(?P<agency>\s*\([^()\d]{2,25}\))"
    r"(?:(?P<dash>\s*(?:--|—|–|-))?\s*$|\s*(?:--|—|–|-)\s*(?=\S)|(?=[A-Z\"“‘]))")


# Anadolu's "أنقرة/ الأناضول": a slash, after a city only ("كتب/ محمد علي" is a byline);
# Al Khaleej's and Al Bayan's "الشارقة: «الخليج»": a colon and the paper's name in
# quotation marks
_CITY_SLASH_SOURCE = re.compile(r"^(?P<place>[^\d/:|]{2,25}?)\s*(?:/\s*(?P<source>[^\d/:|]{2,30})"
                                r"|:\s*«[^«»\d]{2,30}»)$")


# A wire's credit alone: its initials spaced or dotted ("أ ف ب", "د.ب.أ") or its name
_AGENCY_CREDIT = re.compile(
    r"^(?:(?P<initials>[\u0621-\u064a](?:[ .][\u0621-\u064a]){1,3}\.?)|رويترز|واس|قنا|"
    r"كونا|وام|بنا|سانا|الأناضول|سبوتنيك|العمانية|العُمانية|فرانس برس|أسوشيتد برس|وكالات)$")


def agency_credit(text: str) -> str | None:
    """The dateline of a line that is only a news agency's credit ("أ ف ب", "رويترز"),
    initials in brackets as datelines print them ("(أ ف ب)", which speech names "فرانس
    برس"; bare, a listener heard three letters); else ``None``."""
    m = _AGENCY_CREDIT.match(text.strip())
    if m is None:
        return None
    return f"({m.group(0)})" if m.group("initials") else m.group(0)


def parse_dateline(line: str) -> str | None:
    """A dateline line such as "إسطنبول - متابعات" (place - source), "أنقرة/ الأناضول"
    (a city / source) or "دبي: «الخليج»" (a city: the paper), or ``None``."""
    text = line.strip().rstrip(":： ")  # "درة - واس :" opens the text that follows
    if (m := _REPORTING_FROM.match(text)) is not None:
        return m.group("place")  # The New York Times: "Reporting from Jakarta, Indonesia"
    if (m := _SITE_FROM_CITY.match(text)) is not None and is_city(m.group("place")):
        return m.group("place")  # Hespress: "هسبريس من الرباط"
    if len(text.split()) > 6:
        return None
    if (bare := text.rstrip("-–— ")) != text and is_city(bare):
        return bare  # "تهران -", its text on the lines below
    if (m := _CITY_SLASH_SOURCE.match(text)) is not None:
        place = m.group("place").strip()
        return text if is_city(place) or zone_for_place(place) else None
    m = _PLACE_SOURCE.match(text)
    if not m or (m.group("source")[:1].isascii() and m.group("source")[:1].islower()):
        return None  # (a source is named: "UK weather – latest updates" is a link)
    place = m.group("place")
    if is_city(place) or zone_for_place(place) or len(place.split()) <= 2:
        return text
    return None


# a site's name, "from" and a known city alone on a line (Hespress)
_SITE_FROM_CITY = re.compile(r"^[^\W\d_]{2,20}(?: [^\W\d_]{2,20})? من (?P<place>[^\W\d_]{2,20}"
                             r"(?: [^\W\d_]{2,20})?)$")
_REPORTING_FROM = re.compile(r"^Reporting from (?P<place>(?-i:[A-Z])[\w .,'’-]{1,60})(?<!\.)$",
                             re.I)
# Al-Ghad: "عمان- يعيش مزارعو ..." (a known city, a dash, the sentence); a city's name
# with its marks, as Al Jazeera prints it ("عمّان- أطلقت"), is one word
_LETTER = r"(?:[^\W\d_]|[\u064b-\u065f\u0670])"
_CITY_DASH = re.compile(rf"^(?P<place>{_LETTER}{{2,20}}(?: {_LETTER}{{2,20}})?)\s*[-–—]\s+"
                        r"(?=[^\W\d_])")
# ... not when a later dash in the sentence closes what that one opened: "القدس -
# المدينة التي يقدسها ... - تستقبل", "Gaza — already devastated ... — is bracing" (the
# city is the subject, the dashes an aside; an aside of its own has two)
_ASIDE_DASH = re.compile(r"\s[-–—]\s")
# Arab News, The National: "AMMAN: Jordan on Monday ..." (a known place, in capitals)
_CAPS_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]{1,30}[A-Z])\s*:\s+(?=[A-Z\"“‘\d])")


# Al-Quds Al-Arabi, Al Khaleej: "لندن – «القدس العربي»: ..." (a known place, the paper)
_PAPER_DATELINE = re.compile(r"^(?P<dl>(?P<place>\w{2,20}(?: \w{2,20})?)\s*[-–—]\s*«[^»]{2,30}»):")


def split_lead_dateline(text: str) -> tuple[str, str] | None:
    """``("دمشق، سوريا (CNN)", rest)`` when a paragraph opens with an agency dateline."""
    if (paper := _PAPER_DATELINE.match(text)) and zone_for_place(paper.group("place")):
        return paper.group("dl"), text[paper.end():].lstrip()
    caps = _CAPS_DATELINE.match(text)
    if caps and (is_city(caps.group("place")) or zone_for_place(caps.group("place"))):
        return caps.group("place"), text[caps.end():]
    m = _LEAD_DATELINE.match(text)
    if not m:
        city = _CITY_DASH.match(text)
        if city and is_city(city.group("place")) and \
                len(_ASIDE_DASH.findall(text[city.end():].split(".")[0])) % 2 == 0:
            # ("الكويت - كونا: أطلقت ...": the agency, after the dash, before a colon)
            wire = re.match(r"(\S+(?: \S+)?)\s*:\s+", text[city.end():])
            if wire and _AGENCY_CREDIT.match(wire.group(1)):
                return f"{city.group('place')} ({wire.group(1)})", text[city.end() + wire.end():]
            return city.group("place"), text[city.end():]
        return None
    place = m.group("place").strip(" ،,")
    if m.end() == len(text) and not m.group("dash") and not (
            len(place.split()) <= 2 or (len(place.split()) <= 3 and (
                is_city(place) or zone_for_place(place)))):
        return None  # alone on its line with no dash: "جدة (واس)", "العارضة (واس)", not a
        # caption's "الرئيس الفرنسي إيمانويل ماكرون (رويترز)", "متظاهرون في شوارع القاهرة"
    dateline = m.group("place") + m.group("agency")
    if len(dateline.split()) > 6 or not re.search(r"^[^.]*(, [A-Z][a-z]{1,4}\.)?$", place):
        return None  # (a period only after a state's abbreviation: "PLACERVILLE, Calif.")
    return dateline.strip(), text[m.end():]


# a site's name and a dash opening the text ("سكاي نيوز عربية - أبوظبي أعلنت ...")
_SITE_DASH = re.compile(r"^(?P<site>[^\d\-–—:|.،,]{2,40}?)\s*[-–—]\s*")


# ... or a city, a dash and the site's name ("دبي - العربية.نت أعلنت ...", "...: أعلنت")
_CITY_THEN_SITE = re.compile(r"^(?P<place>[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?)\s*[-–—]\s*")


def _names_the_site(name: str, site: str) -> bool:
    """Whether ``name`` is the page's site (``site``, or it with ".نت"/" نت": "العربية.نت"
    for "العربية") or a broadcaster's known name."""
    key, own = fold(name), fold(site)
    return (bool(own) and key in (own, f"{own}.نت", f"{own} نت")) \
        or furniture_reason(name) == SITE_NAME


def split_site_dateline(text: str, site: str) -> tuple[str, str] | None:
    """``("أبوظبي", rest)`` when a paragraph opens with the name of the site (``site``,
    the page's, or a broadcaster's known name), a dash and the city the story was filed
    from: Sky News Arabia's "سكاي نيوز عربية - أبوظبي" opening its text, where the city
    ends with no mark before the sentence; or the city first ("دبي - العربية.نت"). A
    known city is asked for, so a sentence that opens with the site's name ("سكاي نيوز
    عربية - التي ...") stays."""
    if (city := _CITY_THEN_SITE.match(text)) and is_city(city.group("place")):
        words = list(re.finditer(r"[^\s:：،,]+", text[city.end():]))[:3]
        for word in reversed(words):  # Al Arabiya's "دبي - العربية.نت"
            name, rest = text[city.end():city.end() + word.end()], text[city.end() + word.end():]
            # (the site's bare name is a sentence's first word too, "القاهرة - الشرق
            # الأوسط يشهد ...", "دبي - الخليج يشهد ...": it is the site's with a mark after)
            if _names_the_site(name, site) and (fold(name) != fold(site) or not rest.strip()
                                                or rest.lstrip()[:1] in ":：،,-–—"):
                return city.group("place"), rest.lstrip(" :：،,-–—")
    m = _SITE_DASH.match(text)
    if m is None or not _names_the_site(m.group("site").strip(), site):
        return None
    words = list(re.finditer(r"[^\s:：،,]+", text[m.end():]))[:2]
    for word in reversed(words):  # (the longer first: "شرم الشيخ", "أبو ظبي")
        place = text[m.end():m.end() + word.end()]
        if is_city(place):
            return place, text[m.end() + word.end():].lstrip(" :：،,-–—")
    return None


def lead_dateline(blocks: list[Block], meta: dict[str, Any]) -> list[Block]:
    """Move an agency dateline ("دمشق، سوريا (CNN) --", or the site's own, "سكاي نيوز
    عربية - أبوظبي") from the opening of the first paragraph to ``meta["dateline"]``
    (unless one is set); ``blocks`` is changed in place and returned. The first span
    keeps its style; the spans after it are kept as they are."""
    for n, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            first = block.spans[0]
            split = split_site_dateline(first.text, str(meta.get("publisher") or "")) \
                or split_lead_dateline(first.text)
            if split and "dateline" not in meta:
                meta["dateline"] = split[0]
                if not split[1] and block.spans[1:]:  # (the dateline in bold, its own span)
                    after = block.spans[1]
                    blocks[n] = Paragraph((replace(after, text=after.text.lstrip(" :：-–—")),
                                           *block.spans[2:]))
                elif split[1] or block.spans[1:]:
                    blocks[n] = Paragraph((replace(first, text=split[1]), *block.spans[1:]))
                else:  # the dateline on a line of its own ("الكويت - 20 - 6 (كونا) --")
                    del blocks[n]
            break
    return blocks


def dateline_zone(meta: dict[str, Any]) -> None:
    """Set ``meta["timezone"]`` to the zone of the place the header gives ("كتب: سارة
    أحمد - الرياض": Asia/Riyadh) when the publication time was given without one. (A
    wire's lead dateline gives none: a story from Washington is stamped where the site is.)"""
    stamp = meta.get("published") or meta.get("updated")  # (an update's stamp alone)
    if "timezone" not in meta and stamp and "dateline" in meta:
        zone = zone_for_place(str(meta["dateline"]))
        if zone and not re.search(r"[+-]\d\d:\d\d$", str(stamp)):
            meta["timezone"] = zone


# Egyptian publishers whose addresses are not under .eg (Al-Masry Al-Youm, Youm7,
# Masrawy, Shorouk, El Watan, Akhbar El Yom, Cairo 24, Al-Bawaba News, Veto, Al-Wafd,
# Mada Masr, Egypt Independent, Daily News Egypt, Egypt Today), by their domain's name
_EGYPTIAN_SITES = frozenset({
    "almasryalyoum", "youm7", "masrawy", "shorouknews", "elwatannews", "akhbarelyom",
    "cairo24", "albawabhnews", "vetogate", "alwafd", "madamasr", "egyptindependent",
    "dailynewsegypt", "egypttoday"})


def site_zone(meta: dict[str, Any]) -> None:
    """Cairo's zone for the times an Egyptian site prints without one (an address under
    .eg, or a known Egyptian publisher's): they are Egypt's local time (+02:00, +03:00 in
    its summer time), and were read as UTC, two or three hours late."""
    stamps = [str(meta[k]) for k in ("published", "updated") if meta.get(k)]
    if "timezone" in meta or not any("T" in s and not _STAMP_OFFSET.search(s) for s in stamps):
        return
    try:
        host = (urlsplit(str(meta.get("url") or "")).hostname or "").lower()
    except ValueError:  # (a malformed address: "http://[::1")
        return
    labels = host.split(".")
    if labels[-1:] == ["eg"] or any(label in _EGYPTIAN_SITES for label in labels[:-1]):
        meta["timezone"] = "Africa/Cairo"


_STAMP_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")


def israel_time(meta: dict[str, Any], text: str) -> None:
    """A time stamp read as India's "IST" (+05:30) on a page that turns out Israeli once
    read: Israeli by its data (:func:`~.dates.israeli_page`), its text mostly Hebrew
    (a scrape's "07.12.2026 10:30 IST", no Hebrew in the line), or, on a page with no
    address to tell, its dateline only a city of Israel ("JERUSALEM —"; an Indian site's
    story from Jerusalem, or a wire's "JERUSALEM (Reuters)", is India's time). Its times
    were three and a half hours early."""
    place = str(meta.get("dateline") or "") if not meta.get("url") else ""
    letters = [ch for ch in text if ch.isalpha()]
    hebrew = sum(1 for ch in letters if "\u05d0" <= ch <= "\u05ea")
    if not (israeli_page(meta) or hebrew * 2 > len(letters) > 0 or (
            is_city(place) and zone_for_place(place) == "Asia/Jerusalem")):
        return
    for key in ("published", "updated"):
        value = meta.get(key)
        if isinstance(value, str) and value.endswith(INDIA_OFFSET):
            local = value[:-len(INDIA_OFFSET)]  # "2026-07-08T09:15"
            when = datetime.fromisoformat(local)
            meta[key] = local + israel_offset(when.date(), when.hour, when.minute)


# A wire item's date line ends with the agency that filed it: "جدة 25 شوال 1436 هـ الموافق
# 10 اغسطس 2015 م واس" (the Saudi Press Agency). The dateline keeps it, as a CNN one
# keeps "(CNN)": "جدة (واس)".
_AGENCY_AFTER_DATE = re.compile(
    r"\d{4}\s*(?:م\s+)?[-–—]?\s*\(?(?P<agency>[^\W\d_][^\d()\[\]|:،,]{1,14}?)\)?\s*$")


_NOT_AGENCIES = frozenset(fold(w) for w in (
    "مساء", "مساءً", "صباحا", "صباحاً", "ظهرا", "ظهراً", "فجرا", "ليلا", "بتوقيت", "غرينتش",
    "am", "pm", "gmt", "utc", "est", "edt", "bst", "cet"))


def agency_after_date(line: str) -> str | None:
    """The agency named at the end of a wire item's date line ("... 2015 م واس"), or
    None."""
    m = _AGENCY_AFTER_DATE.search(line)
    if m is None:
        return None
    agency = m.group("agency").strip()
    if fold(agency) in _NOT_AGENCIES or function_word_count(agency.split()):
        return None
    return agency
