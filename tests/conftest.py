"""Shared fixtures: the bundled examples, ../shared (seed, corpus), the validators
(:func:`require`) and the Hypothesis profiles."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

from artexport import load_article
from artexport.errors import ArtexportWarning
from artexport.model import Article, Paragraph, plain_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_0621ab15cb385aab.txt"
CORPUS = SHARED / "corpus"

# ---- reading articles in tests ---------------------------------------------------------


def load_quietly(path: Path) -> Article:
    """The article at ``path``, its reader's warnings (a remote image, a guessed date)
    silenced: the readers' tests look at what was read."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArtexportWarning)
        return load_article(path)


def paragraphs_of(article: Article) -> list[str]:
    """The text of each paragraph of ``article``, in order."""
    return [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)]


# ---- validators: present, or a failure in CI --------------------------------------------

IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")

# Ace by DAISY, installed project-locally by scripts/install-ace.sh (`make test` runs it).
ACE_PREFIX = Path(os.environ.get("ARTEXPORT_ACE_PREFIX", ROOT / ".venv" / "ace"))
ACE = ACE_PREFIX / "node_modules" / "@daisy" / "ace-cli" / "bin" / "ace.js"
SHARED_HINT = "put the shared folder (seed, corpus, judge) beside the project as ../shared"


def require(available: object, what: str, install_hint: str) -> None:
    """Go on only when ``what`` is available: otherwise skip naming what to install, or,
    under ``CI=true``, fail (a validator or ../shared missing in CI is a broken setup,
    never a silent pass)."""
    if available:
        return
    message = f"{what} is missing: {install_hint}"
    if IN_CI:
        pytest.fail(f"CI=true: {message}", pytrace=False)
    pytest.skip(message, allow_module_level=True)


def require_tool(command: str, install_hint: str) -> str:
    """The path of ``command`` on PATH (see :func:`require`)."""
    path = shutil.which(command)
    require(path, command, install_hint)
    assert path is not None
    return path


def require_shared(path: Path) -> Path:
    """``path`` inside ../shared (see :func:`require`)."""
    require(path.exists(), str(path), SHARED_HINT)
    return path


def require_ace() -> Path:
    """Ace by DAISY's ace.js, run with Debian's nodejs (see :func:`require`)."""
    require_tool("node", "install Debian's nodejs (scripts/install-ace.sh does)")
    require(ACE.is_file(), "Ace by DAISY", "run scripts/install-ace.sh (make test does)")
    return ACE


def ace_env() -> dict[str, str]:
    """Ace's environment: puppeteer drives Debian's Chromium (no browser download)."""
    env = dict(os.environ)
    env.setdefault("PUPPETEER_EXECUTABLE_PATH",
                   require_tool("chromium", "scripts/system-deps.sh test (Debian chromium)"))
    return env


def ace_report(book: Path, work: Path) -> dict[str, Any]:
    """Ace by DAISY's JSON report on the EPUB ``book`` (its files go under ``work``)."""
    ace = require_ace()
    out = work / f"ace-{book.stem}"
    report = out / "report.json"
    # Ace drives a browser: on a loaded machine it has once ended without a report. A run
    # that writes no report is a crash of the tool, not a finding: run it again once,
    # then fail with what Ace said.
    for _ in range(2):
        run = subprocess.run(["node", str(ace), "-o", str(out), "-f", "-t",
                              str(work / "ace-tmp"), str(book)], capture_output=True,
                             text=True, check=False, timeout=300, env=ace_env())
        if report.is_file():
            break
    assert report.is_file(), (f"Ace wrote no report for {book.name} (exit {run.returncode}): "
                              f"{run.stdout[-1500:]} {run.stderr[-1500:]}")
    data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return data


def ace_failures(report: dict[str, Any]) -> list[tuple[str, str]]:
    """(document, rule title) of each failed assertion in an Ace report."""
    return [(sub["earl:testSubject"]["url"], a["earl:test"]["dct:title"])
            for sub in report["assertions"] for a in sub["assertions"]
            if a["earl:result"]["earl:outcome"] == "fail"]


# ---- Hypothesis: one fixed profile in CI, a random one locally ----------------------------
# HYPOTHESIS_PROFILE picks one; the default is "ci" under CI=true, else "dev". "ci" is
# derandomized (the same examples on every clone, so a red CI is never chance); "dev"
# and "long" draw new examples each run and keep the failing ones in .hypothesis/examples
# (replayed first next time). No deadline: speed is measured in bench/, not asserted.
_COMMON = {"deadline": None, "print_blob": True,
           "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("ci", derandomize=True, **_COMMON)
settings.register_profile(
    "dev", database=DirectoryBasedExampleDatabase(ROOT / ".hypothesis" / "examples"),
    **_COMMON)
settings.register_profile("long", parent=settings.get_profile("dev"), max_examples=400)
HYPOTHESIS_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci" if IN_CI else "dev")
settings.load_profile(HYPOTHESIS_PROFILE)


def example_dirs() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.is_dir())


@pytest.fixture(params=[p.name for p in example_dirs()])
def example(request: pytest.FixtureRequest) -> Path:
    """Each bundled example folder in turn."""
    return EXAMPLES / request.param


@pytest.fixture
def seed() -> Path:
    """The seed scrape from ../shared/seeds (skipped when ../shared is absent)."""
    return require_shared(SEED)


@pytest.fixture
def corpus() -> Path:
    """The real-world corpus in ../shared/corpus (skipped when absent)."""
    return require_shared(CORPUS)


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
    # prepended, not replacing: a checkout run with PYTHONPATH=src (a git worktree beside
    # an editable install of another) keeps its own package in workers and subprocesses
    monkeypatch.setenv("PYTHONPATH", str(site), prepend=os.pathsep)
    return site

