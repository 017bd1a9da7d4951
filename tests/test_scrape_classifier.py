"""The line classifier of raw scrapes, on pages shaped like the ones that failed.

Each fixture in tests/fixtures/scrapes/ is our own text, written in the shape of a real
page where the old reader ("the largest cluster of prose lines") lost or swapped text:
a list after a one-line lead, a poem with a sidebar excerpt of another poem, an advert
marker inside an Urdu article, an infobox, a "section - site" line above the headline,
an English and an Arabic half, and the usual menus, counters, "related" lists and
comment forms. The tests assert what a reader of the editions gets: the title, the
blocks in order, and what `inspect --dropped` lists.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artexport import load_article
from artexport.errors import ArtexportWarning
from artexport.model import Article, Heading, ListBlock, Paragraph, block_texts, plain_text
from artexport.readers.news import parse_byline

SCRAPES = Path(__file__).parent / "fixtures" / "scrapes"


def load(name: str, **kwargs: bool) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArtexportWarning)
        return load_article(SCRAPES / name, **kwargs)


def body_lines(article: Article) -> list[str]:
    return [line for b in article.blocks for line in block_texts(b)]


def source_lines(name: str) -> list[str]:
    """The lines of a fixture; a table row's tab reads "field: value", as in the article."""
    return [ln.strip().replace("\t", ": ")
            for ln in (SCRAPES / name).read_text(encoding="utf-8").splitlines()]


def dropped(article: Article) -> dict[str, str]:
    """Dropped text -> reason."""
    return {d.text: d.reason for d in article.dropped}


def test_a_list_after_a_one_line_lead_is_kept_as_a_list() -> None:
    article = load("ar-list-after-lead.txt")
    assert article.title == "الحكومة تعلن خمس خطوات لتيسير وصول المكفوفين إلى الخدمات"
    assert article.published is not None
    assert article.published.isoformat() == "2024-05-12T11:00:00+03:00"
    lead, items = article.blocks
    assert isinstance(lead, Paragraph) and plain_text(lead.spans) == "قال الوزير:"
    assert isinstance(items, ListBlock) and not items.ordered
    expected = [ln[1:].strip() for ln in source_lines("ar-list-after-lead.txt")[8:13]]
    assert [plain_text(i) for i in items.items] == expected
    # the "related" list after the article is not part of it, and is listed as left out
    gone = dropped(article)
    assert gone["• افتتاح مكتبة صوتية في الزرقاء"] == "related links"
    assert gone["اقرأ أيضا"] == "related links"
    assert gone["* اقتصاد"] == "menu"


def test_a_poem_keeps_every_verse_and_its_own_title() -> None:
    article = load("ar-poem.txt")
    assert article.title == "رسالة إلى البحر"
    assert [(a.name, a.role) for a in article.authors] == [("سليم الحدّاد", "شعر")]
    verses = source_lines("ar-poem.txt")[6:16]
    # each verse its own paragraph, in order, tashkeel kept
    assert body_lines(article) == verses
    assert all(isinstance(b, Paragraph) for b in article.blocks)
    # the sidebar excerpt of another poem is left out, with the reason
    gone = dropped(article)
    for line in source_lines("ar-poem.txt")[18:22]:
        assert gone[line] == "related links", line
    assert gone["قصيدة رسالة إلى البحر - ديوان الضاد"] == "page title"
    assert gone["عدد المشاهدات: 1520"] == "counter"


def test_an_advert_marker_inside_an_urdu_article_does_not_end_it() -> None:
    article = load("ur-advert-inside.txt")
    assert article.lang == "ur"
    assert article.title == "لاہور میں نابینا افراد کے لیے نئی لائبریری کھل گئی"
    lines = source_lines("ur-advert-inside.txt")
    assert body_lines(article) == [lines[4], lines[5], lines[7], lines[8]]
    gone = dropped(article)
    assert gone["- Advertisement -"] == "advert"
    # a category label where the author goes is not an author
    assert article.authors == ()
    assert gone["By حیرت انگیز"] == "byline without a name"


def test_a_persian_article_keeps_its_text_around_an_advert_and_drops_related_links() -> None:
    article = load("fa-advert-related.txt")
    lines = source_lines("fa-advert-related.txt")
    assert article.lang == "fa"
    assert article.title == lines[1]
    assert [(a.name, a.role) for a in article.authors] == [("مریم احمدی", None)]
    assert body_lines(article) == [lines[4], lines[5], lines[7]]  # ZWNJ kept
    assert "\u200c" in body_lines(article)[0]
    gone = dropped(article)
    assert gone["تبلیغات"] == "advert"
    assert gone["مطالب مرتبط"] == gone["• نمایشگاه کتاب‌های بریل در تهران"] == "related links"
    assert gone["ارسال نظر"] == "comments"


@pytest.mark.parametrize("name", ["ar-infobox.txt", "ar-infobox-tabs.txt"])
def test_an_infobox_is_kept_as_a_list_of_rows(name: str) -> None:
    article = load(name)
    assert article.title == "سلمى العارف... الصوت الذي رافق المستمعين أربعين عاما"
    box = article.blocks[0]
    assert isinstance(box, ListBlock)
    rows = [plain_text(i) for i in box.items]
    assert rows[:4] == ["الاسم الكامل: سلمى يوسف العارف", "الميلاد: 4 نيسان 1931، حمص",
                        "الوفاة: 19 أيار 2004", "المهنة: مذيعة ومعدة برامج"]
    # a birth date in the infobox is not the article's date
    assert article.published is None
    assert [b.kind for b in article.blocks[1:]] == ["paragraph"] * (len(article.blocks) - 1)
    assert body_lines(article)[-1].startswith(("وبعد تقاعدها", "وعرفها المستمعون"))


@pytest.mark.parametrize(("name", "title", "site"), [
    ("ar-site-title.txt", "تونس تطلق تطبيقا يقرأ الفواتير بصوت عال للمكفوفين",
     "اقتصاد - صحيفة الأفق"),
    ("en-site-title.txt", "Bank adds talking cash machines across the county",
     "Business - The Harbour Ledger"),
])
def test_a_section_and_site_name_line_is_not_the_title(name: str, title: str,
                                                        site: str) -> None:
    article = load(name)
    assert article.title == title
    assert dropped(article)[site] == "page title"
    assert len(article.blocks) == 2 and all(isinstance(b, Paragraph) for b in article.blocks)
    assert article.published is not None


def test_both_halves_of_a_bilingual_page_are_kept() -> None:
    article = load("bilingual.txt")
    lines = source_lines("bilingual.txt")
    assert body_lines(article) == lines[3:7]
    assert article.title == lines[1]
    assert set(dropped(article)) == {lines[0], "Share", "Related", "• Museum adds tactile tours",
                                     "• Braille menus in cafes"}


def test_menus_counters_related_lists_and_comment_forms_are_left_out() -> None:
    article = load("en-furniture.txt")
    lines = source_lines("en-furniture.txt")
    assert article.title == "Village hall gets a hearing loop and large-print signs"
    assert [a.name for a in article.authors] == ["Priya Natarajan"]
    # the article goes on after the advert and after the related box inside it; the
    # short quoted line is kept
    assert body_lines(article) == [lines[9], lines[10], lines[12], lines[17], lines[18]]
    gone = dropped(article)
    assert gone["1,234 views"] == "counter"
    assert gone["Advertisement"] == "advert"
    assert gone["Related stories"] == gone["* Library extends opening hours"] == "related links"
    assert gone["Leave a comment"] == gone["Name *"] == "comments"
    assert gone["* Sport"] == "menu"
    assert gone["Copyright © 2024 Village News. All rights reserved."] == "footer"


@pytest.mark.parametrize("name", sorted(p.name for p in SCRAPES.glob("*.txt")))
def test_every_line_is_kept_or_listed_with_its_reason(name: str) -> None:
    """Nothing is left out in silence: every non-empty line of the source is in the
    article (text or metadata) or in Article.dropped."""
    article = load(name)
    shown = "\n".join([article.title, article.subtitle or "", article.dateline or "",
                       *(a.name for a in article.authors), *body_lines(article),
                       *article.tags])
    listed = {d.line for d in article.dropped}
    authors = [a.name for a in article.authors]
    for no, line in enumerate(source_lines(name), 1):
        if not line or no in listed or line.lstrip("•*- ") in shown:
            continue
        byline = parse_byline(line)
        if byline is not None and [a["name"] for a in byline.authors] == authors:
            continue  # the byline, read into ``authors``
        # the rest can only be the date line, read into ``published``
        assert article.published is not None, (no, line)
        assert str(article.published.year) in line, (no, line)


@pytest.mark.parametrize("name", sorted(p.name for p in SCRAPES.glob("*.txt")))
def test_keep_all_keeps_every_line(name: str) -> None:
    article = load(name, keep_all=True)
    assert article.dropped == ()
    kept = "\n".join([article.title, *body_lines(article)])
    missing = [ln for ln in source_lines(name) if ln and ln.lstrip("•*- ") not in kept]
    # only lines read into metadata (date, byline, dateline, section) are not body text
    assert len(missing) <= 3, missing
    assert len(body_lines(article)) > len(body_lines(load(name)))


def test_inspect_dropped_lists_each_line_with_its_reason() -> None:
    proc = subprocess.run([sys.executable, "-m", "artexport", "inspect", "--dropped",
                           str(SCRAPES / "ur-advert-inside.txt")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    rows = proc.stdout.splitlines()
    assert rows[0].split() == ["line", "reason", "text"]
    assert "    7  advert                - Advertisement -" in rows
    assert rows[-1] == "7 left out (33 words)"


def test_keep_all_on_the_command_line(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "artexport", "inspect", "--keep-all", "--text",
                           str(SCRAPES / "ur-advert-inside.txt")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "- Advertisement -" in proc.stdout.splitlines()
    proc = subprocess.run([sys.executable, "-m", "artexport", "convert", "--keep-all", "-f",
                           "html", "-o", str(tmp_path), str(SCRAPES / "ur-advert-inside.txt")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    html = next(tmp_path.glob("*.html")).read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)  # (Latin runs are isolated in <bdi>)
    assert "- Advertisement -" in text and "یہ بھی پڑھیں" in text



# ---- linear time ----------------------------------------------------------------------

def _wire_copy(lines: int, wrapped: bool) -> str:
    """A page of ``lines`` lines: one long hard-wrapped paragraph (the case that was
    quadratic), or that many one-line paragraphs; distinct words, so no cache helps."""
    words = [f"the council said that plan {n} would be ready for the hall in spring"
             for n in range(lines * 2)]
    if wrapped:
        body = textwrap.fill(" ".join(words), width=70).split("\n")[:lines]
    else:
        body = [f"{w}, and the {n} residents agreed with it." for n, w in
                enumerate(words[:lines])]
    return "\n".join(["Home", "* News", "* Sport", "Council agrees the plan for the hall",
                      "3 June 2024", *body, "Share", "Copyright © 2024 Village News"]) + "\n"


_COUNT_OPERATIONS = """
import sys
from artexport.readers.scrape import read_scrape
from artexport.resources import DEFAULT_LIMITS
count = 0
def tracer(frame, event, arg):
    global count
    count += 1
    return tracer
for name in sys.argv[1:]:
    count = 0
    sys.settrace(tracer)
    try:
        read_scrape(__import__("pathlib").Path(name), DEFAULT_LIMITS)
    finally:
        sys.settrace(None)
    print(count)
"""


def _operations(*paths: Path) -> list[int]:
    """Python-level work of reading each of ``paths`` (call, line and return events), in
    a fresh interpreter: a tracer inside the test run competes with whatever threads and
    hooks earlier tests left (it once stalled the whole suite)."""
    proc = subprocess.run([sys.executable, "-c", _COUNT_OPERATIONS, *map(str, paths)],
                          capture_output=True, text=True, timeout=300, check=True)
    return [int(n) for n in proc.stdout.split()]


@pytest.mark.parametrize("wrapped", [True, False], ids=["hard-wrapped", "one-line-paragraphs"])
def test_reading_is_linear_in_the_number_of_lines(tmp_path: Path, wrapped: bool) -> None:
    """Doubling the input at most doubles the work (with 15% slack for fixed costs)."""
    warm = tmp_path / "warm.txt"  # stop-word lists, compiled patterns
    warm.write_text(_wire_copy(50, not wrapped).replace("plan", "scheme"), encoding="utf-8")
    paths = []
    for n in (400, 800, 1600):
        paths.append(tmp_path / f"page-{n}.txt")
        paths[-1].write_text(_wire_copy(n, wrapped), encoding="utf-8")
    counts = _operations(warm, *paths)[1:]  # the first read warms lists and patterns
    assert counts[1] / counts[0] <= 2.15 and counts[2] / counts[1] <= 2.15, counts


# ---- any mix of lines -------------------------------------------------------------------

_LINE_KINDS = [
    "قال الوزير:", "• توفير نسخ بطريقة برايل من كل النماذج الرسمية", "* رياضة", "Share",
    "- Advertisement -", "اقرأ أيضا", "الاسم الكامل: سلمى يوسف العارف", "2024.05.12 | 11:00 عمّان",
    "photo-1.jpg", "By حیرت انگیز", "الرياض: بدر الخريف", "Leave a comment", "",
    "يَا بَحْرُ هَلْ تَذْكُرُ الصِّغَارَ إِذَا لَعِبُوا", "Most read", "| a | b | c |", "19",
    "The council said the plan would be ready for the hall in the spring, and residents "
    "agreed with it at a meeting on Monday.",
    "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا من السابعة صباحا حتى العاشرة مساء.",
]


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.integers(0, len(_LINE_KINDS) - 1), min_size=1, max_size=40))
def test_any_mix_of_lines_is_read_or_refused_with_every_line_accounted(
        tmp_path: Path, picks: list[int]) -> None:
    from artexport.errors import ArtexportWarning, ArticleError
    from artexport.readers.scrape import read_scrape
    from artexport.resources import DEFAULT_LIMITS

    lines = [_LINE_KINDS[p] for p in picks]
    path = tmp_path / "mix.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if not any(ln.strip() for ln in lines):
        return
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ArtexportWarning)  # text without a headline
            draft = read_scrape(path, DEFAULT_LIMITS)
    except ArticleError as e:
        assert "no article text found" in str(e) or "no headline found" in str(e)
        return
    dropped = {d.line for d in draft.dropped if d.reason != "caption label"}
    assert draft.blocks and draft.meta.get("title")
    assert all(d.line is not None and 1 <= d.line <= len(lines) for d in draft.dropped)
    assert len(dropped) < sum(1 for ln in lines if ln.strip())


# ---- pages with readers' comments, time stamps and headline lists ------------------

def test_readers_comments_are_left_out_and_the_header_is_read() -> None:
    """A blog post's comments (a "3 responses to" heading, then names, times and
    running text that reads like an article) are not the article; the "most
    commented" list above the headline is not its title; the byline inside the time
    stamp is the author."""
    article = load("en-blog-comments.txt")
    lines = source_lines("en-blog-comments.txt")
    assert article.title == "Library opens a reading room for the blind"
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
    assert article.published is not None and article.published.date().isoformat() == "2024-03-04"
    assert body_lines(article) == lines[12:16]
    gone = dropped(article)
    assert gone["3 responses to “Library opens a reading room for the blind”"] == "comments"
    assert gone[lines[25]] == gone[lines[28]] == "comments"   # the comments' own text
    assert gone["Click to share on Twitter (Opens in new window)"] == "share/print widget"
    assert gone["Council votes to close the old ferry pier for repairs (48)"] == "related links"


def test_arabic_comments_and_the_update_stamp() -> None:
    article = load("ar-blog-comments.txt")
    lines = source_lines("ar-blog-comments.txt")
    assert article.title == "المكتبة العامة تفتح قاعة قراءة للمكفوفين"
    assert body_lines(article) == lines[9:12]
    # "آخر تحديث ..." under the text is the update time, not a paragraph
    assert article.updated is not None
    assert article.updated.isoformat().startswith("2024-03-04T12:40")
    gone = dropped(article)
    assert gone["منذ ساعتين"] == "counter"
    assert gone[lines[19]] == gone[lines[22]] == "comments"


def _page(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "page.txt"
    path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArtexportWarning)
        return load_article(path)


_PARAGRAPHS = "".join(line + "\n" for line in (
    "The ferry company will add a second boat on the island route from April, after a "
    "winter in which passengers were turned away on most weekend mornings.",
    "The new boat carries two hundred passengers and forty cars, and its ramp is wide "
    "enough for the wheelchairs and mobility scooters that the old one could not take.",
    "Islanders have asked for a second boat for years, and the council agreed last autumn "
    "to pay for half of its running costs for the first three years of service."))


def test_a_comment_form_ends_the_article(tmp_path: Path) -> None:
    """Running text after "Leave a Reply" is a comment, not more of the article."""
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n" + _PARAGRAPHS
                    + "Leave a Reply\nThis is the best news this island has had in years and I "
                    "hope the council keeps paying for it after the first three years are over.\n")
    assert body_lines(article) == _PARAGRAPHS.splitlines()


def test_a_photo_credit_with_a_copyright_sign_does_not_end_the_article(tmp_path: Path) -> None:
    paragraphs = _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n"
                    + "\n".join(paragraphs[:2]) + "\nThe new ferry at the quay, photo © Harbour "
                    "Times, 2024\n" + paragraphs[2] + "\n")
    assert body_lines(article)[-1] == paragraphs[2]


def test_time_stamps_in_the_body_are_metadata(tmp_path: Path) -> None:
    """"Updated on: ..." above the text and "First published on ..." below it are the
    page's time stamps; a bare date line between paragraphs (a timeline) stays."""
    paragraphs = _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Second ferry for the island route\nUpdated on: March 5, 2024 / "
                    "10:07 AM\n" + "\n".join(paragraphs[:2]) + "\nMarch 1, 2024\n"
                    + paragraphs[2] + "\nFirst published on March 4, 2024 / 8:16 AM\n")
    assert body_lines(article) == [*paragraphs[:2], "March 1, 2024", paragraphs[2]]
    assert article.updated is not None
    assert article.updated.isoformat().startswith("2024-03-05T10:07")


def test_the_headline_is_the_line_above_the_byline_not_a_menu_item(tmp_path: Path) -> None:
    """Menus copied without bullets stand above the headline: the headline is the
    line of a headline's length right above the byline and date, and no menu item is
    made the section."""
    article = _page(tmp_path, "Harbour Times\nLocal News\nSport\nWeather\nClose extra sharing "
                    "options\nTravel\nSecond ferry for the island route\nBy Mara Lindqvist\n"
                    "March 4, 2024\n" + _PARAGRAPHS)
    assert article.title == "Second ferry for the island route"
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
    assert article.section is None
    assert body_lines(article) == _PARAGRAPHS.splitlines()


def test_a_headline_right_above_its_subtitle_is_the_title(tmp_path: Path) -> None:
    article = _page(tmp_path, "Menu\nSecond ferry for the island route\nA bigger boat that "
                    "takes wheelchairs arrives in April\nMarch 4, 2024\n" + _PARAGRAPHS)
    assert article.title == "Second ferry for the island route"
    assert article.subtitle == "A bigger boat that takes wheelchairs arrives in April"


def test_headlines_above_a_story_with_its_own_byline_are_not_its_text(tmp_path: Path) -> None:
    """A list of other stories' headlines, a "More articles" box, then the story with
    its headline, byline and date: the list is left out, the headline is the title."""
    article = _page(tmp_path, "Bus drivers vote to accept the council's new pay offer at last\n"
                    "School meals will be free for every child from the next term\nMore "
                    "articles\nTransport\nSecond ferry for the island route\nBy Mara Lindqvist\n"
                    "March 4, 2024 6:30 AM\n" + _PARAGRAPHS)
    assert article.title == "Second ferry for the island route"
    assert body_lines(article) == _PARAGRAPHS.splitlines()


@pytest.mark.parametrize(("line", "reason"), [
    ("32M ago", "counter"), ("Published 1 day ago", "counter"), ("منذ ساعتين", "counter"),
    ("قبل 3 ساعات", "counter"), ("0shares", "counter"), ("2 hours, 34 minutes ago", "counter"),
    ("Updated about 3 hours ago", "counter"),  # (Dawn's: it opened the article's text)
    # a local TV page's stamp with its label's colon (kept as the text's first paragraph)
    ("Updated: 2 hours ago", "counter"), ("Last updated: 5 mins ago", "counter"),
    ("آخر تحديث: منذ ساعتين", "counter"), ("نشر منذ 3 ساعات", "counter"),
    ("Updated at 15.20 GMT", "counter"),  # (a live blog entry's, under its text)
    # an agency's note under each story that its site prints part of its wire
    ("تنشر الوكالة على موقعها جزءا من الأخبار المقدمة للمشتركين عبر نظام البث الإخباري.",
     "disclaimer"),
    ("Only part of the news sent to subscribers via the News Broadcast System is published.",
     "disclaimer"),
    # Le Monde's skip link (taken for a headline) and its "save for later" button
    ("Aller au contenu principal", "navigation"), ("Lire plus tard", "share/print widget"),
    # L'Orient-Le Jour's reading-mode button and comment count (read as the story's tags)
    ("Lecture zen", "share/print widget"), ("Commentaires (3)", "comments"),
    # Al Jazeera's newsletter box after the text (kept as its last lines)
    ("Sign up for Al Jazeera", "newsletter offer"), ("Weekly Newsletter", "newsletter offer"),
    # Dawn Urdu's share button and closed comments under the text (kept as its end)
    ("اس تحریر کو شیئر کریں", "share/print widget"), ("کمنٹس (0) بند ہیں", "comments"),
    ("Closed", "comments"), ("Comments are closed.", "comments"),
    # comment-policy lines under Urdu, French and Persian articles were kept as their text
    ("روزنامہ کا ادارہ کمنٹس سے متفق ہونا ضروری نہیں سمجھتا۔", "disclaimer"),
    ("Les commentaires publiés n’engagent que leurs auteurs.", "disclaimer"),
    ("نظرات منتشر شده لزوماً بیانگر دیدگاه این رسانه نیست.", "disclaimer"),
    ("Page 1A", "counter"), ("Staff Writer", "byline role"), ("مراسل", "byline role"),
    ("Click to share on Facebook (Opens in new window)", "share/print widget"),
    ("Follow Mara Lindqvist on Twitter", "share/print widget"), ("Sharing is caring!",
                                                                "share/print widget"),
    ("Back to top", "navigation"), ("التالي", "navigation"), ("Reply", "comments"),
    ("Save my name, email, and website in this browser for the next time I comment.",
     "comments"), ("12 thoughts on “Second ferry”", "comments"),
    ("Comments are subject to our community guidelines, which can be viewed here.",
     "disclaimer"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Deixe uma resposta Cancelar resposta", "comments"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comments"),
    # a Substack post's subscription box (kept as the post's last paragraph)
    ("Thanks for reading The Quiet Ledger! Subscribe for free to receive new posts and "
     "support my work.", "newsletter offer"),
    # a motorcycle site's unrendered button shortcode and its magazine's offer, each kept
    # as a paragraph of the review
    ("[button link=”https://example.co.uk/submit-review/” type=”big”] Send us YOUR review"
     "[/button]", "share/print widget"),
    ("Get Classic Bike Monthly delivered every month. 12 issues for £11.99. Click here for "
     "more information.", "advert"),
    ("Have a tip? Ann Lee may be reached at alee@example.com. Follow her on Twitter @AnnLee.",
     "advert"),
    # a tabloid's link to another story inside the text
    ("SEE MORE: Ferry strike: 800 passengers stranded at the port", "related links"),
    # a newsletter box's field and button inside the text, and a site's WhatsApp group
    # under it (Urdu News), each kept as a paragraph
    ("Email address", "newsletter offer"), ("Sign up", "share/print widget"),
    ("البريد الإلكتروني", "newsletter offer"),
    ("اردو نیوز کے واٹس ایپ گروپ میں شامل ہونے کے لیے کلک کریں", "share/print widget"),
    ("Click here to join our WhatsApp group", "share/print widget"),
    # a text's pages and its share count, under it or between its paragraphs
    ("1 2 3 التالي", "navigation"), ("« السابق ١ ٢ ٣ التالي »", "navigation"),
    ("Page 2 of 3", "navigation"), ("صفحه ۲ از ۳", "navigation"),
    ("الصفحة التالية", "navigation"), ("340 مشاركة", "counter"),
    ("Share on Facebook | Share on X", "share/print widget"),
    # how long ago, in Persian and Urdu (a teaser's stamp, a live blog entry's time)
    ("۵ دقیقه پیش", "counter"), ("یک ساعت پیش", "counter"), ("2 گھنٹے پہلے", "counter"),
])
def test_furniture_lines(line: str, reason: str) -> None:
    from artexport.readers.lines import split_lines

    assert split_lines(line)[0].furniture == reason


@pytest.mark.parametrize("line", [
    "The ministers discussed the plan in a WhatsApp group, officials said.",
    "وزرا نے واٹس ایپ گروپ میں پیغامات بھیجے۔", "The 3 next steps", "2 - 1"])
def test_a_sentence_about_a_whatsapp_group_or_pages_is_text(line: str) -> None:
    from artexport.readers.lines import split_lines

    assert split_lines(line)[0].furniture is None


def test_a_sentence_about_a_magazines_price_is_text() -> None:
    from artexport.readers.lines import split_lines

    line = "The magazine now costs 12 issues for £30, the publisher said, and readers can " \
        "still subscribe online."
    assert split_lines(line)[0].furniture is None


@pytest.mark.parametrize("line", ["You may also like...", "Previous post", "PFT Most Commented",
                                  "We Recommend", "Our Latest Stories", "المقال التالي",
                                  "Related Recipes", "Related Links", "Popular Articles",
                                  # Jang's "more from" its sections: its list was kept
                                  "اہم خبریں سے مزید", "کھیلوں کی خبریں سے مزید",
                                  # Enab Baladi's box under the share buttons (kept as text)
                                  "مرتبط", "مواضيع مرتبطة", "أخبار مرتبطة",
                                  # the Guardian's topics box (kept as the text's last line)
                                  "Explore more on these topics"])
def test_headings_of_lists_of_other_stories(line: str) -> None:
    from artexport.readers.news import related_heading

    assert related_heading(line)


def test_a_most_read_box_that_runs_into_the_header() -> None:
    """An Arabic page whose "الأكثر قراءة" list runs on into the header (a section
    label, then the headline, with no running text between): the headline is the line
    above the bare date line, and a "read also" link between paragraphs is left out."""
    article = load("ar-most-read-into-header.txt")
    lines = source_lines("ar-most-read-into-header.txt")
    assert article.title == "افتتاح أول مكتبة ناطقة للمكفوفين في المحافظة"
    assert [a.name for a in article.authors] == ["سامي العمري"]
    assert article.published is not None
    assert article.published.isoformat().startswith("2026-12-06T10:30")
    assert body_lines(article) == [lines[17], lines[18], lines[19], lines[21], lines[22]]
    assert dropped(article)[lines[20]] == "related links"


@pytest.mark.parametrize(("line", "bare"), [
    ("الأحد 06 ديسمبر 2026 - 10:30 ص", True), ("Mon 18 Nov 2019 18.54 GMT", True),
    ("November 19, 2019 at 6:34 am", True), ("Stephanie September 17, 2014 - 1:01 pm", False),
    ("2021.06.26 | 14:30 دمشق", False), ("Posted by Jane Doe on March 4, 2024", False),
])
def test_bare_date_lines(line: str, bare: bool) -> None:
    from artexport.readers.news import is_bare_date

    assert is_bare_date(line) is bare


def test_a_photo_credit_under_the_headline_is_not_the_headline(tmp_path: Path) -> None:
    article = _page(tmp_path, "Harbour Times\nSecond ferry for the island route\n(PHOTO: HARBOUR "
                    "TIMES ARCHIVE)\nBy\nMara Lindqvist\nMarch 4, 2024\n" + _PARAGRAPHS)
    assert article.title == "Second ferry for the island route"


def test_a_byline_with_its_time_after_a_dash() -> None:
    byline = parse_byline("By Tess Bonn - 11/19/19 06:56 AM EST")
    assert byline is not None and byline.authors == [{"name": "Tess Bonn"}]


def test_tags_under_the_article_are_its_topics(tmp_path: Path) -> None:
    """"الوسوم" and a tag per line, or "Tags: a, b, c", under the text: the article's
    tags (the editions list them, the narration says them after their label)."""
    article = load("ar-most-read-into-header.txt")
    assert article.tags == ("المكفوفين", "مكتبة", "ذوي الإعاقة")
    assert dropped(article)["واتساب"] == "share/print widget"
    inline = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n" + _PARAGRAPHS
                   + "Tags: ferries, island transport, accessibility\n")
    assert inline.tags == ("ferries", "island transport", "accessibility")


@pytest.mark.parametrize("line", ["الرئيسية > أخبار > محليات", "BLOG > Nutrition > Meal Plans",
                                  "Home » News » Local", "3 دقائق للقراءة"])
def test_breadcrumbs_and_reading_times(line: str) -> None:
    from artexport.readers.news import furniture_reason

    assert furniture_reason(line) in ("navigation", "counter")


def test_teasers_after_the_article_are_not_its_text(tmp_path: Path) -> None:
    """Other stories' headlines and summaries after the article, each stamped "32M ago",
    are not its text, however much they add up to; nor is anything after the page's
    rights notice."""
    teasers = "".join(
        f"{head}\n{summary}\n{n}H ago\n" for n, (head, summary) in enumerate([
            ("Council approves a new cycle lane along the harbour road", "The lane will run "
             "from the ferry terminal to the station, and the council says it will open "
             "to cyclists next spring."),
            ("Lifeboat crew rescues two kayakers in a storm off the point", "Both kayakers "
             "were brought ashore safely and were checked by paramedics waiting at the "
             "harbour wall."),
            ("School choir wins the regional festival for a third year", "The choir sang "
             "three pieces in four languages and the judges praised the way it sang as one "
             "voice."),
            ("Night market returns to the old fish hall in the summer", "Traders will sell "
             "food, crafts and books on Friday evenings from June until the end of "
             "September."),
        ], 1))
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n" + _PARAGRAPHS
                    + "© Harbour Times 2024\nWorld\n" + teasers)
    assert body_lines(article) == _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n" + _PARAGRAPHS
                    + "© 2024 Harbour Times Ltd. All Rights Reserved.\n" + _PARAGRAPHS.replace(
                        "ferry", "bus"))
    assert body_lines(article) == _PARAGRAPHS.splitlines()


def test_a_line_printed_again_is_read_once(tmp_path: Path) -> None:
    """A slideshow prints each caption once per slide: the reader hears it once, and
    the copies are listed as left out; short lines may repeat (a recipe's "1 tsp.")."""
    caption = "The new ferry at the quay on Monday, with its wide ramp lowered for the first time."
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n"
                    + f"{caption}\n{caption}\n{caption}\n" + _PARAGRAPHS + "Serves two\n"
                    + _PARAGRAPHS.splitlines()[0] + "\n")
    lines = body_lines(article)
    assert lines.count(caption) == 1 and lines.count(_PARAGRAPHS.splitlines()[0]) == 1
    assert [d.reason for d in article.dropped if d.text == caption] == ["printed again"] * 2


@pytest.mark.parametrize(("line", "reason"), [
    ("تابعونا على جوجل نيوز", "share/print widget"), ("حمل تطبيق الجريدة", "share/print widget"),
    ("انضم إلى قناتنا على تيليجرام", "share/print widget"),
    ("للاشتراك في قناتنا على يوتيوب اضغط هنا", "share/print widget"),
    ("طباعة الخبر", "share/print widget"), ("شارك على فيسبوك", "share/print widget"),
    ("صورة أرشيفية", "caption label"), ("تعليقات الفيسبوك", "comments"),
    ("سياسة الخصوصية", "navigation"), ("كلمات البحث", "tags label"),
    ("شاهد الفيديو", "navigation"), ("تابع البث المباشر", "navigation"),
    ("تابع أحدث الأخبار عبر تطبيق", "share/print widget"),
    ("تابع آخر أخبار الموقع عبر Google News", "share/print widget"),
    ("تابع آخر التطورات عبر قناة الجزيرة", None),
    ("اشترك في «الأخبار» على يوتيوب هنا", "share/print widget"),
    ("من ملف : أزمة الكهرباء", "navigation"),
    ("Topics: Jordan Iraq trade", "tags label"), ("الوسوم: تونس الاقتصاد", "tags label"),
    ("Topics: the minister spoke about the budget and the new taxes at length.", None),
    ("اشترك اللاعب في التدريبات على ملعب النادي", None),
    # the same verbs in news: not furniture
    ("تابع الرئيس حديثه قائلا إن القناة ستفتح الآن", None), ("شاهد عيان", None),
    ("انضم اللاعب إلى قناة الرياضة الآن", None),
    ("حمل المتظاهرون لافتات أمام مقر القناة", None),
    # the site's channels after "for more news" (it stayed as the text's last line)
    ("للمزيد من الأخبار تابعونا على قناتنا في تليجرام", "share/print widget"),
    ("للمزيد، تابعوا صفحتنا على فيسبوك", "share/print widget"),
    ("للمزيد من التفاصيل عن الحادث اتصلوا بالشرطة على الرقم 999", None),
])
def test_arabic_site_furniture(line: str, reason: str | None) -> None:
    from artexport.readers.news import furniture_reason

    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", ["إقرأ أيضاً:", "طالع أيضا", "عاجل", "محتوى ذي صلة",
                                  "مقالات قد تعجبك", "موضوعات ذو صلة"])
def test_arabic_list_headings(line: str) -> None:
    from artexport.readers.news import related_heading

    assert related_heading(line)


def test_summary_points_under_the_title_do_not_end_the_header(tmp_path: Path) -> None:
    """A programme's page: title, date line (Hijri date in numbers, then the Gregorian
    one), the episode's points as bullets, the guests' names, then the transcript. The
    bullets are no menu: the title and the date above them are read."""
    transcript = (
        "سامي العمري: السلام عليكم. نتوقف في هذه الحلقة عند نتائج الدورة الأولى من "
        "الانتخابات البلدية في المدينة، والتي أظهرت تقدما كبيرا للقوائم المستقلة وتراجعا "
        "واضحا للقوائم الحزبية.\nمريم الحداد: النتائج كانت متوقعة إلى حد بعيد، فقد شعر "
        "الناخبون في الأحياء الجديدة بأن المجلس السابق لم يلتفت إلى مطالبهم في النقل "
        "والمدارس والحدائق العامة.\n")
    article = _page(tmp_path, "نتائج الدورة الأولى من الانتخابات البلدية في المدينة\n"
                    "الخميس 7/3/1429 هـ - الموافق 13/3/2008 م الساعة 16:25 (مكة المكرمة)\n"
                    "- أسباب تقدم القوائم المستقلة ودلالاته\n- موقف المجلس البلدي وتوقعات "
                    "الدورة الثانية\nسامي العمري\nمريم الحداد\n" + transcript)
    assert article.title == "نتائج الدورة الأولى من الانتخابات البلدية في المدينة"
    assert article.published is not None and article.published.date().isoformat() == "2008-03-13"
    assert article.published_hijri == "7 ربيع الأول 1429 هـ"


def test_a_hijri_date_in_numbers_gets_its_month_name() -> None:
    from artexport.readers.news import hijri_date

    assert hijri_date("الخميس ٧/٣/١٤٢٩ هـ - الموافق 13/3/2008 م") == "7 ربيع الأول 1429 هـ"
    assert hijri_date("جدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس") == "25 شوال 1436 هـ"
    assert hijri_date("13/3/2008") is None
    # the month with a dotted yā' (Asharq Al-Awsat's "16 جمادي الآخر 1448 هـ")
    assert hijri_date("نُشر: 14:30-7 ديسمبر 2026 م ـ 16 جمادي الآخر 1448 هـ") == \
        "16 جمادي الآخر 1448 هـ"


def test_a_wire_story_under_a_section_label(tmp_path: Path) -> None:
    """"عام" (the wire's section) above the headline is no headline; the paper's
    dateline "درة - واس :" (paper - agency, then a colon) is the dateline; a link to a
    section after the text is left out."""
    article = _page(tmp_path, "عام\n\nوزير الثقافة: معرض الكتاب يفتح أبوابه للمكفوفين بأجهزة "
                    "قراءة حديثة\n\nدرة - واس :\n\nأعلن وزير الثقافة أن معرض الكتاب هذا العام "
                    "يخصص جناحا كاملا للمكفوفين وضعاف البصر، يضم أجهزة قراءة حديثة وكتبا "
                    "مسموعة ومطبوعة بطريقة برايل.\nوأضاف أن الجناح سيستقبل الزوار طوال أيام "
                    "المعرض، وأن متطوعين سيرافقون من يطلب المساعدة في التنقل بين الأجنحة.\n"
                    '"طالع محليات"\n')
    assert article.title == "وزير الثقافة: معرض الكتاب يفتح أبوابه للمكفوفين بأجهزة قراءة حديثة"
    assert article.dateline == "درة - واس"
    assert len(article.blocks) == 2
    assert dropped(article)['"طالع محليات"'] == "navigation"


def test_an_arabic_page_with_tickers_a_trending_box_and_a_staff_box(tmp_path: Path) -> None:
    """The shapes of real Arabic pages: a clock, weather and currency tickers, the
    paper's staff box (a label, then a name), a "الأكثر رواجا Trending" box whose
    headlines end in question marks, the headline printed again under "حجم الخط", a
    dateline with its dash against the city ("لندن- وكالات"), a photo's caption printed
    twice (a name, which is no byline), the paper's logo letters."""
    article = _page(tmp_path, """\
        الساعة 10:00 م
        الأربعاء 21 مايو 2025
        22° القدس
        4.72 جنيه إسترليني
        3.53 دولار أمريكي
        رئيس التحرير
        سامي العمري
        TT
        الأكثر رواجا Trending
        هل تنجح خطة النقل الجديدة في تخفيف الزحام وسط المدينة؟
        ما الذي يعنيه قرار البلدية الأخير لسكان الأحياء القديمة؟
        مكتبة المدينة تفتح قاعة قراءة للمكفوفين
        حجم الخط
        مكتبة المدينة تفتح قاعة قراءة للمكفوفين
        لندن- وكالات
        مريم الحداد
        مريم الحداد
        """ + "افتتحت مكتبة المدينة قاعة قراءة للمكفوفين وضعاف البصر تضم كتبا مسموعة "
                    "ومطبوعة بطريقة برايل وأجهزة حديثة لقراءة الشاشة.\nوقالت مديرة المكتبة مريم "
                    "الحداد إن القاعة ستفتح أبوابها طوال أيام الأسبوع، وإن متطوعين سيساعدون "
                    "الزوار على استخدام الأجهزة.\n")
    assert article.title == "مكتبة المدينة تفتح قاعة قراءة للمكفوفين"
    assert article.dateline == "لندن- وكالات"
    assert article.authors == ()
    lines = body_lines(article)
    assert lines.count("مريم الحداد") == 1 and len(lines) == 3  # the caption, once
    gone = dropped(article)
    assert gone["4.72 جنيه إسترليني"] == gone["الساعة 10:00 م"] == "counter"
    assert gone["رئيس التحرير"] == gone["سامي العمري"] == "masthead"
    assert gone["TT"] == "navigation"
    assert gone["هل تنجح خطة النقل الجديدة في تخفيف الزحام وسط المدينة؟"] == "related links"


def test_a_poems_refrain_is_read_every_time(tmp_path: Path) -> None:
    refrain = "يَا بَحْرُ خُذْنِي إِلَى شَطِّ الْمَدِينَةِ عِنْدَ الْفَجْرِ"
    verses = ["سَارَتْ بِنَا الرِّيحُ فِي لَيْلٍ بِلَا قَمَرِ", refrain,
              "وَالْمَوْجُ يَحْمِلُ أَحْلَامَ الصِّغَارِ مَعًا", refrain,
              "حَتَّى رَأَيْنَا ضِيَاءَ الْبَيْتِ مِنْ بَعِيدٍ", refrain]
    article = _page(tmp_path, "أغنية البحر\nشعر: سامي العمري\n" + "\n".join(verses) + "\n")
    assert body_lines(article).count(refrain) == 3


def test_a_photo_credit_between_the_lead_and_the_text_keeps_the_lead(tmp_path: Path) -> None:
    """A syndicated story: its date, its headline, the lead with the agency's dateline,
    the photo's credit ("© Provided by ..."), the rest. A credit is no end of the
    article: the lead is kept, and the date above the headline is no headline."""
    paragraphs = _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Thursday, March 4, 2024\n\nSecond ferry for the island route\n\n"
                    f"HARBOURTON (AP) — {paragraphs[0]}\n© Provided by Harbour Times\n\n"
                    + "\n\n".join(paragraphs[1:]) + "\n")
    assert article.title == "Second ferry for the island route"
    assert article.dateline == "HARBOURTON (AP)"
    assert body_lines(article) == paragraphs


def test_headlines_above_the_articles_own_header_do_not_join_it(tmp_path: Path) -> None:
    """Teasers, then the headline and "By NAME, AGENCY" with a "1 day ago" stamp, a
    photo credit, the text: the teasers are not the article."""
    teasers = "\n".join(f"{t} wins the regional final" for t in (
        "Harbour United", "The school choir", "Old Town rowing club", "The lifeboat crew",
        "Quayside chess team", "The fish market band"))
    article = _page(tmp_path, teasers + "\nSecond ferry for the island route\nBy Mara "
                    "Lindqvist, Harbour Times\n1 day ago\n© Harbour Times\n" + _PARAGRAPHS)
    assert article.title == "Second ferry for the island route"
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
    assert body_lines(article) == _PARAGRAPHS.splitlines()


def test_a_byline_glued_to_the_headline(tmp_path: Path) -> None:
    article = _page(tmp_path, "August 2, 2007\nSecond ferry for the island route By MARA "
                    "LINDQVIST, Harbour Times\n2 hours, 34 minutes ago\n" + _PARAGRAPHS)
    assert article.title == "Second ferry for the island route"
    assert [a.name for a in article.authors] == ["MARA LINDQVIST"]
    assert body_lines(article) == _PARAGRAPHS.splitlines()


@pytest.mark.parametrize(("line", "stamp"), [
    ("نشر في 5 مارس 2024", True), ("آخر تحديث: 5 مارس 2024", True),
    ("Posted by Jane Doe on March 4, 2024", True),
    ("نشرت الوزارة بيانا في 5 مارس 2024", False),  # "نشرت": the ministry published
])
def test_time_stamp_labels(line: str, stamp: bool) -> None:
    from artexport.readers.news import is_time_stamp

    assert is_time_stamp(line) is stamp


def test_a_section_label_above_the_headline_and_arabic_comment_links(tmp_path: Path) -> None:
    """"دولي" (the section) above the headline is no headline; "اترك رد" (leave a
    reply) and "زر الذهاب إلى الأعلى" (back to top) under the text are no text."""
    article = _page(tmp_path, "دولي\n\nمكتبة المدينة تفتح قاعة قراءة للمكفوفين\n\n"
                    "افتتحت مكتبة المدينة قاعة قراءة للمكفوفين وضعاف البصر تضم كتبا مسموعة "
                    "ومطبوعة بطريقة برايل.\n\nوقالت مديرة المكتبة إن القاعة ستفتح أبوابها "
                    "طوال أيام الأسبوع للزوار.\n\nاترك رد\n\nزر الذهاب إلى الأعلى\n")
    assert article.title == "مكتبة المدينة تفتح قاعة قراءة للمكفوفين"
    assert len(article.blocks) == 2
    assert dropped(article)["اترك رد"] == "comments"


_RECIPE = """\
Skip to content
Home
Recipes
Dinners
Desserts
Newsletter
Weeknight Lentil Soup With Lemon and Cumin
By Hana Obeid
March 3, 2024
This soup is the one I make when the fridge is nearly empty and everybody is hungry. It \
takes forty minutes, most of which you spend waiting, and it tastes better the next day.
Red lentils fall apart as they cook, so the soup thickens on its own without any cream \
or flour. A squeeze of lemon at the end wakes it up.
Ingredients
2 tbsp olive oil
1 large onion, finely chopped
2 carrots, diced
3 garlic cloves, crushed
½ tsp chilli flakes (optional)
250 g red lentils, rinsed
1.2 litres vegetable stock
Method
Warm the oil in a large pot over a medium heat and cook the onion and carrots for ten \
minutes, until soft.
Add the lentils and the stock, bring to the boil, then simmer for twenty-five minutes.
Related Recipes
Roasted Carrot and Tahini Salad
Five-Minute Flatbreads
© 2024 Kitchen Table Media. All rights reserved.
"""


def test_a_recipe_keeps_its_lead_its_list_and_its_method(tmp_path: Path) -> None:
    """A page whose text is mostly a list (a recipe's ingredients: lines that open with
    a quantity and end no sentence) loses none of it: the two-paragraph lead above the
    list is the article's start, the list is a list under its one-word heading."""
    article = _page(tmp_path, _RECIPE)
    assert article.title == "Weeknight Lentil Soup With Lemon and Cumin"
    assert [a.name for a in article.authors] == ["Hana Obeid"]
    lines = _RECIPE.splitlines()
    assert body_lines(article) == lines[9:22]
    kinds = [type(b).__name__ for b in article.blocks]
    assert kinds == ["Paragraph", "Paragraph", "Heading", "ListBlock", "Heading", "Paragraph",
                     "Paragraph"]
    items = next(b for b in article.blocks if isinstance(b, ListBlock)).items
    assert [plain_text(i) for i in items] == lines[12:19]


_NEWSLETTER_FORM = """\
Want more Harbour Times? Sign up for our newsletter.
I agree that Harbour Times can send me the "Morning Tide" newsletter.
Please check the opt-in box to acknowledge that you would like to subscribe.
Thanks for signing up!
Keep an eye on your inbox for the latest island news.
There was an error processing your subscription.
Ferry timetable changes this weekend explained for travellers.
"""


def test_a_newsletter_form_is_not_the_article(tmp_path: Path) -> None:
    """A newsletter's sign-up form, with what it asks and answers, is left out wherever
    it stands, and what follows it joins the article only as a heavy run of text; the
    dates of a tour listed after the text stay in, as a list."""
    dates = ["June 9 – Harbour Hall, Portree", "June 12 – The Old Mill, Oban",
             "June 14 – Town Theatre, Mallaig", "June 20 – Pier Pavilion, Tobermory"]
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n" + _PARAGRAPHS
                    + "Band's tour dates\n" + "".join(d + "\n" for d in dates)
                    + _NEWSLETTER_FORM)
    assert body_lines(article) == [*_PARAGRAPHS.splitlines(), "Band's tour dates", *dates]
    dropped = {d.text: d.reason for d in article.dropped}
    assert dropped["Thanks for signing up!"] == "newsletter offer"
    assert "Ferry timetable changes this weekend explained for travellers." in dropped
    first, *rest = _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n" + first
                    + "\nSign up for our daily newsletter and get the island's news in your inbox\n"
                    + "\n".join(rest) + "\n")
    assert body_lines(article) == _PARAGRAPHS.splitlines()


_GOES_ON = ("\"We would rather run two full boats than turn people away at the pier,\" a "
            "director of the company said, adding that fares would not rise this year.\n"
            "He said the second boat would also take the early freight run on weekdays, so "
            "that shops on the island get their deliveries before opening time.\n")
_BOX = "Sign up for our newsletter\nEnter your email\nSubscribe\n"


def test_the_story_going_on_under_a_newsletter_box_is_kept(tmp_path: Path) -> None:
    """An English newsletter box in the middle of the text, the story going on under it
    with a quote given to its speaker and "He said ...": the rest of the story was lost.
    Under a "related" heading, or another headline and date, the lines below are
    another story's, even when they open with a quote. A subheading under a "read more"
    box stays one over "He said ...": an English section may open so."""
    head = "Second ferry for the island route\nMarch 4, 2024\n" + _PARAGRAPHS + _BOX
    article = _page(tmp_path, head + _GOES_ON + "© 2024 Harbour Times\n")
    assert body_lines(article) == [*_PARAGRAPHS.splitlines(), *_GOES_ON.splitlines()]
    for between in ("You may also like\n", "Fares frozen on the mainland buses\nMarch 3, 2024\n"):
        article = _page(tmp_path, head + between + _GOES_ON + "© 2024 Harbour Times\n")
        assert body_lines(article) == _PARAGRAPHS.splitlines()
    # a subheading under a "read more" box inside the text stays one, "He said" under it
    box = "Read more\nBus fares to rise in April\nNew cycle lanes approved for the old town\n"
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n" + _PARAGRAPHS
                    + box + "What comes next\n" + _GOES_ON.split("\n", 1)[1])
    assert "What comes next" in [plain_text(b.spans) for b in article.blocks
                                 if isinstance(b, Heading)]


_DE_TEXT = ("Der Stadtrat hat am Montag den Bau einer neuen Fährverbindung über den Fluss "
            "beschlossen. Die erste Fähre soll im kommenden Frühjahr in Betrieb gehen.\n"
            "Die Kosten für das Projekt beziffert die Stadt auf rund zwölf Millionen Euro, "
            "einen Teil davon trägt das Land.\n")
_DE_BOX = ("Newsletter\nDer Morgen am Fluss\nWas heute in der Stadt wichtig ist, jeden "
           "Morgen in Ihrem Postfach.\nJetzt anmelden\n")
_DE_ON = ("»Wir wollen, dass die Menschen auf beiden Ufern schneller zur Arbeit kommen«, "
          "sagte der Bürgermeister. Die Fahrt soll nur wenige Minuten dauern.\n"
          "Er sagte, die Fahrpreise würden sich an denen der Busse orientieren.\n")
_FR_TEXT = ("Le conseil municipal a adopté lundi la création d'une nouvelle liaison par bac "
            "sur le fleuve. Le premier bateau doit entrer en service au printemps.\n"
            "Le coût du projet est estimé à douze millions d'euros, dont une partie est "
            "prise en charge par la région.\n")
_FR_BOX = ("Newsletter\n« Le Matin du fleuve »\nChaque matin, l'essentiel de l'actualité "
           "de la ville dans votre boîte mail\nS'inscrire\n")
_FR_ON = ("« Nous voulons que les habitants des deux rives aillent plus vite au travail », "
          "a-t-il déclaré. La traversée ne durera que quelques minutes.\n"
          "Il a ajouté que les tarifs seraient alignés sur ceux des bus.\n")


@pytest.mark.parametrize(("text", "box", "on", "head"), [
    (_DE_TEXT, _DE_BOX, _DE_ON, "Neue Fähre über den Fluss beschlossen\n07.12.2026, 10.15 Uhr\n"),
    (_FR_TEXT, _FR_BOX, _FR_ON, "Une nouvelle liaison par bac sur le fleuve\n"
                                "Publié le 7 décembre 2026 à 10h15\n"),
])
def test_a_german_or_french_newsletter_box_inside_the_text(
        tmp_path: Path, text: str, box: str, on: str, head: str) -> None:
    """Der Spiegel's and Le Monde's newsletter box inside the text ("Newsletter", its
    title and offer, "Jetzt anmelden" / "S'inscrire") was read as the story's; left out,
    the story going on under it is kept, however it opens. Under a "related" heading,
    lines that open with a quote are another story's. A bare "Newsletter" line is left
    as it was."""
    article = _page(tmp_path, head + text + box + on + "© 2026 Stadtblatt\n")
    assert body_lines(article) == [*text.splitlines(), *on.splitlines()]
    last = on.splitlines()[1:]
    article = _page(tmp_path, head + text + box + "\n".join(last) + "\n© 2026 Stadtblatt\n")
    assert body_lines(article) == [*text.splitlines(), *last]
    article = _page(tmp_path, head + text + "Newsletter\n" + on + "© 2026 Stadtblatt\n")
    assert body_lines(article) == [*text.splitlines(), "Newsletter", *on.splitlines()]
    related = "Mehr zum Thema\n" if "sagte" in on else "Sur le même sujet\n"
    article = _page(tmp_path, head + text + box + related + on + "© 2026 Stadtblatt\n")
    assert body_lines(article) == text.splitlines()


def test_a_newsletter_subheading_over_the_storys_sentences_is_no_box(tmp_path: Path) -> None:
    """A story about newsletters under its subheading "Newsletter", a "Sign up" button a
    few lines below: the lines between are the story's sentences, not a box's title and
    offer, and were lost with the subheading."""
    story = ["Local papers across the Midwest are turning to email to reach readers who no "
             "longer visit their websites.",
             "The Gazette's morning email now reaches 40,000 readers, more than its print "
             "edition, its editor said.",
             "Readers who sign up get a summary of the day's stories at 6 a.m."]
    on = ['"We saw the numbers and knew this is where our readers are," she said.']
    article = _page(tmp_path, "How small papers are betting on email again\n"
                    "December 7, 2026\n" + story[0] + "\nNewsletter\n" + "\n".join(story[1:])
                    + "\nSign up\n" + on[0] + "\n© 2026 Media Weekly\n")
    assert body_lines(article) == [story[0], "Newsletter", *story[1:], *on]


@pytest.mark.parametrize(("text", "on"), [
    ("»Wir sind bereit«, sagte der Minister am Abend.", True),
    ("Man werde die Pläne genau prüfen, sagte er.", True), ("Er sagte, er sei bereit.", True),
    ("« Nous sommes prêts », a-t-il déclaré.", True), ("« Nous sommes prêts », dit-elle.", True),
    ("Il a ajouté que les tarifs baisseraient.", True),
    ("Die Regierung sagte am Montag zu, die Mittel zu erhöhen.", False),
    ("Berlin, Paris und Rom sagten ihre Teilnahme ab.", False),
    ("Il a été élu maire en 2020.", False), ("« La Matinale », notre lettre du matin.", False),
])
def test_german_and_french_lines_that_carry_a_story_on(text: str, on: bool) -> None:
    """Under a newsletter box, German and French paragraphs that give a quote or a
    statement to the speaker named before ("sagte er", "a-t-il déclaré") carry the story
    on, as the English "He said" does; a lead that opens with its subject does not."""
    from artexport.readers.page_text import goes_on

    assert goes_on(text) is on


@pytest.mark.parametrize(("line", "newsletter"), [
    ("Sign Up for e-mail newsletters", True), ("Subscribe to our Daily Newsletter", True),
    ("Get Quanta Magazine delivered to your inbox", True),
    ("Get the latest news and updates straight to your inbox", True), ("You have successfully "
                                                            "subscribed. Thank you!", True),
    ("سجل في القائمة البريدية", True), ("شكراً لاشتراكك", True), ("تم الاشتراك بنجاح", True),
    ("Sign up for the streaming bundle using the same email as your old account", False),
    ("Readers who subscribe to the paper before May get a free tote bag.", False),
    ("The paper said 40,000 readers signed up for its new morning newsletter.", False),
])
def test_newsletter_lines(line: str, newsletter: bool) -> None:
    from artexport.readers.lines import split_lines

    assert (split_lines(line)[0].furniture == "newsletter offer") is newsletter


def test_a_related_box_inside_the_text_does_not_end_it(tmp_path: Path) -> None:
    """One paragraph after an inline "Related Links" box is still the article's."""
    first, second, third = _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n"
                    f"{first}\n{second}\nRelated Links\nIsland council website\n{third}\n"
                    "© 2024 Harbour Times Ltd. All Rights Reserved.\n")
    assert body_lines(article) == [first, second, third]


def test_lines_that_open_with_numbers_but_are_no_list(tmp_path: Path) -> None:
    """An archive's months ("2019年11月", one word each) and tags that open with the same
    words ("10 things in tech", "10 things in tech today") are not a list's items, so
    they do not become the article."""
    months = "".join(f"{y}年{m}月\n" for y in (2019, 2018, 2017) for m in (12, 8, 4, 1))
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n"
                    + _PARAGRAPHS + "Archives\n" + months)
    assert body_lines(article) == _PARAGRAPHS.splitlines()
    tags = "10 things in tech\n10 things in tech news\n10 things in tech you need today\n"
    article = _page(tmp_path, "Second ferry for the island route\nMarch 4, 2024\n"
                    + _PARAGRAPHS + "More:\n" + tags + "Facebook\nTwitter\n")
    assert body_lines(article) == _PARAGRAPHS.splitlines()


_MORE = [
    "Engineers tested the new boat's ramp last week with a fire engine, a bin lorry and a "
    "coach full of volunteers, and the harbour master said it had passed every test that "
    "the ministry asks of a ferry that carries vehicles.",
    "The company will publish the new timetable in March, with sailings every ninety minutes "
    "from six in the morning until ten at night in summer, and every two hours in winter when "
    "the weather allows the boats to run.",
    "Fares will not rise this year, the company said, and islanders with a resident's card "
    "will keep their discount of a third on every crossing, including the first and last "
    "sailings of the day that commuters use most.",
]


def test_a_long_most_read_box_inside_the_text_does_not_end_it(tmp_path: Path) -> None:
    """A "most read" box of a dozen teasers in the middle of the text does not end the
    article: the heavy run of text after it is the article's; the "Popular Articles"
    teasers after the comment guidelines are not."""
    teasers = "".join(f"{kicker}\n{head}\n" for kicker, head in [
        ("STORM WARNING", "Gales expected to close the bridge for a second night"),
        ("ROYAL VISIT", "Princess opens the new lifeboat station on the point"),
        ("FOOTBALL", "Harbour Rovers sign a striker from the mainland club"),
        ("WEATHER", "Snow on the hills as the cold snap goes on"),
        ("PICTURED", "The island's oldest house is sold at auction for a record"),
        ("SCHOOLS", "New head teacher for the primary school in the village"),
    ])
    first, second, _ = _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Home\nNews\nSport\nWhat's on\nSecond ferry for the island "
                    f"route\nMarch 4, 2024\n{first}\n{second}\nMost read in island news\n{teasers}"
                    + "".join(p + "\n" for p in _MORE)
                    + "Comments are subject to our community guidelines, which can be viewed "
                      "here.\nPopular Articles\n" + teasers.replace("\n", " today\n")
                    + "© 2024 Harbour Times Ltd. All Rights Reserved.\n")
    assert body_lines(article) == [first, second, *_MORE]


def test_headlines_after_the_text_with_no_heading_are_not_its_text(tmp_path: Path) -> None:
    """Other stories' headlines after the article, under no "related" heading and with
    no time stamps ("Sponsored", then one headline a line), are not its text; nor are
    "Video: ..." lines among them."""
    teasers = ("Records fall as the island school wins the swimming title\n"
               "Harbour Rovers beat the mainland side in the cup replay\n"
               "Video: Signing day at the harbour club\n"
               "Video: The lifeboat crew's winter training in the bay\n"
               "Council votes to keep the night bus for another year\n"
               "Lighthouse keeper's cottage opens to visitors in May\n")
    article = _page(tmp_path, "Home\nNews\nSport\nSecond ferry for the island route\n"
                    "March 4, 2024\n" + _PARAGRAPHS + "Previous\nNext\nSponsored\n" + teasers
                    + "Sponsored\n" + teasers)
    assert body_lines(article) == _PARAGRAPHS.splitlines()


def test_a_live_blog_s_entry_times_between_its_paragraphs_are_kept(tmp_path: Path) -> None:
    """Elwatan's live coverage ("لحظة بلحظة"): each entry under its time alone ("01:30
    م"); lone times are furniture by rule, and every entry's time was lost. A lone
    time under the text (a teaser's) is still left out."""
    entries = ["أعلنت اللجنة العامة في الدائرة الأولى الحصر العددي للأصوات في جميع اللجان "
               "الفرعية بعد منتصف الليل.",
               "قال المتحدث باسم الهيئة إن نسبة المشاركة في المرحلة الثانية بلغت 28 في المئة "
               "من إجمالي الناخبين.",
               "بدأت اللجان العامة في المحافظة تسلم محاضر الفرز من اللجان الفرعية وسط إجراءات "
               "أمنية مشددة."]
    times = ["01:30 م", "12:45 م", "11:20 ص"]
    page = tmp_path / "live.txt"
    page.write_text("\n".join([
        "تغطية مباشرة", "لحظة بلحظة.. نتائج المرحلة الثانية من الانتخابات",
        "الإثنين 07 ديسمبر 2026 | 08:10 صباحًا",
        "تتابع الصحيفة لحظة بلحظة إعلان نتائج المرحلة الثانية من الانتخابات التي جرت على "
        "مدار يومين في 13 محافظة.",
        *[line for pair in zip(times, entries, strict=True) for line in pair],
        "مقالات قد تعجبك", "موعد جولة الإعادة في الدوائر الملغاة", "09:15 ص"]) + "\n",
        encoding="utf-8")
    article = load_article(page)
    texts = [plain_text(b.spans) for b in article.blocks if hasattr(b, "spans")]
    assert texts[1:] == [line for pair in zip(times, entries, strict=True) for line in pair]
    assert "09:15 ص" in [d.text for d in article.dropped]


def test_a_live_blog_s_dated_entry_times_are_entries_not_the_page_s_date(
        tmp_path: Path) -> None:
    """A live blog whose entries each open with the date and the time ("07 ديسمبر 2026
    01:30 م"): the first entry's news was taken for the headline, the coverage's
    opening sentence was lost and the second entry's time became the page's. Each
    entry's time stays above its news, the headline and date are the page's."""
    entries = ["أعلنت هيئة الموانئ إغلاق ثلاثة أرصفة أمام السفن الصغيرة حتى تهدأ الأمواج "
               "على الساحل.",
               "قالت مديرية الصحة إن فرق الإسعاف نقلت أربعة مصابين إلى المستشفى العام.",
               "أعادت شركة الكهرباء التيار إلى معظم الأحياء الشرقية بعد انقطاع دام ساعتين."]
    stamps = ["08 مارس 2026 04:10 م", "08 مارس 2026 02:55 م", "08 مارس 2026 11:05 ص"]
    opening = ("تنقل الصحيفة أولا بأول تطورات المنخفض الجوي الذي يضرب المدن الساحلية منذ "
               "فجر اليوم.")
    page = tmp_path / "live.txt"
    page.write_text("\n".join([
        "تغطية مباشرة", "أولا بأول.. المنخفض الجوي يضرب المدن الساحلية",
        "الأحد 08 مارس 2026 | 09:20 صباحًا", opening,
        *[line for pair in zip(stamps, entries, strict=True) for line in pair],
        "مقالات قد تعجبك"]) + "\n", encoding="utf-8")
    article = load_article(page)
    assert article.title == "أولا بأول.. المنخفض الجوي يضرب المدن الساحلية"
    assert article.published is not None
    assert (article.published.hour, article.published.minute) == (9, 20)
    texts = [plain_text(b.spans) for b in article.blocks if hasattr(b, "spans")]
    assert texts == [opening, *[line for pair in zip(stamps, entries, strict=True)
                                for line in pair]]


def test_one_short_sentence_among_labels_is_no_stretch_of_text() -> None:
    """When the model finds no text, the heaviest stretch of lines is taken, but only
    when it weighs as much as a near-good line: on a page whose lines all read as
    labels (a script without spaces between words, flattened from a saved page), one
    short sentence was kept alone where the reader's fallback keeps every plain line."""
    from artexport.readers.lines import classify, split_lines

    lines = split_lines("\n".join(["الرئيسية", "أخبار", "رياضة", "تطبيقات",
                                   "اقرأ الكتب على شاشة كبيرة.", "الإعدادات", "المكتبة",
                                   "حسابي"]))
    classify(lines)
    assert not any(ln.article for ln in lines)


_EMBED = ("Skip twitter post by Harbour Ferries\nAllow Twitter content?\nThis article contains "
          "content provided by Twitter. We ask for your permission before anything is loaded, "
          "as they may be using cookies and other technologies.\nAccept and continue\n"
          "The content may contain adverts.\nEnd of twitter post by Harbour Ferries\n")


def test_an_embedded_posts_consent_box_and_its_skip_links_are_left_out(
        tmp_path: Path) -> None:
    """BBC's embedded post that never loaded: its skip link, the consent form shown in
    its place and its end line were the article's text, between two paragraphs."""
    first, *rest = _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Second ferry for the island route\nBy Mara Lindqvist\n"
                    "March 4, 2024\n" + first + "\n" + _EMBED + "\n".join(rest) + "\n")
    assert body_lines(article) == _PARAGRAPHS.splitlines()
    loaded = _EMBED.replace("Allow Twitter content?", "Our second boat is on its way! Sailings "
                            "from April.").split("\n")
    loaded = [loaded[0], loaded[1], loaded[-2]]  # the post's text, loaded, stays
    article = _page(tmp_path, "Second ferry for the island route\nBy Mara Lindqvist\n"
                    "March 4, 2024\n" + first + "\n" + "\n".join(loaded) + "\n"
                    + "\n".join(rest) + "\n")
    assert body_lines(article) == [first, loaded[1], *rest]


@pytest.mark.parametrize(("heading", "end"), [
    ("Related stories", "End of Related stories"), ("خبرهای مرتبط", "پایان خبرهای مرتبط")])
def test_a_related_box_and_the_line_that_closes_it_are_left_out(
        tmp_path: Path, heading: str, end: str) -> None:
    """BBC's box of links inside the text, closed by its own line ("End of Related
    stories", "پایان خبرهای مرتبط"): the Persian box was the text (its heading unknown),
    and the closing line stayed as a subheading."""
    first, *rest = _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Second ferry for the island route\nBy Mara Lindqvist\n"
                    f"March 4, 2024\n{first}\n{heading}\nBus fares to rise in January\n"
                    f"Harbour car park to close for repairs\n{end}\n" + "\n".join(rest) + "\n")
    assert body_lines(article) == _PARAGRAPHS.splitlines()


def test_a_live_blog_with_key_events_and_clock_times_in_dots(tmp_path: Path) -> None:
    """The Guardian's live blog copied: its key events (each under "3h ago") between the
    date and the entries, and entries timed "15.12 GMT". The last key event was the
    headline, the first entry's time too; no writer, no date; the last entry was lost."""
    article = _page(tmp_path, """\
        Live
        Ferry strike live: talks resume as islanders wait for news
        Mara Lindqvist
        Mon 4 Mar 2024 16.45 GMT
        Key events
        3h ago
        Union says talks are 'constructive'
        5h ago
        Council asks for extra sailings
        Show key events only
        15.12 GMT
        The union told members that talks with the company are "constructive" and go on.
        Updated at 15.20 GMT
        14.05 GMT
        The council has asked the company to run extra sailings for hospital appointments.
        12.30 GMT
        Good afternoon. This is Mara Lindqvist taking over the blog.
        Explore more on these topics
        """)
    assert article.title == "Ferry strike live: talks resume as islanders wait for news"
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
    assert article.published is not None and article.published.hour == 16
    said = body_lines(article)
    assert said[0] == "15.12 GMT" and said[-2:] == [
        "12.30 GMT", "Good afternoon. This is Mara Lindqvist taking over the blog."]
    assert "Updated at 15.20 GMT" not in said and len(said) == 6


def test_the_guardians_topics_box_is_no_text(tmp_path: Path) -> None:
    """"Explore more on these topics" under the text heads the page's topics: the text's
    last line that was."""
    article = _page(tmp_path, "Second ferry for the island route\nBy Mara Lindqvist\n"
                    "March 4, 2024\n" + _PARAGRAPHS + "Explore more on these topics\n")
    assert body_lines(article) == _PARAGRAPHS.splitlines()


@pytest.mark.parametrize("box", [
    ["Also read:", "Bus fares to rise in January"],
    ["Related stories", "Bus fares to rise in January", "Harbour car park to close",
     "End of Related stories"]])
def test_the_texts_short_last_sentence_under_an_inline_box_is_kept(
        tmp_path: Path, box: list[str]) -> None:
    """A box of links set inside the text (its heading leads in with a colon, or its own
    line closes it), then the text's last paragraph, a short sentence, then the topics:
    that paragraph was left out as a run of its own."""
    last = "Work on the new pier is expected to begin in the spring."
    article = _page(tmp_path, "Second ferry for the island route\nBy Mara Lindqvist\n"
                    "March 4, 2024\n" + _PARAGRAPHS + "\n".join(box) + f"\n{last}\n"
                    "Related topics\nFerries\nScotland\n")
    assert body_lines(article) == [*_PARAGRAPHS.splitlines(), last]


def test_a_photos_agency_and_photographer_inside_the_text_do_not_end_it(
        tmp_path: Path) -> None:
    """Sputnik's photo inside the text is credited "© Sputnik . Name", then captioned:
    the credit was read as the page's copyright footer, and the caption and the text's
    last paragraph under it were lost. (A footer with its year still ends the text.)"""
    first, second, third = _PARAGRAPHS.splitlines()
    article = _page(tmp_path, "Second ferry for the island route\nBy Mara Lindqvist\n"
                    f"March 4, 2024\n{first}\n{second}\n© Harbour Press . Kim Reyes\n"
                    f"The new ferry at the pier\n{third}\n")
    assert body_lines(article)[-2:] == ["The new ferry at the pier", third]
    article = _page(tmp_path, "Second ferry for the island route\nBy Mara Lindqvist\n"
                    f"March 4, 2024\n{first}\n{second}\n© 2024 Harbour Press\n"
                    "Sign up to our daily briefing and get the news delivered every morning.\n")
    assert body_lines(article) == [first, second]


@pytest.mark.parametrize("heading", [["Readers' views"], ["آراء القراء"]])
def test_readers_comments_under_lone_times_are_no_live_blog(
        tmp_path: Path, heading: list[str]) -> None:
    """Readers' comments under the text, each under its time alone ("10:42", "11:07",
    "13:30", in the order posted), under a comments heading the reader does not know:
    they were kept as a live blog's entries, their times as headings. (With nothing
    between them and the text, they are a chronological live blog's, and stay.)"""
    comments = ["10:42", "Thank you to the crew, they did an amazing job all through the winter.",
                "11:07", "Was anyone turned away on Saturday morning? My mother lives there.",
                "13:30", "Another winter, another shortage of boats. We need better planning."]
    article = _page(tmp_path, "Second ferry for the island route\nBy Mara Lindqvist\n"
                    "March 4, 2024\n" + _PARAGRAPHS + "\n".join([*heading, *comments]) + "\n")
    assert body_lines(article) == _PARAGRAPHS.splitlines()


_FLOOD_NEWS = ["أعلنت الحماية المدنية إجلاء أكثر من ثلاثمئة أسرة من الأحياء المنخفضة في "
               "المدينة.",
               "قال مدير الأرصاد إن الأمطار ستستمر حتى مساء الغد مع رياح قوية على السواحل.",
               "أغلقت السلطات الطريق السريع بين المدينتين بعد ارتفاع منسوب مياه الوادي.",
               "فتحت البلدية ثلاث مدارس لإيواء الأسر المتضررة وتوزيع الأغطية والوجبات."]


_FLOOD_NEWS_EN = ["Civil defence crews said they had moved more than 300 families from "
                  "low-lying districts overnight.",
                  "The weather service said heavy rain would continue until tomorrow evening.",
                  "Police closed the main highway between the two towns as the river rose.",
                  "The council has opened three schools as shelters for the families."]


@pytest.mark.parametrize(("times", "news"), [
    (["10:42", "10:15", "09:50", "09:20"], _FLOOD_NEWS),
    (["10:42 GMT", "10:15 GMT", "09:50 GMT", "09:20 GMT"], _FLOOD_NEWS),
    (["منذ 5 دقائق", "منذ 20 دقيقة", "منذ 45 دقيقة", "منذ ساعة"], _FLOOD_NEWS),
    (["10:42 GMT", "10:15 GMT", "09:50 GMT", "09:20 GMT"], _FLOOD_NEWS_EN),
    (["5 mins ago", "20 mins ago", "45 mins ago", "1 hour ago"], _FLOOD_NEWS_EN)])
def test_every_entry_of_a_live_blog_opens_with_its_time_alike(
        tmp_path: Path, times: list[str], news: list[str]) -> None:
    """A live blog right under its date: the first entry's time ("10:42") was read as
    the page's time of day and left the text, the later ones were paragraphs or
    headings by their length; times given as "منذ 5 دقائق" made the entries a ticker's
    teasers, and all but the last entry were lost. Each entry opens with its time as a
    heading (as the HTML reader's entries do), the page keeps its day."""
    page = tmp_path / "live.txt"
    page.write_text("\n".join([
        "الرئيسية", "أخبار", "رياضة", "تغطية مباشرة: فيضانات تضرب مدنا في شمال البلاد",
        "الإثنين 07 ديسمبر 2026",
        *[line for pair in zip(times, news, strict=True) for line in pair],
        "شارك", "الأكثر قراءة"]) + "\n", encoding="utf-8")
    article = load_article(page)
    assert article.title == "تغطية مباشرة: فيضانات تضرب مدنا في شمال البلاد"
    said = [(type(b).__name__, plain_text(b.spans)) for b in article.blocks]
    assert said == [pair for time, entry in zip(times, news, strict=True)
                    for pair in (("Heading", time), ("Paragraph", entry))]
    assert article.published is not None and article.published.hour == 0


_QUAKE_NEWS = ["هلال احمر اعلام کرد که تیم‌های امداد به مناطق زلزله‌زده اعزام شده‌اند و چادر "
               "توزیع می‌کنند.",
               "استاندار گفت که تاکنون گزارشی از کشته شدن افراد دریافت نشده است.",
               "مدارس منطقه فردا تعطیل خواهند بود تا ساختمان‌ها بررسی شوند.",
               "مرکز لرزه‌نگاری بزرگی زلزله را ۵٫۱ ریشتر اعلام کرد."]


@pytest.mark.parametrize("times", [["۱۰:۴۲", "۱۰:۱۵", "۰۹:۵۰", "۰۹:۲۰"],
                                   ["۵ دقیقه پیش", "۲۰ دقیقه پیش", "۴۵ دقیقه پیش", "۱ ساعت پیش"]])
def test_a_persian_live_blog_keeps_its_headline_and_entry_times(
        tmp_path: Path, times: list[str]) -> None:
    """A Persian live page ("گزارش لحظه به لحظه: ..."): its headline opens with
    "گزارش" ("report"), which was read as a byline's label with no name and left out
    (the menu's "خانه" was the title), and "۵ دقیقه پیش" was no time at all."""
    page = tmp_path / "live.txt"
    page.write_text("\n".join([
        "خانه", "گزارش لحظه به لحظه: زلزله در شمال ایران", "دوشنبه ۱۷ آذر ۱۴۰۵",
        *[line for pair in zip(times, _QUAKE_NEWS, strict=True) for line in pair],
        "اشتراک گذاری"]) + "\n", encoding="utf-8")
    article = load_article(page)
    assert article.title == "گزارش لحظه به لحظه: زلزله در شمال ایران"
    said = [(type(b).__name__, plain_text(b.spans)) for b in article.blocks]
    assert said == [pair for time, news in zip(times, _QUAKE_NEWS, strict=True)
                    for pair in (("Heading", time), ("Paragraph", news))]


def test_readers_comments_stamped_how_long_ago_are_no_live_blog(tmp_path: Path) -> None:
    """Readers' comments under the text, each under "منذ ساعتين", below a heading the
    reader does not know: no live blog's entries (those start under the headline or
    its summary), they stay out."""
    comments = ["آراء الزوار", "منذ ساعتين", "مبادرة رائعة ونتمنى تعميمها على كل المدن.",
                "منذ 3 ساعات", "شكرا للبلدية على هذا الاهتمام بالمكفوفين.",
                "منذ 5 ساعات", "أين تقع الحديقة بالضبط؟ نريد زيارتها مع أطفالنا."]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(["فيضانات تضرب مدنا في شمال البلاد", "الإثنين 07 ديسمبر 2026",
                               *_FLOOD_NEWS, *comments]) + "\n", encoding="utf-8")
    assert body_lines(load_article(page)) == _FLOOD_NEWS


def test_a_live_blogs_entries_with_titles_open_with_time_and_title(tmp_path: Path) -> None:
    """Each entry under its time and its title ("10:42", "إجلاء مئات الأسر", the news): the
    times were all lost, the first title taken for the writer and the first time for the
    page's. Each entry opens with one heading, "10:42 – إجلاء مئات الأسر", as the HTML
    reader's entries do."""
    times = ["10:42", "10:15", "09:50", "09:20"]
    titles = ["إجلاء مئات الأسر", "استمرار الأمطار", "إغلاق الطريق السريع", "مدارس للإيواء"]
    page = tmp_path / "live.txt"
    page.write_text("\n".join([
        "الرئيسية", "تغطية مباشرة: فيضانات تضرب مدنا في شمال البلاد", "الإثنين 07 ديسمبر 2026",
        *[line for entry in zip(times, titles, _FLOOD_NEWS, strict=True) for line in entry],
        "شارك"]) + "\n", encoding="utf-8")
    article = load_article(page)
    said = [(type(b).__name__, plain_text(b.spans)) for b in article.blocks]
    assert said == [pair for time, title, news in zip(times, titles, _FLOOD_NEWS, strict=True)
                    for pair in (("Heading", f"{time} – {title}"), ("Paragraph", news))]
    assert article.authors == () and article.published is not None
    assert article.published.hour == 0


def test_a_tickers_teasers_stamped_between_sentences_stay_out(tmp_path: Path) -> None:
    """Teasers stamped "منذ ..." are headlines, which end with no full stop: the ticker
    under the text stays out (its stamps are no live blog's)."""
    ticker = ["منذ 5 دقائق", "الحكومة تعلن خطة جديدة لدعم المزارعين",
              "منذ 20 دقيقة", "ارتفاع أسعار الذهب في الأسواق المحلية",
              "منذ ساعة", "المنتخب يستعد لمباراة الإياب"]
    page = tmp_path / "page.txt"
    page.write_text("\n".join([
        "فيضانات تضرب مدنا في شمال البلاد", "الإثنين 07 ديسمبر 2026", *_FLOOD_NEWS,
        "آخر الأخبار", *ticker]) + "\n", encoding="utf-8")
    assert body_lines(load_article(page)) == _FLOOD_NEWS


def test_a_chronological_live_blog_under_its_summary_keeps_its_entries(
        tmp_path: Path) -> None:
    """Entries in the order they came ("10:42", "11:07", "13:30") right under two
    paragraphs of summary: a live blog's, not comments; they stay with their times."""
    entries = ["10:42", "The first boat left the harbour on time with two hundred passengers.",
               "11:07", "The council said a second sailing would be added at noon for islanders.",
               "13:30", "The company confirmed the afternoon timetable would run as planned."]
    article = _page(tmp_path, "Ferry strike live\nBy Mara Lindqvist\nMarch 4, 2024\n"
                    + "".join(_PARAGRAPHS.splitlines(keepends=True)[:2])
                    + "\n".join(entries) + "\n")
    assert body_lines(article)[2:] == entries


def test_the_texts_end_and_its_correction_under_a_newsletter_box(tmp_path: Path) -> None:
    """A newsletter's sign-up box set inside the text (its offer, "Email address", "Sign
    up"), then the text's last sentence and its correction note: the box ended the
    article, and both were lost (a correction closes the article it corrects); the
    writer's line about themself under it is no text."""
    first, *rest = _PARAGRAPHS.splitlines()
    last = "The ferry company did not respond to a request for comment."
    note = ("Correction, 8 December 2026: An earlier version of this article said the boat "
            "carries three hundred passengers.")
    page = ("Second ferry for the island route\nMara Lindqvist\nLondon, UK\n"
            "Published date: 4 March 2024 14:22 UTC\n" + _PARAGRAPHS
            + "Sign up for free: Harbour Times newsletter\nGet the latest news every morning "
            f"in your inbox.\nEmail address\nSign up\n{last}\n{note}\n"
            "Mara Lindqvist is a journalist based in Oban who covers the islands.\n"
            "Related\nBus fares to rise in January\nHarbour car park to close for repairs\n")
    article = _page(tmp_path, page)
    assert body_lines(article) == [first, *rest, last, note]
    assert [a.name for a in article.authors] == ["Mara Lindqvist"]
    assert article.dateline == "London, UK"
    # without the note, what follows the box is still left out (a teaser, say)
    article = _page(tmp_path, page.replace(note + "\n", ""))
    assert body_lines(article) == [first, *rest]


@pytest.mark.parametrize(("line", "note"), [
    ("Correction, 8 December 2026: An earlier version of this article said 2015.", True),
    ("Correction: The minister's name was misspelt.", True),
    ("تصحيح: ورد في نسخة سابقة من هذا التقرير أن النسبة 28 في المئة.", True),
    ("تنويه: تم تعديل هذا الخبر لتصحيح عدد المتطوعين المسجلين.", True),
    ("تنويه: الآراء الواردة تعبر عن رأي كاتبها.", False),
    ("Correction officers said: the prison will close.", False),
    ("The council issued a correction on Monday.", False)])
def test_correction_notes(line: str, note: bool) -> None:
    from artexport.readers.news import correction_note
    assert correction_note(line) is note


def test_a_photos_caption_under_a_read_also_box_is_the_texts(tmp_path: Path) -> None:
    """Al-Masry Al-Youm: "اقرأ أيضًا" and its one link inside the text, then the caption of
    the photo under it, credited to its photographer: the caption was read as the box's
    second link and lost. The link stays out."""
    body = ["افتتح المحافظ اليوم أول مدرسة للمكفوفين مجهزة بأجهزة قراءة رقمية وطابعات برايل.",
            "وقال المحافظ إن المدرسة تستوعب 320 طالبا وطالبة من مختلف مراكز المحافظة.",
            "وأوضح مدير المدرسة أن المناهج ستقدم بطريقة برايل وبنسخ صوتية، إلى جانب فصول "
            "لتعليم البرمجة للمكفوفين، وأن الدراسة تبدأ مطلع الفصل الدراسي الثاني."]
    caption = "المحافظ خلال افتتاح المدرسة - تصوير: محمود حسن"
    article = _page(tmp_path, "\n".join([
        "افتتاح أول مدرسة للمكفوفين بتقنيات رقمية", "كتب: أحمد عبدالفتاح",
        "الإثنين 07-12-2026 14:30", *body[:2], "اقرأ أيضًا",
        "وزير التعليم يعلن موعد امتحانات نصف العام", caption, body[2], "موضوعات متعلقة",
        "افتتاح معرض الكتاب في دورته الجديدة"]))
    assert body_lines(article) == [*body[:2], caption, body[2]]


def test_a_comment_boxs_prompt_and_sorter_and_the_writers_line_are_no_text(
        tmp_path: Path) -> None:
    """Under the text, a "most read" box, the writer's line about themself, then the
    comment box: its prompt and sorter ("Share your thoughts", "Sort by: Newest") were
    the article's last lines, read as its tags, and kept the writer's line in the text."""
    text = ["Oman opened its first desalination plant powered entirely by solar energy on "
            "Monday, near the coastal city of Sur.",
            "The plant can produce 100,000 cubic metres of drinking water a day, enough for "
            "about 200,000 people, according to the Public Authority for Water.",
            '"This is a turning point for water security in the sultanate," the '
            "authority's chairman said at the opening ceremony.",
            "Solar panels covering 60 hectares power the plant during the day, while "
            "batteries keep it running at night."]
    article = _page(tmp_path, "\n".join([
        "Middle East", "Oman opens its first desalination plant run on solar power",
        "By Aisha Al-Balushi", "December 7, 2026 at 9:40 a.m. GST", *text, "Most Read", "1",
        "Saudi Arabia raises fuel prices", "2", "Qatar wins bid for 2036 Games",
        "Aisha Al-Balushi is a reporter covering energy and the environment in Oman.",
        "Comments", "Share your thoughts", "Sort by: Newest"]))
    assert body_lines(article) == text
    assert article.tags == ()


def test_the_story_going_on_under_a_newsletter_box_inside_it_is_kept(tmp_path: Path) -> None:
    """Al-Sharq: a newsletter box between two paragraphs (its offer, "البريد الإلكتروني",
    "اشترك"), then the story goes on ("وقال ..."): the box ended the article and its
    second half was lost (or its field was a subheading)."""
    first = ["أطلقت وزارة الرياضة والشباب منصة رقمية جديدة لتسجيل المتطوعين الراغبين في "
             "المشاركة بتنظيم المناسبات الرياضية والثقافية الكبرى في الدولة.",
             "وتتيح المنصة للمتطوعين اختيار المجالات التي تناسب خبراتهم، ومتابعة ساعات التطوع "
             "وشهادات المشاركة إلكترونيا."]
    rest = ["وقال مدير إدارة الشباب إن أكثر من 12 ألف متطوع سجلوا في المنصة خلال أسبوعها "
            "التجريبي الأول.",
            "وأضاف أن المنصة ستربط مستقبلا بالجامعات لاحتساب ساعات التطوع ضمن الأنشطة."]
    article = _page(tmp_path, "\n".join([
        "محليات", "قطر تطلق منصة رقمية لتسجيل المتطوعين في المناسبات الكبرى", "الدوحة - الشرق",
        "الأحد 06 ديسمبر 2026 10:45 ص", *first,
        "اشترك في نشرتنا البريدية لتصلك آخر الأخبار", "البريد الإلكتروني", "اشترك", *rest,
        "الأكثر قراءة", "ارتفاع أسعار الذهب في السوق المحلي"]))
    assert body_lines(article) == [*first, *rest]


def test_a_most_read_boxs_last_link_over_the_story_going_on_is_no_heading(
        tmp_path: Path) -> None:
    """A "الأكثر قراءة" box between two paragraphs, its last link of three words right
    above "وأضاف ...": the link was kept as a subheading (a box's last short line over
    running text is one, but no section opens with "and he added")."""
    body = ["افتتحت البلدية صباح اليوم حديقة جديدة مجهزة بممرات ملموسة ولوحات إرشادية بطريقة "
            "برايل للمكفوفين في وسط المدينة.",
            "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا من السابعة صباحا حتى العاشرة "
            "مساء طوال أيام الأسبوع.",
            "وأضاف أن البلدية تدرس تعميم التجربة على الحدائق الأخرى في العام المقبل بعد تقييم "
            "آراء الزوار.",
            "يذكر أن المدينة تضم أكثر من أربعة آلاف كفيف بحسب إحصاءات الجمعية الوطنية."]
    article = _page(tmp_path, "\n".join([
        "البلدية تفتتح حديقة جديدة للمكفوفين", "الإثنين 07 ديسمبر 2026", *body[:2],
        "الأكثر قراءة", "ارتفاع أسعار الذهب في السوق المحلي", "الأرصاد تتوقع أمطارا رعدية",
        "افتتاح معرض الكتاب", "المنتخب يفوز وديا", *body[2:], "شارك"]))
    assert body_lines(article) == body


def test_a_kicker_opening_with_a_city_and_a_comma_is_no_dateline(tmp_path: Path) -> None:
    """A city and its country ("London, UK") is a dateline; a kicker that opens with a
    city and a comma ("Gaza, a year later", "غزة، مدينة الصمود") is not (it was said as
    where the story was filed, and the standfirst lost)."""
    for kicker in ("Gaza, a year later", "Kyiv, under fire"):
        article = _page(tmp_path, "Second ferry for the island route\n" + kicker
                        + "\nPublished date: 4 March 2024 14:22 UTC\n" + _PARAGRAPHS)
        assert article.dateline is None
    from artexport.readers.dates import is_city
    assert is_city("London, UK") and is_city("Cairo, Egypt") and is_city("لندن، المملكة المتحدة")
    assert not is_city("غزة، مدينة الصمود") and not is_city("القاهرة، عاصمة الثقافة")
