"""A disk cache of synthesised segments, so an unchanged sentence is never spoken twice.

The key is a SHA-256 over everything that changes the sound: engine name and version,
voice, rate, the speech options and the normalised text. Entries are written to a
temporary file in the cache folder and renamed into place, so concurrent processes
(a batch run over a process pool) never see half an entry; two processes that synthesise
the same segment both write identical bytes and the last rename wins. An entry that does
not check out (truncated by a crash, another version's format) is a miss, never an error.

Entry format: ``MAGIC``, one line of JSON (sample rate, marks, PCM length and SHA-256),
then the PCM compressed losslessly: sample differences, low and high bytes apart, in a
Zstandard frame at level 1. Measured on 58 MB of espeak speech (60 sentences of the
longest corpus article): 0.52 of the raw PCM in 0.16 s, where zlib at level 1 (the
format before, ``MAGIC_V2``) gave 0.59 in 0.78 s, half as long as espeak-ng took to
speak it. Entries of the earlier formats (``MAGIC_V2``; ``MAGIC_V1``, raw PCM) are still
read.

The same folder keeps encoded audio (``<key>.enc``: ``ENCODED_MAGIC``, the length and
SHA-256 of the data, the data): the MP3 frames of a whole narration, keyed over its
segments' PCM and pauses, so a re-run whose segments all come from the cache does not
encode again; and prepared speech text (``<key>.txt``, the same format: a sentence as
the diacritizer vowelled it), so a re-run neither loads the diacritizer's model nor
runs it.

The cache is bounded: ``ARTEXPORT_CACHE_MAX`` (``500M`` by default; ``K``, ``M``, ``G``
suffixes, plain bytes, ``0`` stores nothing) caps its size. Every hit marks its entry
used (its modification time), and once a process has written a twentieth of the cap
(and after every narration that wrote anything) the least recently used entries are
removed until the cache is under nine tenths of the cap. ``artexport cache info``
shows it; ``artexport cache clear`` empties it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
import time
import warnings
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from ..errors import ArtexportWarning
from ..paths import cache_dir
from . import Mark, Synthesis

MAGIC = b"artexport-speech-3\n"
MAGIC_V2 = b"artexport-speech-2\n"
MAGIC_V1 = b"artexport-speech-1\n"
ENCODED_MAGIC = b"artexport-encoded-1\n"
_MAX_HEADER = 1 << 20
CACHE_MAX_ENV = "ARTEXPORT_CACHE_MAX"
DEFAULT_MAX_BYTES = 500 * 1024 * 1024
ENTRY_SUFFIXES = (".seg", ".enc", ".txt")
_STALE_PART_SECONDS = 3600.0  # a temp file this old was left by a crash
_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}


def max_bytes_from_env(value: str | None = None) -> int:
    """The cache's cap in bytes: ``ARTEXPORT_CACHE_MAX`` (or ``value``), e.g. ``500M``,
    ``2G``, ``1048576``; ``0`` stores nothing. A value that does not parse warns once and
    the default (500 MB) holds."""
    raw = os.environ.get(CACHE_MAX_ENV) if value is None else value
    if raw is None or not raw.strip():
        return DEFAULT_MAX_BYTES
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?\s*", raw, re.IGNORECASE)
    if m is None:
        warnings.warn(ArtexportWarning(f"{CACHE_MAX_ENV}={raw!r} is not a size (e.g. 500M, "
                                       f"2G); using {DEFAULT_MAX_BYTES // 1024 ** 2}M"),
                      stacklevel=2)
        return DEFAULT_MAX_BYTES
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()])


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/artexport/speech`` (``~/.cache/artexport/speech`` by default)."""
    return cache_dir("speech")


def cache_key(*, engine: str, version: str, voice: str, rate: int | None,
              options: Mapping[str, Any], text: str) -> str:
    """The hex SHA-256 naming one segment."""
    material = json.dumps({"engine": engine, "version": version, "voice": voice,
                           "rate": rate, "options": dict(options), "text": text},
                          ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class SpeechCache:
    """Segments on disk under ``root/<key[:2]>/<key>.seg``.

    ``hits`` and ``misses`` count lookups, for reports and benchmarks. A folder that
    cannot be written turns the cache off for the rest of the run, with one warning.
    """

    def __init__(self, root: Path, max_bytes: int | None = None) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes_from_env() if max_bytes is None else max_bytes
        self.hits = 0
        self.misses = 0
        self.written = 0  # bytes this instance stored
        self._since_trim = 0
        self._writable = True

    def _path(self, key: str, suffix: str = ".seg") -> Path:
        return self.root / key[:2] / f"{key}{suffix}"

    def get(self, key: str) -> Synthesis | None:
        """The cached synthesis for ``key``, or ``None``."""
        raw = self._read(self._path(key))
        found = _decode(raw) if raw is not None else None
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def put(self, key: str, synthesis: Synthesis) -> None:
        """Store ``synthesis`` under ``key`` atomically; failures only disable the cache."""
        self._store(self._path(key), key, _encode(synthesis))

    def get_text(self, key: str) -> str | None:
        """Text stored under ``key`` (see :meth:`put_text`), or ``None``."""
        data = self._get_blob(key, ".txt")
        try:
            return data.decode("utf-8") if data is not None else None
        except UnicodeDecodeError:
            return None

    def put_text(self, key: str, text: str) -> None:
        """Store prepared text (a vowelled sentence) under ``key``."""
        self._put_blob(key, ".txt", text.encode("utf-8"))

    def get_encoded(self, key: str) -> bytes | None:
        """Encoded audio stored under ``key`` (see :meth:`put_encoded`), or ``None``."""
        return self._get_blob(key, ".enc")

    def put_encoded(self, key: str, data: bytes) -> None:
        """Store encoded audio (an MP3 before tagging) under ``key``."""
        self._put_blob(key, ".enc", data)

    def _read(self, path: Path) -> bytes | None:
        """An entry's bytes, marked as just used (least recently used goes first)."""
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        with contextlib.suppress(OSError):  # a read-only cache still answers
            os.utime(path)
        return raw

    def _get_blob(self, key: str, suffix: str) -> bytes | None:
        raw = self._read(self._path(key, suffix))
        if raw is None or not raw.startswith(ENCODED_MAGIC):
            return None
        header, _, data = raw[len(ENCODED_MAGIC):].partition(b"\n")
        try:
            meta = json.loads(header)
            ok = len(data) == meta["bytes"] and hashlib.sha256(data).hexdigest() == meta["sha256"]
        except (ValueError, KeyError, TypeError):
            return None
        return data if ok else None

    def _put_blob(self, key: str, suffix: str, data: bytes) -> None:
        meta = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        self._store(self._path(key, suffix), key,
                    ENCODED_MAGIC + json.dumps(meta).encode() + b"\n" + data)

    def _store(self, dest: Path, key: str, payload: bytes) -> None:
        if not self._writable or len(payload) > self.max_bytes:
            return  # a cap of 0 stores nothing; an entry larger than the cap is not kept
        tmp: Path | None = None
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".part", dir=dest.parent)
            tmp = Path(name)
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, dest)
            tmp = None
            self.written += len(payload)
            self._since_trim += len(payload)
        except OSError as e:
            self._writable = False
            warnings.warn(ArtexportWarning(f"{self.root}: speech cache not writable ({e}); "
                                           "continuing without it"), stacklevel=3)
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    tmp.unlink()
        if self._since_trim > self.max_bytes // 20:
            self.trim()

    def trim(self) -> int:
        """Remove the least recently used entries until the cache is under nine tenths
        of its cap (when it is over the cap), and temp files a crash left; returns the
        bytes removed. Other processes may trim at the same time: an entry already gone
        is simply skipped, and a reader finds a miss."""
        self._since_trim = 0
        entries = list(_entries(self.root))
        now = time.time()
        removed = 0
        for e in entries:
            if e.path.suffix == ".part" and now - e.mtime > _STALE_PART_SECONDS:
                removed += _unlink(e)
        entries = [e for e in entries if e.path.suffix != ".part"]
        total = sum(e.size for e in entries)
        if total <= self.max_bytes:
            return removed
        goal = self.max_bytes * 9 // 10
        for e in sorted(entries, key=lambda e: e.mtime):
            if total <= goal:
                break
            freed = _unlink(e)
            removed += freed
            total -= e.size
        return removed


@dataclass(frozen=True)
class Entry:
    """One file of the cache."""

    path: Path
    size: int
    mtime: float


def _entries(root: Path) -> Iterator[Entry]:
    """Every entry and temp file under ``root/<2 hex>/``."""
    try:
        subdirs = [d for d in os.scandir(root) if len(d.name) == 2 and d.is_dir()]
    except OSError:
        return
    for sub in subdirs:
        try:
            files = list(os.scandir(sub.path))
        except OSError:
            continue
        for f in files:
            name = f.name
            if not (name.endswith(ENTRY_SUFFIXES) or name.endswith(".part")):
                continue
            try:
                st = f.stat()
            except OSError:
                continue
            yield Entry(Path(f.path), st.st_size, st.st_mtime)


def _unlink(entry: Entry) -> int:
    try:
        entry.path.unlink()
    except OSError:
        return 0
    return entry.size


@dataclass(frozen=True)
class CacheInfo:
    """What ``artexport cache info`` shows of one cache folder."""

    root: Path
    count: dict[str, int]  # per suffix: .seg, .enc, .txt
    size: int
    max_bytes: int


def cache_info(root: Path | None = None) -> CacheInfo:
    """The entries and size of the speech cache at ``root`` (the default folder)."""
    root = default_cache_dir() if root is None else Path(root)
    count = dict.fromkeys(ENTRY_SUFFIXES, 0)
    size = 0
    for e in _entries(root):
        if e.path.suffix in count:
            count[e.path.suffix] += 1
        size += e.size
    return CacheInfo(root, count, size, max_bytes_from_env())


def clear_cache(root: Path | None = None) -> tuple[int, int]:
    """Remove every entry of the speech cache at ``root`` (the default folder), and the
    folders left empty; returns (files, bytes) removed. Only the cache's own files go."""
    root = default_cache_dir() if root is None else Path(root)
    files = size = 0
    for e in list(_entries(root)):
        freed = _unlink(e)
        if freed or not e.path.exists():
            files += 1
            size += freed
    with contextlib.suppress(OSError):
        for sub in os.scandir(root):
            if len(sub.name) == 2 and sub.is_dir():
                with contextlib.suppress(OSError):
                    os.rmdir(sub.path)
    return files, size


def _encode(s: Synthesis) -> bytes:
    header = {"sample_rate": s.sample_rate, "pcm_bytes": len(s.pcm),
              "sha256": hashlib.sha256(s.pcm).hexdigest(),
              "marks": [[m.offset, m.time_s] for m in s.marks]}
    return MAGIC + json.dumps(header, separators=(",", ":")).encode() + b"\n" + _pack(s.pcm)


def _decode(raw: bytes) -> Synthesis | None:
    magic = next((m for m in (MAGIC, MAGIC_V2, MAGIC_V1) if raw.startswith(m)), None)
    if magic is None:
        return None
    end = raw.find(b"\n", len(magic), len(magic) + _MAX_HEADER)
    if end < 0:
        return None
    try:
        header = json.loads(raw[len(magic):end])
        if magic == MAGIC and \
                zstandard.frame_content_size(raw[end + 1:]) != header["pcm_bytes"]:
            return None  # a damaged frame must not size what is allocated
        pcm = raw[end + 1:] if magic == MAGIC_V1 else _unpack(raw[end + 1:],
                                                               zstd=magic == MAGIC)
        if len(pcm) != header["pcm_bytes"] or hashlib.sha256(pcm).hexdigest() != header["sha256"]:
            return None
        marks = tuple(Mark(int(o), float(t)) for o, t in header["marks"])
        return Synthesis(pcm, int(header["sample_rate"]), marks)
    except (ValueError, KeyError, TypeError, zlib.error, zstandard.ZstdError):
        return None


def _pack(pcm: bytes) -> bytes:
    """16-bit PCM losslessly smaller: the differences of successive samples (small in
    speech), their low bytes then their high bytes (mostly 0 or 255), Zstandard at
    level 1 (the module docstring says why)."""
    import numpy as np

    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype=_native16())
    delta = np.diff(samples.astype("<i2"), prepend=np.int16(0)).astype("<i2")
    planes = delta.view(np.uint8).reshape(-1, 2).T.tobytes()
    return zstandard.ZstdCompressor(level=1).compress(planes + pcm[len(pcm) // 2 * 2:])


def _unpack(data: bytes, *, zstd: bool) -> bytes:
    import numpy as np

    raw = zstandard.ZstdDecompressor().decompress(data) if zstd else zlib.decompress(data)
    n = len(raw) // 2
    planes = np.frombuffer(raw[: 2 * n], dtype=np.uint8).reshape(2, n)
    delta = np.ascontiguousarray(planes.T).view("<i2").reshape(-1)
    samples = np.cumsum(delta, dtype=np.int16)  # wraps around exactly as diff did
    return samples.astype(_native16()).tobytes() + raw[2 * n:]


def _native16() -> str:
    return "<i2" if sys.byteorder == "little" else ">i2"
