"""Shared fixtures: the bundled examples, and ../shared (seed, corpus) when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_0621ab15cb385aab.txt"
CORPUS = SHARED / "corpus"


def example_dirs() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.is_dir())


@pytest.fixture(params=[p.name for p in example_dirs()])
def example(request: pytest.FixtureRequest) -> Path:
    """Each bundled example folder in turn."""
    return EXAMPLES / request.param


@pytest.fixture
def seed() -> Path:
    """The seed scrape from ../shared/seeds (skipped when ../shared is absent)."""
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not beside the project")
    return SEED


@pytest.fixture
def corpus() -> Path:
    """The real-world corpus in ../shared/corpus (skipped when absent)."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    return CORPUS
