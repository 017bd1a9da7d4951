"""Lists in a scrape, whose bullets the copy lost: runs of lines that open with a number
or a date ("2 tbsp olive oil", "June 9 -- Tampa"), bulleted runs, and the short lines
under a lead that ends with ":"."""

from __future__ import annotations

from ..text.lang import dominant_script
from .lines import Line
from .page_text import ends_sentence

__all__ = ["LEAD_LIST_ITEM_WORDS", "LEAD_LIST_MIN", "items_after_lead", "list_item",
           "same_list"]

LEAD_LIST_MIN = 3  # items under a lead that ends with ":" to make a list
LEAD_LIST_ITEM_WORDS = 12


def items_after_lead(lead: Line, after: list[Line]) -> list[Line]:
    """The short lines under a line that announces them ("... من مجلس يتألف من:",
    "The measures include:"), when there are at least LEAD_LIST_MIN of them: a list
    the scrape lost its bullets from. Not a quotation opened after "قال:", nor verses."""
    if not lead.body.rstrip().endswith((":", "：")) or not after \
            or after[0].bullet or after[0].row or list_item(after[0]):
        return []  # a list already: its own run reads it
    script = dominant_script(lead.body)
    run: list[Line] = []
    for n, line in enumerate(after):
        nxt = after[n + 1] if n + 1 < len(after) else None
        if len(run) >= LEAD_LIST_MIN and nxt is not None and nxt.words >= 15 \
                and ends_sentence(nxt.body) and line.words < min(x.words for x in run) \
                and line.words <= 4:
            break  # shorter than every item, over running text: the next subheading
        if len(run) >= LEAD_LIST_MIN and ends_sentence(line.body) and \
                not any(ends_sentence(x.body) for x in run):
            break  # a sentence after items that end none closes the list ("ورحبت ... بالقرار.")
        if not line.article or line.is_image or line.verse or line.bullet or line.row \
                or not 2 <= line.words <= LEAD_LIST_ITEM_WORDS \
                or line.body.rstrip().endswith((":", "：")) \
                or line.body.lstrip()[:1] in "«\"“'‘" or dominant_script(line.body) != script:
            break  # (a saying quoted in Arabic after a Latin-script lead is no list)
        run.append(line)
    return run if len(run) >= LEAD_LIST_MIN else []


def list_item(line: Line) -> bool:
    """An item of a run that opens with numbers or dates ("2 tbsp olive oil"), not a
    paragraph that happens to start with a number."""
    return line.item and not ends_sentence(line.body)


def same_list(first: Line, line: Line) -> bool:
    """Whether ``line`` goes on the list that ``first`` opened."""
    if first.row:
        return line.row
    if not first.bullet:
        return list_item(line)
    return line.bullet is not None and (line.bullet == "o") == (first.bullet == "o")
