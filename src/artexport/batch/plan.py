"""Planning a batch: which articles there are, which outputs are up to date (fingerprints
and the manifest), and which output names each article may claim.

Nothing here converts anything; :mod:`artexport.batch.run` acts on the plan.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import ArtexportError, SetupError
from ..loader import SOURCE_KINDS, SOURCE_NAMES
from ..paths import fonts_dir, templates_dir
from ..writer import write_atomic
from .report import ArticleResult, dumps

MANIFEST = ".artexport-manifest.json"
REPORT = "artexport-report.json"
MANIFEST_FORMAT = 2
_EXTENSIONS = frozenset(e for exts in SOURCE_KINDS.values() for e in exts)
_IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp"})
log = logging.getLogger("artexport.batch")


# ---- finding articles ----------------------------------------------------------------

def find_articles(src: Path, *, skip: Iterable[Path] = ()) -> list[Path]:
    """Article folders and article files under ``src``, sorted.

    A folder holding one of the standard source names is one article (with its images);
    elsewhere every supported file is an article of its own. Hidden entries are ignored,
    and so are the folders in ``skip`` (the batch's own output folder) and any folder
    holding an artexport manifest (another run's output): their HTML and JSON files are
    outputs, not articles.
    """
    if src.is_file():
        return [src]
    if not src.is_dir():
        raise ArtexportError(src, "no such folder")
    skipped = {p.resolve() for p in skip}
    found: list[Path] = []
    for folder, dirs, files in os.walk(src):
        here = Path(folder)
        if here != src and (here.resolve() in skipped or MANIFEST in files):
            log.info("skipped %s: an artexport output folder", here)
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if any(name in files for name in SOURCE_NAMES):
            found.append(here)
            dirs[:] = []
            continue
        found.extend(here / f for f in sorted(files)
                     if not f.startswith(".") and Path(f).suffix.lower() in _EXTENSIONS)
    return sorted(found)


# ---- fingerprints --------------------------------------------------------------------

def _hash_files(paths: Sequence[Path], root: Path) -> str:
    """A hash of the files' names and contents. A symlink counts by where it points,
    never by what it points to: the batch reads nothing outside the article folder (the
    loader refuses links that lead out; one that stays inside is hashed as its target)."""
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(os.fsencode(path.relative_to(root).as_posix()) + b"\0")
        if path.is_symlink():
            h.update(b"->" + os.fsencode(os.readlink(path)))
            target = path.resolve()
            if not (target.is_relative_to(root.resolve()) and target.is_file()):
                continue
            path = target
        if not path.is_file():  # a FIFO or a device: reading it could block forever
            continue
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()


def source_fingerprint(article: Path) -> str:
    """A hash of everything the article may read: its folder (a folder article) or the
    file plus the images beside it (a file article)."""
    if article.is_dir():
        files: list[Path] = []
        for folder, dirs, names in os.walk(article):  # never into symlinked folders
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            files.extend(Path(folder) / n for n in names if not n.startswith("."))
        return _hash_files(files, article)
    images = [p for p in article.parent.iterdir()
              if p.suffix.lower() in _IMAGE_EXTENSIONS and (p.is_symlink() or p.is_file())]
    return _hash_files([article, *images], article.parent)


@cache
def _package_fingerprint() -> str:
    """Templates, fonts and version: a change in any rebuilds everything."""
    h = hashlib.sha256(__version__.encode())
    for root in (templates_dir(), fonts_dir()):
        h.update(_hash_files([p for p in root.rglob("*") if p.is_file()], root).encode())
    return h.hexdigest()


def templates_fingerprint(templates: Path | None) -> str:
    """The user's template overrides (``""`` without them): hashed once per run."""
    if templates is None:
        return ""
    return _hash_files([p for p in templates.rglob("*") if p.is_file()], templates)


def output_fingerprint(source_hash: str, fmt: str, options: Mapping[str, Any],
                       user_templates: str) -> str:
    blob = json.dumps([source_hash, fmt, options, user_templates, _package_fingerprint()],
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


# ---- the manifest --------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """What the manifest knows of one article: its source fingerprint and slug, and per
    format the fingerprint and files of the last successful export."""

    source: str
    slug: str
    formats: Mapping[str, tuple[str, tuple[str, ...]]]


class Manifest:
    """``out/.artexport-manifest.json``. Saved atomically; a lost save only means a
    rebuild, never a wrong skip. A manifest of another shape (an older version, a
    hand-edited file) is ignored with a message, and everything is rebuilt."""

    def __init__(self, out: Path) -> None:
        self.path = out / MANIFEST
        self.entries: dict[str, Entry] = {}
        try:
            mode = os.stat(self.path).st_mode
        except FileNotFoundError:
            return
        except OSError as e:
            raise SetupError(self.path, f"cannot read the manifest: {e.strerror}") from None
        if not stat.S_ISREG(mode):  # a FIFO would block the read forever
            raise SetupError(self.path, "the manifest is not a regular file; remove it")
        try:
            self.entries = _parse(json.loads(self.path.read_bytes()))
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("%s: not a manifest this version reads; every article is rebuilt",
                        self.path)
        except OSError as e:
            raise SetupError(self.path, f"cannot read the manifest: {e.strerror}") from None

    def get(self, source: str) -> Entry | None:
        return self.entries.get(source)

    def record(self, result: ArticleResult, source_hash: str) -> None:
        """Remember the formats now on disk for ``result`` (those it wrote or kept)."""
        if not result.records or result.slug is None:
            return
        before = self.entries.get(result.source)
        formats = dict(before.formats) if before and before.source == source_hash else {}
        formats.update(result.records)
        self.entries[result.source] = Entry(source_hash, result.slug, formats)

    def forget(self, source: str) -> None:
        self.entries.pop(source, None)

    def save(self) -> None:
        data = {"artexport": __version__, "manifest": MANIFEST_FORMAT, "articles": {
            key: {"source": e.source, "slug": e.slug,
                  "formats": {f: {"fingerprint": fp, "files": list(files)}
                              for f, (fp, files) in e.formats.items()}}
            for key, e in self.entries.items()}}
        write_atomic(self.path, dumps(data, indent=1, sort_keys=True).encode("utf-8"))


def _parse(data: Any) -> dict[str, Entry]:
    if data.get("manifest") != MANIFEST_FORMAT:
        raise ValueError("another manifest format")
    entries: dict[str, Entry] = {}
    for key, entry in data["articles"].items():
        formats = {}
        for fmt, rec in entry["formats"].items():
            files = rec["files"]
            if not (isinstance(rec["fingerprint"], str) and isinstance(files, list)
                    and all(isinstance(f, str) for f in files)):
                raise TypeError(fmt)
            formats[str(fmt)] = (rec["fingerprint"], tuple(files))
        if not (isinstance(key, str) and isinstance(entry["source"], str)
                and isinstance(entry["slug"], str)):
            raise TypeError(key)
        entries[key] = Entry(entry["source"], entry["slug"], formats)
    return entries


# ---- one article's plan --------------------------------------------------------------

@dataclass(frozen=True, eq=False)  # one per article: compared (and hashed) by identity
class ArticlePlan:
    """One article: where it is, where its files go, and which formats to build."""

    path: Path
    source: str  # its path under src: its key in the manifest and report
    rel_dir: str  # the folder under out/ its files go to ("" for out/ itself)
    source_hash: str
    build: dict[str, str]  # format -> fingerprint, to convert
    fresh: dict[str, tuple[str, tuple[str, ...]]]  # format -> (fingerprint, files), kept
    slug: str | None  # known from the manifest when the source is unchanged


def plan_article(path: Path, base: Path, out: Path, formats: Sequence[str],
                 options: Mapping[str, Mapping[str, Any]], user_templates: str,
                 manifest: Manifest, force: bool) -> ArticlePlan:
    """Compare the article's fingerprints with the manifest: a format is fresh when its
    fingerprint is unchanged and every file it wrote is still there."""
    source = path.relative_to(base).as_posix() or "."
    rel_dir = (path if path.is_dir() else path.parent).relative_to(base).as_posix()
    source_hash = source_fingerprint(path)
    entry = manifest.get(source)
    known = entry if entry is not None and entry.source == source_hash else None
    build: dict[str, str] = {}
    fresh: dict[str, tuple[str, tuple[str, ...]]] = {}
    for fmt in formats:
        fp = output_fingerprint(source_hash, fmt, options.get(fmt, {}), user_templates)
        fp_before, files = known.formats.get(fmt, ("", ())) if known else ("", ())
        if (not force and fp_before == fp and files
                and all((out / f).is_file() for f in files)):
            fresh[fmt] = (fp, files)
        else:
            build[fmt] = fp
    return ArticlePlan(path, source, "" if rel_dir == "." else rel_dir, source_hash, build,
                       fresh, known.slug if known else None)


# ---- output names --------------------------------------------------------------------

def shared_folders(plans: Sequence[ArticlePlan]) -> set[str]:
    """Output folders that more than one article writes into (file articles side by
    side): there two articles may have one slug, and so the same file names."""
    count: dict[str, int] = defaultdict(int)
    for plan in plans:
        count[plan.rel_dir] += 1
    return {folder for folder, n in count.items() if n > 1}


def slug_collisions(slugs: Mapping[ArticlePlan, str]) -> dict[ArticlePlan, str]:
    """Articles that would write the same files (one slug in one output folder, letter
    case aside, as on a case-insensitive file system), each with the error to report:
    every one of them is refused, none overwrites another."""
    groups: dict[tuple[str, str], list[ArticlePlan]] = defaultdict(list)
    for plan, slug in slugs.items():
        groups[(plan.rel_dir, slug.casefold())].append(plan)
    refused: dict[ArticlePlan, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        for plan in members:
            others = ", ".join(p.path.name for p in members if p is not plan)
            refused[plan] = (f"{plan.path}: would write the same files ({slugs[plan]}.*) as "
                             f"{others}; give each its own slug or folder")
    return refused
