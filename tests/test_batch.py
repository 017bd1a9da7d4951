"""Batch conversion: discovery, parallel runs, incremental skips, failures, interruption."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from artexport import OptionError, SetupError
from artexport.batch import MANIFEST, REPORT, BatchReport, convert_tree, find_articles
from artexport.errors import BatchInterrupted
from conftest import EXAMPLES, require


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
    stale = [out / "news" / "a" / ".artexport-abc123.part",
             out / "news" / "a" / ".a.txt.abc123.part"]  # an earlier version's name
    for path in stale:
        path.write_bytes(b"half a file")
    with ThreadPoolExecutor(1) as pool:
        convert_tree(src, out, ["txt"], executor=pool)
    assert not [p for p in stale if p.exists()]


@pytest.mark.timeout(180)  # guards against a limit that is not enforced: a 1 h article
@pytest.mark.parametrize("where", ["process pool", "thread pool"])
def test_time_limit_stops_a_slow_article_only(tmp_path: Path, plugin: Path,
                                              where: str) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    article(src / "fast", "fast one")
    article(src / "slow", "slow one")
    options = {"txt": {"sleep": "3600"}}
    if where == "process pool":
        report = convert_tree(src, out, "txt", options, jobs=2, time_limit=2.0)
    else:  # SIGALRM cannot reach a worker thread: the watchdog raises there itself
        with ThreadPoolExecutor(2) as pool:
            report = convert_tree(src, out, "txt", options, pool, time_limit=2.0)
    assert [(r.source, r.status) for r in report.results] == [("fast", "converted"),
                                                              ("slow", "failed")]
    assert report.failed[0].error == f"{src / 'slow'}: took longer than the limit of 2 s"
    assert not list(out.rglob("slow*"))


def test_a_string_format_and_all(tmp_path: Path, plugin: Path) -> None:
    src = tmp_path / "src"
    article(src / "a", "Alpha")
    report = convert_tree(src, tmp_path / "one", "txt", jobs=1)  # not read as t, x, t
    assert report.formats == ("txt",) and report.count("converted") == 1
    with ThreadPoolExecutor(1) as pool:
        every = convert_tree(src, tmp_path / "all", "all", executor=pool)
    assert {"html", "pdf", "epub", "audio", "braille", "txt"} <= set(every.formats)
    assert sorted(p.suffix for p in (tmp_path / "all" / "a").iterdir()) == [
        ".brf", ".epub", ".html", ".mp3", ".pdf", ".pef", ".txt", ".vtt"]


def test_bad_options_are_refused_before_any_work(tmp_path: Path, plugin: Path) -> None:
    src, out = make_tree(tmp_path / "src"), tmp_path / "out"
    with pytest.raises(OptionError, match=r"txt: unknown option 'uper' \(did you mean upper\?\)"):
        convert_tree(src, out, ["txt"], {"txt": {"uper": "yes"}}, jobs=1)
    with pytest.raises(OptionError, match="pdf: option page_size must be one of A4, A5, "
                                          "Letter, not 'B9'"):
        convert_tree(src, out, ["txt", "pdf"], {"pdf": {"page_size": "B9"}}, jobs=1)
    with pytest.raises(OptionError, match="options for 'pfd', which is not one of the chosen "
                                          r"formats \(txt, pdf\) \(did you mean pdf\?\)"):
        convert_tree(src, out, ["txt", "pdf"], {"pfd": {"page_size": "A5"}}, jobs=1)
    assert not out.exists()  # refused before the output folder was even made


def _batch_cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "artexport", "batch", str(src), "-o", str(out), *extra]


STOPS = {"SIGINT": [signal.SIGINT], "SIGTERM": [signal.SIGTERM],
         "two quick SIGINTs": [signal.SIGINT] * 2,  # once exited, the manifest unsaved
         "three quick SIGINTs": [signal.SIGINT] * 3}  # once hung after a traceback


@pytest.mark.timeout(300)
@pytest.mark.parametrize("signals", list(STOPS))
def test_interrupted_run_leaves_no_partial_file_and_resumes(tmp_path: Path, plugin: Path,
                                                            signals: str) -> None:
    """Two quick articles, then ten that wait for a gate file: the run cannot finish
    before the signal, whatever the load. The first Ctrl-C lets the two articles in
    progress finish (the gate opens after it); SIGTERM and a repeated Ctrl-C stop them
    at once. Either way: exit 128 + signal, no temp file, the manifest saved with what
    finished, and the next run converts only the rest."""
    src, out, gate = tmp_path / "src", tmp_path / "out", tmp_path / "gate"
    for i in range(12):
        article(src / f"a{i:02d}", f"{'quick' if i < 2 else 'slow'} article {i}")
    cmd = _batch_cmd(src, out, "-f", "txt", "--opt", f"txt.gate={gate}", "-j", "2")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    while len(list(out.rglob("*.txt"))) < 2 and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.5)  # the next two articles are taken by the workers (not asserted)
    sent = STOPS[signals]
    for sig in sent:
        os.killpg(proc.pid, sig)  # like Ctrl-C or `kill` on the whole job
        time.sleep(0.05)
    graceful = sent == [signal.SIGINT]
    if graceful:
        gate.touch()
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 128 + sent[0], stderr
    assert "Traceback" not in stderr
    assert "error: interrupted; finished outputs are kept, run again to resume" in stderr
    done = sorted(p.parent.name for p in out.rglob("*.txt"))
    assert not list(out.rglob("*.part")), "a partial file was left behind"
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["articles"]) == done  # everything that finished is recorded
    assert done[:2] == ["a00", "a01"] and len(done) < 12
    if not graceful:
        assert done == ["a00", "a01"]  # the gated ones were stopped, not waited for
    report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    assert (report["converted"], report["interrupted"]) == (len(done), 12 - len(done))
    gate.touch()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    assert (report["skipped"], report["converted"]) == (len(done), 12 - len(done))
    assert len(list(out.rglob("*.txt"))) == 12


def test_interrupt_from_python_raises_keyboard_interrupt_with_the_report(
        tmp_path: Path, plugin: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    for i in range(4):
        article(src / f"a{i}", f"article {i}")

    def ctrl_c(done: int, total: int, result: object) -> None:
        if done == 1:
            os.kill(os.getpid(), signal.SIGINT)

    # what the run found (a background job's shell may have set SIG_IGN) comes back
    before = signal.getsignal(signal.SIGINT)
    with ThreadPoolExecutor(1) as pool, pytest.raises(KeyboardInterrupt) as caught:
        convert_tree(src, out, "txt", executor=pool, progress=ctrl_c)
    assert isinstance(caught.value, BatchInterrupted)
    report = caught.value.report
    assert isinstance(report, BatchReport)
    assert report.count("converted") + report.count("interrupted") == 4
    assert 1 <= report.count("converted") < 4
    assert signal.getsignal(signal.SIGINT) is before  # restored


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


@pytest.mark.timeout(300)
def test_dask_cluster_whose_workers_run_elsewhere(tmp_path: Path, plugin: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers started in another working directory, relative paths on the client: the
    outputs land where the client means, identical to a local run; the time limit holds
    on the workers; a worker with another artexport version is refused before work."""
    require(importlib.util.find_spec("distributed"), "distributed",
            "pip install -e '.[dask]' (make test does)")
    distributed = pytest.importorskip("distributed")  # the artexport[dask] extra
    client_dir, worker_dir = tmp_path / "client", tmp_path / "workers"
    worker_dir.mkdir()
    src = make_tree(client_dir / "src")
    article(src / "news" / "slow", "slow one")
    local = convert_tree(src, client_dir / "local", ["txt", "html"], {"txt": {"sleep": "5"}},
                         jobs=2, time_limit=60)
    monkeypatch.chdir(worker_dir)  # the workers are started from here
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        monkeypatch.chdir(client_dir)
        assert set(client.run(os.getcwd).values()) == {str(worker_dir)}
        remote = convert_tree("src", "dask", ["txt", "html"], {"txt": {"sleep": "5"}},
                              executor=client.get_executor(), time_limit=60)
        limited = convert_tree("src", "limited", ["txt"], {"txt": {"sleep": "3600"}},
                               executor=client.get_executor(), time_limit=2)
        client.run(_pretend_version, "0.0.1")
        with pytest.raises(SetupError, match=r"runs artexport 0\.0\.1, this client"):
            convert_tree("src", "refused", ["txt"], executor=client.get_executor())
    assert not any(worker_dir.iterdir()), "a worker wrote under its own directory"
    assert [(r.source, r.status) for r in remote.results] == [
        (r.source, r.status) for r in local.results]
    assert remote.count("converted") == 5
    files = sorted(p.relative_to(client_dir / "local") for p in (client_dir / "local").rglob("*")
                   if p.is_file() and not p.name.startswith((".", "artexport-report")))
    assert files and files == sorted(
        p.relative_to(client_dir / "dask") for p in (client_dir / "dask").rglob("*")
        if p.is_file() and not p.name.startswith((".", "artexport-report")))
    for rel in files:
        assert (client_dir / "local" / rel).read_bytes() == \
            (client_dir / "dask" / rel).read_bytes()
    assert [r.source for r in limited.failed] == ["broken", "news/slow"]
    assert (limited.failed[1].error or "") == \
        f"{src}/news/slow: took longer than the limit of 2 s"
    assert not (client_dir / "refused" / "news").exists()


def _pretend_version(version: str) -> None:
    import artexport
    import artexport.batch.work

    artexport.__version__ = artexport.batch.work.__version__ = version


def test_articles_with_one_slug_in_one_folder_are_all_refused(tmp_path: Path,
                                                              plugin: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "story.txt").write_text("From the scrape\n\nscraped text that reads like a "
                                   "sentence of a news story.\n", encoding="utf-8")
    (src / "story.md").write_text("# From Markdown\n\nmd text\n", encoding="utf-8")
    (src / "first.md").write_text("---\nslug: Shared\n---\n# One\n\nx\n", encoding="utf-8")
    (src / "second.md").write_text("---\nslug: shared\n---\n# Two\n\ny\n",
                                   encoding="utf-8")
    (src / "alone.md").write_text("# Alone\n\nz\n", encoding="utf-8")
    for run in range(2):  # a re-run refuses them again: neither is ever skipped
        with ThreadPoolExecutor(2) as pool:
            report = convert_tree(src, out, ["txt"], executor=pool)
        assert [(r.source, r.status) for r in report.results] == [
            ("alone.md", "converted" if run == 0 else "skipped"), ("first.md", "failed"),
            ("second.md", "failed"), ("story.md", "failed"), ("story.txt", "failed")]
        errors = {r.source: r.error for r in report.failed}
        assert errors["story.txt"] == (f"{src}/story.txt: would write the same files "
                                       "(story.*) as story.md; give each its own slug or "
                                       "folder")
        assert errors["first.md"] == (f"{src}/first.md: would write the same files "
                                      "(Shared.*) as second.md; give each its own slug or "
                                      "folder")
        assert sorted(p.name for p in out.glob("*.txt")) == ["alone.txt"]


def test_the_output_folder_inside_the_source_is_not_converted(tmp_path: Path,
                                                              plugin: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    monkeypatch.chdir(make_tree(tmp_path / "src"))
    for _ in range(2):  # `batch . -o ./out`, twice: the outputs never become articles
        p = subprocess.run(_batch_cmd(Path("."), Path("out"), "-f", "txt,html"),
                           capture_output=True, text=True, timeout=120)
        assert p.returncode == 1, p.stderr  # the broken article
    report = json.loads(Path("out", REPORT).read_text(encoding="utf-8"))
    assert report["failed"] == 1 and report["skipped"] == 4 and report["converted"] == 0
    assert not Path("out", "out").exists()
    # another run's output folder is known by its manifest
    assert [p.name for p in find_articles(Path("."), skip=[Path("elsewhere")])] == [
        "broken", "a", "b", "x.md", "y.json"]


def test_a_folder_name_that_is_not_utf8(tmp_path: Path, plugin: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    name = os.fsdecode(b"caf\xe9")  # Latin-1 bytes: lone surrogates in Python
    article(src / name, "Latin-1 folder")
    article(src / "plain", "Plain")
    for status in ("converted", "skipped"):  # the manifest is saved and read back
        p = subprocess.run(_batch_cmd(src, out, "-f", "txt", "-j", "1"), capture_output=True,
                           timeout=120)
        assert p.returncode == 0, p.stderr
        report = json.loads((out / REPORT).read_bytes())
        assert [(a["source"], a["status"]) for a in report["articles"]] == [
            (name, status), ("plain", status)]
    assert (out / name / "caf.txt").is_file()  # the undecodable byte is not in the slug


def test_a_manifest_of_the_wrong_shape_or_a_fifo(tmp_path: Path, plugin: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    article(src / "a", "Alpha")
    out.mkdir()
    for junk in ('{"articles": []}', '[1, 2]', '{"manifest": 2, "articles": {"a": 5}}',
                 "not json"):
        (out / MANIFEST).write_text(junk, encoding="utf-8")
        with ThreadPoolExecutor(1) as pool:
            report = convert_tree(src, out, "txt", executor=pool)
        assert report.count("converted") == 1  # ignored, rebuilt, replaced
        assert json.loads((out / MANIFEST).read_text(encoding="utf-8"))["manifest"] == 2
    (out / MANIFEST).unlink()
    os.mkfifo(out / MANIFEST)
    with pytest.raises(SetupError, match="the manifest is not a regular file; remove it"):
        convert_tree(src, out, "txt", jobs=1)


def test_output_folder_problems_are_one_line(tmp_path: Path, plugin: Path) -> None:
    src = tmp_path / "src"
    article(src / "a", "Alpha")
    (tmp_path / "file").write_text("in the way")
    in_the_way = "cannot create the output folder: a file is in the way"
    for out, message in [(tmp_path / "file", in_the_way),
                         (tmp_path / "file" / "sub", in_the_way)]:
        p = subprocess.run(_batch_cmd(src, out, "-f", "txt"), capture_output=True, text=True,
                           timeout=120)
        assert (p.returncode, p.stderr) == (1, f"error: {out}: {message}\n")
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        p = subprocess.run(_batch_cmd(src, locked / "out", "-f", "txt"),
                           capture_output=True, text=True, timeout=120)
        assert p.returncode == 1
        assert p.stderr == f"error: {locked / 'out'}: cannot write to the output folder: " \
                           "Permission denied\n"


def test_an_empty_source_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    p = subprocess.run(_batch_cmd(tmp_path / "src", tmp_path / "out", "-f", "html"),
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 1
    assert p.stderr.startswith(f"error: {tmp_path / 'src'}: no article found here")


def test_the_report_counts_dropped_words(tmp_path: Path) -> None:
    from artexport.batch import ArticleResult

    report = BatchReport([ArticleResult("a", "converted", dropped_words=7),
                          ArticleResult("b", "converted")], 1.0, ("html",))
    data = report.to_dict()
    assert data["dropped_words"] == 7
    assert [a.get("dropped_words") for a in data["articles"]] == [7, 0]



def test_a_late_ctrl_c_after_a_batch_stopped_says_what_was_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The third of three quick Ctrl-Cs can land after the batch stopped and gave the
    signals back (the manifest and the report written by then): a plain
    KeyboardInterrupt, which the CLI reports as the stopped batch, exit 130, no
    traceback (it said only "error: interrupted")."""
    from click.testing import CliRunner

    import artexport.batch
    from artexport.cli import main
    from artexport.errors import BATCH_INTERRUPTED

    def late(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(artexport.batch, "convert_tree", late)
    article(tmp_path / "src" / "a00", "an article")
    result = CliRunner(mix_stderr=False).invoke(main, ["batch", str(tmp_path / "src"), "-f",
                                                     "html", "-o", str(tmp_path / "out")])
    assert result.exit_code == 130
    assert result.stderr.strip() == f"error: {BATCH_INTERRUPTED}"
    assert result.exception is None or isinstance(result.exception, SystemExit)
