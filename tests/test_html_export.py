"""The large-print HTML page: what it contains, what it refuses, and what a reader gets
in a real browser (Debian's Chromium with axe-core; see tests/browser.py)."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import html as lxml_html
from PIL import Image as PILImage

from artexport import (
    Article,
    Author,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
    get_exporter,
    load_article,
)
from artexport.edition import stack_for
from artexport.errors import ArtexportWarning, ExportError, ResourceError
from artexport.exporters.html import (
    TEXT_PAIRS,
    THEMES,
    HtmlOptions,
    LargePrintHtmlExporter,
    contrast_ratio,
)
from artexport.model import block_texts
from artexport.text.dates import reader_date
from browser import COLOUR_RULES, Browser, OfflinePage, launch

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())
CORPUS = ROOT.parent / "shared" / "corpus"
TZ = timezone(timedelta(hours=2))


# ---- fixtures ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium for the whole module."""
    with launch() as b:
        yield b


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every bundled example rendered once (font subsetting is the slow part)."""
    out = tmp_path_factory.mktemp("examples")
    return {d.name: LargePrintHtmlExporter().export(load_article(d), out / d.name)[0]
            for d in EXAMPLES}


@pytest.fixture(params=[d.name for d in EXAMPLES])
def example_page(request: pytest.FixtureRequest, pages: dict[str, Path]) -> tuple[Path, Article]:
    name: str = request.param
    return pages[name], load_article(ROOT / "examples" / name)


def _built_article(folder: Path) -> Article:
    """An Arabic article written for these tests, with every block kind, hostile text,
    a figure whose file is missing and one whose file is in the folder."""
    PILImage.new("RGB", (40, 30), (30, 60, 150)).save(folder / "square.png")
    long_url = "https://example.org/" + "a-very-long-path-segment-" * 8 + "end"
    return Article(
        slug="built-article",
        title="دليل القراءة بالخط الكبير على Firefox",
        lang="ar",
        direction="rtl",
        subtitle="صفحة تجريبية كتبت للاختبار",
        authors=(Author("ليلى ناصر", "محررة"), Author("سامي يوسف")),
        publisher="صحيفة الاختبار <script>window.pwned = 4</script>",
        dateline="القاهرة",
        published=datetime(2024, 1, 5, 9, 30, tzinfo=TZ),
        updated=datetime(2024, 1, 6, 14, 0, tzinfo=TZ),
        section="تقنية",
        summary="خلاصة المقال في سطر واحد.",
        tags=("إتاحة", "<i onmouseover=window.pwned=5>قراءة</i>"),
        source_url="https://example.org/article",
        source_dir=folder,
        blocks=(
            Paragraph((Span("هذه الفقرة الأولى من مقال كتب لاختبار الصفحة الكبيرة."),)),
            Paragraph((
                Span("نص عادي ثم وسم "),
                Span("<script>window.pwned = 1</script>"),
                Span(" ثم رابط "),
                Span("خطير", href="javascript:window.pwned=2"),
                Span(" ثم صورة "),
                Span('<img src=x onerror="window.pwned=3">'),
                Span(" ثم اسم "),
                Span("Noto Sans", lang="en", direction="ltr"),
                Span(" في وسط الجملة."),
            )),
            Heading(4, (Span("عنوان فرعي أول"),), id="first"),
            Paragraph((Span("فقرة تحت العنوان الفرعي الأول."),)),
            Heading(5, (Span("عنوان أعمق"),), id="deeper"),
            Figure(Image("missing.jpg", alt="وصف بديل لا يظهر"), (Span("تعليق صورة غائبة"),)),
            Figure(Image("square.png", alt="مربع أزرق", path=folder / "square.png"),
                   (Span("مربع أزرق صغير"),)),
            Quote(((Span("اقتباس قصير من أحد القراء."),),), (Span("قارئ من عمّان"),)),
            ListBlock(((Span("البند الأول"),), (Span("البند الثاني"),)), ordered=True),
            Preformatted("let a = 1; // تعليق عربي\nconst answer = 'x'.repeat(200); // "
                         + "y" * 160, "js"),
            Paragraph((Span("رابط طويل: "),
                       Span(long_url, lang="en", direction="ltr", href=long_url))),
            Paragraph((Span("الفقرة الأخيرة من المقال."),)),
        ),
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Article]:
    folder = tmp_path_factory.mktemp("built")
    article = _built_article(folder)
    return LargePrintHtmlExporter().export(article, folder / "out")[0], article


def _tree(path: Path) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(path.read_bytes())


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _expected_texts(article: Article) -> list[str]:
    """Every block's text a reader must find on the page, in reading order."""
    texts: list[str] = []
    for block in article.blocks:
        texts.extend(_words(t) for t in block_texts(block) if t.strip())
    return texts


# ---- options, tables, formatting -----------------------------------------------------------

def test_preformatted_text_that_is_no_code_is_not_marked_code(tmp_path: Path) -> None:
    """A results table laid out with spaces (``"code": false``) was printed as code
    (``<code>``, ``translate="no"``): it is the article's text, in a <pre> that keeps
    its lines; its JSON form says "code": false, which reads back the same."""
    source = tmp_path / "results.json"
    source.write_text(json.dumps({"title": "Recount", "lang": "en", "blocks": [
        {"kind": "paragraph", "text": "The county published the results."},
        {"kind": "preformatted", "text": "Ward    Votes\nNorth   4210", "code": False},
        {"kind": "preformatted", "text": "print(total)", "language": "python"}]}),
        encoding="utf-8")
    article = load_article(source)
    assert [b.get("code") for b in article.to_dict()["blocks"]] == [None, False, None]
    (page,) = LargePrintHtmlExporter().export(article, tmp_path / "out")
    text, code = _tree(page).xpath("//pre")
    assert text.text_content() == "Ward    Votes\nNorth   4210"
    assert not text.xpath(".//code") and text.get("translate") is None
    assert code.xpath(".//code") and code.get("translate") == "no"


def test_options_parse_from_cli_strings_and_refuse_bad_values() -> None:
    exporter = get_exporter("html")({"font": "amiri", "base_size_px": "30", "theme": "dark",
                                     "controls": "no"})
    assert exporter.options == HtmlOptions("amiri", 30, "dark", False)
    with pytest.raises(ExportError, match="font must be one of auto, sans, naskh, amiri, nastaliq"):
        get_exporter("html")({"font": "comic"})


def test_base_size_is_clamped_to_large_print() -> None:
    with pytest.warns(ArtexportWarning, match="base_size_px 12"):
        assert HtmlOptions(base_size_px=12).base_size_px == 24
    with pytest.warns(ArtexportWarning):
        assert HtmlOptions(base_size_px=500).base_size_px == 64


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_theme_reaches_aaa_contrast(theme: str) -> None:
    colours = THEMES[theme]
    for fg, bg in TEXT_PAIRS:
        assert contrast_ratio(colours[fg], colours[bg]) >= 7.0, (theme, fg, bg)


def test_dates_read_in_the_page_language() -> None:
    when = datetime(2024, 3, 14, 10, 15, tzinfo=TZ)
    assert reader_date(when, "ar") == "الخميس 14 مارس 2024، 10:15"
    assert reader_date(when, "ar", digits="arabic-indic") == "الخميس ١٤ مارس ٢٠٢٤، ١٠:١٥"
    assert reader_date(when, "en") == "Thursday 14 March 2024, 10:15"
    assert reader_date(datetime(2024, 3, 1, tzinfo=TZ), "en") == "Friday 1 March 2024"


def test_font_choice_picks_the_arabic_face() -> None:
    assert stack_for("ar", "sans-arabic", "naskh") == ("sans-arabic", "sans")
    assert stack_for("ar", "auto", "sans-arabic") == ("sans-arabic", "sans")
    assert stack_for("ur", "auto", "sans-arabic") == ("nastaliq", "sans")
    assert stack_for("ur", "naskh", "sans-arabic") == ("naskh", "sans")  # the option chooses
    assert stack_for("en", "amiri", "naskh") == ("sans",)


# ---- the file itself -------------------------------------------------------------------

def test_page_is_self_contained(example_page: tuple[Path, Article]) -> None:
    path, article = example_page
    page = path.read_text("utf-8")
    tree = _tree(path)
    assert path.name == f"{article.slug}.html"
    assert tree.get("lang") == article.lang and tree.get("dir") == article.direction
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]
    assert not tree.xpath("//link | //script[@src] | //iframe | //object | //embed")
    assert all(src.startswith("data:image/") for src in tree.xpath("//img/@src"))
    urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", page)
    assert urls and all(u.startswith("data:font/woff2;base64,") for u in urls)
    assert len(tree.xpath("//script")) == 1


def test_structure_and_metadata(built: tuple[Path, Article]) -> None:
    path, article = built
    tree = _tree(path)
    assert [h.tag for h in tree.xpath("//h1|//h2|//h3|//h4|//h5|//h6")] == ["h1", "h2", "h3"]
    assert tree.xpath("string(//h1)") == article.title
    # the Latin word in the title is isolated for the bidi algorithm
    assert tree.xpath("//h1/bdi[@dir='ltr' and @lang='en']/text()") == ["Firefox"]
    assert tree.xpath("//body/header[@id='reader-tools']") and tree.xpath("//main/article")
    assert tree.xpath("//body/footer") and tree.xpath("//a[@class='skip-link']/@href") == [
        "#content"]
    times = tree.xpath("//time")
    assert [t.get("datetime") for t in times] == ["2024-01-05T09:30:00+02:00",
                                                 "2024-01-06T14:00:00+02:00"]
    assert times[0].text == "الجمعة 5 يناير 2024، 09:30"
    assert "بقلم ليلى ناصر (محررة) وسامي يوسف" in tree.xpath("string(//p[@class='byline'])")
    assert tree.xpath("//p[@class='summary']/text()") == ["خلاصة المقال في سطر واحد."]
    assert tree.xpath("//meta[@name='description']/@content") == ["خلاصة المقال في سطر واحد."]
    # the dateline opens the story, after the figure-less header
    assert tree.xpath("string(//main//p[@class='dateline']/following-sibling::p[1])") == (
        "هذه الفقرة الأولى من مقال كتب لاختبار الصفحة الكبيرة.")
    assert tree.xpath("string(//button[@class='tools-toggle'])") == "إعدادات العرض"
    figure = tree.xpath("//figure[@class='image']")
    assert len(figure) == 1
    assert figure[0].xpath("img/@alt") == ["مربع أزرق"]
    assert figure[0].xpath("string(figcaption)") == "مربع أزرق صغير"
    assert tree.xpath("string(//figure[@class='quote']/figcaption)") == "— قارئ من عمّان"
    assert [li.text_content() for li in tree.xpath("//ol/li")] == ["البند الأول", "البند الثاني"]
    assert tree.xpath("//pre/@dir") == ["ltr"]
    # an Arabic comment in program text is isolated (and set in the text face by CSS)
    assert tree.xpath("//pre//bdi[@dir='rtl']/text()") == ["تعليق عربي"]
    assert tree.xpath("//pre")[0].text_content() == article.blocks[9].text  # type: ignore[union-attr]


def test_english_article_gets_english_labels(pages: dict[str, Path]) -> None:
    tree = _tree(pages["en-river-cleanup"])
    assert tree.xpath("string(//button[@class='tools-toggle'])") == "Display settings"
    assert tree.xpath("string(//time)") == "Monday 20 May 2024, 07:30"


def test_article_markup_never_becomes_markup(built: tuple[Path, Article]) -> None:
    path, _ = built
    tree = _tree(path)
    scripts = tree.xpath("//script")
    assert len(scripts) == 1 and "artexport.reader" in scripts[0].text
    assert "pwned" not in scripts[0].text
    assert not tree.xpath("//img[@src='x'] | //*[@onerror] | //*[@onmouseover] | //i")
    assert "javascript:" not in " ".join(tree.xpath("//@href"))
    assert "<script>window.pwned = 1</script>" in tree.xpath("string(//main)")


def test_figure_without_a_file_is_not_rendered(built: tuple[Path, Article]) -> None:
    """No figure, no image, no alt for a picture that is not there; its caption stays
    as a line of text (it is still information)."""
    path, _ = built
    page = path.read_text("utf-8")
    assert "missing.jpg" not in page and "وصف بديل لا يظهر" not in page
    tree = _tree(path)
    assert len(tree.xpath("//figure[@class='image']")) == len(tree.xpath("//img")) == 1
    assert tree.xpath("//p[@class='caption-only']/text()") == ["تعليق صورة غائبة"]


def test_image_outside_the_article_folder_is_refused(tmp_path: Path) -> None:
    inside, outside = tmp_path / "article", tmp_path / "elsewhere"
    inside.mkdir()
    outside.mkdir()
    PILImage.new("RGB", (4, 4)).save(outside / "secret.png")
    article = Article("leak", "عنوان", "ar", "rtl",
                      (Paragraph((Span("نص"),)),
                       Figure(Image("secret.png", path=outside / "secret.png"))),
                      source_dir=inside)
    with pytest.raises(ResourceError, match=r"secret\.png.*outside the article folder"):
        LargePrintHtmlExporter().export(article, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_non_raster_image_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>'
                                    "alert(1)</script></svg>")
    article = Article("svg", "Title", "en", "ltr",
                      (Figure(Image("x.svg", path=tmp_path / "x.svg")),
                       Paragraph((Span("Text"),))), source_dir=tmp_path)
    with pytest.raises(ResourceError, match=r"x\.svg"):
        LargePrintHtmlExporter().render(article)


def test_headings_never_skip_a_level_and_no_controls_means_no_script() -> None:
    article = Article("h", "Title", "en", "ltr", (
        Heading(4, (Span("Deep"),), id="a"), Paragraph((Span("Hello."),)),
        Heading(6, (Span("Deeper"),), id="b"), Heading(2, (Span("Top"),), id="c")))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        page = LargePrintHtmlExporter(HtmlOptions(controls=False, font="naskh")).render(article)
    tree = lxml_html.fromstring(page.data)
    headings = "//main//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
    assert tree.xpath(f"count({headings})") == 4
    assert [tree.xpath(f"name(({headings})[{i}])") for i in range(1, 5)] == [
        "h1", "h2", "h3", "h2"]
    assert not tree.xpath("//script") and not tree.xpath("//*[@id='reader-tools']")
    assert tree.xpath("string(//main//p)") == "Hello."
    # a Latin article uses Noto Sans only, whatever Arabic face was chosen
    assert re.findall(r'@font-face \{\s*font-family: "([^"]+)"', page.data.decode()) == [
        "Noto Sans"] * 3


# ---- in the browser ---------------------------------------------------------------------

def _set(page: OfflinePage, setting: str, value: str) -> None:
    page.page.evaluate("([s, v]) => document.documentElement.setAttribute('data-' + s, v)",
                       [setting, value])


@pytest.mark.slow
def test_axe_finds_nothing_in_any_theme(browser: Browser, pages: dict[str, Path],
                                        built: tuple[Path, Article]) -> None:
    """Every WCAG 2.2 A/AA/AAA rule on every page in the light theme with the settings
    panel open; then the colour rules (all that a theme changes) in the dark and
    high-contrast themes on the pages with links, code, quotes and captions, and in the
    automatic theme under a dark and a more-contrast system."""
    for path in [*pages.values(), built[0]]:
        page = browser.open(path)
        try:
            page.page.click(".tools-toggle")
            _set(page, "theme", "light")
            assert page.axe() == [], path.name
            if path.stem not in ("built-article", "ar-solar-explainer"):
                continue
            for theme in ("dark", "contrast"):
                _set(page, "theme", theme)
                assert page.axe(rules=COLOUR_RULES) == [], (path.name, theme)
        finally:
            page.close()
    for scheme, contrast in (("dark", "no-preference"), ("light", "more")):
        page = browser.open(built[0], color_scheme=scheme, contrast=contrast)  # type: ignore[arg-type]
        try:
            assert page.axe(rules=COLOUR_RULES) == [], (scheme, contrast)
        finally:
            page.close()


@pytest.mark.slow
def test_large_print_measures(browser: Browser, example_page: tuple[Path, Article]) -> None:
    page = browser.open(example_page[0])
    try:
        assert page.px("body", "font-size") >= 24
        assert page.min_font_px() >= 24
        for selector in ("main p", "li", "figcaption"):
            if page.page.query_selector(selector):
                ratio = page.px(selector, "line-height") / page.px(selector, "font-size")
                assert ratio >= 1.5, selector
        assert 40 <= page.max_line_chars() <= 80
        styles = page.page.evaluate("""() => [...document.querySelectorAll('body *')].map(
            (el) => [getComputedStyle(el).letterSpacing, getComputedStyle(el).textAlign])""")
        assert {s for s, _ in styles} == {"normal"}
        assert "justify" not in {a for _, a in styles}
    finally:
        page.close()


@pytest.mark.slow
def test_reflows_at_320px_and_survives_text_spacing(
        browser: Browser, pages: dict[str, Path], built: tuple[Path, Article]) -> None:
    """No sideways scrolling at 320px, at the standard and the largest text size, and
    nothing clipped or overlapping under the WCAG 1.4.12 spacing overrides."""
    for path in [*pages.values(), built[0]]:
        page = browser.open(path, width=320, height=800)
        try:
            for size in ("1", "4"):
                _set(page, "size", size)
                assert page.scroll_width() <= 320, (path.name, size)
            page.apply_text_spacing()
            assert page.scroll_width() <= 320, path.name
            assert page.clipped_boxes() == [], path.name
        finally:
            page.close()


@pytest.mark.slow
def test_no_network_no_errors_and_the_whole_text_in_order(
        browser: Browser, example_page: tuple[Path, Article]) -> None:
    path, article = example_page
    page = browser.open(path)
    try:
        assert page.external == [] and page.console_errors == []
        text = _words(page.text())
        pos = 0
        for expected in [_words(article.title), *_expected_texts(article)]:
            found = text.find(expected, pos)
            assert found >= 0, f"missing or out of order: {expected[:60]}"
            pos = found + len(expected)
    finally:
        page.close()


@pytest.mark.slow
def test_built_article_text_in_order_and_no_script_runs(
        browser: Browser, built: tuple[Path, Article]) -> None:
    path, article = built
    page = browser.open(path)
    try:
        assert page.page.evaluate("typeof window.pwned") == "undefined"
        assert page.page.evaluate("document.scripts.length") == 1
        text = _words(page.text())
        pos = 0
        for expected in _expected_texts(article):
            found = text.find(expected, pos)
            assert found >= 0, f"missing or out of order: {expected[:60]}"
            pos = found + len(expected)
        assert page.external == []
    finally:
        page.close()


def _active(page: OfflinePage, attribute: str) -> str | None:
    value: str | None = page.page.evaluate(
        "(a) => document.activeElement.getAttribute(a)", attribute)
    return value


def _tab_to(page: OfflinePage, setting: str, value: str) -> None:
    for _ in range(20):
        page.page.keyboard.press("Tab")
        if page.page.evaluate(
                "([s, v]) => document.activeElement.matches("
                "`[data-setting=${s}] button[data-value='${v}']`)", [setting, value]):
            return
    raise AssertionError(f"{setting}={value} is not reachable with Tab")


def _pressed(page: OfflinePage, setting: str) -> list[str]:
    values: list[str] = page.page.eval_on_selector_all(
        f"[data-setting={setting}] button[aria-pressed=true]",
        "(bs) => bs.map((b) => b.dataset.value)")
    return values


@pytest.mark.slow
def test_controls_work_by_keyboard_and_are_remembered(browser: Browser,
                                                      pages: dict[str, Path]) -> None:
    page = browser.open(pages["ar-library-audiobooks"])
    keys = page.page.keyboard
    try:
        assert page.page.is_visible(".tools-toggle")
        assert not page.page.is_visible("#reader-panel")
        keys.press("Tab")
        assert _active(page, "class") == "skip-link"
        keys.press("Tab")
        assert _active(page, "class") == "tools-toggle"
        keys.press("Enter")
        assert page.page.get_attribute(".tools-toggle", "aria-expanded") == "true"
        assert page.page.is_visible("#reader-panel")
        assert _pressed(page, "size") == ["1"] and _pressed(page, "theme") == ["auto"]

        light_bg = page.style("html", "background-color")
        assert page.px("body", "font-size") == 24
        _tab_to(page, "size", "2")
        assert page.page.evaluate(
            "getComputedStyle(document.activeElement).outlineStyle") != "none"
        keys.press("Space")
        assert page.px("body", "font-size") == 30
        assert _pressed(page, "size") == ["2"]

        _tab_to(page, "theme", "dark")
        keys.press("Enter")
        assert page.style("html", "background-color") != light_bg
        assert _pressed(page, "theme") == ["dark"]

        _tab_to(page, "spacing", "3")
        line = page.px("main p", "line-height")
        keys.press("Enter")
        assert page.px("main p", "line-height") > line * 1.3

        keys.press("Escape")
        assert not page.page.is_visible("#reader-panel")
        assert _active(page, "class") == "tools-toggle"

        page.reload()  # a later visit: the choices come back
        assert page.px("body", "font-size") == 30
        assert page.style("html", "background-color") != light_bg
        assert (_pressed(page, "size"), _pressed(page, "theme"), _pressed(page, "spacing")) \
            == (["2"], ["dark"], ["3"])
    finally:
        page.close()


@pytest.mark.slow
def test_defaults_follow_system_preferences(browser: Browser, pages: dict[str, Path]) -> None:
    path = pages["en-river-cleanup"]
    backgrounds = {}
    for scheme, contrast in (("light", "no-preference"), ("dark", "no-preference"),
                             ("light", "more")):
        page = browser.open(path, color_scheme=scheme, contrast=contrast)  # type: ignore[arg-type]
        backgrounds[scheme, contrast] = page.style("html", "background-color")
        page.close()
    assert backgrounds["light", "no-preference"] == "rgb(251, 251, 247)"
    assert backgrounds["dark", "no-preference"] == "rgb(20, 20, 20)"
    assert backgrounds["light", "more"] == "rgb(0, 0, 0)"


@pytest.mark.slow
def test_page_is_complete_without_script(browser: Browser,
                                         example_page: tuple[Path, Article]) -> None:
    path, article = example_page
    page = browser.open(path, javascript=False)
    try:
        assert not page.page.is_visible("#reader-tools")
        assert not page.page.is_visible(".tools-toggle")
        text = _words(page.text())
        assert all(t in text for t in _expected_texts(article))
        assert page.px("body", "font-size") >= 24
    finally:
        page.close()


@pytest.mark.slow
def test_print_shows_black_on_white_without_controls(browser: Browser,
                                                     built: tuple[Path, Article]) -> None:
    page = browser.open(built[0], color_scheme="dark")
    try:
        page.page.emulate_media(media="print")
        assert page.style("#reader-tools", "display") == "none"
        assert page.style("html", "background-color") == "rgb(255, 255, 255)"
        assert page.style("main p", "color") == "rgb(0, 0, 0)"
        after = page.page.eval_on_selector(
            "main a[href^=http]", "(a) => getComputedStyle(a, '::after').content")
        assert "https://example.org/" in after
    finally:
        page.close()


@pytest.mark.slow
def test_the_request_recorder_sees_requests(browser: Browser, tmp_path: Path) -> None:
    """Guards the no-network assertions above: a page that asks is caught."""
    probe = tmp_path / "probe.html"
    probe.write_text('<!DOCTYPE html><html lang="en"><title>p</title>'
                     '<img alt="" src="http://127.0.0.1:9/probe.png">')
    page = browser.open(probe)
    try:
        assert page.external == ["http://127.0.0.1:9/probe.png"]
    finally:
        page.close()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["08-sa-aawsat-king-salman-100-days-very-long",
                                  "11-sa-aawsat-arab-app-developers-mixed-latin-urls"])
def test_corpus_articles_stay_readable(browser: Browser, corpus: Path, tmp_path: Path,
                                       name: str) -> None:
    article = load_article(corpus / f"{name}.json")
    # Noto Naskh Arabic: the other Arabic face gets measured too (and subsets fastest)
    path = LargePrintHtmlExporter(HtmlOptions(font="naskh")).export(article, tmp_path)[0]
    wide = browser.open(path)
    try:
        assert wide.max_line_chars() <= 80
        text = _words(wide.text())
        assert all(t in text for t in _expected_texts(article))
    finally:
        wide.close()
    narrow = browser.open(path, width=320, height=800)
    try:
        assert narrow.scroll_width() <= 320
    finally:
        narrow.close()
