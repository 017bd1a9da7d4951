"""Exporter registry: the ``artexport.exporters`` entry-point group.

Built-in formats register there exactly like third-party ones. Listing names loads no
exporter module; :func:`get_exporter` loads one; a plugin that fails to import is
reported by :func:`describe_exporters` and never breaks the listing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UnknownFormatError
from ..plugins import PluginGroup
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


EXPORTERS: PluginGroup[Exporter] = PluginGroup(GROUP, Exporter, "exporter", UnknownFormatError)


def exporter_names() -> list[str]:
    """Every registered format name, without importing any exporter."""
    return EXPORTERS.names()


def get_exporter(name: str) -> type[Exporter]:
    """The exporter class registered as ``name``."""
    return EXPORTERS.get(name)


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
    for name, ep in sorted(EXPORTERS.entry_points().items()):
        try:
            cls = EXPORTERS.get(name)
        except UnknownFormatError as e:
            infos.append(ExporterInfo(name, ep.value, None, "", str(e)))
            continue
        infos.append(ExporterInfo(name, ep.value, cls.file_extension, cls.description))
    return infos
