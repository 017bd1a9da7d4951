"""Exporter registry: the ``artexport.exporters`` entry-point group.

Built-in formats register there exactly like third-party ones. Listing names loads no
exporter module; :func:`get_exporter` loads one; a plugin that fails to import is
reported by :func:`describe_exporters` and never breaks the listing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.metadata import EntryPoint, entry_points

from ..errors import UnknownFormatError
from .base import Exporter, NoOptions, Rendered

GROUP = "artexport.exporters"

__all__ = [
    "GROUP",
    "Exporter",
    "ExporterInfo",
    "NoOptions",
    "Rendered",
    "describe_exporters",
    "exporter_names",
    "get_exporter",
]


def _entry_points() -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=GROUP):
        found.setdefault(ep.name, ep)  # first distribution on sys.path wins, like imports
    return found


def exporter_names() -> list[str]:
    """Every registered format name, without importing any exporter."""
    return sorted(_entry_points())


@cache
def _load(name: str, value: str) -> type[Exporter]:
    ep = _entry_points()[name]
    try:
        cls = ep.load()
    except Exception as e:
        raise UnknownFormatError(None, f"exporter {name!r} ({value}) failed to load: "
                                       f"{type(e).__name__}: {e}") from e
    if not (isinstance(cls, type) and issubclass(cls, Exporter)):
        raise UnknownFormatError(None, f"exporter {name!r} ({value}) is not an "
                                       "artexport.exporters.Exporter subclass")
    if getattr(cls, "name", name) != name:
        raise UnknownFormatError(None, f"exporter {name!r} ({value}) calls itself "
                                       f"{cls.name!r}; the entry-point name must match")
    return cls


def get_exporter(name: str) -> type[Exporter]:
    """The exporter class registered as ``name``."""
    eps = _entry_points()
    if name not in eps:
        known = ", ".join(sorted(eps)) or "none"
        raise UnknownFormatError(None, f"unknown format {name!r} (available: {known})")
    return _load(name, eps[name].value)


@dataclass(frozen=True)
class ExporterInfo:
    name: str
    target: str
    extension: str | None
    description: str
    error: str | None = None


def describe_exporters() -> list[ExporterInfo]:
    """Load every exporter to describe it; failures are reported in ``error``."""
    infos = []
    for name, ep in sorted(_entry_points().items()):
        try:
            cls = _load(name, ep.value)
        except UnknownFormatError as e:
            infos.append(ExporterInfo(name, ep.value, None, "", str(e)))
            continue
        infos.append(ExporterInfo(name, ep.value, cls.file_extension, cls.description))
    return infos
