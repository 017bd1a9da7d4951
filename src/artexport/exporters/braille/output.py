"""The two files of the braille edition, from the same pages of Unicode braille cells.

BRF (braille ready file): North American Braille ASCII, one character per 6-dot cell,
lines ended by CR LF, a form feed between pages -- what embossers and braille displays
take. PEF 2008-1 (Portable Embosser Format, DAISY): XML whose rows hold Unicode braille,
inside ``volume`` / ``section`` / ``page`` / ``row``, with Dublin Core metadata.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

__all__ = ["BRAILLE_ASCII", "PEF_NS", "PefMeta", "six_dot", "to_brf", "to_pef"]

# North American Braille ASCII: the character for each 6-dot pattern, indexed by the dot
# bits (dot 1 = 1, dot 2 = 2, dot 3 = 4, dot 4 = 8, dot 5 = 16, dot 6 = 32), which are
# also the low bits of the Unicode braille code point.
BRAILLE_ASCII = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)="
assert len(BRAILLE_ASCII) == 64

PEF_NS = "http://www.daisy.org/ns/2008/pef"
DC_NS = "http://purl.org/dc/elements/1.1/"
# XML 1.0 cannot carry C0 controls (but tab, LF, CR), surrogates or U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def six_dot(cells: str) -> tuple[str, int]:
    """``cells`` without dots 7 and 8 (BRF and 6-dot embossers have none), and how many
    cells lost them."""
    lost = sum(1 for c in cells if ord(c) & 0xC0)
    if not lost:
        return cells, 0
    return "".join(chr(0x2800 | (ord(c) & 0x3F)) for c in cells), lost


def to_brf(pages: Sequence[Sequence[str]]) -> bytes:
    """BRF bytes: each row as Braille ASCII (without dots 7-8), CR LF after each, form
    feeds between pages."""
    out = []
    for page in pages:
        out.append("".join(row.translate(_ASCII) + "\r\n" for row in page))
    return "\f".join(out).encode("ascii")


# Dots 7 and 8 (bits 0x40, 0x80) have no Braille ASCII: a cell is written without them.
_ASCII = {0x2800 + bits: BRAILLE_ASCII[bits & 0x3F] for bits in range(256)}


@dataclass(frozen=True)
class PefMeta:
    """The Dublin Core fields of the PEF head."""

    identifier: str
    title: str
    language: str
    creators: tuple[str, ...] = ()
    publisher: str | None = None
    date: str | None = None
    source: str | None = None
    description: str | None = None


def to_pef(sections: Sequence[Sequence[Sequence[str]]], meta: PefMeta, *, cols: int,
           rows: int, duplex: bool) -> bytes:
    """PEF 2008-1 bytes: one volume, one section per part (title pages, then the text;
    in duplex each section starts on a new sheet), one ``row`` per line."""
    root = etree.Element(f"{{{PEF_NS}}}pef", nsmap={None: PEF_NS})  # type: ignore[dict-item]
    root.set("version", "2008-1")
    head = etree.SubElement(root, f"{{{PEF_NS}}}head")
    meta_el = etree.SubElement(head, f"{{{PEF_NS}}}meta", nsmap={"dc": DC_NS})
    fields: list[tuple[str, str | None]] = [
        ("format", "application/x-pef+xml"), ("identifier", meta.identifier),
        ("title", meta.title), ("language", meta.language),
        *(("creator", c) for c in meta.creators), ("publisher", meta.publisher),
        ("date", meta.date), ("source", meta.source), ("description", meta.description)]
    for name, value in fields:
        if value:
            etree.SubElement(meta_el, f"{{{DC_NS}}}{name}").text = _NOT_XML.sub("", value)
    body = etree.SubElement(root, f"{{{PEF_NS}}}body")
    volume = etree.SubElement(body, f"{{{PEF_NS}}}volume", cols=str(cols), rows=str(rows),
                              rowgap="0", duplex="true" if duplex else "false")
    for pages in sections:
        section = etree.SubElement(volume, f"{{{PEF_NS}}}section")
        for page in pages:
            page_el = etree.SubElement(section, f"{{{PEF_NS}}}page")
            for row in page:
                etree.SubElement(page_el, f"{{{PEF_NS}}}row").text = row or None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
