"""A correction or editor's note printed after the article's text, outside the
container that holds it (The Guardian's "This article was amended on ...", The New York
Times' "A correction was made on ..."): part of the article as published, which tells
the reader what was changed, so it closes the text instead of being left out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Block, Heading, Paragraph, Span, plain_text
from .html_tree import Element
from .page_end import correction_note
from .stopwords import fold

__all__ = ["notes_after_text"]


def notes_after_text(lines: Sequence[tuple[Element, str]], blocks: list[Block],
                     furniture: Callable[[Element], bool]) -> list[Block]:
    """The notes among the page's ``lines`` after the last line of the text ``blocks``
    (one before it, an editor's note over the text, is not moved to its end), neither
    in the text already nor in the page's furniture (a comment that quotes one)."""
    said = {fold(plain_text(b.spans)) for b in blocks if isinstance(b, Paragraph | Heading)}
    last = max((i for i, (_, text) in enumerate(lines) if fold(text) in said), default=None)
    if last is None:
        return []
    return [Paragraph((Span(text),)) for el, text in lines[last + 1:]
            if correction_note(text) and fold(text) not in said
            and not furniture(el)]
