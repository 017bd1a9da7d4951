"""The charset a saved page declares, decoded as a browser would: only the encodings of
the WHATWG Encoding Standard (the ``webencodings`` package's label table), never any
Python codec a label happens to name ("unicode_escape" turned escapes into text and cut
the page short; "idna" raised on a byte it did not like)."""

from __future__ import annotations

import webencodings

FALLBACK = "windows-1252"  # what a browser uses for a label it does not know


def decode_declared(raw: bytes, label: str) -> tuple[str, str | None]:
    """``raw`` decoded with the encoding ``label`` names, as a browser reads a
    ``<meta charset>``: (text, problem with the label or None). A label no browser
    knows, the ``replacement`` encodings and ``x-user-defined`` fall back to
    windows-1252; a UTF-16 label in a page that is read as bytes means UTF-8. Raises
    :class:`UnicodeDecodeError` for bytes the encoding does not have."""
    encoding = webencodings.lookup(label)
    problem = None
    if encoding is None or encoding.name in ("replacement", "x-user-defined"):
        problem = f"charset {label!r} is not an encoding a browser reads; read as {FALLBACK}"
        encoding = webencodings.lookup(FALLBACK)
    elif encoding.name in ("utf-16le", "utf-16be"):
        encoding = webencodings.UTF8
    assert encoding is not None
    return raw.decode(encoding.codec_info.name), problem
