"""Run every loader fuzz target in turn: ``python fuzz/run.py --seconds 600``.

For each target (markdown, json, html, scrape) this gathers seed inputs of its kind from
``examples/``, ``tests/hostile/`` and ``tests/fixtures/`` (plus the examples' JSON form),
then runs ``fuzz/fuzz_<kind>.py`` for ``--seconds`` with its dictionary
(``fuzz/dicts/``). Work lands in ``build/fuzz/<kind>/``: the growing corpus in
``corpus/``, any crashing, hanging or leaking input as ``crash-*``/``timeout-*``.
The exit status is non-zero if any target failed; rerun one input to see why::

    python fuzz/fuzz_markdown.py build/fuzz/markdown/crash-<hash>
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from _harness import MAX_LEN as MAX_SEED  # noqa: E402  (the script's folder is on sys.path)

from artexport import load_article  # noqa: E402
from artexport.loader import SOURCE_KINDS as TARGETS  # noqa: E402

SEED_DIRS = (ROOT / "examples", ROOT / "tests" / "hostile", ROOT / "tests" / "fixtures")


def gather_seeds(kind: str, dest: Path) -> int:
    """Copy this kind's small source files into ``dest``; return how many."""
    dest.mkdir(parents=True, exist_ok=True)
    n = 0
    for folder in SEED_DIRS:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink() and path.suffix.lower() in \
                    TARGETS[kind] and path.stat().st_size <= MAX_SEED:
                shutil.copyfile(path, dest / f"{n:03d}-{path.parent.name}{path.suffix}")
                n += 1
    if kind == "json":  # the Article JSON form of every example
        for folder in sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir()):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                text = load_article(folder).to_json()
            (dest / f"{n:03d}-{folder.name}.json").write_text(text, encoding="utf-8")
            n += 1
    return n


def run(kind: str, seconds: int, work: Path, extra: list[str]) -> int:
    base = work / kind
    corpus, seeds = base / "corpus", base / "seeds"
    corpus.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(seeds, ignore_errors=True)
    count = gather_seeds(kind, seeds)
    command = [sys.executable, str(HERE / f"fuzz_{kind}.py"), f"-max_total_time={seconds}",
               f"-dict={HERE / 'dicts' / f'{kind}.dict'}", f"-artifact_prefix={base}/",
               "-print_final_stats=1", *extra, str(corpus), str(seeds)]
    print(f"== fuzz {kind}: {seconds} s, {count} seeds -> {base}", flush=True)
    started = time.monotonic()
    code = subprocess.run(command, check=False).returncode
    print(f"== fuzz {kind}: exit {code} after {time.monotonic() - started:.0f} s", flush=True)
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=600, help="per target (default 600)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "fuzz")
    parser.add_argument("targets", nargs="*", metavar="TARGET",
                        help=f"some of {', '.join(TARGETS)} (default: all)")
    args, extra = parser.parse_known_args()
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        parser.error(f"unknown target(s) {', '.join(sorted(unknown))}")
    failed = [kind for kind in args.targets or TARGETS
              if run(kind, args.seconds, args.work, extra) != 0]
    if failed:
        print(f"fuzz: FAILED: {', '.join(failed)} (inputs in {args.work}/<target>/)")
        return 1
    print(f"fuzz: {len(args.targets or TARGETS)} targets ran {args.seconds} s each, no crash "
          "or hang")
    return 0


if __name__ == "__main__":
    sys.exit(main())
