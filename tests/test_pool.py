"""The batch's local process pool (pebble's ProcessPool behind artexport's LocalPool):
workers are recycled, two articles run at once, a worker that dies loses only its own
article, a worker stuck past the time limit is ended, and workers never outlive the
pool. Asserted by worker ids and states, never by wall-clock times."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import pytest

from artexport.batch import LocalPool, convert_tree, default_executor


def test_workers_are_replaced_after_their_tasks_and_queued_work_still_runs() -> None:
    # ProcessPoolExecutor(1, max_tasks_per_child=2) hangs here on CPython 3.11-3.13
    # (python/cpython#115634) after the first worker retires with work still queued
    pool = LocalPool(1, tasks_per_worker=2)
    try:
        pids = [f.result(timeout=60) for f in [pool.submit(os.getpid) for _ in range(9)]]
    finally:
        pool.shutdown()
    assert os.getpid() not in pids
    assert [pids.count(p) for p in dict.fromkeys(pids)] == [2, 2, 2, 2, 1]


def _meet(folder: str, me: int) -> tuple[int, int]:
    """Mark this task as running, wait (up to 30 s, a guard only) until another task is
    running too, and return (this worker's pid, the most tasks ever seen running)."""
    mark = Path(folder, f"{me}")
    mark.write_text(str(os.getpid()))
    seen = 1
    until = time.monotonic() + 30
    while time.monotonic() < until:
        seen = max(seen, len(list(Path(folder).iterdir())))
        if seen >= 2:
            break
        time.sleep(0.01)
    time.sleep(0.2)
    seen = max(seen, len(list(Path(folder).iterdir())))
    mark.unlink()
    return os.getpid(), seen


def test_two_workers_run_two_tasks_at_once_and_never_three(tmp_path: Path) -> None:
    pool = LocalPool(2, tasks_per_worker=50)
    try:
        results = [f.result(timeout=120)
                   for f in [pool.submit(_meet, str(tmp_path), i) for i in range(6)]]
    finally:
        pool.shutdown()
    assert len({pid for pid, _ in results}) == 2  # two worker processes did the work
    assert max(seen for _, seen in results) == 2  # two ran at once, never more


def test_a_task_that_kills_its_worker_fails_alone() -> None:
    pool = LocalPool(2, tasks_per_worker=50)
    try:
        futures = [pool.submit(time.sleep, 0.05) for _ in range(4)]
        killer = pool.submit(os._exit, 9)
        futures += [pool.submit(time.sleep, 0.05) for _ in range(4)]
        with pytest.raises(Exception, match="Abnormal termination"):
            killer.result(timeout=60)
        assert [f.result(timeout=60) for f in futures] == [None] * 8
    finally:
        pool.shutdown()


def _stuck_in_c() -> None:
    hashlib.pbkdf2_hmac("sha256", b"x", b"y", 2**31 - 1)  # one C call of minutes


@pytest.mark.timeout(120)
def test_a_worker_stuck_in_c_past_the_hard_limit_is_ended() -> None:
    pool = LocalPool(1, hard_limit=1.0)
    try:
        stuck = pool.submit(_stuck_in_c)
        with pytest.raises(FutureTimeout):
            stuck.result(timeout=100)
        assert pool.submit(os.getpid).result(timeout=60) > 0  # a new worker took over
    finally:
        pool.shutdown()


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
    code = ("import os, time\n"
            "from artexport.batch import LocalPool\n"
            "if __name__ == '__main__':\n"
            "    pool = LocalPool(2)\n"
            "    busy = pool.submit(time.sleep, 120)\n"
            "    print(pool.submit(os.getpid).result(), flush=True)\n"
            "    time.sleep(120)\n")
    owner = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert owner.stdout is not None
    idle_worker = int(owner.stdout.readline())
    workers = [idle_worker] + [int(p) for p in _children_of_forkserver(owner.pid)]
    owner.kill()  # and not reaped yet: its pid still exists, as a zombie
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    owner.wait(timeout=10)
    assert len(set(workers)) == 2
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
