"""Initialisms said letter by letter: what the engine is handed and what espeak-ng says.

The sentences are written for these tests, in the shapes news copy has ("the IMF",
"صندوق النقد الدولي (IMF)").
"""

from __future__ import annotations

import re

import pytest

from artexport.text.initialisms import is_initialism, speak_initialisms
from artexport.text.speech import SpeechOptions, speech_text
from listen_proxy import ESPEAK, ipa_lines


@pytest.mark.parametrize(("written", "said"), [
    ("The IMF met the IDF.", "The I.M.F. met the I.D.F."),
    ("NGOs asked the WHO and the UAE", "N.G.O.'s asked the W.H.O. and the U.A.E."),
    ("the IMF's view of FATF rules", "the I.M.F.'s view of F.A.T.F. rules"),
    # said as words, Roman numerals, words in capitals for stress, a headline in capitals
    ("NATO, NASA and FEMA", "NATO, NASA and FEMA"),
    # a film's name in capitals was "D.I.E. HARD"
    ("the DIE HARD story and the CIA", "the DIE HARD story and the C.I.A."),
    ("World War II and Henry VIII", "World War II and Henry VIII"),
    ("I do NOT agree, WHO said so?", "I do NOT agree, WHO said so?"),
    ("IMF CUTS GROWTH FORECAST AGAIN", "IMF CUTS GROWTH FORECAST AGAIN"),
    ("COVID-19 and the F-16", "COVID-19 and the F-16"),
])
def test_english_initialisms_are_written_with_dots(written: str, said: str) -> None:
    assert speak_initialisms(written, "en") == said


def test_arabic_sentences_say_the_letters_arabic_names() -> None:
    said = speech_text("قال صندوق النقد الدولي (IMF) إن مجموعة FATF وحلف NATO", "ar")
    assert "(أَايْ إِمْ إِفْ)" in said and "إِفْ إِيهْ تِيْ إِفْ" in said
    assert "NATO" in said  # a word: the English voice reads it
    # a model's letter before its number ("F-16"), said in Arabic with the number
    assert speech_text("طائرات F-16 الأمريكية", "ar") == "طائرات إِفْ ستة عشر الأمريكية"
    assert speech_text("منظومة S-400 الروسية", "ar") == "منظومة إِسْ أربعمئة الروسية"
    # capitals and a number that name a flight, a summit, a plane: in Arabic ("MH17" was
    # "MH seventeen" in English), but in a run of Latin words the English voice reads the
    # whole run, in one language
    assert speech_text("رحلة MH17 وتقرير IMF World Economic Outlook", "ar") == \
        "رحلة إِمْ إِتْشْ سبعة عشر وتقرير IMF World Economic Outlook"
    assert speech_text("هاتف Galaxy S24 الجديد", "ar") == "هاتف Galaxy S twenty-four الجديد"
    # latin="skip" drops Latin words; their names are not said either
    skipped = speech_text("قال صندوق النقد الدولي (IMF) أمس", "ar", SpeechOptions(latin="skip"))
    assert "إِمْ" not in skipped and "IMF" not in skipped


def test_the_test_of_a_word_said_letter_by_letter() -> None:
    assert all(map(is_initialism, ["IMF", "IDF", "FATF", "IAEA", "UNHCR", "OECD", "BBC"]))
    assert not any(map(is_initialism, ["NATO", "OSHA", "AIDS", "II", "XIV", "NOT", "ONLY"]))
    # names said as words whose letters do not look like an English word's
    assert not any(map(is_initialism, ["NVIDIA", "CAPTCHA"]))
    # a Gulf dateline's city in capitals ("RIYADH —" was "R.I.Y.A.D.H."): a "Y" before a
    # vowel is a consonant, and "DH" begins and ends transliterated names
    assert not any(map(is_initialism, ["RIYADH", "ABU", "DHABI", "DHAKA", "MAYOR"]))
    assert speech_text("RIYADH — The kingdom's GDP grew.", "en") == \
        "RIYADH, The kingdom's G.D.P. grew."
    assert all(map(is_initialism, ["NYU", "DHS", "DHL", "DHA"]))
    assert is_initialism("WHO", "data from the ") and not is_initialism("WHO", "asked ")


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
def test_espeak_names_the_letters() -> None:
    # before: "IMF" /ɪmf/, "IDF" /aɪdf/, "FATF" /fatf/ in both voices
    (english,) = ipa_lines([speech_text("The IMF and the IDF.", "en")], voice="en")
    (arabic,) = ipa_lines([speech_text("قال صندوق (IMF) ومجموعة FATF", "ar")])
    english = re.sub("[ˈˌ]", "", english)
    assert "aɪɛmɛf" in english.replace(" ", "") and "aɪdiːɛf" in english.replace(" ", "")
    arabic = re.sub("[ˈˌ]", "", arabic)
    assert "ʔaːj ʔim ʔif" in arabic and "ʔif ʔiːh tiː ʔif" in arabic
    assert "(en)" not in arabic
