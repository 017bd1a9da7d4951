"""What a reader hands to the loader: a draft article, not yet validated."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from ..errors import ArticleError
from ..model import Block, Dropped, Figure
from ..resources import DEFAULT_LIMITS, Limits


@dataclass
class Draft:
    """A source parsed into metadata and blocks.

    ``meta`` keys follow the Article fields (``title``, ``lang``, ``dir``, ``authors``,
    ``published``...; ``image`` is the lead image as ``{"src", "alt", "caption"}``).
    Block images are unresolved (``Image.path is None``); text is raw. The loader
    validates, normalises, resolves images and isolates bidi runs, for every reader
    the same way.

    ``missing_images`` says what to do when an image file is absent: a Markdown or JSON
    article that names an image must contain it (``"error"``); a page scrape keeps only
    file names, so there the figure is dropped with a warning (``"warn"``).

    ``dropped`` lists what the reader left out of the source (furniture, menus, ads),
    each with its reason, in source order: nothing is left out in silence.
    """

    source: Path
    meta: dict[str, Any] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    lead: Figure | None = None
    missing_images: Literal["error", "warn"] = "error"
    dropped: list[Dropped] = field(default_factory=list)


class Reader(Protocol):
    """A source reader: ``read_<kind>(path, limits, keep_all=False) -> Draft``.

    ``keep_all``: keep every line the reader would leave out as body text; otherwise
    each one left out is recorded in :attr:`Draft.dropped` with its reason."""

    def __call__(self, path: Path, limits: Limits, *, keep_all: bool = False) -> Draft: ...


def read_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """Read a UTF-8 source file, with one clear error for every way that fails."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ArticleError(path, f"cannot read: {e.strerror}") from None
    if size > limits.max_source_bytes:
        raise ArticleError(path, f"file is {size} bytes, over the limit of "
                                 f"{limits.max_source_bytes} bytes")
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise ArticleError(path, "file is empty")
    if b"\x00" in data:
        raise ArticleError(path, "file is binary (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ArticleError(path, f"not valid UTF-8 (byte 0x{data[e.start]:02x} at line {line}, "
                                 f"offset {e.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_lines(text, path, limits)
    return text


def check_lines(text: str, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """The cost model's line count, before any reader walks the lines."""
    lines = text.count("\n") + 1
    if lines > limits.max_lines:
        raise ArticleError(path, f"{lines} lines, over the limit of {limits.max_lines} "
                                 "(max_lines)")


_TABLE_CELL = re.compile(r"<t[dh][\s/>]", re.IGNORECASE)


def check_table_cells(text: str, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """The cost model's table cells of a page (every table together), counted in the
    source before it is parsed: a 1000x1000 table took 50 s and 900 MB to read."""
    cells = sum(1 for _ in _TABLE_CELL.finditer(text))
    if cells > limits.max_table_cells:
        raise ArticleError(path, f"{cells} table cells, over the limit of "
                                 f"{limits.max_table_cells} (max_table_cells)")
