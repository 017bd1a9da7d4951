"""JSON Schema of the Article's JSON form (what ``Article.to_dict()`` and
``artexport inspect`` write, and what the JSON reader accepts).

Writing by hand is easier with two shorthands the reader also accepts: a string where
an inline run is expected (``"text": "..."`` for paragraphs and headings, list items,
quote paragraphs and table cells as strings).
"""

from __future__ import annotations

from typing import Any

_SPAN = {
    "type": "object",
    "required": ["text"],
    "additionalProperties": False,
    "properties": {
        "text": {"type": "string"},
        "lang": {"type": "string"},
        "direction": {"enum": ["rtl", "ltr"]},
        "emphasis": {"enum": ["em", "strong", "code"]},
        "href": {"type": "string"},
    },
}
_INLINE = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "#/$defs/span"}}]}
_IMAGE = {
    "type": "object",
    "required": ["src"],
    "additionalProperties": False,
    "properties": {
        "src": {"type": "string", "minLength": 1},
        "alt": {"type": "string"},
        "media_type": {"type": "string"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
        "credit": {"type": "string"},
    },
}


# A block's own language and direction, where it differs from the article's.
_BLOCK_LANG = {"lang": {"type": "string"}, "direction": {"enum": ["rtl", "ltr"]}}


def _block(kind: str, required: list[str], props: dict[str, Any], *,
           own_lang: bool = True) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["kind", *required],
        "additionalProperties": False,
        "properties": {"kind": {"const": kind}, **props, **(_BLOCK_LANG if own_lang else {})},
    }


ARTICLE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://artexport.invalid/schema/article.json",
    "title": "artexport Article",
    "type": "object",
    "required": ["title", "blocks"],
    "additionalProperties": False,
    "$defs": {
        "span": _SPAN,
        "inline": _INLINE,
        "image": _IMAGE,
        "figure": _block("figure", ["image"], {"image": {"$ref": "#/$defs/image"},
                                               "caption": {"$ref": "#/$defs/inline"}}),
        "block": {"oneOf": [
            _block("heading", ["level"], {"level": {"type": "integer", "minimum": 1,
                                                    "maximum": 6},
                                          "spans": {"$ref": "#/$defs/inline"},
                                          "text": {"type": "string"},
                                          "id": {"type": "string"}}),
            _block("paragraph", [], {"spans": {"$ref": "#/$defs/inline"},
                                     "text": {"type": "string"}}),
            _block("quote", ["paragraphs"], {
                "paragraphs": {"type": "array", "items": {"$ref": "#/$defs/inline"}},
                "attribution": {"$ref": "#/$defs/inline"}}),
            _block("list", ["items"], {"items": {"type": "array",
                                                 "items": {"$ref": "#/$defs/inline"}},
                                       "ordered": {"type": "boolean"},
                                       "start": {"type": "integer", "minimum": 0},
                                       # each item's depth when the list nests,
                                       # and whether the list it is in is numbered
                                       "levels": {"type": "array", "items": {
                                           "type": "integer", "minimum": 0}},
                                       "numbered": {"type": "array",
                                                    "items": {"type": "boolean"}}}),
            _block("table", ["rows"], {
                "rows": {"type": "array", "items": {"type": "array",
                                                    "items": {"$ref": "#/$defs/inline"}}},
                "header_rows": {"type": "integer", "minimum": 0},
                "header_columns": {"type": "integer", "minimum": 0},
                "caption": {"$ref": "#/$defs/inline"}}),
            {"$ref": "#/$defs/figure"},
            _block("preformatted", ["text"], {"text": {"type": "string"},
                                              "language": {"type": "string"},
                                              "code": {"type": "boolean"}},
                   own_lang=False),
        ]},
    },
    "properties": {
        "slug": {"type": "string"},
        "identifier": {"type": "string"},
        "id": {"type": "string"},
        "title": {"type": "string", "minLength": 1},
        "subtitle": {"type": "string"},
        "lang": {"type": "string"},
        "direction": {"enum": ["rtl", "ltr"]},
        "dir": {"enum": ["rtl", "ltr", "auto"]},
        "authors": {"type": "array", "items": {"oneOf": [
            {"type": "string"},
            {"type": "object", "required": ["name"], "additionalProperties": False,
             "properties": {"name": {"type": "string"}, "role": {"type": "string"}}}]}},
        "publisher": {"type": "string"},
        "dateline": {"type": "string"},
        "published": {"type": "string", "format": "date-time"},
        "published_hijri": {"type": "string"},
        "updated": {"type": "string", "format": "date-time"},
        "timezone": {"type": "string"},
        "section": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "summary": {"type": "string"},
        "lead_image": {"$ref": "#/$defs/figure"},
        "source_url": {"type": "string"},
        "url": {"type": "string"},
        "blocks": {"type": "array", "items": {"$ref": "#/$defs/block"}},
    },
}
