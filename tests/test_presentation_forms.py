"""Arabic copied out of a PDF: presentation forms, each word stored in drawing order.
The loader gives every edition the letters in reading order; sentences written for
these tests, shaped here by the joining rules of Unicode's Arabic letters."""

from __future__ import annotations

import unicodedata
import warnings
from pathlib import Path

import pytest

from artexport import ArtexportWarning, load_article
from artexport.model import Paragraph, plain_text
from artexport.text.presentation_forms import arabic_letters

_RIGHT_JOINING = set("اأإآدذرزوؤة")  # join the letter before them only
_FORMS = {(unicodedata.decomposition(chr(cp)).split()[1],
           unicodedata.decomposition(chr(cp)).split()[0]): chr(cp)
          for cp in range(0xFE80, 0xFEFD)
          if unicodedata.decomposition(chr(cp)).startswith("<")
          and len(unicodedata.decomposition(chr(cp)).split()) == 2}


def _shaped(word: str) -> str:
    """``word`` (letters and marks, reading order) as presentation forms."""
    letters = [i for i, ch in enumerate(word) if unicodedata.category(ch) == "Lo"]
    out = list(word)
    for n, i in enumerate(letters):
        before = n > 0 and word[letters[n - 1]] not in _RIGHT_JOINING
        after = n + 1 < len(letters) and word[i] not in _RIGHT_JOINING
        shape = {(False, False): "<isolated>", (False, True): "<initial>",
                 (True, True): "<medial>", (True, False): "<final>"}[(before, after)]
        out[i] = _FORMS.get((f"{ord(word[i]):04X}", shape)) or \
            _FORMS[(f"{ord(word[i]):04X}", "<isolated>")]
    return "".join(out)


def drawn(text: str, *, marks_first: bool = True) -> str:
    """``text`` as a PDF's copy gives it: shaped, each word stored in drawing order."""
    words = []
    for word in text.split(" "):
        shaped = _shaped(word)
        if marks_first:
            words.append(shaped[::-1])
        else:
            clusters: list[str] = []
            for ch in shaped:
                if unicodedata.category(ch) == "Mn" and clusters:
                    clusters[-1] += ch
                else:
                    clusters.append(ch)
            words.append("".join(reversed(clusters)))
    return " ".join(words)


VOWELLED = unicodedata.normalize("NFC", "أَحْبِبْ جَارَكَ وَاحْفَظْ سِرَّهُ يَوْمًا بَعْدَ يَوْمٍ")
BARE = "قال مدير المدرسة إن الطلاب سيعودون إلى الفصول يوم الأحد"


@pytest.mark.parametrize("marks_first", [True, False])
def test_words_stored_in_drawing_order_come_back_in_reading_order(marks_first: bool) -> None:
    stored = drawn(VOWELLED, marks_first=marks_first)
    assert stored != VOWELLED and all(0xFB50 <= ord(c) <= 0xFEFC or c == " " or
                                      unicodedata.category(c) == "Mn" for c in stored)
    assert arabic_letters(stored) == VOWELLED
    assert arabic_letters(drawn(BARE)) == BARE


def test_forms_in_reading_order_become_letters_and_the_rest_is_left_alone() -> None:
    shaped = " ".join(_shaped(w) for w in BARE.split(" "))
    assert arabic_letters(shaped) == BARE
    assert arabic_letters("ﻻ") == "لا"
    # Latin words, punctuation and brackets beside drawn Arabic
    assert arabic_letters(f"Kata Nabi: {drawn(BARE)} (HR. Muslim)") == \
        f"Kata Nabi: {BARE} (HR. Muslim)"
    assert arabic_letters("صلى الله عليه وسلم ﷺ") == "صلى الله عليه وسلم ﷺ"  # a symbol
    plain = "نص عادي بلا أشكال"
    assert arabic_letters(plain) is plain


def test_a_page_quoting_arabic_copied_from_a_pdf(tmp_path: Path) -> None:
    """An Indonesian page quoting a saying copied from a PDF: every edition and the
    speech get the saying's letters in reading order (its voice spelled the glyph codes
    out, and the PDF held no Arabic letter)."""
    prose = ("<p>Para ulama sering mengingatkan kita untuk menjaga hubungan baik dengan "
             "tetangga dan menyimpan rahasia mereka, seperti dalam nasihat nomor {n}.</p>")
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='id'><head><title>Bertetangga dengan baik</title></head><body><article>"
        "<h1>Bertetangga dengan baik</h1>" + "".join(prose.format(n=n) for n in range(3)) +
        f"<p>{drawn(VOWELLED)}</p><p>{drawn(BARE)}</p>" +
        "".join(prose.format(n=n) for n in range(3, 6)) + "</article></body></html>",
        encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArtexportWarning)
        article = load_article(page)
    texts = [plain_text(b.spans) for b in article.blocks if isinstance(b, Paragraph)]
    assert VOWELLED in texts and BARE in texts
    quote = next(b for b in article.blocks if isinstance(b, Paragraph)
                 and plain_text(b.spans) == VOWELLED)
    assert quote.lang == "ar"
