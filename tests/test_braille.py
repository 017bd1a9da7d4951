"""The braille edition as a reader gets it: what is on the page, where, and in which
order, read back from the BRF with liblouis (through its own BRF display table).

The articles here are built in the test, in our own words. The whole-corpus measures
(back-translation similarity, page sizes, PEF structure) are in test_braille_fidelity.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from artexport import export
from artexport.errors import ArtexportWarning, ExportError
from artexport.model import (
    Article,
    Author,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
)

try:
    louis = importlib.import_module("artexport.exporters.braille.liblouis").LOUIS
except ImportError as e:  # LiblouisUnavailable: its message names the Debian packages
    from conftest import require

    require(False, "liblouis", str(e))

from artexport.edition import Edition, labels
from artexport.exporters.braille import BrailleExporter
from artexport.exporters.braille.tables import KNOWN_TABLES, LABELS, choose_code, label
from conftest import EXAMPLES
from test_braille_fidelity import (
    NUMBER_ROW,
    PEF,
    brf_pages,
    pef_problems,
    text_rows,
)

WHEN = datetime(2024, 3, 14, 9, 30, tzinfo=UTC)
_URDU_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")  # back-translation gives either


def para(text: str, **span: str) -> Paragraph:
    return Paragraph((Span(text, **span),))  # type: ignore[arg-type]


def article(lang: str, blocks: list[object], **meta: object) -> Article:
    meta.setdefault("title", "عنوان الخبر" if lang != "en" else "River News")
    return Article(slug="story", lang=lang, direction="ltr" if lang == "en" else "rtl",
                   blocks=tuple(blocks), **meta)  # type: ignore[arg-type]


def render(art: Article, **options: object) -> tuple[list[list[str]], bytes, list[str]]:
    """BRF pages, PEF bytes and the warnings of one rendering."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rendered = BrailleExporter(options).render(art)
    return (brf_pages(rendered.data), rendered.side_files[".pef"],
            [str(w.message) for w in caught if issubclass(w.category, ArtexportWarning)])


def read(rows: list[str], table: str) -> str:
    """Back-translate BRF rows (liblouis reads the Braille ASCII itself)."""
    return str(louis.backTranslateString(["en-us-brf.dis", table],
                                         " ".join(r.strip() for r in rows)))


def cells(text: str, table: str) -> str:
    """How liblouis writes ``text``, as Braille ASCII."""
    return str(louis.translateString(["en-us-brf.dis", table], text))


ARABIC = ("افتتحت المكتبة العامة في المدينة قاعة جديدة للقراءة تضم 25 مقعدا "
          "ورفوفا من الكتب المسموعة، وقالت مديرتها إن القاعة تفتح أبوابها كل صباح "
          "للطلاب والباحثين وكبار السن")
ENGLISH = ("Volunteers pulled 140 bags of rubbish from the river on Saturday, "
           "the largest haul since the clean-up began, and the council promised "
           "new bins along the towpath before the summer")


# ---- right to left: logical order, cells not mirrored ---------------------------------
def test_arabic_braille_reads_left_to_right_in_logical_order() -> None:
    pages, _, _ = render(article("ar", [para(ARABIC)]))
    rows = text_rows(pages)
    first = next(i for i, r in enumerate(rows) if re.match(r"^  \S", r))
    lines = [r for r in rows[first:] if r.strip()]
    assert len(lines) > 2  # the paragraph wraps: order across lines is tested too
    # The first cells of the paragraph are the first words, left to right, each word's
    # cells in reading order: "افتتحت" is alef, feh, teh, teh, hah, teh -> A F T T : T.
    assert cells("افتتحت", "ar-ar-g1.utb") == "AFTT:T"
    assert lines[0].split()[:4] == [cells(w, "ar-ar-g1.utb") for w in ARABIC.split()[:4]]
    # Not mirrored: beh is dots 1-2 ("B" in the second word), not its mirror, dots 4-5.
    assert "B" in lines[0].split()[1] and "^" not in lines[0]
    # Line by line, the words come back in the order they are read.
    western = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")  # the same cells either way
    assert read(lines, "ar-ar-g1.utb").translate(western).split() == ARABIC.split()


# ---- numbers, headings, paragraphs, lists, byline, dateline, captions ------------------
def test_numbers_carry_the_number_sign_in_both_digit_sets() -> None:
    pages, _, _ = render(article("ar", [para("اشترت 25 كتابا و٢٥ قصة")]))
    body = " ".join(text_rows(pages))
    assert body.count("#BE") == 2  # 25 and ٢٥: the number sign, then b e
    pages, _, _ = render(article("en", [para("They filled 140 bags.")]))
    assert "#ADJ" in " ".join(text_rows(pages))


def test_structure_a_braille_reader_needs() -> None:
    art = article("en", [
        para(ENGLISH),
        Heading(2, (Span("Next steps"),)),
        Heading(3, (Span("Bins"),)),
        ListBlock(((Span("more bins"),), (Span("a second clean-up"),)), ordered=True),
        ListBlock(((Span("gloves"),),)),
        Figure(Image("river.jpg", alt="Volunteers on the bank"),
               caption=(Span("Volunteers at the weir"),)),
        Quote(((Span("We will be back in May"),),), attribution=(Span("A volunteer"),)),
    ], authors=(Author("Jane Doe"), Author("Sam Lee")), dateline="OXFORD", published=WHEN)
    rows = text_rows(render(art)[0])
    table = "en-ueb-g1.ctb"
    # The title, centred, opens the text; byline and dateline follow it.
    assert rows[0].strip() == cells("River News", table)
    assert abs(rows[0].index(",") - (40 - len(rows[0].rstrip()))) <= 1
    assert read([rows[2]], table) == "By Jane Doe and Sam Lee"
    assert read([rows[3]], table) == "OXFORD"
    # A paragraph starts in cell 3; its runover lines in cell 1.
    start = rows.index(next(r for r in rows if r.startswith("  ,VOLUNTEERS")))
    assert not rows[start + 1].startswith(" ")
    # A main heading is centred after a blank line; a minor one starts in cell 5.
    main = rows.index(next(r for r in rows if r.strip() == cells("Next steps", table)))
    assert rows[main - 1] == "" and rows[main].startswith(" " * 14)
    minor = rows.index(next(r for r in rows if r.strip() == cells("Bins", table)))
    assert rows[minor - 1] == "" and rows[minor].startswith("    ,") \
        and not rows[minor].startswith("     ")
    # Lists keep their markers: 1. 2. for a numbered list, the bullet otherwise.
    assert read([rows[minor + 2]], table) == "1. more bins"
    assert read([rows[minor + 3]], table) == "2. a second clean-up"
    assert rows[minor + 5].startswith(cells("•", table) + " ")
    # The caption is marked as one, and set off in cell 5.
    caption = next(r for r in rows if "CAPTION" in r)
    assert caption.startswith("    ,") and read([caption], table) == \
        "Caption: Volunteers at the weir"


def test_words_are_never_split_but_an_overlong_one_is_hyphenated() -> None:
    url = "https://example.org/reports/2024/river-cleanup/volunteers/full-list"
    pages, _, _ = render(article("en", [para(ENGLISH + " " + ENGLISH), para(url)]))
    rows = [r for r in text_rows(pages) if r.strip()]
    vocabulary = set(read([cells(ENGLISH, "en-ueb-g1.ctb")], "en-ueb-g1.ctb").split())
    url_rows = rows[rows.index(next(r for r in rows if "HTTPS" in r)):]
    for row in rows:
        if row in url_rows or row.strip() == cells("River News", "en-ueb-g1.ctb"):
            continue
        assert set(read([row], "en-ueb-g1.ctb").split()) <= vocabulary, row
    assert len(url_rows) >= 2 and all(len(r) <= 40 for r in rows)
    joined = "".join(r.strip()[:-1] if r.rstrip().endswith("-") else r.strip()
                     for r in rows[rows.index(url_rows[0]):])
    assert read([joined], "en-ueb-g1.ctb") == url


def test_grade_2_contracts_and_grade_1_does_not() -> None:
    g1 = " ".join(text_rows(render(article("en", [para("the river and the council")]))[0]))
    g2 = " ".join(text_rows(render(article("en", [para("the river and the council")]),
                                   grade=2)[0]))
    assert "THE RIVER AND" in g1 and "! RIV] & !" in g2


# ---- pages --------------------------------------------------------------------------
def test_title_page_then_numbered_pages_where_the_language_puts_the_number() -> None:
    en = article("en", [para(ENGLISH)] * 12, authors=(Author("Jane Doe"),),
                 publisher="City News", published=WHEN)
    pages, _, _ = render(en)
    title = pages[0]
    assert read([title[0]], "en-ueb-g1.ctb") == "River News"
    assert "By Jane Doe" in read(title, "en-ueb-g1.ctb")
    assert "Published: Thursday 14 March 2024, 09:30" in read(title, "en-ueb-g1.ctb")
    assert "Braille edition, uncontracted, grade 1" in read(title, "en-ueb-g1.ctb")
    assert not any(NUMBER_ROW.match(r) for r in title)  # the title page has no number
    # English (BANA): the braille page number on line 25, at the right margin.
    assert [p[24] for p in pages[1:-1]] == [" " * (40 - len(n)) + n
                                           for n in ("#A", "#B", "#C")[:len(pages) - 2]]
    ar = article("ar", [para(ARABIC)] * 12)
    pages, _, _ = render(ar)
    # Arabic: the top line, at the right margin.
    assert pages[1][0] == " " * 38 + "#A" and pages[2][0] == " " * 38 + "#B"
    assert all(len(p) <= 25 and all(len(r) <= 40 for r in p) for p in pages)


def test_page_size_options_and_duplex() -> None:
    art = article("ar", [para(ARABIC)] * 6)
    pages, pef, _ = render(art, cells_per_line=32, lines_per_page=20, duplex=True)
    assert all(len(p) <= 20 and all(len(r) <= 32 for r in p) for p in pages)
    assert pages[1] == []  # a blank verso: the text starts on a right-hand page
    volume = etree.fromstring(pef).find(f"{PEF}body/{PEF}volume")
    assert volume is not None
    assert (volume.get("cols"), volume.get("rows"), volume.get("duplex")) == \
        ("32", "20", "true")
    assert len(volume) == 2 and pef_problems(pef) == []  # title section, text section


def test_bad_options_fail_with_one_clear_line() -> None:
    for options, says in [({"grade": "3"}, "grade must be 1 or 2"),
                          ({"cells_per_line": "4"}, "cells_per_line must be"),
                          ({"table": "no-such-table.utb"}, "cannot find or compile")]:
        with pytest.raises(ExportError, match=says) as caught:
            BrailleExporter(options).render(article("ar", [para(ARABIC)]))
        assert "\n" not in str(caught.value)


def test_a_table_override_is_used() -> None:
    pages, pef, _ = render(article("ar", [para("اشترت 25 كتابا")]), table="ar-ar-comp8.utb")
    assert "ar-ar-comp8.utb" in pef.decode()
    assert "#BE" not in " ".join(text_rows(pages))  # computer braille: no number sign


# ---- bad input ------------------------------------------------------------------------
def test_untranslatable_characters_are_reported_once_and_shown() -> None:
    art = article("en", [para("Snow ☃ fell, ☃ again"), para("A grin 😀 here")])
    pages, _, warned = render(art)
    assert len(warned) == 1
    assert "'☃' U+2603 x2" in warned[0] and "'😀' U+1F600 x1" in warned[0]
    assert "3 character(s)" in warned[0] and "en-ueb-g1.ctb" in warned[0]
    body = read(text_rows(pages), "en-ueb-g1.ctb")
    assert body.count("\\") >= 3  # liblouis's escape for each, not silence
    assert "fell" in body and "again" in body and "here" in body


def test_a_block_in_a_language_liblouis_lacks_does_not_lose_the_edition() -> None:
    art = article("ar", [para(ARABIC), Paragraph((Span("图书馆"),), lang="zh",
                                                 direction="ltr")])
    pages, _, warned = render(art)
    assert len(warned) == 2
    assert "no literary braille table for 'zh'" in warned[0] and "ar-ar-g1.utb" in warned[0]
    assert "'图' U+56FE x1" in warned[1]  # shown as escapes, and said so, once
    western = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
    body = read(text_rows(pages), "ar-ar-g1.utb").translate(western)
    assert " ".join(ARABIC.split()) in " ".join(body.split())
    escape = cells("图", "ar-ar-g1.utb")  # how liblouis shows it: its \\x56fe escape
    assert len(escape) > 3 and escape in " ".join(text_rows(pages))


def test_direction_marks_are_layout_not_text() -> None:
    plain, _, _ = render(article("ar", [para("قال المدير NASA اليوم")]))
    marked, _, warned = render(article("ar", [para("قال المدير \u2066NASA\u2069 اليوم\u200f")]))
    assert marked == plain and warned == []


def test_tatweel_stretches_print_and_is_no_braille() -> None:
    """"تطويــــل" is the word "تطويل" drawn long: a braille reader gets the word, not
    dashes inside it (nor after the "هـ" of a Hijri year)."""
    plain, _, _ = render(article("ar", [para("مقال طويل عن سنة 1436 ه")]))
    drawn, _, warned = render(article("ar", [para("مقال طويــــل عن سنة 1436 هـ")]))
    assert drawn == plain and warned == []


def test_arabic_separators_and_percent_are_written_as_the_signs_they_are() -> None:
    """"١٢٫٥" and "٢٬٥٠٠" and "٪٥٠" in an Arabic article: the Arabic tables define no
    cells for the Arabic decimal and thousands separators or percent sign; the number
    is written as "12.5", "2,500" and "%50" are, not with an escape inside it."""
    western, _, _ = render(article("ar", [para("نما 12.5 وبلغ 2,500 أي %50")]))
    eastern, _, warned = render(article("ar", [para("نما ١٢٫٥ وبلغ ٢٬٥٠٠ أي ٪٥٠")]))
    assert eastern == western and warned == []


def test_persian_forms_of_arabic_letters_are_written_as_those_letters() -> None:
    """Arabic typed on a Persian keyboard ("کتاب فی الیوم": keheh, Persian yeh): the
    Arabic tables have no cells for those code points; the words are written as "كتاب
    في اليوم" is, as the Persian table writes them, not with escapes."""
    arabic, _, _ = render(article("ar", [para("قرأ كتاب في اليوم")]))
    persian, _, warned = render(article("ar", [para("قرأ کتاب فی الیوم")]))
    assert persian == arabic and warned == []


def test_markup_in_the_text_stays_text_in_the_pef() -> None:
    title = "<script>alert(1)</script> & ]]> <!ENTITY x SYSTEM 'file:///etc/passwd'>"
    pages, pef, _ = render(article("en", [para(title)], title=title,
                                   authors=(Author("A & B <c>"),)))
    root = etree.fromstring(pef, etree.XMLParser(resolve_entities=False, no_network=True))
    assert pef_problems(pef) == []
    assert root.findtext("{*}head/{*}meta/{http://purl.org/dc/elements/1.1/}title") == title
    assert not [el for el in root.iter() if etree.QName(el).localname == "script"]
    assert read(text_rows(pages)[:1], "en-ueb-g1.ctb").startswith("<script>")


# ---- languages ------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "table"), [
    ("fa", "کتابخانه شهر امروز ۲۵ کتاب تازه خرید و درهایش را به روی همه باز کرد",
     "fa-ir-g1.utb"),
    ("ur", "شہر کی لائبریری نے آج 25 نئی کتابیں خریدیں اور اپنے دروازے سب کے لیے کھول دیے",
     "ur-pk-g1.utb"),
])
def test_persian_and_urdu(lang: str, text: str, table: str) -> None:
    pages, pef, warned = render(article(lang, [para(text)], authors=(Author("مریم"),),
                                        published=WHEN))
    assert warned == []  # the edition adds no sign the table cannot write (Urdu: no colon)
    assert f"table {table}" in pef.decode()
    assert "#BE" in " ".join(text_rows(pages))
    rows = text_rows(pages)
    by = labels(lang).by.rstrip(":")  # Urdu "تحریر:": the Urdu tables have no colon
    assert rows[2] == cells(f"{by} مریم", table)  # the byline


def test_byline_and_dates_are_the_ones_every_edition_prints() -> None:
    updated = datetime(2024, 3, 14, 18, 40, tzinfo=UTC)
    art = article("ar", [para(ARABIC)], published=WHEN, updated=updated,
                  authors=(Author("ليلى ناصر", role="محررة"), Author("سامي يوسف")))
    pages, _, warned = render(art)
    assert warned == []
    edition = Edition.of(art)
    # Digits: both digit sets are the same cells; liblouis reads them back Arabic-Indic.
    title = read(pages[0], "ar-ar-g1.utb").translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    for line in (edition.byline_text, *(d.line for d in edition.dates)):
        assert " ".join(line.split()) in " ".join(title.split()), line
    assert "(محررة)" in title and "آخر تحديث" in title
    rows = text_rows(pages)
    assert read([rows[2]], "ar-ar-g1.utb") == edition.byline_text  # and in the text


def test_urdu_byline_keeps_the_role_without_brackets_and_the_date_without_time() -> None:
    art = article("ur", [para("شہر کی لائبریری نے آج نئی کتابیں خریدیں")], published=WHEN,
                  authors=(Author("عائشہ ملک", role="نامہ نگار"),))
    pages, _, warned = render(art)
    assert warned == []  # no colon, no bracket: liblouis 3.24's Urdu tables have neither
    title = read(pages[0], "ur-pk-g1.utb")
    assert "تحریر عائشہ ملک، نامہ نگار" in title
    assert "تاریخ اشاعت جمعرات ۱۴ مارچ ۲۰۲۴" in title.translate(_URDU_DIGITS)


def test_persian_grade_2_falls_back_to_grade_1_and_says_so() -> None:
    _, pef, warned = render(article("fa", [para("کتابخانه شهر")]), grade=2)
    assert warned == ["story: braille: liblouis has no grade 2 table for 'fa'; grade 1 used"]
    assert "fa-ir-g1.utb, grade 1" in pef.decode()


def test_any_language_liblouis_knows() -> None:
    german = article("de", [para("Die Bibliothek hat heute 25 neue Bücher gekauft")],
                     title="Neue Bücher")
    _, pef, warned = render(german, grade=2)
    assert "de-g2.ctb" in pef.decode() and warned == []
    with pytest.raises(ExportError, match="no literary braille table for language 'zh'"):
        render(article("zh", [para("图书馆")], title="图书馆"))


def test_every_label_is_writable_by_its_tables() -> None:
    shared = ("by", "published", "updated", "image", "and", "list_sep")
    found = {lang: tuple(choose_code(lang, grade).tables[0] for grade in (1, 2))
             for lang in LABELS if lang not in KNOWN_TABLES}
    assert set(found) >= {"fr", "es", "de", "pt", "tr", "he"}
    for lang, (g1, g2) in {**KNOWN_TABLES, **found}.items():
        for table in filter(None, (g1, g2)):
            for key in (*LABELS[lang], *shared):
                if key == "bullet":
                    continue
                word = label(lang, key)
                if not louis.translateString([table], ":", mode=louis.noUndefined):
                    word = word.rstrip(":")  # the edition drops a colon the table lacks
                got = louis.translateString([table], word, mode=louis.noUndefined)
                full = louis.translateString([table], word)
                assert got == full, (lang, table, key, word)


# ---- files, and liblouis missing ------------------------------------------------------
def test_export_writes_brf_and_pef(tmp_path: Path) -> None:
    from artexport import load_article
    written = export(load_article(EXAMPLES / "ar-solar-explainer"), "braille", tmp_path)
    assert sorted(p.name for p in written) == ["ar-solar-explainer.brf",
                                               "ar-solar-explainer.pef"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


def test_without_liblouis_braille_is_unavailable_and_the_rest_works(tmp_path: Path) -> None:
    env = {**os.environ, "ARTEXPORT_LOUIS": str(tmp_path / "no-liblouis")}
    cli = [sys.executable, "-m", "artexport"]
    listing = subprocess.run([*cli, "formats"], env=env, capture_output=True, text=True,
                             check=False)
    braille = [line for line in listing.stdout.splitlines() if line.startswith("braille")]
    assert len(braille) == 1 and "braille is unavailable" in braille[0]
    assert "liblouis20" in braille[0]
    assert all(any(line.startswith(f) for line in listing.stdout.splitlines())
               for f in ("html", "pdf", "epub", "audio"))
    source = EXAMPLES / "en-river-cleanup"
    failed = subprocess.run([*cli, "convert", str(source), "-f", "braille", "-o",
                             str(tmp_path / "out")], env=env, capture_output=True,
                            text=True, check=False)
    assert failed.returncode == 1
    assert len(failed.stderr.strip().splitlines()) == 1
    assert "braille is unavailable" in failed.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    worked = subprocess.run([*cli, "convert", str(source), "-f", "html", "-o",
                             str(tmp_path / "html")], env=env, capture_output=True,
                            text=True, check=False)
    assert worked.returncode == 0, worked.stderr
    assert (tmp_path / "html" / "en-river-cleanup.html").is_file()



@pytest.mark.parametrize("code", [False, True])
def test_preformatted_text_keeps_its_blanks(code: bool) -> None:
    """A <pre>'s columns ("2024   50") and a program's indentation were collapsed to one
    space: "2024 50" is one number in braille (a numeric space), and code lost its
    nesting."""
    text = "def f():\n    return 1" if code else "Year   Votes\n2024   50"
    pages, _, _ = render(article("en", [Preformatted(text, code=code)]))
    rows = [r.rstrip() for page in pages for r in page]
    for line in text.splitlines():
        assert cells(line, "en-ueb-g1.ctb").rstrip() in rows, line
