"""How an article ends on a page: the comment-policy and views disclaimers, and the
prompts a page puts after the article's last sentence to keep the reader on the site (a
newsletter offer, a comment prompt, the post's taxonomy), which the page readers leave
out there and only there. Re-exported by :mod:`artexport.readers.news`.
"""

from __future__ import annotations

import re

from ..model import Block, Heading, Paragraph

_DISCLAIMER = re.compile(
    r"(ترحب|نرحب)[^.]{0,40}(بالنقاش|بتعليقات|بالتعليقات)|مراجعة التعليقات|التعليقات قبل نشرها|"
    r"الآراء الواردة|لا (تعبر|يعبر|تعكس) (بالضرورة )?عن (رأي|وجهة نظر)|"
    r"comments? (are|will be) (moderated|reviewed|subject to)|views expressed|"
    r"do not (necessarily )?reflect the (views|opinions)|للمشتركين عبر نظام|news broadcast system|"
    # (Express Urdu's "... پالیسی کا کمنٹس سے متفق ہونا ضروری نہیں۔", a French "n'engagent
    # que leurs auteurs", a Persian "لزوماً بیانگر دیدگاه ... نیست")
    r"(کمنٹس|تبصروں|تبصرے)[^۔.]{0,20}متفق ہونا ضروری نہیں|"
    r"(commentaires|contributions)\b[^.]{0,60}n['’]engagent? que (leurs?|ses) auteurs?|"
    r"(نظرات|دیدگاه[ ‌]?ها)[^.]{0,40}لزوما?ً? (بیانگر|منعکس[ ‌]?کننده) (نظر|دیدگاه)", re.I)


def is_disclaimer(text: str) -> bool:
    """A comment-policy or views disclaimer ("الآراء الواردة لا تعبر عن رأي الموقع"), or
    an agency's note that its site prints part of its wire ("... للمشتركين عبر نظام ...")."""
    return bool(_DISCLAIMER.search(text))


# What a page puts after the article's last sentence to keep the reader on the site: a
# newsletter or subscription offer, the sign-up form's error message, a comment prompt,
# the post's taxonomy, "you may also like". Only at the end (never mid-text) and short.
_TRAILING_PROMPT = re.compile(
    r"\b(?:subscribe|subscribing|sign(?:ing)? up)\b.{0,80}?\b(?:newsletters?|inbox|magazine|"
    r"sister title|alerts?|updates)\b|\bdelivered to your inbox\b|"
    r"^there was an error processing your subscription|^tell us what you think|"
    r"^filed under\s*:|^(?:you|we think you) (?:may|might) also like\W*$|"
    # "Follow AP's war coverage at https://...", "This article is available in French on
    # Middle East Eye French edition."
    r"^follow (?:more of )?(?:\S+['’]s?|our) (?:\S+ ){0,4}coverage\b.{0,60}?"
    r"(?:\bat\s+https?://|\bhere\b)|"
    r"^this (?:article|story) is (?:also )?available in \w+ on\b|"
    # the print edition it ran in: "Published in Dawn, August 14th, 2026", "A version of
    # this article appears in print on May 21, 2026, Section A, Page 1 ..."
    r"^published in (?:the )?[\w ]{2,30}, \w+ \d{1,2}(?:st|nd|rd|th)?, \d{4}\.?$|"
    r"^a version of this (?:article|story) appears? in print\b|"
    r"اشترك(?:وا)? في (?:النشرة|نشرتنا)|النشرة البريدية", re.I)
_PROMPT_WORDS = 40


def is_trailing_prompt(text: str) -> bool:
    """A newsletter offer, comment prompt or taxonomy line that ends a page's article
    ("Get the latest updates right in your inbox. Subscribe to NJ.com's newsletters.",
    "Filed under: Khawarij |", "You may also like...")."""
    return len(text.split()) <= _PROMPT_WORDS and bool(_TRAILING_PROMPT.search(text.strip()))


# A correction or editor's note, which closes the article it corrects ("Correction, 8
# December 2026: An earlier version of this article ...", "تصحيح: ورد في نسخة سابقة ...")
_NOTE = re.compile(
    r"^(?:(?:correction|clarification|editor['’]s note|rectificatif|note de la rédaction|"
    r"تصحيح|استدراك|تصحیح|اصلاحیه)(?:,? [^:：\d]{0,12}\d[^:：]{0,20})?\s*[:：]"  # (a date)
    r"|(?:this|the) (?:article|story|report) (?:was|has been) (?:amended|corrected)"
    r"|an earlier version of this (?:article|story|report)|a correction (?:was|has been) made"
    r"|cet article a été (?:modifié|corrigé|rectifié)|ورد في (?:نسخة|وقت) سابق"
    r"|(?:تنويه\s*[:：]\s*)?(?:تم|جرى) (?:تعديل|تصحيح|تحديث) هذا (?:الخبر|التقرير|المقال))", re.I)
NOTE_WORDS = 80  # a note, at most


def correction_note(text: str) -> bool:
    """A correction or editor's note on the article (see ``_NOTE``): the article's own
    last line, however it is set apart from the text above it."""
    return len(text.split()) <= NOTE_WORDS and bool(_NOTE.match(text.strip()))


def drop_trailing_disclaimers(blocks: list[Block]) -> list[Block]:
    """Remove comment-policy disclaimers, the prompts of :func:`is_trailing_prompt` and
    a heading with nothing under it (a "Source documents" whose links were left out)
    from the end of an article (never mid-text)."""
    out = list(blocks)
    while out and isinstance(out[-1], Paragraph | Heading):
        text = "".join(s.text for s in out[-1].spans)
        if not (_DISCLAIMER.search(text) or is_trailing_prompt(text)
                or (isinstance(out[-1], Heading) and len(out) > 1)):
            break
        out.pop()
    return out
