"""Read-along in the large-print page: an audio player (labelled, keyboard operable,
with a speed control) that highlights the sentence being spoken and keeps it in view,
from the WebVTT cues embedded in the page. Played for real in Debian's headless
Chromium (muted), checked with axe-core in every theme, and without script."""

from __future__ import annotations

import base64
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import html as lxml_html
from PIL import Image as PILImage

from artexport import Article, export, load_article
from artexport.errors import ExportError
from artexport.exporters.html import THEMES, HtmlOptions, LargePrintHtmlExporter
from artexport.narration import AudioOptions, Narration, readalong
from browser import Browser, OfflinePage, launch
from conftest import EXAMPLES
from test_readalong_epub import READALONG_MD

# The page's own text track, loaded and read by the page's script.
TRACK_READY_JS = """async () => {
  const track = document.querySelector('#narration track');
  for (let i = 0; i < 100 && track.readyState !== 2; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return track.readyState;
}"""

# Play (muted) from `start` for `ms` milliseconds, pause, and report what is shown.
PLAY_JS = """async ([start, ms]) => {
  const audio = document.getElementById('narration');
  audio.muted = true;
  audio.currentTime = start;
  await audio.play();
  await new Promise((r) => setTimeout(r, ms));
  audio.pause();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const active = [...document.querySelectorAll('.ra-active')];
  const box = active.length ? active[0].getBoundingClientRect() : null;
  return {time: audio.currentTime, active: active.map((el) => el.id),
          visible: box !== null && box.top >= 0 && box.bottom <= window.innerHeight};
}"""

# Seek without playing and look at the very next frame (no time for smooth scrolling).
SEEK_JS = """async (time) => {
  const audio = document.getElementById('narration');
  audio.currentTime = time;
  await new Promise((r) => audio.addEventListener('seeked', r, {once: true}));
  await new Promise((r) => requestAnimationFrame(r));
  const el = document.querySelector('.ra-active');
  const box = el.getBoundingClientRect();
  return {id: el.id, visible: box.top >= 0 && box.bottom <= window.innerHeight,
          transition: getComputedStyle(el).transitionDuration};
}"""


@dataclass(frozen=True)
class VttCue:
    ident: str
    start: float
    end: float
    text: str


def _seconds(stamp: str) -> float:
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def _page_cues(path: Path) -> list[VttCue]:
    """The WebVTT cues the page carries in its <track> (a data: URI)."""
    tree = lxml_html.fromstring(path.read_bytes())
    (src,) = tree.xpath("//audio[@id='narration']/track/@src")
    assert src.startswith("data:text/vtt;base64,")
    vtt = base64.b64decode(src.split(",", 1)[1]).decode("utf-8")
    cues = []
    for block in vtt.split("\n\n")[1:]:
        lines = block.strip().split("\n")
        if len(lines) >= 3:
            start, end = lines[1].split(" --> ")
            cues.append(VttCue(lines[0], _seconds(start), _seconds(end), " ".join(lines[2:])))
    return cues


def _element_id(cue: VttCue) -> str:
    """The sentence element of a cue: "b3-s0" -> "s-3-0", "title-s0" -> "s-title-0"."""
    m = re.fullmatch(r"(?:b(\d+)|([a-z]+))-s(\d+)", cue.ident)
    assert m, cue.ident
    return f"s-{m.group(1) or m.group(2)}-{m.group(3)}"


# ---- fixtures -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch() as b:
        yield b


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Read-along pages: the read-along test article (Arabic) and an English example."""
    folder = tmp_path_factory.mktemp("articles") / "ar-readalong"
    folder.mkdir()
    (folder / "article.md").write_text(READALONG_MD, encoding="utf-8")
    PILImage.new("RGB", (60, 40), (20, 90, 160)).save(folder / "chart.png")
    out = tmp_path_factory.mktemp("html-audio")
    exporter = LargePrintHtmlExporter({"with_audio": "yes"})
    return {"ar": exporter.export(load_article(folder), out)[0],
            "en": exporter.export(load_article(EXAMPLES / "en-river-cleanup"), out)[0]}


def _open(browser: Browser, path: Path, **kwargs: object) -> OfflinePage:
    page = browser.open(path, **kwargs)  # type: ignore[arg-type]
    assert page.page.evaluate(TRACK_READY_JS) == 2  # the cues loaded
    return page


# ---- the acceptance test: highlight follows the audio ----------------------------------------

@pytest.mark.slow
def test_playing_highlights_the_sentence_whose_cue_spans_the_time(
        browser: Browser, pages: dict[str, Path]) -> None:
    cues = _page_cues(pages["ar"])
    by_id = {c.ident: c for c in cues}
    # a short viewport, so later sentences have to be scrolled into view
    page = _open(browser, pages["ar"], width=800, height=420)
    try:
        # inside bold text, inside an isolated Latin run, a list item, the last caption
        for ident in ("b0-s1", "b1-s1", "b3-s1", "b5-s0"):
            cue = by_id[ident]
            shown = page.page.evaluate(PLAY_JS, [cue.start + 0.05, 300])
            assert cue.start <= shown["time"] <= cue.end, (ident, shown)
            assert shown["active"] == [_element_id(cue)], (ident, shown)
            assert shown["visible"], ident
            text = page.page.eval_on_selector(f"#{_element_id(cue)}", "el => el.textContent")
            assert " ".join(text.split()) == cue.text
        assert page.console_errors == [] and page.external == []
    finally:
        page.close()


def test_every_cue_has_its_sentence_on_the_page_in_reading_order(pages: dict[str, Path]) -> None:
    for path in pages.values():
        tree = lxml_html.fromstring(path.read_bytes())
        marked = [el.get("id") for el in tree.iter() if re.fullmatch(
            r"s-(\d+|[a-z]+)-\d+", el.get("id") or "")]
        cues = _page_cues(path)
        assert marked == [_element_id(c) for c in cues]  # one each, same order
        for cue in cues:
            (el,) = tree.xpath(f"//*[@id='{_element_id(cue)}']")
            if el.tag in ("time", "pre"):  # the date: spoken in words, shown in figures;
                continue  # a code block: a notice that it is not read is said for it
            assert " ".join(el.text_content().split()) == cue.text


def test_sentence_spans_keep_isolation_and_inline_markup(pages: dict[str, Path]) -> None:
    tree = lxml_html.fromstring(pages["ar"].read_bytes())

    def sentence(ident: str) -> lxml_html.HtmlElement:
        (el,) = tree.xpath(f"//*[@id='{ident}']")
        return el

    assert sentence("s-0-1").xpath("string(strong)") == "وشارك فيها"
    assert [sentence(f"s-0-{n}").xpath("string(a/@href)") for n in (2, 3)] == \
        ["https://example.org/report"] * 2
    assert [(b.text, b.get("dir"), b.get("lang")) for n in (0, 1)
            for b in sentence(f"s-1-{n}").xpath("bdi")] == [
        ("Apple Inc.", "ltr", "en"), ("The company", "ltr", "en")]


# ---- the player ---------------------------------------------------------------------------

@pytest.mark.slow
def test_player_is_labelled_and_its_speed_works_by_keyboard(
        browser: Browser, pages: dict[str, Path]) -> None:
    page = _open(browser, pages["ar"])
    try:
        pw = page.page
        assert pw.eval_on_selector("#narration", "a => a.controls && a.canPlayType('audio/mpeg')")
        label = pw.eval_on_selector(
            "#narration", "a => document.getElementById(a.getAttribute('aria-labelledby'))"
                          ".textContent")
        assert label == "استمع"
        slider = pw.get_by_label("السرعة")
        assert slider.is_visible()
        # keyboard: Tab reaches the player, then the speed; arrows change the speed
        order = []
        for _ in range(12):
            pw.keyboard.press("Tab")
            order.append(pw.evaluate("document.activeElement.id"))
        assert "narration" in order and "listen-speed" in order
        assert order.index("narration") < order.index("listen-speed")
        slider.focus()
        pw.keyboard.press("ArrowUp")
        assert pw.eval_on_selector("#narration", "a => a.playbackRate") == 1.25
        assert slider.get_attribute("aria-valuetext") == "أسرع (1.25×)"
        assert pw.text_content("#listen-rate") == "1.25×"
        page.reload()  # remembered, like the reader controls
        assert pw.eval_on_selector("#narration", "a => a.playbackRate") == 1.25
        assert pw.get_by_label("السرعة").input_value() == "2"
    finally:
        page.close()


@pytest.mark.slow
def test_without_script_a_plain_audio_player_above_the_transcript(
        browser: Browser, pages: dict[str, Path]) -> None:
    page = browser.open(pages["en"], javascript=False)
    try:
        pw = page.page
        audio = pw.locator("#narration")
        assert audio.is_visible() and audio.get_attribute("controls") is not None
        assert (audio.get_attribute("src") or "").startswith("data:audio/mpeg;base64,")
        assert not pw.locator("#listen-tools").is_visible()  # the slider needs script
        text = page.text()
        assert "Listen" in text
        for cue in _page_cues(pages["en"]):  # the article itself is the transcript
            if not cue.ident.startswith(("date-", "updated-")):  # dates are said in words
                assert cue.text in " ".join(text.split())
        assert pw.locator(".ra-active").count() == 0
        assert page.external == []
    finally:
        page.close()


@pytest.mark.slow
def test_reduced_motion_jumps_to_the_sentence_without_animation(
        browser: Browser, pages: dict[str, Path]) -> None:
    cues = _page_cues(pages["en"])
    page = _open(browser, pages["en"], width=1024, height=500)
    try:
        page.page.emulate_media(reduced_motion="reduce")
        last = cues[-1]
        shown = page.page.evaluate(SEEK_JS, (last.start + last.end) / 2)
        assert shown == {"id": _element_id(last), "visible": True, "transition": "0s"}
    finally:
        page.close()


@pytest.mark.slow
@pytest.mark.parametrize("theme", sorted(THEMES))
def test_highlight_keeps_aaa_contrast_in_every_theme(browser: Browser, pages: dict[str, Path],
                                                     theme: str) -> None:
    page = browser.open(pages["ar"])
    try:
        page.page.evaluate("""(theme) => {
            document.documentElement.setAttribute('data-theme', theme);
            // a sentence with a link, one with an isolated Latin run, the date
            for (const id of ['s-0-2', 's-1-0', 's-date-0']) {
                document.getElementById(id).classList.add('ra-active');
            }
        }""", theme)
        assert page.axe() == []
        colours = page.page.eval_on_selector(
            "#s-0-2 a", "a => [getComputedStyle(a).color, getComputedStyle(a).backgroundColor]")
        assert colours[0] != colours[1]
    finally:
        page.close()


def test_page_without_audio_has_no_player(pages: dict[str, Path], tmp_path: Path) -> None:
    (path,) = LargePrintHtmlExporter().export(load_article(EXAMPLES / "en-river-cleanup"),
                                              tmp_path)
    tree = lxml_html.fromstring(path.read_bytes())
    assert not tree.xpath("//audio") and not tree.xpath("//*[starts-with(@id, 's-')]")
    csp = tree.xpath("string(//meta[@http-equiv='Content-Security-Policy']/@content)")
    assert "media-src" not in csp
    with_audio = lxml_html.fromstring(pages["en"].read_bytes())
    assert "media-src data:" in with_audio.xpath(
        "string(//meta[@http-equiv='Content-Security-Policy']/@content)")
    # the sentence marking adds no text: apart from the player, the article reads the same
    for player in with_audio.xpath("//section[@class='listen']"):
        player.drop_tree()
    assert " ".join(with_audio.xpath("string(//article)").split()) == \
        " ".join(tree.xpath("string(//article)").split())


def test_read_along_options_are_checked_when_given() -> None:
    with pytest.raises(ExportError, match=r"rate must be 40\.\.600"):
        HtmlOptions(with_audio=True, rate=5)
    options = LargePrintHtmlExporter({"with_audio": "yes", "voice": "ar", "theme": "dark"}).options
    assert (options.with_audio, options.audio_options().voice, options.theme) == \
        (True, "ar", "dark")


def test_one_synthesis_pass_drives_the_book_and_the_page(
        pages: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = readalong.synthesize_article

    def counted(article: Article, options: AudioOptions) -> Narration:
        calls.append(article.slug)
        return real(article, options)

    monkeypatch.setattr(readalong, "synthesize_article", counted)
    readalong._narrate.cache_clear()
    article = load_article(EXAMPLES / "en-river-cleanup")
    written = {p.suffix: p for p in export(
        article, ["epub", "html", "audio"], tmp_path,
        options={"epub": {"with_audio": True}, "html": {"with_audio": True}})}
    epub_path, html_path, mp3_path = written[".epub"], written[".html"], written[".mp3"]
    assert calls == ["en-river-cleanup"]
    with zipfile.ZipFile(epub_path) as book:
        in_book = book.read("EPUB/audio/narration.mp3")
    tree = lxml_html.fromstring(html_path.read_bytes())
    src = tree.xpath("string(//audio[@id='narration']/@src)")
    assert base64.b64decode(src.split(",", 1)[1]) == in_book == mp3_path.read_bytes()
