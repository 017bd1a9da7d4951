"""The batch acceptance run: 40 copies of the seed plus one broken article, all four
formats, two workers; then a re-run, an interrupted run, and the same batch on Dask."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from mutagen.mp3 import MP3

from artexport.batch import REPORT, convert_tree

MAIN_EXTENSIONS = (".html", ".epub", ".pdf", ".mp3")
# One batch of the 40 seeds may take this long on a loaded 2-CPU machine; a test waits
# for at most two of them, and pytest-timeout (600 s by default) must not end it first.
BATCH_SECONDS = 900
pytestmark = pytest.mark.timeout(2 * BATCH_SECONDS + 300)


def seed_tree(seed: Path, root: Path, copies: int) -> Path:
    for i in range(copies):
        folder = root / f"seed-{i:02d}"
        folder.mkdir(parents=True)
        shutil.copy(seed, folder / "article.txt")
    (root / "broken").mkdir()
    (root / "broken" / "article.txt").write_bytes(b"\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\n\xff")
    return root


def batch(src: Path, out: Path) -> subprocess.Popen[str]:
    # speech, fonts and templates cached beside the tree, empty at the first run: a first
    # run here is a first run anywhere, whatever this machine converted before
    env = {**os.environ, "XDG_CACHE_HOME": str(src.parent / "cache")}
    return subprocess.Popen([sys.executable, "-m", "artexport", "batch", str(src), "-o",
                             str(out), "-f", "html,epub,pdf,audio", "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env=env)


def main_outputs(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.suffix in MAIN_EXTENSIONS)


def assert_complete(path: Path) -> None:
    """A file that is there is whole: no exporter output is ever cut short."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), path
    elif path.suffix == ".epub":
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None and z.namelist()[0] == "mimetype", path
    elif path.suffix == ".html":
        assert data.rstrip().endswith(b"</html>"), path
    elif path.suffix == ".mp3":
        assert MP3(path).info.length > 30, path


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    from conftest import SEED, require_shared

    require_shared(SEED)
    root = tmp_path_factory.mktemp("acceptance")
    src = seed_tree(SEED, root / "src", 40)
    out = root / "out"
    proc = batch(src, out)
    _, stderr = proc.communicate(timeout=BATCH_SECONDS)
    assert proc.returncode == 1, stderr
    return src, out, stderr


def test_forty_seeds_give_160_outputs_and_the_broken_one_is_named(
        first_run: tuple[Path, Path, str]) -> None:
    src, out, stderr = first_run
    outputs = main_outputs(out)
    assert len(outputs) == 160
    assert len(list(out.rglob("*.vtt"))) == 40  # the audio's captions, beside each MP3
    assert f"failed: {src}/broken/article.txt: not valid UTF-8" in stderr.replace("\n", "")
    assert not (out / "broken").exists()
    for path in outputs[::9]:
        assert_complete(path)


def test_a_rerun_converts_nothing(first_run: tuple[Path, Path, str]) -> None:
    src, out, _ = first_run
    before = {p: p.stat().st_mtime_ns for p in main_outputs(out)}
    proc = batch(src, out)
    proc.communicate(timeout=BATCH_SECONDS)
    assert proc.returncode == 1  # the broken article is still broken
    report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    assert (report["skipped"], report["converted"], report["failed"]) == (40, 0, 1)
    assert {p: p.stat().st_mtime_ns for p in main_outputs(out)} == before  # nothing rewritten


def test_a_killed_run_leaves_no_partial_file_and_the_rerun_finishes(
        first_run: tuple[Path, Path, str], tmp_path: Path) -> None:
    src, reference, _ = first_run
    out = tmp_path / "out"
    proc = batch(src, out)
    deadline = time.monotonic() + BATCH_SECONDS
    while len(main_outputs(out)) < 40 and time.monotonic() < deadline:
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)  # the harshest stop: no handler runs at all
    proc.wait(timeout=60)
    done = main_outputs(out)
    assert 40 <= len(done) < 160
    for path in done:
        assert_complete(path)  # whatever is there under its real name is whole
    rerun = batch(src, out)
    _, stderr = rerun.communicate(timeout=BATCH_SECONDS)
    assert rerun.returncode == 1, stderr
    assert not list(out.rglob("*.part"))  # the killed run's temp files were removed
    finished = main_outputs(out)
    assert [p.relative_to(out) for p in finished] == [
        p.relative_to(reference) for p in main_outputs(reference)]
    for path in finished:
        assert path.read_bytes() == (reference / path.relative_to(out)).read_bytes(), path


def test_the_same_batch_on_a_dask_cluster_gives_identical_outputs(
        first_run: tuple[Path, Path, str], tmp_path: Path) -> None:
    from conftest import require

    require(importlib.util.find_spec("distributed"), "distributed",
            "pip install -e '.[dask]' (make test does)")
    distributed = pytest.importorskip("distributed")  # the artexport[dask] extra
    src, reference, _ = first_run
    small = tmp_path / "src"
    for name in ("seed-00", "seed-01", "seed-02", "broken"):
        shutil.copytree(src / name, small / name)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        report = convert_tree(small, tmp_path / "dask", ["html", "epub", "pdf", "audio"],
                              executor=client.get_executor())
    assert [(r.source, r.status) for r in report.results] == [
        ("broken", "failed"), ("seed-00", "converted"), ("seed-01", "converted"),
        ("seed-02", "converted")]
    produced = sorted(p.relative_to(tmp_path / "dask") for p in (tmp_path / "dask").rglob("*")
                      if p.is_file() and not p.name.startswith((".", "artexport-report")))
    assert len(produced) == 15  # 3 articles x (html, epub, pdf, mp3, vtt)
    for rel in produced:
        assert (tmp_path / "dask" / rel).read_bytes() == (reference / rel).read_bytes(), rel
