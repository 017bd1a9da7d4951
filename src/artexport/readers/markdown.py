"""Markdown with YAML front matter (``article.md``, images beside it), or Hugo's TOML
front matter ("+++"), or Pandoc's title block ("% Title").

Front matter keys are the Article fields (``title``, ``subtitle``, ``lang``, ``dir``,
``authors``, ``publisher``, ``dateline``, ``published``, ``updated``, ``timezone``,
``section``, ``tags``, ``summary``, ``image: {src, alt, caption, credit}``, ``slug``,
``id``, ``url``). Without ``title``, a leading ``# heading`` is the title.

Body mapping: ``##``..``######`` -> headings; a paragraph holding only an image ->
a figure (``![alt](file.jpg "caption")``); ``>`` -> a quote, whose last paragraph
becomes the attribution when it starts with a dash ("— name"); a line broken by hand
(two spaces or "\\" at its end, ``<br>``: a poem's verse) -> a paragraph of its own;
lists, nested ones with each item's depth (code in an item read in it, an image in an
item a figure after the list); fenced code ->
preformatted, except a fence of prose (``quote``/``warn`` blocks of Arabic text) -> a
quote; footnotes -> "[1]" where they are referenced and a list of them at the end
("[1] the note"); a definition list -> each term a bold paragraph, then its definition;
``~~struck~~`` words are read plainly. Raw HTML is never passed through: tags are
dropped; a raw HTML block keeps its text as plain paragraphs (scripts, embedded content
and form controls dropped whole), with a warning.

Block language: a line ``{lang=ar}`` (optionally ``dir=rtl``) right before a paragraph,
heading, quote, list or image sets that block's language (markdown-it's block
attributes, ``mdit_py_plugins.attrs``); the loader detects it where none is given.
Inline language: ``[nous avons]{lang=fr}`` (Pandoc's bracketed span), a link's
``{lang=fr}``, or an inline ``<span lang="fr">`` (also ``i``, ``em``, ``q``, ``cite``,
``bdi``...) marks a run in another language, as an HTML page's markup does.
"""

from __future__ import annotations

import copy
import re
import shlex
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin

from ..errors import ArtexportWarning, ArticleError, caller_stacklevel
from ..markup import safe_href
from ..model import (
    Block,
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
    list_shape,
)
from ..resources import DEFAULT_LIMITS, Limits
from .base import Draft, read_text
from .html_tree import fragment_paragraphs
from .markdown_shortcodes import without_shortcodes
from .news import byline_meta, find_date, parse_byline

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ATTRIBUTION = re.compile(r"^\s*(?:—|―|--|-)\s*")
_BR = re.compile(r"<br\s*/?>", re.I)  # an inline line break
# Inline HTML elements that may mark a run's language (<span lang="fr">...</span>)
_LANG_TAG = re.compile(r"<(span|i|em|b|strong|q|cite|bdi|bdo|abbr|mark|small|dfn)\b"
                       r"([^>]*?)/?>", re.I)
_LANG_ATTR = re.compile(r"""\blang\s*=\s*["']?([A-Za-z0-9-]+)""", re.I)
_CLOSE_TAG = re.compile(r"</(\w+)\s*>")
# Fences whose "language" marks prose, not code (javascript.info style blocks).
_PROSE_FENCES = frozenset({"quote", "warn", "smart", "summary", "online", "note", "tip"})


def read_markdown(path: Path, limits: Limits, *, keep_all: bool = False) -> Draft:
    text = read_text(path, limits)
    meta, body, body_line = _split_front_matter(text, path)
    body, unshown, missing = without_shortcodes(body, path.parent)
    if unshown:
        warnings.warn(ArtexportWarning(
            f"{path}: template tags left out, nothing of the article's to show: "
            f"{', '.join(unshown)}"), stacklevel=caller_stacklevel())
    if missing:
        warnings.warn(ArtexportWarning(
            f"{path}: figures whose image is not beside the article, their captions kept "
            f"as text: {', '.join(missing)}"), stacklevel=caller_stacklevel())
    parser = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
    parser.enable("table")  # GitHub's pipe tables: a Table block
    parser.use(attrs_block_plugin)  # {lang=ar} before a block
    # [words]{lang=fr}: a run in another language (other attributes are dropped)
    parser.use(attrs_plugin, spans=True, allowed=["lang"])
    # GitHub's ~~strikethrough~~ (its words read plainly), footnotes, definition lists:
    # without them their marks would be read out ("[^1]", "~~")
    parser.enable("strikethrough")
    parser.use(footnote_plugin)
    parser.use(deflist_plugin)
    # One level more than allowed, so going past the limit is seen (markdown-it itself
    # silently drops whatever is nested deeper than maxNesting).
    parser.options["maxNesting"] = limits.max_nesting + 1
    # Accept every link/image target here: the loader refuses unsafe image sources with a
    # warning naming them, and `safe_href` drops unsafe link targets. markdown-it's own
    # filter would silently turn them into literal text instead.
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    tokens = parser.parse(body)
    depth = deepest = 0
    for tok in tokens:
        depth += tok.nesting
        deepest = max(deepest, depth)
    if deepest > limits.max_nesting:
        raise ArticleError(path, f"nested more than {limits.max_nesting} levels deep")
    draft = Draft(path, meta)
    _Blocks(draft, tokens, body_line).run()
    _byline_line(draft)
    return draft


def _byline_line(draft: Draft) -> None:
    """The article's first paragraph, when it is only a byline ("*By Mary Holt, 1 March
    2026*", "بقلم: سارة أحمد"), gives the authors and the date the front matter does
    not, and is not read as text: every edition prints the byline itself."""
    first = draft.blocks[0] if draft.blocks else None
    if not isinstance(first, Paragraph) or len(draft.blocks) < 2:
        return
    text = "".join(s.text for s in first.spans).strip()
    byline = parse_byline(text) if len(text.split()) <= 12 else None
    if byline is None:
        return
    if "authors" not in draft.meta and "author" not in draft.meta:
        byline_meta(byline, draft.meta)
    elif [a["name"] for a in byline.authors] != _front_matter_names(draft.meta):
        return  # another name than the front matter's: the text's own line
    found = find_date(text)
    if found is not None and "published" not in draft.meta and "date" not in draft.meta:
        draft.meta["published"] = found.day.isoformat()
    draft.blocks = draft.blocks[1:]


def _front_matter_names(meta: dict[str, Any]) -> list[str]:
    names = meta.get("authors", meta.get("author"))
    names = names if isinstance(names, list) else [names]
    return [n.get("name", "") if isinstance(n, dict) else str(n) for n in names]


class _TooManyDigits(ValueError):
    """A number longer than ``max_number_digits`` (Python's int() stops at 4300)."""


class _FrontMatterLoader(yaml.SafeLoader):
    """safe_load's loader; an integer's digits are counted before int() sees them."""

    def construct_yaml_int(self, node: yaml.ScalarNode) -> Any:
        limit = DEFAULT_LIMITS.max_number_digits
        digits = sum(c.isdigit() for c in str(node.value))
        if digits > limit:
            raise _TooManyDigits(f"a number of {digits} digits at line {node.start_mark.line + 2}"
                                 f" of the front matter, over the limit of {limit} "
                                 "(max_number_digits); quote it to make it text")
        return super().construct_yaml_int(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:int",
                                   _FrontMatterLoader.construct_yaml_int)


# Hugo's TOML front matter between "+++" lines, and Pandoc's title block: "% Title",
# "% Author; Author", "% Date" as the first lines
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.S)
_TITLE_BLOCK = re.compile(r"\A(?:%[^\n]*\n){1,3}(?=\n|\Z)")


def _split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str, int]:
    m = _FRONT_MATTER.match(text)
    if not m and text.startswith("+++"):
        return _toml_front_matter(text, path)
    if not m and text.startswith("%"):
        return _title_block(text)
    if not m:
        if text.startswith("---"):
            raise ArticleError(path, "front matter starts with '---' but has no closing '---'")
        return {}, text, 0
    try:
        # safe_load: no Python objects, no custom tags; YAML aliases are bounded by size.
        meta = yaml.load(m.group(1) or "", Loader=_FrontMatterLoader) or {}
    except _TooManyDigits as e:
        raise ArticleError(path, str(e)) from None
    except ValueError as e:  # a scalar its type refuses: "published: 2024-13-45"
        raise ArticleError(path, f"malformed front matter: {e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""  # +1 for '---'
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        context, start = getattr(e, "context", None), getattr(e, "context_mark", None)
        if context and start is not None:
            problem += f" ({context} at line {start.line + 2})"
        raise ArticleError(path, f"malformed front matter{where}: {problem}") from None
    if not isinstance(meta, dict):
        raise ArticleError(path, "front matter must be a mapping of keys to values")
    return {str(k): v for k, v in meta.items()}, text[m.end():], text[: m.end()].count("\n")


def _toml_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str, int]:
    """Hugo's "+++" front matter: TOML, read by the standard library."""
    import tomllib

    m = _TOML_FRONT_MATTER.match(text)
    if m is None:
        raise ArticleError(path, "front matter starts with '+++' but has no closing '+++'")
    try:
        meta = tomllib.loads(m.group(1) or "")
    except tomllib.TOMLDecodeError as e:
        raise ArticleError(path, f"malformed front matter: {e}") from None
    except ValueError:  # int() refusing a number of thousands of digits
        raise ArticleError(path, "a number of too many digits in the front matter; quote it "
                                 "to make it text") from None
    _check_toml_numbers(meta, path)
    # (TOML gives dates and times as Python objects, as YAML does)
    return {str(k): v for k, v in meta.items()}, text[m.end():], text[:m.end()].count("\n")


def _check_toml_numbers(meta: dict[str, Any], path: Path) -> None:
    """The digits limit YAML front matter and JSON keep (``max_number_digits``)."""
    limit = DEFAULT_LIMITS.max_number_digits
    stack: list[Any] = [meta]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, int) and not isinstance(value, bool) \
                and value.bit_length() > limit * 3.33:  # (no str(): it is what stalls)
            raise ArticleError(path, f"a number of more than {limit} digits in the front "
                                     "matter, over the limit (max_number_digits); quote it "
                                     "to make it text")


def _title_block(text: str) -> tuple[dict[str, Any], str, int]:
    """Pandoc's title block: title, authors (";" between them), date; a line may be
    empty ("%")."""
    m = _TITLE_BLOCK.match(text)
    if m is None:
        return {}, text, 0
    fields = [line[1:].strip() for line in m.group().splitlines()]
    meta: dict[str, Any] = {}
    for key, value in zip(("title", "authors", "published"), fields, strict=False):
        if value:
            meta[key] = [a.strip() for a in value.split(";") if a.strip()] \
                if key == "authors" else value
    return meta, text[m.end():], m.group().count("\n")


class _Blocks:
    """Walks markdown-it's token stream into Article blocks."""

    def __init__(self, draft: Draft, tokens: list[Token], line_offset: int) -> None:
        self.draft = draft
        self.tokens = tokens
        self.pos = 0
        self.line_offset = line_offset

    def run(self) -> None:
        while self.pos < len(self.tokens):
            self.block()

    def _take(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def _until_close(self, open_type: str) -> list[Token]:
        """Tokens up to the matching close of the container just opened."""
        close = open_type.replace("_open", "_close")
        depth, inner = 1, []
        while self.pos < len(self.tokens):
            tok = self._take()
            if tok.type == open_type:
                depth += 1
            elif tok.type == close:
                depth -= 1
                if depth == 0:
                    break
            inner.append(tok)
        return inner

    def _emit(self, block: Block, opener: Token | None = None) -> None:
        if opener is not None and not isinstance(block, Preformatted):
            lang, direction = opener.attrs.get("lang"), opener.attrs.get("dir")
            if lang is not None or direction is not None:  # the loader validates them
                block = replace(block, lang=str(lang) if lang is not None else None,
                                direction=direction)  # type: ignore[arg-type]
        self.draft.blocks.append(block)

    def block(self) -> None:
        tok = self._take()
        if tok.type == "heading_open":
            inline = self._take()
            self._take()  # heading_close
            spans = _inline(inline, self.draft)
            level = int(tok.tag[1])
            if level == 1 and "title" not in self.draft.meta and not self.draft.blocks:
                self.draft.meta["title"] = "".join(s.text for s in spans)
            else:
                self._emit(Heading(max(level, 2), spans), tok)
        elif tok.type == "paragraph_open":
            inline = self._take()
            self._take()
            self._paragraph(inline, tok)
        elif tok.type == "blockquote_open":
            self._quote(self._until_close("blockquote_open"), tok)
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            ordered = tok.type == "ordered_list_open"
            inner = self._until_close(tok.type)
            items, levels, numbered = _list_items(inner, self.draft, ordered)
            if items:
                shape = list_shape(levels, numbered)
                start = tok.attrs.get("start") if ordered else None
                self._emit(ListBlock(tuple(items), ordered=ordered, levels=shape[0],
                                     numbered=shape[1],
                                     start=int(start) if start is not None else None), tok)
            for img in (c for t in inner if t.type == "inline" for c in t.children or []
                        if c.type == "image"):
                self._emit(_figure(img))  # an image in an item: a figure after the list
        elif tok.type == "table_open":
            self._table(self._until_close("table_open"), tok)
        elif tok.type in ("fence", "code_block"):
            self._fence(tok)
        elif tok.type == "dt_open":  # a defined term: a paragraph of its own, in bold
            inline = self._take()
            self._take()  # dt_close
            spans = tuple(replace(s, emphasis=s.emphasis or "strong")
                          for s in _inline(inline, self.draft))
            self._emit(Paragraph(spans), tok)
        elif tok.type == "footnote_block_open":
            self._footnotes(self._until_close("footnote_block_open"))
        elif tok.type == "html_block" and not re.fullmatch(
                r"\s*(<br\s*/?>|<!--.*?-->)?\s*", tok.content, re.S):
            self._html_block(tok)
        # hr and anything else carry no article content

    def _footnotes(self, inner: list[Token]) -> None:
        """The footnotes, at the end as the article gives them: a list whose items start
        with the number their references show ("[1]")."""
        items: list[Inline] = []
        for tok in inner:
            if tok.type == "footnote_open":
                items.append((Span(f"[{int(tok.meta.get('id', len(items))) + 1}]"),))
            elif tok.type == "inline" and items:
                spans = _inline(tok, self.draft)
                if spans:
                    items[-1] = (*items[-1], Span(" "), *spans)
        if items:
            self._emit(ListBlock(tuple(items), ordered=False))

    def _html_block(self, tok: Token) -> None:
        """Raw HTML is never passed through, but its text is the author's: it is kept as
        plain paragraphs (tags dropped; scripts, embedded content and form controls
        dropped whole), with a warning either way."""
        line = (tok.map[0] + 1 + self.line_offset) if tok.map else "?"
        texts = fragment_paragraphs(tok.content)
        for text in texts:
            self._emit(Paragraph((Span(text),)))
        what = "read as plain text" if texts else "dropped"
        warnings.warn(ArtexportWarning(
            f"{self.draft.source}: raw HTML block at line {line} {what} "
            "(raw HTML is never passed through)"), stacklevel=caller_stacklevel())

    def _paragraph(self, inline: Token, opener: Token) -> None:
        children = inline.children or []
        images = [c for c in children if c.type == "image"]
        rest = [c for c in children if c.type not in ("image", "softbreak", "hardbreak")
                and not (c.type == "text" and not c.content.strip())]
        if images and not rest:
            for img in images:
                self._emit(_figure(img), opener)
            return
        # a line broken by hand (two spaces or "\\" at its end, "<br>"): each line its own
        # paragraph, as the HTML reader reads "<br>" -- a poem's verses stay apart
        lines: list[list[Token]] = [[]]
        for child in children:
            if child.type == "hardbreak" or (child.type == "html_inline"
                                             and _BR.match(child.content)):
                lines.append([])
            else:
                lines[-1].append(child)
        for line in lines:
            spans = _inline(_with_children(inline, line), self.draft)
            if any(s.text.strip() for s in spans):
                self._emit(Paragraph(spans), opener)
        for img in images:  # an image inside running text becomes a figure after it
            self._emit(_figure(img))

    def _quote(self, inner: list[Token], opener: Token) -> None:
        paras: list[Inline] = []
        tables: list[list[Token]] = []  # a table in a quote follows it, a table still
        i = 0
        while i < len(inner):
            tok = inner[i]
            if tok.type == "table_open":
                end = next((j for j in range(i + 1, len(inner))
                            if inner[j].type == "table_close" and inner[j].level == tok.level),
                           len(inner))
                tables.append(inner[i + 1:end])
                i = end + 1
                continue
            if tok.type == "inline":
                paras.append(_inline(tok, self.draft))
            elif tok.type in ("fence", "code_block") and tok.content.strip():
                paras.append(_code_run(tok))  # (it was dropped)
            i += 1
        attribution: Inline = ()
        if len(paras) > 1 and paras[-1] and _ATTRIBUTION.match(paras[-1][0].text):
            last = paras.pop()
            attribution = (Span(_ATTRIBUTION.sub("", last[0].text, count=1), *_attrs(last[0])),
                           *last[1:])
        if paras:
            self._emit(Quote(tuple(paras), attribution), opener)
        for table in tables:
            self._table(table, opener)

    def _table(self, inner: list[Token], opener: Token) -> None:
        """A pipe table: its head row is the header row (markdown-it pads short rows)."""
        rows: list[list[Inline]] = []
        head, in_head = 0, False
        for tok in inner:
            if tok.type in ("thead_open", "thead_close"):
                in_head = tok.type == "thead_open"
            elif tok.type == "tr_open":
                rows.append([])
                head += in_head
            elif tok.type == "inline" and rows:
                rows[-1].append(_inline(tok, self.draft))
        self._emit(Table(tuple(tuple(r) for r in rows), header_rows=head), opener)

    def _fence(self, tok: Token) -> None:
        info = tok.info.strip()
        try:
            words = shlex.split(info) if info else []
        except ValueError:
            words = info.split()
        kind = words[0].lower() if words else ""
        attrs = dict(w.split("=", 1) for w in words[1:] if "=" in w)
        if kind in _PROSE_FENCES:
            text = re.sub(r"<br\s*/?>", "\n", tok.content)
            lines = [ln.strip() for ln in text.split("\n\n") if ln.strip()]
            paras = tuple((Span(" ".join(p.split())),) for p in lines)
            who = attrs.get("author") or attrs.get("header") or ""
            if paras:
                self._emit(Quote(paras, (Span(who),) if who else ()), tok)
            return
        self._emit(Preformatted(tok.content.rstrip("\n"), kind or None))


def _attrs(span: Span) -> tuple[str | None, Any, Any, str | None]:
    return span.lang, span.direction, span.emphasis, span.href


def _code_run(block: Token) -> Inline:
    """A code block inside a quote or a list item, as a run of code in it."""
    return (Span(block.content.strip("\n"), emphasis="code"),)


def _with_children(token: Token, children: list[Token]) -> Token:
    """A copy of an inline ``token`` holding only ``children``."""
    part = copy.copy(token)
    part.children = children
    return part


def _figure(img: Token) -> Figure:
    src = str(img.attrGet("src") or "")
    alt = "".join(c.content for c in (img.children or []) if c.type in ("text", "code_inline"))
    title = str(img.attrGet("title") or "")
    return Figure(Image(src, alt or img.content), (Span(title),) if title else ())


def _list_items(inner: list[Token], draft: Draft,
                ordered: bool) -> tuple[list[Inline], list[int], list[bool]]:
    """The items of a list, each one's depth (a nested list's items follow the item
    they are in, one deeper) and whether its list is numbered; an item's paragraphs are
    one item, a space apart."""
    items: list[Inline] = []
    levels: list[int] = []
    numbered: list[bool] = []
    depth = 0
    lists = [ordered]  # per depth: whether that list is numbered
    current: dict[int, int | None] = {}  # depth -> the index of the item being read there
    for tok in inner:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
            lists = [*lists[:depth], tok.type == "ordered_list_open"]
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif tok.type == "list_item_open":
            current[depth] = None
        elif tok.type in ("inline", "fence", "code_block"):
            # (code in an item is read as code, in the item)
            spans = _inline(tok, draft) if tok.type == "inline" else _code_run(tok)
            at = current.get(depth)
            if at is None:
                current[depth] = len(items)
                items.append(spans)
                levels.append(depth)
                numbered.append(lists[depth])
            elif spans:
                items[at] = (*items[at], Span(" "), *spans)
    return items, levels, numbered


def _inline(token: Token, draft: Draft) -> Inline:
    """markdown-it inline children -> spans (em/strong/code/link; HTML tags dropped)."""
    spans: list[Span] = []
    emphasis: list[str] = []
    href: str | None = None
    # the open elements that may carry a language: (tag, its lang or None)
    langs: list[tuple[str, str | None]] = []
    skipping: str | None = None  # inside <script>/<style>...: drop the text, not just tags
    gap = False  # an image was taken out after a space
    for child in token.children or []:
        t = child.type
        if skipping:
            if t == "html_inline" and re.match(rf"</{skipping}\b", child.content, re.I):
                skipping = None
            continue
        if t == "text":
            text = child.content
            if gap and text.startswith(" "):
                text = text[1:]  # "with ![map](m.png) on foot": one space where it stood
            gap = False
            spans.append(Span(text, lang=_lang(langs), emphasis=_emph(emphasis), href=href))
        elif t == "code_inline":
            spans.append(Span(child.content, emphasis="code", href=href))
        elif t in ("softbreak", "hardbreak"):
            spans.append(Span(" ", href=href))
        elif t in ("em_open", "strong_open"):
            emphasis.append(t[:-5])
        elif t in ("em_close", "strong_close") and emphasis:
            emphasis.pop()
        elif t in ("link_open", "span_open"):
            if t == "link_open":
                href = safe_href(str(child.attrGet("href") or ""))
            lang = child.attrGet("lang")
            langs.append((t[:-5], str(lang) if lang else None))
        elif t in ("link_close", "span_close"):
            if t == "link_close":
                href = None
            _close(langs, t[:-6])
        elif t == "html_inline":
            raw = re.match(r"<(script|style|iframe|object|embed|template)\b", child.content, re.I)
            if raw:
                skipping = raw.group(1).lower()
                warnings.warn(ArtexportWarning(
                    f"{draft.source}: inline <{skipping}> dropped"), stacklevel=caller_stacklevel())
            elif _BR.match(child.content):
                spans.append(Span(" "))
            elif opened := _LANG_TAG.match(child.content):
                if not opened.group(0).endswith("/>"):
                    lang_attr = _LANG_ATTR.search(opened.group(2))
                    langs.append((opened.group(1).lower(),
                                  lang_attr.group(1) if lang_attr else None))
            elif closed := _CLOSE_TAG.match(child.content):
                _close(langs, closed.group(1).lower())
        elif t == "footnote_ref":  # the number its note shows at the end
            spans.append(Span(f"[{int(child.meta.get('id', 0)) + 1}]", href=href))
        elif t == "image":  # handled by the block (becomes a figure)
            gap = bool(spans) and spans[-1].text.endswith(" ")
    return tuple(spans)


def _lang(stack: list[tuple[str, str | None]]) -> str | None:
    """The language of the innermost open element that names one."""
    return next((lang for _, lang in reversed(stack) if lang), None)


def _close(stack: list[tuple[str, str | None]], tag: str) -> None:
    """Close the innermost open ``tag`` (a stray closing tag closes nothing)."""
    for n in range(len(stack) - 1, -1, -1):
        if stack[n][0] == tag:
            del stack[n:]
            return


def _emph(stack: list[str]) -> Any:
    if "strong" in stack:
        return "strong"
    if "em" in stack:
        return "em"
    return None
