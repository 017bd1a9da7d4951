"""A disk cache of synthesised segments, so an unchanged sentence is never spoken twice.

The key is a SHA-256 over everything that changes the sound: engine name and version,
voice, rate, the speech options and the normalised text. Entries are written to a
temporary file in the cache folder and renamed into place, so concurrent processes
(a batch run over a process pool) never see half an entry; two processes that synthesise
the same segment both write identical bytes and the last rename wins. An entry that does
not check out (truncated by a crash, another version's format) is a miss, never an error.

Entry format: ``MAGIC``, one line of JSON (sample rate, marks, PCM length and SHA-256),
then the raw PCM.

The same folder keeps encoded audio (``<key>.enc``: ``ENCODED_MAGIC``, the length and
SHA-256 of the data, the data), keyed by the caller over the PCM it encoded, so a
re-run whose segments all come from the cache does not re-encode the MP3 either, and
prepared speech text (``<key>.txt``, the same format: a sentence as the diacritizer
vowelled it), so a re-run neither loads the diacritizer's model nor runs it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import ArtexportWarning
from ..paths import cache_dir
from . import Mark, Synthesis

MAGIC = b"artexport-speech-1\n"
ENCODED_MAGIC = b"artexport-encoded-1\n"
_MAX_HEADER = 1 << 20


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

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.hits = 0
        self.misses = 0
        self._writable = True

    def _path(self, key: str, suffix: str = ".seg") -> Path:
        return self.root / key[:2] / f"{key}{suffix}"

    def get(self, key: str) -> Synthesis | None:
        """The cached synthesis for ``key``, or ``None``."""
        try:
            raw = self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        found = _decode(raw)
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

    def _get_blob(self, key: str, suffix: str) -> bytes | None:
        try:
            raw = self._path(key, suffix).read_bytes()
        except OSError:
            return None
        if not raw.startswith(ENCODED_MAGIC):
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
        if not self._writable:
            return
        tmp: Path | None = None
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".part", dir=dest.parent)
            tmp = Path(name)
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, dest)
            tmp = None
        except OSError as e:
            self._writable = False
            warnings.warn(ArtexportWarning(f"{self.root}: speech cache not writable ({e}); "
                                           "continuing without it"), stacklevel=3)
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    tmp.unlink()


def _encode(s: Synthesis) -> bytes:
    header = {"sample_rate": s.sample_rate, "pcm_bytes": len(s.pcm),
              "sha256": hashlib.sha256(s.pcm).hexdigest(),
              "marks": [[m.offset, m.time_s] for m in s.marks]}
    return MAGIC + json.dumps(header, separators=(",", ":")).encode() + b"\n" + s.pcm


def _decode(raw: bytes) -> Synthesis | None:
    if not raw.startswith(MAGIC):
        return None
    end = raw.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if end < 0:
        return None
    try:
        header = json.loads(raw[len(MAGIC):end])
        pcm = raw[end + 1:]
        if len(pcm) != header["pcm_bytes"] or hashlib.sha256(pcm).hexdigest() != header["sha256"]:
            return None
        marks = tuple(Mark(int(o), float(t)) for o, t in header["marks"])
        return Synthesis(pcm, int(header["sample_rate"]), marks)
    except (ValueError, KeyError, TypeError):
        return None
