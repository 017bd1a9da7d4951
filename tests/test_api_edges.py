"""The library as a program depending on it sees it: warnings that point at the caller's
line, a logger for what is done (the CLI's -v / -vv), and one version."""

from __future__ import annotations

import inspect
import logging
import os
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path

import pytest

import artexport
from artexport import ArtexportWarning, export, load_article
from artexport.exporters.html import HtmlOptions
from conftest import EXAMPLES, ROOT

HERE = Path(__file__).resolve()


def _line_after() -> int:
    """The line number following the caller's line."""
    frame = inspect.currentframe()
    assert frame is not None and frame.f_back is not None
    return frame.f_back.f_lineno + 1


def test_warnings_point_at_the_callers_line(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "article.md").write_text(
        "# A story\n\nText.\n\n![A photo](https://example.org/p.png)\n\n<div>raw</div>\n",
        encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = _line_after()
        article = load_article(folder)
    messages = [str(w.message) for w in caught if issubclass(w.category, ArtexportWarning)]
    assert any("raw HTML block at line 7 read as plain text" in m for m in messages)
    assert any("remote and inline images are never fetched" in m for m in messages)
    for w in caught:
        assert (Path(w.filename).resolve(), w.lineno) == (HERE, line), w
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = _line_after()
        export(article, "html", tmp_path / "out", options={"html": {"base_size_px": 2}})
        options_line = _line_after()
        HtmlOptions(base_size_px=999)
    assert [(str(w.message).split(";")[0], Path(w.filename).resolve(), w.lineno)
            for w in caught] == [
        ("html: base_size_px 2 is outside 24..64", HERE, line),
        ("html: base_size_px 999 is outside 24..64", HERE, options_line)]


def test_a_skipped_plugin_warns_at_the_callers_line(tmp_path: Path) -> None:
    from conftest import install_fake_plugin

    site = install_fake_plugin(tmp_path / "site", broken=True)
    script = tmp_path / "user.py"
    script.write_text(
        "import warnings\n"
        "import artexport\n"
        "warnings.simplefilter('always')\n"
        f"article = artexport.load_article({str(EXAMPLES / 'en-river-cleanup')!r})\n"
        f"artexport.export(article, 'all', {str(tmp_path / 'out')!r},\n"
        "                 options={'audio': {'cache_dir': 'none'}})\n", encoding="utf-8")
    p = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                       timeout=300, env={**os.environ, "PYTHONPATH": str(site)})
    assert p.returncode == 0, p.stderr
    assert f"{script}:5: ArtexportWarning: skipped: exporter 'ghost'" in p.stderr


def test_the_library_logs_what_it_does_and_the_cli_shows_it_with_v(tmp_path: Path,
                                                                    caplog: pytest.LogCaptureFixture
                                                                    ) -> None:
    assert any(isinstance(h, logging.NullHandler)
               for h in logging.getLogger("artexport").handlers)
    article = load_article(EXAMPLES / "en-river-cleanup")
    with caplog.at_level(logging.DEBUG, logger="artexport"):
        export(article, "html", tmp_path / "api")
    assert f"{EXAMPLES / 'en-river-cleanup'}: wrote 1 file(s) to {tmp_path / 'api'} in " \
        in caplog.text
    cmd = [sys.executable, "-m", "artexport"]
    convert = ["convert", str(EXAMPLES / "en-river-cleanup"), "-f", "html", "-o",
               str(tmp_path / "cli")]
    quiet, info, debug = (subprocess.run([*cmd, *flag, *convert], capture_output=True,
                                         text=True, timeout=120)
                          for flag in ([], ["-v"], ["-vv"]))
    assert (quiet.returncode, quiet.stderr) == (0, "")
    assert info.returncode == 0 and "wrote 1 file(s)" in info.stderr
    assert "html rendered in" not in info.stderr
    assert debug.returncode == 0 and "html rendered in" in debug.stderr
    assert "exporter 'html': artexport.exporters.html:" in debug.stderr
    assert quiet.stdout == info.stdout == debug.stdout  # the files written, on stdout


def test_one_version_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    p = subprocess.run([sys.executable, "-m", "artexport", "--version"], capture_output=True,
                       text=True, timeout=60)
    assert p.stdout.strip() == f"artexport, version {artexport.__version__}"


def test_an_option_warning_is_printed_once(tmp_path: Path) -> None:
    src = tmp_path / "src" / "story"
    src.mkdir(parents=True)
    (src / "article.md").write_text("# A story\n\nText.\n", encoding="utf-8")
    for command in ("convert", "batch"):
        where = src if command == "convert" else src.parent
        p = subprocess.run([sys.executable, "-m", "artexport", command, str(where), "-f",
                            "html", "-o", str(tmp_path / command), "--opt",
                            "html.base_size_px=2"], capture_output=True, text=True,
                           timeout=120)
        assert p.returncode == 0, p.stderr
        assert [line for line in p.stderr.splitlines() if line.startswith("warning:")] == [
            "warning: html: base_size_px 2 is outside 24..64; using 24"], p.stderr


# ---- a machine without Pango: one line, before any work ------------------------------

def _without_pango() -> list[str]:
    """A command prefix that runs in a mount namespace where libpango is an empty file,
    as on a machine without Pango (root and util-linux's unshare; else the test skips)."""
    found = sorted(Path("/usr/lib").glob("*/libpango-1.0.so.0"))
    if os.geteuid() != 0 or not found:
        pytest.skip("needs root and a system libpango to hide")
    library = found[0].resolve()
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no mount namespaces here")
    return ["unshare", "-m", "sh", "-c", f"mount --bind /dev/null {library} && exec \"$@\"",
            "sh"]


def test_without_pango_the_pdf_is_one_line_naming_the_library(tmp_path: Path) -> None:
    prefix = _without_pango()
    cmd = [*prefix, sys.executable, "-m", "artexport"]
    pango = ("pdf: a system library is missing (libpango-1.0-0); install Pango and HarfBuzz "
             "(Debian: apt install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0)")
    src = tmp_path / "src"
    (src / "a").mkdir(parents=True)
    (src / "a" / "article.md").write_bytes(b"# t\n\n\xff never read\n")
    for command in (["convert", str(src / "a")], ["batch", str(src)]):
        out = tmp_path / command[0]
        p = subprocess.run([*cmd, *command, "-f", "html,pdf", "-o", str(out)],
                           capture_output=True, text=True, timeout=120)
        assert (p.returncode, p.stdout, p.stderr) == (1, "", f"error: {pango}\n")
        assert not out.exists() or not any(out.iterdir())
    p = subprocess.run([*cmd, "formats"], capture_output=True, text=True, timeout=120)
    assert f"pdf        BROKEN  {pango}" in p.stdout.splitlines()
    assert "html       .html" in p.stdout
