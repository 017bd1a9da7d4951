"""Source -> Article. Every validation happens here, once, for every reader.

``load_article(path)`` accepts an article folder or a single file:

* ``.md`` / ``.markdown``: Markdown with YAML front matter (images beside it);
* ``.json``: the JSON form of :class:`~artexport.model.Article` (see ``schema.py``),
  or a news-dataset record with ``title`` and ``content``;
* ``.html`` / ``.htm``: a saved news page;
* ``.txt``: the raw text scrape of a news page.

A folder is searched in this order, first match wins: ``article.md``, ``article.json``,
``article.html``, ``index.html``, ``article.txt``; then the single file with one of the
extensions above, in the same order of kinds (two candidates of one kind are an error,
never a guess).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ArtexportWarning, ArticleError, ResourceError, caller_stacklevel, quoted
from .markup import safe_href
from .model import (
    Article,
    Author,
    Block,
    Direction,
    Figure,
    Heading,
    Image,
    Inline,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
    Table,
    block_texts,
    item_levels,
    item_numbered,
    list_shape,
    map_inlines,
    plain_text,
)
from .readers.base import Draft, Reader
from .readers.headline import title_from_opening_words
from .resources import DEFAULT_LIMITS, Limits, ResourceGuard, inspect_image, is_remote
from .text.bidi import isolated, normalise_text
from .text.lang import (
    LANG_TAG,
    block_language,
    detect_language,
    direction_of,
    script_of_language,
)

SOURCE_NAMES = ("article.md", "article.json", "article.html", "index.html", "article.txt")
SOURCE_KINDS: dict[str, tuple[str, ...]] = {
    "markdown": (".md", ".markdown"),
    "json": (".json",),
    "html": (".html", ".htm", ".xhtml"),
    "scrape": (".txt",),
}
# Never text: the two noncharacters XML forbids; in code also every control but tab/newline.
_NONCHARACTERS = re.compile("[\ufffe\uffff]")
# Line and paragraph separators are line breaks in running text: a space, like "\n".
_SEPARATORS = re.compile("[\u2028\u2029]")
_CODE_JUNK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_CODE_LANGUAGE = re.compile(r"[\w+#.-]{1,40}")


def find_source(path: Path) -> Path:
    """The source file for ``path`` (a file, or a folder searched in documented order)."""
    if not path.exists():
        raise ArticleError(path, "no such file or folder")
    if path.is_file():
        if _kind_of(path) is None:
            known = ", ".join(e for exts in SOURCE_KINDS.values() for e in exts)
            raise ArticleError(path, f"unsupported file type {path.suffix or '(none)'} "
                                     f"(supported: {known})")
        return _confined_source(path)
    if not path.is_dir():  # a FIFO, a device or a socket: reading it could block forever
        raise ArticleError(path, "not a regular file or a folder")
    for name in SOURCE_NAMES:
        if (path / name).is_file():
            return _confined_source(path / name)
    for kind, exts in SOURCE_KINDS.items():
        found = sorted(p for p in path.iterdir()
                       if p.is_file() and p.suffix.lower() in exts and not p.name.startswith("."))
        if len(found) > 1:
            names = ", ".join(p.name for p in found)
            raise ArticleError(path, f"several {kind} sources ({names}); name one article.* "
                                     "or convert the file directly")
        if found:
            return _confined_source(found[0])
    raise ArticleError(path, "no article source in folder (looked for "
                             + ", ".join(SOURCE_NAMES) + " and *.md, *.json, *.html, *.txt)")


def _confined_source(source: Path) -> Path:
    """The source itself obeys the confinement rule: a symlink that leads out of its
    folder (``article.md -> /etc/passwd`` in an unpacked upload) is refused."""
    if source.is_symlink() and not source.resolve().is_relative_to(source.parent.resolve()):
        raise ArticleError(source, "refused: the source is a symlink that leads out of "
                                   "its folder")
    try:
        links = source.stat().st_nlink
    except OSError as e:
        raise ArticleError(source, f"cannot read it ({e.strerror})") from None
    if links > 1:  # the same file under another name, maybe outside (an unpacked upload)
        raise ArticleError(source, "refused: the source is a hard link (the file has other "
                                   "names, maybe outside its folder)")
    return source


def _kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    return next((k for k, exts in SOURCE_KINDS.items() if suffix in exts), None)


def _reader(kind: str) -> Reader:
    # Readers are imported on demand: loading a JSON article never imports lxml.html.
    if kind == "markdown":
        from .readers.markdown import read_markdown
        return read_markdown
    if kind == "json":
        from .readers.json import read_json
        return read_json
    if kind == "html":
        from .readers.html import read_html
        return read_html
    from .readers.scrape import read_scrape
    return read_scrape


def load_article(path: Path | str, *, limits: Limits = DEFAULT_LIMITS,
                 latin_lang: str = "en", keep_all: bool = False) -> Article:
    """Read and validate one article (a folder or a source file).

    Raises :class:`~artexport.errors.ArticleError` naming the file and the problem;
    issues :class:`~artexport.errors.ArtexportWarning` for what is kept but degraded.
    ``latin_lang`` labels Latin runs inside right-to-left text. ``keep_all``: a page
    reader (HTML, scrape) keeps every line it would leave out as body text, for a
    publisher who prefers to edit by hand; what it leaves out otherwise is listed in
    :attr:`Article.dropped`.
    """
    source = find_source(Path(path))
    kind = _kind_of(source)
    assert kind is not None
    try:
        draft = _reader(kind)(source, limits, keep_all=keep_all)
        return build_article(draft, limits=limits, latin_lang=latin_lang)
    except RecursionError:  # a parser's own recursion (json: ~1000 nested arrays)
        raise ArticleError(source, "nested too deeply to read") from None


def dropped_report(article: Article) -> str:
    """What the reader left out of ``article``'s source, one line each (source line,
    reason, text), then the totals: the listing of ``artexport inspect --dropped``."""
    rows = [f"{d.line if d.line is not None else '-':>5}  {d.reason:<20}  {d.text}"
            for d in article.dropped]
    words = sum(len(d.text.split()) for d in article.dropped)
    total = (f"{len(rows)} left out ({words} words)" if rows
             else "nothing left out")
    return "\n".join([f"{'line':>5}  {'reason':<20}  text", *rows, total] if rows else [total])


# ---- Draft -> Article ---------------------------------------------------------------

def build_article(draft: Draft, *, limits: Limits = DEFAULT_LIMITS,
                  latin_lang: str = "en") -> Article:
    """Validate and normalise a reader's draft into an Article."""
    src = draft.source
    meta = draft.meta
    folder = src.parent
    _check_meta_size(meta, src, limits)
    _use_aliases(meta)
    title = _clean(_text_field(meta, "title", src))
    if not title:
        # a Markdown file without a title or "# heading", a JSON record with an empty
        # one: its opening words, with a warning (an error with --strict), as a scrape's
        title_from_opening_words(draft, "(no title, and no heading above the text)",
                                 "give the article a title")
        title = _clean(_text_field(meta, "title", src))
    cells = sum(b.cells for b in draft.blocks if isinstance(b, Table))
    if cells > limits.max_table_cells:  # a JSON or Markdown table; HTML is counted earlier
        raise ArticleError(src, f"{cells} table cells, over the limit of "
                                f"{limits.max_table_cells} (max_table_cells)")
    blocks = [b for b in (_clean_block(b) for b in draft.blocks) if b is not None]
    if len(blocks) > limits.max_blocks:
        raise ArticleError(src, f"{len(blocks)} blocks, over the limit of {limits.max_blocks}")
    if not any(not isinstance(b, Figure) for b in blocks):
        raise ArticleError(src, "the article has no body text")
    _check_text_lengths(meta, blocks, src, limits)

    body_text = title + "\n" + "\n".join(
        plain_text(b.spans) for b in blocks if isinstance(b, Paragraph | Heading))
    lang = _lang(meta.get("lang"), body_text, src)
    direction = _direction(meta.get("dir"), lang, src)
    guard = ResourceGuard(folder, limits, extra_roots=())
    languages = _BlockLanguages(lang, direction, latin_lang, src)

    final_blocks: list[Block] = []
    for n, block in enumerate(blocks, 1):
        block = languages.assign(block, n)
        iso = languages.isolator(block)
        if isinstance(block, Figure):
            final_blocks.append(_resolve_figure(block, guard, draft, iso))
        else:
            final_blocks.append(map_inlines(block, iso))
    final_blocks = _number_headings(final_blocks)

    lead = draft.lead
    if lead is None and isinstance(meta.get("image"), dict | str):
        lead = _figure_from_meta(meta["image"], src)
    if lead is not None:
        cleaned = _clean_block(lead)
        assert isinstance(cleaned, Figure)
        cleaned = languages.assign(cleaned, "image")
        lead = _resolve_figure(cleaned, guard, draft, languages.isolator(cleaned))

    tz = _zone(meta.get("timezone"), src)
    slug = _slug(meta.get("slug") or _default_slug(src), src)
    identifier = str(meta.get("id") or meta.get("url") or f"urn:artexport:{slug}")
    article = Article(
        slug=slug,
        title=title,
        lang=lang,
        direction=direction,
        blocks=tuple(final_blocks),
        identifier=identifier,
        subtitle=_clean(_text_field(meta, "subtitle", src)) or None,
        authors=_authors(meta.get("authors"), src),
        publisher=_clean(_text_field(meta, "publisher", src)) or None,
        dateline=_clean(_text_field(meta, "dateline", src)) or None,
        published=_datetime(meta.get("published"), tz, src, "published"),
        published_hijri=_clean(_text_field(meta, "published_hijri", src)) or None,
        updated=_datetime(meta.get("updated"), tz, src, "updated"),
        section=_clean(_text_field(meta, "section", src)) or None,
        tags=_tags(meta.get("tags"), src),
        summary=_clean(_text_field(meta, "summary", src)) or None,
        lead_image=lead,
        source_url=safe_href(str(meta["url"])) if meta.get("url") else None,
        source_dir=folder,
        dropped=tuple(draft.dropped),
    )
    try:  # JSON "\ud800" escapes give lone surrogates: no exporter can write them
        article.to_json().encode("utf-8")
    except UnicodeEncodeError as e:
        raise ArticleError(src, f"the text contains U+{ord(e.object[e.start]):04X}, a lone "
                                "surrogate, which is not valid Unicode") from None
    return article


# The names static site generators give Article fields (Jekyll's and Hugo's front
# matter): read as those fields, with their checks, when the field itself is not given
# or empty
_ALIASES = (("summary", "description"), ("tags", "keywords"), ("tags", "categories"),
            ("updated", "lastmod"), ("authors", "author"), ("published", "date"))


def _use_aliases(meta: dict[str, Any]) -> None:
    for field, alias in _ALIASES:
        if alias in meta and meta.get(field) in (None, "", []):
            meta[field] = meta.pop(alias)


# A name, a label or a tag is a few words; thousands of characters of one are laid out
# as one unbreakable run (a 2 MB byline held the PDF for minutes)
NAME_CHARS = 1_000


def _check_text_lengths(meta: dict[str, Any], blocks: list[Block], src: Path,
                        limits: Limits) -> None:
    """The cost model's longest text: one paragraph or metadata field of megabytes is
    laid out as one unbreakable unit (a 15 MB summary ran the PDF out of memory)."""
    limit = limits.max_paragraph_chars
    for key in ("title", "subtitle", "summary", "dateline", "published_hijri"):
        value = meta.get(key)
        if isinstance(value, str) and len(value) > limit:
            raise ArticleError(src, f"{key} is {len(value)} characters, over the limit of "
                                    f"{limit} (max_paragraph_chars)")
    for key in ("authors", "publisher", "section", "tags"):
        values = meta.get(key)
        for value in values if isinstance(values, list) else [values]:
            text = value.get("name") if isinstance(value, dict) else value
            if isinstance(text, str) and len(text) > NAME_CHARS:
                raise ArticleError(src, f"{key}: {len(text)} characters in one entry, over "
                                        f"the limit of {NAME_CHARS} for a name or a label")
    for n, block in enumerate(blocks, 1):
        texts = [block.text] if isinstance(block, Preformatted) else block_texts(block)
        longest = max((len(t) for t in texts), default=0)
        if longest > limit:
            raise ArticleError(src, f"block {n} has a paragraph of {longest} characters, "
                                    f"over the limit of {limit} (max_paragraph_chars)")


def _check_meta_size(meta: dict[str, Any], src: Path, limits: Limits) -> None:
    """Refuse metadata too big or deep to handle. YAML aliases let a few lines of front
    matter stand for billions of values ("billion laughs"); anything that formats or
    walks such a value (``str()``, an error message) would run for hours."""
    budget = limits.max_meta_values
    stack: list[tuple[Any, int]] = [(v, 1) for v in meta.values()]
    while stack:
        value, depth = stack.pop()
        budget -= 1
        if budget < 0 or depth > limits.max_nesting:
            raise ArticleError(src, f"the metadata is too large (over "
                                    f"{limits.max_meta_values} values or "
                                    f"{limits.max_nesting} levels deep)")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in (*value.keys(), *value.values()))
        elif isinstance(value, list | tuple | set):
            stack.extend((v, depth + 1) for v in value)


_B = TypeVar("_B", bound=Block)


class _BlockLanguages:
    """Each block's own language and direction, and the isolation of its runs.

    A reader may set ``lang``/``dir`` on a block (HTML attributes, Markdown's
    ``{lang=ar}``, JSON); where the source is silent the block's script tells
    (:func:`~artexport.text.lang.block_language`). Both are set only on a block that
    differs from the article, and its runs are isolated for its own direction.
    """

    def __init__(self, lang: str, direction: Direction, latin_lang: str, src: Path) -> None:
        self.lang, self.direction, self.src = lang, direction, src
        # Latin runs inside right-to-left text are labelled so screen readers switch
        # voice: the article's language when it is written in Latin letters, else
        # ``latin_lang``; right-to-left runs in a left-to-right block of a right-to-left
        # article are the article's language (elsewhere theirs is not known here).
        self.latin = lang if script_of_language(lang) == "latin" else latin_lang

    def assign(self, block: _B, where: int | str) -> _B:
        """``block`` with its ``lang``/``direction`` validated, detected where the source
        is silent, and set only where they differ from the article's."""
        if isinstance(block, Preformatted):
            return block
        # what a reader put there is untrusted until checked (the type says otherwise)
        lang: Any = block.lang
        direction: Any = block.direction
        if lang is not None and (not isinstance(lang, str) or not LANG_TAG.match(lang)):
            raise ArticleError(self.src, f"block {where}: lang {quoted(lang)} is not a "
                                         "language tag like 'ar' or 'en-GB'")
        if direction == "auto":
            direction = None
        if direction is not None and direction not in ("rtl", "ltr"):
            raise ArticleError(self.src, f"block {where}: dir must be 'rtl' or 'ltr', not "
                                         f"{quoted(direction)}")
        if lang is None:
            lang = block_language("\n".join(block_texts(block)), self.lang)
        if direction is None and lang is not None:
            direction = direction_of(lang)
        same_lang = lang is None or lang.lower() == self.lang.lower()
        if same_lang and direction in (None, self.direction):
            return replace(block, lang=None, direction=None)
        return replace(block, lang=lang, direction=direction or self.direction)

    def isolator(self, block: Block) -> Callable[[Inline], Inline]:
        """Isolation of the runs against ``block``'s own direction."""
        base: Direction = getattr(block, "direction", None) or self.direction
        if base == "rtl":
            other: str | None = self.latin
        else:
            other = self.lang if self.direction == "rtl" else None

        def iso(spans: Inline) -> Inline:
            return isolated(spans, base, other_lang=other)

        return iso


def _number_headings(blocks: list[Block]) -> list[Block]:
    """Give every heading a unique id (``section-N`` unless the source named one)."""
    seen: set[str] = set()
    out: list[Block] = []
    for n, block in enumerate(blocks, 1):
        if isinstance(block, Heading):
            hid = re.sub(r"[^\w-]+", "-", block.id).strip("-") or f"section-{n}"
            while hid in seen or hid[0].isdigit():
                hid = f"s{n}-{hid}"
            seen.add(hid)
            block = replace(block, id=hid)
        out.append(block)
    return out


def _clean_text(text: str) -> str:
    """Running text made safe: separators as spaces, :func:`normalise_text`, and no
    noncharacters."""
    return _NONCHARACTERS.sub("", normalise_text(_SEPARATORS.sub(" ", text)))


def _clean(text: str) -> str:
    text = _clean_text(text).strip()
    return text if _visible(text) else ""


def _visible(text: str) -> bool:
    """Whether ``text`` shows anything: a title or a paragraph of zero-width spaces and
    bidi marks is none (it gave an empty <title> and <dc:title>)."""
    return any(not unicodedata.category(ch).startswith(("C", "Z")) for ch in text)


def _clean_spans(spans: Iterable[Span]) -> Inline:
    out = [replace(s, text=_clean_text(s.text).replace("\n", " "),
                   lang=s.lang if s.lang is None or LANG_TAG.match(s.lang) else None,
                   href=safe_href(s.href))  # no javascript: link reaches any exporter
           for s in spans]
    out = [s for s in out if s.text]
    if out:  # trim the run's outer whitespace, keep inner spacing
        out[0] = replace(out[0], text=out[0].text.lstrip())
        out[-1] = replace(out[-1], text=out[-1].text.rstrip())
    if not any(_visible(s.text) for s in out):
        return ()
    return tuple(s for s in out if s.text)


def _clean_block(block: Block) -> Block | None:
    """Normalise a block's text; ``None`` when nothing readable is left."""
    if isinstance(block, Paragraph):
        spans = _clean_spans(block.spans)
        return replace(block, spans=spans) if spans else None
    if isinstance(block, Heading):
        spans = _clean_spans(block.spans)
        return replace(block, spans=spans, level=min(max(block.level, 2), 6)) if spans else None
    if isinstance(block, Quote):
        paras = tuple(p for p in (_clean_spans(p) for p in block.paragraphs) if p)
        return replace(block, paragraphs=paras,
                       attribution=_clean_spans(block.attribution)) if paras else None
    if isinstance(block, ListBlock):
        items = [(_clean_spans(i), level, numbered) for i, level, numbered in zip(
            block.items, item_levels(block), item_numbered(block), strict=True)]
        items = [item for item in items if item[0]]
        if not items:
            return None
        levels, numbered = list_shape([level for _, level, _ in items],
                                      [n for _, _, n in items])
        return replace(block, items=tuple(i for i, _, _ in items), levels=levels,
                       numbered=numbered)
    if isinstance(block, Table):  # empty cells keep their place; empty rows go
        kept = [(n, r) for n, r in enumerate(tuple(_clean_spans(c) for c in row)
                                             for row in block.rows) if any(r)]
        return replace(block, rows=tuple(r for _, r in kept), caption=_clean_spans(
            block.caption), header_rows=sum(n < block.header_rows for n, _ in kept)) \
            if kept else None
    if isinstance(block, Figure):
        image = replace(block.image, alt=_clean(block.image.alt),
                        credit=_clean(block.image.credit or "") or None)
        return replace(block, image=image, caption=_clean_spans(block.caption))
    text = _CODE_JUNK.sub(" ", unicodedata.normalize("NFC", _SEPARATORS.sub(
        "\n", block.text))).strip("\n")
    language = block.language if block.language and _CODE_LANGUAGE.fullmatch(
        block.language) else None
    return Preformatted(text, language) if text.strip() else None


def _resolve_figure(figure: Figure, guard: ResourceGuard, draft: Draft,
                    iso: Callable[[Inline], Inline]) -> Figure:
    """Find the figure's file inside the folder; keep the name when it cannot be used."""
    image, src = figure.image, figure.image.src
    caption = iso(figure.caption)
    problem: str | None = None
    if is_remote(src):
        problem = (f"image {quoted(src)} is not a file in the article folder (remote and inline "
                   "images are never fetched)")
    else:
        try:
            path = guard.resolve(src, origin=draft.source)
        except ResourceError as e:
            if draft.missing_images == "error" and "does not exist" in e.problem:
                raise ArticleError(draft.source, f"image {quoted(src)} is referenced but missing") \
                    from None
            problem = e.problem
        else:
            try:
                info = inspect_image(path, guard.limits, complete=True)
            except ResourceError as e:
                raise ArticleError(draft.source, f"image {quoted(src)}: {e.problem}") from None
            return replace(figure, image=replace(image, path=path, media_type=info.media_type,
                                                 width=info.width, height=info.height),
                           caption=caption)
    warnings.warn(ArtexportWarning(f"{draft.source}: {problem}; the figure is kept as a name "
                                   "and caption and is not rendered"),
                  stacklevel=caller_stacklevel())
    return replace(figure, image=replace(image, path=None), caption=caption)


def _figure_from_meta(value: Any, src: Path) -> Figure:
    if isinstance(value, str):
        return Figure(Image(value))
    if not isinstance(value.get("src"), str):
        raise ArticleError(src, "image: needs a 'src' file name")
    caption = value.get("caption") or ""
    if not isinstance(caption, str):
        raise ArticleError(src, "image.caption must be text")
    return Figure(Image(value["src"], str(value.get("alt") or ""),
                        credit=str(value["credit"]) if value.get("credit") else None),
                  (Span(caption),) if caption else ())


def _text_field(meta: dict[str, Any], key: str, src: Path) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    raise ArticleError(src, f"{key} must be text, not {type(value).__name__}")


def _lang(value: Any, text: str, src: Path) -> str:
    if value is None or value == "":
        lang = detect_language(text)
        if lang == "und":
            raise ArticleError(src, "cannot tell the article's language (no letters); set lang")
        return lang
    if not isinstance(value, str) or not LANG_TAG.match(value):
        raise ArticleError(src, f"lang {quoted(value)} is not a language tag like 'ar' or 'en-GB'")
    return value


def _direction(value: Any, lang: str, src: Path) -> Direction:
    if value is None or value == "" or value == "auto":
        return direction_of(lang)
    if value not in ("rtl", "ltr"):
        raise ArticleError(src, f"dir must be 'rtl' or 'ltr', not {quoted(value)}")
    return "rtl" if value == "rtl" else "ltr"


def _zone(value: Any, src: Path) -> tzinfo:
    if not value:
        return UTC
    try:
        return ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ArticleError(src, f"timezone {quoted(value)} is not an IANA zone like "
                                "'Asia/Damascus'") from None


def _datetime(value: Any, tz: tzinfo, src: Path, key: str) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ArticleError(src, f"{key} {quoted(value)} is not an ISO 8601 date "
                                    "like 2021-06-26T14:30+03:00") from None
    else:
        raise ArticleError(src, f"{key} must be a date, not {type(value).__name__}")
    # Whole seconds: HTML's <time datetime> (and so EPUBCheck) allows at most three
    # decimals, and no newsroom dates a story to the microsecond.
    dt = dt.replace(microsecond=0)
    dt = dt if dt.tzinfo is not None else dt.replace(tzinfo=tz)
    offset = dt.utcoffset()
    if offset is not None and offset.seconds % 60:
        # a zone's local mean time before 1900 (Damascus: +02:25:12): no date format an
        # edition writes takes seconds in an offset (EPUBCheck RSC-005), so UTC
        dt = dt.astimezone(UTC)
    try:  # every exporter writes it in UTC: 9999-12-31T23:59:59-12:00 is year 10000 there
        dt.astimezone(UTC)
    except OverflowError:
        raise ArticleError(src, f"{key} {quoted(value if isinstance(value, str) else str(dt))} "
                                "is out of range (in UTC it must fall in the years 1 to "
                                "9999)") from None
    return dt


def _authors(value: Any, src: Path) -> tuple[Author, ...]:
    if value is None or value == "":
        return ()
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, str):
            name, role = item, None
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            name, role = item["name"], item.get("role")
        else:
            raise ArticleError(src, "authors must be names or {name, role} entries")
        name = _clean(name)
        if name:
            out.append(Author(name, _clean(str(role)) if role else None))
    return tuple(out)


def _tags(value: Any, src: Path) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(t, str | int) for t in value):
        raise ArticleError(src, "tags must be a list of words")
    return tuple(t for t in (_clean(str(t)) for t in value) if t)


def _default_slug(src: Path) -> str:
    """The file's stem, or its folder's name for ``article.*``/``index.*``. The folder is
    taken from the absolute path: ``artexport inspect article.md`` run inside the
    article's folder has a relative path whose folder (``.``) has no name. A folder
    name without a letter or digit gives the file's stem."""
    if src.stem not in {"article", "index"}:
        return src.stem
    folder = src.absolute().parent.name
    # a folder whose name has no letter or digit ("___", "...") names nothing
    return folder if re.search(r"[^\W_]", folder) else src.stem


def _slug(value: Any, src: Path) -> str:
    """A file-name-safe slug: letters (any script), digits, '.', '_', '-'."""
    slug = re.sub(r"[^\w.-]+", "-", unicodedata.normalize("NFC", str(value))).strip(".-_")
    if not slug:
        raise ArticleError(src, f"cannot make a file name from slug {quoted(value)}")
    return slug[:120]
