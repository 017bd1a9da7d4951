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
from pathlib import Path
from typing import Any, TypeVar

from .errors import ArtexportWarning, ArticleError, ResourceError, caller_stacklevel, quoted
from .markup import safe_href
from .metadata import (
    SEPARATORS,
    article_direction,
    article_lang,
    check_meta_size,
    check_text_lengths,
    clean,
    clean_text,
    meta_authors,
    meta_datetime,
    meta_tags,
    text_field,
    time_zone,
    use_aliases,
    visible,
)
from .model import (
    Article,
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
from .text.bidi import isolated
from .text.lang import (
    LANG_TAG,
    block_language,
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
# Never in code: the two noncharacters XML forbids, every control but tab and newline.
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
    check_meta_size(meta, src, limits)
    use_aliases(meta)
    title = clean(text_field(meta, "title", src))
    if not title:
        # a Markdown file without a title or "# heading", a JSON record with an empty
        # one: its opening words, with a warning (an error with --strict), as a scrape's
        title_from_opening_words(draft, "(no title, and no heading above the text)",
                                 "give the article a title")
        title = clean(text_field(meta, "title", src))
    cells = sum(b.cells for b in draft.blocks if isinstance(b, Table))
    if cells > limits.max_table_cells:  # a JSON or Markdown table; HTML is counted earlier
        raise ArticleError(src, f"{cells} table cells, over the limit of "
                                f"{limits.max_table_cells} (max_table_cells)")
    blocks = [b for b in (_clean_block(b) for b in draft.blocks) if b is not None]
    if len(blocks) > limits.max_blocks:
        raise ArticleError(src, f"{len(blocks)} blocks, over the limit of {limits.max_blocks}")
    if not any(not isinstance(b, Figure) for b in blocks):
        raise ArticleError(src, "the article has no body text")
    check_text_lengths(meta, blocks, src, limits)

    body_text = title + "\n" + "\n".join(
        plain_text(b.spans) for b in blocks if isinstance(b, Paragraph | Heading))
    lang = article_lang(meta.get("lang"), body_text, src)
    direction = article_direction(meta.get("dir"), lang, src)
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

    tz = time_zone(meta.get("timezone"), src)
    slug = _slug(meta.get("slug") or _default_slug(src), src)
    identifier = str(meta.get("id") or meta.get("url") or f"urn:artexport:{slug}")
    published = meta_datetime(meta.get("published"), tz, src, "published")
    updated = meta_datetime(meta.get("updated"), tz, src, "updated")
    if published is not None and updated is not None and updated < published:
        # an update before the publication cannot be: a source's clock twelve hours off
        # (Moneycontrol's "T01:41" for 1.41 pm) is printed in no edition's metadata
        updated = None
    article = Article(
        slug=slug,
        title=title,
        lang=lang,
        direction=direction,
        blocks=tuple(final_blocks),
        identifier=identifier,
        subtitle=clean(text_field(meta, "subtitle", src)) or None,
        authors=meta_authors(meta.get("authors"), src),
        publisher=clean(text_field(meta, "publisher", src)) or None,
        dateline=clean(text_field(meta, "dateline", src)) or None,
        published=published,
        published_hijri=clean(text_field(meta, "published_hijri", src)) or None,
        updated=updated,
        section=clean(text_field(meta, "section", src)) or None,
        tags=meta_tags(meta.get("tags"), src),
        summary=clean(text_field(meta, "summary", src)) or None,
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


def _clean_spans(spans: Iterable[Span]) -> Inline:
    out = [replace(s, text=clean_text(s.text).replace("\n", " "),
                   lang=s.lang if s.lang is None or LANG_TAG.match(s.lang) else None,
                   href=safe_href(s.href))  # no javascript: link reaches any exporter
           for s in spans]
    out = [s for s in out if s.text]
    if out:  # trim the run's outer whitespace, keep inner spacing
        out[0] = replace(out[0], text=out[0].text.lstrip())
        out[-1] = replace(out[-1], text=out[-1].text.rstrip())
    if not any(visible(s.text) for s in out):
        return ()
    return tuple(s for s in _whole_words(out) if s.text)


# Arabic-script letters and their marks: one word of that script, at a run's start / end
_ARABIC = "[\u0620-\u065f\u066e-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]"
_ARABIC_WORD_END = re.compile(f"{_ARABIC}+$")
_ARABIC_WORD_START = re.compile(_ARABIC)


def _whole_words(spans: list[Span]) -> list[Span]:
    """An Arabic word a source styles or links in part ("و<a>بيروت</a>", "ال<em>مدير
    </em>"), with its plain start moved into the styled run: print breaks a word at the
    edge of a run, its letters unjoined there, and the PDF's text reads two words."""
    for n in range(len(spans) - 1):
        a, b = spans[n], spans[n + 1]
        start = _ARABIC_WORD_END.search(a.text)
        if start and (b.href or b.emphasis in ("em", "strong")) and not a.href \
                and a.emphasis is None and (a.lang, a.direction) == (b.lang, b.direction) \
                and _ARABIC_WORD_START.match(b.text):
            spans[n] = replace(a, text=a.text[:start.start()])
            spans[n + 1] = replace(b, text=start[0] + b.text)
    return spans


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
        image = replace(block.image, alt=clean(block.image.alt),
                        credit=clean(block.image.credit or "") or None)
        return replace(block, image=image, caption=_clean_spans(block.caption))
    text = _CODE_JUNK.sub(" ", unicodedata.normalize("NFC", SEPARATORS.sub(
        "\n", block.text))).strip("\n")
    language = block.language if block.language and _CODE_LANGUAGE.fullmatch(
        block.language) else None
    return Preformatted(text, language, block.code is not False) if text.strip() else None


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
