"""``/Lang`` on the structure element of every block (and isolated run) in another
language than the document, so a screen reader switches voice for it.

WeasyPrint 70 writes only the catalog's ``/Lang`` (checked in
test_pdf_post_weasyprint.py); the post-pass step ``element_lang`` adds the rest from the
``lang`` attributes of the HTML the PDF is made from. The contract: an HTML element
whose ``lang`` differs from the one it inherits gives that language to its structure
element(s); its descendants inherit it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pikepdf

from artexport.exporters.pdf import PdfExporter
from artexport.exporters.pdf_post import PostOptions, postprocess
from artexport.model import Article, Heading, ListBlock, Paragraph, Quote, Span

# Written for these tests.
ENGLISH = ("The reading room opens every morning at nine, and volunteers record new "
           "audiobooks for readers who cannot hold a printed page.")
PERSIAN = "برنامه‌نویسان می‌خواهند کتاب‌ها را بخوانند."
ARABIC = "افتتحت المكتبة ركنًا جديدًا للكتب المسموعة يخدم القراء من جميع الأعمار."


def tree(pdf: pikepdf.Pdf) -> Iterator[tuple[int, pikepdf.Dictionary]]:
    """(depth, element) for every structure element, in document order."""
    def walk(node: object, depth: int) -> Iterator[tuple[int, pikepdf.Dictionary]]:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                yield from walk(kid, depth)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            yield depth, node
            yield from walk(node.get("/K"), depth + 1)
    yield from walk(pdf.Root.StructTreeRoot.get("/K"), 0)


def langs(data: bytes) -> list[tuple[str, str | None]]:
    """(type, /Lang) of every element carrying one or being a block, document order."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [(str(e.S)[1:], str(e.Lang) if "/Lang" in e else None) for _, e in tree(pdf)]


def render(html: str, **options: bool) -> bytes:
    from weasyprint import HTML

    data = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    fixed, _ = postprocess(data, lang="ar", html=html, options=PostOptions(**options))
    return fixed


PAGE = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>لغات</title>
<style>@page {{ size: A5 }}</style></head><body>
<h1>مقال بلغات عدة</h1>
<p>{ARABIC} يستخدمه الزوار عبر <bdi lang="en" dir="ltr">App Store</bdi> كل يوم.</p>
<p lang="en" dir="ltr">{ENGLISH}</p>
<blockquote lang="fa" dir="rtl"><p>{PERSIAN}</p><p>این کتاب‌ها رایگان هستند.</p></blockquote>
<ul lang="en" dir="ltr"><li>Large print books</li><li>Recorded stories</li></ul>
<h2 lang="en" dir="ltr">Hours</h2>
<p>{ARABIC}</p>
</body></html>"""


def test_blocks_in_another_language_get_lang_on_their_structure_element() -> None:
    found = langs(render(PAGE))
    with_lang = [(kind, lang) for kind, lang in found if lang]
    assert with_lang == [("NonStruct", "en"),  # <bdi lang="en">: WeasyPrint's element
                         ("P", "en"), ("BlockQuote", "fa"), ("L", "en"), ("H2", "en")]
    # the Arabic blocks say nothing: they are in the document's language
    assert [kind for kind, lang in found if kind in ("H1", "P") and not lang] == \
        ["H1", "P", "P", "P", "P"]  # h1, first p, two p inside the quote, last p


def test_descendants_inherit_instead_of_repeating_it() -> None:
    with pikepdf.open(io.BytesIO(render(PAGE))) as pdf:
        for _, element in tree(pdf):
            if element.S == "/BlockQuote":
                kids = [k for k in element.K if isinstance(k, pikepdf.Dictionary)]
                assert [str(k.S) for k in kids] == ["/P", "/P"]
                assert all("/Lang" not in k for k in kids)


def test_a_block_over_a_page_break_gets_lang_on_both_parts() -> None:
    long_english = " ".join([ENGLISH] * 14)
    html = PAGE.replace(f'<p lang="en" dir="ltr">{ENGLISH}</p>',
                        f'<p lang="en" dir="ltr">{long_english}</p>')
    data = render(html)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
        english = [e for _, e in tree(pdf) if e.S == "/P" and e.get("/Lang") == "en"]
        pages = {e.Pg.objgen for e in english}
    assert len(english) == 2 and len(pages) == 2


def test_the_step_can_be_turned_off() -> None:
    assert not [lang for _, lang in langs(render(PAGE, element_lang=False)) if lang]


def test_through_the_exporter_with_a_template_that_marks_block_languages(
        tmp_path: Path) -> None:
    """A hand-built Article whose blocks carry their language, rendered by the PDF
    exporter with a template that writes ``lang``/``dir`` on each such block (the
    contract the built-in template follows)."""
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "article.html.j2").write_text(
        '{% extends "!builtin/article.html.j2" %}{% block body %}'
        "{% for b in blocks %}"
        '{% set attrs %}{% if b.lang %} lang="{{ b.lang }}" dir="{{ b.direction }}"'
        "{% endif %}{% endset %}"
        "{% if b is kind('heading') %}<h{{ b.level }}{{ attrs }}>{{ b.spans|inline }}"
        "</h{{ b.level }}>"
        "{% elif b is kind('paragraph') %}<p{{ attrs }}>{{ b.spans|inline }}</p>"
        "{% elif b is kind('quote') %}<blockquote{{ attrs }}>"
        "{% for p in b.paragraphs %}<p>{{ p|inline }}</p>{% endfor %}</blockquote>"
        "{% elif b is kind('list') %}<ul{{ attrs }}>"
        "{% for i in b.items %}<li>{{ i|inline }}</li>{% endfor %}</ul>"
        "{% endif %}{% endfor %}{% endblock %}", encoding="utf-8")
    article = Article(
        slug="mixed", title="مقال بلغات عدة", lang="ar", direction="rtl",
        blocks=(Paragraph((Span(ARABIC),)),
                Heading(2, (Span("Opening hours"),), lang="en", direction="ltr"),
                Paragraph((Span(ENGLISH),), lang="en", direction="ltr"),
                Quote(((Span(PERSIAN),),), lang="fa", direction="rtl"),
                ListBlock(((Span("Large print books"),), (Span("Recorded stories"),)),
                          lang="en", direction="ltr"),
                Paragraph((Span(ARABIC),))))
    exporter = PdfExporter({"page_numbers": False, "running_head": False},
                           templates=templates)
    with pikepdf.open(io.BytesIO(exporter.render(article).data)) as pdf:
        marked = [(str(e.S)[1:], str(e.Lang)) for _, e in tree(pdf) if "/Lang" in e]
    assert marked == [("H2", "en"), ("P", "en"), ("BlockQuote", "fa"), ("L", "en")]
