"""What the suite stands on is there: ../shared (whose corpus the corpus tests are
parametrized from, so without it they collect no case) and every validator the README
names. Under ``CI=true`` each missing piece fails here; elsewhere it is a skip that names
what to install (see ``require`` in conftest.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import (
    CORPUS,
    SEED,
    SHARED,
    require,
    require_ace,
    require_shared,
    require_tool,
)


@pytest.mark.parametrize("part", [SEED, CORPUS, SHARED / "judge" / "judge"],
                         ids=["seed", "corpus", "judge"])
def test_shared_folder_is_beside_the_project(part: Path) -> None:
    assert require_shared(part).exists()


@pytest.mark.parametrize(("command", "hint"), [
    ("java", "scripts/system-deps.sh test (EPUBCheck's runtime)"),
    ("chromium", "scripts/system-deps.sh test (axe-core and Ace run in it)"),
    ("pdftotext", "scripts/system-deps.sh test (Debian poppler-utils)"),
    ("ffprobe", "scripts/system-deps.sh test (Debian ffmpeg)"),
    ("espeak-ng", "scripts/system-deps.sh test"),
    ("strace", "scripts/system-deps.sh test"),
    ("valgrind", "scripts/system-deps.sh test"),
])
def test_system_tool_is_installed(command: str, hint: str) -> None:
    assert require_tool(command, hint)


def test_ace_is_installed() -> None:
    assert require_ace().is_file()


def test_corpus_tests_collect_their_cases() -> None:
    from test_braille_fidelity import sources
    from test_gold import corpus_texts

    require_shared(CORPUS)
    assert corpus_texts() and len(sources()) > 3


@pytest.mark.parametrize(("module", "extra"), [("distributed", "dask"), ("gtts", "gtts")])
def test_python_extra_is_installed(module: str, extra: str) -> None:
    """The tests of an extra import it with importorskip; here its absence counts."""
    require(importlib.util.find_spec(module), f"the {extra} extra ({module})",
            "pip install -e '.[dev,dask,gtts]' (make test does)")
