"""The `artexport` command: exit codes, messages, outputs, and the plugin mechanism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from artexport.cli import main
from conftest import EXAMPLES, install_fake_plugin

ARTEXPORT = [sys.executable, "-m", "artexport"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ARTEXPORT, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_convert_writes_slug_named_html_for_each_example(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["convert", *map(str, sorted(EXAMPLES.iterdir())),
                                       "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{p.name}.html" for p in EXAMPLES.iterdir() if p.is_dir())


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["convert", str(EXAMPLES), "--output", str(tmp_path)]
                         ).exit_code == 2  # no --format
    r = runner.invoke(main, ["convert", str(EXAMPLES / "en-river-cleanup"), "-f", "docx",
                             "-o", str(tmp_path)])
    assert r.exit_code == 2 and "unknown format docx" in r.output
    r = runner.invoke(main, ["convert", str(EXAMPLES / "en-river-cleanup"), "-f", "html",
                             "-o", str(tmp_path), "--opt", "nonsense"])
    assert r.exit_code == 2 and "is not KEY=VALUE" in r.output
    assert not any(tmp_path.iterdir())


def test_bad_article_exits_1_names_file_and_leaves_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"# t\n\n\xc3\x28 broken\n")
    out = tmp_path / "out"
    p = run("convert", str(bad), "--format", "html", "--output", str(out))
    assert p.returncode == 1
    assert p.stderr.strip().splitlines() == [
        f"error: {bad}: not valid UTF-8 (byte 0xc3 at line 3, offset 5)"]
    assert not out.exists() or not any(out.iterdir())


def test_one_bad_input_does_not_stop_the_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["convert", str(empty), str(EXAMPLES / "en-river-cleanup"),
                                  "-f", "html", "-o", str(out)])
    assert r.exit_code == 1
    assert f"error: {empty}: file is empty" in r.output
    assert [p.name for p in out.iterdir()] == ["en-river-cleanup.html"]


def test_warnings_are_printed_and_strict_makes_them_errors(tmp_path: Path) -> None:
    folder = tmp_path / "remote-image"
    folder.mkdir()
    (folder / "article.md").write_text(
        "# Title\n\nBody text.\n\n![a photo](http://127.0.0.1/x.png)\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["convert", str(folder), "-f", "html", "-o", str(out)])
    assert r.exit_code == 0
    assert "warning:" in r.output and "'http://127.0.0.1/x.png'" in r.output
    html = (out / "remote-image.html").read_text(encoding="utf-8")
    assert "127.0.0.1" not in html
    strict_out = tmp_path / "strict"
    r = CliRunner().invoke(main, ["convert", str(folder), "-f", "html", "-o", str(strict_out),
                                  "--strict"])
    assert r.exit_code == 1 and "(--strict)" in r.output
    assert not strict_out.exists() or not any(strict_out.iterdir())


def test_inspect_prints_the_article_as_json() -> None:
    r = CliRunner().invoke(main, ["inspect", str(EXAMPLES / "ar-library-audiobooks")])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["lang"] == "ar" and data["direction"] == "rtl"
    assert data["published"] == "2024-03-14T10:15:00+03:00"
    assert data["lead_image"]["image"]["src"] == "reading-room.jpg"


def test_inspect_text_prints_the_readable_text_in_order() -> None:
    r = CliRunner().invoke(main, ["inspect", "--text", str(EXAMPLES / "en-river-cleanup")])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].startswith("Volunteers pull two tonnes")
    assert lines.index("Why the river matters") < lines.index("What happens next")
    assert "— Priya Shah" not in r.output and "Priya Shah, one of the organisers" in r.output


def test_formats_lists_builtins() -> None:
    r = CliRunner().invoke(main, ["formats"])
    assert r.exit_code == 0
    names = [line.split()[0] for line in r.output.splitlines() if line.strip()]
    assert {"html", "pdf", "epub", "audio"} <= set(names)


# ---- third-party exporters through the entry-point group ----------------------------

def test_third_party_exporter_from_the_cli(tmp_path: Path) -> None:
    site = tmp_path / "site"
    install_fake_plugin(site, broken=True)
    env = {"PYTHONPATH": str(site)}
    p = run("formats", env=env)
    assert p.returncode == 0, p.stderr
    assert "txt" in p.stdout and "plain text (test plugin)" in p.stdout
    assert "ghost" in p.stdout and "BROKEN" in p.stdout and "no_such_module" in p.stdout
    assert "html" in p.stdout  # the broken plugin does not hide the others
    out = tmp_path / "out"
    p = run("convert", str(EXAMPLES / "en-river-cleanup"), "-f", "txt,html", "-o", str(out),
            "--opt", "txt.upper=yes", env=env)
    assert p.returncode == 0, p.stderr
    text = (out / "en-river-cleanup.txt").read_text(encoding="utf-8")
    assert text.startswith("VOLUNTEERS PULL TWO TONNES")
    assert (out / "en-river-cleanup.html").is_file()
    p = run("convert", str(EXAMPLES / "en-river-cleanup"), "-f", "ghost", "-o", str(out),
            env=env)
    assert p.returncode == 1 and "exporter 'ghost'" in p.stderr and "failed to load" in p.stderr


def test_third_party_exporter_from_the_api(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    install_fake_plugin(site)
    monkeypatch.syspath_prepend(str(site))
    import artexport

    assert "txt" in artexport.exporter_names()
    article = artexport.load_article(EXAMPLES / "ar-library-audiobooks")
    [path] = artexport.export(article, "txt", tmp_path / "o", options={"txt": {"upper": False}})
    assert path.name == "ar-library-audiobooks.txt"
    assert path.read_text(encoding="utf-8").startswith(article.title)


def test_convert_time_limit_stops_a_hostile_article(tmp_path: Path) -> None:
    """markdown-it is quadratic on nested image brackets: a small file, a long parse."""
    bomb = tmp_path / "bomb.md"
    bomb.write_text("# t\n\n" + "![" * 60_000 + "\n", encoding="utf-8")
    out = tmp_path / "out"
    p = run("convert", str(bomb), "-f", "html", "-o", str(out), "--time-limit", "1")
    assert p.returncode == 1
    assert p.stderr.strip() == f"error: {bomb}: took longer than the limit of 1 s"
    assert not out.exists() or not any(out.iterdir())


def test_two_inputs_with_one_slug_do_not_overwrite_each_other(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("# From Markdown\n\nmd text\n", encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps(
        {"title": "From JSON", "blocks": [{"kind": "paragraph", "text": "json"}]}),
        encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["convert", str(tmp_path / "story.md"),
                                  str(tmp_path / "story.json"), "-f", "html", "-o", str(out)])
    assert r.exit_code == 1
    assert (f"error: {tmp_path}/story.json: would overwrite what {tmp_path}/story.md wrote "
            "(both are 'story')") in r.output
    assert "From Markdown" in (out / "story.html").read_text(encoding="utf-8")


# ---- usage errors once, before work; one line for everything else ------------------

def test_bad_options_are_usage_errors_before_any_article_is_read(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "a").mkdir(parents=True)
    (src / "a" / "article.md").write_bytes(b"# t\n\n\xff broken\n")  # never read
    out = tmp_path / "out"
    for args, message in [
        (["--opt", "pdf.page_size=B9"], "pdf: option page_size must be one of A4, A5, Letter, "
                                        "not 'B9'"),
        (["--opt", "pdf.pag_size=A5"], "pdf: unknown option 'pag_size' (did you mean "
                                       "page_size?)"),
        (["--opt", "pag_size=A5"], "no chosen format has an option 'pag_size' (did you mean "
                                   "page_size?)"),
    ]:
        for command in (["batch", str(src), "-o", str(out)],
                        ["convert", str(src / "a"), "-o", str(out)]):
            r = CliRunner().invoke(main, [*command, "-f", "html,pdf", *args])
            assert r.exit_code == 2, r.output
            assert message in " ".join(r.output.split())
            assert "not valid UTF-8" not in r.output
    assert not out.exists()


def _plugin_dist(site: Path, name: str, module: str, code: str, entry: str) -> None:
    site.mkdir(parents=True, exist_ok=True)
    (site / f"{module}.py").write_text(code, encoding="utf-8")
    dist = site / f"{name}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n",
                                   encoding="utf-8")
    (dist / "entry_points.txt").write_text(f"[artexport.exporters]\n{entry}\n",
                                           encoding="utf-8")


NEEDS_A_LIBRARY = '''
import ctypes
from artexport.exporters import Exporter, Rendered

class NeedsPango(Exporter):
    name = "needy"
    file_extension = "needy"
    media_type = "application/x-needy"

    def render(self, article):
        ctypes.CDLL("libpango-artexport-test-missing.so.0")  # like WeasyPrint without Pango
        return Rendered(b"")

class FakeHtml(NeedsPango):
    name = "html"
'''


def test_broken_missing_and_shadowing_plugins(tmp_path: Path) -> None:
    site = install_fake_plugin(tmp_path / "site", broken=True)
    needy = tmp_path / "needy"
    _plugin_dist(needy, "needy-plugin", "needy_plugin", NEEDS_A_LIBRARY,
                 "needy = needy_plugin:NeedsPango\nhtml = needy_plugin:FakeHtml")
    env = {"PYTHONPATH": f"{site}{os.pathsep}{needy}"}
    p = run("formats", env=env)
    assert "warning: exporter 'html' (needy_plugin:FakeHtml) from needy-plugin is ignored: " \
           "the name is taken by the built-in artexport.exporters.html:" in p.stderr
    out = tmp_path / "out"
    p = run("convert", str(EXAMPLES / "en-river-cleanup"), "-f", "html,needy", "-o", str(out),
            env=env)
    assert p.returncode == 1
    lines = [line for line in p.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "needy: a system library is missing" in lines[0]
    assert "libpango-artexport-test-missing.so.0" in lines[0] and "Traceback" not in p.stderr
    assert not out.exists() or not any(out.iterdir())
    # -f all: the broken plugin is skipped with a warning, the built-in html is the real one
    p = run("convert", str(EXAMPLES / "en-river-cleanup"), "-f", "all", "-o", str(out),
            "--opt", "audio.engine=espeak", env={"PYTHONPATH": str(site)})
    assert "warning: skipped: exporter 'ghost'" in p.stderr
    written = sorted(q.suffix for q in out.iterdir())
    assert {".html", ".pdf", ".epub", ".mp3", ".txt"} <= set(written)
    assert (out / "en-river-cleanup.html").read_bytes().lstrip().lower().startswith(
        b"<!doctype html>")


def test_an_article_is_written_in_every_format_or_none(tmp_path: Path) -> None:
    folder = tmp_path / "far-future"
    folder.mkdir()
    (folder / "article.md").write_text(
        "---\ntitle: The last minute\npublished: 9999-12-31T23:59:59-12:00\n---\n\nText.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    p = run("convert", str(folder), "-f", "html,pdf,epub", "-o", str(out))
    assert p.returncode == 1
    assert len(p.stderr.strip().splitlines()) == 1, p.stderr
    assert p.stderr.startswith(f"error: {folder}")
    assert not out.exists() or not any(out.iterdir())


def test_long_slugs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    arabic = "ب" * 120  # 240 bytes: the file name fits, a long temp name would not
    cjk = "字" * 120  # 360 bytes: no file system takes that as a name
    for slug in (arabic, cjk):
        (tmp_path / f"{slug[:3]}.md").write_text(f"---\nslug: {slug}\n---\n# Title\n\nText.\n",
                                                 encoding="utf-8")
    p = run("convert", str(tmp_path / f"{arabic[:3]}.md"), "-f", "html", "-o", str(out))
    assert p.returncode == 0, p.stderr
    assert (out / f"{arabic}.html").is_file()
    p = run("convert", str(tmp_path / f"{cjk[:3]}.md"), "-f", "html", "-o", str(out))
    assert p.returncode == 1
    assert "is 365 bytes, over the 255 a file system allows; give the article a shorter " \
           "slug" in p.stderr and len(p.stderr.splitlines()) == 1


def test_output_folder_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    p = run("convert", str(EXAMPLES / "en-river-cleanup"), "-f", "html", "-o",
            str(tmp_path / "file" / "out"))
    assert (p.returncode, p.stderr) == (1, f"error: {tmp_path / 'file' / 'out'}: cannot "
                                           "create the output folder: a file is in the way\n")


def test_export_takes_one_name_or_all(tmp_path: Path, plugin: Path) -> None:
    import artexport

    article = artexport.load_article(EXAMPLES / "en-river-cleanup")
    [one] = artexport.export(article, "txt", tmp_path / "one")
    assert one.name == "en-river-cleanup.txt"
    every = artexport.export(article, "all", tmp_path / "all", options={"audio": {}})
    assert {p.suffix for p in every} >= {".html", ".pdf", ".epub", ".mp3", ".txt"}
