"""Entry-point groups: how built-in and third-party components are found and loaded.

Exporters (``artexport.exporters``) and TTS engines (``artexport.tts_engines``) are both
plugin groups. Listing names imports nothing; loading one imports only it; a plugin that
fails to import, or is not the expected kind of class, raises the group's error with
the plugin's name and target, so a listing can report it and go on.
"""

from __future__ import annotations

import logging
import os
import sys
from functools import cache, lru_cache
from importlib.metadata import EntryPoint, entry_points
from typing import Generic, TypeVar, cast

from .errors import ArtexportError

T = TypeVar("T")
BUILTIN_DISTRIBUTION = "artexport"
log = logging.getLogger("artexport.plugins")


def _dist(ep: EntryPoint) -> str:
    return ep.dist.name if ep.dist is not None else "an unknown distribution"


def is_builtin(ep: EntryPoint) -> bool:
    """Registered by artexport itself (its own distribution, its own package)."""
    return _dist(ep) == BUILTIN_DISTRIBUTION and ep.value.startswith("artexport.")


def _registered(group: str) -> tuple[EntryPoint, ...]:
    """The group's entry points as the installed distributions declare them now.

    Reading them means reading every distribution's metadata (about 5 ms in a full
    virtualenv), and one command asks dozens of times: the answer is kept while
    ``sys.path`` and the modification times of its folders stay the same (installing or
    removing a distribution changes its folder's)."""
    state: list[tuple[str, int | None]] = []
    for entry in sys.path:
        try:
            state.append((entry, os.stat(entry or ".").st_mtime_ns))
        except OSError:
            state.append((entry, None))
    return _entry_points(group, tuple(state))


@lru_cache(maxsize=16)
def _entry_points(group: str, path_state: tuple[tuple[str, int | None], ...]) -> tuple[
        EntryPoint, ...]:
    return tuple(entry_points(group=group))


class PluginGroup(Generic[T]):
    """The plugins registered under one entry-point group, all subclasses of ``base``."""

    # ``base`` is typed loosely: the bases (Exporter, TtsEngine) are abstract classes,
    # which mypy will not pass as ``type[T]``; the instance's annotation fixes ``T``.
    def __init__(self, group: str, base: type, kind: str,
                 error: type[ArtexportError]) -> None:
        self.group, self.base, self.kind, self.error = group, base, kind, error

    def entry_points(self) -> dict[str, EntryPoint]:
        """One entry point per name: artexport's own for a built-in name, else the first
        distribution on ``sys.path`` (like imports). See :meth:`shadowed`."""
        found: dict[str, EntryPoint] = {}
        for ep in _registered(self.group):
            if ep.name not in found or (is_builtin(ep) and not is_builtin(found[ep.name])):
                found[ep.name] = ep
        return found

    def shadowed(self) -> list[str]:
        """One line per entry point that is ignored because another one has its name
        (a plugin reusing a built-in name never replaces the built-in)."""
        chosen = self.entry_points()
        lines = []
        for ep in _registered(self.group):
            kept = chosen[ep.name]
            if (ep.value, _dist(ep)) != (kept.value, _dist(kept)):
                what = "built-in" if is_builtin(kept) else f"from {_dist(kept)}"
                lines.append(f"{self.kind} {ep.name!r} ({ep.value}) from {_dist(ep)} is "
                             f"ignored: the name is taken by the {what} {kept.value}")
        return lines

    def names(self) -> list[str]:
        """Every registered name, without importing anything."""
        return sorted(self.entry_points())

    def get(self, name: str) -> type[T]:
        """The class registered as ``name``, imported on first use."""
        eps = self.entry_points()
        if name not in eps:
            known = ", ".join(sorted(eps)) or "none"
            raise self.error(None, f"unknown {self.kind} {name!r} (available: {known})")
        return self._load(name, eps[name].value)

    @cache  # noqa: B019 - one PluginGroup per group for the life of the process
    def _load(self, name: str, value: str) -> type[T]:
        try:
            cls = self.entry_points()[name].load()
        except Exception as e:
            raise self.error(None, f"{self.kind} {name!r} ({value}) failed to load: "
                                   f"{type(e).__name__}: {e}") from e
        if not (isinstance(cls, type) and issubclass(cls, self.base)):
            raise self.error(None, f"{self.kind} {name!r} ({value}) is not an "
                                   f"{self.base.__module__}.{self.base.__name__} subclass")
        declared = getattr(cls, "name", name)
        if declared != name:
            raise self.error(None, f"{self.kind} {name!r} ({value}) calls itself "
                                   f"{declared!r}; the entry-point name must match")
        log.debug("%s %r: %s from %s", self.kind, name, value,
                  _dist(self.entry_points()[name]))
        return cast("type[T]", cls)
