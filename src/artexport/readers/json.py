"""JSON articles: the Article's JSON form (``schema.py``), or a news-dataset record.

A dataset record (the shape of SaudiNewsNet and most scrapers' output) has ``title``
and ``content`` (paragraphs separated by line breaks) and optionally ``author``,
``url``, ``date``/``date_extracted``, ``source``; it is recognised by having
``content`` and no ``blocks``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import ArticleError
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
)
from ..resources import Limits
from ..schema import ARTICLE_SCHEMA
from .base import Draft, read_text


def read_json(path: Path, limits: Limits, *, keep_all: bool = False) -> Draft:
    text = read_text(path, limits)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ArticleError(path, f"invalid JSON at line {e.lineno}, column {e.colno}: "
                                 f"{e.msg}") from None
    if not isinstance(data, dict):
        raise ArticleError(path, "a JSON article must be an object")
    if "content" in data and "blocks" not in data:
        return _record(path, data)
    _validate(path, data)
    meta = {k: v for k, v in data.items() if k not in {"blocks", "lead_image"}}
    if "direction" in meta:
        meta["dir"] = meta.pop("direction")
    if "identifier" in meta:
        meta.setdefault("id", meta.pop("identifier"))
    if "source_url" in meta:
        meta.setdefault("url", meta.pop("source_url"))
    draft = Draft(path, meta)
    draft.blocks = [_block(b) for b in data["blocks"]]
    if "lead_image" in data:
        lead = _block(data["lead_image"])
        assert isinstance(lead, Figure)
        draft.lead = lead
    return draft


def _validate(path: Path, data: dict[str, Any]) -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(ARTICLE_SCHEMA)
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise ArticleError(path, f"does not match the article schema at {where}: "
                                 f"{error.message[:200]}")


def _inline(value: Any) -> Inline:
    if isinstance(value, str):
        return (Span(value),)
    return tuple(Span(**s) for s in value)


def _block(b: dict[str, Any]) -> Block:
    kind = b["kind"]
    own = {"lang": b.get("lang"), "direction": b.get("direction")}
    if kind == "heading":
        return Heading(b["level"], _inline(b.get("spans", b.get("text", ""))), b.get("id", ""),
                       **own)
    if kind == "paragraph":
        return Paragraph(_inline(b.get("spans", b.get("text", ""))), **own)
    if kind == "quote":
        return Quote(tuple(_inline(p) for p in b["paragraphs"]),
                     _inline(b.get("attribution", ())), **own)
    if kind == "list":
        return ListBlock(tuple(_inline(i) for i in b["items"]), b.get("ordered", False), **own)
    if kind == "figure":
        return Figure(Image(**b["image"]), _inline(b.get("caption", ())), **own)
    return Preformatted(b["text"], b.get("language"))


def _record(path: Path, data: dict[str, Any]) -> Draft:
    content = data.get("content")
    title = data.get("title")
    if not isinstance(content, str) or not isinstance(title, str):
        raise ArticleError(path, "a news record needs 'title' and 'content' as text")
    meta: dict[str, Any] = {"title": title}
    if isinstance(data.get("author"), str) and data["author"].strip():
        meta["authors"] = [data["author"].strip()]
    for key in ("url", "lang", "publisher", "summary"):
        if isinstance(data.get(key), str) and data[key].strip():
            meta[key] = data[key].strip()
    if isinstance(data.get("source"), str) and "publisher" not in meta:
        meta["publisher"] = data["source"]
    date = data.get("date") or data.get("published")
    if isinstance(date, str):
        meta["published"] = date
    blocks: list[Block] = [Paragraph((Span(line),))
                           for line in content.split("\n") if line.strip()]
    return Draft(path, meta, blocks)
