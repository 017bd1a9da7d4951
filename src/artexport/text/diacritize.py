"""Short vowels for Arabic speech: a packaged neural diacritizer, run offline.

espeak-ng cannot guess the short vowels Arabic leaves unwritten: given bare text it says
"أجرت" as /ʔdʒrt/. :func:`diacritize` adds them with ``dengjen-tashkeel-py`` (an ONNX
model shipped inside its wheel, run by onnxruntime: no network, no download), so the
engine hears "أَجْرَتْ" and says /ʔadʒrat/.

What it leaves alone:

* the author's marks: a word that is already vowelled -- at least two of its letters,
  and :data:`VOWELLED_WORD_SHARE` of them, marked (Quran, poetry, a vowelled name) --
  is not given to the model at all, and on a word the model does vowel, a mark the
  author wrote wins over the model's (a shadda in news prose: "تقوّض"). The threshold,
  measured on the corpus, the seed and the examples: of 9,100 words of news prose 10
  are over it (0.1%: a vowelled word the author wanted read just so), of the heavily
  vowelled article with Quranic quotes 39% (736 of 1,901);
* the words of ``keep`` (the names the article gives as its authors...), Latin runs,
  digits and punctuation, exactly as they are.

Whitespace, punctuation and every non-Arabic character come back exactly as given: the
model's words are laid over the input's words (matched on their letters), and a word the
model changed beyond its vowels stays bare.

The model slows down past about a hundred words per call (0.03 s for 50 words, 0.45 s for
400) and refuses more than 12,000 characters, so text is given to it in pieces of at most
:data:`MAX_PIECE` characters, cut after punctuation or between words, and a line at a
time (across a blank line some text makes the binding panic: "14:30 دمشق\n\nعربات ...").
"""

from __future__ import annotations

import difflib
import functools
import importlib.metadata
import importlib.util
import re
import sys
import threading
import types
from collections.abc import Callable, Collection, Iterator

__all__ = ["MAX_PIECE", "VOWELLED_WORD_SHARE", "DiacritizerError", "diacritize",
           "diacritizer_version", "is_vowelled", "tashkeel_share", "vowelled_share"]

VOWELLED_WORD_SHARE = 0.5
MAX_PIECE = 400

_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
# the vowel marks proper (short vowels, tanween, shadda, sukun, dagger alef)
_VOWELS = "\u064b-\u0652\u0670"
WORD = re.compile(f"[{_LETTERS}][{_LETTERS}{_MARKS}\u0640]*")
_MARKED_LETTER = re.compile(f"[{_LETTERS}]([{_MARKS}]*)")
_VOWEL = re.compile(f"[{_VOWELS}]")
_SKELETON = str.maketrans("", "", "".join(
    chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670,
                     *range(0x06D6, 0x06EE), 0x0640]))
_CUT = re.compile(r"[.!?؟؛;،,:\n]+\s*")
_LINE_END = re.compile(r"(?<=\n)")

_lock = threading.Lock()


class DiacritizerError(ValueError):
    """The diacritizer refused a piece of text or could not run (the message says why)."""


def _marked_letters(word: str) -> tuple[int, int]:
    letters = _MARKED_LETTER.findall(word)
    return sum(1 for marks in letters if marks), len(letters)


def tashkeel_share(word: str) -> float:
    """The share of the letters of ``word`` that carry a mark (0 without letters)."""
    marked, letters = _marked_letters(word)
    return marked / letters if letters else 0.0


def is_vowelled(word: str) -> bool:
    """Whether ``word`` already carries its vowels: at least two of its letters, and
    :data:`VOWELLED_WORD_SHARE` of them, carry a mark ("كَتَبَ", "الْكِتَابُ"; not
    "لأنَّ", whose one marked letter is a hint)."""
    marked, letters = _marked_letters(word)
    return marked >= 2 and marked >= VOWELLED_WORD_SHARE * letters


def vowelled_share(text: str) -> float:
    """The share of Arabic words of ``text`` that carry at least one vowel mark (1.0 for
    text without Arabic words): what a listener-facing check counts."""
    words = WORD.findall(text)
    if not words:
        return 1.0
    return sum(1 for w in words if _VOWEL.search(w)) / len(words)


@functools.cache
def diacritizer_version() -> str:
    """The model package and its version: part of every cache key of vowelled text."""
    try:
        return f"dengjen-tashkeel-py {importlib.metadata.version('dengjen-tashkeel-py')}"
    except importlib.metadata.PackageNotFoundError:
        return "dengjen-tashkeel-py (not installed)"


def diacritize(text: str, *, keep: Collection[str] = ()) -> str:
    """``text`` with short vowels on its Arabic words (see the module docstring).

    Raises :class:`DiacritizerError` when the model is not installed or rejects the
    text; the caller decides what to say instead (the bare text).
    """
    words = WORD.findall(text)
    if not any(_needs_vowels(w, keep) for w in words):
        return text
    out: list[str] = []
    for piece in _pieces(text):
        if any(_needs_vowels(w, keep) for w in WORD.findall(piece)):
            piece = _merge(piece, _run_model(piece), keep)
        out.append(piece)
    return "".join(out)


def _needs_vowels(word: str, keep: Collection[str]) -> bool:
    return not is_vowelled(word) and word.translate(_SKELETON) not in keep


def _pieces(text: str) -> Iterator[str]:
    """``text`` cut into consecutive pieces: after every line break (the binding panics
    on some text across a blank line), then into at most MAX_PIECE characters, after
    punctuation where possible, else between words (a word longer than that alone)."""
    for line in _LINE_END.split(text):
        yield from _bounded(line)


def _bounded(text: str) -> Iterator[str]:
    start = 0
    while len(text) - start > MAX_PIECE:
        end = start + MAX_PIECE
        cut = max((m.end() for m in _CUT.finditer(text, start, end) if m.end() < end),
                  default=0)
        if cut <= start:
            space = text.rfind(" ", start, end)
            cut = space + 1 if space > start else end
        yield text[start:cut]
        start = cut
    if start < len(text):
        yield text[start:]


def _run_model(piece: str) -> str:
    try:
        tashkeel = _model()
    except (ImportError, RuntimeError) as e:  # RuntimeError: onnxruntime is broken
        raise DiacritizerError(f"the diacritizer is not available ({e}); install "
                               "dengjen-tashkeel-py") from e
    try:
        with _lock:  # one model per process; its session is not documented thread-safe
            return str(tashkeel(piece.strip()))  # the words are matched back (_merge)
    except (ValueError, RuntimeError) as e:
        raise DiacritizerError(f"the diacritizer rejected the text ({e})") from e
    except BaseException as e:
        # a Rust panic in the binding reaches Python as pyo3's PanicException, a
        # BaseException: it would go past every handler meant for a failed sentence
        if type(e).__name__ != "PanicException":
            raise
        raise DiacritizerError(f"the diacritizer failed on the text ({e})") from e


_import_lock = threading.Lock()


def _model() -> Callable[[str], object]:
    """The binding's ``tashkeel``, imported once.

    Importing the binding looks up the ``onnxruntime`` package only for its location
    (``__file__``: the C library beside it is what the binding loads). Importing that
    package for real also loads its own Python extension, a second onnxruntime, and
    numpy: 34 MB of every batch worker and 0.12 s of its start. So, unless something
    has imported it already, the binding is shown where the package is without running
    it; any failure that way falls back to the plain import.
    """
    with _import_lock:
        if "dengjen_tashkeel_py" in sys.modules or "onnxruntime" in sys.modules:
            from dengjen_tashkeel_py import tashkeel
            return tashkeel  # type: ignore[no-any-return]
        spec = importlib.util.find_spec("onnxruntime")
        if spec is not None and spec.origin is not None:
            where = types.ModuleType("onnxruntime")
            where.__file__ = spec.origin
            sys.modules["onnxruntime"] = where
            try:
                from dengjen_tashkeel_py import tashkeel
                return tashkeel  # type: ignore[no-any-return]
            except Exception:  # a binding that wants more of the package: import it
                sys.modules.pop("dengjen_tashkeel_py", None)
            finally:
                if sys.modules.get("onnxruntime") is where:
                    del sys.modules["onnxruntime"]
        from dengjen_tashkeel_py import tashkeel
        return tashkeel  # type: ignore[no-any-return]


def _merge(original: str, vowelled: str, keep: Collection[str]) -> str:
    """``original`` with each Arabic word replaced by the model's vowelled form of it,
    where the two match letter for letter and the word wants vowels."""
    spans = [m.span() for m in WORD.finditer(original)]
    theirs = WORD.findall(vowelled)
    mine = [original[a:b].translate(_SKELETON) for a, b in spans]
    matcher = difflib.SequenceMatcher(None, mine, [w.translate(_SKELETON) for w in theirs],
                                      autojunk=False)
    replace: dict[int, str] = {}
    for tag, i1, i2, j1, _ in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                replace[i1 + k] = theirs[j1 + k]
    out: list[str] = []
    pos = 0
    for n, (a, b) in enumerate(spans):
        word = original[a:b]
        out.append(original[pos:a])
        out.append(_overlay(word, replace[n]) if n in replace and _needs_vowels(word, keep)
                   else word)
        pos = b
    out.append(original[pos:])
    return "".join(out)


_LETTER_AND_MARKS = re.compile(f"([^{_MARKS}])([{_MARKS}]*)")
_SHADDA = "\u0651"


def _overlay(author: str, model: str) -> str:
    """The model's vowelled word with the author's own marks kept: a shadda the author
    wrote stays (the model sometimes misses one: "وعمّ"), and a vowel the author wrote on
    a letter wins over the model's."""
    theirs = _LETTER_AND_MARKS.findall(model)
    mine = _LETTER_AND_MARKS.findall(author.replace("\u0640", ""))
    if len(mine) != len(theirs) or not any(marks for _, marks in mine):
        return model
    out = []
    for (letter, own), (_, given) in zip(mine, theirs, strict=True):
        shadda = _SHADDA if _SHADDA in own or _SHADDA in given else ""
        vowel = own.replace(_SHADDA, "") or given.replace(_SHADDA, "")
        if shadda and vowel == "\u0652":
            vowel = ""  # a doubled letter has no sukun
        out.append(letter + shadda + vowel)
    return "".join(out)
