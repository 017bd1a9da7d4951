"""Each step of the PDF post-pass does what it says, and turning it off leaves
WeasyPrint's file as it was in that respect."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
import warnings
from pathlib import Path

import pikepdf
import pytest

from artexport import ArtexportWarning, ExportError
from artexport.exporters.pdf import PdfExporter
from artexport.model import Article, Paragraph, Span

# Written for these tests.
SENTENCE = ("قَالَ المُعَلِّمُ إِنَّ القِرَاءَةَ نُورٌ، فَإِنْ قَرَأْتَ كُلَّ يَوْمٍ صَفْحَةً "
            "تَعَلَّمْتَ الكَثِيرَ")
PLAIN = "افتتحت المكتبة ركنا جديدا للكتب المسموعة يخدم القراء من جميع الأعمار في المدينة"
_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def article(paragraphs: int = 1) -> Article:
    blocks = [Paragraph((Span(unicodedata.normalize("NFC", SENTENCE)),))]
    blocks += [Paragraph((Span(PLAIN),)) for _ in range(paragraphs - 1)]
    return Article(slug="steps", title="خطوات", lang="ar", direction="rtl",
                   blocks=tuple(blocks))


def render(art: Article, **options: object) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ArtexportWarning)
        return PdfExporter(options or None).render(art).data


def raw_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, check=True).stdout.decode()
    return unicodedata.normalize("NFC", _CONTROLS.sub("", out))


def test_text_layer_step_puts_words_and_marks_in_reading_order(tmp_path: Path) -> None:
    art = article()
    first_words = unicodedata.normalize("NFC", SENTENCE).split()[:4]
    on = raw_text(render(art, page_numbers=False), tmp_path).split()
    off = raw_text(render(art, page_numbers=False, text_layer=False), tmp_path).split()
    assert on[1:5] == first_words  # after the title
    # as WeasyPrint draws it: the line's last word first, marks cut from their letters
    assert off[1:5] != first_words
    assert not set(first_words) <= set(off)


def test_artifacts_step_makes_running_head_and_page_numbers_artifacts() -> None:
    art = article(paragraphs=40)

    def pagination(data: bytes) -> tuple[int, int]:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert len(pdf.pages) >= 2
            artifacts = tagged = 0
            for page in pdf.pages:
                for instr in pikepdf.parse_content_stream(page):
                    if str(instr.operator) == "BDC" and instr.operands[0] == "/Artifact" \
                            and instr.operands[1].get("/Type") == "/Pagination":
                        artifacts += 1
                    elif str(instr.operator) == "BDC" and "/MCID" in instr.operands[1]:
                        tagged += 1
            return artifacts, tagged

    artifacts, tagged = pagination(render(art))
    artifacts_off, tagged_off = pagination(render(art, artifacts=False))
    assert artifacts >= 3 and artifacts_off == 0
    assert tagged_off == tagged + artifacts  # still tagged, under elements outside the tree


def test_font_patch_step_gives_glyphs_their_own_text(tmp_path: Path) -> None:
    """Amiri draws "إِ" as alef, hamza and kasra, and WeasyPrint maps a glyph by its
    first use: the kasra glyph then reads "إِ" wherever it is drawn, in the file's own
    text map (what every extractor reads outside the text layer's spans)."""
    art = Article(slug="patch", title="خطوات", lang="ar", direction="rtl",
                  blocks=(Paragraph((Span("إِنَّ"),)),
                          Paragraph((Span(unicodedata.normalize(
                              "NFC", "كِتَابٌ جَمِيلٌ لِلْقِرَاءَةِ")),))))
    options = {"font": "amiri", "text_layer": False, "page_numbers": False}
    patched = raw_text(render(art, **options), tmp_path)
    unpatched = raw_text(render(art, **options, font_patch=False), tmp_path)
    assert patched.count("إ") == 1
    assert unpatched.count("إ") > 1


@pytest.mark.parametrize("name", ["text_layer", "artifacts", "font_patch", "element_lang"])
def test_steps_are_options_of_the_pdf_format(name: str) -> None:
    assert getattr(PdfExporter({name: "no"}).options, name) is False
    assert getattr(PdfExporter().options, name) is True
    with pytest.raises(ExportError, match=name):
        PdfExporter({name: "sometimes"})
