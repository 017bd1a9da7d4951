"""The Article model: metadata plus typed blocks, language and direction always known.

Every loader produces an :class:`Article`; every exporter consumes one. The model is made
of frozen dataclasses so an article can be shared between exporters (and threads) without
anyone changing it underneath the others.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeAlias

Direction: TypeAlias = Literal["rtl", "ltr"]
Emphasis: TypeAlias = Literal["em", "strong", "code"]


@dataclass(frozen=True)
class Span:
    """A run of inline text.

    ``lang``/``direction`` are set only where the run differs from its block (a Latin
    brand name inside an Arabic sentence); exporters isolate such runs for the bidi
    algorithm. ``href`` makes the run a link.
    """

    text: str
    lang: str | None = None
    direction: Direction | None = None
    emphasis: Emphasis | None = None
    href: str | None = None


Inline: TypeAlias = tuple[Span, ...]


def plain_text(spans: Inline) -> str:
    """The text of inline spans, without markup."""
    return "".join(s.text for s in spans)


@dataclass(frozen=True)
class Image:
    """An image as the article names it.

    ``src`` is the name used in the source (relative to the article folder); ``path`` is
    the confined, existing file, or ``None`` when the source names an image it does not
    contain (a scrape that kept only the file name). Exporters render a figure only when
    ``path`` is set.
    """

    src: str
    alt: str = ""
    path: Path | None = None
    media_type: str | None = None
    width: int | None = None
    height: int | None = None
    credit: str | None = None


# Block language: every block but preformatted code may carry ``lang`` and ``direction``
# where it differs from the article's (an Arabic paragraph in an English article). The
# loader sets both on every such block; ``None`` means "the article's own".


@dataclass(frozen=True)
class Heading:
    """A section heading; level 2..6 (level 1 is the article title)."""

    level: int
    spans: Inline
    id: str = ""
    lang: str | None = None
    direction: Direction | None = None
    kind: str = field(default="heading", init=False)


@dataclass(frozen=True)
class Paragraph:
    spans: Inline
    lang: str | None = None
    direction: Direction | None = None
    kind: str = field(default="paragraph", init=False)


@dataclass(frozen=True)
class Quote:
    """A block quotation, one or more paragraphs, with an optional attribution."""

    paragraphs: tuple[Inline, ...]
    attribution: Inline = ()
    lang: str | None = None
    direction: Direction | None = None
    kind: str = field(default="quote", init=False)


@dataclass(frozen=True)
class ListBlock:
    """A bulleted or numbered list; each item is one inline run (an item in yet another
    language carries it on its spans). ``levels`` gives each item's depth when the list
    nests (0: an item of the list itself, 1: of a list inside the item before it, ...),
    and ``numbered`` whether the list each item is in is numbered; both are empty for a
    flat list (a nested list without ``numbered`` is numbered when its list is)."""

    items: tuple[Inline, ...]
    ordered: bool = False
    lang: str | None = None
    direction: Direction | None = None
    levels: tuple[int, ...] = ()
    numbered: tuple[bool, ...] = ()
    # the number of a numbered list's first item where it is not 1: the source goes on
    # counting after a figure or a paragraph ("4." after "1." to "3."), and every edition
    # prints the numbers the article has (a nested list starts at 1)
    start: int | None = None
    kind: str = field(default="list", init=False)


def list_shape(levels: Sequence[int], numbered: Sequence[bool]
               ) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """A list's ``levels`` and ``numbered`` as :class:`ListBlock` keeps them: both empty
    for a flat list (every item at depth 0)."""
    return (tuple(levels), tuple(numbered)) if any(levels) else ((), ())


MAX_LIST_DEPTH = 8
"""Lists nest at most this deep (deeper items are shown at this depth)."""


def item_levels(block: ListBlock) -> tuple[int, ...]:
    """Each item's depth, made well formed: 0 for the first item and for every item of
    a flat list (or of one whose levels do not match its items), never more than one
    below the item before it, nor below :data:`MAX_LIST_DEPTH`."""
    if len(block.levels) != len(block.items):
        return (0,) * len(block.items)
    out: list[int] = []
    for level in block.levels:
        out.append(max(0, min(level, out[-1] + 1 if out else 0, MAX_LIST_DEPTH)))
    return tuple(out)


def item_numbered(block: ListBlock) -> tuple[bool, ...]:
    """Whether each item's list is numbered (the top list's items: ``ordered``)."""
    levels = item_levels(block)
    given = block.numbered if len(block.numbered) == len(block.items) else ()
    return tuple(block.ordered if level == 0 or not given else given[i]
                 for i, level in enumerate(levels))


def item_numbers(block: ListBlock) -> tuple[int | None, ...]:
    """The number each item prints (``None`` for a bulleted item): the list's own count
    from ``start``, a nested numbered list's from 1, as every edition numbers them."""
    counts: list[int] = [(block.start or 1) - 1]
    out: list[int | None] = []
    for level, numbered in zip(item_levels(block), item_numbered(block), strict=True):
        counts = [*counts[:level], (counts[level] if level < len(counts) else 0) + 1]
        out.append(counts[level] if numbered else None)
    return tuple(out)


class ListNode(NamedTuple):
    """An item of a list with the items nested under it (see :func:`list_tree`);
    ``position`` is its place among all the list's items, in reading order, and
    ``numbered`` says whether the list of its ``children`` is numbered."""

    position: int
    item: Inline
    children: tuple[ListNode, ...]
    numbered: bool = False


def list_tree(block: ListBlock) -> tuple[ListNode, ...]:
    """The list's items as a tree, from :func:`item_levels`: what a template renders
    as lists inside list items."""
    levels, numbered = item_levels(block), item_numbered(block)

    def build(start: int, depth: int) -> tuple[tuple[ListNode, ...], int]:
        nodes: list[ListNode] = []
        i = start
        while i < len(levels) and levels[i] == depth:
            children, after = build(i + 1, depth + 1)
            nodes.append(ListNode(i, block.items[i], children,
                                  numbered[i + 1] if children else False))
            i = after
        return tuple(nodes), i

    return build(0, 0)[0]


@dataclass(frozen=True)
class Table:
    """A table of inline cells, row by row (rows may differ in length).

    The first ``header_rows`` rows are column headers and the first ``header_columns``
    cells of every other row are row headers: the shapes HTML pages (trafilatura's
    ``cell role="head"``), Markdown and JSON tables give. ``caption`` names the table.
    """

    rows: tuple[tuple[Inline, ...], ...]
    header_rows: int = 0
    header_columns: int = 0
    caption: Inline = ()
    lang: str | None = None
    direction: Direction | None = None
    kind: str = field(default="table", init=False)

    def is_header(self, row: int, column: int) -> bool:
        """Whether the cell at ``row``, ``column`` (0-based) is a header cell."""
        return row < self.header_rows or column < self.header_columns

    @property
    def cells(self) -> int:
        return sum(len(r) for r in self.rows)


@dataclass(frozen=True)
class Figure:
    """An image with its caption; ``lang``/``direction`` are the caption's."""

    image: Image
    caption: Inline = ()
    lang: str | None = None
    direction: Direction | None = None
    kind: str = field(default="figure", init=False)


@dataclass(frozen=True)
class Preformatted:
    """Preformatted text, always left-to-right, never reflowed: program code, or (``code``
    false) text its writer laid out with spaces and line breaks (an ASCII table, a poem,
    a statement), which is read aloud line by line where code is only announced."""

    text: str
    language: str | None = None
    code: bool = True
    kind: str = field(default="preformatted", init=False)


Block: TypeAlias = Heading | Paragraph | Quote | ListBlock | Table | Figure | Preformatted


@dataclass(frozen=True)
class Dropped:
    """Text a reader left out of the article (a menu line, an advert marker, a related-
    stories list), with the reason; ``line`` is the 1-based source line where known."""

    text: str
    reason: str
    line: int | None = None


@dataclass(frozen=True)
class Author:
    name: str
    role: str | None = None


@dataclass(frozen=True)
class Article:
    """One article, ready for every exporter.

    ``source_dir`` is the only folder exporters may read from (images); it is not part
    of the serialised form. ``published``/``updated`` carry their time zone.
    """

    slug: str
    title: str
    lang: str
    direction: Direction
    blocks: tuple[Block, ...]
    identifier: str = ""
    subtitle: str | None = None
    authors: tuple[Author, ...] = ()
    publisher: str | None = None
    dateline: str | None = None
    published: datetime | None = None
    # the Hijri date the source printed beside its publication date, as written ("25
    # شوال 1436 هـ"): Saudi and Gulf papers date their stories in both calendars
    published_hijri: str | None = None
    updated: datetime | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    summary: str | None = None
    lead_image: Figure | None = None
    source_url: str | None = None
    source_dir: Path | None = field(default=None, compare=False)
    # What the reader left out of the source, in source order: not article content (not
    # in the JSON form), but a publisher must be able to see it (``inspect --dropped``).
    dropped: tuple[Dropped, ...] = field(default=(), compare=False)

    # ---- derived views -------------------------------------------------------------
    def figures(self) -> Iterator[Figure]:
        """The lead figure (if any) and every figure block, in reading order."""
        if self.lead_image is not None:
            yield self.lead_image
        for block in self.blocks:
            if isinstance(block, Figure):
                yield block

    def block_lang(self, block: Block) -> str:
        """The language of ``block``: its own where set, else the article's."""
        return getattr(block, "lang", None) or self.lang

    def block_direction(self, block: Block) -> Direction:
        """The direction of ``block``: its own where set, else the article's
        (preformatted code is always left to right)."""
        if isinstance(block, Preformatted):
            return "ltr"
        return block.direction or self.direction

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def plain_text(self) -> str:
        """Title, then every block's text in reading order, one block per line."""
        lines = [self.title]
        if self.subtitle:
            lines.append(self.subtitle)
        for block in self.blocks:
            lines.extend(block_texts(block))
        return "\n".join(lines)

    def with_changes(self, **changes: Any) -> Article:
        return replace(self, **changes)

    # ---- serialised form -----------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The JSON form, as described by :data:`artexport.schema.ARTICLE_SCHEMA`."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("source_dir", "dropped"):
                continue
            value = getattr(self, f.name)
            if value is None or value == () or value == "":
                continue
            out[f.name] = _to_json(value)
        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def article_uuid(article: Article) -> uuid.UUID:
    """A stable UUID for the article (same identifier, same UUID)."""
    return uuid.uuid5(uuid.NAMESPACE_URL, article.identifier)


def heading_levels(blocks: Sequence[Block], *, lowest: int = 1) -> dict[int, int]:
    """The level each heading is shown at, by its index in ``blocks``: never deeper than
    one below the heading before it (the title counts as level 1), never above
    ``lowest``. An h4 straight after the title becomes an h2, so the outline a screen
    reader lists has no holes."""
    levels: dict[int, int] = {}
    previous = 1
    for n, block in enumerate(blocks):
        if isinstance(block, Heading):
            previous = levels[n] = max(lowest, min(block.level, previous + 1))
    return levels


def block_texts(block: Block) -> list[str]:
    """The readable text lines of a block (used by speech, fidelity checks, search).

    A table gives its caption (if any), then one line per cell, row by row (see
    :func:`table_lines`): narration speaks each line as its own sentence, so a listener
    hears the cells apart, and a read-along sentence never runs across two cells."""
    if isinstance(block, Heading | Paragraph):
        return [plain_text(block.spans)]
    if isinstance(block, Quote):
        lines = [plain_text(p) for p in block.paragraphs]
        if block.attribution:
            lines.append(plain_text(block.attribution))
        return lines
    if isinstance(block, ListBlock):
        return [plain_text(i) for i in block.items]
    if isinstance(block, Table):
        return [plain_text(line) for line in table_lines(block)]
    if isinstance(block, Figure):
        return [plain_text(block.caption)] if block.caption else []
    return [block.text] if block.code else block.text.split("\n")


def table_lines(table: Table) -> list[Inline]:
    """The inline runs of a table as :func:`block_texts` counts its lines: the caption
    (when there is one), then every cell, row by row, empty ones included."""
    return [*([table.caption] if table.caption else []), *(c for r in table.rows for c in r)]


def block_inlines(block: Block) -> list[Inline]:
    """Every inline run of ``block`` in reading order (none for preformatted code)."""
    if isinstance(block, Heading | Paragraph):
        return [block.spans]
    if isinstance(block, Quote):
        return [*block.paragraphs, block.attribution]
    if isinstance(block, ListBlock):
        return list(block.items)
    if isinstance(block, Table):
        return table_lines(block)
    if isinstance(block, Figure):
        return [block.caption]
    return []


def map_inlines(block: Block, change: Callable[[Inline], Inline]) -> Block:
    """``block`` with ``change`` applied to each of its text runs (heading, paragraph,
    quote paragraphs and attribution, list items, table cells and caption). A figure
    and code come back as they are: a caption goes through each caller's own figure
    handling."""
    if isinstance(block, Heading | Paragraph):
        return replace(block, spans=change(block.spans))
    if isinstance(block, Quote):
        return replace(block, paragraphs=tuple(change(p) for p in block.paragraphs),
                       attribution=change(block.attribution))
    if isinstance(block, ListBlock):
        return replace(block, items=tuple(change(i) for i in block.items))
    if isinstance(block, Table):
        return replace(block, rows=tuple(tuple(change(c) for c in r) for r in block.rows),
                       caption=change(block.caption))
    return block


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [_to_json(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _to_json(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        out: dict[str, Any] = {}
        for f in fields(value):
            v = getattr(value, f.name)
            if f.name == "path" or v is None or v == () or (v == "" and f.name != "text") \
                    or (f.name == "code" and v is True):  # only text that is no code says so
                continue
            out[f.name] = _to_json(v)
        return out
    return value
