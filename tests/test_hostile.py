"""Untrusted articles: every crafted input in ``tests/hostile/`` and the ones too big (or
too special: symlinks, FIFOs) to commit, each with its exact outcome.

The rules every case is held to, whatever its outcome:

* nothing reaches the network: the socket guard (``tests/socket_guard.py``) records and
  refuses every resolve and connect, and the test asserts there was none;
* nothing outside the article folder, the output folder, the packaged templates and
  fonts and the Python installation is opened (an audit hook records every ``open``);
  canary files sit right beside each article to be "stolen";
* a refused article raises one :class:`~artexport.errors.ArticleError` whose message is
  exactly ``"<file>: <problem>"``;
* an accepted article exports to every format, each output passes its exporter's own
  structural checks (``test_properties.py``) and contains no canary.

``tests/hostile/README.md`` is the table of inputs and outcomes; a test keeps it in step
with :data:`CASES`. One full conversion also runs in a subprocess under an audit hook
(and under ``strace`` when it is installed), where pytest's own file access cannot hide
anything.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image as PILImage

from artexport import export, get_exporter, load_article
from artexport.batch import convert_tree
from artexport.errors import ArtexportError, ArtexportWarning, ArticleError
from artexport.model import Article, Figure, Image, Paragraph, Span, plain_text
from artexport.resources import DEFAULT_LIMITS, Limits, ResourceGuard
from conftest import require_tool
from socket_guard import (
    AccessLog,
    allowed_roots,
    audited_script,
    no_network,
    outside,
    read_report,
)
from test_hostile_round2 import ROUND2
from test_properties import check_output, export_options, fast_fonts

__all__ = ["fast_fonts"]  # a fixture, used by name

HOSTILE = Path(__file__).resolve().parent / "hostile"
FORMATS = ("html", "epub", "pdf", "audio")
CANARY_TEXT = "TOP-SECRET-CANARY-7f3a"
CANARIES = ("root:x:0:0", CANARY_TEXT)  # /etc/passwd's first line, our secret.txt

EN1 = ("The harbour office has published new tide tables for the summer season, "
       "with times for both piers.")
EN2 = "Boat owners should check the times before setting out, the office said on Friday."
AR1 = ("افتتحت البلدية صباح اليوم ركنا جديدا للكتب المسموعة في المكتبة العامة، "
       "بحضور عدد من القراء.")
AR2 = "وقالت مديرة المكتبة إن الركن يضم أكثر من ثلاثمئة كتاب مسموع باللغة العربية."


# ---- expected outcomes ------------------------------------------------------------------

@dataclass(frozen=True)
class Refused:
    """``load_article`` raises ArticleError("<source>: <problem>") exactly."""

    problem: str
    source: str | None = None  # the file the error names, inside the case folder


@dataclass(frozen=True)
class Loaded:
    """The article loads with exactly these warnings ("{src}" is the source file) and
    passes ``check``; then it exports to every format."""

    warnings: tuple[str, ...] = ()
    check: Callable[[Article], None] | None = None


@dataclass(frozen=True)
class Survives:
    """A fuzzer's find: loads, or is refused with an ArticleError -- never a crash."""


def paragraphs(article: Article) -> list[str]:
    """The text of each paragraph block."""
    return [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)]


def figures(article: Article) -> list[tuple[str, Path | None]]:
    """(src, resolved path) of the lead image and every figure."""
    return [(f.image.src, f.image.path) for f in article.figures()]


def hrefs(article: Article) -> list[str]:
    """Every link target left in the paragraphs."""
    return [s.href for b in article.blocks if isinstance(b, Paragraph)
            for s in b.spans if s.href]


def _paragraphs_are(*expected: str) -> Callable[[Article], None]:
    """A check that the paragraphs are exactly ``expected``."""
    def check(article: Article) -> None:
        assert paragraphs(article) == list(expected)
    return check


NOT_FETCHED = ("{src}: image {ref!r} is not a file in the article folder (remote and inline "
               "images are never fetched); the figure is kept as a name and caption and is "
               "not rendered")
REFUSED = ("{src}: refused {ref!r}: {why}; the figure is kept as a name and caption and is "
           "not rendered")
DOTDOT = "'..' leads out of the article folder"
OUTSIDE = "it resolves outside the article folder"


def _check_remote_images(article: Article) -> None:
    assert figures(article) == [
        ("http://127.0.0.1:9/lead.jpg", None), ("http://127.0.0.1:9/a.png", None),
        ("https://example.invalid/b.jpg", None), ("//example.invalid/c.png", None),
        ("ftp://example.invalid/d.png", None),
        ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8B"
         "QDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", None)]
    assert paragraphs(article) == [EN1, EN2]


def _check_remote_references(article: Article) -> None:
    assert figures(article) == [("photo.jpg", None), ("https://example.invalid/pic.jpg", None)]
    # (the paragraph above the photos shares the text's container: the lede)
    assert article.subtitle is None and paragraphs(article) == [EN1, EN2]
    assert "127.0.0.1" not in article.to_json()


def _check_script_html(article: Article) -> None:
    everything = article.to_json()
    for payload in ("alert", "noscript-payload", "template-payload", "display:none",
                    "position:fixed", "javascript", "vbscript", "data:text"):
        assert payload not in everything, payload
    # the line of six one-letter links is link furniture to the extractor; what is left
    # of it keeps only the web link (test_reader_html checks links in running text)
    assert set(hrefs(article)) <= {"https://example.org/library"}
    assert paragraphs(article)[0] == AR1 and paragraphs(article)[-1] == AR2


def _check_script_markdown(article: Article) -> None:
    text = "\n".join(paragraphs(article))
    assert "alert('inline-script')" not in text and "block-script" not in text
    assert "inline-img" not in text and "iframe" not in text
    assert hrefs(article) == ["https://example.org/library"]
    # markup in metadata is kept as text (every exporter escapes it)
    assert article.title == "ركن الكتب <script>alert('title')</script> المسموعة"


def _check_script_json(article: Article) -> None:
    assert hrefs(article) == ["https://example.org/tides"]  # javascript: dropped
    assert article.source_url is None
    spans = [s for b in article.blocks if isinstance(b, Paragraph) for s in b.spans]
    assert all(s.lang in (None, "en") for s in spans)  # the attribute-breaking tag is gone
    assert article.headings()[0].id == "script-alert-id-script"


def _check_bidi(article: Article) -> None:
    controls = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
    assert not controls & set(article.plain_text() + article.slug)
    assert article.title == "العنوان txt.exe" and article.slug == "evil-gpj.exe"
    assert article.authors[0].name == "سلمى"


def _check_slug(article: Article) -> None:
    assert article.slug == "tmp-artexport-escape"


def _check_controls(article: Article) -> None:
    text = article.plain_text()
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]", text), repr(text)
    assert article.title == "Tide tables [2J updated"


def _check_xxe(article: Article) -> None:
    assert paragraphs(article) == [EN1, EN2]
    assert "&" not in article.plain_text()


CASES: dict[str, Refused | Loaded | Survives] = {
    # XML parser attacks
    "xxe-file": Loaded(("{src}: entities &secret;, &sibling; are declared by the page and "
                        "were not expanded",), _check_xxe),
    "xxe-remote": Loaded(("{src}: entities &remote; are declared by the page and were not "
                          "expanded",), _paragraphs_are(EN1, EN2)),
    "xxe-parameter-entity": Loaded((), _paragraphs_are(EN1, EN2)),
    "external-dtd": Loaded((), _paragraphs_are(EN1, EN2)),
    "billion-laughs": Loaded(("{src}: entities &lol9; are declared by the page and were not "
                              "expanded",), _paragraphs_are(AR1, AR2)),
    "quadratic-blowup": Loaded(("{src}: entities &a; are declared by the page and were not "
                                "expanded",), _paragraphs_are(EN1, EN2)),
    "yaml-billion-laughs": Refused("the metadata is too large (over 10000 values or 64 "
                                   "levels deep)"),
    "yaml-python-object": Refused("malformed front matter at line 2: could not determine a "
                                  "constructor for the tag "
                                  "'tag:yaml.org,2002:python/object/apply:os.system'"),
    # paths and resources
    "path-traversal": Loaded(tuple(REFUSED.format(src="{src}", ref=r, why=DOTDOT) for r in (
        "../secret.png", "../../../../../../etc/passwd", "%2e%2e/secret.png",
        "..%2fsecret.png", "sub%5C..%5C..%5Csecret.png")), _paragraphs_are(AR1, AR2)),
    "absolute-and-file-urls": Loaded((
        REFUSED.format(src="{src}", ref="/etc/passwd", why="absolute paths are not allowed"),
        REFUSED.format(src="{src}", ref="file:///etc/passwd", why=OUTSIDE),
        REFUSED.format(src="{src}", ref="file://localhost/etc/shadow", why=OUTSIDE),
        REFUSED.format(src="{src}", ref="file:../secret.png", why=DOTDOT),
    ), _paragraphs_are(EN1, EN2)),
    "remote-images": Loaded((
        NOT_FETCHED.format(src="{src}", ref="http://127.0.0.1:9/a.png"),
        NOT_FETCHED.format(src="{src}", ref="https://example.invalid/b.jpg"),
        REFUSED.format(src="{src}", ref="//example.invalid/c.png",
                       why="absolute paths are not allowed"),
        NOT_FETCHED.format(src="{src}", ref="ftp://example.invalid/d.png"),
        NOT_FETCHED.format(src="{src}", ref="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEA"
                                            "AAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMI"
                                            "QAAAABJRU5ErkJggg=="),
        NOT_FETCHED.format(src="{src}", ref="http://127.0.0.1:9/lead.jpg"),
    ), _check_remote_images),
    "remote-references-html": Loaded((
        NOT_FETCHED.format(src="{src}", ref="https://example.invalid/pic.jpg"),
        "{src}: 'photo.jpg' does not exist; the figure is kept as a name and caption and is "
        "not rendered",
    ), _check_remote_references),
    "svg-as-png": Refused("image 'chart.png': image format SVG is not supported (use GIF, "
                          "JPEG, PNG, WEBP)"),
    "nul-in-image-name": Refused("image 'photo%00.png' is referenced but missing"),
    # injection
    # <img src="x">: no image by its name, and no article image for the extractor
    "script-injection-html": Loaded((), _check_script_html),
    "script-injection-markdown": Loaded((
        "{src}: inline <script> dropped",
        "{src}: raw HTML block at line 8 dropped (raw HTML is never passed through)",
        "{src}: raw HTML block at line 12 dropped (raw HTML is never passed through)",
    ), _check_script_markdown),
    "script-injection-json": Loaded((), _check_script_json),
    "bidi-spoofing": Loaded((), _check_bidi),
    "slug-traversal": Loaded((), _check_slug),
    # encodings and odd bytes
    "invalid-utf8": Refused("not valid UTF-8 (byte 0xff at line 5, offset 187)"),
    "overlong-utf8": Refused("not valid UTF-8 (byte 0xc0 at line 5, offset 21)"),
    "encoded-surrogate": Refused("not valid UTF-8 (byte 0xed at line 3, offset 14)"),
    "empty": Refused("file is empty"),
    "whitespace-only": Refused("file is empty"),
    "bom-only": Refused("file is empty"),
    "binary": Refused("file is binary (contains NUL bytes), not a text article"),
    "utf16": Refused("file is binary (contains NUL bytes), not a text article"),
    "control-characters": Loaded((), _check_controls),
    "json-lone-surrogate": Refused("the text contains U+D800, a lone surrogate, which is not "
                                   "valid Unicode"),
    # nesting
    "deep-markdown": Refused("nested more than 64 levels deep"),
    "deep-html": Refused("nested more than 256 levels deep"),
    "invalid-ipv6-urls": Loaded((), _paragraphs_are(EN1 + " Details.", EN2)),
    # found by fuzz/fuzz_scrape.py
    "fuzz-scrape-stopiteration": Survives(),
}


# ---- helpers ----------------------------------------------------------------------------

@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """A folder for one case, with the canaries the article will try to reach."""
    (tmp_path / "secret.txt").write_text(CANARY_TEXT, encoding="utf-8")
    PILImage.new("RGB", (16, 16), (255, 0, 0)).save(tmp_path / "secret.png")
    (tmp_path / "scratch").mkdir()
    return tmp_path


def copy_case(name: str, sandbox: Path) -> Path:
    """The case's folder, copied beside the canaries (so "../secret.png" exists)."""
    folder = sandbox / name
    shutil.copytree(HOSTILE / name, folder)
    return folder


def source_of(folder: Path) -> Path:
    """The case's source file (``article.*``)."""
    found = [p for p in folder.iterdir() if p.name.startswith("article.")]
    return found[0]


def load_recording(path: Path) -> tuple[Article, list[str]]:
    """Load, returning the article and its ArtexportWarning messages in order."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = load_article(path)
    return article, [str(w.message) for w in caught if issubclass(w.category, ArtexportWarning)]


def export_everything(article: Article, out: Path, cache: Path) -> dict[str, list[Path]]:
    """Export ``article`` in every format (quietly); check every output's structure."""
    written = {}
    for fmt in FORMATS:
        exporter = get_exporter(fmt)(export_options(fmt, cache))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            files = exporter.export(article, out / fmt)
        assert check_output(fmt, files, article) == [], fmt
        written[fmt] = files
    return written


def readable_bytes(files: list[Path]) -> bytes:
    """The bytes of exported files, with EPUB entries decompressed."""
    out = b""
    for path in files:
        data = path.read_bytes()
        if path.suffix == ".epub":
            with zipfile.ZipFile(path) as book:
                data = b"".join(book.read(n) for n in book.namelist())
        out += data
    return out


def assert_confined(log: AccessLog, *roots: Path, case: Path | None = None) -> None:
    """No network attempt, and nothing opened outside ``roots``, the installation, the
    user's artexport cache (font subsets) and library temp files. Temp files count only
    outside ``case`` (default: the folder holding the first root), where the canaries
    are."""
    assert log.network == []
    case = case or roots[0].parent
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "artexport"
    temp = Path(tempfile.gettempdir()).resolve()
    assert [p for p in outside(log.opened, allowed_roots(*roots, cache))
            if not (Path(p).resolve().is_relative_to(temp)
                    and not Path(p).resolve().is_relative_to(case.resolve()))] == []


def assert_refused(expected: Refused, folder: Path, log_roots: tuple[Path, ...]) -> None:
    """Loading ``folder`` raises exactly ``expected``, confined."""
    with no_network() as log, pytest.raises(ArticleError) as info:
        load_recording(folder)
    source = folder / expected.source if expected.source else source_of(folder)
    problem = expected.problem.format(dir=folder)
    assert str(info.value) == f"{source}: {problem}"
    assert_confined(log, *log_roots)


# ---- the committed corpus -----------------------------------------------------------------

@pytest.mark.parametrize("name", list(CASES))
def test_corpus_case(name: str, sandbox: Path, fast_fonts: None) -> None:
    expected = CASES[name]
    folder = copy_case(name, sandbox)
    out, cache = sandbox / "out", sandbox / "cache"
    roots = (folder, out, cache)
    if isinstance(expected, Refused):
        assert_refused(expected, folder, roots)
        return
    if isinstance(expected, Survives):
        with no_network() as log:
            try:
                article, _ = load_recording(folder)
            except ArticleError as e:
                assert str(e).startswith(f"{source_of(folder)}: ")
            else:
                export_everything(article, out, cache)
        assert_confined(log, *roots)
        return
    with no_network() as log:
        article, messages = load_recording(folder)
        written = export_everything(article, out, cache)
    source = source_of(folder)
    assert messages == [m.format(src=source) for m in expected.warnings]
    if expected.check is not None:
        expected.check(article)
    seen = article.to_json().encode() + readable_bytes(
        [p for files in written.values() for p in files if p.suffix in (".html", ".epub")])
    for canary in CANARIES:
        assert canary.encode() not in seen, canary
    assert_confined(log, *roots)


def test_corpus_has_enough_cases_and_the_readme_lists_each() -> None:
    committed = sorted(p.name for p in HOSTILE.iterdir() if p.is_dir())
    assert committed == sorted(CASES)
    readme = (HOSTILE / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z0-9-]+)`", readme, re.M))
    generated = {name.removeprefix("test_").replace("_", "-") for name in GENERATED}
    assert listed == set(CASES) | generated | set(ROUND2)
    assert len(listed) >= 25


# ---- generated inputs: too big to commit, or symlinks and FIFOs ------------------------------

GENERATED = ("test_huge_text", "test_pixel_bomb", "test_image_over_byte_limit",
             "test_symlink_image_escape", "test_symlink_dir_escape",
             "test_symlink_source_escape", "test_fifo_source", "test_fifo_image",
             "test_too_many_blocks", "test_deep_json", "test_markdown_parser_bomb")


def test_huge_text(sandbox: Path) -> None:
    """50 MB of text, as each kind of source, is refused from its size before a byte of
    it is read."""
    text = sandbox / "text"
    line = ("كلمة " * 20 + "\n").encode()
    with text.open("wb") as fh:
        fh.write(b"# title\n\n")
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    size = text.stat().st_size
    for suffix in (".md", ".json", ".html", ".txt"):
        folder = sandbox / f"big{suffix}"
        folder.mkdir()
        path = folder / f"article{suffix}"
        text.rename(path)  # one name only: a hard link is refused (round two, case 1)
        text = path
        with no_network() as log, pytest.raises(ArticleError) as info:
            load_article(folder)
        assert str(info.value) == (f"{path}: file is {size} bytes, over the limit of "
                                   f"{DEFAULT_LIMITS.max_source_bytes} bytes")
        assert str(path) not in log.opened  # refused from its size alone


def _bomb(path: Path) -> Path:
    """A decompression bomb: a 20000x20000 one-bit PNG."""
    PILImage.new("1", (20000, 20000)).save(path)  # 400 Mpx, about 50 kB on disk
    return path


def test_pixel_bomb(sandbox: Path) -> None:
    """A 20000x20000 image is refused from its header (by the loader for every source
    kind), and every exporter refuses it in an Article built in Python."""
    folder = sandbox / "art"
    folder.mkdir()
    _bomb(folder / "bomb.png")
    for name, text in (("article.md", f"# t\n\n{EN1}\n\n![bomb](bomb.png)\n"),
                       ("article.html", "<html lang=en><head><title>Tide tables</title>"
                                        "</head><body><article><h1>Tide tables</h1>"
                                        f"<p>{EN1}</p><p>{EN2}</p><figure><img src=bomb.png "
                                        "alt=bomb></figure></article></body></html>"),
                       ("article.txt", f"Tide tables\n\n{EN1}\n\nbomb.png\n\n{EN2}\n")):
        for other in folder.glob("article.*"):
            other.unlink()
        (folder / name).write_text(text, encoding="utf-8")
        with no_network() as log, pytest.raises(ArticleError) as info:
            load_recording(folder)
        assert str(info.value) == (f"{folder / name}: image 'bomb.png': image has more pixels "
                                   "than the limit of 50000000 pixels"), name
        assert_confined(log, folder)


def test_image_over_byte_limit(sandbox: Path) -> None:
    """An image one byte over the limit is refused from its size."""
    folder = sandbox / "art"
    folder.mkdir()
    (folder / "article.md").write_text(f"# t\n\n{EN1}\n\n![big](big.jpg)\n", encoding="utf-8")
    big = folder / "big.jpg"
    PILImage.new("RGB", (8, 8)).save(big, "JPEG")
    with big.open("ab") as fh:
        fh.truncate(DEFAULT_LIMITS.max_image_bytes + 1)
    with no_network() as log, pytest.raises(ArticleError) as info:
        load_recording(folder)
    assert str(info.value) == (f"{folder / 'article.md'}: image 'big.jpg': image is "
                               f"{DEFAULT_LIMITS.max_image_bytes + 1} bytes, over the limit "
                               f"of {DEFAULT_LIMITS.max_image_bytes}")
    assert_confined(log, folder)


def test_symlink_image_escape(sandbox: Path) -> None:
    """An image symlinked to a file outside is refused, and the target never opened."""
    folder = sandbox / "art"
    folder.mkdir()
    (folder / "article.md").write_text(f"# t\n\n{EN1}\n\n![x](inside.png)\n", encoding="utf-8")
    (folder / "inside.png").symlink_to(sandbox / "secret.png")
    with no_network() as log:
        article, messages = load_recording(folder)
    assert messages == [REFUSED.format(src=folder / "article.md", ref="inside.png",
                                       why=OUTSIDE)]
    assert figures(article) == [("inside.png", None)]
    assert_confined(log, folder)


def test_symlink_dir_escape(sandbox: Path) -> None:
    """A symlinked folder leading out of the article folder is refused."""
    folder = sandbox / "art"
    folder.mkdir()
    (folder / "article.md").write_text(f"# t\n\n{EN1}\n\n![x](img/secret.png)\n",
                                       encoding="utf-8")
    (folder / "img").symlink_to(sandbox, target_is_directory=True)
    with no_network() as log:
        article, messages = load_recording(folder)
    assert messages == [REFUSED.format(src=folder / "article.md", ref="img/secret.png",
                                       why=OUTSIDE)]
    assert figures(article) == [("img/secret.png", None)]
    assert_confined(log, folder)


@pytest.mark.parametrize("named", [False, True], ids=["folder", "file"])
def test_symlink_source_escape(sandbox: Path, named: bool) -> None:
    """``article.md -> ../secret.txt`` (an unpacked upload): the source itself is refused,
    whether the folder or the file is named."""
    outside_md = sandbox / "elsewhere.md"
    outside_md.write_text(f"# {CANARY_TEXT}\n\n{EN1}\n", encoding="utf-8")
    folder = sandbox / "art"
    folder.mkdir()
    (folder / "article.md").symlink_to(outside_md)
    with no_network() as log, pytest.raises(ArticleError) as info:
        load_article(folder / "article.md" if named else folder)
    assert str(info.value) == (f"{folder / 'article.md'}: refused: the source is a symlink "
                               "that leads out of its folder")
    assert_confined(log, folder)


def test_fifo_source(sandbox: Path) -> None:
    """A FIFO would block a reader forever: refused before it is opened."""
    fifo = sandbox / "article.md"
    os.mkfifo(fifo)
    with no_network() as log, pytest.raises(ArticleError) as info:
        load_article(fifo)
    assert str(info.value) == f"{fifo}: not a regular file or a folder"
    folder = sandbox / "art"
    folder.mkdir()
    os.mkfifo(folder / "article.md")
    with pytest.raises(ArticleError, match="no article source in folder"):
        load_article(folder)
    assert str(fifo) not in log.opened


def test_fifo_image(sandbox: Path) -> None:
    """An image that is a FIFO is never opened (reading it would block forever)."""
    folder = sandbox / "art"
    folder.mkdir()
    (folder / "article.md").write_text(f"# t\n\n{EN1}\n\n![x](photo.png)\n", encoding="utf-8")
    os.mkfifo(folder / "photo.png")
    with no_network():
        article, messages = load_recording(folder)
    assert messages == [f"{folder / 'article.md'}: 'photo.png' is not a regular file; the "
                        "figure is kept as a name and caption and is not rendered"]
    assert figures(article) == [("photo.png", None)]


def test_too_many_blocks(sandbox: Path) -> None:
    """One block over the limit is refused."""
    path = sandbox / "article.md"
    n = DEFAULT_LIMITS.max_blocks + 1
    path.write_text("# t\n\n" + "\n\n".join(f"p{i}" for i in range(n)) + "\n", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{path}: {n} blocks, over the limit of {DEFAULT_LIMITS.max_blocks}"


def test_deep_json(sandbox: Path) -> None:
    """100 000 nested arrays: one clear error, not a RecursionError."""
    path = sandbox / "article.json"
    path.write_text('{"title": "t", "blocks": ' + "[" * 100_000 + "]" * 100_000 + "}",
                    encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{path}: nested too deeply to read"


def test_markdown_parser_bomb(sandbox: Path, plugin: Path) -> None:
    """markdown-it takes quadratic time on "![![![..." (an upstream limitation): 120 kB
    would take minutes. The batch's per-article time limit stops it; the other articles
    still convert."""
    src = sandbox / "src"
    (src / "good").mkdir(parents=True)
    (src / "good" / "article.md").write_text(f"# Tide tables\n\n{EN1}\n", encoding="utf-8")
    (src / "bomb").mkdir()
    (src / "bomb" / "article.md").write_text(f"# Bomb\n\n{EN1}\n\n" + "![" * 60_000 + "\n",
                                             encoding="utf-8")
    report = convert_tree(src, sandbox / "out", ["txt"], jobs=2, time_limit=3)
    results = {r.source: r for r in report.results}
    assert results["good"].status == "converted"
    assert results["bomb"].status == "failed"
    assert results["bomb"].error == f"{src / 'bomb'}: took longer than the limit of 3 s"
    assert not (sandbox / "out" / "bomb").exists()


# ---- exporters given hostile Articles straight from the Python API --------------------------

def _api_article(folder: Path, image: Path, media_type: str = "image/png") -> Article:
    """An Article built in Python (no loader checks) showing ``image`` as lead and figure."""
    figure = Figure(Image(src=image.name, alt="x", path=image, media_type=media_type,
                          width=16, height=16))
    return Article(slug="api", title="Tide tables", lang="en", direction="ltr",
                   blocks=(Paragraph((Span(EN1),)), figure), lead_image=figure,
                   source_dir=folder)


def _export_one(fmt: str, article: Article, out: Path, cache: Path
                ) -> tuple[list[Path] | ArtexportError, list[str]]:
    """Export; return the files or the documented error, and the warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result: list[Path] | ArtexportError = get_exporter(fmt)(
                export_options(fmt, cache)).export(article, out)
        except ArtexportError as e:
            result = e
    return result, [str(w.message) for w in caught if issubclass(w.category, ArtexportWarning)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_api_image_outside_the_folder_is_never_read(fmt: str, sandbox: Path,
                                                    fast_fonts: None) -> None:
    """An Article built in Python pointing at a file outside its folder: every exporter
    refuses it (error, or a warning and no image), and never opens it."""
    folder = sandbox / "art"
    folder.mkdir()
    article = _api_article(folder, sandbox / "secret.png")
    with no_network() as log:
        result, messages = _export_one(fmt, article, sandbox / "out", sandbox / "cache")
    refusal = f"refused '{sandbox / 'secret.png'}': it resolves outside the article folder"
    if isinstance(result, ArtexportError):
        assert refusal in str(result)
        assert not (sandbox / "out").exists() or not any((sandbox / "out").iterdir())
    else:
        assert any(refusal.replace("'/", "'file:///") in m or refusal in m for m in messages)
        assert check_output(fmt, result, article) == []
    assert str(sandbox / "secret.png") not in log.opened
    assert_confined(log, folder, sandbox / "out", sandbox / "cache")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["bomb", "svg"])
def test_api_image_is_checked_before_it_is_embedded(fmt: str, kind: str, sandbox: Path,
                                                    fast_fonts: None) -> None:
    """An Article built in Python skips the loader: an exporter must not embed a
    decompression bomb, or SVG (script) that the Article calls a PNG."""
    folder = sandbox / "art"
    folder.mkdir()
    if kind == "bomb":
        image = _bomb(folder / "bomb.png")
        problem = "image has more pixels than the limit of 50000000 pixels"
    else:
        image = folder / "chart.png"
        image.write_text("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script>"
                         "</svg>", encoding="utf-8")
        problem = "image format SVG is not supported"
    payload = image.read_bytes()
    result, messages = _export_one(fmt, _api_article(folder, image), sandbox / "out",
                                   sandbox / "cache")
    if isinstance(result, ArtexportError):
        assert problem in str(result)
        return
    assert any(problem in m for m in messages), messages
    written = readable_bytes(result)
    assert payload[:64] not in written  # neither the bomb nor the SVG is in the output


def test_pdf_stylesheet_urls_are_confined(sandbox: Path) -> None:
    """A template folder's CSS may @import and url() only confined files: remote URLs,
    file:// elsewhere and ../ are refused with a warning naming each."""
    templates = sandbox / "templates"
    templates.mkdir()
    (templates / "print.css.j2").write_text(
        '@import url("http://127.0.0.1:9/import.css");\n'
        f'@import url("file://{sandbox}/secret.txt");\n'
        'body { background: url("http://127.0.0.1:9/bg.png"); }\n'
        f'h1 {{ background: url("file://{sandbox}/secret.png"); }}\n', encoding="utf-8")
    folder = sandbox / "art"
    folder.mkdir()
    article = Article(slug="css", title="Tide tables", lang="en", direction="ltr",
                      blocks=(Paragraph((Span(EN1),)),), source_dir=folder)
    with no_network() as log, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (pdf,) = export(article, "pdf", sandbox / "out", templates=templates)
    messages = "\n".join(str(w.message) for w in caught)
    for ref in ("http://127.0.0.1:9/import.css", "http://127.0.0.1:9/bg.png",
                f"file://{sandbox}/secret.txt", f"file://{sandbox}/secret.png"):
        assert f"refused {ref!r}" in messages, ref
    assert check_output("pdf", [pdf], article) == []
    assert_confined(log, folder, templates, sandbox / "out")


def test_resource_guard_refusals(sandbox: Path) -> None:
    """The one confinement point, directly: every way out is refused by name."""
    folder = sandbox / "art"
    (folder / "sub").mkdir(parents=True)
    PILImage.new("RGB", (4, 4)).save(folder / "sub" / "ok.png")
    guard = ResourceGuard(folder, Limits(max_data_uri_bytes=1000))
    assert guard.resolve("sub/ok.png") == (folder / "sub" / "ok.png").resolve()
    assert guard.resolve("file:sub/ok.png") == (folder / "sub" / "ok.png").resolve()
    refusals = {
        "../secret.png": "'..' leads out of the article folder",
        "/etc/passwd": "absolute paths are not allowed",
        f"file://{sandbox}/secret.png": "it resolves outside the article folder",
        "http://127.0.0.1:9/x.png": "only files inside the article folder may be used, not "
                                    "http: URLs",
        "sub/\x00.png": "does not exist",
        "sub": "is not a regular file",
    }
    for ref, problem in refusals.items():
        with pytest.raises(ArtexportError) as info:
            guard.resolve(ref)
        assert problem in str(info.value), ref
    with pytest.raises(ArtexportError, match="over the limit of 1000 bytes"):
        guard.fetch("data:image/png;base64," + "A" * 2000)
    assert guard.fetch("data:text/plain,hi").data == b"hi"
    data, image = guard.read_image(folder / "sub" / "ok.png")
    assert image.media_type == "image/png" and data.startswith(b"\x89PNG")


# ---- defects found here, and fixed: dates past zip's range, separators, slugs, symlinks -----

def test_epub_after_2107_exports(sandbox: Path, fast_fonts: None) -> None:
    """A typo'd year from a feed ("2108") must not break the EPUB (ZIP dates end in 2107)."""
    folder = sandbox / "art"
    folder.mkdir()
    article = Article(slug="future", title="Tide tables", lang="en", direction="ltr",
                      blocks=(Paragraph((Span(EN1),)),), source_dir=folder,
                      updated=datetime(2108, 1, 1, tzinfo=UTC))
    (book,) = export(article, "epub", sandbox / "out")
    assert check_output("epub", [book], article) == []


def test_pdf_paragraph_separator_exports(sandbox: Path) -> None:
    """The loader turns line/paragraph separators into spaces; an Article built in Python
    may still carry them, and the PDF must not crash on them."""
    folder = sandbox / "art"
    folder.mkdir()
    article = Article(slug="sep", title="Tide tables", lang="en", direction="ltr",
                      blocks=(Paragraph((Span(f"{EN1} \u2029{EN2} \u2028end."),)),),
                      source_dir=folder)
    (pdf,) = export(article, "pdf", sandbox / "out")
    assert check_output("pdf", [pdf], article) == []


def test_api_slug_cannot_write_outside_the_output_folder(sandbox: Path) -> None:
    """The loader makes safe slugs; the exporter contract must not trust others'."""
    article = Article(slug="../escaped", title="Tide tables", lang="en", direction="ltr",
                      blocks=(Paragraph((Span(EN1),)),), source_dir=None)
    out = sandbox / "out" / "inner"
    with pytest.raises(ArtexportError):
        export(article, "html", out)
    assert not (sandbox / "out" / "escaped.html").exists()


def test_batch_fingerprint_never_reads_outside(sandbox: Path, plugin: Path) -> None:
    """A symlink in an article folder must not make the batch read its target."""
    src = sandbox / "src" / "art"
    src.mkdir(parents=True)
    (src / "article.md").write_text(f"# Tide tables\n\n{EN1}\n", encoding="utf-8")
    (src / "notes.txt").symlink_to(sandbox / "secret.txt")
    with no_network() as log:
        report = convert_tree(src.parent, sandbox / "out", ["txt"],
                              executor=ThreadPoolExecutor(1))
    assert report.ok
    assert_confined(log, src, sandbox / "out", plugin, case=sandbox)


# ---- one conversion in a subprocess: audit hook and strace ----------------------------------

SUBPROCESS_CASES = ("xxe-file", "remote-references-html", "path-traversal")


def test_conversion_in_a_subprocess_opens_nothing_outside(sandbox: Path) -> None:
    """The whole pipeline (load, four exporters, atomic writes) in a fresh interpreter,
    recorded by an audit hook from the first line: no network, no file outside the
    allowed folders. Under strace (when installed) too: no AF_INET/AF_INET6 connect and
    no canary opened, whatever C library code does."""
    folders = [copy_case(name, sandbox) for name in SUBPROCESS_CASES]
    out, cache, report = sandbox / "out", sandbox / "cache", sandbox / "scratch" / "audit.json"
    setup = "import warnings; warnings.simplefilter('ignore')"
    body = "\n".join([
        "from artexport import load_article, export",
        f"for folder in {[str(f) for f in folders]!r}:",
        "    article = load_article(folder)",
        f"    export(article, {list(FORMATS)!r}, {str(out)!r},",
        f"           options={{'audio': {{'cache_dir': {str(cache)!r}}}}})",
    ])
    script = sandbox / "convert.py"
    script.write_text(setup + "\n" + audited_script(body, report), encoding="utf-8")
    env = {**os.environ, "TMPDIR": str(sandbox / "scratch"), "HOME": str(sandbox / "home"),
           "XDG_CACHE_HOME": str(sandbox / "home" / ".cache")}
    command = [sys.executable, str(script)]
    trace = sandbox / "strace.txt"
    strace = require_tool("strace", "scripts/system-deps.sh test (Debian strace)")
    if strace:
        command = [strace, "-f", "-qq", "-e", "trace=connect,open,openat", "-o", str(trace),
                   *command]
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    log = read_report(report)
    assert log.network == []
    assert outside(log.opened, allowed_roots(*folders, out, cache, sandbox / "scratch",
                                             sandbox / "home")) == []
    assert len(list(out.glob("*.*"))) == len(folders) * 5  # html, epub, pdf, mp3, vtt
    if strace:
        text = trace.read_text(encoding="utf-8", errors="replace")
        assert f"{folders[0]}/article.xhtml" in text  # strace did record the conversion
        assert not re.findall(r"connect\(\d+, \{sa_family=AF_INET6?,", text)
        # C code (libxml2 resolving an entity, fontconfig, Pango) reads nothing of the
        # sandbox outside the allowed folders either.
        allowed = [str(p) for p in (*folders, out, cache, sandbox / "scratch",
                                    sandbox / "home", script)]
        stray = {m for m in re.findall(rf'open(?:at)?\([^"]*"({re.escape(str(sandbox))}[^"]*)"',
                                       text)
                 if not any(m == a or m.startswith(a + "/") for a in allowed)
                 and m != str(sandbox)}
        assert stray == set()
        for canary in ("secret.txt", "secret.png", "/etc/passwd", "/etc/shadow"):
            opened = re.findall(rf'open(?:at)?\([^"]*"[^"]*{re.escape(canary)}"', text)
            assert opened == [], opened
