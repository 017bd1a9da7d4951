"""liblouis, reached from the virtualenv: the Debian binding, loaded by path.

Why this binding and not our own ctypes: liblouis's Python binding (``louis``, Debian
``python3-louis``) is itself a thin ctypes module over ``liblouis.so.20`` that ships with
the library from the same source package, so its buffer sizing, wide-character encoding
and mode constants always match the installed library (3.24 on Debian 12). A copy of
those details in our code would drift. It lives in ``/usr/lib/python3/dist-packages``,
which a virtualenv does not see; putting that whole folder on ``sys.path`` would also
expose every other Debian Python package (other versions of lxml, PIL...), so only this
one module is loaded, by its path, and registered as ``louis``.

Lookup order: ``ARTEXPORT_LOUIS`` (a ``louis/__init__.py`` file or a folder holding
``louis/``: a liblouis built elsewhere; an empty or missing path means "no liblouis"),
else an importable ``louis`` (a system Python, a venv with system site packages), else
the distribution folders below. The binding's one missing piece, ``lou_findTable``
(table lookup by metadata), is called through the library handle it already opened.

When nothing is found, importing this module raises :class:`LiblouisUnavailable`, an
``ImportError``: the exporter registry then lists ``braille`` as unavailable with that
reason, and every other format is untouched.
"""

from __future__ import annotations

import ctypes
import importlib
import importlib.util
import os
import sys
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = [
    "LOUIS",
    "LiblouisUnavailable",
    "Translation",
    "TranslationFailed",
    "back_translate",
    "check_table",
    "emphasis_typeform",
    "find_table",
    "is_defined",
    "table_info",
    "translate",
    "version",
]

INSTALL_HINT = ("install the Debian packages liblouis20, liblouis-data and python3-louis "
                "(scripts/system-deps.sh run does it)")

# Where distributions put the binding (Debian/Ubuntu; Fedora/Arch keep it per version).
_CANDIDATES = (
    "/usr/lib/python3/dist-packages",
    "/usr/local/lib/python3/dist-packages",
    f"/usr/lib/python{sys.version_info.major}.{sys.version_info.minor}/site-packages",
    f"/usr/lib64/python{sys.version_info.major}.{sys.version_info.minor}/site-packages",
)


class LiblouisUnavailable(ImportError):
    """liblouis (the library or its Python binding) is not installed."""


class TranslationFailed(RuntimeError):
    """liblouis refused a translation (a table that compiles but cannot translate)."""


def _load_by_path(init: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("louis", init)
    if spec is None or spec.loader is None:
        raise LiblouisUnavailable(f"braille is unavailable: {init} is not a Python module")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except OSError as e:  # the binding is there, liblouis.so.20 is not
        raise LiblouisUnavailable(f"braille is unavailable: liblouis.so.20 cannot be "
                                  f"loaded ({e}); {INSTALL_HINT}") from e
    sys.modules.setdefault("louis", module)
    return module


def _binding_file(place: Path) -> Path:
    return place if place.suffix == ".py" else place / "louis" / "__init__.py"


def _load() -> ModuleType:
    override = os.environ.get("ARTEXPORT_LOUIS")
    if override is not None:
        init = _binding_file(Path(override)) if override else Path()
        if not override or not init.is_file():
            raise LiblouisUnavailable(f"braille is unavailable: no liblouis Python binding "
                                      f"at ARTEXPORT_LOUIS={override!r}; {INSTALL_HINT}")
        return _load_by_path(init)
    try:
        return importlib.import_module("louis")
    except ImportError:
        pass
    except OSError as e:
        raise LiblouisUnavailable(f"braille is unavailable: liblouis.so.20 cannot be "
                                  f"loaded ({e}); {INSTALL_HINT}") from e
    for folder in _CANDIDATES:
        init = _binding_file(Path(folder))
        if init.is_file():
            return _load_by_path(init)
    raise LiblouisUnavailable(f"braille is unavailable: liblouis is not installed; "
                              f"{INSTALL_HINT}")


LOUIS: Any = _load()
_LIB: Any = LOUIS.liblouis
_LIB.lou_findTable.restype = ctypes.c_char_p
_LIB.lou_findTable.argtypes = (ctypes.c_char_p,)
_LIB.lou_getTableInfo.restype = ctypes.c_char_p
_LIB.lou_getTableInfo.argtypes = (ctypes.c_char_p, ctypes.c_char_p)
_LIB.lou_getTypeformForEmphClass.restype = ctypes.c_int
# liblouis compiles tables into a process-wide cache and logs through one callback:
# calls from several threads (a thread pool in a batch) are serialised.
_LOCK = threading.RLock()
# Unicode braille out, Unicode braille in: every cell is U+2800 + its dot bits.
MODE = LOUIS.dotsIO | LOUIS.ucBrl


def _quiet(level: int, message: bytes) -> None:
    """liblouis logs table lookups and compile warnings to stderr; our errors say it."""


_LOG_CALLBACK = LOUIS.LogCallback(_quiet)
_LIB.lou_registerLogCallback(_LOG_CALLBACK)


@dataclass(frozen=True)
class Translation:
    """Braille cells (U+2800-U+28FF) and, for each cell, the index of the print
    character it came from (liblouis's ``inputPos``)."""

    cells: str
    source_index: tuple[int, ...]


def version() -> str:
    """The liblouis version, e.g. ``"3.24.0"``."""
    return str(LOUIS.version())


def translate(tables: tuple[str, ...], text: str,
              typeform: list[int] | None = None) -> Translation:
    """Forward-translate ``text`` into Unicode braille with the table list."""
    if not text:
        return Translation("", ())
    with _LOCK:
        try:
            cells, source_index, _, _ = LOUIS.translate(list(tables), text,
                                                        typeform=typeform, mode=MODE)
        except RuntimeError:  # the binding's message quotes the whole input: say less
            raise TranslationFailed(f"liblouis could not translate {len(text)} characters "
                                    f"with {','.join(tables)}") from None
    return Translation(str(cells), tuple(int(i) for i in source_index))


def back_translate(tables: tuple[str, ...], cells: str) -> str:
    """Back-translate Unicode braille into print with the table list."""
    if not cells:
        return ""
    with _LOCK:
        return str(LOUIS.backTranslateString(list(tables), cells))


@cache
def is_defined(tables: tuple[str, ...], char: str) -> bool:
    """Whether the tables translate ``char`` (liblouis's ``noUndefined`` mode writes
    nothing for a character it would otherwise show as a ``\\x....`` escape)."""
    with _LOCK:
        out = LOUIS.translateString(list(tables), char, mode=MODE | LOUIS.noUndefined)
    return bool(out)


@cache
def emphasis_typeform(tables: tuple[str, ...], emphasis_class: str) -> int:
    """The typeform bit of a table's emphasis class (``italic``, ``bold``), 0 if none."""
    # The 3.24 binding's own wrapper names an undefined ``_is_py3``: call the library.
    with _LOCK:
        return int(_LIB.lou_getTypeformForEmphClass(",".join(tables).encode(),
                                                    emphasis_class.encode("ascii")))


@cache
def check_table(tables: tuple[str, ...]) -> bool:
    """Whether the table list can be found and compiled."""
    with _LOCK:
        try:
            LOUIS.checkTable(list(tables))
        except RuntimeError:
            return False
    return True


@cache
def find_table(query: str) -> str | None:
    """The best table for a metadata query (``"language:de type:literary grade:1"``),
    as liblouis's ``lou_findTable`` ranks them, or ``None``."""
    with _LOCK:
        found = _LIB.lou_findTable(query.encode("ascii"))
    return Path(found.decode()).name if found else None


@cache
def table_info(table: str, key: str) -> str | None:
    """A metadata field of a table (``#+grade: 2`` -> ``"2"``), or ``None``."""
    with _LOCK:
        value = _LIB.lou_getTableInfo(table.encode(), key.encode("ascii"))
    return value.decode().strip() if value else None
