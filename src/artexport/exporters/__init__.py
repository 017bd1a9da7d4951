"""Exporter registry: the ``artexport.exporters`` entry-point group.

Built-in formats register there exactly like third-party ones. Listing names loads no
exporter module; :func:`get_exporter` loads one; a plugin that fails to import is
reported by :func:`describe_exporters` and never breaks the listing.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import (
    ArtexportWarning,
    OptionError,
    SetupError,
    UnknownFormatError,
    caller_stacklevel,
)
from ..plugins import PluginGroup, is_builtin
from .base import Exporter, NoOptions, Rendered, did_you_mean, parse_options

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
    "select_exporters",
    "shadowed_exporters",
    "validate_options",
]


_REPORTED: set[str] = set()  # warnings about the registry are given once per process
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


def format_names(formats: str | Iterable[str]) -> list[str]:
    """``"html"``, ``"html,pdf"``, ``"all"`` or a list of names: the names, in order,
    without repeats (a string is never read letter by letter)."""
    items = [formats] if isinstance(formats, str) else list(formats)
    names = [n.strip() for item in items for n in str(item).split(",") if n.strip()]
    if not names:
        raise UnknownFormatError(None, "no format chosen (available: "
                                       f"{', '.join(exporter_names())})")
    return list(dict.fromkeys(names))


def select_exporters(formats: str | Iterable[str], *,
                     check: bool = True) -> dict[str, type[Exporter]]:
    """Load the exporters for ``formats`` (see :func:`format_names`) before any work,
    and (with ``check``) what each needs at render time (:meth:`Exporter.
    check_environment`; a batch checks once it knows an article is to be converted).

    A named format that is unknown or fails to load raises
    :class:`~artexport.errors.UnknownFormatError`. ``all`` means every registered
    format: a third-party plugin that fails to load is then skipped with a warning (the
    built-in formats are still written); a built-in that fails is an error. A plugin
    that reuses a built-in name is reported with a warning, and the built-in is used."""
    names = format_names(formats)
    for line in EXPORTERS.shadowed():
        if line not in _REPORTED:
            _REPORTED.add(line)
            warnings.warn(ArtexportWarning(line), stacklevel=caller_stacklevel())
    if "all" not in names:
        for name in names:
            if name not in EXPORTERS.entry_points():
                raise UnknownFormatError(None, f"unknown format {name!r}"
                                         f"{_close_format(name)}")
        for cls in (EXPORTERS.get(n) for n in names):
            if check:
                cls.check_environment()
        return {n: EXPORTERS.get(n) for n in names}
    chosen: dict[str, type[Exporter]] = {}
    for name, ep in sorted(EXPORTERS.entry_points().items()):
        try:
            chosen[name] = EXPORTERS.get(name)
        except UnknownFormatError as e:
            if is_builtin(ep):
                raise
            if str(e) not in _REPORTED:
                _REPORTED.add(str(e))
                warnings.warn(ArtexportWarning(f"skipped: {e}"), stacklevel=caller_stacklevel())
    for cls in chosen.values():
        if check:
            cls.check_environment()
    return chosen


def _close_format(name: str) -> str:
    known = exporter_names()
    hint = did_you_mean(name, known)
    return hint if "did you mean" in hint else f" (available: {', '.join(known)})"


def validate_options(exporters: Mapping[str, type[Exporter]],
                     options: Mapping[str, Any] | None) -> dict[str, Any]:
    """Each chosen format's options, checked against its ``Options`` class before any
    article is read: an unknown format or key (with a "did you mean"), or a bad value,
    raises :class:`~artexport.errors.OptionError` naming the option. Returns the
    options as given (mappings stay mappings: they cross to worker processes)."""
    checked: dict[str, Any] = {}
    for fmt, values in (options or {}).items():
        if fmt not in exporters:
            raise OptionError(None, f"options for {fmt!r}, which is not one of the chosen "
                                    f"formats ({', '.join(exporters)})"
                                    f"{_close_choice(fmt, exporters)}")
        cls = exporters[fmt]
        if values is None or isinstance(values, cls.Options):
            checked[fmt] = values
            continue
        if not isinstance(values, Mapping):
            raise OptionError(None, f"{fmt}: options must be a mapping or "
                                    f"{cls.Options.__name__}, not {type(values).__name__}")
        parse_options(cls.Options, values, exporter=fmt)
        checked[fmt] = dict(values)
    return checked


def _close_choice(name: str, choices: Iterable[str]) -> str:
    hint = did_you_mean(name, choices)
    return hint if "did you mean" in hint else ""


def describe_exporters() -> list[ExporterInfo]:
    """Load every exporter to describe it; failures are reported in ``error``."""
    infos = []
    for name, ep in sorted(EXPORTERS.entry_points().items()):
        try:
            cls = EXPORTERS.get(name)
            cls.check_environment()  # a missing system library, named
        except (UnknownFormatError, SetupError) as e:
            infos.append(ExporterInfo(name, ep.value, None, "", str(e)))
            continue
        infos.append(ExporterInfo(name, ep.value, cls.file_extension, cls.description))
    return infos


def shadowed_exporters() -> list[str]:
    """One line per registered exporter ignored because its name is taken."""
    return EXPORTERS.shadowed()
