"""A box of links to other stories inside or around the text: a "related" heading
("اقرأ أيضا", "Most read") and the lines under it, up to the text's next line, and the
tags a line each under a bare tags label below the text."""

from __future__ import annotations

import re

from .furniture import TAG_LABEL
from .news import (
    is_bare_date,
    is_time_stamp,
    parse_byline,
    parse_dateline,
    related_heading,
)
from .page_text import STATEMENT_END, Line, carries_on, ends_sentence
from .text_edges import PROSE_WORDS, SUBHEAD_WORDS

BARE_TAGS_LABEL = re.compile(rf"^(?:{TAG_LABEL})\s*[:：]?$", re.I)  # tags on the lines below
LEAD_IN_WORDS = 5  # a line this long ending in ":" leads in to a list: running text
# a photo's caption that ends with who took it: "محافظ أسيوط خلال الافتتاح - تصوير: محمود
# حسن", "(عدسة: ...)", "— Photo: Jane Doe" (a teaser names no photographer)
_PHOTOGRAPHER = re.compile(r"\S\s*(?:[-–—|]\s*|\(\s*)(?:تصوير|عدسة|عکس|photo|photograph)\s*[:：]"
                           r"\s*[^:：()]{2,40}\)?$", re.I)


def mark_related(seq: list[Line]) -> None:
    """A "related" heading and the lines after it, up to the next line of running
    text, are a list of links; so are the tags under a bare tags label below the text
    ("الكلمات الدالة", then a tag per line)."""
    inside = seen_text = False
    for k, line in enumerate(seq):
        if related_heading(line.body) or (seen_text and BARE_TAGS_LABEL.match(line.body)):
            line.related = inside = True
            continue
        seen_text = seen_text or (line.words >= PROSE_WORDS and ends_sentence(line.body))
        lead_in = ends_sentence(line.body, ":") and line.words >= LEAD_IN_WORDS
        if inside and _PHOTOGRAPHER.search(line.body):
            inside = False  # a photo's caption under the box: the text's, no link
        elif inside and (line.klass == "good" or lead_in
                       or (ends_sentence(line.body, STATEMENT_END) and line.words >= 8)):
            inside = False
            # the box's last line, a few words over the running text or a lead-in to a
            # list ("وجاءت المواعيد على النحو التالي:"), is the subheading the text goes
            # on under ("طريقة الحساب"), not a link (after one link at least, none of
            # them bulleted)
            above = seq[k - 1]
            if k >= 3 and seq[k - 2].in_related \
                    and (seq[k - 3].in_related or seq[k - 3].related) \
                    and not (above.related or above.bullet or seq[k - 2].bullet) \
                    and above.words <= SUBHEAD_WORDS and not ends_sentence(above.body) \
                    and (line.words >= PROSE_WORDS or lead_in) \
                    and not carries_on(line.body):  # ("وأضاف ...": no section opens so)
                above.in_related = False
            elif k >= 2 and above.bullet and line.bullet and ends_sentence(above.body, "?؟") \
                    and (seq[k - 2].in_related or seq[k - 2].related):
                # an interview's question over its answer, both dashed: no link
                above.in_related = False
        elif inside and line.words <= 16 and (
                (line.date is not None and (is_time_stamp(line.body)
                                            or is_bare_date(line.body)))
                or parse_byline(line.body) is not None
                or parse_dateline(line.body) is not None):
            # a time stamp, byline or dateline: the list has ended; the line above it is
            # a headline
            inside = False
            if k and not seq[k - 1].related:
                seq[k - 1].in_related = False
        line.in_related = inside
