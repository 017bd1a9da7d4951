"""The batch's process pool: workers are recycled without CPython 3.11's deadlock, and a
worker that dies loses only its own article."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from artexport.batch import convert_tree, default_executor
from artexport.pool import RecyclingProcessPool

CONTEXT = multiprocessing.get_context("forkserver")


def test_workers_are_replaced_after_their_tasks_and_queued_work_still_runs() -> None:
    # ProcessPoolExecutor(1, max_tasks_per_child=2) hangs here on CPython 3.11-3.13
    # (python/cpython#115634) after the first worker retires with work still queued
    pool = RecyclingProcessPool(1, tasks_per_worker=2, mp_context=CONTEXT)
    try:
        pids = [f.result(timeout=60) for f in [pool.submit(os.getpid) for _ in range(9)]]
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    assert os.getpid() not in pids
    assert [pids.count(p) for p in dict.fromkeys(pids)] == [2, 2, 2, 2, 1]


def test_at_most_workers_tasks_run_at_once() -> None:
    pool = RecyclingProcessPool(2, tasks_per_worker=3, mp_context=CONTEXT)
    try:
        futures = [pool.submit(_span, 0.3) for _ in range(6)]
        spans = [f.result(timeout=60) for f in futures]
    finally:
        pool.shutdown()
    events = sorted([(s, 1) for s, _ in spans] + [(e, -1) for _, e in spans])
    running = peak = 0
    for _, step in events:
        running += step
        peak = max(peak, running)
    assert peak == 2


def _span(seconds: float) -> tuple[float, float]:
    start = time.time()
    time.sleep(seconds)
    return start, time.time()


def test_a_task_that_kills_its_worker_fails_alone() -> None:
    pool = RecyclingProcessPool(2, tasks_per_worker=50, mp_context=CONTEXT)
    try:
        futures = [pool.submit(time.sleep, 0.2) for _ in range(4)]
        killer = pool.submit(os._exit, 9)
        futures += [pool.submit(time.sleep, 0.2) for _ in range(4)]
        with pytest.raises(BrokenProcessPool):
            killer.result(timeout=60)
        # a neighbour that was running when the worker died is run again, and succeeds
        assert [f.result(timeout=60) for f in futures] == [None] * 8
    finally:
        pool.shutdown()


def test_shutdown_cancels_queued_work_and_lets_running_work_finish() -> None:
    pool = RecyclingProcessPool(1, tasks_per_worker=50, mp_context=CONTEXT)
    running = pool.submit(_span, 0.5)
    queued = [pool.submit(_span, 0.5) for _ in range(3)]
    time.sleep(0.2)
    pool.shutdown(wait=True, cancel_futures=True)
    assert running.done() and not running.cancelled()
    assert all(f.cancelled() for f in queued)
    with pytest.raises(CancelledError):
        queued[0].result()
    with pytest.raises(RuntimeError, match="after shutdown"):
        pool.submit(os.getpid)


def _article(folder: Path, title: str) -> None:
    folder.mkdir(parents=True)
    (folder / "article.md").write_text(f"# {title}\n\nBody of {title}.\n", encoding="utf-8")


def test_batch_outlives_recycled_workers(tmp_path: Path, plugin: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    for i in range(7):
        _article(src / f"a{i}", f"article {i}")
    report = convert_tree(src, out, ["txt"], {"txt": {"pid": "yes"}},
                          executor=default_executor(1, tasks_per_worker=2))
    assert report.count("converted") == 7 and not report.failed
    pids = Counter(p.read_text(encoding="utf-8").rsplit("pid ", 1)[1]
                   for p in out.rglob("*.txt"))
    assert sorted(pids.values()) == [1, 2, 2, 2]


def test_batch_reports_the_article_whose_worker_was_killed(tmp_path: Path,
                                                          plugin: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    for i in range(6):
        _article(src / f"a{i}", f"article {i}")
    _article(src / "bad", "crash here")
    report = convert_tree(src, out, ["txt"], {"txt": {"crash": "yes"}}, jobs=2)
    assert [r.source for r in report.failed] == ["bad"]
    assert "its process died while converting this article" in (report.failed[0].error or "")
    assert str(src / "bad") in (report.failed[0].error or "")
    assert report.count("converted") == 6
    assert sorted(p.parent.name for p in out.rglob("*.txt")) == [f"a{i}" for i in range(6)]


def test_workers_leave_when_the_pools_process_is_killed(tmp_path: Path) -> None:
    # kill -9 gives the owner no chance to stop its workers: they must notice by themselves
    code = ("import multiprocessing, os, sys, time\n"
            "from artexport.pool import RecyclingProcessPool\n"
            "if __name__ == '__main__':\n"
            "    pool = RecyclingProcessPool(2, mp_context="
            "multiprocessing.get_context('forkserver'))\n"
            "    busy = pool.submit(time.sleep, 120)\n"
            "    print(pool.submit(os.getpid).result(), flush=True)\n"
            "    time.sleep(120)\n")
    owner = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert owner.stdout is not None
    idle_worker = int(owner.stdout.readline())
    workers = [idle_worker] + [int(p) for p in _children_of_forkserver(owner.pid)]
    owner.kill()  # and not reaped yet: its pid still exists, as a zombie
    deadline = time.monotonic() + 15
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    owner.wait(timeout=10)
    assert not [p for p in workers if _alive(p)], "a worker outlived its pool"


def _children_of_forkserver(owner: int) -> list[str]:
    """The pids of the workers: children of the owner's forkserver."""
    servers = subprocess.run(["pgrep", "-P", str(owner)], capture_output=True,
                             text=True).stdout.split()
    return [w for s in servers for w in subprocess.run(["pgrep", "-P", s], capture_output=True,
                                                       text=True).stdout.split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False
