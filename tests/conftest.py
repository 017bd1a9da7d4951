"""Shared fixtures: the bundled examples, and ../shared (seed, corpus) when present."""

from __future__ import annotations

import textwrap
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


# A third party's exporter, installed the way pip would: a module plus a .dist-info with
# an entry point in the artexport.exporters group. Batch tests use its options: `sleep`
# makes a "slow" article slow (in Python code, as a parser bomb is), `gate` makes a
# "slow" article wait until that file exists, `crash` makes a "crash" article kill its
# worker process, `pid` shows which process converted an article.
PLUGIN = textwrap.dedent('''
    import os
    import signal
    import time
    from dataclasses import dataclass
    from artexport.exporters import Exporter, Rendered

    class PlainTextExporter(Exporter):
        """A third party's format: the article as plain text."""
        name = "txt"
        file_extension = "txt"
        media_type = "text/plain"
        description = "plain text (test plugin)"

        @dataclass(frozen=True)
        class Options:
            upper: bool = False
            sleep: float = 0.0
            gate: str = ""
            crash: bool = False  # a "crash" article kills its process, like the OOM killer
            pid: bool = False  # end the text with the converting process's id

        def render(self, article):
            if self.options.sleep and "slow" in article.title:
                until = time.monotonic() + self.options.sleep
                while time.monotonic() < until:
                    time.sleep(0.02)
            while self.options.gate and "slow" in article.title \\
                    and not os.path.exists(self.options.gate):
                time.sleep(0.02)
            if self.options.crash and "crash" in article.title:
                os.kill(os.getpid(), signal.SIGKILL)
            text = article.plain_text()
            if self.options.pid:
                text += f"\\npid {os.getpid()}"
            return Rendered((text.upper() if self.options.upper else text).encode("utf-8"))
''')


def install_fake_plugin(site: Path, *, broken: bool = False) -> Path:
    """Install the plain-text exporter plugin into ``site`` (put it on sys.path)."""
    site.mkdir(parents=True, exist_ok=True)
    (site / "plaintext_exporter.py").write_text(PLUGIN, encoding="utf-8")
    dist = site / "artexport_plaintext-1.0.dist-info"
    dist.mkdir(exist_ok=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: artexport-plaintext\n"
                                   "Version: 1.0\n", encoding="utf-8")
    lines = ["[artexport.exporters]", "txt = plaintext_exporter:PlainTextExporter"]
    if broken:
        lines.append("ghost = no_such_module:Nothing")
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return site


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The plain-text plugin, importable here and in any subprocess or worker."""
    site = install_fake_plugin(tmp_path / "site")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("PYTHONPATH", str(site))
    return site

