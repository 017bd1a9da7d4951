"""The text of each drawn line, handed from the renderer to the text layer.

WeasyPrint draws a line as glyphs; the text layer (:mod:`.text_layer`) reads back what
each word says from the fonts' glyph-to-text maps. No such map can describe a font that
draws one letter as several glyphs shared between letters: Noto Nastaliq Urdu draws
``ب ت ث ن ی`` on one dotless skeleton and adds the dots as glyphs of their own, on a
sloping baseline. So while a PDF is rendered, every text object of the page gets, just
after its ``BT``, a marked-content point holding the text WeasyPrint laid out on that
line (its own, logical order); the text layer uses it where the glyphs say something
else and removes every such point, so none is left in the file.

The hook wraps two WeasyPrint functions (``draw.draw_text``, which draws a page's text
box, and ``draw.text.draw_first_line``, which writes its glyphs), within the releases of
:data:`artexport.exporters.pdf_post.SUPPORTED_WEASYPRINT`. It writes only inside
:func:`recording`: text drawn into an SVG image, or by a caller of WeasyPrint outside
this product, is left as WeasyPrint writes it.
"""

from __future__ import annotations

import contextvars
import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pikepdf

TAG = "/ArtexportLineText"
"""The marked-content tag of the points (a name no PDF reader gives a meaning to)."""

_recording: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "artexport_line_text_recording", default=False)
_page_text: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "artexport_line_text_page", default=False)
_lock = threading.Lock()
_installed = False


def marker(text: str) -> bytes:
    """The content-stream instruction holding ``text`` (a UTF-16 hex string)."""
    return (f"{TAG} <</T <FEFF" + text.encode("utf-16-be").hex().upper() + ">>> DP").encode()


def is_marker(instruction: Any) -> bool:
    """Whether a parsed content-stream instruction is one of these points."""
    return isinstance(instruction, pikepdf.ContentStreamInstruction) and \
        str(instruction.operator) == "DP" and len(instruction.operands) == 2 and \
        str(instruction.operands[0]) == TAG


def marker_text(instruction: pikepdf.ContentStreamInstruction) -> str:
    props = instruction.operands[1]
    return str(props.get("/T", "")) if isinstance(props, pikepdf.Dictionary) else ""


@contextmanager
def recording() -> Iterator[None]:
    """Mark every line of page text WeasyPrint draws in this context (this thread)."""
    _install()
    token = _recording.set(True)
    try:
        yield
    finally:
        _recording.reset(token)


def _install() -> None:
    global _installed
    with _lock:
        if _installed:
            return
        from weasyprint import draw
        from weasyprint.draw import text

        draw.draw_text = _page_text_drawer(draw.draw_text)
        text.draw_first_line = _line_drawer(text.draw_first_line)
        _installed = True


def _page_text_drawer(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def draw_text(*args: Any, **kwargs: Any) -> Any:
        token = _page_text.set(True)
        try:
            return original(*args, **kwargs)
        finally:
            _page_text.reset(token)
    return draw_text


def _line_drawer(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def draw_first_line(stream: Any, textbox: Any, *args: Any, **kwargs: Any) -> Any:
        if _recording.get() and _page_text.get() and textbox.text.strip():
            stream.stream.append(marker(textbox.text))
        return original(stream, textbox, *args, **kwargs)
    return draw_first_line
