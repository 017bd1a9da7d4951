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
