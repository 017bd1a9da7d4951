"""What the benchmark scripts share: where the articles are, a stopwatch, pandoc's PATH.

Not a benchmark of its own. The scripts import it as ``_common``: run as
``.venv/bin/python bench/bench_<name>.py`` (alone or from ``bench/__main__.py``), their
own folder is ``sys.path[0]``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = ROOT.parent / "shared" / "corpus"

P = ParamSpec("P")


def sources(corpus: bool) -> list[Path]:
    """The bundled example folders, sorted; with ``corpus`` also ../shared/corpus/*.json
    (when that folder is there)."""
    found = sorted(p for p in EXAMPLES.iterdir() if p.is_dir())
    if corpus and CORPUS.is_dir():
        found += sorted(CORPUS.glob("*.json"))
    return found


class Stopwatch:
    """``with Stopwatch() as sw: ...``, then ``sw.seconds`` is the block's wall-clock time."""

    seconds = 0.0

    def __enter__(self) -> Stopwatch:
        self._started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._started


def timed(run: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> float:
    """Wall-clock seconds of ``run(*args, **kwargs)``; its result is dropped."""
    with Stopwatch() as watch:
        run(*args, **kwargs)
    return watch.seconds


def venv_env() -> dict[str, str]:
    """This environment with the interpreter's own ``bin`` folder first on PATH, so that
    pandoc finds the venv's ``weasyprint``."""
    return dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
