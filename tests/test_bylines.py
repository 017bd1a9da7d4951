"""Bylines accept a name, never a label or a sentence (Arabic, Persian, Urdu, English).

Page templates print all sorts of things where an author would go: a category label
("By حیرت انگیز", "amazing"), a sentence of page furniture ("بقلم تم نشر هذا المحتوى
على", "published this content on"), an account name. None may reach an edition's
byline; a real name must, and a role only in the label's own words.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from artexport import load_article
from artexport.errors import ArtexportWarning
from artexport.readers.news import looks_like_name, parse_byline

NOT_AUTHORS = [
    # Urdu: category labels and furniture where the author goes
    "By حیرت انگیز", "By دلچسپ", "تحریر: ویب ڈیسک", "By کھیل", "از اہم خبریں",
    "تحریر: یہ خبر پہلے شائع ہو چکی ہے",
    # Persian
    "نویسنده: اخبار ورزشی", "توسط ادمین", "به قلم این مطلب را به اشتراک بگذارید",
    "گزارش: سرویس فرهنگی", "نویسنده: مدیر سایت", "نویسنده: گروه جامعه",  # (a desk)
    # Arabic
    "بقلم تم نشر هذا المحتوى على", "بقلم منوعات", "كتب في منوعات", "كتب تعليق على الخبر",
    "إعداد: فريق التحرير", "حوار: مع الكاتب في", "بقلم المحرر", "كتبت: أخبار محلية",
    "الرياض: وكالة الأنباء في", "بقلم هذا المقال من", "بواسطة admin", "المحرر: أخبار محلية",
    "بواسطة: عدسة الوطن",  # (a photo desk)
    # English
    "By continuing to use this site", "By Admin", "By admin user", "By Staff",
    "Written by Share this", "By Sports", "By clicking here you agree", "By Published on",
    "Reporting by the end of the week", "By Entertainment",
    # a live blog's entry heading: its time, then its title
    "13.40 GMT – Income tax thresholds frozen", "09:05 – Markets open higher",
    # a link to a live page: a section, a dash, words in lower case
    "UK weather – latest updates",
]


@pytest.mark.parametrize("line", NOT_AUTHORS)
def test_a_label_or_a_sentence_is_not_an_author(line: str) -> None:
    assert parse_byline(line) is None, line


@pytest.mark.parametrize(("line", "name", "role", "dateline"), [
    ("الرياض: بدر الخريف", "بدر الخريف", None, "الرياض"),
    ("عبد الرحيم بن حسن (جدة)", "عبد الرحيم بن حسن", None, "جدة"),
    ("حوار: آسيا العتروس", "آسيا العتروس", "حوار", None),
    ("حاورها: كمال الرياحي", "كمال الرياحي", "حوار", None),
    ("حاوره - سامي يوسف", "سامي يوسف", "حوار", None),
    ("ترجمة: سامي أبو علي", "سامي أبو علي", "ترجمة", None),
    ("بقلم علي الموسى", "علي الموسى", None, None),
    ("المحرر: خالد يوسف", "خالد يوسف", None, None),
    ("بواسطة: سارة محمد", "سارة محمد", None, None),
    ("الكاتبة: ليلى حسن", "ليلى حسن", None, None),
    ("الشاعر: سليم الحدّاد", "سليم الحدّاد", "شعر", None),
    ("نویسنده: علی رضایی", "علی رضایی", None, None),
    ("مصاحبه: مریم احمدی", "مریم احمدی", "مصاحبه", None),
    ("تحریر: محمد علی", "محمد علی", None, None),
    ("By Jane Doe", "Jane Doe", None, None),
    # the place and post in brackets after the name (Le Monde's): it stayed in the text
    ("By Claire Morel (Beirut, correspondent)", "Claire Morel", None, "Beirut"),
    ("Par Claire Morel (envoyée spéciale)", "Claire Morel", None, None),
    ("By Theresa May", "Theresa May", None, None),
    ("Interview by Sam O'Neill", "Sam O'Neill", "interviewer", None),
    ("By Ursula von der Leyen", "Ursula von der Leyen", None, None),
    # Hebrew's "by" (the byline named "מאת ישראל כהן", the label read as a first name)
    ("מאת ישראל כהן", "ישראל כהן", None, None),
    ("מאת: דנה לוי", "דנה לוי", None, None),
    # Al-Rai's byline between bars (it stayed the text's first paragraph)
    ("| كتب عبدالله النجار |", "عبدالله النجار", None, None),
])
def test_a_name_is_an_author(line: str, name: str, role: str | None,
                             dateline: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None, line
    assert byline.authors == [{"name": name} | ({"role": role} if role else {})]
    assert byline.dateline == dateline


def test_a_role_stays_in_the_language_of_its_label() -> None:
    """An Arabic label gives an Arabic role; an English template label before an Arabic
    name gives none (never "interviewer" inside an Arabic byline)."""
    arabic = parse_byline("حوار: آسيا العتروس")
    assert arabic is not None and arabic.authors[0]["role"] == "حوار"
    mixed = parse_byline("Interview by آسيا العتروس")
    assert mixed is not None and mixed.authors == [{"name": "آسيا العتروس"}]


def test_a_menu_item_of_the_same_page_is_no_name() -> None:
    assert looks_like_name("عالم التقنية")
    assert not looks_like_name("عالم التقنية", labels=frozenset({"عالم التقنيه"}))


def test_a_label_in_a_scrape_never_reaches_the_article(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("\n".join([
        "* الرئيسية", "* عالم التقنية", "* رياضة",
        "افتتاح مكتبة ناطقة في وسط المدينة",
        "بقلم عالم التقنية",
        "افتتحت البلدية صباح اليوم مكتبة ناطقة مجهزة بأجهزة قراءة للمكفوفين وضعاف البصر، "
        "وقالت إنها ستفتح أبوابها يوميا حتى المساء.",
    ]) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArtexportWarning)
        article = load_article(page)
    assert article.authors == ()
    assert {d.text: d.reason for d in article.dropped}["بقلم عالم التقنية"] \
        == "byline without a name"


def test_a_name_then_a_city_after_a_dash_is_a_byline() -> None:
    """"أحمد الحاج - بيروت": the writer and where they wrote from (a place then a
    source, "إسطنبول - متابعات", stays a dateline)."""
    byline = parse_byline("سامي العمري - بيروت")
    assert byline is not None
    assert byline.authors == [{"name": "سامي العمري"}] and byline.dateline == "بيروت"
    assert parse_byline("إسطنبول - متابعات") is None


@pytest.mark.parametrize(("line", "name", "place"), [
    ("رضا علی، لاہور", "رضا علی", "لاہور"), ("Mara Lindqvist, London", "Mara Lindqvist", "London"),
    ("الرئيس الفرنسي، باريس", None, None),  # (a title, no given name)
    ("بی بی سی اردو ڈاٹ کام، لاہور", None, None),  # (the BBC's service and place)
    ("Cairo, Egypt", None, None), ("Omar Al-Harbi, Riyadh", "Omar Al-Harbi", "Riyadh"),
    ("رضا علی -اردو نیوز، لاہور", None, None),  # (a writer and a site, or a site and one)
    # a place or a body and its city, where the story comes from: no writer
    ("Downing Street, London", None, None), ("Wall Street, New York", None, None),
    ("وزارة الخارجية، القاهرة", None, None), ("مجلس الأمن، نيويورك", None, None)])
def test_a_name_then_a_city_after_a_comma_is_a_byline(
        line: str, name: str | None, place: str | None) -> None:
    """Urdu and English pages print the writer and the city with a comma ("رضا علی،
    لاہور"): the line was no byline, the writer lost; Lahore's own spelling was no city."""
    byline = parse_byline(line)
    assert (byline.authors[0]["name"] if byline else None) == name
    assert (byline.dateline if byline else None) == place


@pytest.mark.parametrize(("line", "names"), [
    ("By Sandee LaMotte, CNN", ["Sandee LaMotte"]),
    ("By BARRY WILNER, AP Football Writer", ["BARRY WILNER"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
])
def test_a_byline_with_an_employer_or_two_writers(line: str, names: list[str]) -> None:
    byline = parse_byline(line)
    assert byline is not None and [a["name"] for a in byline.authors] == names


@pytest.mark.parametrize(("line", "names", "place"), [
    ("By WAFAA SHURAFA, SAMY MAGDY and JULIA FRANKEL",
     ["WAFAA SHURAFA", "SAMY MAGDY", "JULIA FRANKEL"], None),
    ("By Ana Ruiz, Tom Hale, and Lina Saab", ["Ana Ruiz", "Tom Hale", "Lina Saab"], None),
    ("By Ruth Michaelson and Hoda Osman in Cairo", ["Ruth Michaelson", "Hoda Osman"], "Cairo"),
    ("By Emma Graham in Jerusalem", ["Emma Graham"], "Jerusalem"),
    ("By Jane Doe, CNN and John Roe", ["Jane Doe"], None),
    ("By Bethan Lowe, Malak A Tantesh and Julian Hart in Jerusalem",
     ["Bethan Lowe", "Malak A Tantesh", "Julian Hart"], "Jerusalem"),
    ("By Asha Verma, New Delhi", ["Asha Verma"], "New Delhi"),
    ("By Imran Qadir, Karachi", ["Imran Qadir"], "Karachi"),
    ("By Jane Doe, CNN", ["Jane Doe"], None),
])
def test_a_byline_listing_three_writers_or_saying_where_they_wrote(
        line: str, names: list[str], place: str | None) -> None:
    """AP's "By A, B and C" named only the first (the rest read as her employer after
    the comma); The Guardian's "By A and B in Cairo" named no one; Hindustan Times' "By
    A, New Delhi" lost its dateline (New Delhi and Karachi were no known cities)."""
    byline = parse_byline(line)
    assert byline is not None and [a["name"] for a in byline.authors] == names
    assert byline.dateline == place
    assert parse_byline("By Jane Doe in Sports Illustrated") is None


def test_a_label_its_place_and_the_name() -> None:
    """"حاوره في صنعاء / عبد الملك الفهيدي -": once "حاوره" became a label the line was
    left out as a byline without a name (read as text before); a sentence with "في"
    and a colon is no byline."""
    found = parse_byline("حاوره في صنعاء / عبد الملك الفهيدي -")
    assert found is not None and found.dateline == "صنعاء"
    assert found.authors == [{"name": "عبد الملك الفهيدي", "role": "حوار"}]
    assert parse_byline("قال في بيروت: إن الوضع صعب جدا") is None


def test_the_site_from_a_city_then_the_writer() -> None:
    """Elaph prints "إيلاف من القاهرة: محمد حسن" under its headline: the site, the city
    it writes from, the writer. No author was found, and no dateline; a sentence after
    "من <city>:" is no name."""
    found = parse_byline("إيلاف من القاهرة: محمد حسن")
    assert found is not None and found.dateline == "القاهرة"
    assert found.authors == [{"name": "محمد حسن"}]
    assert parse_byline("الوزير من القاهرة: سنعمل على تحقيق ذلك قريبا") is None
