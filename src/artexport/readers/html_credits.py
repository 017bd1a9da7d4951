"""A photo's credit printed in its caption: after a label ("Photo: ...", "صدر الصورة، "),
at the caption's end ("(AP Photo/Jane Roe)", "(تصوير: محمد علي)", Al Jazeera's
"(رويترز)"), or alone ("تصوير: محمد علي"). The editions say a credit apart from the
caption, after it."""

from __future__ import annotations

import re

from .furniture import PHOTO_SOURCE_LABEL
from .stopwords import fold

__all__ = ["CREDIT_LABEL", "photo_credit_at_end", "trailing_credit"]

# a credit's label before its name, as The New York Times and El País print them, and
# as BBC World Service sites do for screen readers, with a comma ("Image source, Getty
# Images", "صدر الصورة، Getty Images", "Fuente de la imagen, ...")
CREDIT_LABEL = re.compile(r"^\s*(?:(?:credit|crédito|crédit|foto|photo|photograph|image)"
                          r"\s*(?:\.{3}|…|:)|"
                          r"[,،]?\s*(?:image source|fuente de la imagen|fotoğraf kaynağı|"
                          rf"crédit photo|{PHOTO_SOURCE_LABEL})\s*[,،:])\s*", re.I)

# A credit at the end of a caption's own text, after its last sentence: "Photograph:
# Danny Lawson/PA" (The Guardian), "(AP Photo/Jane Roe)", "REUTERS/Jane Roe/File Photo",
# "[File: Jane Roe/Reuters]" (Al Jazeera), "— Photo by Jane Roe/White Star" (Dawn),
# "© Jane Roe, France 24", "(Photo by Jane Roe/AFP via Getty Images)", "(تصوير: محمد علي)",
# "(عکس: آرشیو)", Enab Baladi's source and photographer "(عنب بلدي/ أنس الخربوطلي)", The Guardian's
# "Illustration: Guardian Design", "Composite: ...", and a photographer's name over their
# outlet or agency in brackets, "(Jabin Botsford/The Washington Post)", "(Alex Brandon/AP)"
# (a pair of places, "(New York/New Jersey)", "(Saudi Arabia/The United Arab Emirates)",
# or a name and its nickname, "(Wall Street/The Big Board)", names no outlet after its
# slash: a person's name over a wire or "The" and a paper's name, its last word a paper's)
_PAPER = ("Post|Times|Press|Journal|Globe|Herald|Tribune|News|Chronicle|Telegraph|Guardian"
          "|Independent|Observer|Inquirer|Gazette|Star|Examiner|Dispatch|Economist|Atlantic")
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[.!?”\"’)])\s+(?:[-–—]\s*)?(?:(?:(?:photograph|photo|picture|credit|"
    r"illustration|composite|graphic|image)"
    r"(?:\s*:|\s+by)|©)\s*(?P<named>(?-i:[A-Z])[^.:()\[\]]{1,60})|\((?P<wire>"
    r"(?:AP|AFP|EPA|Reuters) Photo\s*/[^()]{2,60})\)|(?P<reuters>REUTERS/(?-i:[A-Z])"
    r"[^()\[\]]{1,60}))|\s+\[(?P<boxed>(?:File:\s*)?[^\[\]/]{3,60}/\s*(?-i:[A-Z])"
    r"[^\[\]/]{1,30})\]|\s+\((?:photo|photograph|picture)(?:\s*:|\s+by)\s*"
    r"(?P<paren>(?-i:[A-Z])[^()]{1,80})\)|\s+\((?:تصوير|عدسة|(?:ال)?صورة|عکس|تصویر)\s*[:：]\s*"
    r"(?P<by>[^()\[\]:.]{2,60})\)|\s+\((?P<slashed>[\u0621-\u064a][^()/\d]{1,30}/\s*"
    r"[\u0621-\u064a][^()/\d]{1,30})\)|\s+\((?P<outlet>(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])"
    r"[\w.'’-]+){1,3}\s*/\s*(?:The(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2}\s+(?-i:" + _PAPER + r")"
    r"|(?:AP|AFP|Reuters|EPA|"
    r"Getty Images|Bloomberg|Pool|Xinhua|Anadolu)\b[^()\d]{0,30}))\))\s*$", re.I)


# A caption that is a credit alone: "تصوير: محمد علي" (who took it), "صورة: هسبريس",
# "Photo: Ann Lee/The Herald" (it was read out as the photo's description). After "صورة:"
# or "Photo:" a caption may say who is in it ("Photo: Mayor Ann Lee"): a credit there is
# one word (a site, an agency) or names its source as credits do
_CREDIT_ONLY = re.compile(r"^\s*[(\[]?\s*(?:(?P<by>تصوير|عدسة|photograph|credit)|صورة|الصورة|"
                          r"photo|foto)\s*[:：]\s*(?P<credit>[^.!?:؟()\[\]]{2,60}?)\s*[)\]]?\s*$",
                          re.I)
_SOURCE_MARK = re.compile(r"/|\b(?:via|courtesy|getty|afp|ap|reuters|epa|handout|file|"
                          r"archive|supplied)\b|أرشيف|وكالة|رويترز|فرانس برس", re.I)


def trailing_credit(caption: str) -> tuple[str, str]:
    """``caption`` without the credit printed at its end, and that credit ("" if none)."""
    if (alone := _CREDIT_ONLY.match(caption)) and len(words := alone.group("credit").split()) \
            <= 5 and (alone.group("by") or len(words) == 1 or _SOURCE_MARK.search(caption)):
        return "", alone.group("credit").strip()
    m = _TRAILING_CREDIT.search(caption)
    if m is None:
        return _bracketed_source(caption) or (caption, "")
    credit = next(g for g in m.group("named", "wire", "reuters", "boxed", "paren", "by",
                                      "slashed", "outlet") if g)
    return caption[:m.start()].rstrip(), credit.strip()


# Al Jazeera's and the Arab press's source in brackets closing a caption: "... محطة
# التحلية (رويترز)", "(الجزيرة)", "(غيتي - أرشيف)". Known sources only: a bracket at a
# caption's end also says who stands where ("(وسط)", "(يمين)") or gives a name or a year
_SOURCES = frozenset(fold(w) for w in (
    "رويترز", "الفرنسية", "فرانس برس", "أ ف ب", "أ.ف.ب", "أسوشيتد برس", "أسوشيتدبرس",
    "الأوروبية", "الألمانية", "د ب أ", "إيبا", "الأناضول", "غيتي", "غيتي إيميجز", "جيتي",
    "الجزيرة", "مواقع التواصل", "مواقع التواصل الاجتماعي", "منصات التواصل", "شترستوك",
    "وكالات", "أرشيف", "أرشيفية", "صورة أرشيفية", "واس", "وام", "كونا", "قنا", "بنا",
    "سانا", "العمانية", "سبوتنيك", "شينخوا", "إكس", "منصة إكس", "تويتر", "فيسبوك",
    "Reuters", "AFP", "AP", "EPA", "Getty", "Getty Images", "Shutterstock", "Anadolu",
    "Xinhua"))
# the Gulf's and Syria's agencies by their English initials (Arab News' "... (SPA)"), in
# capitals alone: "(Spa)" is a town
_AGENCY_INITIALS = frozenset(("SPA", "WAM", "KUNA", "QNA", "BNA", "SANA"))
_AGENCY_NAMED = re.compile(r"\bAgency$")
# ... or after a dash (Al Arabiya's "سبائك ذهب - أرشيفية")
_BRACKETED = re.compile(r"\s*\((?P<source>[^()]{2,30}?)(?:\s*[-–/،,]\s*(?:أرشيف|أرشيفية|"
                        r"file|archive))?\)\s*$|\s+[-–—]\s*(?P<dashed>[^-–—()]{2,30})$", re.I)


def _bracketed_source(caption: str) -> tuple[str, str] | None:
    """``(caption, source)`` when ``caption`` ends with a known source in brackets or
    after a dash."""
    m = _BRACKETED.search(caption)
    source = (m.group("source") or m.group("dashed")).strip() if m else ""
    if m is None or (fold(source) not in _SOURCES and source not in _AGENCY_INITIALS):
        return None
    if source in _AGENCY_INITIALS and _AGENCY_NAMED.search(caption[:m.start()]):
        return None  # the agency's initials after its name ("the Kuwait News Agency (KUNA)")
    # (the dash a caption sets before its bracket, "في عمان - (أرشيفية)", goes with it)
    return re.sub(r"\s+[-–—]$", "", caption[:m.start()].rstrip()), \
        m.group(0).strip(" -–—").strip("()").strip()


# ... of which only these credit a photo alone: a news agency's name closing a line also
# signs a paragraph of its news ("... في المنطقة (رويترز)", "... من المانحين - وكالات")
_PHOTO_SOURCES = frozenset(fold(w) for w in (
    "أرشيف", "أرشيفية", "صورة أرشيفية", "غيتي", "غيتي إيميجز", "جيتي", "شترستوك",
    "Getty", "Getty Images", "Shutterstock"))
_ARCHIVE = re.compile(r"أرشيف|\b(?:file|archive)\b", re.I)


def photo_credit_at_end(text: str) -> bool:
    """Whether ``text`` ends in a credit that only a photo's caption carries: one with
    its label ("(تصوير: ...)", "(Photo: ...)"), or a photo archive's or library's name in
    brackets or after a dash; a news agency's name there (:func:`trailing_credit`'s
    Al Jazeera captions) may end a paragraph of the text."""
    rest, credit = trailing_credit(text)
    if not credit:
        return False
    if not rest or _TRAILING_CREDIT.search(text):
        return True
    m = _BRACKETED.search(text)  # ("(غيتي - أرشيف)": from a photo archive)
    return m is not None and (fold((m.group("source") or m.group("dashed")).strip())
                              in _PHOTO_SOURCES or bool(_ARCHIVE.search(m.group(0))))
