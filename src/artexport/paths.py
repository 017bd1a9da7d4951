"""Locate the packaged ``templates/`` and ``fonts/`` folders, installed or in a checkout."""

from __future__ import annotations

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
