"""Drive Debian's Chromium from tests: offline pages, axe-core, computed styles.

Reusable by every test that opens an exported page (the large-print HTML now, audio
read-along later). One :class:`Browser` per test module (a module-scoped fixture) keeps
the suite fast: launching Chromium costs about a second, a new page a few milliseconds.

Requirements (installed by ``pip install -e .[dev]``, no browser download): the
``playwright`` package drives the system Chromium (``/usr/bin/chromium`` or
``$ARTEXPORT_CHROMIUM``), and ``axe-playwright-python`` ships ``axe.min.js``, which is
injected into the page.

    with launch() as browser:
        page = browser.open(path, width=320)
        assert page.axe() == []
        assert page.external == []
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from playwright.sync_api import Browser as PwBrowser
from playwright.sync_api import (
    BrowserContext,
    ConsoleMessage,
    Page,
    Playwright,
    Request,
    sync_playwright,
)

CHROMIUM = os.environ.get("ARTEXPORT_CHROMIUM", "/usr/bin/chromium")
# No sandbox (tests may run as root), no GPU, and nothing that phones home on its own:
# any request a page makes is then the page's own.
CHROMIUM_FLAGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync",
                  "--disable-quic")
# WCAG 2.0/2.1/2.2 A, AA and AAA: AAA brings color-contrast-enhanced (7:1).
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag21aaa",
             "wcag22a", "wcag22aa", "wcag22aaa")

# The axe rules whose outcome depends on colours: what changes between themes.
COLOUR_RULES = ("color-contrast", "color-contrast-enhanced", "link-in-text-block")

ColorScheme = Literal["light", "dark", "no-preference"]
Contrast = Literal["more", "no-preference"]


def axe_source() -> str:
    """axe-core's ``axe.min.js`` as shipped by the ``axe-playwright-python`` wheel."""
    return (resources.files("axe_playwright_python") / "axe.min.js").read_text("utf-8")


@dataclass
class OfflinePage:
    """A page whose network access is recorded and refused.

    ``external`` lists every request that was neither the page's own file nor a
    ``data:``/``blob:`` URI; ``console_errors`` collects console errors (a
    Content-Security-Policy refusal is reported there).
    """

    page: Page
    context: BrowserContext
    url: str
    external: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def axe(self, tags: tuple[str, ...] = WCAG_TAGS,
            rules: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        """Run axe-core on the page; return its violations (id, impact, targets).

        ``tags`` selects rules by WCAG level; ``rules`` (rule ids, e.g.
        :data:`COLOUR_RULES`) runs just those instead.
        """
        if not self.page.evaluate("typeof window.axe !== 'undefined'"):
            self.page.add_script_tag(content=axe_source())
        run_only = ({"type": "rule", "values": list(rules)} if rules is not None
                    else {"type": "tag", "values": list(tags)})
        result: list[dict[str, Any]] = self.page.evaluate(
            """async (runOnly) => {
                const r = await window.axe.run(document,
                    {runOnly: runOnly, resultTypes: ['violations']});
                return r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' '))}));
            }""", run_only)
        return result

    def style(self, selector: str, prop: str) -> str:
        """The computed value of CSS property ``prop`` on the first match of ``selector``."""
        value: str = self.page.eval_on_selector(
            selector, "(el, prop) => getComputedStyle(el).getPropertyValue(prop)", prop)
        return value

    def px(self, selector: str, prop: str) -> float:
        """A computed length in px (``font-size``, ``line-height``...)."""
        return float(self.style(selector, prop).removesuffix("px"))

    def scroll_width(self) -> int:
        """The widest of the document's and the body's scroll widths."""
        width: int = self.page.evaluate(
            "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
        return width

    def text(self) -> str:
        """What a reader sees: the body's rendered text."""
        text: str = self.page.evaluate("document.body.innerText")
        return text

    def min_font_px(self) -> float:
        """The smallest computed font size of any visible text on the page."""
        size: float = self.page.evaluate(_MIN_FONT_JS)
        return size

    def max_line_chars(self) -> int:
        """The most characters on one rendered line of running text (headings and
        program text excluded), counted per character like WCAG 1.4.8 readers count."""
        count: int = self.page.evaluate(_MAX_LINE_JS)
        return count

    def apply_text_spacing(self) -> None:
        """Inject the WCAG 1.4.12 text-spacing overrides (the bookmarklet's values)."""
        self.page.add_style_tag(content=TEXT_SPACING_CSS)

    def clipped_boxes(self) -> list[str]:
        """Boxes that hide overflowing text or spill it out of a fixed height."""
        boxes: list[str] = self.page.evaluate(_CLIPPED_JS)
        return boxes

    def reload(self) -> None:
        """Reload in the same context (storage kept), waiting for fonts."""
        self.page.reload(wait_until="load")
        self.page.evaluate("document.fonts.ready.then(() => true)")

    def close(self) -> None:
        self.context.close()


class Browser:
    """One headless Chromium; :meth:`open` gives each page its own offline context."""

    def __init__(self) -> None:
        from conftest import require

        require(Path(CHROMIUM).is_file(), f"Chromium ({CHROMIUM})",
                "scripts/system-deps.sh test (Debian chromium), or set ARTEXPORT_CHROMIUM")
        self._pw: Playwright = sync_playwright().start()
        try:
            self.browser: PwBrowser = self._pw.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=list(CHROMIUM_FLAGS))
        except Exception:
            self._pw.stop()
            raise

    def open(self, path: Path | str, *, width: int = 1280, height: int = 900,
             color_scheme: ColorScheme = "light", contrast: Contrast = "no-preference",
             javascript: bool = True) -> OfflinePage:
        """Open a local file in a fresh context, offline, and wait for its fonts."""
        context = self.browser.new_context(
            viewport={"width": width, "height": height}, device_scale_factor=1,
            color_scheme=color_scheme, contrast=contrast, java_script_enabled=javascript)
        url = Path(path).resolve().as_uri()
        page = context.new_page()
        opened = OfflinePage(page, context, url)

        def record(request: Request) -> None:
            if request.url != url and not request.url.startswith(("data:", "blob:")):
                opened.external.append(request.url)

        def console(message: ConsoleMessage) -> None:
            if message.type == "error":
                opened.console_errors.append(message.text)

        context.on("request", record)
        page.on("console", console)
        # Refuse everything but the page itself, so a test never reaches the network.
        context.route(lambda u: not u.startswith(("file:", "data:", "blob:")),
                      lambda route: route.abort())
        page.goto(url, wait_until="load")
        if javascript:
            page.evaluate("document.fonts.ready.then(() => true)")
        return opened

    def close(self) -> None:
        try:
            self.browser.close()
        finally:
            self._pw.stop()


@contextmanager
def launch() -> Iterator[Browser]:
    """A Browser for the duration of a ``with`` block (or a module-scoped fixture)."""
    browser = Browser()
    try:
        yield browser
    finally:
        browser.close()


# ---- in-page measurements ---------------------------------------------------------------
TEXT_SPACING_CSS = ("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; "
                    "word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }")

_MIN_FONT_JS = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let min = Infinity;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.data.trim() || !el || !el.getClientRects().length) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'hidden') min = Math.min(min, parseFloat(cs.fontSize));
  }
  return min;
}"""

_MAX_LINE_JS = r"""() => {
  const blocks = document.querySelectorAll('p, li, figcaption, dd, dt');
  const range = document.createRange();
  let most = 0;
  for (const block of blocks) {
    const size = parseFloat(getComputedStyle(block).fontSize);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let top = null, count = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) {
        if (/\p{M}/u.test(n.data[i])) continue;
        range.setStart(n, i); range.setEnd(n, i + 1);
        const r = range.getClientRects()[0];
        if (!r || (r.width === 0 && r.height === 0)) continue;
        if (top === null || r.top > top + size * 0.6) { top = r.top; count = 0; }
        most = Math.max(most, ++count);
      }
    }
  }
  return most;
}"""

_CLIPPED_JS = """() => {
  const out = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
  for (const el of document.body.querySelectorAll('*')) {
    if (!el.textContent.trim()) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.display.startsWith('inline')) continue;
    const hides = (v) => v === 'hidden' || v === 'clip';
    const overX = el.scrollWidth > el.clientWidth + 1;
    const overY = el.scrollHeight > el.clientHeight + 1;
    if ((hides(cs.overflowX) && overX) || (hides(cs.overflowY) && overY)) {
      out.push('clipped: ' + name(el));
    } else if (cs.overflowY === 'visible' && overY && el.clientHeight > 0) {
      // text spills out of a box: only a problem if the box has a fixed height
      const before = el.clientHeight;
      const old = el.style.getPropertyValue('height');
      const prio = el.style.getPropertyPriority('height');
      el.style.setProperty('height', 'auto', 'important');
      const grew = el.clientHeight > before + 1;
      el.style.setProperty('height', old, prio);
      if (grew) out.push('overlaps: ' + name(el));
    }
  }
  return out;
}"""
