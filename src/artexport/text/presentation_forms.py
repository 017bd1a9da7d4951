"""Arabic written in presentation forms, as text copied out of a PDF often is.

A page that quotes Arabic copied from a PDF holds glyph codes, not letters: each letter
in its drawn shape (U+FB50-U+FDFF, U+FE70-U+FEFC: "ﺣ", the initial form of ح), and often
each word stored in the order it was drawn, right to left, marks included ("ْﺐِﺒْﺣَﺃ" for
أَحْبِبْ). Screen readers and speech engines spell such text letter by letter, search
cannot find it, and a PDF made from it holds no Arabic letters at all.

:func:`arabic_letters` gives the letters back: a word whose shapes say it is stored
backwards (it starts with a letter's final or medial shape, or ends with an initial
one: no word written in reading order can) is reversed, when the text's words say so
more often than not, and every presentation form becomes the letters it draws. The
word ligatures U+FDF0-U+FDFF (ﷺ, ﷲ) are kept: they are symbols a reader knows.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FORMS = re.compile("[\ufb50-\ufdcf\ufe70-\ufefc]+")
_WORD_WITH_FORMS = re.compile("[^\\s]*[\ufb50-\ufdcf\ufe70-\ufefc][^\\s]*")
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


@lru_cache(maxsize=1024)
def _shape(ch: str) -> str:
    """``initial``, ``medial``, ``final``, ``isolated`` or ``""`` (not a letter form)."""
    decomposition = unicodedata.decomposition(ch)
    return decomposition[1:decomposition.find(">")] if decomposition.startswith("<") else ""


def _backwards(word: str) -> bool | None:
    """Whether ``word`` is stored in drawing order (True), in reading order (False), or
    cannot tell (None: one letter, or letters that join no neighbour)."""
    shapes = [s for s in map(_shape, word) if s in ("initial", "medial", "final", "isolated")]
    if len(shapes) < 2:
        return None
    if shapes[0] in ("final", "medial") or shapes[-1] in ("initial", "medial"):
        return True
    if shapes[0] == "initial" or shapes[-1] == "final":
        return False
    return None


def _reversed(word: str, marks_first: bool) -> str:
    """``word`` in the other order, brackets mirrored. ``marks_first``: the word stores
    each mark before its letter (the drawing order: the whole word reverses); else after
    it (letters reverse, each with its marks)."""
    if marks_first:
        return word[::-1].translate(_MIRRORED)
    clusters = re.findall(r".[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]*", word, re.S)
    return "".join(reversed(clusters)).translate(_MIRRORED)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


@lru_cache(maxsize=1024)
def _letters(forms: str) -> str:
    # the isolated shapes of the marks (U+FE70...) decompose to a space and the mark
    return unicodedata.normalize("NFKC", forms).replace(" ", "")


def arabic_letters(text: str) -> str:
    """``text`` with its Arabic presentation forms as letters, in reading order (see the
    module's docstring), NFC; text without them comes back unchanged."""
    if not _FORMS.search(text):
        return text
    words = _WORD_WITH_FORMS.findall(text)
    votes = [v for v in map(_backwards, words) if v is not None]
    if votes.count(True) > votes.count(False):
        # stored marks first, a word can start with a mark and never ends with one
        marks_first = sum(_is_mark(w[0]) for w in words) >= sum(_is_mark(w[-1]) for w in words)
        text = _WORD_WITH_FORMS.sub(
            lambda m: _reversed(m.group(), marks_first) if _backwards(m.group()) is not False
            else m.group(), text)
    # NFC: reversed, a letter's marks may stand in another order than the canonical one
    return unicodedata.normalize("NFC", _FORMS.sub(lambda m: _letters(m.group()), text))


__all__ = ["arabic_letters"]
