"""The one place that puts files on disk: every file is written to a temporary name in
the destination folder and renamed into place, so a reader (or a crash) never sees half
a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

TEMP_PREFIX = ".artexport-"


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file in the same folder + rename)."""
    return write_many({path: data})[0]


def write_many(files: Mapping[Path, bytes]) -> list[Path]:
    """Write several files as one step: all temp files first, then all renames.

    If any write fails, every temp file is removed and no destination is touched.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for dest, data in files.items():
            dest.parent.mkdir(parents=True, exist_ok=True)
            staged.append((_stage(dest, data), dest))
        for tmp, dest in staged:
            os.replace(tmp, dest)
    except BaseException:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        raise
    return [dest for _, dest in staged]


def _stage(dest: Path, data: bytes) -> Path:
    # A short temp name, whatever the destination's: a 120-letter Arabic slug is 240
    # bytes, and ".<name>.XXXXXXXX.part" would pass the 255 a file name may have.
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=dest.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return tmp


def leftover_temp_files(folder: Path) -> Iterator[Path]:
    """Temp files an interrupted run left behind (``.artexport-XXXX.part``, and the
    ``.name.XXXX.part`` of earlier versions)."""
    return (p for p in folder.rglob(".*.part") if p.is_file())
