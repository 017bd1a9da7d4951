"""The shared body of the loader fuzz targets (``fuzz_<kind>.py``).

Each input becomes the source file of an article folder (``article.md``, ``.json``,
``.html``/``.xhtml``, ``.txt``) and goes through :func:`artexport.load_article`, the
public entry point. The outcome must be one of:

* an :class:`~artexport.errors.ArticleError` (the documented refusal), or
* an :class:`~artexport.model.Article` that keeps the loader's promises: it serialises
  to UTF-8 JSON, its text has no bidi or control characters, every image it resolved is
  a file inside the folder, every link is http(s) or mailto, the slug is a safe file
  name and the language a tag.

Anything else is a crash: another exception, a broken promise, a network attempt or a
file opened outside the folder (``tests/socket_guard.py`` records both; the record is
checked after each input, so an attempt the loader swallowed still counts), or an input
that takes longer than the time limit (a hang).

The engine is atheris (libFuzzer, coverage-guided) when it is installed; otherwise a
hypothesis-driven loop over seed mutations and random bytes runs for the same time, so
``make fuzz`` works everywhere. Run one target directly::

    python fuzz/fuzz_markdown.py -max_total_time=60 build/fuzz/markdown/corpus SEEDS...

or every target with ``python fuzz/run.py --seconds 600`` (what ``make fuzz`` does).
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import tempfile
import time
import unicodedata
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # socket_guard, imported once artexport is
# System files socket_guard lets any program open that the loader has never needed
# (/dev/urandom, the other mime.types places): opening one is still a failure here.
_SYSTEM_FILES = ("/etc/mime.types", "/dev/null")
TIMEOUT = 30  # seconds for one input; longer is a hang
MAX_LEN = 32 * 1024  # bytes per input: known quadratic paths in markdown-it stay < 5 s
_BIDI_AND_CONTROLS = re.compile(
    "[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff"
    "\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SLUG = re.compile(r"^[\w][\w.-]*$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# Modules whose Python code atheris instruments for coverage, per reader.
INSTRUMENT = {
    "markdown": ["artexport", "markdown_it", "yaml"],
    "json": ["artexport", "jsonschema"],
    "html": ["artexport"],
    "scrape": ["artexport", "markdown_it", "yaml"],
}


class FuzzFailure(AssertionError):
    """A broken promise: the input is a bug report."""


class Target:
    """One loader under test: writes each input as the source of a fresh article."""

    def __init__(self, kind: str, suffixes: Sequence[str]) -> None:
        self.kind = kind
        self.suffixes = tuple(suffixes)
        self.workdir = Path(tempfile.mkdtemp(prefix=f"artexport-fuzz-{kind}-"))
        self.folder = self.workdir / "article"
        self.folder.mkdir()
        (self.workdir / "secret.txt").write_text("FUZZ-CANARY", encoding="utf-8")
        self._roots: tuple[Path, ...] = ()
        self._guard: ModuleType | None = None
        self.load: Callable[..., Any] | None = None
        self.errors: tuple[type[BaseException], ...] = ()

    # -- setup -----------------------------------------------------------------------------
    def import_code(self) -> None:
        """Import the loader and this kind's reader (instrumented when under atheris)."""
        from artexport import loader
        from artexport.errors import ArticleError
        from artexport.readers import html, json, markdown, scrape  # noqa: F401

        self.load = loader.load_article
        self.errors = (ArticleError,)

    def guard(self, *also: str) -> None:
        """Watch every input with ``tests/socket_guard.py`` (imported after artexport, so
        atheris has instrumented it). ``also``: more folders the harness itself may open
        (where crashes are kept)."""
        import socket_guard

        self._guard = socket_guard
        self._roots = socket_guard.allowed_roots(
            self.folder, HERE,  # tracebacks read the targets
            Path(socket_guard.__file__), *(Path(a) for a in also))

    def _check_access(self, log: Any) -> None:
        """Fail on any network attempt or file opened outside the allowed folders."""
        assert self._guard is not None
        if log.network:
            raise FuzzFailure(f"network access attempted: {log.network}")
        stray = self._guard.outside(log.opened, self._roots) + [
            p for p in dict.fromkeys(log.opened)
            if p in self._guard.SYSTEM_FILES and p not in _SYSTEM_FILES
            and not any(Path(os.path.realpath(p)).is_relative_to(r) for r in self._roots)]
        if stray:
            raise FuzzFailure(f"opened a file outside the article folder: {stray}")

    # -- one input -------------------------------------------------------------------------
    def source_for(self, data: bytes) -> Path:
        suffix = self.suffixes[data[0] % len(self.suffixes)] if data else self.suffixes[0]
        for old in self.folder.iterdir():
            if old.is_file():
                old.unlink()
        path = self.folder / f"article{suffix}"
        path.write_bytes(data)
        return path

    def run_one(self, data: bytes) -> None:
        """Load ``data`` as an article; raise on anything but a refusal or a sound one."""
        assert self.load is not None and self._guard is not None
        if len(data) > MAX_LEN:
            data = data[:MAX_LEN]
        path = self.source_for(data)
        with self._guard.no_network(local_sockets=False) as log:
            try:
                self._load_and_check(path)
            finally:  # also after a refusal: the loader may have swallowed the attempt
                self._check_access(log)

    def _load_and_check(self, path: Path) -> None:
        assert self.load is not None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                article = self.load(self.folder)
            except self.errors as e:
                if not str(e).startswith(str(path)) and not str(e).startswith(str(self.folder)):
                    raise FuzzFailure(f"error does not name the file: {e}") from None
                return
        check_article(article, self.folder)


def check_article(article: Any, folder: Path) -> None:
    """The loader's promises about every Article it returns."""
    from artexport.markup import safe_href
    from artexport.model import Figure, block_inlines

    article.to_json().encode("utf-8")  # no lone surrogates anywhere
    if not article.title:
        raise FuzzFailure("empty title")
    if not _SLUG.match(article.slug) or article.slug.startswith("."):
        raise FuzzFailure(f"unsafe slug {article.slug!r}")
    if not _LANG.match(article.lang) or article.direction not in ("rtl", "ltr"):
        raise FuzzFailure(f"bad lang/dir {article.lang!r} {article.direction!r}")
    prose = [article.title, article.subtitle or "", article.summary or ""]
    spans: list[Any] = []
    for block in article.blocks:
        if not isinstance(block, Figure):  # captions are checked with the figures
            spans.extend(s for run in block_inlines(block) for s in run)
    prose += [s.text for s in spans]
    for text in prose:
        bad = _BIDI_AND_CONTROLS.search(text.replace("\n", ""))
        if bad:
            raise FuzzFailure(f"U+{ord(bad.group()):04X} left in text {text[:80]!r}")
        if unicodedata.normalize("NFC", text) != text:
            raise FuzzFailure(f"text is not NFC: {text[:80]!r}")
    for span in spans:
        if span.href is not None and safe_href(span.href) != span.href:
            raise FuzzFailure(f"unsafe link {span.href!r}")
        if span.lang is not None and not _LANG.match(span.lang):
            raise FuzzFailure(f"bad span lang {span.lang!r}")
    root = folder.resolve()
    for figure in article.figures():
        assert isinstance(figure, Figure)
        path = figure.image.path
        if path is not None and not (path.resolve().is_relative_to(root) and path.is_file()):
            raise FuzzFailure(f"image outside the folder: {path}")


# ---- engines ------------------------------------------------------------------------------

def _seed_files(dirs: Sequence[str]) -> list[bytes]:
    seeds = []
    for d in dirs:
        for path in sorted(Path(d).rglob("*")) if Path(d).is_dir() else []:
            if path.is_file() and path.stat().st_size <= MAX_LEN:
                seeds.append(path.read_bytes())
    return seeds or [b""]


def _options(argv: list[str]) -> dict[str, str]:
    return dict(a.lstrip("-").split("=", 1) for a in argv[1:] if a.startswith("-") and "=" in a)


def _run_hypothesis(target: Target, argv: list[str], seeds: list[bytes]) -> int:
    """Fallback engine: hypothesis mutates seeds and draws bytes until time is up."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from artexport.watchdog import deadline  # raises ArticleTimeout: a crash, not a refusal

    options = _options(argv)
    seconds = float(options.get("max_total_time", 600))
    timeout = int(options.get("timeout", TIMEOUT))
    artifacts = options.get("artifact_prefix", "./")  # a prefix, as for libFuzzer

    @st.composite
    def mutated(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(st.sampled_from(seeds)))
        for _ in range(draw(st.integers(0, 8))):
            op = draw(st.sampled_from(["flip", "insert", "delete", "splice", "repeat"]))
            at = draw(st.integers(0, len(data)))
            if op == "flip" and data:
                data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
            elif op == "insert":
                data[at:at] = draw(st.binary(max_size=16))
            elif op == "delete":
                del data[at:at + draw(st.integers(1, 64))]
            elif op == "splice":
                other = draw(st.sampled_from(seeds))
                data[at:at] = other[:draw(st.integers(0, len(other)))]
            elif op == "repeat":
                piece = bytes(data[at:at + draw(st.integers(1, 8))]) or b"<"
                data[at:at] = piece * draw(st.integers(1, 200))
        return bytes(data[:MAX_LEN])

    inputs = st.one_of(mutated(), st.binary(max_size=2048),
                       st.text(max_size=512).map(lambda t: t.encode("utf-8", "replace")))
    stop_at = time.monotonic() + seconds
    rounds = runs = 0
    while time.monotonic() < stop_at:
        rounds += 1

        @settings(max_examples=200, deadline=None, database=None, derandomize=False,
                  suppress_health_check=list(HealthCheck))
        @given(inputs)
        def fuzz(data: bytes) -> None:
            nonlocal runs
            runs += 1
            try:
                with deadline(timeout, target.folder):  # a hang
                    target.run_one(data)
            except BaseException:
                crash = Path(f"{artifacts}crash-hypothesis-{runs}")
                crash.parent.mkdir(parents=True, exist_ok=True)
                crash.write_bytes(data)
                print(f"crash input written to {crash}", file=sys.stderr)
                raise

        try:
            fuzz()
        except BaseException as e:
            print(f"{target.kind}: FAILED after {runs} inputs: {type(e).__name__}: {e}",
                  file=sys.stderr)
            return 1
    print(f"{target.kind}: {runs} inputs in {seconds:g} s (hypothesis engine), no failure")
    return 0


def main(kind: str, suffixes: Sequence[str], argv: list[str] | None = None) -> None:
    """Fuzz the ``kind`` reader with atheris when it is installed, else hypothesis."""
    argv = list(sys.argv if argv is None else argv)
    target = Target(kind, suffixes)
    atheris: ModuleType | None
    try:
        atheris = importlib.import_module("atheris")
    except ImportError:
        atheris = None
    if atheris is None or os.environ.get("FUZZ_ENGINE") == "hypothesis":
        seeds = _seed_files([a for a in argv[1:] if not a.startswith("-")])
        prefix = _options(argv).get("artifact_prefix", "./")
        target.import_code()
        target.guard(os.path.realpath(os.path.dirname(prefix) or "."))
        sys.exit(_run_hypothesis(target, argv, seeds))
    with atheris.instrument_imports(include=INSTRUMENT[kind]):
        target.import_code()
    target.guard()
    if not any(a.startswith("-timeout=") for a in argv):
        argv.append(f"-timeout={TIMEOUT}")
    if not any(a.startswith("-max_len=") for a in argv):
        argv.append(f"-max_len={MAX_LEN}")
    atheris.Setup(argv, target.run_one)
    atheris.Fuzz()
