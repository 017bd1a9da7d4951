"""Arabic typed with other keyboards' letters: what the Arabic voice is handed and says.

The words are written for these tests, in the shapes Arabic takes when typed on a
Persian keyboard ("علی", "حتی", "الإیرانی") or with regional letters (ڤ, ڨ, چ).
"""

from __future__ import annotations

import pytest

from artexport.text.arabic_spelling import arabic_spelling
from artexport.text.speech import speech_text
from listen_proxy import ESPEAK, ipa_lines

PERSIAN_YEH, KEHEH = "\u06cc", "\u06a9"


@pytest.mark.parametrize(("typed", "read"), [
    ("وقف علی الباب حتی المساء", "وقف على الباب حتى المساء"),
    ("الرئیس الإیرانی", "الرئيس الإيراني"),
    ("في المرحلة الأخری وعلی المستوی الکبیر", "في المرحلة الأخرى وعلى المستوى الكبير"),
    ("قال لدی وصوله إلی طهران", "قال لدى وصوله إلى طهران"),
    ("ڤيتامين من ڨالمة", "فيتامين من گالمة"),
    ("شارع چمران", "شارع تشمران"),
    ("ہذا", "هذا"),
])
def test_arabic_speech_text_has_the_arabic_letters(typed: str, read: str) -> None:
    assert arabic_spelling(typed) == read
    said = speech_text(typed, "ar")
    assert said == read
    assert PERSIAN_YEH not in said and KEHEH not in said


def test_persian_and_urdu_keep_their_letters() -> None:
    for lang, text in (("fa", "کتاب علی در ایران"), ("ur", "یہ کتاب ہے")):
        assert speech_text(text, lang) == text


def test_text_without_such_letters_is_the_same_object() -> None:
    text = "نص عربي لا يحتاج إلى تغيير"
    assert arabic_spelling(text) is text


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
def test_the_arabic_voice_says_the_letters_instead_of_naming_or_dropping_them() -> None:
    # before: "علی" was /ʕ l/ + "Farsi ye" said by the English voice, "کان" was /aːn/,
    # "ڤيتامين" /itaːmiːna/ and "چمران" /mraːn/
    cases = [("علی", "ʕˈalaː"), ("کان", "k"), ("ڤيتامين", "f"), ("ڨالمة", "ɡ"),
             ("چمران", "tʃ"), ("إیران", "ʔiːraːn")]
    said = ipa_lines([speech_text(word, "ar") for word, _ in cases])
    for (word, sound), ipa in zip(cases, said, strict=True):
        assert "(en)" not in ipa and "fˈɑːsi" not in ipa, (word, ipa)
        assert sound in ipa.replace("ˈ", "").replace("ˌ", "") or sound in ipa, (word, ipa)


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("lang", ["ar", "fa", "ur"])
def test_pashto_and_kurdish_letters_are_not_spelled_by_their_codes(lang: str) -> None:
    """A Pashto or Kurdish name ("لښکرګاه", "هەولێر", "ړنګ") made each voice spell the word
    letter by letter and the letter by its code point ("letter 6 A B"): the nearest
    letter of the voice's own language is written."""
    names = ["لښکرګاه", "هەولێر", "ړنګ", "څارنوال", "ڕانیە", "ډیورنډ"]
    for name, ipa in zip(names, ipa_lines([speech_text(n, lang) for n in names], lang),
                         strict=True):
        assert "lˈetə" not in ipa and "lˌɛtə" not in ipa, (lang, name, ipa)
