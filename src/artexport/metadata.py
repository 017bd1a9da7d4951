"""An article's metadata as the readers give it, checked and normalised for
:mod:`artexport.loader`: the names static site generators give its fields, the cost
model's limits on its texts and on its size, and each field made a value of the
:class:`~artexport.model.Article` (text, language, direction, time zone, dates, authors,
tags), with one clear error naming the file and the field.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ArticleError, quoted
from .model import Author, Block, Direction, Preformatted, block_texts
from .resources import Limits
from .text.bidi import normalise_text
from .text.lang import LANG_TAG, detect_language, direction_of

# Never text: the two noncharacters XML forbids.
_NONCHARACTERS = re.compile("[\ufffe\uffff]")
# Line and paragraph separators are line breaks in running text: a space, like "\n".
SEPARATORS = re.compile("[\u2028\u2029]")

# The names static site generators give Article fields (Jekyll's and Hugo's front
# matter): read as those fields, with their checks, when the field itself is not given
# or empty
_ALIASES = (("summary", "description"), ("tags", "keywords"), ("tags", "categories"),
            ("updated", "lastmod"), ("authors", "author"), ("published", "date"))


def use_aliases(meta: dict[str, Any]) -> None:
    """Read the aliases of ``_ALIASES`` into the fields they name, in place."""
    for field, alias in _ALIASES:
        if alias in meta and meta.get(field) in (None, "", []):
            meta[field] = meta.pop(alias)


# A name, a label or a tag is a few words; thousands of characters of one are laid out
# as one unbreakable run (a 2 MB byline held the PDF for minutes)
NAME_CHARS = 1_000


def check_text_lengths(meta: dict[str, Any], blocks: list[Block], src: Path,
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


def check_meta_size(meta: dict[str, Any], src: Path, limits: Limits) -> None:
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



def clean_text(text: str) -> str:
    """Running text made safe: separators as spaces, :func:`normalise_text`, and no
    noncharacters."""
    return _NONCHARACTERS.sub("", normalise_text(SEPARATORS.sub(" ", text)))


def clean(text: str) -> str:
    """:func:`clean_text`, trimmed; "" when nothing visible is left."""
    text = clean_text(text).strip()
    return text if visible(text) else ""


def visible(text: str) -> bool:
    """Whether ``text`` shows anything: a title or a paragraph of zero-width spaces and
    bidi marks is none (it gave an empty <title> and <dc:title>)."""
    return any(not unicodedata.category(ch).startswith(("C", "Z")) for ch in text)



def text_field(meta: dict[str, Any], key: str, src: Path) -> str:
    """``meta[key]`` as text ("" when absent); a list or a mapping is an error."""
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    raise ArticleError(src, f"{key} must be text, not {type(value).__name__}")


def article_lang(value: Any, text: str, src: Path) -> str:
    """The article's language tag: ``value`` checked, or detected from ``text``."""
    if value is None or value == "":
        lang = detect_language(text)
        if lang == "und":
            raise ArticleError(src, "cannot tell the article's language (no letters); set lang")
        return lang
    if not isinstance(value, str) or not LANG_TAG.match(value):
        raise ArticleError(src, f"lang {quoted(value)} is not a language tag like 'ar' or 'en-GB'")
    return value


def article_direction(value: Any, lang: str, src: Path) -> Direction:
    """``dir``: "rtl" or "ltr", or the direction of ``lang`` when not given."""
    if value is None or value == "" or value == "auto":
        return direction_of(lang)
    if value not in ("rtl", "ltr"):
        raise ArticleError(src, f"dir must be 'rtl' or 'ltr', not {quoted(value)}")
    return "rtl" if value == "rtl" else "ltr"


def time_zone(value: Any, src: Path) -> tzinfo:
    """The IANA zone ``timezone`` names (UTC when none)."""
    if not value:
        return UTC
    try:
        return ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ArticleError(src, f"timezone {quoted(value)} is not an IANA zone like "
                                "'Asia/Damascus'") from None


def meta_datetime(value: Any, tz: tzinfo, src: Path, key: str) -> datetime | None:
    """A date field as an aware datetime, in ``tz`` when it names no offset."""
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


def meta_authors(value: Any, src: Path) -> tuple[Author, ...]:
    """``authors``: names, or ``{name, role}`` entries."""
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
        name = clean(name)
        if name:
            out.append(Author(name, clean(str(role)) if role else None))
    return tuple(out)


def meta_tags(value: Any, src: Path) -> tuple[str, ...]:
    """``tags``: a list of words, or one text of them separated by commas."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(t, str | int) for t in value):
        raise ArticleError(src, "tags must be a list of words")
    return tuple(t for t in (clean(str(t)) for t in value) if t)
