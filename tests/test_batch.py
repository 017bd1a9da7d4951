"""Batch conversion: discovery, parallel runs, incremental skips, failures, interruption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from artexport.batch import MANIFEST, REPORT, convert_tree, find_articles
from conftest import EXAMPLES


def article(folder: Path, title: str, body: str = "Some body text.") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.md").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    return folder


def make_tree(root: Path) -> Path:
    """news/a (folder article), news/b, wire/x.md + wire/y.json (file articles),
    broken/article.md (invalid UTF-8)."""
    article(root / "news" / "a", "Alpha")
    article(root / "news" / "b", "Beta")
    (root / "wire").mkdir(parents=True)
    (root / "wire" / "x.md").write_text("# Xray\n\nwire text\n", encoding="utf-8")
    (root / "wire" / "y.json").write_text(json.dumps(
        {"title": "Yankee", "blocks": [{"kind": "paragraph", "text": "json text"}]}),
        encoding="utf-8")
    (root / "broken").mkdir()
    (root / "broken" / "article.md").write_bytes(b"# t\n\n\xff\xfe\n")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "z.md").write_text("# hidden\n\nx\n", encoding="utf-8")
    return root


def test_find_articles_rules(tmp_path: Path) -> None:
    src = make_tree(tmp_path / "src")
    found = [p.relative_to(src).as_posix() for p in find_articles(src)]
    assert found == ["broken", "news/a", "news/b", "wire/x.md", "wire/y.json"]


def test_convert_tree_layout_failures_and_report(tmp_path: Path, plugin: Path) -> None:
    src, out = make_tree(tmp_path / "src"), tmp_path / "out"
    with ThreadPoolExecutor(2) as pool:  # any concurrent.futures executor works
        report = convert_tree(src, out, ["txt"], executor=pool)
    assert not report.ok
    assert [r.source for r in report.failed] == ["broken"]
    assert "broken/article.md: not valid UTF-8" in (report.failed[0].error or "")
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt")) == [
        "news/a/a.txt", "news/b/b.txt", "wire/x.txt", "wire/y.txt"]
    saved = json.loads((out / REPORT).read_text(encoding="utf-8"))
    assert (saved["converted"], saved["failed"], saved["skipped"]) == (4, 1, 0)


def test_rerun_skips_unchanged_and_rebuilds_what_changed(tmp_path: Path,
                                                         plugin: Path) -> None:
    src, out = make_tree(tmp_path / "src"), tmp_path / "out"
    with ThreadPoolExecutor(2) as pool:
        convert_tree(src, out, ["txt"], executor=pool)
        again = convert_tree(src, out, ["txt"], executor=pool)
        assert [r.status for r in again.results] == ["failed"] + ["skipped"] * 4
        # the source changed, an output vanished, an option changed, --force
        article(src / "news" / "a", "Alpha", "Edited body.")
        (out / "wire" / "x.txt").unlink()
        third = convert_tree(src, out, ["txt"], executor=pool)
        assert {r.source for r in third.results if r.status == "converted"} == {
            "news/a", "wire/x.md"}
        assert "Edited body." in (out / "news/a/a.txt").read_text(encoding="utf-8")
        upper = convert_tree(src, out, ["txt"], {"txt": {"upper": "yes"}}, executor=pool)
        assert upper.count("converted") == 4
        forced = convert_tree(src, out, ["txt"], {"txt": {"upper": "yes"}}, executor=pool,
                              force=True)
        assert forced.count("converted") == 4 and forced.count("skipped") == 0
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["articles"]) == {"news/a", "news/b", "wire/x.md", "wire/y.json"}


def test_leftover_temp_files_are_removed_before_a_run(tmp_path: Path, plugin: Path) -> None:
    src, out = make_tree(tmp_path / "src"), tmp_path / "out"
    (out / "news" / "a").mkdir(parents=True)
    stale = out / "news" / "a" / ".a.txt.abc123.part"
    stale.write_bytes(b"half a file")
    with ThreadPoolExecutor(1) as pool:
        convert_tree(src, out, ["txt"], executor=pool)
    assert not stale.exists()


def test_time_limit_stops_a_slow_article_only(tmp_path: Path, plugin: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    article(src / "fast", "fast one")
    article(src / "slow", "slow one")
    started = time.monotonic()
    report = convert_tree(src, out, ["txt"], {"txt": {"sleep": "30"}}, jobs=2,
                          time_limit=2.0)
    assert time.monotonic() - started < 25
    assert [(r.source, r.status) for r in report.results] == [("fast", "converted"),
                                                              ("slow", "failed")]
    assert "took longer than the limit of 2 s" in (report.failed[0].error or "")
    assert not list(out.rglob("slow*"))


def _batch_cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "artexport", "batch", str(src), "-o", str(out), *extra]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_run_leaves_no_partial_file_and_resumes(tmp_path: Path, plugin: Path,
                                                            sig: signal.Signals) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    for i in range(12):
        article(src / f"a{i:02d}", f"slow article {i}")
    proc = subprocess.Popen(_batch_cmd(src, out, "-f", "txt", "--opt", "txt.sleep=0.5",
                                       "-j", "2"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while len(list(out.rglob("*.txt"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, sig)  # like Ctrl-C or `kill` on the whole job
    proc.wait(timeout=60)
    assert proc.returncode != 0
    done = list(out.rglob("*.txt"))
    assert 2 <= len(done) < 12
    assert not list(out.rglob("*.part")), "a partial file was left behind"
    for path in done:
        assert path.read_text(encoding="utf-8").startswith("slow article")
    p = subprocess.run(_batch_cmd(src, out, "-f", "txt", "--opt", "txt.sleep=0.5", "-j", "2"),
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    assert report["skipped"] == len(done) and report["failed"] == 0
    assert len(list(out.rglob("*.txt"))) == 12


def test_cli_batch_exit_code_and_summary(tmp_path: Path, plugin: Path) -> None:
    src, out = make_tree(tmp_path / "src"), tmp_path / "out"
    p = subprocess.run(_batch_cmd(src, out, "-f", "txt", "-j", "2"), capture_output=True,
                       text=True, timeout=120)
    assert p.returncode == 1
    assert f"failed: {src}/broken/article.md: not valid UTF-8" in p.stderr.replace("\n", "")
    assert "[5/5]" in p.stderr
    q = subprocess.run(_batch_cmd(src, out, "-f", "txt", "--quiet"), capture_output=True,
                       text=True, timeout=120)
    assert q.returncode == 1 and "[" not in q.stderr.split("failed:")[0]


def test_examples_in_a_batch_match_single_conversions(tmp_path: Path) -> None:
    report = convert_tree(EXAMPLES, tmp_path / "batch", ["html"], jobs=2)
    assert report.ok and report.count("converted") == len(find_articles(EXAMPLES))
    from artexport import export, load_article

    for folder in find_articles(EXAMPLES):
        [single] = export(load_article(folder), "html", tmp_path / "single")
        batch = tmp_path / "batch" / folder.name / single.name
        assert batch.read_bytes() == single.read_bytes()


def test_dask_local_cluster_gives_identical_outputs(tmp_path: Path, plugin: Path) -> None:
    distributed = pytest.importorskip("distributed")  # the artexport[dask] extra
    src = make_tree(tmp_path / "src")
    local = convert_tree(src, tmp_path / "local", ["txt", "html"], jobs=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        remote = convert_tree(src, tmp_path / "dask", ["txt", "html"],
                              executor=client.get_executor())
    assert [(r.source, r.status) for r in remote.results] == [
        (r.source, r.status) for r in local.results]
    files = sorted(p.relative_to(tmp_path / "local") for p in (tmp_path / "local").rglob("*")
                   if p.is_file() and not p.name.startswith((".", "artexport-report")))
    assert files and files == sorted(
        p.relative_to(tmp_path / "dask") for p in (tmp_path / "dask").rglob("*")
        if p.is_file() and not p.name.startswith((".", "artexport-report")))
    for rel in files:
        assert (tmp_path / "local" / rel).read_bytes() == (tmp_path / "dask" / rel).read_bytes()


def test_two_sources_with_one_name_do_not_overwrite_each_other(tmp_path: Path,
                                                                 plugin: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "story.txt").write_text("From the scrape\n\nscraped text that reads like a "
                                   "sentence of a news story.\n", encoding="utf-8")
    (src / "story.md").write_text("# From Markdown\n\nmd text\n", encoding="utf-8")
    (src / "story.html").write_text("<title>From HTML</title><p>html text here</p>",
                                    encoding="utf-8")
    with ThreadPoolExecutor(1) as pool:
        report = convert_tree(src, out, ["txt"], executor=pool)
    assert [(r.source, r.status) for r in report.results] == [
        ("story.html", "failed"), ("story.md", "converted"), ("story.txt", "failed")]
    assert report.failed[1].error == (f"{src}/story.txt: would write the same files as "
                                      "story.md; rename one, or give each its own folder")
    assert (out / "story.txt").read_text(encoding="utf-8").startswith("From Markdown")
