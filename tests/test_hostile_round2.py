"""Untrusted input, round two (issue 21): hostile and careless inputs beyond
``tests/hostile/``, each with its exact outcome. ``tests/hostile/README.md`` ("Round two")
lists them; :data:`ROUND2` keeps the table and the tests in step.

The inputs are generated at test time (hard links, FIFOs, undecodable folder names,
megabytes of digits); the rules of ``test_hostile.py`` hold: no network, nothing opened
outside, one ``<file>: <problem>`` error, no partial output.
"""

from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

import pytest
from PIL import Image as PILImage

from artexport import load_article
from artexport.errors import ArtexportWarning, ArticleError
from conftest import require_tool
from socket_guard import no_network

CANARY_TEXT = "TOP-SECRET-CANARY-7f3a"
EN1 = ("The harbour office has published new tide tables for the summer season, "
       "with times for both piers.")
EN2 = "Boat owners should check the times before setting out, the office said on Friday."
KEPT = "; the figure is kept as a name and caption and is not rendered"

# Every case of this file, by its name in the README table.
ROUND2 = ("hardlink-image", "hardlink-source", "outside-reference-oracle",
          "spoken-text-over-limit", "spoken-words-over-limit", "body-with-nothing-to-speak",
          "speech-and-scrape-work-is-linear", "html-image-referenced-300-times",
          "lines-over-limit", "table-cells-over-limit", "paragraph-over-limit",
          "inspect-time-limit", "folder-name-not-utf8", "tracebacks-become-one-line",
          "uncreatable-output-folder", "full-or-read-only-output-folder",
          "charset-not-a-web-encoding", "charset-web-encoding-is-used",
          "lang-with-trailing-newline", "image-format-not-supported", "truncated-image",
          "date-out-of-range-in-utc", "batch-slug-collision", "batch-output-inside-its-source",
          "batch-ctrl-c", "gtts-trickling-server", "pdf-long-unbreakable-word",
          "batch-manifest-fifo-or-wrong-shape")


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """A folder for one case, with the canaries the article will try to reach."""
    (tmp_path / "secret.txt").write_text(CANARY_TEXT, encoding="utf-8")
    PILImage.new("RGB", (16, 16), (255, 0, 0)).save(tmp_path / "secret.png")
    return tmp_path


def article_folder(sandbox: Path, text: str, name: str = "article.md") -> Path:
    folder = sandbox / "art"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def load_recording(path: Path) -> tuple[object, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = load_article(path)
    return article, [str(w.message) for w in caught if issubclass(w.category, ArtexportWarning)]


# ---- 1. hard links pass confinement ----------------------------------------------------

def test_hardlink_image(sandbox: Path) -> None:
    """``ln ../secret.png art/photo.png``: the path is inside, the file is not. An
    article's image with other names is refused, and never opened."""
    folder = article_folder(sandbox, f"# Tide tables\n\n{EN1}\n\n![x](photo.png)\n")
    os.link(sandbox / "secret.png", folder / "photo.png")
    with no_network() as log:
        article, messages = load_recording(folder)
    assert messages == [f"{folder / 'article.md'}: refused 'photo.png': it is a hard link "
                        "(the file has other names, maybe outside the article folder)" + KEPT]
    assert [f.image.path for f in article.figures()] == [None]  # type: ignore[attr-defined]
    assert str(folder / "photo.png") not in log.opened
    assert log.network == []


def test_hardlink_source(sandbox: Path) -> None:
    """``ln ../secret.txt art/article.txt``: the source itself is refused."""
    folder = sandbox / "art"
    folder.mkdir()
    os.link(sandbox / "secret.txt", folder / "article.txt")
    for named in (folder, folder / "article.txt"):
        with no_network() as log, pytest.raises(ArticleError) as info:
            load_article(named)
        assert str(info.value) == (f"{folder / 'article.txt'}: refused: the source is a hard "
                                   "link (the file has other names, maybe outside its folder)")
        assert str(folder / "article.txt") not in log.opened


# ---- 2. a file-existence oracle -------------------------------------------------------

def test_outside_reference_oracle(sandbox: Path) -> None:
    """A reference outside the folder gets one refusal whether its target exists or not:
    the warnings (and the batch report) cannot probe the machine's files."""
    refs = [f"file://{sandbox}/secret.png", f"file://{sandbox}/no-such.png",
            "file:///etc/shadow", "file:///etc/no-such-file"]
    body = "\n\n".join(f"![x]({r})" for r in refs)
    folder = article_folder(sandbox, f"# Tide tables\n\n{EN1}\n\n{body}\n")
    (folder / "up").symlink_to(sandbox, target_is_directory=True)
    (folder / "article.md").write_text(f"# Tide tables\n\n{EN1}\n\n{body}\n\n![x](up/secret.png)"
                                       "\n\n![x](up/no-such.png)\n", encoding="utf-8")
    with no_network():
        _, messages = load_recording(folder)
    src = folder / "article.md"
    assert messages == [f"{src}: refused {r!r}: it resolves outside the article folder{KEPT}"
                        for r in [*refs, "up/secret.png", "up/no-such.png"]]


def test_every_case_has_a_test_and_a_row() -> None:
    """ROUND2, the test functions and the README's round-two table name the same cases."""
    tests = {n.removeprefix("test_").replace("_", "-") for n in globals()
             if n.startswith("test_") and n != "test_every_case_has_a_test_and_a_row"}
    assert tests == set(ROUND2)
    readme = (Path(__file__).resolve().parent / "hostile" / "README.md").read_text("utf-8")
    section = readme.split("## Round two", 1)[1]
    assert set(re.findall(r"^\| `([a-z0-9-]+)`", section, re.M)) == set(ROUND2)


# ---- 3. audio work per input byte; 13. an MP3 of the title alone ------------------------

def _audio(article: object, out: Path) -> list[Path]:
    from artexport import export
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return export(article, "audio", out,  # type: ignore[arg-type]
                      options={"audio": {"cache_dir": None}})


def test_spoken_text_over_limit(sandbox: Path) -> None:
    """80 000 "&" (each one spoken "و") once took minutes and gigabytes: the spoken text
    is counted while the plan is laid out, and refused before any is synthesised.
    (Measured: 4 000 "&" take 150 MB, 30 kB per "&", of PCM and its copies.)"""
    from artexport.errors import ExportError
    from artexport.resources import DEFAULT_LIMITS
    folder = article_folder(sandbox, "---\nlang: ar\n---\n# عنوان\n\nنص عربي قصير.\n\n"
                            + "& " * 80_000 + "\n")
    article = load_article(folder)
    with pytest.raises(ExportError) as info:
        _audio(article, sandbox / "out")
    limit = DEFAULT_LIMITS.max_spoken_chars
    assert str(info.value) == (f"{folder}: audio: the spoken text is over the limit of {limit} "
                               "characters (max_spoken_chars)")
    assert not (sandbox / "out").exists() or not any((sandbox / "out").iterdir())


def test_spoken_words_over_limit(sandbox: Path) -> None:
    """20 000 short words ("و", "and"): under the character limit, over the words one."""
    from artexport.errors import ExportError
    from artexport.resources import DEFAULT_LIMITS
    sentences = " ".join(["ذهب و عاد و ذهب و عاد و ذهب و عاد و ذهب."] * 1_300)
    folder = article_folder(sandbox, f"---\nlang: ar\n---\n# عنوان\n\n{sentences}\n")
    article = load_article(folder)
    with pytest.raises(ExportError) as info:
        _audio(article, sandbox / "out")
    assert str(info.value) == (f"{folder}: audio: the spoken text is over the limit of "
                               f"{DEFAULT_LIMITS.max_spoken_words} words (max_spoken_words)")


@pytest.mark.parametrize("body,latin", [("🎉🎉 👍 🌊🌊🌊", "speak"),
                                        ("🎉🎉🎉🎉 ✨\n\n🌊🌊🌊🌊", "skip")])
def test_body_with_nothing_to_speak(sandbox: Path, body: str, latin: str) -> None:
    """A body of decorative emoji (rows too long to name: a lone "👍" is named, see
    spoken_emoji), with latin=speak or skip, made an MP3 of the title alone without a
    word: now the audio is refused, naming why."""
    from artexport import export
    from artexport.errors import ExportError
    folder = article_folder(sandbox, f"---\nlang: ar\n---\n# عنوان المقال\n\n{body}\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = load_article(folder)
        with pytest.raises(ExportError) as info:
            export(article, "audio", sandbox / "out",
                   options={"audio": {"cache_dir": None, "latin": latin}})
    assert str(info.value) == (f"{folder}: audio: the article's body has no text to speak "
                               f"(latin={latin}); only the title would be read")


# ---- 3, 5. linear work: speech normalisation and the scrape reader ----------------------

LINEAR_DRIVER = '''
import gc, os, sys, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from artexport.text.speech import speech_text
from artexport.readers.scrape import read_scrape
from artexport.resources import DEFAULT_LIMITS
LINE = "افتتحت البلدية صباح اليوم ركنا جديدا للكتب المسموعة في المكتبة"
speech = {speech!r}
folder = Path(sys.argv[1])
def scrape(n):
    path = folder / f"s{{n}}.txt"
    path.write_text("عنوان المقال\\n\\n" + "\\n".join(f"{{LINE}} {{i}}" for i in range(n)),
                    encoding="utf-8")
    return path
for expr in speech.values():
    n = 200
    speech_text(eval(expr), "ar")
read_scrape(scrape(50), DEFAULT_LIMITS)
gc.disable()
for expr in speech.values():
    for n in ({size}, {size} * 2):
        text = eval(expr)
        os.getppid()  # callgrind dumps its counts before each call
        speech_text(text, "ar")
for n in ({lines}, {lines} * 2):
    path = scrape(n)
    os.getppid()
    read_scrape(path, DEFAULT_LIMITS)
os.getppid()
'''
SPEECH_SHAPES = {
    "ampersands": '"&" * n',
    "a table line": '"| " + " | ".join(["س"] * (n // 4)) + " |"',
    "separator dashes": '"ب - " * (n // 4)',
    "slashes between words": '"ب/" * (n // 2)',
    "empty brackets": '"( ) " * (n // 4)',
    "commas": '"، " * (n // 2)',
    # a long run of blanks that no sign ends: the slash's pause was tried at every blank
    "a run of blanks": '"(ب" + " " * n + ")"',
    # spaced initials' blanks, and this session's number shapes
    "blanks in brackets": '"(ب " + " " * n + "ت)"',
    "thousands in blanks": '"1" + " 000" * (n // 4)',
}


@pytest.mark.slow
def test_speech_and_scrape_work_is_linear(tmp_path: Path) -> None:
    """Twice the input, at most 2.5 times the work (quadratic work gives 4), counted in
    machine instructions by valgrind's callgrind, never by a clock: speech_text on the
    shapes that made the audio slow (a body of "&", a 100 kB table line...) and the
    scrape reader on hard-wrapped lines (100 000 lines once took 49 s)."""
    import subprocess
    import sys
    valgrind = require_tool("valgrind", "scripts/system-deps.sh test (Debian valgrind)")
    driver = tmp_path / "driver.py"
    driver.write_text(LINEAR_DRIVER.format(speech=SPEECH_SHAPES, size=2000, lines=400),
                      encoding="utf-8")
    out = tmp_path / "cg.out"
    subprocess.run([valgrind, "--tool=callgrind", f"--callgrind-out-file={out}",
                    "--dump-before=getppid", sys.executable, str(driver), str(tmp_path)],
                   check=True, capture_output=True, timeout=1200)
    dumps = sorted(tmp_path.glob("cg.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
    counts = [_instructions(p) for p in dumps][1:]
    names = [*SPEECH_SHAPES, "scrape: hard-wrapped lines"]
    assert len(counts) >= 2 * len(names)
    ratios = {name: round(counts[2 * i + 1] / counts[2 * i], 2) for i, name in enumerate(names)}
    assert all(r <= 2.5 for r in ratios.values()), ratios


def _instructions(dump: Path) -> int:
    for line in dump.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise AssertionError(f"no instruction count in {dump}")


# ---- 4. the HTML page inlines an image once per reference ----------------------------

def test_html_image_referenced_300_times(sandbox: Path) -> None:
    """300 references to one 1 MB JPEG once made a 435 MB page (the EPUB and the PDF hold
    the file once). The page counts every inlined copy and is refused over the limit,
    before it is rendered; nothing is written."""
    from artexport import export
    from artexport.errors import ExportError
    from artexport.resources import DEFAULT_LIMITS
    noise = PILImage.frombytes("RGB", (800, 800), os.urandom(800 * 800 * 3))
    refs = "\n\n".join("![x](photo.jpg)" for _ in range(300))
    folder = article_folder(sandbox, f"# Tide tables\n\n{EN1}\n\n{refs}\n")
    noise.save(folder / "photo.jpg", quality=95)
    assert (folder / "photo.jpg").stat().st_size > 500_000
    article = load_article(folder)
    with pytest.raises(ExportError) as info:
        export(article, "html", sandbox / "out")
    assert str(info.value) == (f"{folder}: html: the images inlined in the page are over the "
                               f"limit of {DEFAULT_LIMITS.max_html_embedded_bytes} bytes "
                               "(max_html_embedded_bytes; an image counts once per reference)")
    assert not (sandbox / "out").exists() or not any((sandbox / "out").iterdir())


# ---- 5. lines, table cells, one huge paragraph, inspect without a time limit ----------

def test_lines_over_limit(sandbox: Path) -> None:
    """A hard-wrapped scrape of 50 001 lines is refused from its line count, before the
    reader walks it."""
    from artexport.resources import DEFAULT_LIMITS
    n = DEFAULT_LIMITS.max_lines + 1
    path = sandbox / "article.txt"
    path.write_text("\n".join(f"{EN1} {i}" for i in range(n)), encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{path}: {n} lines, over the limit of {n - 1} (max_lines)"


def test_table_cells_over_limit(sandbox: Path) -> None:
    """A 150x150 HTML table (a 1000x1000 one took 50 s and 900 MB) is refused from its
    cell count, before the page is parsed."""
    from artexport.resources import DEFAULT_LIMITS
    rows = "".join("<tr>" + "<td>x</td>" * 150 + "</tr>" for _ in range(150))
    path = sandbox / "article.html"
    path.write_text(f"<html lang=en><head><title>Tide tables</title></head><body><article>"
                    f"<h1>Tide tables</h1><p>{EN1}</p><table>{rows}</table></article></body>"
                    "</html>", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == (f"{path}: 22500 table cells, over the limit of "
                               f"{DEFAULT_LIMITS.max_table_cells} (max_table_cells)")


@pytest.mark.parametrize("where", ["summary", "body"])
def test_paragraph_over_limit(sandbox: Path, where: str) -> None:
    """A 15 MB summary ran the PDF out of memory: one paragraph or metadata text over the
    limit is refused when the article is read."""
    from artexport.resources import DEFAULT_LIMITS
    limit = DEFAULT_LIMITS.max_paragraph_chars
    huge = "tide " * (limit // 5) + "x"
    path = sandbox / "article.md"
    if where == "summary":
        path.write_text(f"---\nsummary: {huge}\n---\n# Tide tables\n\n{EN1}\n", encoding="utf-8")
        expected = f"summary is {len(huge)} characters, over the limit of {limit}"
    else:
        path.write_text(f"# Tide tables\n\n{EN1}\n\n{huge}\n", encoding="utf-8")
        expected = f"block 2 has a paragraph of {len(huge)} characters, over the limit of {limit}"
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{path}: {expected} (max_paragraph_chars)"


def test_inspect_time_limit(sandbox: Path) -> None:
    """``inspect`` had no time limit: a Markdown parser bomb (quadratic in markdown-it)
    now stops at --time-limit with one line and exit 1."""
    from click.testing import CliRunner

    from artexport.cli import main
    path = sandbox / "article.md"
    path.write_text(f"# Bomb\n\n{EN1}\n\n" + "![" * 60_000 + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", str(path), "--time-limit", "2"])
    assert result.exit_code == 1
    assert result.output == f"error: {path}: took longer than the limit of 2 s\n"


# ---- 7. a folder name that is not UTF-8 ------------------------------------------------

def test_folder_name_not_utf8(sandbox: Path, plugin: Path) -> None:
    """A folder named in Latin-1 (``café`` as bytes ``caf\\xe9``) reaches Python as a lone
    surrogate: the batch converts it, saves its manifest and report, and a second run
    skips both articles."""
    import json
    from concurrent.futures import ThreadPoolExecutor

    from artexport.batch import convert_tree
    src = sandbox / "src"
    src.mkdir()
    odd = os.fsdecode(os.fsencode(src) + b"/caf\xe9")
    for folder in (Path(odd), src / "ok"):
        folder.mkdir()
        (folder / "article.md").write_text(f"# Tide tables\n\n{EN1}\n", encoding="utf-8")
    out = sandbox / "out"
    report = convert_tree(src, out, ["txt"], executor=ThreadPoolExecutor(1))
    assert report.ok and len(report.results) == 2
    manifest = json.loads((out / ".artexport-manifest.json").read_bytes())
    assert set(manifest["articles"]) == {"caf\udce9", "ok"}
    json.loads((out / "artexport-report.json").read_bytes())
    again = convert_tree(src, out, ["txt"], executor=ThreadPoolExecutor(1))
    assert [r.status for r in again.results] == ["skipped", "skipped"]


# ---- 8. tracebacks instead of "<file>: <problem>" --------------------------------------

TRACEBACK_CASES = {
    "impossible date": ("article.md", "---\npublished: 2024-13-45\n---\n# Tide tables\n\n"
                        f"{EN1}\n", "malformed front matter: month must be in 1..12"),
    "5000-digit title": ("article.md", "---\ntitle: " + "1" * 5000 + f"\n---\n\n{EN1}\n",
                         "a number of 5000 digits at line 2 of the front matter, over the "
                         "limit of 1000 (max_number_digits); quote it to make it text"),
    "5000-digit JSON number": ("article.json", '{"title": "Tide tables", "id": ' + "1" * 5000
                               + f', "blocks": ["{EN1}"]}}',
                               "a number of 5000 digits, over the limit of 1000 "
                               "(max_number_digits); quote it to make it text"),
}


@pytest.mark.parametrize("case", list(TRACEBACK_CASES))
def test_tracebacks_become_one_line(sandbox: Path, case: str) -> None:
    """Each of these raised a ValueError naming no file (a traceback in the API, a line
    without the file in the CLI): now one ArticleError, and one CLI line, exit 1."""
    from click.testing import CliRunner

    from artexport.cli import main
    name, text, problem = TRACEBACK_CASES[case]
    path = sandbox / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{path}: {problem}"
    result = CliRunner().invoke(main, ["convert", str(path), "-o", str(sandbox / "out"),
                                       "-f", "html"])
    assert (result.exit_code, result.output) == (1, f"error: {path}: {problem}\n")


def test_uncreatable_output_folder(sandbox: Path) -> None:
    """An output folder under a file: one line naming it, exit 1, for convert and batch."""
    from click.testing import CliRunner

    from artexport.cli import main
    path = article_folder(sandbox, f"# Tide tables\n\n{EN1}\n")
    (sandbox / "file").write_text("x", encoding="utf-8")
    out = sandbox / "file" / "out"
    for command in (["convert", str(path)], ["batch", str(sandbox / "art")]):
        result = CliRunner().invoke(main, [*command, "-o", str(out), "-f", "html", "-q"])
        assert (result.exit_code, result.output) == (
            1, f"error: {out}: cannot create the output folder: a file is in the way\n")


@pytest.mark.parametrize("kind", ["full", "read-only"])
def test_full_or_read_only_output_folder(sandbox: Path, kind: str) -> None:
    """A full disk (a 12 KB tmpfs) or a read-only folder as ``-o``, in a private mount
    namespace (root and util-linux's unshare, else skipped): one line naming the folder
    and the system's reason, exit 1, and no article file left in it."""
    import shutil
    import subprocess
    import sys

    if os.geteuid() != 0 or shutil.which("unshare") is None or subprocess.run(
            ["unshare", "-m", "true"], capture_output=True).returncode != 0:
        pytest.skip("needs root and mount namespaces (unshare -m)")
    article_folder(sandbox, f"# Tide tables\n\n{EN1}\n\n{EN2}\n")
    out = sandbox / "out"
    out.mkdir()
    mount = ("mount -t tmpfs -o size=12k tmpfs out" if kind == "full" else
             "mount --bind out out && mount -o remount,bind,ro out")
    reason = "No space left on device" if kind == "full" else "Read-only file system"
    for command in ("convert art -f html,epub", "batch art -f html,epub"):
        script = (f"{mount} && {sys.executable} -m artexport {command} -o out -q; "
                  "echo rc=$?; ls -A out")
        p = subprocess.run(["unshare", "-m", "sh", "-c", script], cwd=sandbox,
                           capture_output=True, text=True, timeout=300)
        errors = p.stderr.splitlines()
        assert len(errors) == 1 and errors[0].startswith("error: ") and reason in errors[0], \
            p.stderr
        assert "out" in errors[0].split(":")[1], errors
        listed = p.stdout.split()
        assert listed[0] == "rc=1", p.stdout
        assert [f for f in listed[1:] if not f.startswith(".artexport")] == [], listed


# ---- 12. a page's charset: WHATWG encodings only -----------------------------------------

PAGE = (b"<html lang=en><head><meta charset=\"%s\"><title>Tide tables</title></head><body>"
        b"<article><h1>Tide tables</h1><p>Caf\xe9 \\u0041 owners: " + EN1.encode() + b"</p>"
        b"<p>" + EN2.encode() + b" \\x41\\\\</p></article></body></html>")


@pytest.mark.parametrize("label", ["unicode_escape", "idna", "iso-2022-kr"])
def test_charset_not_a_web_encoding(sandbox: Path, label: str) -> None:
    """A Python codec name (``unicode_escape`` read ``\\u0041`` as "A" and cut the page
    short; ``idna`` raised on a byte) or a label browsers refuse: the page is read as
    windows-1252, as a browser would, with a warning naming the label."""
    path = sandbox / "article.html"
    path.write_bytes(PAGE % label.encode())
    article, messages = load_recording(path)
    assert messages == [f"{path}: charset {label!r} is not an encoding a browser reads; "
                        "read as windows-1252"]
    text = article.plain_text()  # type: ignore[attr-defined]
    assert "Café \\u0041 owners" in text and f"{EN2} \\x41\\\\" in text


def test_charset_web_encoding_is_used(sandbox: Path) -> None:
    """A WHATWG label ("latin1" is windows-1252 there) decodes without a warning."""
    path = sandbox / "article.html"
    path.write_bytes(PAGE % b"latin1")
    article, messages = load_recording(path)
    assert messages == []
    assert "Café \\u0041 owners" in article.plain_text()  # type: ignore[attr-defined]


# ---- 15. a language tag with a trailing newline -----------------------------------------

@pytest.mark.parametrize("value", ['"en\\n"', '"ar\\n"'])
def test_lang_with_trailing_newline(sandbox: Path, value: str) -> None:
    """``lang: "en\\n"`` passed the tag check ("$" accepts a newline before the end) and
    reached every exporter's lang attribute; now it is refused by name."""
    path = sandbox / "article.md"
    path.write_text(f"---\nlang: {value}\n---\n# Tide tables\n\n{EN1}\n", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    tag = value.strip('"').replace("\\n", "\n")
    assert str(info.value) == (f"{path}: lang {tag!r} is not a language tag like 'ar' or "
                               "'en-GB'")


# ---- 16. image formats no target shows; truncated images ---------------------------------

def _image_bytes(fmt: str) -> bytes:
    import io
    if fmt == "SVG":
        return b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>"
    if fmt == "AVIF":  # the ISO-BMFF header Pillow cannot read without a plugin
        return b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf" + bytes(64)
    buf = io.BytesIO()
    PILImage.new("RGB", (32, 32), (0, 90, 200)).save(buf, fmt)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["TIFF", "BMP", "ICO", "AVIF", "SVG"])
def test_image_format_not_supported(sandbox: Path, fmt: str) -> None:
    """Said "cannot identify image file"; now the format is named."""
    folder = article_folder(sandbox, f"# Tide tables\n\n{EN1}\n\n![x](photo.img)\n")
    (folder / "photo.img").write_bytes(_image_bytes(fmt))
    with pytest.raises(ArticleError) as info:
        load_article(folder)
    assert str(info.value) == (f"{folder / 'article.md'}: image 'photo.img': image format "
                               f"{fmt} is not supported (use GIF, JPEG, PNG, WEBP)")


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_truncated_image(sandbox: Path, fmt: str) -> None:
    """A PNG or JPEG cut short (an interrupted upload) rendered grey or torn in silence;
    now it is refused when the article is read."""
    import io
    folder = article_folder(sandbox, f"# Tide tables\n\n{EN1}\n\n![x](photo.img)\n")
    buf = io.BytesIO()
    PILImage.frombytes("RGB", (300, 300), os.urandom(300 * 300 * 3)).save(buf, fmt)
    data = buf.getvalue()
    (folder / "photo.img").write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(ArticleError) as info:
        load_article(folder)
    assert str(info.value).startswith(f"{folder / 'article.md'}: image 'photo.img': not a "
                                      "readable image (image file is truncated")


# ---- 14. a date past the end of time in UTC; all formats or none ------------------------

def test_date_out_of_range_in_utc(sandbox: Path) -> None:
    """``published: 9999-12-31T23:59:59-12:00`` is year 10000 in UTC: the EPUB failed
    after the others had rendered. Now the article is refused when read, and
    ``convert`` writes none of its formats."""
    from click.testing import CliRunner

    from artexport.cli import main
    path = sandbox / "article.md"
    path.write_text(f"---\npublished: \"9999-12-31T23:59:59-12:00\"\n---\n# Tide tables\n\n"
                    f"{EN1}\n", encoding="utf-8")
    problem = ("published '9999-12-31T23:59:59-12:00' is out of range (in UTC it must fall "
               "in the years 1 to 9999)")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{path}: {problem}"
    out = sandbox / "out"
    result = CliRunner().invoke(main, ["convert", str(path), "-o", str(out), "-f",
                                       "html,epub"])
    assert (result.exit_code, result.output) == (1, f"error: {path}: {problem}\n")
    assert [p.name for p in out.iterdir()] == []


# ---- 9, 10. batch: two articles with one slug; its own output folder inside ---------------

def test_batch_slug_collision(sandbox: Path, plugin: Path) -> None:
    """Two articles of one folder with one slug: one silently overwrote the other, and
    re-runs skipped both. Both are failed, naming each other; nothing is written."""
    from concurrent.futures import ThreadPoolExecutor

    from artexport.batch import convert_tree
    folder = sandbox / "src" / "a"
    folder.mkdir(parents=True)
    for name, title in (("one.md", "One"), ("two.md", "Two")):
        (folder / name).write_text(f"---\nslug: same\n---\n# {title}\n\n{EN1}\n",
                                   encoding="utf-8")
    report = convert_tree(sandbox / "src", sandbox / "out", ["txt"],
                          executor=ThreadPoolExecutor(1))
    errors = sorted(r.error or "" for r in report.results)
    assert errors == [f"{folder / 'one.md'}: would write the same files (same.*) as two.md; "
                      "give each its own slug or folder",
                      f"{folder / 'two.md'}: would write the same files (same.*) as one.md; "
                      "give each its own slug or folder"]
    assert not list((sandbox / "out").rglob("*.txt"))


def test_batch_output_inside_its_source(sandbox: Path, plugin: Path) -> None:
    """``batch . -o ./out`` converted its own outputs (out/out/out...) and failed on its
    report: the output folder is never an input, run after run."""
    from concurrent.futures import ThreadPoolExecutor

    from artexport.batch import convert_tree
    src = sandbox / "src"
    (src / "x").mkdir(parents=True)
    (src / "x" / "article.md").write_text(f"# Tide tables\n\n{EN1}\n", encoding="utf-8")
    for status in ("converted", "skipped", "skipped"):
        report = convert_tree(src, src / "out", ["txt"], executor=ThreadPoolExecutor(1))
        assert [(r.source, r.status) for r in report.results] == [("x", status)]
    assert sorted(p.relative_to(src).as_posix() for p in src.rglob("*.txt")) == ["out/x/x.txt"]


# ---- 6. Ctrl-C, twice or three times, in a batch --------------------------------------------

@pytest.mark.timeout(600)
@pytest.mark.parametrize("signals", ["two quick SIGINTs", "three quick SIGINTs"])
def test_batch_ctrl_c(tmp_path: Path, plugin: Path, signals: str) -> None:
    """Three quick Ctrl-C's hung ``batch`` after a threading traceback; two exited
    without saving the manifest. The run of ``test_batch`` (a real process, signals sent
    to its process group): exit 130, no traceback, no partial file, the manifest holds
    what finished, the next run converts only the rest."""
    from test_batch import test_interrupted_run_leaves_no_partial_file_and_resumes as run
    run(tmp_path, plugin, signals)


# ---- 17. a speech service that trickles ---------------------------------------------------

@pytest.mark.parametrize("where", ["body", "headers"])
def test_gtts_trickling_server(sandbox: Path, where: str) -> None:
    """A server that sends one byte at a time, in its body or already in its status line
    and headers: requests' timeout bounds each read, so one request ran until
    --time-limit (600 s). The whole answer must come within the timeout; the error names
    the article once."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from artexport.exporters.audio import AudioExporter
    from artexport.narration.options import AudioOptions
    from artexport.tts import SpeechError

    class Trickle(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            head = b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"
            # 100 000 bytes at 0.05 s each: over an hour
            data = (b")" * 100_000) if where == "body" else (head + b"X-Pad: " + b"a" * 99_000)
            if where == "body":
                self.wfile.write(head)
            try:
                for byte in data:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass  # the client gave up

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host = f"127.0.0.1:{server.server_address[1]}"
        folder = article_folder(sandbox, f"---\nlang: en\n---\n# Tide tables\n\n{EN1}\n")
        options = AudioOptions(engine="gtts", endpoint=f"http://{host}/x", timeout=1.0,
                               retries=0, cache_dir=None)
        with pytest.raises(SpeechError) as info:
            AudioExporter(options).export(load_article(folder), sandbox / "out")
    finally:
        server.shutdown()
        server.server_close()
    assert str(info.value) == (f"{folder}: gtts: no answer from {host} within the 1 s timeout "
                               "(1 attempt); the network or the service is down")


# ---- 11. a word longer than the line in the PDF --------------------------------------------

@pytest.mark.parametrize("where", ["title", "body"])
def test_pdf_long_unbreakable_word(sandbox: Path, where: str) -> None:
    """A 240-letter compound ran past the page edge and lost about 150 letters, without
    a word: it now breaks where it must, and every letter is in the PDF's text."""
    import subprocess

    from artexport import export
    require_tool("pdftotext", "scripts/system-deps.sh test (Debian poppler-utils)")
    word = ("Donaudampfschifffahrtselektrizitaetenhauptbetriebswerkbauunterbeamten"
            "gesellschaft" * 4)[:240]
    title = word if where == "title" else "Tide tables"
    body = f"{EN1} {word} {EN2}" if where == "body" else EN1
    folder = article_folder(sandbox, f"---\nlang: de\n---\n# {title}\n\n{body}\n")
    (pdf,) = export(load_article(folder), "pdf", sandbox / "out")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert word in "".join(text.split())


# ---- 8. the batch's manifest: a FIFO, a file of the wrong shape ------------------------------

@pytest.mark.parametrize("shape", ["fifo", "a list", "wrong entries"])
def test_batch_manifest_fifo_or_wrong_shape(sandbox: Path, plugin: Path, shape: str) -> None:
    """A FIFO as manifest hung the batch; a manifest of another shape raised. The FIFO is
    refused by name before it is opened; another shape is ignored (everything rebuilt)."""
    from concurrent.futures import ThreadPoolExecutor

    from artexport.batch import convert_tree
    from artexport.errors import SetupError
    src, out = sandbox / "src", sandbox / "out"
    (src / "x").mkdir(parents=True)
    (src / "x" / "article.md").write_text(f"# Tide tables\n\n{EN1}\n", encoding="utf-8")
    out.mkdir()
    manifest = out / ".artexport-manifest.json"
    if shape == "fifo":
        os.mkfifo(manifest)
        with pytest.raises(SetupError) as info:
            convert_tree(src, out, ["txt"], executor=ThreadPoolExecutor(1))
        assert str(info.value) == f"{manifest}: the manifest is not a regular file; remove it"
        return
    manifest.write_text('[1, 2]' if shape == "a list" else
                        '{"manifest": 2, "articles": {"x": {"formats": 7}}}', encoding="utf-8")
    report = convert_tree(src, out, ["txt"], executor=ThreadPoolExecutor(1))
    assert [r.status for r in report.results] == ["converted"]
