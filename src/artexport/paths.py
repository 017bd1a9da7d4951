"""Locate the packaged ``templates/`` and ``fonts/`` folders, installed or in a checkout."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """``templates`` or ``fonts``: inside the wheel (``artexport/_data/``) when installed,
    the top-level folder of the checkout in development (editable install)."""
    for candidate in (_HERE / "_data" / name, _HERE.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"artexport data folder {name!r} not found (broken installation)")


def templates_dir() -> Path:
    return data_dir("templates")


def fonts_dir() -> Path:
    return data_dir("fonts")


def cache_dir(kind: str) -> Path:
    """``$XDG_CACHE_HOME/artexport/<kind>`` (``~/.cache/artexport/<kind>`` by default):
    speech segments, font subsets, compiled templates. Not created here."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "artexport" / kind
