"""The raw-scrape reader (.txt): the seed, crafted scrapes, the real corpus, the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import warnings
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from artexport import load_article
from artexport.errors import ArtexportWarning, ArticleError
from artexport.model import (
    Article,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Preformatted,
    Table,
    block_texts,
    plain_text,
)
from conftest import load_quietly
from conftest import paragraphs_of as paragraphs

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
SEED_FURNITURE = ["icon", "التغطية الحية", "+A", "-A", "حجم الخط"]


def everything(article: Article) -> str:
    """All the text an export could show: every field and block, as JSON."""
    return article.to_json()


def write_scrape(folder: Path, *lines: str, name: str = "page.txt") -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


BODY = ("افتتحت البلدية صباح اليوم حديقة جديدة مجهزة بممرات ملموسة ولوحات إرشادية "
        "بطريقة برايل للمكفوفين.",
        "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا من السابعة صباحا حتى العاشرة مساء.")


# ---- the seed -----------------------------------------------------------------------

def test_seed_loads_with_title_date_image_dateline_and_ten_paragraphs(seed: Path) -> None:
    with pytest.warns(ArtexportWarning, match=r"qsd-walthalf-aldwly6\.jpg"):
        article = load_article(seed)
    assert article.title == ('تفاصيل "الحملة الأمنية" للتحالف الدولي و"قسد" في مدينة البصيرة '
                             'شرقي دير الزور')
    assert article.lang == "ar" and article.direction == "rtl"
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2021, 6, 26, 14, 30)
    assert article.published.utcoffset() == timedelta(hours=3)
    assert getattr(article.published.tzinfo, "key", None) == "Asia/Damascus"
    lead = article.lead_image
    assert lead is not None and lead.image.src == "qsd-walthalf-aldwly6.jpg"
    assert lead.image.path is None  # named but absent: kept, not rendered
    assert plain_text(lead.caption) == ('عربات للتحالف الدولي وعناصر من "قسد" شمال شرقي سوريا '
                                        '(وكالات)')
    assert article.dateline == "إسطنبول - متابعات"
    assert all(isinstance(b, Paragraph) for b in article.blocks)
    # exactly the ten body paragraphs of the page, in its order
    lines = [ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines()]
    first = next(i for i, ln in enumerate(lines) if ln.startswith("أجرت قوات التحالف"))
    # (the loader turns no-break spaces into spaces)
    expected = [" ".join(ln.split()) for ln in lines[first:] if ln]
    assert len(expected) == 10
    assert paragraphs(article) == expected


def test_seed_keeps_no_page_furniture(seed: Path) -> None:
    article = load_quietly(seed)
    text = everything(article)
    for word in SEED_FURNITURE:
        assert word not in text, word
    assert not any("qsd-walthalf" in p for p in paragraphs(article))
    assert "إسطنبول - متابعات" not in paragraphs(article)


def test_seed_uses_the_image_when_it_is_beside_the_scrape(seed: Path, tmp_path: Path) -> None:
    copy = tmp_path / seed.name
    shutil.copy(seed, copy)
    PILImage.new("RGB", (64, 40), (40, 90, 160)).save(tmp_path / "qsd-walthalf-aldwly6.jpg")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ArtexportWarning)  # nothing is missing now
        article = load_article(copy)
    lead = article.lead_image
    assert lead is not None and lead.image.path == tmp_path / "qsd-walthalf-aldwly6.jpg"
    assert lead.image.media_type == "image/jpeg" and lead.image.width == 64


def test_inspect_prints_the_seed_as_json(seed: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "artexport", "inspect", str(seed)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "qsd-walthalf-aldwly6.jpg" in proc.stderr  # the missing-image warning
    data = json.loads(proc.stdout)
    assert data["title"].startswith('تفاصيل "الحملة الأمنية"')
    assert data["published"] == "2021-06-26T14:30:00+03:00"
    assert data["dateline"] == "إسطنبول - متابعات"
    assert data["lead_image"]["image"]["src"] == "qsd-walthalf-aldwly6.jpg"
    assert data["lead_image"]["caption"][0]["text"].startswith("عربات للتحالف الدولي")
    assert [b["kind"] for b in data["blocks"]] == ["paragraph"] * 10
    assert data["lang"] == "ar" and data["direction"] == "rtl"


# ---- crafted scrapes ----------------------------------------------------------------

def test_wire_item_with_hijri_date_and_mecca_time() -> None:
    article = load_quietly(FIXTURES / "ar-wire.txt")
    assert article.title == "افتتاح مركز لخدمات المكفوفين في المدينة المنورة"
    assert article.section == "محليات"
    # the agency that filed it ("واس") stays with the place, as a CNN dateline's "(CNN)"
    assert article.dateline == "المدينة المنورة (واس)"
    # the Gregorian date after "الموافق", the time from the closing "14:05 ت م"
    assert article.published is not None
    assert article.published.isoformat() == "2023-03-25T14:05:00+03:00"
    # the Hijri date beside it is the paper's too: every edition prints both
    assert article.published_hijri == "3 رمضان 1444 هـ"
    assert len(paragraphs(article)) == 2
    text = everything(article)
    for gone in ("انتهى", "14:05 ت م", "نسخة للطباعة", "اقتصاد", "الرئيسية"):
        assert gone not in text, gone


def test_english_page_header_body_list_and_footer() -> None:
    with pytest.warns(ArtexportWarning, match="ferry-return.jpg"):
        article = load_article(FIXTURES / "en-page.txt")
    assert article.title == "Harbour ferry returns after winter repairs"
    assert [a.name for a in article.authors] == ["Tom Ellis"]
    assert article.dateline == "London"
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-12T10:05:00+00:00"
    assert article.lead_image is not None
    caption = plain_text(article.lead_image.caption)
    assert caption == "The refitted ferry at the north pier on Tuesday"
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["paragraph", "paragraph", "heading", "paragraph", "list", "paragraph",
                     "paragraph"]
    # "Media caption" is a label; the caption after it is the article's text
    assert paragraphs(article)[-1] == "The ferry leaves the north pier"
    lists = [b for b in article.blocks if isinstance(b, ListBlock)]
    assert plain_text(lists[0].items[0]) == "every twenty minutes at peak times"
    text = everything(article)
    for gone in ("Skip to content", "Sign in", "Weather", "Advertisement", "Media caption",
                 "Share", "Facebook", "More on this story", "Bridge closure", "Copyright"):
        assert gone not in text, gone


@pytest.mark.parametrize(("date_line", "published"), [
    ("2021.06.26 | 14:30 دمشق", "2021-06-26T14:30:00+03:00"),
    ("26/06/2021 | 09:15 بيروت", "2021-06-26T09:15:00+03:00"),
    ("2021-01-10 08:00 القاهرة", "2021-01-10T08:00:00+02:00"),
    ("الرباط 26 يونيو 2021", "2021-06-26T00:00:00+01:00"),
    ("عمّان - 10 اغسطس 2015", "2015-08-10T00:00:00+03:00"),
    ("الجمعة 8 فيفري 2019 - 16:45 تونس", "2019-02-08T16:45:00+01:00"),
    ("٢٠٢٢/٠٣/١٥ ١٠:٢٠ دبي", "2022-03-15T10:20:00+04:00"),
    ("الأربعاء، 28 آب/اغسطس 2013، 14:00 (GMT+0400)", "2013-08-28T14:00:00+04:00"),
    ("24 July 2015", "2015-07-24T00:00:00+00:00"),
])
def test_date_lines(tmp_path: Path, date_line: str, published: str) -> None:
    path = write_scrape(tmp_path, "افتتاح حديقة ملموسة للمكفوفين في وسط المدينة", date_line, *BODY)
    article = load_quietly(path)
    assert article.published is not None and article.published.isoformat() == published
    assert article.title == "افتتاح حديقة ملموسة للمكفوفين في وسط المدينة"
    assert paragraphs(article) == list(BODY)


@pytest.mark.parametrize(("city", "zone"), [
    ("دمشق", "Asia/Damascus"), ("بيروت", "Asia/Beirut"), ("عمّان", "Asia/Amman"),
    ("القاهرة", "Africa/Cairo"), ("الرياض", "Asia/Riyadh"), ("جدة", "Asia/Riyadh"),
    ("الدوحة", "Asia/Qatar"), ("دبي", "Asia/Dubai"), ("أبوظبي", "Asia/Dubai"),
    ("بغداد", "Asia/Baghdad"), ("إسطنبول", "Europe/Istanbul"), ("تونس", "Africa/Tunis"),
    ("الرباط", "Africa/Casablanca"), ("الجزائر", "Africa/Algiers"), ("الكويت", "Asia/Kuwait"),
    ("مسقط", "Asia/Muscat"), ("المنامة", "Asia/Bahrain"), ("صنعاء", "Asia/Aden"),
    ("الخرطوم", "Africa/Khartoum"), ("طرابلس", "Africa/Tripoli"), ("القدس", "Asia/Jerusalem"),
    ("غزة", "Asia/Gaza"), ("رام الله", "Asia/Hebron"),
])
def test_the_city_of_the_date_line_gives_the_time_zone(tmp_path: Path, city: str,
                                                        zone: str) -> None:
    path = write_scrape(tmp_path, "افتتاح حديقة ملموسة للمكفوفين في وسط المدينة",
                        f"2023.11.02 | 10:30 {city}", *BODY)
    article = load_quietly(path)
    assert article.published is not None
    assert getattr(article.published.tzinfo, "key", None) == zone
    assert article.published.hour == 10 and article.published.minute == 30


def test_image_in_the_body_becomes_a_figure_and_a_present_file_is_used(tmp_path: Path) -> None:
    PILImage.new("RGB", (30, 20), (200, 30, 30)).save(tmp_path / "garden-path.png")
    path = write_scrape(tmp_path, "افتتاح حديقة ملموسة للمكفوفين في وسط المدينة",
                        "2023.11.02 | 10:30 دمشق", BODY[0], "garden-path.png",
                        "ممر ملموس عند مدخل الحديقة", BODY[1])
    with warnings.catch_warnings():
        warnings.simplefilter("error", ArtexportWarning)
        article = load_article(path)
    assert [b.kind for b in article.blocks] == ["paragraph", "figure", "paragraph"]
    figure = article.blocks[1]
    assert isinstance(figure, Figure) and figure.image.path == tmp_path / "garden-path.png"
    assert plain_text(figure.caption) == "ممر ملموس عند مدخل الحديقة"


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    article = load_quietly(FIXTURES / "wrapped.txt")
    assert article.title == "Lifeboat crew rescue two kayakers caught by the tide"
    texts = paragraphs(article)
    assert len(texts) == 3
    assert texts[0].startswith("The volunteer lifeboat crew was called out shortly after noon "
                               "on Monday when two kayakers")
    assert texts[2].endswith("where the current can be strong.")
    assert "Copyright" not in article.to_json()


# one paragraph cut by a scraper every seven or eight words (a narrow column)
_NARROW = ["أعلنت وزارة النقل في بيان أصدرته صباح اليوم أنها",
           "ستبدأ الشهر المقبل تشغيل خط جديد للحافلات يربط",
           "الأحياء الشمالية بوسط المدينة، على أن تعمل الحافلات",
           "كل ربع ساعة من السادسة صباحا حتى منتصف الليل",
           "طوال أيام الأسبوع بما فيها أيام العطل الرسمية",
           "وأضافت الوزارة أن الحافلات الجديدة مجهزة بمنحدرات",
           "لكراسي المتحركة وبإعلانات صوتية عن أسماء المحطات",
           "لمساعدة المكفوفين وكبار السن على التنقل بأنفسهم",
           "وأن سعر التذكرة سيبقى كما هو دون أي زيادة خلال",
           "العام الأول من تشغيل الخط الجديد على الأقل."]


def test_a_paragraph_cut_into_a_narrow_column_is_one_paragraph(tmp_path: Path) -> None:
    """A scrape whose article is one paragraph cut every seven or eight words (about 45
    characters, narrower than wire copy's column): each piece was a paragraph of its
    own, one a subheading, the menu's "أخبار" the title and its items the body's."""
    title = "خط حافلات جديد يربط الأحياء الشمالية بوسط المدينة الشهر المقبل"
    page = write_scrape(tmp_path, "الرئيسية", "أخبار", "اقتصاد", "رياضة", title,
                        "الأحد 08 مارس 2026 | 10:40 صباحًا", *_NARROW, "اقرأ أيضا",
                        "افتتاح محطة جديدة للقطار", "جميع الحقوق محفوظة © 2026")
    article = load_quietly(page)
    assert article.title == title
    assert paragraphs(article) == [" ".join(_NARROW)]


def test_a_list_of_headlines_of_one_length_is_not_joined(tmp_path: Path) -> None:
    """Headlines of the narrow column's length, none ending a sentence nor cut
    mid-phrase, are a list: alone on a page or under the paragraph, they stay lines of
    their own."""
    headlines = ["ارتفاع أسعار الخضروات في الأسواق المحلية هذا الأسبوع",
                 "افتتاح محطة جديدة للقطار في الضاحية الشرقية للمدينة",
                 "المنتخب يستعد لمباراته الودية المقبلة أمام ضيفه",
                 "وزارة الصحة تطلق حملة جديدة للتطعيم في المدارس",
                 "انخفاض درجات الحرارة مع نهاية الأسبوع الجاري",
                 "جامعة المدينة تستقبل طلابها الجدد بعد العطلة"]
    from artexport.readers.lines import split_lines

    def texts(*lines: str) -> list[str]:
        return [ln.text for ln in split_lines("\n".join(lines) + "\n")]

    assert texts(*headlines, *headlines) == [*headlines, *headlines]
    assert texts(*_NARROW, *headlines) == [" ".join(_NARROW), *headlines]


def test_a_short_text_wrapped_at_72_columns_is_joined(tmp_path: Path) -> None:
    """A brief with four long lines, cut at wire copy's column: too few to show the
    column by their count, its paragraphs stayed cut, and the line in the middle of the
    first was left out as "above the article". One-line sentences, and headlines one
    capitalised under another, stay lines of their own."""
    from artexport.readers.lines import split_lines

    def texts(*lines: str) -> list[str]:
        return [ln.text for ln in split_lines("\n".join(lines) + "\n")]

    first = ["The harbour board on Tuesday agreed to rebuild the old fish market as",
             "a covered hall for local traders, after a year of talks with growers",
             "and fishermen over rents."]
    second = ["Building is expected to begin in March and to be finished before the",
              "summer season, the board said."]
    page = write_scrape(tmp_path, "Old fish market to be rebuilt as covered hall", "",
                        *first, "", *second)
    assert paragraphs(load_quietly(page)) == [" ".join(first), " ".join(second)]
    sentences = ["Several streets in the centre will be closed on Friday morning.",
                 "The race starts at six and the last runners finish around noon.",
                 "Drivers are advised to use the ring road and allow extra time."]
    assert texts(*sentences) == sentences
    headlines = ["Minister visits flood-hit villages in the north of the country",
                 "Central bank keeps its key interest rate unchanged this month",
                 "Police arrest three suspects after a robbery in the old town",
                 "Schools to close early for the winter holiday, ministry says."]
    assert texts(*headlines) == headlines


def test_a_byline_with_the_sites_own_name_between_writer_and_city(tmp_path: Path) -> None:
    """Sabq's "writer - site - city" under the headline: the writer was lost (the line
    read as a page's title). Only the page's own name (its copyright line's) makes the
    middle part a site's: a headline's "stocks - fell - city" names no writer, nor does a
    route through the city a paper is named for."""
    def page(line: str) -> Path:
        return write_scrape(tmp_path, "نبأ", "الرئيسية | محليات | اقتصاد",
                            "البلدية تفتتح حديقة جديدة للمكفوفين", line,
                            "الاثنين 7 ديسمبر 2026", *BODY, "جميع الحقوق محفوظة © 2026 نبأ")

    article = load_quietly(page("سلمى الحربي - نبأ - جدة"))
    assert [a.name for a in article.authors] == ["سلمى الحربي"]
    assert article.dateline == "جدة"
    assert paragraphs(article) == list(BODY)
    assert not load_quietly(page("أسعار الذهب - تراجع - جدة")).authors
    # a paper named for its city ("الرياض"): "train - الرياض - جدة" is a route, no byline
    route = write_scrape(tmp_path, "الرياض", "البلدية تفتتح حديقة جديدة للمكفوفين",
                         "قطار الحرمين - الرياض - جدة", "الاثنين 7 ديسمبر 2026", *BODY,
                         "جميع الحقوق محفوظة © 2026 جريدة الرياض")
    assert not load_quietly(route).authors


def test_a_dateline_of_the_city_and_the_sites_own_name_is_the_city(tmp_path: Path) -> None:
    """Al Bayan's dateline "دبي، البيان" under the headline: the site's name was spoken
    as part of the place. Only the page's own name (its copyright line's) goes; a
    country or a wire after the city stays, and so does a city after the city of a
    paper named for one."""
    def dateline(line: str, rights: str = "جميع الحقوق محفوظة © نبأ 2026") -> str | None:
        return load_quietly(write_scrape(
            tmp_path, "نبأ", "الرئيسية | محليات | اقتصاد",
            "البلدية تفتتح حديقة جديدة للمكفوفين", line, "الاثنين 7 ديسمبر 2026", *BODY,
            rights)).dateline

    assert dateline("دبي، نبأ") == "دبي"
    assert dateline("دبي - نبأ") == "دبي"
    assert dateline("دبي، الإمارات") == "دبي، الإمارات"
    assert dateline("دبي - وام") == "دبي - وام"
    assert dateline("دبي، الإمارات", "جميع الحقوق محفوظة © الإمارات اليوم 2026") \
        == "دبي، الإمارات"
    assert dateline("جدة، الرياض", "جميع الحقوق محفوظة © 2026 جريدة الرياض") == "جدة، الرياض"
    assert dateline("دبي، نبأ", "جميع الحقوق محفوظة لصحيفة نبأ 2026") == "دبي"
    # (a copyright line that ends with a country names no site by its last word)
    assert dateline("القدس، فلسطين", "جميع الحقوق محفوظة لوكالة وفا - فلسطين © 2026") \
        == "القدس، فلسطين"


def test_markdown_saved_as_txt_is_read_as_markdown(tmp_path: Path) -> None:
    path = write_scrape(tmp_path, "# دليل الحديقة", "", BODY[0], "", "## المداخل", "",
                        BODY[1], "", "```text", "gate=north", "```")
    article = load_quietly(path)
    assert article.title == "دليل الحديقة"
    assert [b.kind for b in article.blocks] == ["paragraph", "heading", "paragraph",
                                                "preformatted"]


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "file is empty"),
    (b"\x00\x01\x02binary", "binary"),
    ("عنوان\n".encode("cp1256"), "not valid UTF-8"),
])
def test_bad_scrapes_get_one_clear_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=problem) as info:
        load_article(path)
    assert str(info.value).startswith(str(path))


def test_body_text_without_a_headline_takes_its_opening_words_as_title(
        tmp_path: Path) -> None:
    # the article's paragraphs cut without their headline: nothing is lost, the opening
    # words name it, and a warning says so (an error for a strict run)
    path = write_scrape(tmp_path, BODY[0] + " " + BODY[1], "", BODY[1] + " " + BODY[0],
                        "", BODY[0])
    with pytest.warns(ArtexportWarning, match="no headline found above the article text; "
                                              "its opening words are the title"):
        article = load_article(path)
    assert article.title == " ".join(BODY[0].split()[:10]) + "…"
    assert len(article.blocks) == 3 and paragraphs(article)[0].startswith(BODY[0])
    with warnings.catch_warnings():
        warnings.simplefilter("error", ArtexportWarning)
        with pytest.raises(ArtexportWarning, match=str(path)):
            load_article(path)


def test_a_scrape_of_only_menus_is_refused() -> None:
    path = FIXTURES / "menu-only.txt"
    with pytest.raises(ArticleError, match="no article text found") as info:
        load_article(path)
    assert str(path) in str(info.value)


# ---- the real-world corpus ----------------------------------------------------------

# Per file: the title, text that must be there (in this order), text that must not.
CORPUS_CASES: dict[str, dict[str, Any]] = {
    "03-tn-assabah-sudan-interview.txt": {
        "title": "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة "
                 "سودانية ولا حاجة لنستورد شيئا",
        "present": ["مالذي يحدث في السودان؟", "*ما الذي يحدث في السودان",
                    "*و هل الجنوب اليوم في وضع أفضل", "سياسة جس النبض"],
        "absent": ["تجاوز إلى المحتوى الرئيسي", "الحياة الوطنية", "Tweet", "الأبراج", "فاكس",
                   "جريدة الصباح بتاريخ", "redaction@", "غائم جزئيا", "Footer Links", "حفظ"],
        "published": "2019-02-08", "authors": ["آسيا العتروس"],
    },
    "04-sy-cnnarabic-2013-qalamoun-depots.txt": {
        "title": "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
        "present": ["أكدت جهات سورية معارضة", "ثلاثة مستودعات للذخيرة", "وشدد الائتلاف"],
        "absent": ["CNN en Español", "MÉXICO", "INTERNATIONAL", "الطبعة", "الأكثر تصفحاً",
                   "ترحب شبكة CNN", "الآراء الواردة", "القبض على شاب", "Cable News Network",
                   "شروط الخدمة"],
        "published": "2013-08-28", "dateline": "دمشق، سوريا (CNN)",
    },
    "07-sa-spa-rain-alardiyat-very-short.txt": {
        "title": "أمطار على محافظة العرضيات الشمالية والجنوبية",
        "present": ["هطلت يوم أمس أمطار", "جعلها الله سقيا خير"],
        "absent": ["انتهى", "11:20 ت م"], "hijri": "25 شوال 1436 هـ",
        "published": "2015-08-10T11:20:00+03:00", "dateline": "جدة (واس)", "paragraphs": 2,
    },
    "08-sa-aawsat-king-salman-100-days-very-long.txt": {
        "title": "سلمان يؤسس لدولة المستقبل خلال مائة يوم",
        "present": ["قليلة هي المائة يوم", "وفي يوم الأحد 3 مايو", "أدى الوزراء"],
        "absent": [], "authors": ["بدر الخريف"], "dateline": "الرياض",
    },
    "10-ar-javascript-info-ninja-code.txt": {
        "title": "كود النينجا",
        "present": ["استخدم النينجا المبرمج من الماضي", "Math.max(0, len + i)"],
        "absent": ["```", "# "], "headings": 10,
    },
    "11-sa-aawsat-arab-app-developers-mixed-latin-urls.txt": {
        "title": "نجاحات مبهرة لمطوري التطبيقات العربية",
        "present": ["ازدادت أعداد مطوري التطبيقات العربية", "https://developer.apple.com/resources"],
        "absent": [], "authors": ["خلدون غسان سعيد"], "dateline": "جدة", "headings": 4,
    },
    "12-sa-okaz-stock-market-eastern-western-digits.txt": {
        "title": "«التجزئة» يجذب المستثمرين و«التأمين» يواجه حركة تذبذبية",
        "present": ["أكدت المحللة المالية", "٩٠٩٨ نقطة"],
        "absent": [], "authors": ["عبد الرحيم بن حسن"], "dateline": "جدة", "paragraphs": 7,
    },
    "13-sa-aljazirah-quran-quotes-heavy-tashkeel.txt": {
        "title": "إنَّ الله لا يُحِبُّ الْفَرِحِين: ولكنَّ ذلك ليْسَ على إطْلاقِهِ (2 ـ 5):",
        "present": ["قال الله سبحانه وتعالى", "واعْلموا أيها الأحباب"],
        "absent": ["مقالات أخرى للكاتب"], "authors": ["أبو عبدالرحمن ابن عقيل الظاهري"],
        "paragraphs": 5,
    },
    "18-fa-javascript-info-code-editors.txt": {
        "title": "ویرایشگرهای متن",
        "present": ["ویرایشگرهای متن محلی", "Visual Studio Code"],
        "absent": ["](http"], "headings": 3, "lang": "fa",
    },
    "20-en-bbc-obama-gun-laws.txt": {
        "title": "Obama admits US gun laws are his 'biggest frustration'",
        "present": ["President Barack Obama has admitted", "The UK must stay in the EU",
                    "Analysis: Jon Sopel", "first US president to address the African Union"],
        "absent": ["Skip to content", "CBeebies", "iWonder", "Most read", "Outbrain",
                   "Copyright", "Krux", "Medicare", "Media caption", "Advertisement",
                   "Jeep hack", "Hulk Hogan", "Share this story", "is sponsored by",
                   "941 comments", "Explore the BBC"],
        "published": "2015-07-24", "lang": "en",
    },
}


@pytest.mark.parametrize("name", sorted(CORPUS_CASES))
def test_corpus_scrape(corpus: Path, name: str) -> None:
    case = CORPUS_CASES[name]
    article = load_quietly(corpus / name)
    assert article.title == case["title"]
    body = "\n".join(line for b in article.blocks for line in block_texts(b))
    positions = [body.find(s) for s in case["present"]]
    assert -1 not in positions, [s for s, p in zip(case["present"], positions, strict=True)
                                 if p == -1]
    assert positions == sorted(positions), "body text out of source order"
    text = everything(article)
    for gone in case["absent"]:
        assert gone not in text, gone
    if "published" in case:
        assert article.published is not None
        assert article.published.isoformat().startswith(case["published"])
    if "authors" in case:
        assert [a.name for a in article.authors] == case["authors"]
    if "dateline" in case:
        assert article.dateline == case["dateline"]
    assert article.published_hijri == case.get("hijri")
    if "paragraphs" in case:
        assert len(paragraphs(article)) == case["paragraphs"]
    if "headings" in case:
        assert len([b for b in article.blocks if isinstance(b, Heading)]) >= case["headings"]
    assert article.lang == case.get("lang", "ar")


def test_every_corpus_scrape_loads(corpus: Path) -> None:
    names = sorted(p.name for p in corpus.glob("*.txt"))
    assert set(CORPUS_CASES) <= set(names)
    for name in names:
        article = load_quietly(corpus / name)
        assert article.title and article.blocks, name
        assert len(article.title) <= 200, name  # a headline, not a paragraph


def test_corpus_markdown_code_stays_code(corpus: Path) -> None:
    article = load_quietly(corpus / "10-ar-javascript-info-ninja-code.txt")
    code = [b for b in article.blocks if isinstance(b, Preformatted)]
    assert code and any("Math.max" in b.text for b in code)


def test_lead_dateline_serves_scrape_and_html_paragraphs() -> None:
    from artexport.model import Span
    from artexport.readers.news import byline_meta, lead_dateline, parse_byline

    # A scrape paragraph is one plain span.
    meta: dict[str, Any] = {}
    blocks = lead_dateline([Paragraph((Span("دمشق، سوريا (CNN) -- أكدت مصادر"),))], meta)
    assert blocks == [Paragraph((Span("أكدت مصادر"),))]
    assert meta == {"dateline": "دمشق، سوريا (CNN)"}
    # An HTML paragraph: the first span keeps its style, the others stay as they are.
    first = Span("WASHINGTON (AP) — The", emphasis="strong")
    rest = Span(" vote", href="https://example.org/")
    meta = {}
    blocks = lead_dateline([Heading(2, (Span("x"),)), Paragraph((first, rest))], meta)
    assert blocks[1] == Paragraph((Span("The", emphasis="strong"), rest))
    assert meta == {"dateline": "WASHINGTON (AP)"}
    # CNN's English pages glue their dateline (a <cite>) to the first sentence
    meta = {}
    blocks = lead_dateline([Paragraph((Span("Hong Kong (CNN Business)A muddled view"),))],
                           meta)
    assert blocks == [Paragraph((Span("A muddled view"),))]
    assert meta == {"dateline": "Hong Kong (CNN Business)"}
    # Reuters puts the month and day after the place
    meta = {}
    blocks = lead_dateline([Paragraph((Span("CAIRO, July 21 (Reuters) - Wheat prices rose"),))],
                           meta)
    assert blocks == [Paragraph((Span("Wheat prices rose"),))]
    assert meta == {"dateline": "CAIRO (Reuters)"}
    # Arab News: a known place in capitals and a colon; not a label ("UPDATE: ...")
    meta = {}
    blocks = lead_dateline([Paragraph((Span("AMMAN: Jordan on Monday opened"),))], meta)
    assert blocks == [Paragraph((Span("Jordan on Monday opened"),))]
    assert meta == {"dateline": "AMMAN"}
    para = Paragraph((Span("UPDATE: The minister said on Monday"),))
    assert lead_dateline([para], {}) == [para]
    # Al-Ghad: a known city and a dash; not any word before a dash
    meta = {}
    blocks = lead_dateline([Paragraph((Span("عمان- يعيش مزارعو وادي الأردن موسما صعبا"),))],
                           meta)
    assert blocks == [Paragraph((Span("يعيش مزارعو وادي الأردن موسما صعبا"),))]
    assert meta == {"dateline": "عمان"}
    para = Paragraph((Span("الحكومة - كما قال الوزير - تدرس القرار"),))
    assert lead_dateline([para], {}) == [para]
    # a city that is the sentence's subject, an aside between two dashes after it (the
    # subject was taken away and a dash left dangling); a dateline before an aside stays
    for text in ("القدس - المدينة التي يقدسها أتباع الديانات الثلاث - تستقبل عيد الميلاد.",
                 "Gaza — already devastated by two years of war — is bracing for winter."):
        para = Paragraph((Span(text),))
        assert lead_dateline([para], {}) == [para]
    meta = {}
    blocks = lead_dateline([Paragraph((Span("عمان - قال الوزير إن الحكومة - كما أعلنت - "
                                            "تدرس القرار."),))], meta)
    assert meta == {"dateline": "عمان"}
    # Sudan Tribune: the date written out between the place and the paper
    meta = {}
    lead = "الخرطوم 7 ديسمبر 2026 (سودان تربيون) - أعلن الجيش"
    blocks = lead_dateline([Paragraph((Span(lead),))], meta)
    assert blocks == [Paragraph((Span("أعلن الجيش"),))]
    assert meta == {"dateline": "الخرطوم (سودان تربيون)"}
    # but a sentence that goes on after a parenthesis is no dateline
    para = Paragraph((Span("The company (Apple) said on Monday"),))
    assert lead_dateline([para], {}) == [para]
    # A dateline already known is kept, and the paragraph too.
    meta = {"dateline": "بيروت"}
    para = Paragraph((Span("دمشق، سوريا (CNN) -- أكدت مصادر"),))
    assert lead_dateline([para], meta) == [para] and meta == {"dateline": "بيروت"}

    byline = parse_byline("الرياض: بدر الخريف")
    assert byline is not None
    meta = {"authors": ["earlier"]}
    byline_meta(byline, meta)
    assert meta == {"authors": ["earlier"], "dateline": "الرياض"}


def test_kuna_wire_line_is_the_dateline(tmp_path: Path) -> None:
    """KUNA writes the day and month between the place and the agency: the line was kept
    in the text. (Its place is no time zone of the page's time: a wire from Washington is
    stamped in Kuwait.) Alone on its line it needs its dash: "... (رويترز)" is a caption."""
    page = tmp_path / "kuna.txt"
    page.write_text(
        "الكهرباء: قطع مبرمج للتيار في عدد من المناطق بسبب ارتفاع الأحمال\n"
        "20/06/2024 15:42\n"
        "الكويت - 20 - 6 (كونا) -- أعلنت وزارة الكهرباء والماء اليوم الخميس عن قطع مبرمج "
        "ومؤقت للتيار الكهربائي في عدد من المناطق السكنية لمدة لا تتجاوز ساعتين.\n"
        "وقالت الوزارة في بيان إن مؤشر الأحمال سجل اليوم رقما قياسيا جديدا مع ارتفاع "
        "درجات الحرارة إلى أكثر من 50 درجة مئوية في عدد من المناطق.\n",
        encoding="utf-8")
    article = load_quietly(page)
    assert article.dateline == "الكويت (كونا)"
    assert isinstance(article.blocks[0], Paragraph)
    assert article.blocks[0].spans[0].text.startswith("أعلنت وزارة الكهرباء")
    assert article.published is not None and article.published.hour == 15
    # ... and on a line of its own, above the text
    page.write_text(page.read_text(encoding="utf-8").replace("(كونا) -- ", "(كونا) --\n"),
                    encoding="utf-8")
    article = load_quietly(page)
    assert article.dateline == "الكويت (كونا)"
    assert article.blocks[0].spans[0].text.startswith("أعلنت وزارة الكهرباء")
    page.write_text(page.read_text(encoding="utf-8").replace(
        "الكويت - 20 - 6 (كونا) --", "متظاهرون في شوارع القاهرة (رويترز)"), encoding="utf-8")
    article = load_quietly(page)
    assert article.dateline is None
    assert article.blocks[0].spans[0].text == "متظاهرون في شوارع القاهرة (رويترز)"


def test_reading_times_and_toggles_are_furniture() -> None:
    """A blog's "Tempo de leitura: 1 minuto" opened its article in every edition; an AP
    caption's "less" toggle did too. Sentences that hold the words stay text."""
    from artexport.readers.news import furniture_reason

    for line in ("Tempo de leitura: 1 minuto", "5 min read", "Reading time: 3 minutes",
                 "وقت القراءة: 4 دقائق", "less", "Show more",
                 # a video player's playlist opened a CNN article: "MUST WATCH (16 Videos)"
                 "MUST WATCH", "(16 Videos)", "(12 صورة)",
                 # Medium's claps opened a post: "1.2K"; Le Monde's correspondent's post
                 # under the text and its reuse link
                 "1.2K", "15K", "(Lyon, correspondante)", "Réutiliser ce contenu",
                 # an Urdu site's "Web Desk" credit opened the text; an item's number
                 # over its date was taken for the headline
                 "ویب ڈیسک", "کد خبر 912345"):
        assert furniture_reason(line) is not None, line
    for line in ("Less than a year ago he read the book.", "It took 5 minutes to read it."):
        assert furniture_reason(line) is None, line


def test_the_texts_last_paragraphs_above_the_adverts_stay() -> None:
    """"وينصح الخبراء بمراجعة الصيانة الدورية للسيارة، ..." (stop words 0.29) was left
    out as a "link or name list", and the closing paragraph after it as "below the
    article": a long sentence right after the text's last line goes on with the text."""
    # (ar-car-news.txt: written for the tests in the shape of an Egyptian site's page)
    article = load_quietly(FIXTURES / "ar-car-news.txt")
    said = "\n".join(line for b in article.blocks for line in block_texts(b))
    assert "وينصح الخبراء بمراجعة الصيانة الدورية للسيارة" in said
    assert said.rstrip().endswith("الذي استقر عند 7 جنيهات للمتر المكعب.")
    assert "شعبة المواد البترولية" not in said and "جميع الحقوق" not in said
    # the subheading under the "اقرأ أيضًا" box's two links was taken for a third link
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == [
        "الأسعار الجديدة للوقود", "طريقة الحساب"]


def test_a_world_service_scrape_reads_its_labels_for_screen_readers() -> None:
    """A copied BBC World Service page holds the labels its markup hides from the eye:
    "Author, محمد عثمان", "Role, ...", "صدر الصورة، Getty Images", "التعليق على الصورة، ...",
    "تخطى قصص مقترحة وواصل القراءة". The title was "Role, بي بي سي نيوز عربي" (the line
    above the date), the author lost, the skip link a heading, the labels read aloud.
    (ar-world-service.txt: written for the tests in the shape of such a page.)"""
    article = load_quietly(FIXTURES / "ar-world-service.txt")
    assert article.title == "الذكاء الاصطناعي يعيد إحياء لغة نوبية مهددة بالانقراض في السودان"
    assert [a.name for a in article.authors] == ["محمد عثمان"]
    said = "\n".join(line for b in article.blocks for line in block_texts(b))
    assert "تخطى" not in said and "صدر الصورة" not in said and "Role" not in said
    assert "التعليق على الصورة" not in said
    assert "معلم يكتب حروفاً نوبية على سبورة في إحدى قرى شمال السودان" in said
    assert "تسجيل ذاكرة الكبار" in said


def test_german_and_french_times_in_a_date_line() -> None:
    """Der Spiegel's "07.12.2026, 10.15 Uhr" and the French "à 10 h 15": the time was
    lost (published at midnight). A dot or a spaced "h" is a time only before "Uhr" or
    after "à": a price, a duration or a day's dots are none."""
    from artexport.readers.news import find_date

    cases = {
        "07.12.2026, 10.15 Uhr": "2026-12-07T10:15",
        "7. Dezember 2026, 9.05 Uhr": "2026-12-07T09:05",
        "Publié le 7 décembre 2026 à 10 h 15": "2026-12-07T10:15",
        "Am 07.12.2026 um 15 Uhr": "2026-12-07",
        "Preis 10.15 Euro, 07.12.2026": "2026-12-07",
        "Veröffentlicht am 07.12.2026 vom 10.12. bis 14.12. Uhr": "2026-12-07",
        "7 décembre 2026, durée 2 h 30": "2026-12-07",
    }
    for line, iso in cases.items():
        found = find_date(line)
        assert found is not None and found.iso() == iso, (line, found)


def test_date_lines_with_their_time_first_or_an_update_after() -> None:
    """Date lines of real pages that lost their time or took the update for the date:
    a time before the date (Masrawy), "PM," before a comma, Gulf time, GMT alone (the
    sign's class "[+-−]" was a range holding the digits: "GMT 15.03" gave +05:00), and a
    publication and an update on one line (Al Arabiya: the line was all "update")."""
    from artexport.readers.news import date_meta, find_date, parse_byline

    cases = {
        "12:45 م الجمعة 18 أكتوبر 2024": "2024-10-18T12:45",
        "Posted: Fri 6:45 PM, Feb 16, 2018": "2018-02-16T18:45",
        "10:12 GMT 15.03.2024": "2024-03-15T10:12+00:00",
        "نشر في: 05 أغسطس ,2024: 11:22 ص GST آخر تحديث: 05 أغسطس ,2024: 01:40 م GST":
            "2024-08-05T11:22+04:00",
        # the European languages' month names and their ways of writing a day
        "Publié le 4 mars 2024 à 09h15": "2024-03-04T09:15",
        "4 de marzo de 2024": "2024-03-04",
        "am 4. März 2024, 10:30 Uhr": "2024-03-04T10:30",
        "1er août 2023": "2023-08-01",
        "Rabu, 4 Maret 2024": "2024-03-04",
        "4 Mart 2024 Pazartesi": "2024-03-04",
        "20 مئی ، 2024": "2024-05-20",  # Urdu
        "Fri 14 Mar 2025 13.05 GMT": "2025-03-14T13:05+00:00",  # the Guardian's dotted time
        "Updated 10:42 AM EDT, March 14, 2025": "2025-03-14T10:42-04:00",  # AP's zone
        # ... after the time that follows the day (it was looked for elsewhere in the
        # line: read as UTC), and the zones of Indian, Pakistani, African... sites
        "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com":
            "2019-11-20T13:41+05:30",
        "March 14, 2025 9:05 PM EST": "2025-03-14T21:05-05:00",
        "14 March 2025, 10:00 PKT": "2025-03-14T10:00+05:00",
        # the time first, then the update in brackets (Sputnik Arabic)
        "09:41 GMT 14.03.2025 (المحدثة 10:05 GMT 14.03.2025)": "2025-03-14T09:41+00:00",
        # a press release's zone spelt out (Business Wire's date line)
        "March 14, 2025 09:00 AM Eastern Standard Time": "2025-03-14T09:00-05:00",
        "March 14, 2025 06:30 AM Pacific Daylight Time": "2025-03-14T06:30-07:00",
        # Reuters' page text: the year glued to the time, "Updated ... ago" after it
        "March 14, 20256:12 AM GMTUpdated 2 hours ago": "2025-03-14T06:12+00:00",
    }
    for line, iso in cases.items():
        found = find_date(line)
        assert found is not None and found.iso().startswith(iso), (line, found)
    # a Persian page's Solar Hijri date (Nowruz 1403 was 20 March 2024) and its
    # Gregorian date in Persian month names
    solar = {"۱ فروردین ۱۴۰۳": "2024-03-20", "۲۵ آبان ۱۴۰۳": "2024-11-15",
             "۱۰ دی ۱۴۰۲": "2023-12-31", "۱ فروردین ۱۴۰۴": "2025-03-21",
             "۱۵ نوامبر ۲۰۲۴": "2024-11-15",
             # ... and in figures (Hamshahri's "۱۴۰۳/۰۸/۱۵ - ۰۹:۴۵"), not a lunar Hijri one
             "۱۴۰۳/۰۸/۱۵ - ۰۹:۴۵": "2024-11-05", "1445/03/05": None,
             "مورخ ۱۴۴۶/۰۲/۲۱ قمری": None, "۱۴۴۶/۰۲/۲۱ ھ": None}
    assert {line: str(f.day) if (f := find_date(line)) else None for line in solar} == solar
    # "كتب- أحمد عبد الحميد:" (Masrawy) and "نویسنده, مریم افشار" (BBC Persian) are bylines
    assert [b.authors[0]["name"] if (b := parse_byline(t)) else None for t in (
        "كتب- أحمد عبد الحميد:", "نویسنده, مریم افشار", "Posted by Michael David Smith",
        # the site, then its writer (Hespress, Enab Baladi), and no caption's label
        "هسبريس - عبد الرحيم العسري", "عنب بلدي – محمد ديب بظت",
        "نشرة أخبار الصباح - صورة أرشيفية", "الرياض - واس",
        # other languages' "by"
        "Par Claire Dubois", "Von Markus Weber", "di Giulia Romano", "Di Maria segna ancora",
        "مصنف, شہزاد ملک")] == \
        ["أحمد عبد الحميد", "مریم افشار", "Michael David Smith", "عبد الرحيم العسري",
         "محمد ديب بظت", None, None, "Claire Dubois", "Markus Weber", "Giulia Romano", None,
         "شہزاد ملک"]
    meta: dict[str, object] = {}
    line = "نشر في: 05 أغسطس ,2024: 11:22 ص GST آخر تحديث: 05 أغسطس ,2024: 01:40 م GST"
    date_meta(find_date(line), meta, line)  # type: ignore[arg-type]
    assert meta["updated"] == "2024-08-05T13:40+04:00"


_HE_BODY = ("הממשלה אישרה הלילה את תקציב המדינה לשנה הבאה, לאחר דיון ארוך שנמשך שעות "
            "רבות. השרים הצביעו בעד ההצעה ברוב גדול.",
            "שר האוצר אמר כי התקציב החדש יכלול השקעות גדולות בתשתיות, בחינוך ובבריאות, "
            "וכי הוא צפוי להביא לצמיחה.")
_EN_BODY = ("The cabinet approved the state budget for next year early on Monday after a "
            "marathon session that ran through the night.",
            "The finance minister said the new budget would include large investments in "
            "roads, schools and hospitals, and lift growth.")


@pytest.mark.parametrize(("stamp", "lead", "body", "published"), [
    # a Hebrew scrape whose date line holds no Hebrew: its text tells
    ("07.12.2026 10:30 IST", "", _HE_BODY, "2026-12-07T10:30:00+02:00"),
    # an English Israeli page with its dateline only the city, below the date line
    ("7 December 2026, 10:30 am IST", "JERUSALEM — ", _EN_BODY,
     "2026-12-07T10:30:00+02:00"),
    # a wire's story from Jerusalem on an Indian site: India's time
    ("7 December 2026, 10:30 am IST", "JERUSALEM (Reuters) — ", _EN_BODY,
     "2026-12-07T10:30:00+05:30"),
    ("Dec 7, 2026 10:30 IST", "", _EN_BODY, "2026-12-07T10:30:00+05:30"),
    # in Israel's summer time (late March to late October) its clocks are at +03:00
    ("08.07.2026 10:30 IST", "", _HE_BODY, "2026-07-08T10:30:00+03:00"),
    ("8 July 2026, 10:30 am IST", "JERUSALEM — ", _EN_BODY, "2026-07-08T10:30:00+03:00"),
])
def test_ist_of_a_scrape_that_reads_israeli_is_israel_standard_time(
        tmp_path: Path, stamp: str, lead: str, body: tuple[str, str], published: str) -> None:
    """"IST" under a scrape's headline is India's (+05:30) unless the page, once read,
    is Israeli: its text Hebrew, or its dateline only a city of Israel. A Hebrew scrape
    and an English one from Jerusalem were dated three and a half hours early."""
    page = write_scrape(tmp_path, "News | Politics | Economy", "",
                        "Cabinet approves the state budget after a long night", "",
                        stamp, "", lead + body[0], "", body[1])
    article = load_quietly(page)
    assert article.published is not None and article.published.isoformat() == published


@pytest.mark.parametrize(("stamp", "published", "updated"), [
    ("آخر تحديث: 07/12/2026 | 12:40", None, "2026-12-07T12:40:00+00:00"),
    ("Updated: Dec 07, 2026 10:30 IST", None, "2026-12-07T10:30:00+05:30"),
    # the day the story went out, then its update's time (Al Hayat): both
    ("الأربعاء، 28 آب 2013، آخر تحديث 14:00 (GMT+0400)", "2013-08-28T00:00:00+00:00",
     "2013-08-28T14:00:00+04:00"),
])
def test_an_update_stamp_alone_dates_the_update_not_the_publication(
        tmp_path: Path, stamp: str, published: str | None, updated: str) -> None:
    """A stamp that is only the update's ("آخر تحديث: 07/12/2026 | 12:40") said the
    story was published that day at midnight, before its update's time; the update
    keeps its time, and the publication is left to what else the page gives."""
    page = write_scrape(tmp_path, "الرئيسية | أخبار | اقتصاد", "",
                        "البلدية تفتتح حديقة جديدة للمكفوفين", "", stamp, "", *BODY)
    article = load_quietly(page)
    assert (article.published.isoformat() if article.published else None) == published
    assert article.updated is not None and article.updated.isoformat() == updated


@pytest.mark.parametrize(("line", "dateline"), [
    ("هسبريس من الرباط", "الرباط"), ("هسبريس من الدار البيضاء", "الدار البيضاء")])
def test_a_site_from_a_city_is_the_dateline(tmp_path: Path, line: str, dateline: str) -> None:
    """Hespress prints "هسبريس من الرباط" (the site, "from", the city) under the headline:
    the line was left out and the article had no dateline, its time read as UTC."""
    page = write_scrape(tmp_path, "الرئيسية | سياسة | اقتصاد", "",
                        "البلدية تفتتح حديقة جديدة للمكفوفين", "", line,
                        "الإثنين 7 دجنبر 2026 - 10:30", "", *BODY)
    article = load_quietly(page)
    assert article.dateline == dateline
    assert article.published is not None and article.published.isoformat() == \
        "2026-12-07T10:30:00+01:00"
    assert paragraphs(article) == list(BODY)


def test_a_live_blogs_entry_times_with_their_part_of_the_day_are_kept(tmp_path: Path) -> None:
    """The Guardian's older live blogs time their entries "11.05am GMT": the lines were
    taken for lone time stamps and left out, so the entries lost their times in print
    and in speech."""
    page = tmp_path / "live.txt"
    page.write_text("Storm live: thousands without power\n\n11.05am GMT\n\nEngineers say "
                    "power should return to most homes by the evening.\n\n10.42am GMT\n\n"
                    "Power cuts hit thousands of homes across the north.\n", encoding="utf-8")
    text = [plain_text(b.spans) for b in load_quietly(page).blocks
            if isinstance(b, Paragraph | Heading)]
    assert "11.05am GMT" in " ".join(text) and "10.42am GMT" in " ".join(text)


def test_ist_on_an_israeli_page_is_israel_standard_time() -> None:
    """"IST" is India's (+05:30) on an Indian site, Israel's (+02:00) on a Hebrew page, an
    address under .il or a Jerusalem date line: read as India's, a Haaretz time was three
    and a half hours early. "IDT", Israel's summer time, is +03:00."""
    from artexport.readers.news import date_meta, find_date
    line = "Dec 8, 2026 2:30 pm IST"
    for page in ({"lang": "he"}, {"url": "https://www.example.co.il/news/1"},
                 {"timezone": "Asia/Jerusalem"}):
        meta: dict[str, object] = dict(page)
        date_meta(find_date(line), meta, line)  # type: ignore[arg-type]
        assert meta["published"] == "2026-12-08T14:30+02:00", page
    meta = {"lang": "en", "url": "https://example.in/markets/1"}
    date_meta(find_date(line), meta, line)  # type: ignore[arg-type]
    assert meta["published"] == "2026-12-08T14:30+05:30"
    # a scrape's Hebrew date line, its language not known yet
    meta = {}
    line = "פורסם: 08.12.26, 14:30 IST"
    date_meta(find_date(line), meta, line)  # type: ignore[arg-type]
    assert meta["published"] == "2026-12-08T14:30+02:00"
    found = find_date("Jul 8, 2026 9:15 am IDT")
    assert found is not None and found.iso() == "2026-07-08T09:15+03:00"


@pytest.mark.parametrize(("line", "published"), [
    ("Jul 8, 2026 9:15 am IST", "2026-07-08T09:15+03:00"),  # summer time
    ("Mar 26, 2026 9:15 am IST", "2026-03-26T09:15+02:00"),  # the day before it starts
    ("Mar 27, 2026 9:15 am IST", "2026-03-27T09:15+03:00"),  # its first day (a Friday)
    ("Oct 25, 2026 9:15 am IST", "2026-10-25T09:15+02:00"),  # its end, on the last Sunday
])
def test_ist_on_an_israeli_page_in_summer_is_israels_summer_time(
        line: str, published: str) -> None:
    """An Israeli page that prints "IST" all year means the clocks of Israel on that day:
    from late March to late October they are at +03:00 (Israel Daylight Time), and a
    summer time read +02:00 was an hour late."""
    from artexport.readers.news import date_meta, find_date
    meta: dict[str, object] = {"lang": "he"}
    date_meta(find_date(line), meta, line)  # type: ignore[arg-type]
    assert meta["published"] == published


def test_a_subheading_under_a_list_a_lead_announced_stays_a_heading(tmp_path: Path) -> None:
    """After "المكونات التالية:", every short line was an item: the subheading that
    follows the list ("تحديات الطاقة", shorter than every item, over running text) was
    its fifth item."""
    prose = ["ويشير مختصون إلى أن تكلفة تشغيل محطات التحلية لا تزال مرتفعة بسبب استهلاكها "
             "الكبير للكهرباء، وهو ما دفع الحكومة إلى إدخال الطاقة الشمسية في تصميمها.",
             "وتعمل الحكومة حاليا على خطة لإنشاء محطات تحلية جديدة على ساحل البحر، في ظل "
             "تراجع نصيب الفرد من المياه عاما بعد عام في معظم المحافظات."]
    items = ["أربعة خطوط إنتاج تعمل بتقنية التناضح العكسي",
             "خزانات استراتيجية بسعة مئة ألف متر مكعب",
             "محطة طاقة شمسية تغطي خمس الاستهلاك",
             "شبكة نقل بطول خمسة وثمانين كيلومترا"]
    page = tmp_path / "page.txt"
    page.write_text("\n".join([
        "افتتاح محطة تحلية جديدة في شمال سيناء", "05 أغسطس 2024",
        "افتتحت الحكومة اليوم محطة جديدة لتحلية مياه البحر في شمال سيناء، بطاقة تصل إلى "
        "ثلاثمئة ألف متر مكعب يوميا، وفق بيان رسمي صدر صباح اليوم.",
        "وتضم المحطة، وفق البيان، المكونات التالية:", *items, "تحديات الطاقة", *prose,
        "جميع الحقوق محفوظة © 2024"]) + "\n", encoding="utf-8")
    article = load_quietly(page)
    lists = [b for b in article.blocks if isinstance(b, ListBlock)]
    assert [[plain_text(i) for i in b.items] for b in lists] == [items]
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == [
        "تحديات الطاقة"]


def test_an_explainers_short_question_heads_its_answer(tmp_path: Path) -> None:
    """"كيف تعمل التقنية؟" between two paragraphs, over its answer: an explainer's
    subheading (it was a paragraph); an interview's question marked "*" stays one."""
    prose = ["أعلنت هيئة البيئة في الإمارة أنها بدأت هذا الأسبوع برنامجا جديدا لإعادة تأهيل "
             "الشعاب المرجانية التي تضررت في السنوات الأخيرة، وهو الأول من نوعه في المنطقة.",
             "وقالت الهيئة في بيان إن البرنامج يعتمد على هياكل مطبوعة بتقنية ثلاثية الأبعاد، "
             "وإنها ستوضع على عمق يتراوح بين خمسة وعشرة أمتار تحت سطح البحر.",
             "ويمر العمل في البرنامج بعدة مراحل تبدأ بمسح قاع البحر وتنتهي بالمتابعة.",
             "وقال مدير البرنامج إن الفريق سيتابع نمو المستعمرات كل ثلاثة أشهر، وإنه سينشر "
             "النتائج في تقرير سنوي مفتوح للباحثين وللجمهور على موقع الهيئة.",
             "وأضاف أن نجاح التجربة قد يفتح الباب أمام توسيعها إلى مواقع أخرى على طول الساحل "
             "خلال السنوات الخمس المقبلة، إذا توفر التمويل اللازم لذلك."]
    page = tmp_path / "page.txt"
    page.write_text("\n".join([
        "برنامج جديد لإعادة تأهيل الشعاب المرجانية", "06 نوفمبر 2024", prose[0], prose[1],
        "كيف تعمل التقنية؟", prose[2], "*وهل تكفي هذه الهياكل وحدها لإنقاذ الشعاب؟",
        prose[3], prose[4], "جميع الحقوق محفوظة © 2024"]) + "\n", encoding="utf-8")
    article = load_quietly(page)
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == [
        "كيف تعمل التقنية؟"]
    assert any(plain_text(b.spans).endswith("لإنقاذ الشعاب؟") for b in article.blocks
               if isinstance(b, Paragraph))
    assert all(any(p in plain_text(b.spans) for b in article.blocks
                   if isinstance(b, Paragraph)) for p in prose)


def test_promotions_caption_buttons_and_separators_are_furniture() -> None:
    """Lines that were kept as body text: the Guardian's newsletter promotion, NPR's
    caption buttons, Reuters' licensing link and newsletter line, a live blog's script
    notice, AP's "___" separator, "اقرأ أيضًا" with its tanween on the alef. A sentence
    that says "sign up" stays text."""
    from artexport.readers.news import furniture_reason

    for line in ("skip past newsletter promotion", "Sign up to Science Weekly",
                 "Free weekly newsletter", "Privacy Notice: Newsletters may contain info "
                 "about charities, online ads, and content funded by outside parties.",
                 "hide caption", "toggle captionMaddie McGarvey for NPR",
                 "Acquire Licensing Rights, opens new tab",
                 "Get a look at the day ahead in U.S. and global markets with the Morning "
                 "Bid U.S. newsletter. Sign up here.",
                 "Please turn on JavaScript to use this feature", "___",
                 "اقرأ أيضًا: الكشف عن مقبرة أثرية جديدة بسقارة"):
        assert furniture_reason(line) is not None, line
    for line in ("Residents can sign up to vote until Friday, officials said.",
                 "The caption under the photo was wrong, the paper said."):
        assert furniture_reason(line) is None, line


LEAD = ("وقررت لجنة التحكيم في اجتماعها الأخير أن تضم القائمة القصيرة للجائزة هذا العام "
        "الأعمال الآتية:")


def test_short_lines_under_a_lead_ending_with_a_colon_are_a_list(tmp_path: Path) -> None:
    # a scrape keeps a list's items and loses its bullets
    items = ["رواية الطريق إلى البحر.", "ديوان أغاني الصباح.", "مجموعة قصص من المدينة.",
             "كتاب تاريخ المكتبات العامة."]
    path = write_scrape(tmp_path, "اللجنة تعلن القائمة القصيرة لجائزة الكتاب", "", BODY[0],
                        "", LEAD, "", *items, "", BODY[1])
    article = load_quietly(path)
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph", "list", "paragraph"]
    (found,) = [b for b in article.blocks if isinstance(b, ListBlock)]
    assert [plain_text(item) for item in found.items] == items


@pytest.mark.parametrize("after", [
    # two short lines are no list; a quotation after "قال:" is none either
    ["رواية الطريق إلى البحر.", "ديوان أغاني الصباح."],
    ["«نحن فخورون بهذه الأعمال»", "«وهي تستحق القراءة»", "«ونشكر كل المشاركين»"],
])
def test_not_every_line_under_a_colon_is_a_list_item(tmp_path: Path, after: list[str]) -> None:
    path = write_scrape(tmp_path, "اللجنة تعلن القائمة القصيرة لجائزة الكتاب", "", BODY[0],
                        "", LEAD, "", *after, "", BODY[1])
    article = load_quietly(path)
    assert not any(isinstance(b, ListBlock) for b in article.blocks)


# Arabic writes "و", "ف", "ب", "ل" onto the next word: counted as whole words, this
# sentence has a quarter of stop words (jusText's "bad" line), counted with them a third
QUOTED = ('وأضافت الوزيرة: "مصانعنا الجديدة جاهزة لتكون منصة لمنتجاتكم وما يدعم ذلك '
          'اعتمادنا على خبرة عمالنا بقرار واضح فنحن نبني بيئة استثمار حديثة تحكمها القوانين '
          'والمؤسسات".')


def test_stop_words_behind_a_proclitic_count() -> None:
    from artexport.readers.stopwords import stop_word_density

    assert stop_word_density(QUOTED) >= 0.30


def test_a_last_paragraph_of_running_arabic_is_kept_above_a_tag(tmp_path: Path) -> None:
    # a real Sky News Arabia scrape lost its last paragraph, a minister's quoted words,
    # to "link or name list" whenever a short line (its tags) came after it
    path = write_scrape(tmp_path, "الوزيرة: مصانعنا جاهزة للشراكة", "l قبل 5 ساعات",
                        "وكالات - أبوظبي", "الحمادي وماكرون", "", BODY[0], "", BODY[1], "",
                        QUOTED, "", "الصناعة", "الاستثمار", "الإمارات")
    article = load_quietly(path)
    assert paragraphs(article)[-3:] == [BODY[0], BODY[1], QUOTED]  # (the tags left out)
    assert article.subtitle is None  # "l": a clock icon before "5 hours ago"
    # the photo's caption under the dateline names two people, and no byline: an
    # Arabic name opens with a given name, not with the article
    assert article.authors == ()


def test_a_last_sentence_that_gives_a_date_is_text_not_the_time_stamp(tmp_path: Path) -> None:
    # the article's last line, nine words with a date, was taken for the page's time
    # stamp: gone from every edition, and not listed as left out
    last = "وصدر القرار في 15 يناير 2024 بعد مداولات طويلة."
    path = write_scrape(tmp_path, "المحكمة تنظر في طعن البلدية على قرار الوزارة", "",
                        BODY[0], "", BODY[1], "", last)
    assert paragraphs(load_quietly(path)) == [BODY[0], BODY[1], last]
    path = write_scrape(tmp_path, "المحكمة تنظر في طعن البلدية على قرار الوزارة", "",
                        BODY[0], "", BODY[1], "", "الجلسة المقبلة 2024/12/05 صباحا.",
                        name="short.txt")
    assert paragraphs(load_quietly(path))[-1] == "الجلسة المقبلة 2024/12/05 صباحا."
    # nor a short lead that opens with its city and date
    lead = "الرياض في 2024/5/28م - أعلنت الوزارة اليوم عن خطة جديدة."
    path = write_scrape(tmp_path, "الوزارة تعلن خطة جديدة للنقل العام في العاصمة", "",
                        lead, "", BODY[0], "", BODY[1], name="lead.txt")
    assert paragraphs(load_quietly(path))[0].endswith("أعلنت الوزارة اليوم عن خطة جديدة.")
    # a bare date line there is the time stamp still
    path = write_scrape(tmp_path, "المحكمة تنظر في طعن البلدية على قرار الوزارة", "",
                        BODY[0], "", BODY[1], "", "الاثنين 15 يناير 2024", name="stamp.txt")
    article = load_quietly(path)
    assert paragraphs(article) == [BODY[0], BODY[1]]
    assert article.published is not None and article.published.date().isoformat() == \
        "2024-01-15"


def test_the_text_after_a_read_also_box_with_one_link_is_kept(tmp_path: Path) -> None:
    """A "read also" box of one link in the middle of the text took what followed it:
    a subheading, the line that announces a list ("... على النحو التالي:") and the list;
    and, in an interview, the dashed question over its answer."""
    items = ["الأحد 15 يونيو: اللغة العربية", "الثلاثاء 17 يونيو: اللغة الأجنبية الثانية",
             "الخميس 19 يونيو: الرياضيات والتاريخ"]
    page = tmp_path / "exams.txt"
    page.write_text("\n".join([
        "الوزارة تعلن جدول امتحانات الثانوية العامة", "06 يونيو 2025",
        "أعلنت وزارة التربية والتعليم، اليوم الجمعة، جدول امتحانات الثانوية العامة للعام "
        "الدراسي الحالي، والتي تنطلق يوم الأحد 15 يونيو المقبل وتستمر حتى 10 يوليو.",
        "اقرأ أيضا:", "تفاصيل مسابقة تعيين ثلاثين ألف معلم جديد", "مواعيد المواد الأساسية",
        "وجاءت مواعيد أبرز المواد على النحو التالي:", *items,
        "وأكدت الوزارة أن زمن امتحان كل مادة سيكون ثلاث ساعات، على أن يبدأ في التاسعة "
        "صباحا في جميع اللجان على مستوى الجمهورية.",
        "جميع الحقوق محفوظة © 2025"]) + "\n", encoding="utf-8")
    article = load_quietly(page)
    text = "\n".join(line for b in article.blocks for line in block_texts(b))
    assert "مواعيد المواد الأساسية" in text and "على النحو التالي:" in text
    assert all(item in text for item in items)
    assert "مسابقة تعيين" not in text
    interview = tmp_path / "interview.txt"
    interview.write_text("\n".join([
        "روائي كويتي: الرواية لا تجيب عن الأسئلة بل تعيد ترتيبها", "14 مارس 2025",
        "- كيف ترى واقع النشر في الخليج اليوم؟",
        "- هو أفضل بكثير مما كان قبل عشرين عاما. هناك دور نشر شابة، ومعارض كتب نشطة، "
        "وقراء شباب يقرؤون بالعربية والإنجليزية معا.",
        "اقرأ المزيد", "جائزة البوكر العربية تعلن قائمتها القصيرة",
        "- وماذا عن الرقابة؟",
        "- الرقابة موجودة، ولا أنكرها. لكنني أعتقد أن القارئ العربي أكثر جرأة مما يظن "
        "الناشرون والرقباء معا.",
        "جميع الحقوق محفوظة © 2025"]) + "\n", encoding="utf-8")
    text = "\n".join(line for b in load_quietly(interview).blocks for line in block_texts(b))
    assert "وماذا عن الرقابة؟" in text and "البوكر" not in text


HEADERS = FIXTURES / "headers"


@pytest.mark.parametrize(("name", "title", "author"), [
    # a bare name between the headline and the date is the writer's, not the headline
    ("ar-opinion-column", "القراءة ليست ترفاً", "د. عائشة البوسميط"),
    # a name over the writer's post and handle; a caption ending in its source in brackets
    # is no headline
    ("ar-interview-header", "سعود السنعوسي: الرواية لا تجيب عن الأسئلة بل تعيد ترتيبها",
     "سارة عبد الله"),
    # BBC Urdu: the site's name above the headline, "مصنف, ..." the byline
    ("ur-world-service",
     "پنجاب میں گندم کی کٹائی سے پہلے کسان پریشان: ’اس بار لاگت بھی پوری نہیں ہوگی‘", "شہزاد ملک"),
    # a live page's headline ends "– live": no "Headline - Site" page title
    ("en-live-page", "Storm Éowyn: tens of thousands without power as amber warnings remain "
                     "in place – live", "Alexandra Topping"),
    # a kicker over the headline over "كتب ...": both above the text
    ("ar-kicker-headline", "جولات رقابية يومية على الأسواق والأفرع.. وغرامات تصل إلى 5 آلاف "
                           "دينار للمخالفين", "أحمد زكريا"),
    ("ar-archive-caption", "التعليم تعلن جدول امتحانات الثانوية العامة 2025.. تبدأ 15 يونيو",
     "محمود طه حسين"),
    # a photo's caption and credit between the headline and the writer (Le360): the name
    # right above the date is the writer's, not the caption's
    ("ar-caption-over-byline", "مراكش: انطلاق أشغال توسيع المطار لاستقبال 16 مليون مسافر",
     "يوسف الساهلي"),
])
def test_the_headline_and_the_writer_above_a_scraped_text(name: str, title: str,
                                                         author: str | None) -> None:
    """Headers of real pages whose headline was a name, a site's name or a kicker, or was
    dropped as a page title; every line of the header leaves the body."""
    article = load_quietly(HEADERS / f"{name}.txt")
    assert article.title == title
    if author is not None:
        assert [a.name for a in article.authors] == [author]
    body = [line for b in article.blocks for line in block_texts(b)]
    assert title not in body and not any(a.name in line for a in article.authors
                                         for line in body[:3])
    assert len(body[0].split()) > 12 or name == "en-live-page", body[0]
    # a photo's caption ("... - أرشيفية") is no standfirst
    assert not (article.subtitle or "").endswith("أرشيفية")


def test_a_scrape_in_italian_its_byline_standfirst_and_furniture() -> None:
    """Other languages' pages: "di Giulia Romano" is a byline (the author was "di Giulia
    Romano", the editions said "By di ..."), the standfirst over it ends in a full stop,
    and "Pubblicità", "Condividi", "Tempo di lettura: 3 minuti", "Leggi anche: ..." are
    the page's, not the article's."""
    article = load_quietly(HEADERS / "it-venice.txt")
    assert [a.name for a in article.authors] == ["Giulia Romano"]
    assert article.subtitle is not None and article.subtitle.startswith("Il contributo di 5")
    assert article.published is not None and article.published.isoformat().startswith(
        "2024-07-15T11:20")
    body = [line for b in article.blocks for line in block_texts(b)]
    assert body[0].startswith("Il contributo di accesso per i turisti")
    for furniture in ("Pubblicità", "Condividi", "Tempo di lettura", "Leggi anche"):
        assert not any(line.startswith(furniture) for line in body), furniture


@pytest.mark.parametrize(("name", "last", "absent"), [
    ("en-wire-reuters", "Reporting by Chris Mfula in Lusaka and Felix Njini in Johannesburg; "
                        "Editing by Mark Potter",
     ["Sign up here.", "Our Standards ", "Read Next", "Download the App (iOS)",
      "All quotes delayed "]),
    ("en-wire-ap", "This story has been corrected to show that the Wake County library "
                   "stopped charging late fees three years ago, not five.",
     ["Copy", "Link copied", "HANNAH SCHOENBAUM", "Schoenbaum covers ", "mailto"]),
    ("ar-opinion-column", None, ["عن الكاتب", "أكاديمية وكاتبة إماراتية"]),
    # BBC Urdu: "یہ بھی پڑھیے" and its links, the photo's source under its label, the
    # WhatsApp channel's promotion, "سب سے زیادہ پڑھی جانے والی"
    # tags under the text with no label (Al-Raya)
    ("ar-unlabelled-tags", "ويمكن للمرضى حجز المواعيد عبر الاتصال بالرقم 16060 أو من خلال "
                           "تطبيق «نرعاكم»، بعد الحصول على تحويل من طبيب الرعاية الأولية.",
     ["السكري", "حمد الطبية"]),
    ("ur-world-service", "فیصلہ اب حکومت کو کرنا ہے۔",
     ["یہ بھی پڑھیے", "گندم سکینڈل: کسانوں کا نقصان کس کے کھاتے میں؟", "BBC",
      "،تصویر کا ذریعہ", "کراچی میں شدید گرمی کی لہر کا خدشہ"]),
])
def test_the_end_matter_of_wire_stories_and_columns(name: str, last: str | None,
                                                     absent: list[str]) -> None:
    """What Reuters, AP and an opinion page print under the text -- a newsletter link
    between paragraphs, the agency's standards and boilerplate, "Read Next", the writer's
    name and a line about the writer, "عن الكاتب" -- is the page's; the text runs on past
    "Sign up here." to its credits or its correction."""
    body = [line for b in load_quietly(FIXTURES / "tails" / f"{name}.txt").blocks
            for line in block_texts(b)]
    if last is not None:
        assert body[-1] == last
    # (a word ending in a space is the start of a line; the others are whole lines)
    assert not any(line == word.strip() or (word.endswith(" ") and line.startswith(word))
                   for line in body for word in absent), body[-6:]


def test_a_photo_caption_with_its_agency_between_paragraphs_is_no_subheading(
        tmp_path: Path) -> None:
    """"ركاب داخل إحدى عربات قطار الرياض (واس)" between two paragraphs is a photo's
    caption and its source: it was a subheading, which a reader navigates by."""
    page = tmp_path / "metro.txt"
    page.write_text("\n".join([
        "مترو الرياض ينقل عشرة ملايين راكب في أول مئة يوم", "14 مارس 2025",
        "ويأتي المشروع ضمن مستهدفات رؤية المملكة لتحسين جودة الحياة في المدن السعودية، "
        "وخفض الازدحام المروري والانبعاثات في العاصمة.",
        "ركاب داخل إحدى عربات قطار الرياض (واس)",
        "ويبلغ الطول الإجمالي لشبكة قطار الرياض 176 كيلومترا، وتضم 85 محطة، وتعد من أطول "
        "شبكات المترو التي تعمل بلا سائق في العالم.",
        "جميع الحقوق محفوظة © 2025"]) + "\n", encoding="utf-8")
    article = load_quietly(page)
    assert not any(isinstance(b, Heading) for b in article.blocks)
    assert "ركاب داخل إحدى عربات قطار الرياض (واس)" in [
        line for b in article.blocks for line in block_texts(b)]


# an Egyptian inflation story, in the shape of the pages two tests below read
INFLATION_HEADLINE = ("التضخم في مصر يتراجع للشهر الثالث على التوالي.. والأسعار ما زالت "
                      "تضغط على الأسر")
INFLATION_TEXT = (
    "أعلن الجهاز المركزي للتعبئة العامة والإحصاء في مصر، اليوم الجمعة، تراجع المعدل "
    "السنوي للتضخم العام في المدن إلى 32.5% خلال شهر نيسان/أبريل الماضي، مقارنة "
    "بـ33.3% في شهر آذار/مارس، وذلك للشهر الثالث على التوالي.",
    "وأوضح الجهاز في بيان أنّ التضخم الشهري سجّل 1.1% في نيسان/أبريل، مقابل 1% في "
    "الشهر السابق، مدفوعاً بارتفاع أسعار الخضروات والفاكهة واللحوم والدواجن.",
)


@pytest.mark.parametrize(("lines", "subtitle_start", "author", "day"), [
    ([
        INFLATION_HEADLINE,
        "معدل التضخم السنوي في المدن المصرية يتراجع إلى 32.5% في نيسان/أبريل، بعد أن سجل "
        "33.3% في آذار/مارس، وسط توقعات بمزيد من الانخفاض خلال النصف الثاني من العام.",
        "محمد علي",
        "10 مايو 2024",
        *INFLATION_TEXT,
    ], "معدل التضخم السنوي", "محمد علي", "2024-05-10"),
    ([
        "Dubai private school fees to rise by up to 5.2% next academic year",
        "Schools that maintained or improved their inspection rating will be allowed to "
        "raise tuition from September, the regulator said on Monday.",
        "Rachel Sheen",
        "Apr 29, 2024",
        "Private schools in Dubai will be allowed to raise their fees by up to 5.2 per "
        "cent in the next academic year, the emirate's education regulator announced on "
        "Monday.",
        "It is the second year in a row that schools have been permitted to increase "
        "tuition, after a three-year freeze that ended in 2023.",
    ], "Schools that maintained", "Rachel Sheen", "2024-04-29"),
    # Tasnim: a standfirst over the date alone, and a section's name over the headline
    (["اقتصاد کلان و بودجه",
        "مرکز آمار: تورم نقطه‌ای اردیبهشت به ۳۵.۸ درصد رسید",
        "مرکز آمار ایران اعلام کرد نرخ تورم نقطه‌ای خانوارهای کشور در اردیبهشت‌ماه ۱۴۰۳ با "
        "کاهش ۱.۵ واحد درصدی نسبت به ماه قبل به ۳۵.۸ درصد رسید.",
        "۲۵ اردیبهشت ۱۴۰۳ - ۱۱:۴۲",
        "به گزارش خبرنگار اقتصادی خبرگزاری تسنیم، مرکز آمار ایران امروز گزارش شاخص قیمت "
        "مصرف‌کننده اردیبهشت‌ماه را منتشر کرد که بر اساس آن، تورم نقطه‌ای یعنی درصد تغییر "
        "شاخص قیمت نسبت به ماه مشابه سال قبل، در این ماه ۳۵.۸ درصد بوده است. این رقم در "
        "فروردین‌ماه ۳۷.۳ درصد گزارش شده بود.",
        "بر اساس این گزارش، نرخ تورم ماهانه در اردیبهشت‌ماه ۲.۴ درصد بوده که نسبت به ماه "
        "قبل ۰.۳ واحد درصد افزایش نشان می‌دهد. تورم دوازده‌ماهه نیز با کاهش ۱.۴ واحد درصدی "
        "به ۴۰.۵ درصد رسیده است.",
    ], "مرکز آمار ایران اعلام کرد", None, "2024-05-14"),
], ids=["ar", "en", "fa"])
def test_a_standfirst_ending_in_a_full_stop_over_a_bare_name_or_a_date(
        tmp_path: Path, lines: list[str], subtitle_start: str, author: str | None,
        day: str) -> None:
    """Headline, a one-sentence standfirst ending in a full stop, the writer's bare name,
    the date (Al-Mayadeen, The National, Tasnim): the standfirst and the name were the
    first paragraphs, the date a heading, and the article had no writer nor date."""
    article = load_quietly(write_scrape(tmp_path, *lines))
    assert article.title == lines[1 if lines[0] == "اقتصاد کلان و بودجه" else 0]
    assert article.subtitle is not None and article.subtitle.startswith(subtitle_start)
    assert [a.name for a in article.authors] == ([author] if author else [])
    assert article.published is not None and article.published.date().isoformat() == day
    assert not any(isinstance(b, Heading) for b in article.blocks)
    assert paragraphs(article)[0] == lines[-2]


def test_readers_comments_under_their_count_and_a_read_more_box_are_left_out(
        tmp_path: Path) -> None:
    """"2 تعليقات" under the text, then a reader's name, a time and the comment: the name
    was a heading and the comment a paragraph; the headline under "Read more" and
    Arabi21's "اظهار أخبار متعلقة" button were kept as the article's."""
    comments = load_quietly(write_scrape(tmp_path, *[
        "أسعار الأضاحي تلهب جيوب المغاربة قبل أسابيع من عيد الأضحى",
        "ويقدر عدد رؤوس الأغنام المعدة للذبح خلال هذه المناسبة بحوالي 7.8 ملايين رأس، وفق "
        "معطيات وزارة الفلاحة، التي أكدت أن العرض \"كاف لتغطية الطلب\"، وأن عمليات ترقيم "
        "القطيع شملت أزيد من 6 ملايين رأس إلى حدود الأسبوع الماضي.",
        "وطالبت جمعيات حماية المستهلك السلطات بتكثيف المراقبة على الأسواق وضبط المضاربات، "
        "داعية إلى نشر أسعار مرجعية تساعد المواطنين على معرفة الثمن الحقيقي للأضاحي.",
        "2 تعليقات",
        "مواطن مغربي",
        "منذ 3 ساعات",
        "الحل هو مقاطعة الأسواق هذه السنة، الأضحية سنة وليست فرضا، ولا يعقل أن يقترض الناس "
        "من أجل خروف.",
        "أضف تعليقك",
    ], name="comments.txt"))
    assert paragraphs(comments)[-1].startswith("وطالبت جمعيات حماية المستهلك")
    assert "مقاطعة الأسواق" not in everything(comments)
    assert not any(isinstance(b, Heading) for b in comments.blocks)
    read_more = load_quietly(write_scrape(tmp_path, *[
        "Dubai private school fees to rise by up to 5.2% next academic year",
        "Private schools in Dubai will be allowed to raise their fees by up to 5.2 per "
        "cent in the next academic year, the emirate's education regulator announced on "
        "Monday.",
        "It is the second year in a row that schools have been permitted to increase "
        "tuition, after a three-year freeze that ended in 2023.",
        "Read more",
        "UAE schools told to cut screen time for youngest pupils",
        "The size of the rise each school may apply depends on its most recent inspection "
        "rating:",
        "There are 220 private schools in Dubai, educating more than 365,000 pupils, "
        "according to KHDA figures. Around 70 per cent of pupils attend schools rated good "
        "or better.",
    ], name="more.txt"))
    assert "UAE schools told to cut screen time" not in everything(read_more)
    related = load_quietly(write_scrape(tmp_path, *[
        "فايننشال تايمز: السعودية تعيد النظر في حجم مشروع نيوم بسبب ضغوط التمويل",
        "وقالت الصحيفة في التقرير الذي ترجمته \"عربي21\"، إن الخطط الأولية كانت تستهدف إسكان "
        "1.5 مليون شخص في \"ذا لاين\" بحلول عام 2030، غير أن المسؤولين باتوا يتوقعون الآن أن "
        "يتجاوز عدد السكان بالكاد 300 ألف نسمة بحلول ذلك الموعد.",
        "اظهار أخبار متعلقة",
        "ونقلت الصحيفة عن مصدر مطلع قوله: \"لم يعد هناك مفرّ من ترتيب الأولويات. الصندوق لا "
        "يستطيع تمويل كل شيء في الوقت نفسه، ومشاريع كأس العالم وإكسبو باتت تحظى "
        "بالأسبقية\".",
    ], name="related.txt"))
    assert "اظهار أخبار متعلقة" not in everything(related)
    assert len(paragraphs(related)) == 2


@pytest.mark.parametrize("lines", [[
        "المكتبة التي لم يعد أحد يزورها",
        "ندى الأمين",
        "كاتبة وأكاديمية لبنانية، أستاذة الأدب المقارن في الجامعة اللبنانية",
        "نُشر: 19:49-14 مايو 2024 م ـ 06 ذو القِعدة 1445 هـ",
        "وهذا، في النهاية، كل ما نحتاج إليه.",
], [
        "Why libraries still matter",
        "Jane Doe",
        "Jane Doe is a British writer and lecturer in comparative literature at the "
        "University of Leeds",
        "May 14, 2024",
        "In the street where I grew up, there was a small second-hand bookshop run by an "
        "old man who sat all day behind a wooden table piled high with novels.",
]], ids=["ar", "en"])
def test_a_line_about_the_writer_under_the_name_is_no_headline(tmp_path: Path,
                                                               lines: list[str]) -> None:
    """An opinion page: headline, the writer's name, a line about the writer, the date.
    The line about the writer was the title, and the headline and the name were lost."""
    article = load_quietly(write_scrape(tmp_path, *lines))
    assert (article.title, [a.name for a in article.authors]) == (lines[0], [lines[1]])
    assert lines[2] not in everything(article)
    assert paragraphs(article) == [lines[-1]]


def test_hyphen_numbered_items_are_an_ordered_list_and_a_vowelled_hijri_month_is_read(
        tmp_path: Path) -> None:
    """"1- ", "2- " number an Arabic list: it was a bulleted list whose items kept their
    numbers; "ذو القِعدة" with its kasra (Asharq Al-Awsat) was no Hijri month."""
    listed = load_quietly(write_scrape(tmp_path, *[
        "مع أول موجة حر.. ساعات القطع تعود إلى بغداد والوزارة تعد بـ 28 ألف ميغاواط",
        "وبحسب المسؤول، فإن أبرز التحديات التي تواجه الوزارة هذا الصيف هي:",
        "1- تذبذب إمدادات الغاز المستورد وعدم انتظامها",
        "2- الضائعات في شبكات النقل والتوزيع التي تتجاوز 40%",
        "3- التجاوزات على الشبكة في المناطق العشوائية",
        "وكانت الحكومة قد وقعت في وقت سابق اتفاقاً مع تركمانستان لتوريد الغاز عبر الأراضي "
        "الإيرانية، لكنه لم يدخل حيز التنفيذ حتى الآن.",
    ], name="list.txt"))
    [items] = [b for b in listed.blocks if isinstance(b, ListBlock)]
    assert items.ordered and plain_text(items.items[0]) == \
        "تذبذب إمدادات الغاز المستورد وعدم انتظامها"
    dated = load_quietly(write_scrape(tmp_path, *[
        "المكتبة التي لم يعد أحد يزورها",
        "ندى الأمين",
        "14 مايو 2024 م ـ 06 ذو القِعدة 1445 هـ",
        "وهذا، في النهاية، كل ما نحتاج إليه في زمن الشاشات الصغيرة التي تسرق أعمارنا.",
    ], name="hijri.txt"))
    assert dated.published_hijri == "06 ذو القعدة 1445 هـ"


def test_site_or_city_before_the_writer_a_site_line_and_a_short_last_paragraph(
        tmp_path: Path) -> None:
    """"عربي21- بلال ياسين" (a site's name with digits, the dash glued to it) was taken
    for the headline; "بغداد/ تميم الحسن" (Al-Mada) was left out with its writer;
    "الميادين نت" under the headline was the first paragraph; a short last paragraph
    with few stop words, a tag under it, was left out (Ennahar)."""
    arabi21 = load_quietly(write_scrape(tmp_path, *[
        "صحافة",
        "صحافة دولية",
        "فايننشال تايمز: السعودية تعيد النظر في حجم مشروع نيوم بسبب ضغوط التمويل",
        "الصحيفة قالت إن المرحلة الأولى من \"ذا لاين\" سيتم تقليصها- جيتي",
        "عربي21- بلال ياسين",
        "# الأربعاء، 15 مايو 2024 08:12 ص بتوقيت غرينتش",
        "# آخر تحديث: الأربعاء، 15 مايو 2024 08:40 ص بتوقيت غرينتش",
        "وأشارت إلى أن صندوق الاستثمارات العامة، الذي يدير أصولا تتجاوز قيمتها 900 مليار "
        "دولار، سجّل انخفاضا في احتياطياته النقدية إلى نحو 15 مليار دولار في أيلول/ سبتمبر "
        "الماضي، وهو أدنى مستوى منذ كانون الأول/ ديسمبر 2020.",
    ], name="arabi21.txt"))
    assert arabi21.title.startswith("فايننشال تايمز: السعودية تعيد النظر")
    assert [a.name for a in arabi21.authors] == ["بلال ياسين"]
    almada = load_quietly(write_scrape(tmp_path, *[
        "مع أول موجة حر.. ساعات القطع تعود إلى بغداد والوزارة تعد بـ 28 ألف ميغاواط",
        "بغداد/ تميم الحسن",
        "نشر في: 14 مايو 2024: 10:23 م GST",
        "عادت ساعات القطع المبرمج للتيار الكهربائي إلى عدد من أحياء العاصمة بغداد مع تجاوز "
        "درجات الحرارة حاجز الـ 45 درجة مئوية، في وقت تؤكد فيه وزارة الكهرباء أن الإنتاج "
        "سيصل إلى 28 ألف ميغاواط خلال الصيف الحالي، وهو أعلى رقم في تاريخ المنظومة.",
        "ويشكو سكان مناطق في جانبي الكرخ والرصافة من انقطاع الكهرباء الوطنية لأكثر من عشر "
        "ساعات يومياً، ما دفعهم إلى الاعتماد على المولدات الأهلية التي رفع أصحابها أسعار "
        "\"الأمبير\" إلى 15 ألف دينار.",
    ], name="almada.txt"))
    assert ([a.name for a in almada.authors], almada.dateline) == (["تميم الحسن"], "بغداد")
    mayadeen = load_quietly(write_scrape(tmp_path, *[
        INFLATION_HEADLINE,
        "الميادين نت",
        "10 أيار 2024 11:32",
        *INFLATION_TEXT,
    ], name="mayadeen.txt"))
    assert "الميادين نت" not in everything(mayadeen)
    ennahar = load_quietly(write_scrape(tmp_path, *[
        "بكالوريا 2024: أكثر من 860 ألف مترشح يجتازون الامتحان ابتداء من 9 جوان",
        "من جهة أخرى، ستعرف هذه الدورة تكثيف الرقابة على شبكة الأنترنت، حيث سيتم قطع خدمة "
        "الأنترنت في ساعات الامتحان، على غرار الدورات السابقة، لتفادي تسريب المواضيع.",
        "وأكدت المديرية العامة للأمن الوطني بدورها تسخير وحداتها لتأمين نقل المواضيع "
        "وحراسة مراكز الطبع.",
        "امتحانات",
    ], name="ennahar.txt"))
    assert paragraphs(ennahar)[-1].startswith("وأكدت المديرية العامة للأمن الوطني")


@pytest.mark.parametrize("photo", [True, False], ids=["under-a-photo", "under-the-date"])
def test_a_wire_line_under_the_page_date_gives_its_place_agency_and_hijri_date(
        tmp_path: Path, photo: bool) -> None:
    """SPA: the page's date and time, (a photo,) then the wire line "الرياض 06 ذو القعدة
    1445 هـ الموافق 14 مايو 2024 م واس": the line was the photo's caption, or left out as
    a teaser under the page's date, and the dateline, the Hijri date and the time zone
    were lost."""
    lines = [
        "\"الداخلية\": غرامة 10 آلاف ريال بحق كل من يُضبط مؤديًا أو محاولًا أداء الحج دون تصريح",
        "الثلاثاء 14 مايو 2024 02:28 م",
        "hajj-permit.jpg",
        "الرياض 06 ذو القعدة 1445 هـ الموافق 14 مايو 2024 م واس",
        "أهابت وزارة الداخلية بالجميع الالتزام بالأنظمة والتعليمات المنظمة لأداء فريضة "
        "الحج، والحصول على تصريح الحج، مؤكدة تطبيق غرامة مالية قدرها 10 آلاف ريال بحق "
        "المخالفين من المواطنين والمقيمين والزائرين الذين يتم ضبطهم في مدينة مكة المكرمة "
        "والمنطقة المركزية والحرم ومحطات قطار الحرمين ونقاط الفرز والمراكز الأمنية "
        "المؤقتة، دون تصريح حج.",
        "وأوضحت الوزارة أن الغرامة تُطبّق في الفترة من يوم 15 ذي القعدة حتى نهاية يوم 14 "
        "ذي الحجة، وتتضاعف الغرامة في حال التكرار.",
    ]
    if not photo:
        lines.remove("hajj-permit.jpg")
    article = load_quietly(write_scrape(tmp_path, *lines))
    assert article.dateline == "الرياض (واس)"
    assert article.published_hijri == "06 ذو القعدة 1445 هـ"
    assert article.published is not None and article.published.isoformat() == \
        "2024-05-14T14:28:00+03:00"
    assert "الموافق" not in everything(article).replace("published_hijri", "")


def test_a_list_of_one_word_items_after_a_lead_in_sentence_is_the_texts(
        tmp_path: Path) -> None:
    """"- أربيل", "- دهوك" (one word each) under "... على النحو التالي:" were left out as a
    menu, and the paragraphs after them with it (or, on a shorter page, the headline
    and lead above them)."""
    page = tmp_path / "salaries.txt"
    page.write_text(
        "حكومة الإقليم توزع الرواتب بدءاً من الأحد\n"
        "أعلنت وزارة المالية في حكومة الإقليم، اليوم السبت، البدء بتوزيع رواتب موظفي "
        "الإقليم لشهر نيسان الماضي اعتباراً من يوم غد الأحد.\n"
        "وتضمن الجدول توزيع الرواتب في المحافظات على النحو التالي:\n"
        "- أربيل\n- السليمانية\n- دهوك\n- حلبجة\n"
        "وكانت المحكمة الاتحادية العليا قد ألزمت في وقت سابق الحكومة الاتحادية بتمويل "
        "رواتب موظفي الإقليم مباشرة، في قرار أثار جدلاً بين الطرفين.\n"
        "ويبلغ عدد موظفي الإقليم نحو مليون و200 ألف موظف ومتقاعد.\n", encoding="utf-8")
    article = load_quietly(page)
    assert article.title == "حكومة الإقليم توزع الرواتب بدءاً من الأحد"
    said = [line for b in article.blocks for line in block_texts(b)]
    assert said[0].startswith("أعلنت وزارة المالية")
    assert [b for b in article.blocks if isinstance(b, ListBlock)]
    assert "دهوك" in said and said[-1].startswith("ويبلغ عدد موظفي الإقليم")
    assert article.dropped == ()


def test_a_short_last_sentence_above_the_source_and_the_tags_stays(tmp_path: Path) -> None:
    """"التفاصيل تعلن لاحقاً." (three words) closed the text, then its source and tags:
    it was left out with them, "below the article"."""
    page = tmp_path / "roads.txt"
    page.write_text(
        "2.4 مليار درهم لمشاريع الطرق الاتحادية في المناطق الشمالية\n"
        "أطلقت وزارة التربية والتعليم برنامجاً تجريبياً لتعليم البرمجة والذكاء الاصطناعي "
        "لطلبة المرحلة الإعدادية في 20 مدرسة حكومية، على أن يعمم على بقية المدارس.\n"
        "وأوضحت الوزارة أن البرنامج يتضمن حصتين أسبوعياً، ويعتمد على مشاريع عملية يصمم "
        "فيها الطلبة تطبيقات بسيطة وألعاباً تعليمية.\n"
        "التفاصيل تعلن لاحقاً.\n"
        "المصدر: الصحيفة - أبوظبي\nالإمارات\nالتعليم\nالبنية التحتية\n", encoding="utf-8")
    said = [line for b in load_quietly(page).blocks for line in block_texts(b)]
    assert said[-1] == "التفاصيل تعلن لاحقاً."


def test_an_urdu_lead_ending_in_its_full_stop_is_no_headline(tmp_path: Path) -> None:
    """Under a "Latest" box ("تازہ ترین") whose last line is the headline, the lead,
    ending in Urdu's full stop "۔", was taken for the headline and left out."""
    page = tmp_path / "water.txt"
    page.write_text(
        "تازہ ترین\n"
        "کراچی میں پانی کی قلت، واٹر بورڈ کا ٹینکر سروس بڑھانے کا فیصلہ\n"
        "ویب ڈیسک\n09 جون ، 2024\nشیئر\n"
        "کراچی میں پانی کی شدید قلت کے بعد واٹر اینڈ سیوریج کارپوریشن نے شہر کے متاثرہ "
        "علاقوں میں سرکاری ٹینکر سروس بڑھانے کا فیصلہ کیا ہے۔\n"
        "واٹر کارپوریشن کے ترجمان کے مطابق گرمی کی شدت اور بجلی کی بندش کے باعث پمپنگ "
        "اسٹیشنز متاثر ہوئے ہیں، جس کی وجہ سے شہر کو پانی کم مل رہا ہے۔\n"
        "ترجمان نے بتایا کہ اورنگی، کورنگی اور لیاری سمیت متعدد علاقوں میں اضافی ٹینکر "
        "بھیجے جائیں گے۔\n", encoding="utf-8")
    article = load_quietly(page)
    assert article.title.startswith("کراچی میں پانی کی قلت")
    said = [line for b in article.blocks for line in block_texts(b)]
    assert said[0].startswith("کراچی میں پانی کی شدید قلت") and len(said) == 3


def test_a_headline_with_a_colon_over_time_stamps_is_no_table(tmp_path: Path) -> None:
    """"تونس: إضراب ..." over "نشرت في: 05/03/2025 - 14:22" and "تعديل في: ..." (France
    24), or over "الخرطوم: السوداني" and "2025-04-20 11:15 ص": three "key: value" lines
    made a list in the text; the first paragraph was taken for the title, no date."""
    page = tmp_path / "strike.txt"
    page.write_text(
        "تونس: إضراب المعلمين يشل المدارس الابتدائية في يومه الثاني\n"
        "نشرت في: 05/03/2025 - 14:22\nتعديل في: 05/03/2025 - 16:40\n"
        "شل إضراب المعلمين في تونس الأربعاء المدارس الابتدائية لليوم الثاني على التوالي، "
        "وسط تمسك النقابة بمطالبها المتعلقة بتحسين الأجور.\n"
        "وأكدت النقابة أن نسبة المشاركة في الإضراب تجاوزت 90% في أغلب الولايات، مشيرة "
        "إلى أن الحكومة لم تقدم أي مقترح جدي منذ أشهر.\n", encoding="utf-8")
    article = load_quietly(page)
    assert article.title.startswith("تونس: إضراب المعلمين")
    assert article.published is not None and article.published.day == 5
    assert not [b for b in article.blocks if isinstance(b, ListBlock)]
    page.write_text(
        "مصدر أمني: إعادة فتح طريق الخرطوم – مدني أمام حركة المسافرين\n"
        "الخرطوم: السوداني\n2025-04-20 11:15 ص\n"
        "أعلنت السلطات الأمنية في ولاية الجزيرة، الأحد، إعادة فتح طريق الخرطوم – مدني أمام "
        "حركة المسافرين والشاحنات التجارية، بعد أشهر من الإغلاق.\n"
        "وقال مصدر أمني إن الطريق أصبح آمناً بعد انتشار قوات الشرطة على طوله، وإن حركة "
        "الشاحنات ستعود تدريجياً خلال الأيام المقبلة.\n", encoding="utf-8")
    article = load_quietly(page)
    assert article.title.startswith("مصدر أمني: إعادة فتح")
    assert article.published is not None and article.published.hour == 11
    assert not [b for b in article.blocks if isinstance(b, ListBlock)]


def test_the_mastheads_name_and_day_are_not_the_articles(tmp_path: Path) -> None:
    """A newspaper's masthead ("صحيفة الأيام البحرينية", "العدد 12987 الأحد 10 مارس 2024")
    above the headline gave the article its writer and its day; the date line under the
    headline ("السبت 9 مارس 2024 - 01:00") was left out."""
    page = tmp_path / "masthead.txt"
    page.write_text(
        "صحيفة الأيام البحرينية\n"
        "العدد 12987 الأحد 10 مارس 2024 الموافق 29 شعبان 1445\n"
        "«التربية» تطلق برنامجاً لتعليم البرمجة لطلبة المرحلة الإعدادية\n"
        "السبت 9 مارس 2024 - 01:00\n"
        "أطلقت وزارة التربية والتعليم برنامجاً تجريبياً لتعليم البرمجة والذكاء الاصطناعي "
        "لطلبة المرحلة الإعدادية في 20 مدرسة حكومية، على أن يعمم على بقية المدارس.\n"
        "وأوضحت الوزارة أن البرنامج يتضمن حصتين أسبوعياً، ويعتمد على مشاريع عملية يصمم "
        "فيها الطلبة تطبيقات بسيطة وألعاباً تعليمية.\n", encoding="utf-8")
    article = load_quietly(page)
    assert article.title.startswith("«التربية» تطلق")
    assert article.authors == ()
    assert article.published is not None
    assert (article.published.day, article.published.hour) == (9, 1)


def test_a_long_stamp_line_and_a_byline_with_its_date_after_a_bar(tmp_path: Path) -> None:
    """"نشر في: ... - 10:30 ص | آخر تحديث: ..." (20 words) was read as the text's first
    paragraph, no date; "كتب: سارة علي | الإثنين 03 يونيو 2024 | 01:12 م" gave the
    date but no writer."""
    body = ("أعلنت محافظة الجيزة، اليوم الأحد، بدء خطة شاملة لتطوير 40 سوقا شعبية في عدد "
            "من الأحياء والمراكز، على أن تنتهي المرحلة الأولى قبل نهاية العام.\n"
            "وقال محافظ الجيزة، في بيان صحفي، إن المرحلة الأولى تشمل 12 سوقا في أحياء "
            "إمبابة والعمرانية والهرم.\n")
    page = tmp_path / "markets.txt"
    page.write_text("محافظة الجيزة تبدأ تطوير 40 سوقا شعبية قبل نهاية العام\n"
                    "نشر في: الأحد 12 مايو 2024 - 10:30 ص | آخر تحديث: الأحد 12 مايو 2024 - "
                    "11:45 ص\n" + body, encoding="utf-8")
    article = load_quietly(page)
    assert article.published is not None and (article.published.hour, article.updated
                                              is not None) == (10, True)
    said = [line for b in article.blocks for line in block_texts(b)]
    assert said[0].startswith("أعلنت محافظة الجيزة")
    page.write_text("محافظة الجيزة تبدأ تطوير 40 سوقا شعبية قبل نهاية العام\n"
                    "كتب: سارة علي | الإثنين 03 يونيو 2024 | 01:12 م\n" + body,
                    encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["سارة علي"]
    assert article.published is not None and article.published.hour == 13


@pytest.mark.parametrize("caption", ["مبنى الكابيتول في واشنطن. أرشيفية",
                                     "صورة أرشيفية لمبنى الكابيتول في واشنطن",
                                     "صورة من: Christoph Soeder/dpa/picture alliance"])
def test_a_photos_caption_over_the_text_is_not_its_first_paragraph(
        tmp_path: Path, caption: str) -> None:
    """A lead photo's caption with its "archive" mark written otherwise than "- أرشيفية",
    or DW's credit line, opened the text."""
    page = tmp_path / "congress.txt"
    page.write_text(
        "الكونغرس يناقش تشريعاً لتنظيم استخدام الذكاء الاصطناعي في الحملات الانتخابية\n"
        f"28 يناير 2024\n{caption}\n"
        "بدأت لجنة في مجلس الشيوخ الأميركي، الأسبوع الماضي، مناقشة مشروع قانون يلزم الحملات "
        "الانتخابية بالإفصاح عن أي محتوى مولّد بالذكاء الاصطناعي تستخدمه في إعلاناتها.\n"
        "ويفرض المشروع غرامات على الحملات التي تنشر صوراً أو تسجيلات صوتية معدلة لمرشحين "
        "منافسين دون إشعار واضح للناخبين.\n", encoding="utf-8")
    said = [line for b in load_quietly(page).blocks for line in block_texts(b)]
    assert said[0].startswith("بدأت لجنة") and len(said) == 2


def test_an_interviews_byline_and_a_date_spaced_by_dashes(tmp_path: Path) -> None:
    """"أجرى الحوار: منية العرفاوي" and "نشر في الصباح نيوز يوم 16 - 09 - 2024" (Assabah)
    were read as the text's first paragraphs, with no writer and no date."""
    page = tmp_path / "interview.txt"
    page.write_text(
        "مدير المعهد الوطني للرصد الجوي: موسم الأمطار سيكون قريبا من المعدل\n"
        "أجرى الحوار: منية العرفاوي\nنشر في الصباح نيوز يوم 16 - 09 - 2024\n"
        "مع اقتراب فصل الخريف، يتساءل الفلاحون والمواطنون عن ملامح الموسم المطري المقبل بعد "
        "سنوات متتالية من الجفاف.\n"
        "س: ما هي توقعاتكم للموسم المطري القادم؟\n"
        "ج: المؤشرات الأولية تدل على أن كميات الأمطار ستكون قريبة من المعدل في الشمال، وأقل "
        "منه بقليل في الوسط والجنوب.\n", encoding="utf-8")
    article = load_quietly(page)
    assert [(a.name, a.role) for a in article.authors] == [("منية العرفاوي", "حوار")]
    assert article.published is not None and article.published.date().isoformat() == \
        "2024-09-16"
    said = [line for b in article.blocks for line in block_texts(b)]
    assert said[0].startswith("مع اقتراب فصل الخريف")


def test_a_hijri_date_line_under_the_date_is_the_published_hijri(tmp_path: Path) -> None:
    """"21 صفر 1446 هـ" on a line of its own under the Gregorian date line (Al-Madina)
    opened the text."""
    page = tmp_path / "university.txt"
    page.write_text(
        "جامعة طيبة تستقبل 14 ألف طالب وطالبة في العام الجامعي الجديد\n"
        "سلمان الحربي - المدينة المنورة\nالاحد 25/08/2024\n21 صفر 1446 هـ\n"
        "تستقبل جامعة طيبة في المدينة المنورة أكثر من 14 ألف طالب وطالبة مستجدين مع انطلاق "
        "العام الجامعي الجديد، موزعين على كليات الجامعة.\n"
        "وأوضح وكيل الجامعة للشؤون التعليمية أن الجامعة استكملت استعداداتها لاستقبال "
        "الطلبة، بما في ذلك تجهيز القاعات والمعامل.\n", encoding="utf-8")
    article = load_quietly(page)
    assert article.published_hijri == "21 صفر 1446 هـ"
    said = [line for b in article.blocks for line in block_texts(b)]
    assert said[0].startswith("تستقبل جامعة طيبة")
    # ... with the place of a wire line before it too
    page.write_text(page.read_text(encoding="utf-8").replace(
        "21 صفر 1446 هـ\n", "مكة المكرمة 21 صفر 1446 هـ\n"), encoding="utf-8")
    assert load_quietly(page).published_hijri == "21 صفر 1446 هـ"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "مكة المكرمة 21 صفر 1446 هـ\n", "21 صفر 1446 هـ\n"), encoding="utf-8")
    # ... but a short sentence giving a Hijri date is the text's
    page.write_text(page.read_text(encoding="utf-8").replace(
        "21 صفر 1446 هـ\n", "صدر القرار في 5 رجب 1445هـ.\n"), encoding="utf-8")
    article = load_quietly(page)
    assert article.published_hijri is None
    assert next(line for b in article.blocks for line in block_texts(b)) == \
        "صدر القرار في 5 رجب 1445هـ."


def test_a_writer_and_paper_and_a_mastheads_day_over_an_update(tmp_path: Path) -> None:
    """"كتب: أحمد علي - جريدة الأهرام" gave no writer (a paper's word in the name); a
    masthead's day over a headline with only an update under it gave the update's day."""
    body = ("أطلقت وزارة التربية والتعليم برنامجاً تجريبياً لتعليم البرمجة والذكاء الاصطناعي "
            "لطلبة المرحلة الإعدادية في 20 مدرسة حكومية، على أن يعمم على بقية المدارس.\n"
            "وأوضحت الوزارة أن البرنامج يتضمن حصتين أسبوعياً، ويعتمد على مشاريع عملية يصمم "
            "فيها الطلبة تطبيقات بسيطة وألعاباً تعليمية.\n")
    page = tmp_path / "paper.txt"
    page.write_text("«التربية» تطلق برنامجاً لتعليم البرمجة لطلبة المرحلة الإعدادية\n"
                    "كتب: أحمد علي - جريدة الأهرام\nالسبت 9 مارس 2024\n" + body,
                    encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["أحمد علي"]
    page.write_text(page.read_text(encoding="utf-8").replace("كتب: ", ""), encoding="utf-8")
    assert [a.name for a in load_quietly(page).authors] == ["أحمد علي"]
    page.write_text("جريدة الرياض\nالأحد 10 مارس 2024\n"
                    "«التربية» تطلق برنامجاً لتعليم البرمجة لطلبة المرحلة الإعدادية\n"
                    "آخر تحديث: الأربعاء 13 مارس 2024\n" + body, encoding="utf-8")
    article = load_quietly(page)
    assert article.published is not None and article.published.day == 10


def test_a_name_like_line_above_the_headline_is_no_writer(tmp_path: Path) -> None:
    """The site's name or a breadcrumb over the date, above the headline ("همشهری آنلاین",
    "مدیریت شهری"), was taken for the writer; so was an Urdu share button ("فیس بک")."""
    body = ("وزارت بهداشت امروز از افتتاح بیمارستان جدید کودکان در استان با ظرفیت دویست تخت "
            "خبر داد و گفت بیماران از هفته آینده پذیرش می‌شوند.\n"
            "به گفته مسئولان، این بیمارستان تعداد کودکانی را که هر سال برای درمان به پایتخت "
            "فرستاده می‌شوند کاهش می‌دهد.\n")
    page = tmp_path / "hospital.txt"
    page.write_text("همشهری آنلاین\nکد خبر 912345\n۱۴۰۳/۰۸/۱۵\n"
                    "افتتاح بیمارستان جدید کودکان در استان\n" + body, encoding="utf-8")
    article = load_quietly(page)
    assert article.title == "افتتاح بیمارستان جدید کودکان در استان"
    assert article.authors == ()
    assert article.published is not None and article.published.isoformat()[:10] == "2024-11-05"
    page.write_text("پنجاب حکومت کا صوبے میں 500 نئے اسکول بنانے کا اعلان\n"
                    "ہفتہ 16 نومبر 2024\nشیئر کریں\nفیس بک\nٹوئٹر\n"
                    "لاہور: پنجاب حکومت نے صوبے کے دیہی علاقوں میں 500 نئے پرائمری اسکول تعمیر "
                    "کرنے کا اعلان کیا ہے، جن میں سے زیادہ تر جنوبی پنجاب میں بنیں گے۔\n"
                    "وزیر تعلیم نے کہا کہ منصوبے پر تقریباً 18 ارب روپے لاگت آئے گی اور پہلے "
                    "مرحلے میں 150 اسکول مکمل کر لیے جائیں گے۔\n", encoding="utf-8")
    assert load_quietly(page).authors == ()


def _texts(page: Path) -> list[str]:
    return [t for b in load_quietly(page).blocks for t in block_texts(b)]


def test_a_wire_lead_full_of_names_and_figures_is_kept(tmp_path: Path) -> None:
    """A lead of names and figures (its stop words at 0.29, under the 0.30 of a "bad"
    line) was dropped as a list of names: the story's first paragraph lost."""
    lead = ("أقر مجلس الوزراء في جلسته الاعتيادية، أمس الإثنين، جدولا جديدا لرواتب "
            "المتقاعدين، يرفع الحد الأدنى للراتب التقاعدي إلى 500 ألف دينار شهريا.")
    page = tmp_path / "pensions.txt"
    page.write_text(
        "مجلس الوزراء يقر جدول رواتب جديداً للمتقاعدين\nبغداد: عمر عبد اللطيف\n2024/09/17\n"
        f"{lead}\n"
        "وقال مصدر حكومي لـ\"الصباح\": إن القرار يشمل نحو مليون و200 ألف متقاعد من المدنيين "
        "والعسكريين، على أن يطبق اعتبارا من مطلع العام المقبل.\n"
        "وأضاف أن وزارة المالية ستوفر التخصيصات اللازمة ضمن موازنة 2025، مبينا أن الكلفة "
        "السنوية للقرار تقدر بـ 1.3 تريليون دينار.\n", encoding="utf-8")
    assert _texts(page)[0] == lead


def test_a_sentence_after_a_rebuilt_list_closes_it(tmp_path: Path) -> None:
    """Items without bullets under a lead ending with ":" are a list; the sentence after
    them ("ورحبت نقابة المتقاعدين بالقرار.") became its last item."""
    page = tmp_path / "list.txt"
    page.write_text(
        "مجلس الوزراء يقر جدول رواتب جديداً للمتقاعدين\n2024/09/17\n"
        "أقر مجلس الوزراء في جلسته الاعتيادية أمس جدولا جديدا لرواتب المتقاعدين، يرفع الحد "
        "الأدنى للراتب التقاعدي إلى 500 ألف دينار شهريا.\n"
        "وقال مصدر حكومي إن القرار يشمل نحو مليون متقاعد من المدنيين والعسكريين، على أن "
        "يطبق اعتبارا من مطلع العام المقبل.\nوتابع أن الجدول الجديد يتضمن أيضا:\n"
        "زيادة مخصصات الزوجية والأطفال\nاحتساب سنوات الخدمة الجامعية\n"
        "إلغاء الاستقطاعات الإضافية\nورحبت نقابة المتقاعدين بالقرار.\n", encoding="utf-8")
    blocks = load_quietly(page).blocks
    lists = [b for b in blocks if isinstance(b, ListBlock)]
    assert len(lists) == 1 and len(lists[0].items) == 3
    assert isinstance(blocks[-1], Paragraph) and \
        plain_text(blocks[-1].spans) == "ورحبت نقابة المتقاعدين بالقرار."


def test_a_match_report_s_lineups_under_their_heading_are_kept(tmp_path: Path) -> None:
    """"التشكيل" and the two lineups under it (names only, few stop words) were dropped
    as a heading below the article and lists of names."""
    page = tmp_path / "match.txt"
    lineup = ("الهلال: بونو – كانسيلو، كوليبالي، البليهي، الشهراني – نيفيز، كنو، سافيتش – "
              "مالكوم، ميتروفيتش، سالم الدوسري.")
    page.write_text(
        "الهلال يقلب الطاولة على النصر ويبتعد بالصدارة\nالرياض - كووورة\n"
        "السبت 05 أبريل 2025 22:47\n"
        "قلب الهلال تأخره بهدف إلى فوز ثمين على ضيفه النصر بنتيجة 3-1، مساء السبت على ملعب "
        "المملكة أرينا، في قمة الجولة 27 من دوري روشن السعودي.\n"
        "ورفع الهلال رصيده إلى 68 نقطة في المركز الأول، بفارق 9 نقاط عن الاتحاد صاحب المركز "
        "2، فيما تجمد رصيد النصر عند 57 نقطة.\n"
        "وأشاد مدرب الهلال بروح لاعبيه، مؤكدا أن الفريق \"لم يفقد الثقة رغم الهدف المبكر\".\n"
        f"التشكيل\n{lineup}\n"
        "النصر: العقيدي – ساديو، لابورت، سيماكان، أيمن يحيى – بروزوفيتش، عوتا، تاليسكا – "
        "ماني، رونالدو، غريب.\n", encoding="utf-8")
    texts = _texts(page)
    assert texts[-3:-1] == ["التشكيل", lineup] and texts[-1].startswith("النصر: العقيدي")


def test_a_persian_page_s_solar_hijri_date_is_printed_beside_the_gregorian(
        tmp_path: Path) -> None:
    """Mehr's "۱۲ دی ۱۴۰۲، ۱۰:۴۵" became "۲ ژانویه ۲۰۲۴" in print and speech: the date
    the page printed was kept nowhere (a lunar Hijri date is kept beside the Gregorian)."""
    from artexport.edition import Edition
    page = tmp_path / "mehr.txt"
    page.write_text(
        "افزایش بیست درصدی صادرات غیرنفتی در نه ماه نخست سال\n۱۲ دی ۱۴۰۲، ۱۰:۴۵\n"
        "سخنگوی گمرک ایران گفت صادرات غیرنفتی کشور در نه ماه نخست امسال نسبت به مدت مشابه "
        "سال گذشته بیست درصد افزایش یافته و به چهل میلیارد دلار رسیده است.\n"
        "به گفته وی، عراق، چین و امارات بزرگ‌ترین مقصدهای کالاهای ایرانی بوده‌اند و سهم "
        "محصولات پتروشیمی از کل صادرات بیش از یک سوم بوده است.\n", encoding="utf-8")
    article = load_quietly(page)
    assert article.published is not None and article.published.date().isoformat() == \
        "2024-01-02"
    assert article.published_hijri == "12 دی 1402"
    assert "12 دی 1402 برابر با 2 ژانویه 2024" in Edition.of(article).dates[0].text


def test_what_follows_the_text_under_a_subheading_is_not_kept_unless_a_list_of_names(
        tmp_path: Path) -> None:
    """The lineups' rule (a subheading and a sentence under it after the text) kept a
    box of currency prices (a line of names has no figures)."""
    text = ("أقر مجلس الوزراء في جلسته الأسبوعية أمس زيادة رواتب المتقاعدين المدنيين "
            "والعسكريين بنسبة عشرة في المئة اعتبارا من مطلع الشهر المقبل.\n"
            "وأوضح وزير المالية في مؤتمر صحفي عقب الجلسة أن الزيادة ستكلف الخزينة العامة "
            "نحو مئتي مليون دينار سنويا، مشيرا إلى توفير التمويل اللازم.\n"
            "وأضاف أن القرار يأتي في إطار حرص الحكومة على تحسين الأوضاع المعيشية "
            "للمتقاعدين في ظل ارتفاع الأسعار وتكاليف المعيشة خلال العامين الماضيين.\n"
            "ورحبت نقابة المتقاعدين بالقرار، معتبرة أنه خطوة أولى في الاتجاه الصحيح، لكنها "
            "طالبت بزيادات إضافية تتناسب مع معدلات التضخم الحالية في البلاد.\n")
    for tail in ("أسعار العملات\nالدولار الأمريكي 0.709 دينار، اليورو 0.776 دينار، الجنيه "
                 "الإسترليني 0.901 دينار، الريال السعودي 0.189 دينار، الدرهم 0.193 دينار، "
                 "الين 0.005 دينار.\n",):
        page = tmp_path / "tail.txt"
        page.write_text("الحكومة تقر زيادة رواتب المتقاعدين\nنشر في: 2 يناير 2024 - 10:30\n"
                        + text + tail, encoding="utf-8")
        texts = _texts(page)
        assert texts[-1].startswith("ورحبت نقابة المتقاعدين"), texts[-1]


def test_a_list_whose_last_item_ends_a_sentence_stays_a_list(tmp_path: Path) -> None:
    """Three items under a lead, the last ending with a full stop: it closed the list,
    and the two items left became a paragraph and a heading."""
    page = tmp_path / "items.txt"
    page.write_text(
        "الحكومة تقر حزمة لدعم المتقاعدين\nنشر في: 2 يناير 2024 - 10:30\n"
        "أقر مجلس الوزراء في جلسته الأسبوعية أمس حزمة من الإجراءات الجديدة لدعم "
        "المتقاعدين وتحسين أوضاعهم المعيشية، وتشمل:\n"
        "تمديد التأمين الصحي للمتقاعدين وعائلاتهم\nتخفيض رسوم الخدمات الحكومية بنسبة النصف\n"
        "إعفاء المتقاعدين من ضريبة الأبنية والأراضي.\n"
        "وأوضح وزير المالية في مؤتمر صحفي عقب الجلسة أن الحزمة ستكلف الخزينة العامة نحو "
        "مئتي مليون دينار سنويا، مشيرا إلى توفير التمويل اللازم لها.\n", encoding="utf-8")
    blocks = load_quietly(page).blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "ListBlock", "Paragraph"]


_OLIVE_BODY = (
    "يستيقظ الحاج عبد الرزاق قبل شروق الشمس، ويتجه مع أبنائه الثلاثة إلى حقله الممتد على "
    "12 هكتارا في ريف صفاقس، حيث تنتظرهم أشجار زيتون يعود عمر بعضها إلى أكثر من 80 عاما.\n"
    "يقول الحاج للجزيرة نت إن الموسم الحالي هو الأوفر منذ سنوات، لكن الفرحة لم تكتمل، فسعر "
    "الكيلوغرام الواحد من الزيت تراجع إلى النصف تقريبا مقارنة بالموسم الماضي.\n")


@pytest.mark.parametrize("alt", ["", "زيتون تونس\n"])
def test_a_credited_caption_between_headline_and_byline_is_not_the_title(
        tmp_path: Path, alt: str) -> None:
    """Al Jazeera Net: the photo's alt text and caption "... (الجزيرة)" stand between the
    headline and the writer: the caption became the title (or, with no alt line, the
    writer's name did), and the headline was dropped as a related link."""
    page = tmp_path / "olive.txt"
    page.write_text(
        "اقتصاد\nمزارعو الزيتون في تونس.. موسم وفير وأسعار لا تغطي الكلفة\n" + alt
        + "مزارع يجمع ثمار الزيتون في ولاية صفاقس جنوبي تونس (الجزيرة)\n"
        "محمد علي الصغير\nصفاقس\n14/11/2024\n" + _OLIVE_BODY, encoding="utf-8")
    article = load_quietly(page)
    assert article.title == "مزارعو الزيتون في تونس.. موسم وفير وأسعار لا تغطي الكلفة"
    assert [a.name for a in article.authors] == ["محمد علي الصغير"]
    assert article.subtitle is None and article.dateline == "صفاقس"
    assert paragraphs(article)[0].startswith("يستيقظ الحاج")


def test_cnn_arabic_s_stamp_with_a_semicolon_and_a_full_stop_is_the_date(tmp_path: Path) -> None:
    """CNN Arabic's "نشر يوم الأحد، 03 مارس / آذار 2024; 07:40 (GMT +0400)." ends with a
    full stop: it was read as a sentence giving a date, the article's first paragraph (no
    date, and the dateline "(CNN)--" not split off). The caption over its "Credit:" line
    was the subtitle."""
    page = tmp_path / "cnn.txt"
    page.write_text(
        "الشرق الأوسط\nمسؤول أممي: ثلث سكان اليمن يواجهون خطر المجاعة مع تراجع التمويل\n"
        "طفل يمني يحمل كيس طحين في أحد مراكز توزيع المساعدات في الحديدة\n"
        "Credit: KHALED ZIAD/AFP via Getty Images\n"
        "نشر يوم الأحد، 03 مارس / آذار 2024; 07:40 (GMT +0400). آخر تحديث الأحد، 03 مارس / "
        "آذار 2024; 08:15 (GMT +0400).\n"
        "نيويورك، الولايات المتحدة (CNN)-- قال مسؤول رفيع في الأمم المتحدة، الأحد، إن نحو "
        "ثلث سكان اليمن يواجهون خطر المجاعة، محذرا من أن تراجع تمويل المانحين أجبر الوكالات "
        "الإنسانية على تقليص برامجها.\n"
        "وأضاف المسؤول، في إحاطة أمام الصحفيين، أن خطة الاستجابة الإنسانية لهذا العام لم "
        "تحصل سوى على 18% من التمويل المطلوب البالغ 2.7 مليار دولار.\n", encoding="utf-8")
    article = load_quietly(page)
    assert article.published == datetime.fromisoformat("2024-03-03T07:40:00+04:00")
    assert article.updated == datetime.fromisoformat("2024-03-03T08:15:00+04:00")
    assert article.dateline == "نيويورك، الولايات المتحدة (CNN)"
    assert paragraphs(article)[0].startswith("قال مسؤول رفيع")
    assert article.subtitle is None


def test_a_byline_with_the_paper_s_handle_after_it_names_the_writer(tmp_path: Path) -> None:
    """Okaz: "خالد الجارالله (الرياض) okaz_online@" was no byline (the handle), so it
    became the subtitle: no writer, no dateline, and the wrong time zone."""
    page = tmp_path / "okaz.txt"
    page.write_text(
        "محليات\n«التعليم» تمدد التسجيل في برنامج الابتعاث حتى نهاية الشهر\n"
        "خالد الجارالله (الرياض) okaz_online@\n10 شعبان 1445 هـ - 20 فبراير 2024 م\n"
        "قررت وزارة التعليم تمديد فترة التسجيل في برنامج خادم الحرمين الشريفين للابتعاث في "
        "مرحلته الجديدة حتى نهاية شهر شعبان الجاري، وذلك لإتاحة الفرصة لأكبر عدد من الطلاب.\n"
        "وأوضحت الوزارة أن البرنامج يستهدف هذا العام ابتعاث 2500 طالب وطالبة إلى أفضل 200 "
        "جامعة في العالم.\n", encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["خالد الجارالله"]
    assert article.dateline == "الرياض" and article.subtitle is None
    assert "okaz_online" not in everything(article)


_COLUMN = (
    "كتاب الجزيرة\nد. عبدالعزيز بن سعد الخريجي\nالمدن الذكية تبدأ من الرصيف\nمنذ يومين\n"
    "عندما نتحدث عن المدن الذكية، تقفز إلى أذهاننا صور الشاشات العملاقة والسيارات ذاتية "
    "القيادة وأجهزة الاستشعار المنتشرة في كل زاوية.\n"
    "في كثير من أحيائنا، يضطر المشاة إلى النزول إلى الشارع لأن الرصيف إما مرتفع جدا، أو "
    "تحتله السيارات، أو تقطعه الأشجار ولوحات الإعلانات.\n"
    "المدينة التي يمشي فيها كبار السن والأطفال بأمان، هي مدينة ذكية ولو لم تكن فيها شاشة "
    "واحدة.\n* أستاذ التخطيط العمراني بجامعة الملك سعود\nمقالات أخرى للكاتب\n"
    "الحدائق العامة.. رئة لا ترف\n")


@pytest.mark.parametrize("masthead", ["", "الجزيرة\nصحيفة يومية تصدر عن مؤسسة الجزيرة للصحافة "
                                      "والطباعة والنشر\nالأحد 18 ذو القعدة 1445 هـ - 26 مايو "
                                      "2024 م - العدد 18650\n"])
def test_a_column_s_titled_writer_above_its_headline_is_the_author(
        tmp_path: Path, masthead: str) -> None:
    """An opinion column prints its writer's name, with his title, above the headline:
    the name became the title (the headline its subtitle); with the paper's tagline
    ("صحيفة يومية تصدر عن ...") on top, the tagline did, and the section "كتاب الجزيرة"
    was the author. The starred note on the writer under the text was a list."""
    page = tmp_path / "column.txt"
    page.write_text(masthead + _COLUMN, encoding="utf-8")
    article = load_quietly(page)
    assert article.title == "المدن الذكية تبدأ من الرصيف" and article.subtitle is None
    assert [a.name for a in article.authors] == ["د. عبدالعزيز بن سعد الخريجي"]
    assert _texts(page)[-1].startswith("المدينة التي يمشي فيها")
    assert "صحيفة يومية" not in everything(article)


def test_a_ticker_s_stamped_teasers_above_the_article_are_no_headline(tmp_path: Path) -> None:
    """RT Arabic: a "latest news" ticker above the article, each item stamped "منذ ...",
    and no date under the headline: the ticker's items were the title and subtitle, and
    the real headline a body paragraph."""
    page = tmp_path / "rt.txt"
    page.write_text(
        "أخبار العالم\nمنذ 2 ساعة\nروسيا تعلن إسقاط 14 مسيرة أوكرانية فوق مقاطعة بيلغورود\n"
        "منذ 3 ساعات\nالكرملين يعلق على تصريحات ماكرون الأخيرة\nالعالم العربي\n"
        "السودان.. اشتباكات عنيفة في محيط مدينة الفاشر\n"
        "أفادت مصادر محلية في السودان باندلاع اشتباكات عنيفة، صباح اليوم الثلاثاء، بين الجيش "
        "السوداني وقوات الدعم السريع في محيط مدينة الفاشر عاصمة ولاية شمال دارفور.\n"
        "وقالت المصادر إن القصف المدفعي طال أحياء سكنية في الجهة الشرقية من المدينة، ما أدى "
        "إلى سقوط عدد من الضحايا بين المدنيين.\n", encoding="utf-8")
    article = load_quietly(page)
    assert article.title == "السودان.. اشتباكات عنيفة في محيط مدينة الفاشر"
    assert article.subtitle is None
    assert paragraphs(article)[0].startswith("أفادت مصادر محلية")
    assert "الكرملين" not in everything(article)


def test_a_related_box_s_leads_written_as_sentences_are_left_out(tmp_path: Path) -> None:
    """Al-Watan: under "أخبار ذات صلة" other stories show their lead sentence, not a
    headline: the three became the article's last paragraphs. The photo's caption
    "ضبط مخدرات - أرشيفية" was the dateline."""
    page = tmp_path / "watan.txt"
    page.write_text(
        "حوادث\nضبط 3 أشخاص بحوزتهم 40 كيلو مخدرات في الإسماعيلية\nكتب: مصطفى رحومة\n"
        "03:15 م | الأحد 19 مايو 2024\nضبط مخدرات - أرشيفية\n"
        "تمكنت الأجهزة الأمنية بمديرية أمن الإسماعيلية من ضبط 3 أشخاص بحوزتهم 40 كيلوجراما "
        "من مخدر البانجو، قبل ترويجها على عملائهم بدائرة مركز القنطرة غرب.\n"
        "وكشفت التحريات أن المتهمين اعتادوا جلب المواد المخدرة من إحدى محافظات الصعيد، "
        "وتخزينها داخل مزرعة مهجورة لحين توزيعها.\n"
        "وتحرر محضر بالواقعة، وتولت النيابة العامة التحقيق.\nأخبار ذات صلة\n"
        "أمرت النيابة العامة بحبس سائق 4 أيام على ذمة التحقيقات لاتهامه بدهس طالب في المنوفية.\n"
        "تمكنت مباحث القاهرة من ضبط عصابة تخصصت في سرقة السيارات بمدينة نصر.\n"
        "أعلنت وزارة الداخلية ضبط 120 ألف مخالفة مرورية خلال 24 ساعة على الطرق السريعة.\n",
        encoding="utf-8")
    article = load_quietly(page)
    assert paragraphs(article)[-1] == "وتحرر محضر بالواقعة، وتولت النيابة العامة التحقيق."
    assert article.dateline is None


def test_text_carried_on_under_an_empty_related_heading_is_kept(tmp_path: Path) -> None:
    """... but the story carried on under a related box whose links the scrape lost
    ("ونقلت الصحيفة ...": no story's lead opens so) is the article's."""
    page = tmp_path / "arabi21.txt"
    page.write_text(
        "السعودية تعيد النظر في حجم مشروع نيوم بسبب ضغوط التمويل\n"
        "وقالت الصحيفة في التقرير الذي ترجمته \"عربي21\"، إن الخطط الأولية كانت تتوقع أن "
        "يسكن المدينة تسعة ملايين نسمة بحلول عام 2045.\n"
        "وأضافت أن المرحلة الأولى من المشروع، التي كان يفترض أن تكتمل في 2030، ستقلص إلى "
        "جزء صغير مما أعلن سابقا.\nأخبار متعلقة\n"
        "ونقلت الصحيفة عن مصدر مطلع قوله إن الصندوق لا يستطيع تمويل كل شيء في الوقت نفسه.\n",
        encoding="utf-8")
    assert paragraphs(load_quietly(page))[-1].startswith("ونقلت الصحيفة")


def test_the_writer_s_bare_name_under_a_standfirst_is_the_author(tmp_path: Path) -> None:
    """Annahar: the date, the headline, a quoted standfirst and the writer's name alone
    above the text: the name was dropped as "above the article"."""
    page = tmp_path / "annahar.txt"
    page.write_text(
        "ثقافة\n04-05-2024 | 10:30\n"
        "المخرجة ريما عيسى: السينما اللبنانية تعيش على الهامش لكنها لا تموت\n"
        "\"أصنع أفلامي بميزانيات صغيرة لأن الحرية أغلى من المال\"\nجنى الخوري\n"
        "حققت المخرجة اللبنانية ريما عيسى حضورا لافتا في المهرجانات العربية خلال العامين "
        "الماضيين، بفيلمها الروائي الثاني الذي نال جائزة لجنة التحكيم في مهرجان قرطاج.\n"
        "بدأت من صورة قديمة وجدتها في درج جدتي، لعائلة تجلس أمام بيت صغير في الميناء، ومن "
        "هنا كتبت السيناريو على مدى ثلاث سنوات.\n", encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["جنى الخوري"]
    assert article.subtitle == "\"أصنع أفلامي بميزانيات صغيرة لأن الحرية أغلى من المال\""


def test_the_writer_s_bare_name_under_a_persian_standfirst_is_no_subheading(
        tmp_path: Path) -> None:
    """Khabaronline: the standfirst, a full sentence, under the headline and the writer's
    name under it: the standfirst was the first paragraph and the name an H2."""
    standfirst = ("یک متخصص منابع آب با اشاره به کاهش ذخایر سدهای تهران هشدار داد که بدون "
                  "مدیریت مصرف، پایتخت در تابستان با جیره‌بندی آب روبه‌رو خواهد شد.")
    page = tmp_path / "khabar.txt"
    page.write_text(
        "کد خبر 1912345\nتاریخ انتشار: ۱۴۰۳/۰۲/۱۵ - ۰۹:۳۰\n"
        "یک متخصص: کم‌آبی تهران جدی‌تر از آن است که فکر می‌کنیم\n"
        f"{standfirst}\nمحمد رضایی\n"
        "به گزارش خبرآنلاین، ذخایر پنج سد تأمین‌کننده آب تهران به ۳۲ درصد رسیده که نسبت به "
        "سال گذشته ۱۲ درصد کمتر است.\n"
        "او افزود که فرسودگی شبکه توزیع باعث هدر رفتن نزدیک به ۲۵ درصد آب شرب می‌شود.\n",
        encoding="utf-8")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["محمد رضایی"]
    assert article.subtitle == standfirst
    assert not any(isinstance(b, Heading) for b in article.blocks)
    assert paragraphs(article)[0].startswith("به گزارش خبرآنلاین")


_TRAFFIC = (
    "«الداخلية»: 1,250 مخالفة مرورية في حملة على الجهراء\nالجهراء - محمد الدشيش\n"
    "الأربعاء 10 يوليو 2024\n"
    "شنت الإدارة العامة للمرور حملة أمنية موسعة في محافظة الجهراء، أسفرت عن تحرير 1,250 "
    "مخالفة مرورية متنوعة، وضبط 37 مركبة، وحجز 12 دراجة نارية.\n"
    "وأهابت الإدارة بالمواطنين والمقيمين الالتزام بقواعد المرور حفاظا على سلامتهم، داعية "
    "إلى الإبلاغ عن المخالفات عبر الرقم 112.\n")


@pytest.mark.parametrize("source", ["المصدر:\nالأنباء\n", "المصدر: الأنباء\n", "الأنباء\n"])
def test_the_source_credited_under_the_text_is_left_out(tmp_path: Path, source: str) -> None:
    """Al-Anba prints "المصدر:" and the paper's name on two lines, others on one; an
    aggregator (Al-Nilin) ends each item with its source paper's name alone: all were
    the article's last paragraphs."""
    page = tmp_path / "anba.txt"
    page.write_text(_TRAFFIC + source + "شارك\n", encoding="utf-8")
    article = load_quietly(page)
    assert paragraphs(article)[-1].startswith("وأهابت الإدارة")
    assert "الأنباء" not in everything(article)


def test_a_brief_of_three_short_paragraphs_keeps_them_and_only_them(tmp_path: Path) -> None:
    """Hespress, Echorouk: a brief of paragraphs under 200 characters (one a quoted
    statement with few stop words) was too light for the model to find any text, and
    the whole page (menus, tags, readers' comments) was kept as the article."""
    page = write_scrape(
        tmp_path, "جريدة إلكترونية", "الرئيسية", "سياسة", "اقتصاد", "مجتمع", "رياضة", "مجتمع",
        "البلدية تعلن إغلاق السوق المركزي أسبوعين لأعمال الترميم",
        "الموقع - سعيد الإدريسي", "الأحد 6 دجنبر 2026 - 19:40",
        "أعلنت البلدية، الأحد، أنها ستغلق السوق المركزي أسبوعين ابتداء من الإثنين المقبل، "
        "لإجراء أعمال ترميم شاملة تشمل السقف وشبكة الكهرباء والممرات.",
        "وأوضح رئيس المجلس البلدي، في تصريح صحافي، أن التجار سينقلون مؤقتا إلى ساحة مجاورة.",
        "وأضاف المسؤول البلدي أن \"الأشغال ستنجز وفق جدولة زمنية دقيقة تراعي مصالح التجار\".",
        "السوق المركزي", "البلدية", "تعليقات الزوار", "1 - مواطن", "الأحد 6 دجنبر 2026 - 20:02",
        "كل شيء يتأخر في هذه المدينة، الله يسهل.", "المقالات الأكثر قراءة",
        "ارتفاع أسعار الخضر في الأسواق الشعبية", "© الموقع 2026")
    article = load_quietly(page)
    assert article.title == "البلدية تعلن إغلاق السوق المركزي أسبوعين لأعمال الترميم"
    assert [a.name for a in article.authors] == ["سعيد الإدريسي"]
    texts = paragraphs(article)
    assert len(texts) == 3 and texts[0].startswith("أعلنت البلدية") \
        and texts[2].startswith("وأضاف المسؤول")
    assert "الرئيسية" not in everything(article) and "يتأخر" not in everything(article)


def test_a_briefs_list_under_its_lead_in_stays_with_its_text(tmp_path: Path) -> None:
    """A recipe brief: its lead, "المكونات:" and the list under it were cut away from
    the paragraph after them (the list's short lines broke the heaviest stretch), and a
    list closing the text under "... التالية:" was taken for tags."""
    menu = ("الوطن", "الرئيسية", "أخبار مصر", "رياضة", "اقتصاد")
    recipe = write_scrape(
        tmp_path, *menu, "طريقة تحضير الكشري المصري في المنزل", "كتب: منى فؤاد",
        "الإثنين 07 ديسمبر 2026 | 08:10 صباحًا",
        "الكشري من أشهر الأطباق الشعبية في مصر، ويمكن تحضيره في المنزل بسهولة باستخدام "
        "مكونات متوفرة في كل مطبخ.", "المكونات:", "كوب أرز مصري", "كوب عدس بني",
        "كوب مكرونة صغيرة", "صلصة طماطم بالخل", "بصل مقلي", "طريقة التحضير:",
        "يسلق العدس حتى ينضج ثم يضاف إليه الأرز ويترك على نار هادئة حتى يتشرب الماء، "
        "وتسلق المكرونة وحدها، ثم تقدم الطبقات معا وتزين بالبصل والصلصة.")
    text = everything(load_quietly(recipe))
    for line in ("الكشري من أشهر", "المكونات:", "كوب أرز مصري", "بصل مقلي", "يسلق العدس"):
        assert line in text, line
    assert "الرئيسية" not in text
    kit = write_scrape(
        tmp_path, *menu, "نصائح الهلال الأحمر قبل العاصفة", "كتب: رنا فؤاد",
        "الإثنين 07 ديسمبر 2026 | 08:10 صباحًا",
        "دعت جمعية الهلال الأحمر المواطنين إلى الاستعداد للعاصفة المتوقعة مساء الغد، "
        "وتجهيز حقيبة طوارئ في كل منزل تحتوي على الأساسيات التالية:",
        "مصباح يدوي", "مياه الشرب", "أدوية الأسرة", name="kit.txt")
    article = load_quietly(kit)
    assert "أدوية الأسرة" in everything(article) and article.tags == ()


def test_tags_under_a_bare_label_below_the_text_are_tags(tmp_path: Path) -> None:
    """Al-Ittihad: "الكلمات الدالة" alone, then a tag per line, under an interview: the
    label was left out but the tags (and the source line above them) were read as the
    article's last paragraphs."""
    page = write_scrape(
        tmp_path, "الرياضة", "ثقافة", "مدير مكتبة الحي: نريد أن تبقى أبوابنا مفتوحة للجميع",
        "حوار: سارة الكعبي", "7 ديسمبر 2026 00:45",
        "تمدد مكتبة الحي ساعات عملها في موسم الامتحانات، وتفتح قاعة جديدة للمطالعة الهادئة "
        "تتسع لستين طالبا. «الصحيفة» التقت مدير المكتبة وكان هذا الحوار.",
        "ما الجديد هذا الموسم؟",
        "- قاعة للمطالعة الهادئة، وكتب صوتية للمكفوفين، وساعات عمل حتى منتصف الليل.",
        "كلمة أخيرة؟", "- المكتبة بيت ثان للطلاب.", "المصدر: الصحيفة - أبوظبي",
        "الكلمات الدالة", "مكتبات الأحياء في أبوظبي", "موسم امتحانات نهاية العام", "شارك",
        "طباعة")
    article = load_quietly(page)
    assert list(article.tags) == ["مكتبات الأحياء في أبوظبي", "موسم امتحانات نهاية العام"]
    texts = [text for block in article.blocks for text in block_texts(block)]
    assert texts[-1] == "المكتبة بيت ثان للطلاب."


def test_the_writers_box_under_the_tags_is_no_tag(tmp_path: Path) -> None:
    """Al-Quds Al-Arabi: the tags a line each under "الوسوم", then the writer's box (the
    name, a line about the writer): the name was read as the last tag, heard among the
    article's topics."""
    page = write_scrape(
        tmp_path, "البلدية تفتتح حديقة جديدة للمكفوفين", "حسن الوردي", "7 ديسمبر 2026",
        *BODY, "الوسوم", "المغرب", "حدائق", "حسن الوردي",
        "صحافي مغربي مقيم في الرباط، يكتب عن البيئة والشؤون المحلية.", "الأكثر قراءة")
    article = load_quietly(page)
    assert list(article.tags) == ["المغرب", "حدائق"]
    assert paragraphs(article) == list(BODY)


@pytest.mark.parametrize(("time", "published"), [("03:10 ص", "2026-12-07T03:10"),
                                                  ("09:40 م", "2026-12-07T21:40"),
                                                  # (Al Khaleej's, the word spelt out)
                                                  ("07:44 مساءً", "2026-12-07T19:44"),
                                                  ("19:44 مساء", "2026-12-07T19:44")])
def test_the_time_on_the_line_under_a_bare_date_is_the_published_time(
        tmp_path: Path, time: str, published: str) -> None:
    """Al Rai prints the day ("07 ديسمبر 2026") and its time ("03:10 ص") on two lines:
    the time was left out as a lone counter and the article dated to the day only."""
    page = write_scrape(tmp_path, "خارجيات", "الحديقة الجديدة تفتح أبوابها للمكفوفين",
                        "07 ديسمبر 2026", time, *BODY, "أضف تعليق")
    article = load_quietly(page)
    assert article.published is not None
    assert article.published.isoformat().startswith(published)
    assert time not in [d.text for d in article.dropped]
    assert paragraphs(article) == list(BODY)


_MORE = ("وأضاف أن الممرات صممت بالتعاون مع جمعية المكفوفين، وأن اللوحات تشرح أنواع الأشجار "
         "والنباتات ومواقع المقاعد ودورات المياه والمخارج.",
         "وأشار إلى أن البلدية تدرس تعميم التجربة على الحدائق الأخرى في العام المقبل، بعد "
         "تقييم آراء الزوار خلال الأشهر الثلاثة الأولى من التشغيل.")


def test_unlabelled_tags_of_three_words_over_a_related_box_are_tags(tmp_path: Path) -> None:
    """Elwatan prints its tags with no label under the text ("انتخابات مجلس النواب"),
    then "مقالات قد تعجبك": the tags were read as the article's last paragraphs."""
    page = write_scrape(
        tmp_path, "أخبار مصر", "الحديقة الجديدة تفتح أبوابها للمكفوفين", "كتب: أحمد سالم",
        "الإثنين 07 ديسمبر 2026 | 08:10 صباحًا", *BODY, *_MORE, "حدائق القاهرة الكبرى",
        "الهيئة العامة للتجميل", "مقالات قد تعجبك", "افتتاح ممشى جديد على النيل", "منذ 3 ساعات",
        "© 2026 جميع الحقوق محفوظة")
    article = load_quietly(page)
    assert paragraphs(article) == [*BODY, *_MORE]
    assert list(article.tags) == ["حدائق القاهرة الكبرى", "الهيئة العامة للتجميل"]


def test_a_photo_gallery_s_captions_above_the_text_are_kept_without_their_numbers(
        tmp_path: Path) -> None:
    """Al-Khaleej's "بالصور" pages: each photo's number ("1 / 3") over its caption, then
    the story: the captions were left out (the last one made a subheading) and a
    listener heard none of what the photos show."""
    captions = ["طائرات الاستعراض فوق برج المدينة", "جمهور يتابع العرض من ممشى الخور",
                "الطيارون يحيون الجمهور بعد الهبوط"]
    page = write_scrape(
        tmp_path, "صور", "بالصور.. عرض جوي في سماء المدينة احتفاء باليوم الوطني",
        "7 ديسمبر 2026",
        *[line for n, caption in enumerate(captions, 1) for line in (f"{n} / 3", caption)],
        *BODY, "أخبار ذات صلة", "مسيرة الاتحاد تجوب شوارع العاصمة")
    article = load_quietly(page)
    assert [type(b) for b in article.blocks] == [Paragraph] * 5
    assert paragraphs(article) == [*captions, *BODY]
    assert [d.reason for d in article.dropped if "/ 3" in d.text] == ["counter"] * 3


def test_a_place_and_the_paper_in_quotation_marks_is_the_dateline(tmp_path: Path) -> None:
    """Al-Khaleej signs its own stories "دبي: «الخليج»": the line was left out, and with
    it the place that gives the time zone."""
    page = write_scrape(tmp_path, "الإمارات", "الحديقة الجديدة تفتح أبوابها للمكفوفين",
                        "دبي: «الخليج»", "7 ديسمبر 2026", *BODY)
    article = load_quietly(page)
    assert article.dateline == "دبي: «الخليج»"
    assert article.published is not None and article.published.utcoffset() == timedelta(hours=4)
    assert paragraphs(article) == list(BODY)


def test_the_site_s_name_printed_again_under_the_headline_is_no_writer(tmp_path: Path) -> None:
    """Libya Observer prints its name at the top of the page and again under the
    headline: it was taken for the writer ("بقلم ليبيا أوبزرفر")."""
    page = write_scrape(tmp_path, "ليبيا أوبزرفر", "أخبار", "تقارير", "أخبار",
                        "الحديقة الجديدة تفتح أبوابها للمكفوفين", "ليبيا أوبزرفر",
                        "07 ديسمبر, 2026", *BODY, "مقالات مشابهة", "انخفاض سعر الدولار")
    article = load_quietly(page)
    assert article.title == "الحديقة الجديدة تفتح أبوابها للمكفوفين"
    assert not article.authors
    assert paragraphs(article) == list(BODY)


def test_a_bare_name_under_the_opinion_label_above_the_headline_is_the_writer(
        tmp_path: Path) -> None:
    """Al-Akhbar's columns: the section "رأي", the writer's bare name, the date, then the
    headline: the name was left out as page chrome above the headline."""
    page = write_scrape(tmp_path, "لبنان", "سياسة", "رأي", "رأي", "سليم الحداد",
                        "الإثنين 7 كانون الأول 2026", "الحدائق العامة حق لا ترف", *BODY)
    article = load_quietly(page)
    assert article.title == "الحدائق العامة حق لا ترف"
    assert [a.name for a in article.authors] == ["سليم الحداد"]
    assert paragraphs(article) == list(BODY)


def test_an_interview_s_dashed_answers_are_paragraphs_not_lists_of_one(tmp_path: Path) -> None:
    """Al-Ittihad's interviews: each answer opens with a dialogue dash under its
    question ("- خصصنا ..."): every answer was a list of one item."""
    page = write_scrape(
        tmp_path, "حوارات", "مدير مكتبة الحي: نريد أن تبقى أبوابنا مفتوحة للجميع",
        "حوار: سارة الكعبي", "7 ديسمبر 2026 00:45",
        "تمدد مكتبة الحي ساعات عملها في موسم الامتحانات، وتفتح قاعة جديدة للمطالعة الهادئة "
        "تتسع لستين طالبا. «الصحيفة» التقت مدير المكتبة وكان هذا الحوار.",
        "ما الجديد في هذا الموسم؟",
        "- قاعة للمطالعة الهادئة، وكتب صوتية للمكفوفين، وساعات عمل حتى منتصف الليل.",
        "وكيف تقيسون نجاح هذه التجربة الجديدة في المكتبة؟",
        "- بعدد الطلاب الذين يعودون إلينا في الأسبوع التالي، لا بعدد الزوار في اليوم الأول.")
    article = load_quietly(page)
    assert not any(isinstance(b, ListBlock) for b in article.blocks)
    assert paragraphs(article)[-1].startswith("بعدد الطلاب")


def test_a_place_and_agency_parted_by_a_spaced_tatweel_is_the_dateline(tmp_path: Path) -> None:
    """Omani papers print the wire's line with a tatweel for its dash ("مسقط ـ العُمانية:"):
    it was read as the text's first paragraph."""
    page = write_scrape(tmp_path, "محليات", "الحديقة الجديدة تفتح أبوابها للمكفوفين",
                        "ديسمبر 7, 2026", "مسقط ـ العُمانية:", *BODY)
    article = load_quietly(page)
    assert article.dateline == "مسقط ـ العُمانية"
    assert paragraphs(article) == list(BODY)


@pytest.mark.parametrize(("credit", "dateline"), [("- أ ف ب", "(أ ف ب)"), ("- رويترز", "رويترز"),
                                                  ("وكالات", "وكالات"), ("أ.ف.ب", "(أ.ف.ب)")])
def test_a_wire_s_dashed_credit_under_the_headline_is_the_dateline(
        tmp_path: Path, credit: str, dateline: str) -> None:
    """Al Rai credits a wire story on a dashed line under its headline ("- أ ف ب"), other
    papers on a plain one ("وكالات"): the line was left out (as a menu item) and the
    listener never heard whose story it was."""
    page = write_scrape(tmp_path, "خارجيات", "الحديقة الجديدة تفتح أبوابها للمكفوفين", credit,
                        "07 ديسمبر 2026", *BODY)
    article = load_quietly(page)
    assert article.dateline == dateline
    assert paragraphs(article) == list(BODY)


@pytest.mark.parametrize(("name", "service", "title"), [
    ("شمائلہ جعفری", "بی بی سی اردو ڈاٹ کام، لاہور",
     "لاہور میں نابینا طلبہ کے لیے بریل کتابوں کا نیا مرکز"),
    ("Tom Bateman", "BBC News, Jerusalem", "Rail link to reopen after two years of repairs"),
])
def test_the_bbc_s_service_and_place_under_the_writer_s_name_is_the_byline(
        tmp_path: Path, name: str, service: str, title: str) -> None:
    """The BBC prints the writer's name over the service and the place ("BBC News,
    Erbil", "بی بی سی اردو ڈاٹ کام، کراچی"): the writer was lost, and in Urdu the
    service's line was taken for the headline."""
    body = ["The first trains will run on Monday morning, the operator said in a statement "
            "on Sunday.",
            "Passengers will need to book seats in advance during the first month of "
            "service, it added."] if service.startswith("BBC") else [
        "شہر کے مرکزی کتب خانے میں نابینا طلبہ کے لیے بریل کتابوں کا ایک نیا حصہ کھول "
        "دیا گیا ہے۔",
        "منتظمین کے مطابق اس حصے میں پانچ سو سے زیادہ درسی کتابیں رکھی گئی ہیں جو طلبہ مفت "
        "لے جا سکیں گے۔"]
    page = write_scrape(tmp_path, "Home", "News", "Sport", title, name, service,
                        "8 March 2026" if service.startswith("BBC") else "8 مارچ 2026",
                        *body, "Related Topics")
    article = load_quietly(page)
    assert article.title == title
    assert [a.name for a in article.authors] == [name]
    assert paragraphs(article) == body


def test_a_persian_paper_s_desk_under_the_headline_is_not_its_writer(tmp_path: Path) -> None:
    """Etemad prints its desk ("گروه جامعه", the society desk) under the headline: it
    was read as the article's author."""
    body = ["مسافران قطار تهران به مشهد از امروز می‌توانند بلیت‌های خود را به صورت "
            "برخط خریداری کنند.",
            "به گفته مدیر راه‌آهن، فروش حضوری بلیت نیز تا پایان سال ادامه خواهد داشت."]
    page = write_scrape(tmp_path, "صفحه اصلی", "سیاسی", "اقتصادی",
                        "تاریخ انتشار: سه‌شنبه ۱۷ آذر ۱۴۰۵ - ۰۹:۱۵",
                        "فروش برخط بلیت قطار مشهد آغاز شد", "گروه جامعه", *body, "نظر شما")
    article = load_quietly(page)
    assert article.title == "فروش برخط بلیت قطار مشهد آغاز شد"
    assert article.authors == ()
    assert paragraphs(article) == body


# Written for this test: a how-to whose numbered steps go on after a paragraph, numbered
# as Arabic pages number them ("1- ", "٤- ").
STEPS_SCRAPE = """\
خطوات تركيب الألواح الشمسية في المنزل

يشرح هذا الدليل خطوات تركيب الألواح الشمسية على سطح المنزل خطوة بعد خطوة، ويبدأ بفحص السطح.

1- افحص السطح جيدا قبل البدء
2- ثبت القواعد المعدنية على السطح
3- مد الأسلاك إلى غرفة العاكس

بعد ذلك تأتي خطوات التشغيل التي يجب أن يتولاها فني مرخص من الشركة المزودة.

٤- ركب العاكس في مكان جيد التهوية
٥- شغل النظام وراقب القراءات

وينصح الخبراء بمراجعة الفواتير بعد شهر من التشغيل للتأكد من التوفير المتوقع.
"""


def test_numbered_steps_that_go_on_after_a_paragraph_keep_their_numbers(
        tmp_path: Path) -> None:
    """The second list starts at 4, as the page numbers it: the editions print 4 and 5,
    not 1 and 2 again."""
    path = tmp_path / "steps.txt"
    path.write_text(STEPS_SCRAPE, encoding="utf-8")
    lists = [b for b in load_quietly(path).blocks if isinstance(b, ListBlock)]
    assert [(b.ordered, b.start, len(b.items)) for b in lists] == [(True, None, 3),
                                                                   (True, 4, 2)]
    # a countdown ("٥- ", "٤- ") is no list going on: the editions count up, from 1
    path.write_text(STEPS_SCRAPE.replace("٤-", "٦-").replace("٥-", "٤-").replace("٦-", "٥-"),
                    encoding="utf-8")
    lists = [b for b in load_quietly(path).blocks if isinstance(b, ListBlock)]
    assert [b.start for b in lists] == [None, None]


def test_rows_copied_from_a_table_are_a_table_with_their_header(tmp_path: Path) -> None:
    """A table copied from a page gives its rows with tab-parted cells: the header row of
    words alone ("المدينة | عدد الأسر | النسبة") was read as a menu and lost, and the
    rows under it made a list of " | "-joined lines. They are a table, its header kept."""
    page = write_scrape(
        tmp_path, "الحكومة توسع برنامج دعم السكن ليشمل مدنا جديدة", *BODY,
        "المدينة\tعدد الأسر\tالنسبة", "طنجة\t5300\t21%", "فاس\t4100\t16%",
        "أكادير\t2900\t12%",
        "وينتظر أن يبدأ العمل بالبرنامج الموسع مطلع السنة المقبلة في جميع الجهات.")
    article = load_quietly(page)
    tables = [b for b in article.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].header_rows == 1
    assert [[plain_text(c) for c in row] for row in tables[0].rows] == [
        ["المدينة", "عدد الأسر", "النسبة"], ["طنجة", "5300", "21%"], ["فاس", "4100", "16%"],
        ["أكادير", "2900", "12%"]]
    assert not [b for b in article.blocks if isinstance(b, ListBlock)]


_ROWS = ("المدينة\tعدد الأسر\tالنسبة", "طنجة\t5300\t21%", "فاس\t4100\t16%")
_END = "وينتظر أن يبدأ العمل بالبرنامج الموسع مطلع السنة المقبلة في جميع الجهات."


@pytest.mark.parametrize(("lines", "rows"), [
    # right under the headline, its header and one row
    ([*_ROWS[:2], *BODY, _END], [["المدينة", "عدد الأسر", "النسبة"], ["طنجة", "5300", "21%"]]),
    # two columns: a header of words over figures
    ([*BODY, "المدينة\tالنسبة", "طنجة\t21%", "فاس\t16%", _END],
     [["المدينة", "النسبة"], ["طنجة", "21%"], ["فاس", "16%"]]),
    # rows of figures alone, a year first (no "field: value" row)
    ([*BODY, "السنة\tالصادرات\tالواردات", "2023\t170\t210", "2024\t190\t230", _END],
     [["السنة", "الصادرات", "الواردات"], ["2023", "170", "210"], ["2024", "190", "230"]]),
    # a first cell longer than a field's name, and a trailing tab
    ([*BODY, "الجهة المستفيدة من البرنامج الجديد\tعدد الأسر\tالنسبة\t",
      "جهة طنجة تطوان الحسيمة الكبرى\t5300\t21%\t", "جهة فاس مكناس\t4100\t16%\t", _END],
     [["الجهة المستفيدة من البرنامج الجديد", "عدد الأسر", "النسبة"],
      ["جهة طنجة تطوان الحسيمة الكبرى", "5300", "21%"], ["جهة فاس مكناس", "4100", "16%"]]),
    # an empty cell (two tabs in a row): its row had two cells and broke the run
    ([*BODY, _ROWS[0], "طنجة\t\t21%", _ROWS[2], _END],
     [["المدينة", "عدد الأسر", "النسبة"], ["طنجة", "", "21%"], ["فاس", "4100", "16%"]]),
    # a blank line between the header and the rows
    ([*BODY, _ROWS[0], "", *_ROWS[1:], _END],
     [["المدينة", "عدد الأسر", "النسبة"], ["طنجة", "5300", "21%"], ["فاس", "4100", "16%"]]),
])
def test_every_ordinary_shape_of_a_copied_table_is_a_table(
        tmp_path: Path, lines: list[str], rows: list[list[str]]) -> None:
    """Rows copied from a table in shapes that missed the table: under the headline with
    one row (the header was the standfirst), two columns (a list of "field: value"
    lines), rows of figures alone, with a long first cell or an empty cell (the run of
    rows broke: a heading and paragraphs). Each is a table with its header row, the text around it
    kept as paragraphs."""
    page = write_scrape(tmp_path, "الحكومة توسع برنامج دعم السكن ليشمل مدنا جديدة", *lines)
    article = load_quietly(page)
    tables = [b for b in article.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].header_rows == 1
    assert [[plain_text(c) for c in row] for row in tables[0].rows] == rows
    assert paragraphs(article) == [*BODY, _END]


@pytest.mark.parametrize(("rows", "header_rows"), [
    # labels over words: the header
    (["المدينة\tالجهة\tالجهة المشرفة", "طنجة\tالشمال\tوزارة السكن",
      "فاس\tالوسط\tالمجلس الجهوي", "أكادير\tالجنوب\tالبلدية"], 1),
    (["Party\tLeader\tStance", "Greens\tAnna Berg\tFor", "Liberals\tTom Hale\tAgainst"], 1),
    # an empty corner over the rows' names
    (["\tالمزايا\tالعيوب", "السيارة الكهربائية\tهادئة\tغالية",
      "سيارة البنزين\tرخيصة\tملوثة"], 1),
    # a first row whose cell comes again in its column: a row like the others
    (["الهلال\tالرياض\tالأول", "النصر\tالرياض\tالثاني", "الاتحاد\tجدة\tالثالث"], 0),
    # a header and one row: nothing tells
    (["المدينة\tالجهة\tالجهة المشرفة", "طنجة\tالشمال\tوزارة السكن"], 0),
])
def test_a_table_of_words_alone_has_its_header_row(
        tmp_path: Path, rows: list[str], header_rows: int) -> None:
    """A table copied from a page with no figure in it: its first row of labels was no
    header (only a row over figures was), so a listener heard the cells without their
    columns' names. A first row that names nothing twice, over two rows or more, is the
    header; one whose cell comes again below it is a row."""
    page = write_scrape(tmp_path, "الحكومة توسع برنامج دعم السكن ليشمل مدنا جديدة", *BODY,
                        *rows, _END)
    tables = [b for b in load_quietly(page).blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].header_rows == header_rows
    assert len(tables[0].rows) == len(rows)


_DUMP = """\
   Home  World  Business  Sport  Culture

Harbour Rovers top the island league after late winner

   By Mara Lindqvist
   March 4, 2024

   Harbour Rovers went top of the island league on Saturday with a late winner against \
the mainland side.

   The result leaves three clubs within two points of each other with four games to play.

    Team              Played   Won   Points
    Harbour Rovers        15    11       35
    Pier Road United      15    10       33
    Lighthouse Athletic   15    10       33

   The league's final round is on April 6, when Rovers travel to Lighthouse Athletic.

   About us      Contact      Careers
   Privacy       Terms        Cookies
"""


def test_a_text_browsers_table_laid_out_in_spaces_is_a_table(tmp_path: Path) -> None:
    """A w3m dump lays a table out in columns of spaces (its header centred, its figures
    to the right): the rows ran together into lines of words, the table and the
    paragraph under it were lost, and the menu over the headline ("Home  World ...")
    was the title. The table is a table with its header, the menu and the footer's grid
    of links no text."""
    page = write_scrape(tmp_path, _DUMP)
    article = load_quietly(page)
    assert article.title == "Harbour Rovers top the island league after late winner"
    tables = [b for b in article.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].header_rows == 1
    assert [[plain_text(c) for c in row] for row in tables[0].rows] == [
        ["Team", "Played", "Won", "Points"], ["Harbour Rovers", "15", "11", "35"],
        ["Pier Road United", "15", "10", "33"], ["Lighthouse Athletic", "15", "10", "33"]]
    assert paragraphs(article)[-1].startswith("The league's final round")
    assert not any(w in everything(article) for w in ("Careers", "Cookies", "Culture"))


def test_a_table_of_words_laid_out_in_spaces_between_paragraphs(tmp_path: Path) -> None:
    """Words alone in columns of spaces, between two paragraphs: a table with its header;
    two spaces after a full stop (wire copy), between a verse's halves or a justified
    line's words part no cells."""
    rows = ["المدينة     الجهة      الجهة المشرفة", "طنجة        الشمال     وزارة السكن",
            "فاس         الوسط      المجلس الجهوي", "أكادير      الجنوب     البلدية"]
    verse = ["وَلَيْلٍ كَمَوْجِ البَحْرِ أَرْخَى سُدُولَهُ     عَلَيَّ بِأَنْوَاعِ الهُمُومِ لِيَبْتَلِي",
             "فَقُلْتُ لَهُ لَمَّا تَمَطَّى بِصُلْبِهِ     وَأَرْدَفَ أَعْجَازًا وَنَاءَ بِكَلْكَلِ"]
    page = write_scrape(tmp_path, "الحكومة توسع برنامج دعم السكن ليشمل مدنا جديدة", *BODY,
                        *rows, _END, *verse,
                        "The council met on Monday.  It approved the plan.  Work starts soon.",
                        "The mayor said.  The works will end.  In the spring of next year.",
                        "The  council  met  on  Monday  and  approved  the  new  pier  plan")
    article = load_quietly(page)
    tables = [b for b in article.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].header_rows == 1
    assert [plain_text(c) for c in tables[0].rows[1]] == ["طنجة", "الشمال", "وزارة السكن"]
    assert "عَلَيَّ" in everything(article) and "It approved the plan" in everything(article)
    assert "The council met on Monday and approved" in everything(article)  # (justified)


def test_a_line_of_the_text_typed_with_two_spaces_is_no_menu(tmp_path: Path) -> None:
    """A paragraph or a subheading typed with two spaces here and there, without its full
    stop, beside the text's paragraphs: it was taken for a menu in a row and lost (as
    the first paragraph, the writer and the standfirst were then guessed wrong)."""
    first = "أعلنت البلدية  اليوم  عن حديقة  جديدة للمكفوفين  في الحي  القديم"
    said = "وقال رئيس البلدية  إن العمل  سيبدأ  في الربيع"
    page = write_scrape(tmp_path, "البلدية تفتح حديقة للمكفوفين", "نشر في 4 مارس 2026 - 09:15",
                        first, *BODY, "تفاصيل  المشروع  الجديد", said, _END)
    article = load_quietly(page)
    text = everything(article)
    assert " ".join(first.split()) in text and " ".join(said.split()) in text
    assert "تفاصيل المشروع الجديد" in text and not article.authors


def test_field_and_value_pairs_with_tabs_stay_a_list(tmp_path: Path) -> None:
    """Two tab-parted cells with no header of words over amounts are "field: value"
    pairs (an infobox), a list as before, its first pair no table's header even when
    figures follow it (a date is no amount)."""
    for rows in (["المشروع\tحديقة برايل", "الجهة المنفذة\tالبلدية", "الموعد\tمطلع السنة"],
                 ["المشروع\tحديقة برايل", "الافتتاح\t8 ديسمبر 2026", "المساحة\t4 هكتارات"]):
        page = write_scrape(tmp_path, "الحكومة توسع برنامج دعم السكن ليشمل مدنا جديدة", *BODY,
                            *rows, _END)
        article = load_quietly(page)
        assert not [b for b in article.blocks if isinstance(b, Table)]
        lists = [b for b in article.blocks if isinstance(b, ListBlock)]
        assert [plain_text(i) for i in lists[0].items] == [r.replace("\t", ": ") for r in rows]


@pytest.mark.parametrize(("header", "caption"), [
    (["Ferry service resumes after a week of storms", "By Mara Lindqvist",
      "Updated 6:12 PM UTC, March 4, 2024", "Share", "Email", "Facebook"],
     "Passengers board the first ferry at the harbour in Oban, Monday, March 4, 2024. "
     "(AP Photo/Kim Reyes)"),
    (["تونس: نقابة النقل تعلن إضرابا مفتوحا في الموانئ", "تونس", "سارة المنصوري",
      "4 مارس 2024", "مشاركة", "فيسبوك"],
     "عمال في ميناء رادس خلال وقفة احتجاجية، 2 مارس 2024 (ياسين القايدي/الأناضول)"),
])
def test_a_lead_photos_credited_caption_without_its_photo_is_kept(
        tmp_path: Path, header: list[str], caption: str) -> None:
    """Select-all copies a lead photo's caption, with its credit, but not the photo: it
    was left out with the header (under a share bar, or read as the page's date line
    for the date in it). It opens the text, and the wire's dateline under it is read."""
    lead = ("OBAN, Scotland (AP) — The ferry to the islands sailed again on Monday after a "
            "week of storms kept it in the harbour." if header[0].startswith("Ferry")
            else BODY[0])
    page = write_scrape(tmp_path, *header, caption, lead, *BODY[1:],
                        "Officials said the timetable would return to normal by Friday.")
    article = load_quietly(page)
    texts = [line for b in article.blocks for line in block_texts(b)]
    assert texts[0] == caption
    assert texts[1].startswith(("The ferry", BODY[0][:20]))
    if header[0].startswith("Ferry"):
        assert article.dateline == "OBAN, Scotland (AP)"


@pytest.mark.parametrize("names", [1, 2])
def test_an_opinion_columns_writer_box_above_the_headline_is_the_byline(
        tmp_path: Path, names: int) -> None:
    """A column's page prints the writer's name (twice: the photo's label and the link),
    a line about the writer, then the headline over its date: the name was the title,
    the line about the writer the text's first paragraph and the headline a paragraph."""
    page = write_scrape(
        tmp_path, "الرئيسية", "رأي", *["سلمان العتيبي"] * names,
        "كاتب ومحلل سياسي سعودي، عمل مستشاراً في عدد من المؤسسات الإعلامية.",
        "الطريق إلى التهدئة", "نُشر: 09:15-3 مارس 2024 م", *BODY,
        "ولا يبدو أن الأطراف مستعدة بعد لتقديم التنازلات التي تتطلبها أي تسوية حقيقية.")
    article = load_quietly(page)
    assert article.title == "الطريق إلى التهدئة"
    assert [a.name for a in article.authors] == ["سلمان العتيبي"]
    assert paragraphs(article)[0] == BODY[0]
    assert "كاتب ومحلل" not in everything(article)


def test_a_short_columns_writer_box_above_the_headline_is_the_byline(tmp_path: Path) -> None:
    """The same box on a page all of whose lines read as text ("Opinion", the name, "NAME
    is a Swedish journalist ...", the headline, the date): the section's label was the
    title, and the box and the headline the text."""
    page = write_scrape(
        tmp_path, "Opinion", "Mara Lindqvist",
        "Mara Lindqvist is a Swedish journalist and the author of three books on the Baltic.",
        "Why the ferry matters", "March 4, 2024",
        "The ferry company will add a second boat on the island route from April, after a "
        "winter in which passengers were turned away on most weekend mornings.",
        "Islanders have asked for a second boat for years, and the council agreed last "
        "autumn to pay for half of its running costs.")
    article = load_quietly(page)
    assert article.title == "Why the ferry matters"
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
    assert paragraphs(article)[0].startswith("The ferry company")


def test_a_text_browsers_dump_loses_its_link_numbers(tmp_path: Path) -> None:
    """lynx -dump numbers each link before it ("[8]Mara Lindqvist") and lists them under
    "References": the writer was lost, "[10]Read more: [11]..." stayed in the text; the
    photo's alt text over its caption (the same words, then the credit) is read once."""
    page = write_scrape(
        tmp_path, "   [1]Skip to main content", "     * [2]Home", "",
        "Second ferry for the island route", "", "   [3]Mara Lindqvist", "   March 4, 2024",
        "", "   [4]The new ferry at the pier in Oban.",
        "   The new ferry at the pier in Oban. (Kim Reyes/Harbour Press)", "",
        "   The ferry company will add a second boat on the island route from April, after "
        "a winter in which passengers were turned away on most weekend mornings.", "",
        "   Islanders have asked for a second boat for years, and the council agreed last "
        "autumn to pay for half of its running costs for the first three years.", "",
        "   [5]Read more: [6]Bus fares to rise in January", "", "References", "",
        "   1. https://example.com/#main", "   2. https://example.com/",
        "   3. https://example.com/authors/mara", "   4. https://example.com/photo.jpg")
    article = load_quietly(page)
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
    texts = [line for b in article.blocks for line in block_texts(b)]
    assert texts[0] == "The new ferry at the pier in Oban. (Kim Reyes/Harbour Press)"
    assert len(texts) == 3 and texts[1].startswith("The ferry company")
    assert not any("[" in line for line in texts)


def test_a_dumps_line_of_share_links_is_no_text(tmp_path: Path) -> None:
    """A lynx dump's share buttons on one line ("[8]Share on Facebook [9]Share on X") ran
    together into a paragraph over the text, whose lead dateline ("RIYADH:") was then
    not read. The line is furniture, the dateline the article's."""
    page = write_scrape(
        tmp_path, "   [1]Skip to content", "     * [2]Home", "",
        "Riyadh metro carries 100 million passengers in its first year", "",
        "   [3]Omar Al-Harbi", "   December 07, 2026 10:15", "",
        "   [4]Share on Facebook [5]Share on X", "",
        "   RIYADH: The Riyadh metro carried more than 100 million passengers in its first "
        "year of full operation, the Royal Commission for Riyadh City said on Monday.", "",
        "   Line 1, which runs along Olaya Street, was the busiest of the six lines, with "
        "about a third of all trips, the commission said.", "",
        "   Officials said the next step would be to connect the metro with the bus network "
        "and to add park-and-ride stations on the city's edges.", "",
        "   (BUTTON) Load comments", "", "References", "",
        "   1. https://example.com/#content", "   2. https://example.com/",
        "   3. https://example.com/author/omar", "   4. https://facebook.com/share",
        "   5. https://x.com/share")
    article = load_quietly(page)
    assert article.dateline == "RIYADH"
    assert paragraphs(article)[0].startswith("The Riyadh metro carried")
    assert "Share on" not in everything(article)


@pytest.mark.parametrize("questions", [
    ["Q: How many passengers were turned away this winter?", "Q: What changes in April?"],
    ["ما أبرز التحديات التي تواجه خدمة العبارات هذا الشتاء تحديدا؟",
     "وماذا يتغير في أبريل؟"]])
def test_an_interviews_questions_are_all_text_not_some_headings(
        tmp_path: Path, questions: list[str]) -> None:
    """An interview's questions, labelled ("Q: ...") or one of them longer than an
    explainer's heading: the short ones were headings and the others paragraphs. All
    are text, as the answers are."""
    answers = ["About two hundred on most weekend mornings, and more at the holidays.",
               "A second boat joins the route, and the timetable doubles on weekends."]
    page = write_scrape(tmp_path, "Ferry chief: a second boat is on its way",
                        "By Mara Lindqvist", "March 4, 2024",
                        "The ferry company's new chief talked to us about the island route.",
                        *[line for pair in zip(questions, answers, strict=True)
                          for line in pair])
    article = load_quietly(page)
    assert not [b for b in article.blocks if isinstance(b, Heading)]
    assert paragraphs(article)[1:] == [line for pair in zip(questions, answers, strict=True)
                                       for line in pair]


@pytest.mark.parametrize(("lead", "dateline"), [
    ("لندن – «القدس العربي»: ", "لندن – «القدس العربي»"),
    ("القدس المحتلة - «الخليج»: ", "القدس المحتلة - «الخليج»")])
def test_a_papers_own_dateline_opening_the_text_is_the_dateline(
        tmp_path: Path, lead: str, dateline: str) -> None:
    """Al-Quds Al-Arabi's text opens "لندن – «القدس العربي»: ..." (the place, the paper in
    guillemets, a colon): it was read as the first sentence's words."""
    page = write_scrape(tmp_path, "البلدية تفتتح حديقة جديدة للمكفوفين", "4 مارس 2024",
                        lead + BODY[0], *BODY[1:])
    article = load_quietly(page)
    assert article.dateline == dateline
    assert paragraphs(article)[0] == BODY[0]


def test_a_us_datelines_state_abbreviation_keeps_it_a_dateline(tmp_path: Path) -> None:
    """"PLACERVILLE, Calif. (KTVU) — ..." (AP style: the state's abbreviation, its period):
    the period stopped the dateline, which stayed in the text; a caption's sentence
    before its credit ("Oban harbour. (AP Photo/...)") is still no dateline."""
    lead = ("The ferry to the islands sailed again on Monday after a week of storms kept it "
            "in the harbour, the company said.")
    page = write_scrape(tmp_path, "Ferry service resumes after a week of storms",
                        "March 4, 2024", f"OBAN, Scot. (KTVU) — {lead}",
                        "Officials said the timetable would return to normal by Friday.")
    article = load_quietly(page)
    assert article.dateline == "OBAN, Scot. (KTVU)"
    assert paragraphs(article)[0] == lead
    from artexport.readers.news import split_lead_dateline

    assert split_lead_dateline("Oban harbour. (AP Photo/Kim Reyes)") is None


def test_a_wires_place_and_date_line_with_its_agency_is_no_caption(tmp_path: Path) -> None:
    """"الرياض 25 جمادى الآخرة 1448 هـ الموافق 07 ديسمبر 2026 م (واس)" under the headline:
    the agency in brackets made it read as a photo's credited caption, kept as text, and
    the date and dateline were lost."""
    page = write_scrape(tmp_path, "البلدية تفتتح حديقة جديدة للمكفوفين",
                        "الرياض 25 جمادى الآخرة 1448 هـ الموافق 07 ديسمبر 2026 م (واس)", *BODY)
    article = load_quietly(page)
    assert article.dateline == "الرياض (واس)"
    assert article.published is not None and article.published.day == 7
    assert paragraphs(article) == list(BODY)


def test_a_city_dash_and_an_agency_before_a_colon_is_the_dateline() -> None:
    """"الكويت - كونا: أطلقت الوزارة ...": the city was taken as the dateline and the
    agency left to open the text ("كونا: أطلقت ..."). A colon after words that are no
    agency stays the text's."""
    from artexport.readers.news import split_lead_dateline
    assert split_lead_dateline("الكويت - كونا: أطلقت وزارة التجارة منصة رقمية جديدة.") == \
        ("الكويت (كونا)", "أطلقت وزارة التجارة منصة رقمية جديدة.")
    assert split_lead_dateline("الرياض - واس: أعلنت الهيئة عن برنامج جديد.") == \
        ("الرياض (واس)", "أعلنت الهيئة عن برنامج جديد.")
    assert split_lead_dateline("القاهرة - الوزير: سنبدأ التنفيذ الشهر المقبل.") == \
        ("القاهرة", "الوزير: سنبدأ التنفيذ الشهر المقبل.")


@pytest.mark.parametrize("alt", ["صورة: رئيس البلدية خلال افتتاح الحديقة",
                                 "Image: The mayor at the opening of the garden",
                                 "Image 2: The mayor at the opening of the garden"])
def test_a_crawlers_image_line_is_no_paragraph(tmp_path: Path, alt: str) -> None:
    """A crawler prints a photo it did not copy as "Image: alt text" ("صورة: ..."): a
    line of no text, under the headline or between paragraphs (it was a paragraph, read
    out with its label). Under the photo's file name it is still the photo's caption."""
    for lines in ([alt, *BODY], [BODY[0], alt, BODY[1]]):
        article = load_quietly(write_scrape(
            tmp_path, "الحكومة توسع برنامج دعم السكن ليشمل مدنا جديدة", *lines))
        assert paragraphs(article) == list(BODY)
    article = load_quietly(write_scrape(
        tmp_path, "الحكومة توسع برنامج دعم السكن ليشمل مدنا جديدة", BODY[0], "garden.jpg",
        alt, BODY[1]))
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert [plain_text(f.caption) for f in figures] == [alt]
    # a sentence of the text that opens with the word is no alt text
    said = ("صورة: هكذا وصف الخبراء حال السوق بعد عامين من التحولات المتسارعة في الأسعار."
            if "صورة" in alt else "Image: that is what the company says it is now fighting "
            "for, after years of decline.")
    article = load_quietly(write_scrape(
        tmp_path, "الحكومة توسع برنامج دعم السكن ليشمل مدنا جديدة", BODY[0], said, BODY[1]))
    assert paragraphs(article) == [BODY[0], said, BODY[1]]


_URDU = ("حکومت نے پیر کے روز رہائشی امداد کے پروگرام کو مزید تین شہروں تک بڑھانے کا اعلان "
         "کیا ہے۔",
         "ایک شہری نے بتایا کہ وہ کئی برس سے انتظار کر رہے ہیں اور ہمیں اب بھی گھر نہیں ملا۔",
         "حکام کا کہنا ہے کہ نئی درخواستیں اگلے ماہ سے قبول کی جائیں گی۔")


def test_an_urdu_quoted_line_is_a_pull_quote_or_a_subheading(tmp_path: Path) -> None:
    """BBC Urdu sets a quotation in its marks (’...‘) between paragraphs: when a
    paragraph holds its words it is a pull quote, heard twice (it was a subheading), and
    left out; when none does it is the section's subheading (it was a paragraph)."""
    title = "حکومت نے رہائشی امداد کا دائرہ بڑھا دیا"
    article = load_quietly(write_scrape(tmp_path, title, _URDU[0],
                                        "’ہمیں اب بھی گھر نہیں ملا‘", *_URDU[1:]))
    assert paragraphs(article) == list(_URDU)
    assert not [b for b in article.blocks if isinstance(b, Heading)]
    heading = "’یہ ہماری زندگی کا سب سے مشکل سال تھا‘"
    article = load_quietly(write_scrape(tmp_path, title, _URDU[0], heading, *_URDU[1:]))
    assert [plain_text(b.spans) for b in article.blocks if isinstance(b, Heading)] == [heading]
    assert paragraphs(article) == list(_URDU)


def test_a_crawlers_markdown_image_is_a_figure(tmp_path: Path) -> None:
    """A crawler writes a photo as Markdown ("![alt](address)", "![Image 1: alt](...)"):
    the line was a paragraph read out with its address. It is the photo, its alt text
    kept and the line under it its caption, as under a photo's file name."""
    alt = "The mayor at the opening of the garden"
    page = write_scrape(tmp_path, "الحكومة توسع برنامج دعم السكن ليشمل مدنا جديدة", BODY[0],
                        f"![Image 1: {alt}](https://img.example.com/2026/garden.jpg)",
                        "رئيس البلدية خلال افتتاح الحديقة", BODY[1])
    article = load_quietly(page)
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert [(f.image.src, f.image.alt, plain_text(f.caption)) for f in figures] == [
        ("https://img.example.com/2026/garden.jpg", alt, "رئيس البلدية خلال افتتاح الحديقة")]
    assert paragraphs(article) == list(BODY)


_FA_BODY = ("قیمت انواع نان در تهران از روز شنبه به طور میانگین ۲۵ درصد افزایش یافت و نانوایان "
            "می‌گویند هزینه آرد و سوخت در یک سال گذشته دو برابر شده است.",
            "رئیس اتحادیه نانوایان تهران گفت که بدون افزایش قیمت، بسیاری از واحدها ناچار به "
            "تعطیلی می‌شدند.")
_UR_BODY = ("پنجاب حکومت نے لاہور میں سموگ کی بگڑتی ہوئی صورتحال کے پیش نظر تمام سکول ایک ہفتے "
            "کے لیے بند کرنے کا اعلان کیا ہے۔",
            "محکمہ ماحولیات کے مطابق پیر کی صبح شہر کا ایئر کوالٹی انڈیکس 450 سے تجاوز کر گیا۔")


@pytest.mark.parametrize(("lines", "body", "published", "updated", "dateline"), [
    # Persian: the city alone with its dash over the text; the update's label
    (["‏۱۷ آذر ۱۴۰۵ - ‏۱۰:۳۰", "شیرین احمدی", "تهران -", *_FA_BODY,
      "آخرین به‌روزرسانی: ۱۸ آذر ۱۴۰۵ - ۰۹:۱۵"], _FA_BODY,
     "2026-12-08T10:30:00+03:30", "2026-12-09T09:15:00+03:30", "تهران"),
    # Urdu (Dawn's): "شائع" and "اپ ڈیٹ" label the two times, the city on its own line
    (["شائع 07 دسمبر 2026 10:30am", "اپ ڈیٹ 07 دسمبر 2026 04:15pm", "لاہور -", *_UR_BODY],
     _UR_BODY, "2026-12-07T10:30:00+05:00", "2026-12-07T16:15:00+05:00", "لاہور"),
])
def test_persian_and_urdu_time_stamps_and_datelines(
        tmp_path: Path, lines: list[str], body: tuple[str, str], published: str,
        updated: str, dateline: str) -> None:
    """Persian and Urdu pages label their times in their own words ("آخرین به‌روزرسانی",
    "شائع", "اپ ڈیٹ") and print the city alone with a dash ("تهران -"): the update's
    time was a paragraph of the text (or the publication's), the city no dateline, the
    times read as UTC (Tehran and Lahore were not known in their own spelling)."""
    page = write_scrape(tmp_path, "صفحه اصلی", "افزایش قیمت نان در تهران و شهرهای بزرگ",
                        *lines, "نظرات")
    article = load_quietly(page)
    assert paragraphs(article) == list(body)
    assert article.dateline == dateline
    assert article.published is not None and article.published.isoformat() == published
    assert article.updated is not None and article.updated.isoformat() == updated
