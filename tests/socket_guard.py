"""Guards for tests that feed artexport untrusted articles: no network, no stray reads.

Two layers, both recording what they see:

* :func:`no_network` patches :mod:`socket` (``socket.connect``/``connect_ex``/``sendto``,
  ``create_connection``, ``getaddrinfo``, ``gethostbyname``) to record the attempt and
  refuse it with :class:`NetworkRefused`, so a test fails loudly instead of hanging on a
  dead network or reaching a real host;
* a process-wide audit hook (:pep:`578`, installed once, active only inside
  :func:`watch`) records every ``open`` and every ``socket.*``/``urllib``/``http``
  event -- including those made from C extension code that calls back into Python --
  and refuses connections too.

:func:`audited_script` returns the same hook as source code for a subprocess, which
writes what it saw as JSON: :mod:`tests.test_hostile` runs one whole conversion that
way, where nothing from pytest itself can muddy the record.

:func:`outside` is the policy: which opened paths lie outside the article folder, the
output folder, the packaged templates and fonts, the Python installation and a few
system files every Python program reads (``/etc/mime.types``, the time-zone database).
"""

from __future__ import annotations

import json
import mimetypes
import os
import socket
import sys
import sysconfig
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import artexport
from artexport.paths import fonts_dir, templates_dir

NETWORK_EVENTS = frozenset({
    "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
    "socket.sendto", "socket.sendmsg", "http.client.connect", "urllib.Request",
    "ftplib.connect", "smtplib.connect", "webbrowser.open",
})
# Events that start programs; artexport never should while converting.
PROCESS_EVENTS = frozenset({"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn",
                            "os.spawn", "os.startfile"})


class NetworkRefused(OSError):
    """Raised instead of any network access while a guard is active."""


@dataclass
class AccessLog:
    """What the code under test tried: files opened, network and process events."""

    opened: list[str] = field(default_factory=list)
    network: list[str] = field(default_factory=list)
    processes: list[str] = field(default_factory=list)
    local_sockets: bool = True  # Unix sockets (a process pool's own pipes) allowed


# ---- the audit hook -------------------------------------------------------------------

_lock = threading.Lock()
_active: list[AccessLog] = []
_installed = False


def _path_of(arg: object) -> str | None:
    if isinstance(arg, bytes):
        arg = os.fsdecode(arg)
    if isinstance(arg, str):
        return os.path.abspath(arg)
    if isinstance(arg, os.PathLike):
        return os.path.abspath(os.fsdecode(os.fspath(arg)))
    return None  # a file descriptor


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _active:
        return
    log = _active[-1]
    if event == "open":
        path = _path_of(args[0]) if args else None
        if path is not None:
            log.opened.append(path)
    elif event in NETWORK_EVENTS:
        if args and _is_local(args[0]) and log.local_sockets:
            return  # a Unix socket: the process pool's own pipes (forkserver)
        log.network.append(f"{event} {args[1:] if event == 'socket.connect' else args!r}")
        raise NetworkRefused(f"network access refused during the test: {event}")
    elif event in PROCESS_EVENTS:
        log.processes.append(f"{event} {args[0]!r}")


def _is_local(sock: object) -> bool:
    return getattr(sock, "family", None) == socket.AF_UNIX


def _install() -> None:
    global _installed
    with _lock:
        if not _installed:
            sys.addaudithook(_hook)
            _installed = True


@contextmanager
def watch(*, local_sockets: bool = True) -> Iterator[AccessLog]:
    """Record (and refuse network) through the audit hook while the block runs;
    ``local_sockets=False`` refuses Unix sockets too."""
    _install()
    log = AccessLog(local_sockets=local_sockets)
    _active.append(log)
    try:
        yield log
    finally:
        _active.remove(log)


# ---- socket patches ------------------------------------------------------------------

def _refuse(name: str, log: AccessLog, original: Callable[..., Any] | None = None
            ) -> Callable[..., Any]:
    """A stand-in that records and refuses; ``original`` still serves Unix sockets."""
    def refused(*args: Any, **kwargs: Any) -> Any:
        if original is not None and log.local_sockets and args and _is_local(args[0]):
            return original(*args, **kwargs)
        log.network.append(f"{name} {args!r}")
        raise NetworkRefused(f"network access refused during the test: {name}{args!r}")
    return refused


@contextmanager
def no_network(*, local_sockets: bool = True) -> Iterator[AccessLog]:
    """Patch :mod:`socket` so every attempt to resolve or connect is recorded and refused.

    Also activates the audit hook (:func:`watch`), so opened files are recorded too.
    ``local_sockets=False`` refuses Unix sockets as well (nothing under test needs one).
    """
    with watch(local_sockets=local_sockets) as log:
        patches: list[tuple[Any, str, Any]] = [
            (socket.socket, "connect", _refuse("socket.connect", log, socket.socket.connect)),
            (socket.socket, "connect_ex",
             _refuse("socket.connect_ex", log, socket.socket.connect_ex)),
            (socket.socket, "sendto", _refuse("socket.sendto", log, socket.socket.sendto)),
            (socket, "create_connection", _refuse("socket.create_connection", log)),
            (socket, "getaddrinfo", _refuse("socket.getaddrinfo", log)),
            (socket, "gethostbyname", _refuse("socket.gethostbyname", log)),
        ]
        saved = [(obj, name, getattr(obj, name)) for obj, name, _ in patches]
        try:
            for obj, name, new in patches:
                setattr(obj, name, new)
            yield log
        finally:
            for obj, name, old in saved:
                setattr(obj, name, old)


# ---- the policy -----------------------------------------------------------------------

def python_roots() -> tuple[Path, ...]:
    """Where the interpreter, the standard library and installed packages live."""
    found = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             *(v for k, v in sysconfig.get_paths().items() if k != "data"),
             str(Path(artexport.__file__).resolve().parent)}
    return tuple(Path(p).resolve() for p in found if p)


# Files every Python program may read whatever the input: MIME types (mimetypes.init),
# the time-zone database (zoneinfo), /dev/null and /dev/urandom; and the distribution's
# name, which onnxruntime (under the speech diacritizer) checks when it is imported.
SYSTEM_FILES = (*mimetypes.knownfiles, "/dev/null", "/dev/urandom", "/etc/localtime",
                "/etc/os-release")
SYSTEM_ROOTS = ("/usr/share/zoneinfo", "/usr/lib/python3/dist-packages/tzdata")


def allowed_roots(*extra: Path) -> tuple[Path, ...]:
    """The folders a conversion may open files in: ``extra`` (article folder, output,
    cache, the scratch TMPDIR) plus the packaged data and the Python installation."""
    return (*(p.resolve() for p in extra), templates_dir().resolve(), fonts_dir().resolve(),
            *python_roots(), *(Path(p) for p in SYSTEM_ROOTS))


def outside(opened: Iterable[str], roots: Iterable[Path]) -> list[str]:
    """The opened paths that are neither inside ``roots`` nor a known system file."""
    roots = tuple(roots)
    bad = []
    for raw in dict.fromkeys(opened):
        if raw in SYSTEM_FILES:
            continue
        path = Path(os.path.realpath(raw))
        if not any(path == r or path.is_relative_to(r) for r in roots):
            bad.append(raw)
    return bad


# ---- the same hook, for a subprocess --------------------------------------------------

def audited_script(body: str, report: Path) -> str:
    """Python source that installs a recording audit hook, runs ``body`` and writes
    ``{"opened": [...], "network": [...], "processes": [...]}`` to ``report``."""
    return f"""
import json, os, sys
_log = {{"opened": [], "network": [], "processes": []}}
_NET = {sorted(NETWORK_EVENTS)!r}
_PROC = {sorted(PROCESS_EVENTS)!r}
def _hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        _log["opened"].append(os.path.abspath(os.fsdecode(args[0])))
    elif event in _NET:
        if args and getattr(args[0], "family", None) == 1:  # AF_UNIX: local pipes
            return
        _log["network"].append(event + " " + repr(args)[:300])
        raise OSError("network access refused: " + event)
    elif event in _PROC:
        _log["processes"].append(event + " " + repr(args[0])[:300])
sys.addaudithook(_hook)
try:
{_indent(body)}
finally:
    with open({str(report)!r}, "w", encoding="utf-8") as _fh:
        json.dump(_log, _fh)
"""


def _indent(body: str) -> str:
    return "\n".join("    " + line for line in body.strip("\n").splitlines())


def read_report(report: Path) -> AccessLog:
    data = json.loads(report.read_text(encoding="utf-8"))
    return AccessLog(data["opened"], data["network"], data["processes"])
