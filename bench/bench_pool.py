"""The batch's process pool: pebble's ``ProcessPool`` against our own
``artexport.pool.RecyclingProcessPool``, measured in the same run.

Both run two workers from a forkserver. Each scenario runs on each pool:

1. ``no-op``: 400 empty tasks, workers recycled every 50 (the scheduling overhead).
2. ``recycle``: 120 empty tasks, workers recycled every 2 (the cost of a new worker).
3. ``articles``: copies of the bundled examples converted to HTML and EPUB, recycled
   every 50 (the real work of a batch).
4. ``crash``: 20 tasks of 0.2 s and one that kills its worker: how many tasks failed,
   and how many were run a second time.
5. ``stuck in C``: one task inside a single long C call (``hashlib.pbkdf2_hmac``, about
   ``--stuck`` seconds) under a 1 s time limit: seconds until its future resolved. Our
   pool has only the worker's own SIGALRM watchdog, which runs between bytecodes; pebble
   ends the worker from outside.

    .venv/bin/python bench/bench_pool.py [--copies 8] [--stuck 8] [--json FILE]

Prints a Markdown table (the one in the README). Not run by the tests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future, wait
from pathlib import Path
from typing import Any

import pebble
from _common import EXAMPLES, Stopwatch
from _own_pool import RecyclingProcessPool

CONTEXT = multiprocessing.get_context("forkserver")
Submit = Callable[..., "Future[Any]"]


def _noop() -> int:
    return os.getpid()


def _nap(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _die() -> None:
    os._exit(9)


def _stuck(iterations: int, limit: float) -> str:
    from artexport.watchdog import deadline

    with deadline(limit, Path("stuck")):
        hashlib.pbkdf2_hmac("sha256", b"x", b"y", iterations)  # one C call, no bytecode
    return "finished"


def _convert(folder: str, out: str) -> int:
    from artexport import export, load_article

    return len(export(load_article(folder), ["html", "epub"], out))


class Pools:
    """One pool of each kind, two workers, recycled every ``tasks`` tasks."""

    @staticmethod
    def own(tasks: int) -> tuple[Submit, Callable[[], None]]:
        pool = RecyclingProcessPool(2, tasks_per_worker=tasks, mp_context=CONTEXT)
        return pool.submit, pool.shutdown

    @staticmethod
    def pebble(tasks: int, timeout: float | None = None) -> tuple[Submit, Callable[[], None]]:
        pool = pebble.ProcessPool(2, max_tasks=tasks, context=CONTEXT)

        def submit(fn: Callable[..., Any], *args: Any) -> Future[Any]:
            return pool.schedule(fn, args, timeout=timeout)

        def close() -> None:
            pool.close()
            pool.join()
        return submit, close


def run(kind: str, tasks: int, jobs: list[tuple[Callable[..., Any], tuple[Any, ...]]],
        timeout: float | None = None) -> tuple[float, list[Future[Any]]]:
    submit, close = Pools.own(tasks) if kind == "own" else Pools.pebble(tasks, timeout)
    with Stopwatch() as watch:
        futures = [submit(fn, *args) for fn, args in jobs]
        wait(futures)
    close()
    return watch.seconds, futures


def calibrate(seconds: float) -> int:
    with Stopwatch() as watch:
        hashlib.pbkdf2_hmac("sha256", b"x", b"y", 200_000)
    return int(200_000 * seconds / watch.seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=8, help="copies of each example")
    parser.add_argument("--stuck", type=float, default=8.0, help="seconds of the C call")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    figures: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folders = []
        for n in range(args.copies):
            for example in sorted(p for p in EXAMPLES.iterdir() if p.is_dir()):
                folders.append(shutil.copytree(example, root / "src" / f"{example.name}-{n}"))
        # fonts and templates warm once, so neither pool pays for the first subsets
        _convert(str(folders[0]), str(root / "warm"))
        iterations = calibrate(args.stuck)
        for kind in ("own", "pebble"):
            row: dict[str, Any] = {}
            seconds, _ = run(kind, 50, [(_noop, ())] * 400)
            row["noop_tasks_per_s"] = 400 / seconds
            seconds, futures = run(kind, 2, [(_noop, ())] * 120)
            row["recycle_tasks_per_s"] = 120 / seconds
            row["recycle_workers"] = len({f.result() for f in futures})
            out = root / f"out-{kind}"
            seconds, futures = run(kind, 50, [(_convert, (str(f), str(out / f.name)))
                                              for f in folders])
            assert all(f.result() == 2 for f in futures)
            row["articles_per_s"] = len(folders) / seconds
            jobs: list[tuple[Callable[..., Any], tuple[Any, ...]]] = [(_nap, (0.2,))] * 10
            jobs += [(_die, ())] + [(_nap, (0.2,))] * 10
            seconds, futures = run(kind, 50, jobs)
            row["crash_failed"] = sum(f.exception() is not None for f in futures)
            row["crash_workers"] = len({f.result() for f in futures if not f.exception()})
            seconds, futures = run(kind, 50, [(_stuck, (iterations, 1.0))],
                                   timeout=1.0 + 1.0)
            row["stuck_seconds"] = seconds
            error = futures[0].exception()
            row["stuck_outcome"] = type(error).__name__ if error else futures[0].result()
            figures[kind] = row
    print(f"\n{len(folders)} articles, {os.cpu_count()} CPUs, Python "
          f"{platform.python_version()}, pebble {pebble.__version__}, one run\n")
    print("| pool | no-op tasks/s | tasks/s, new worker every 2 | articles/s (HTML+EPUB) "
          "| tasks failed by one crash | a task stuck in C under a 1 s limit |")
    print("|---|---:|---:|---:|---:|---|")
    for kind, row in figures.items():
        print(f"| {kind} | {row['noop_tasks_per_s']:.0f} | {row['recycle_tasks_per_s']:.1f} | "
              f"{row['articles_per_s']:.2f} | {row['crash_failed']} | "
              f"{row['stuck_outcome']} after {row['stuck_seconds']:.1f} s |")
    own, peb = figures["own"], figures["pebble"]
    print(f"\npebble / own: no-op {peb['noop_tasks_per_s'] / own['noop_tasks_per_s']:.2f}x, "
          f"recycling {peb['recycle_tasks_per_s'] / own['recycle_tasks_per_s']:.2f}x, "
          f"articles {peb['articles_per_s'] / own['articles_per_s']:.2f}x")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
