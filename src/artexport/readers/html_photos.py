"""A photo whose caption a page prints as a plain paragraph under it, the two alone in
their own box (Youm7: ``<div class="img-cont"><img ...><p>caption</p></div>``), or the
photo in a paragraph of its own and the caption in the next, in the text's flow (an
editor's pasted photo: ``<p><img></p><p>صورة أرشيفية لـ...</p>``): they are made the
figure they are, so the caption stays the photo's (it was a paragraph of the text, or
lost with the photo's box when the photo came from the page's metadata)."""

from __future__ import annotations

import itertools
import re

from lxml import html as lxml_html

from .html_credits import photo_credit_at_end
from .html_tree import _CAPTION_CLASS, Element, _tag, _text_of
from .page_end import correction_note
from .page_text import ends_sentence

__all__ = ["captioned_photo_boxes", "captioned_photo_paragraphs"]

CAPTION_WORDS = 30  # a photo's caption, at most
# ... and, when it ends no sentence, a short one: a lede of 14 words without its full
# stop ("افتتح محافظ أسوان اليوم مستشفى جديدا ...") is the text's first paragraph
UNSTOPPED_WORDS = 12
_MANY_BOXES = 200  # boxes looked at, at most (a page of thumbnails)
_NOT_A_PHOTO = re.compile(r"author|byline|avatar|profile|writer|columnist|logo|icon|kotab|"
                          r"katib|كاتب", re.I)
# How a caption opens, in a paragraph of its own under a photo: "صورة أرشيفية لـ...",
# "صورة لمبنى ..." (not "صورة لا ...", nor "الصورة من الداخل ...", "الصورة لم تتضح ...":
# the situation, as prose says), "(تصوير: ...)", "من اليمين: ...", "(Photo: ...)", "File
# photo: ...", "Pictured: ...", "FILE - ..." (AP)
_CAPTION_OPENING = re.compile(
    r"^\s*[(\[]?\s*(?:(?:ال)?صورة\s*(?:أرشيفية|ارشيفية|تعبيرية|توضيحية|متداولة|جوية|"
    r"(?<!الصورة)(?<!الصورة )(?:من\s|لـ|ل(?!(?:ا|م|ن|يس|يست)\s)\w)|[:：(/-])|"
    r"(?:تصوير|عدسة|المصدر)\s*[:：]|"
    r"من\s+(?:اليمين|اليسار)|"
    r"(?:(?:file|archive)\s+)?(?:photo|photograph|picture|image)\s*(?:[:/]|by\s)|"
    r"pictured\s*:|caption\s*:|file\s*(?:photo|[-–—:]))", re.I)
_CAPTION_STYLE = ("em", "i", "small", "figcaption", "cite")  # a caption set apart in type
_PHRASES = ("a", "b", "strong", "span", "em", "i", "small", "cite", "br")


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


def captioned_photo_paragraphs(root: Element) -> None:
    """Each photo alone in a paragraph (or box) of its own whose next sibling is a short
    ``<p>`` or ``<div>`` that is plainly its caption -- named so by its class
    ("wp-caption-text"), set whole in italics or small type, opening as captions do
    ("صورة أرشيفية لـ...", "(Photo: ...)", :data:`_CAPTION_OPENING`), ending in a photo's
    credit, or centred under a centred photo above text that is not
    (:func:`_centred_under`) -- becomes a figure of the two. Without a box around both,
    the caption was a paragraph of the text and, its photo without alt text, the photo
    was lost as an ornament; a caption named by its class was lost with it. A paragraph
    of prose after a photo opens otherwise, or is longer."""
    for img in list(root.iter("img"))[:_MANY_BOXES]:
        box = img.getparent()
        while box is not None and _tag(box) in ("a", "picture", "span"):
            box = box.getparent()
        if box is not None and _photo_over_its_line(box):
            continue
        if box is None or _tag(box) not in ("p", "div") or len(box) != 1 \
                or _text_of(box) or any(_tag(up) == "figure" for up in box.iterancestors()):
            continue
        caption = box.getnext()
        if caption is None or _tag(caption) not in ("p", "div") or (box.tail or "").strip() \
                or _NOT_A_PHOTO.search(img.get("src") or "") or (_tag(caption) == "div" and any(
                    _tag(c) not in _PHRASES for c in caption)):  # (a <div> of one line only)
            continue
        text = _text_of(caption)
        if not text or len(text.split()) > CAPTION_WORDS or next(caption.iter("img"), None) \
                is not None or correction_note(text) or not (  # (an editor's note, in italics)
                    _CAPTION_CLASS.search(caption.get("class") or "") or _reads_as_caption(text)
                    or (len(caption) == 1 and _tag(caption[0]) in _CAPTION_STYLE
                        and not (caption.text or "").strip()
                        and not (caption[0].tail or "").strip())
                    or _centred_under(box, caption, text)):
            continue
        tail, caption.tail = caption.tail, None
        box.tag, caption.tag = "figure", "figcaption"
        box.attrib.pop("class", "")  # (a paragraph's class is no figure's)
        box.append(caption)
        box.tail = (box.tail or "") + (tail or "")



def _reads_as_caption(text: str) -> bool:
    """Whether ``text`` opens as a caption does or ends in a photo's credit."""
    return bool(_CAPTION_OPENING.match(text) or photo_credit_at_end(text))


def _photo_over_its_line(box: Element) -> bool:
    """Make ``box``, a paragraph of a photo, a line break and its caption ("<p><img><br>
    صورة أرشيفية لـ...</p>"), the figure it is; whether it was one. The caption was a
    paragraph of the text, and the photo lost with no alt text."""
    kids = list(box)
    if _tag(box) != "p" or len(kids) != 2 or _tag(kids[1]) != "br" or (box.text or "").strip() \
            or (kids[0].tail or "").strip() or next(kids[0].iter("img"), None) is None \
            or any(_tag(up) == "figure" for up in box.iterancestors()):
        return False
    text = " ".join((kids[1].tail or "").split())
    if not text or len(text.split()) > CAPTION_WORDS or not _reads_as_caption(text):
        return False
    caption = lxml_html.Element("figcaption")
    caption.text, box.tag = text, "figure"
    box.replace(kids[1], caption)
    box.attrib.pop("class", "")
    return True


_CENTRED = re.compile(r"text-align\s*:\s*center|(?:^|\s)(?:aligncenter|has-text-align-center)"
                      r"(?:\s|$)", re.I)


def _centred(el: Element) -> bool:
    return bool(_CENTRED.search(el.get("style") or "") or _CENTRED.search(el.get("class") or ""))


def _centred_under(box: Element, caption: Element, text: str) -> bool:
    """Whether ``caption`` is a line centred under the centred photo in ``box``, ending
    no sentence, above a paragraph that is not centred: the classic editor's caption
    ("<p style="text-align: center">الرئيس خلال لقائه الوفد</p>"). A page that centres
    every paragraph tells nothing by it; a line all in bold is a subheading."""
    after = caption.getnext()
    bold = len(caption) == 1 and _tag(caption[0]) in ("b", "strong") \
        and _text_of(caption[0]) == text
    return (_centred(box) or any(_centred(img) for img in box.iter("img"))) \
        and _centred(caption) and not ends_sentence(text, ".!?؟۔") and not bold \
        and after is not None and _tag(after) == "p" and not _centred(after)
