"""The neural diacritizer (dengjen-tashkeel-py, the real ONNX model): bare Arabic gets
its vowels, vowelled text keeps the author's, everything that is not an Arabic word comes
back exactly, and text the model cannot take is split or refused with a clear error.
Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from artexport.text.diacritize import (
    MAX_PIECE,
    WORD,
    DiacritizerError,
    diacritize,
    is_vowelled,
    vowelled_share,
)

_MARKS = re.compile("[\u064b-\u065f\u0670]")


def bare(text: str) -> str:
    return _MARKS.sub("", text)


def test_bare_arabic_gets_its_vowels() -> None:
    text = "أجرت البلدية أعمال صيانة واسعة في الحديقة العامة خلال الشهر الماضي."
    vowelled = diacritize(text)
    assert bare(vowelled) == text  # the same letters, words and punctuation
    assert vowelled_share(text) == 0.0
    assert vowelled_share(vowelled) == 1.0
    assert vowelled.startswith("أَجْرَت")


def test_everything_but_arabic_words_comes_back_exactly() -> None:
    text = "قال مدير «المكتبة» في 2024: نعم!\nثم أضاف (Apple) و ABC-12 — 50%"
    vowelled = diacritize(text)
    assert bare(vowelled) == text
    assert re.sub(WORD, "", vowelled) == re.sub(WORD, "", text)


def test_the_authors_vowels_are_kept() -> None:
    # a fully vowelled quotation inside bare prose, and a shadda the author put on a word
    quote = "وَمَا تَوْفِيقِي إِلَّا بِاللَّهِ"
    text = f"وختم كلمته بقوله: {quote} وعمّ الفرح القاعة."
    vowelled = diacritize(text)
    assert quote in vowelled
    assert all(is_vowelled(w) for w in WORD.findall(quote))
    word = next(w for w in WORD.findall(vowelled) if bare(w) == "وعم")
    assert "\u0651" in word  # the author's shadda survives the model's reading


def test_fully_vowelled_text_is_returned_as_it_is() -> None:
    text = "كَتَبَ الطَّالِبُ دَرْسَهُ فِي الْمَسَاءِ."
    assert diacritize(text) == text


def test_kept_words_stay_bare() -> None:
    text = "قال المتحدث جووي هود إن الاجتماع انتهى."
    vowelled = diacritize(text, keep={"جووي", "هود"})
    assert " جووي هود " in vowelled
    assert vowelled != text


def test_text_beyond_the_models_limit_is_split_not_refused() -> None:
    sentence = "وتحدث الحاضرون عن أهمية القراءة للأطفال والكبار في كل مكان "
    text = sentence * 230  # about 13,500 characters without a full stop: over 12,000
    assert len(text) > 12_000
    vowelled = diacritize(text)
    assert bare(vowelled) == text
    assert vowelled_share(vowelled) > 0.95


def test_pieces_are_bounded() -> None:
    from artexport.text.diacritize import _pieces

    text = ("كلمة " * 300) + "، " + ("أخرى " * 300) + "x" * 900
    pieces = list(_pieces(text))
    assert "".join(pieces) == text
    assert all(len(p) <= MAX_PIECE for p in pieces)


def test_lines_go_to_the_model_one_at_a_time() -> None:
    # across a blank line, this text makes the binding itself panic (a Rust slice on a
    # byte inside a letter, raised as pyo3's PanicException, which is no Exception)
    text = "14:30 دمشق\n\nعربات (وكالات)\n\nإسطنبول"
    vowelled = diacritize(text)
    assert bare(vowelled) == text
    assert vowelled_share(vowelled) == 1.0


def test_a_panic_of_the_binding_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from dengjen_tashkeel_py import tashkeel

    from artexport.text import diacritize as module

    try:
        tashkeel("14:30 دمشق\n\nعربات (وكالات)\n\nإسطنبول")  # the binding, unguarded
    except BaseException as e:  # pyo3's PanicException: not importable by name
        panic = type(e)
    else:
        pytest.fail("the binding no longer panics here: the guard in _pieces may go")
    assert not issubclass(panic, Exception)

    def panicking(text: str) -> str:
        raise panic("index is not a char boundary")

    monkeypatch.setattr(module, "_model", lambda: panicking)
    with pytest.raises(DiacritizerError, match="failed on the text"):
        diacritize("نص عربي")


def test_text_the_model_cannot_take_is_one_clear_error() -> None:
    with pytest.raises(DiacritizerError, match="rejected the text"):
        diacritize("نص \ud800 عربي")  # a lone surrogate: the model cannot encode it


def test_missing_model_package_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "dengjen_tashkeel_py", None)
    with pytest.raises(DiacritizerError, match="install dengjen-tashkeel-py"):
        diacritize("نص عربي")


def test_the_model_loads_without_the_onnxruntime_python_package() -> None:
    """The binding needs only the package's location: a fresh process that vowels a
    sentence has not imported onnxruntime's Python side (a second onnxruntime) nor
    numpy, 34 MB of every batch worker."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from artexport.text.diacritize import diacritize\n"
            "print(diacritize('كتب الطالب الدرس'))\n"
            "print('onnxruntime' in sys.modules, 'numpy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout.splitlines()
    assert re.search("[\u064b-\u0652]", out[0])  # vowelled by the model
    assert out[1] == "False False"


def test_vowelled_word_threshold() -> None:
    assert is_vowelled("كَتَبَ")
    assert not is_vowelled("إنّ")  # one mark: a hint, not a vowelled word
    assert not is_vowelled("يومًا")
    assert not is_vowelled("كتب")
