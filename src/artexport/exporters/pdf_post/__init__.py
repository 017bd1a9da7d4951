"""Post-processing of WeasyPrint's tagged PDF, one step per concern.

WeasyPrint writes a good tagged PDF/UA-1 file; four things it does not get right for
this product are fixed after it, on the finished file, through pikepdf:

=====================  ====================================================================
step (option)          what it does
=====================  ====================================================================
``font_patch``         completes each font's text map where WeasyPrint left glyphs
                       without text (:mod:`.fonts`)
``element_lang``       ``/Lang`` on the structure element of every element whose
                       language differs from the document's (:mod:`.element_lang`)
``text_layer``         words in reading order, with their marks, non-joiners and
                       numbers as written; where the glyphs cannot say it (Nastaliq),
                       the text WeasyPrint laid out (:mod:`.text_layer`, :mod:`.bidi`,
                       :mod:`.line_text`)
``artifacts``          running head and page numbers as pagination artifacts
                       (:mod:`.artifacts`)
(always)               ``/Scope`` on every table header cell (:mod:`.structure`)
=====================  ====================================================================

Each step can be turned off (:class:`PostOptions`; the ``pdf`` exporter's options of the
same names). The steps read WeasyPrint's output as the versions in
:data:`SUPPORTED_WEASYPRINT` write it (pyproject declares the same range, and
``tests/test_pdf_post_weasyprint.py`` checks the assumptions); anything unexpected in a
text object leaves it as drawn.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf

from .artifacts import mark_artifacts
from .element_lang import set_element_langs
from .fonts import FontCache, FontFacts, FontLookup, packaged_font, repair_unicode_maps
from .structure import scope_table_headers
from .text_layer import TextLayerStats, rewrite_text_layer

SUPPORTED_WEASYPRINT = ">=69.0,<71"
"""The WeasyPrint releases whose output these steps are written and tested against."""


@dataclass(frozen=True)
class PostOptions:
    """Which steps run (all by default)."""

    font_patch: bool = True
    element_lang: bool = True
    text_layer: bool = True
    artifacts: bool = True


@dataclass(frozen=True)
class PostStats:
    """What :func:`postprocess` changed, for tests and diagnostics."""

    text_objects_reordered: int = 0
    text_objects_kept: int = 0
    artifacts: int = 0
    fonts_patched: int = 0
    elements_with_lang: int = 0
    marks: int = 0
    non_joiners: int = 0
    lines_from_source: int = 0


def postprocess(data: bytes, *, lang: str | None = None, html: str | None = None,
                options: PostOptions | None = None,
                fonts: FontLookup | None = packaged_font) -> tuple[bytes, PostStats]:
    """Run the post-pass steps on a WeasyPrint PDF; returns the new file and what changed.

    ``lang`` is also written to the XMP metadata as ``dc:language`` (WeasyPrint sets
    only the catalog's ``/Lang``). ``html`` is the page WeasyPrint rendered (for the
    languages of its elements). ``fonts`` says what the packaged font behind an
    embedded one knows (``None``: use only what the file says).
    """
    options = options or PostOptions()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        cache = FontCache(pdf, fonts, patch=options.font_patch)
        element_langs = 0
        if options.element_lang and html:
            element_langs = set_element_langs(pdf, html, lang, cache)
        text = TextLayerStats(0, 0, 0, 0)
        if options.text_layer:
            text = rewrite_text_layer(pdf, cache)
        patched = cache.patched
        if not options.text_layer and options.font_patch:
            patched = repair_unicode_maps(pdf, fonts)
        artifacts = mark_artifacts(pdf) if options.artifacts else 0
        scope_table_headers(pdf)  # not an option: a table's header cells need it
        if lang:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["dc:language"] = [lang]
        buf = io.BytesIO()
        pdf.save(buf, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate,
                 deterministic_id=True)
    return buf.getvalue(), PostStats(text.text_objects_reordered, text.text_objects_kept,
                                     artifacts, patched, element_langs, text.marks,
                                     text.non_joiners, text.lines_from_source)


__all__ = ["SUPPORTED_WEASYPRINT", "FontFacts", "FontLookup", "PostOptions", "PostStats",
           "mark_artifacts", "packaged_font", "postprocess", "rewrite_text_layer"]
