"""A photo whose caption a page prints as a plain paragraph under it, the two alone in
their own box (Youm7: ``<div class="img-cont"><img ...><p>caption</p></div>``): the box
is made the figure it is, so the caption stays the photo's (it was a paragraph of the
text, or lost with the photo's box when the photo came from the page's metadata)."""

from __future__ import annotations

import itertools
import re

from lxml import html as lxml_html

from .html_tree import Element, _tag, _text_of
from .page_text import ends_sentence

__all__ = ["captioned_photo_boxes"]

CAPTION_WORDS = 30  # a photo's caption, at most
# ... and, when it ends no sentence, a short one: a lede of 14 words without its full
# stop ("افتتح محافظ أسوان اليوم مستشفى جديدا ...") is the text's first paragraph
UNSTOPPED_WORDS = 12
_MANY_BOXES = 200  # boxes looked at, at most (a page of thumbnails)
_NOT_A_PHOTO = re.compile(r"author|byline|avatar|profile|writer|columnist|logo|icon|kotab|"
                          r"katib|كاتب", re.I)


def captioned_photo_boxes(root: Element) -> None:
    """Each box (a ``<div>``) holding exactly a photo (an ``<img>``, alone or in its
    link or ``<picture>``) and, under it, one short ``<p>``, nothing else: its ``<p>`` is
    the photo's caption when it is short and ends no sentence, or repeats the photo's alt
    text. A text's short first paragraph is never one: it ends its sentence, and shares
    its box with the text's other paragraphs. (Inside a ``<figure>``, a ``<p>`` beside the
    photo is its credit: the figure's caption is its own.)"""
    for img in list(root.iter("img"))[:_MANY_BOXES]:
        photo, box = img, img.getparent()
        while box is not None and _tag(box) in ("a", "picture"):
            photo, box = box, box.getparent()
        if box is None or _tag(box) != "div" or not isinstance(box, lxml_html.HtmlElement) \
                or any(_tag(up) == "figure" for up in box.iterancestors()) \
                or len(box) != 2 or box[0] is not photo or _tag(box[1]) != "p" \
                or (box.text or "").strip() or (photo.tail or "").strip() \
                or (box[1].tail or "").strip():
            continue
        if any(_NOT_A_PHOTO.search(" ".join((el.get("class") or "", el.get("id") or "")))
               for el in (img, box, *itertools.islice(box.iterancestors(), 3))) \
                or _NOT_A_PHOTO.search(img.get("src") or ""):
            continue  # (a writer's picture over the name, a logo over its site's name)
        caption = box[1]
        text = _text_of(caption)
        alt = " ".join((img.get("alt") or "").split())
        if not text or len(text.split()) > CAPTION_WORDS or (text != alt and (
                ends_sentence(text, ".!?؟۔") or len(text.split()) > UNSTOPPED_WORDS)):
            continue
        box.tag, caption.tag = "figure", "figcaption"
