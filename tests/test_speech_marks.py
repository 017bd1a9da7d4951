"""Vowelled and Quranic (Uthmani) Arabic as espeak-ng reads it: every mark of
U+0610-U+061A, U+064B-U+065F, U+0670 and U+06D6-U+06ED has a speech mapping, and the
engine's IPA (real espeak-ng, ``-v ar --ipa``) shows words, not letter names, with the
vowels kept. The verses are quoted from the Quran in the Uthmani spelling (public
domain); the other sentences were written for these tests."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artexport.text.speech import speech_text
from artexport.text.speech_marks import (
    ALL_MARKS,
    READABLE_MARKS,
    engine_spelling,
    pausal_forms,
    readable_marks,
    speakable_marks,
)
from conftest import require
from listen_proxy import ESPEAK, ipa_lines, letter_readings

require(ESPEAK, "espeak-ng", "scripts/system-deps.sh test (Debian espeak-ng)")

VERSES = [
    "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ",  # 1:1
    "ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًى لِّلْمُتَّقِينَ",  # 2:2
    "أُو۟لَٰٓئِكَ عَلَىٰ هُدًى مِّن رَّبِّهِمْ ۖ وَأُو۟لَٰٓئِكَ هُمُ ٱلْمُفْلِحُونَ",  # 2:5
    "وَأَقِيمُوا۟ ٱلصَّلَوٰةَ وَءَاتُوا۟ ٱلزَّكَوٰةَ",  # 2:43
    "وَإِذْ أَخَذْنَا مِيثَٰقَ بَنِىٓ إِسْرَٰٓءِيلَ لَا تَعْبُدُونَ إِلَّا ٱللَّهَ",  # 2:83
    "إِنَّهُۥ هُوَ ٱلسَّمِيعُ ٱلْعَلِيمُ",  # 8:61
]
_VOWELS = re.compile("[aeiuoəɑː]")


def _words(text: str) -> list[str]:
    return re.findall(r"\S+", text)


def test_every_mark_of_the_ranges_becomes_a_readable_mark_or_letters() -> None:
    assert len(ALL_MARKS) == 11 + 21 + 1 + 24
    for mark in sorted(ALL_MARKS):
        word = "كَ" + mark + "تَبَ"
        out = speakable_marks(word)
        left = {ch for ch in out if unicodedata.category(ch) == "Mn"}
        assert left <= READABLE_MARKS, (f"U+{ord(mark):04X}", out)


def test_no_mark_makes_espeak_spell_the_word() -> None:
    """One line per mark: the word with that mark, through the speech text; espeak-ng
    says a word (no "letter ..." and no letter-by-letter reading)."""
    marks = sorted(ALL_MARKS - {"\u06dd", "\u06de", "\u06e9"})  # not marks: signs
    lines = [speech_text(f"كَتَبَ{m} الْوَلَدُ", "ar") for m in marks]
    before = ipa_lines([f"كَتَبَ{m} الْوَلَدُ" for m in marks])
    after = ipa_lines(lines)
    spelled_before = [f"U+{ord(m):04X}" for m, i in zip(marks, before, strict=True)
                      if "lˈetə" in i]
    assert len(spelled_before) > 20  # what the engine does with them unmapped
    for mark, line, ipa in zip(marks, lines, after, strict=True):
        assert "lˈetə" not in ipa, (f"U+{ord(mark):04X}", line, ipa)
        assert len(ipa.split()) >= 2, (f"U+{ord(mark):04X}", line, ipa)


@pytest.mark.parametrize("verse", VERSES)
def test_quranic_verse_is_read_as_words_with_its_vowels(verse: str) -> None:
    spoken = speech_text(verse, "ar")
    assert letter_readings(spoken) == [], spoken
    (ipa,) = ipa_lines([spoken])
    words = _words(spoken)
    assert len(ipa.split()) == len(words), (spoken, ipa)
    # every word keeps its vowels: a vowel mark in the text, a vowel in the IPA
    assert all(re.search("[\u064b-\u0650]", w) for w in words), spoken
    assert all(_VOWELS.search(w) for w in ipa.split()), ipa


def test_unmapped_verse_was_spelled_out() -> None:
    """The issue's complaint, measured: before the mapping espeak-ng spells words of
    these verses letter by letter; after it, none."""
    spelled = sum(len(letter_readings(unicodedata.normalize("NFC", v))) for v in VERSES)
    assert spelled >= 5
    assert sum(len(letter_readings(speech_text(v, "ar"))) for v in VERSES) == 0


@pytest.mark.parametrize(("written", "expected"), [
    ("ذَٰلِكَ", "ذَالِكَ"),  # dagger alef: a long a
    ("عَلَىٰ", "عَلَى"),  # on alef maksura it adds nothing
    ("ٱلصَّلَوٰةَ", "الصَّلَاةَ"),  # a vowelless waw with the dagger alef reads as alef
    ("وَٰلِدَيْهِ", "وَالِدَيْهِ"),  # a waw with its own vowel stays a consonant
    ("فِى", "فِي"),  # alef maksura after a kasra is a yeh
    ("بَنِىٓ", "بَنِي"),  # madda on a yeh: dropped
    ("وَءَاتُوا۟", "وَءَاتُو"),  # U+06DF: the letter is silent
    ("إِنَّهُۥ", "إِنَّهُو"),  # small waw: a long u
    ("مِنۡ", "مِنْ"),  # Uthmani sukun
    ("مُحَمَّدٌ ﷺ", "مُحَمَّدٌ صَلَّى اللَّاهُ عَلَيْهِ وَسَلَّمَ"),
])
def test_mark_readings(written: str, expected: str) -> None:
    # the shadda is written before its letter's vowel, the order espeak-ng reads
    assert speakable_marks(unicodedata.normalize("NFC", written)) == \
        re.sub("([\u064b-\u0650])\u0651", "\u0651\\1", unicodedata.normalize("NFC", expected))


def test_shadda_before_the_vowel_keeps_the_vowel() -> None:
    nfc = unicodedata.normalize("NFC", "مُحَمَّدٌ")  # NFC puts the fatha before the shadda
    assert nfc.index("\u064e", 3) < nfc.index("\u0651")
    heard_nfc, heard = ipa_lines([nfc, speakable_marks(nfc)])
    assert "mmd" in heard_nfc.replace("ˈ", "").replace("ˌ", "")  # the vowel is lost
    assert "mmad" in heard.replace("ˈ", "").replace("ˌ", "")


def test_plain_and_already_readable_text_is_unchanged() -> None:
    for text in ("هطلت أمطار غزيرة.", "كَتَبَ الْوَلَدُ الدَّرْسَ", "English text", ""):
        assert speakable_marks(speakable_marks(text)) == speakable_marks(text)
    assert speakable_marks("هطلت أمطار غزيرة.") == "هطلت أمطار غزيرة."


@pytest.mark.parametrize("written", ["اللَّهُ", "والله", "بالله", "لله", "وَلِلَّهِ",
                                     "ٱللَّهِ", "فَاللَّهُ", "اللَّهُمَّ", "الله"])
def test_the_name_of_god_is_said_with_its_long_a(written: str) -> None:
    (ipa,) = ipa_lines([speech_text(written, "ar")])
    assert "laːh" in ipa.replace("ˈ", "").replace("ˌ", ""), (written, ipa)


def test_words_that_only_begin_like_the_name_are_left_alone() -> None:
    for word in ("اللهب", "اللهو", "عبدالله"):
        assert speakable_marks(word) == word
    # vowelled by the diacritizer: "for the authority", "for the phone", "and the
    # amusement", "for guidance" -- a vowel on the heh is not the end of the name
    for word in ("لِلْهَيْئَةِ", "لِلْهَاتِفِ", "وَاللَّهْوَ", "لِلْهِدَايَة"):
        assert "\u0627\u0647" not in speakable_marks(word), word  # no long a before the heh


def test_tanween_fath_on_the_alef_is_heard() -> None:
    """"أيضاً" (tanween on the alef, as most news is typed) is heard /ʔajdˤaː/ without
    its n; written on the letter before the alef it is /ʔajdˤan/. A word the model and
    the author both marked ("رِيَالًاً") says its tanween once."""
    words = ["أيضاً", "جدّاً", "ريالاً", "رِيَالًاً", "صباحاً"]
    out = [speakable_marks(w) for w in words]
    # ("رِـيَال": a tatweel marks the yeh a glide, see the next tests)
    assert out == ["أيض\u064bا", "جد\u0651\u064bا", "ريال\u064bا", "رِ\u0640يَال\u064bا",
                   "صباح\u064bا"]
    for word, ipa in zip(words, ipa_lines(out), strict=True):
        assert ipa.rstrip("ˌˈ").endswith("n"), (word, ipa)


def test_a_doubled_yeh_or_waw_is_heard_as_a_glide() -> None:
    """A doubled yeh or waw before a vowel ("قَضِيَّةٌ", "قُوَّةٌ", "أَيَّامٍ", the nisba
    "الْعَسْكَرِيَّةُ") was read as a bare vowel, /qadˤiːatun/; written as its two letters
    the glide is heard; with tanween, its n is written too ("عَرَبِيْيُنْ")."""
    words = ["قَضِيَّةٌ", "قُوَّةٌ", "أَيَّامٍ", "الْعَسْكَرِيَّةُ", "الْأَوَّلِ"]
    glides = ["j", "w", "j", "j", "w"]
    nfc = [unicodedata.normalize("NFC", w) for w in words]
    before = ipa_lines([re.sub("([\u064b-\u0650])\u0651", "\u0651\\1", w) for w in nfc])
    after = ipa_lines([speakable_marks(w) for w in nfc])
    for word, glide, old, new in zip(words, glides, before, after, strict=True):
        assert glide not in old.replace("dʒ", ""), (word, old)
        assert re.search(f"[aiuː]{glide}[aiu]", new.replace("ˈ", "").replace("ˌ", "")), \
            (word, new)
    assert speakable_marks(unicodedata.normalize("NFC", "عَرَبِيٌّ")) == "عَرَبِيْيُنْ"


# (vowelled word as the diacritizer writes it, what espeak-ng said before, what it says)
GLIDES_AND_SILENT_ALEFS = [
    ("وَيَقُولُ", "waiaq", "wajaq"),  # a yeh with its vowel after a vowelled letter
    ("هُوَ", "huːa", "huwa"),
    ("سِيَاسَةٌ", "siːaːs", "sijaːs"),
    ("مُوَاطِنٌ", "muːaːt", "muwaːt"),
    ("الْحَيَوَانُ", "ħaiauaːn", "ħajawaːn"),
    ("الْآيَاتِ", "ʔaːiːaːt", "ʔaːjaːt"),  # after an alef madda
    ("رَسْمِيًّا", "rasmiːan", "rasmiːjan"),  # a yeh with tanween after a kasra
    ("صَحَفِيٍّ", "afiːin", "afiː"),  # ... with a kasra: its pause form (not "-iːjiːn")
    ("بِاسْمِ", "biaːsm", "bism"),  # a hamzat wasl after a kasra
    ("الِاسْتِخْدَامِ", "aliaːst", "alist"),
    ("بِالنَّجَاحِ", "biaːnn", "binnadʒ"),  # and the article's lam before a sun letter
    ("مِائَةِ", "miaːʔ", "miʔa"),  # the old spelling of مئة
    ("وَاسْتَمَرَّ", "waːstam", "wastam"),  # a hamzat wasl after "وَ"
    ("فَانْتَظَرَ", "faːnt", "fant"),
    # a verb of form VIII from a root in lam, and its noun: the l was lost (/wataqaː/)
    ("وَالْتَقَى", "wataq", "waltaq"),
    ("فَالْتَفَتَ", "fataf", "faltaf"),
    ("وَالْتِزَامًا", "watiz", "waltiz"),
    # the article's kasra before a hamzat wasl, after "وَ" (/waːlistixdaːmi/)
    ("وَالِاسْتِخْدَامِ", "waːl", "walist"),
    ("قَالُوا", "qaːluːaː", "qaːluː"),  # the alef after a plural verb's waw
    ("وَلاَ", "walaːa", "walaː"),  # a fatha typed on the alef
]


def test_glides_and_silent_alefs_are_said_as_a_reader_says_them() -> None:
    words = [unicodedata.normalize("NFC", w) for w, _, _ in GLIDES_AND_SILENT_ALEFS]
    # before: only the order of the shadda and the vowel mended
    before = ipa_lines([re.sub("([\u064b-\u0650])\u0651", "\u0651\\1", w) for w in words])
    after = ipa_lines([speakable_marks(w) for w in words])
    for (word, old, new), was, now in zip(GLIDES_AND_SILENT_ALEFS, before, after,
                                          strict=True):
        was, now = (re.sub("[ˈˌ.]", "", x) for x in (was, now))
        assert old in was, (word, was)
        assert new in now and old not in now, (word, now)


def test_a_names_long_alef_after_a_conjunction_letter_stays() -> None:
    """"كَارْلُو", "وَارْسُو", "كَاتْرِين": "كَ", "وَ" or "فَ" and a name's long alef, not a
    hamzat wasl: espeak-ng said /karlu/ and /warsu/ once the alef was dropped; the verbs
    and nouns whose alef is a wasl still lose it."""
    names = ["كَارْلُو", "وَارْسُو", "كَاتْرِين", "وَاسْ", "وَالِدُهُ"]  # (واس: the agency)
    assert [speakable_marks(w) for w in names] == names
    wasl = [unicodedata.normalize("NFC", w) for w in
            ["وَاشْتَرَى", "وَاعْتَبَرَ", "وَازْدَادَ", "وَابْنُهُ", "وَاثْنَانِ", "وَاتَّفَقَ",
             # a form I imperative after "وَ"/"فَ" (an explainer's "واحسب", the Quran's)
             "وَاحْسُبْ", "وَاسْأَلْ", "فَاخْشَوْهُمْ", "وَاعْلَمْ"]]
    assert [speakable_marks(w).count("ا") for w in wasl] == [w.count("ا") - 1 for w in wasl]
    said = ipa_lines(names)
    assert all("aː" in re.sub("[ˈˌ.]", "", ipa) for ipa in said[:2]), said


@pytest.mark.parametrize(("vowelled", "paused"), [
    ("ذَهَبَ إِلَى الْمَدِينَةِ.", "ذَهَبَ إِلَى الْمَدِينَهْ."),  # teh marbuta: /ah/
    ("هَذَا كِتَابٌ", "هَذَا كِتَابْ"),  # the end of the text is a pause too
    ("قَرَأْتُ كِتَابًا.", "قَرَأْتُ كِتَابَا."),  # tanween fath: a long a
    ("هَذَا حَقٌّ؟", "هَذَا حَقّ؟"),
    ("وَصَلَ الْوَفْدُ؛ ثُمَّ غَادَرَ.", "وَصَلَ الْوَفْدْ؛ ثُمَّ غَادَرْ."),
    # a comma and a colon are no pause; a word that ends long stays
    ("الْحَيَاةُ جَمِيلَةٌ، وَهَذَا", "الْحَيَاةُ جَمِيلَةٌ، وَهَذَا"),
    ("قَالَ: «نَعَمْ»", "قَالَ: «نَعَمْ»"),
])
def test_the_word_before_a_pause_is_said_in_its_pausal_form(vowelled: str, paused: str) -> None:
    text = readable_marks(unicodedata.normalize("NFC", vowelled))
    assert engine_spelling(pausal_forms(text)) == \
        speakable_marks(unicodedata.normalize("NFC", paused))


def test_a_reader_stops_on_the_last_word() -> None:
    # before: /almadiːnati/, the case ending the diacritizer guessed said at the stop
    (was, now) = ipa_lines(["فِي الْمَدِينَةِ.",
                            engine_spelling(pausal_forms("فِي الْمَدِينَةِ."))])
    assert re.sub("[ˈˌ]", "", was).endswith("almadiːnati")
    assert re.sub("[ˈˌ]", "", now).endswith("almadiːnah")


# vowelled words as a writer or the diacritizer writes them: each letter with at most a
# shadda and one vowel mark (a sukun, a short vowel or tanween)
_MARKED_LETTER = st.tuples(st.sampled_from(list("ابتةثجحدرسعفقكلمنهويىأإآءئؤ")),
                           st.sampled_from(["", "\u0651"]),
                           st.sampled_from([""] + [chr(c) for c in range(0x064B, 0x0653)]))
_VOWELLED_WORD = st.lists(_MARKED_LETTER, min_size=1, max_size=8).map(
    lambda letters: "".join("".join(parts) for parts in letters))
_VOWELLED_TEXT = st.lists(st.tuples(_VOWELLED_WORD, st.sampled_from([" ", ". ", "، ", "؟ "])),
                          max_size=8).map(lambda ws: "".join(w + sep for w, sep in ws))


@given(_VOWELLED_TEXT)
@settings(max_examples=300, deadline=None)
def test_marks_and_pauses_keep_the_text_around_the_words(text: str) -> None:
    """Any vowelled text: the engine text holds only the marks espeak-ng reads (and the
    tatweels that mark a glide), and its spaces and punctuation are the text's own."""
    said = engine_spelling(pausal_forms(readable_marks(text)))
    marks = {ch for ch in said if unicodedata.category(ch) == "Mn"}
    assert marks <= READABLE_MARKS
    outside = re.compile("[\u0621-\u065f\u0670-\u06ff]")
    assert outside.sub("", said) == outside.sub("", text).replace("\u0640", "")


@pytest.mark.parametrize(("lang", "written", "heard"), [
    # tanween on the alef, which Arabic moves to the letter before it, and the name of God
    ("fa", "کاملاً", "kɑmelan"), ("fa", "لطفاً", "lotfan"), ("fa", "الله", "aːllɑh"),
    ("ur", "کاملاً", "kaːmɪlan"),
    # the ezafe's hamza and a dagger alef, which Arabic respells ("جلسهء" /dʒalaseːʔ/,
    # "موسیا" /muːsiɑ/)
    ("fa", "جلسهٔ", "dʒalaseːje"), ("fa", "موسیٰ", "muːsɑ"),
])
def test_persian_and_urdu_keep_their_marks_as_written(lang: str, written: str,
                                                      heard: str) -> None:
    # respelled for the Arabic voice ("کاملًا", "اللَّاه"), the Persian voice said
    # /kɑmalanɑ/ and the Urdu one named the marks one by one
    said = speech_text(written, lang)
    assert said == written
    (ipa,) = ipa_lines([said], voice=lang)
    assert "taʃdid" not in ipa
    assert re.sub("[ˈˌ]", "", ipa) == heard


def test_honorifics_and_titles_in_persian_and_urdu() -> None:
    # the Arabic words of "ﷺ", vowelled, had the Persian voice say "tashdid" and the Urdu
    # one the marks' names; the Urdu voice says the sign itself
    assert speech_text("پیامبر ﷺ فرمود", "fa") == "پیامبر صلی الله علیه و سلم فرمود"
    assert speech_text("نبی ﷺ نے فرمایا", "ur") == "نبی ﷺ نے فرمایا"
    # written on its word, the sign had the Urdu voice spell the word letter by letter
    # ("عمرؓ": "ain meem re radi-allahu anhu"); set apart, the voice says both
    assert speech_text("حضرت عمرؓ نے فرمایا", "ur") == "حضرت عمر ؓ نے فرمایا"
    assert speech_text("نبیﷺ کی سیرت اور امام ابو حنیفہؒ", "ur") == \
        "نبی ﷺ کی سیرت اور امام ابو حنیفہ ؒ"
    # the takhallus sign on a pen name is not said (the name was spelled, then "takhallus")
    assert speech_text("مرزا غالبؔ کا شعر", "ur") == "مرزا غالب کا شعر"
    assert speech_text("غالبؔ شاعر بود", "fa") == "غالب شاعر بود"
    # Arabic titles are Arabic's: "م." was "المهندس" in Persian and Urdu text
    assert speech_text("آقای م. حسینی گفت", "fa") == "آقای م. حسینی گفت"
    # Latin initialisms stay as written: the Persian and Urdu voices read "I.R." /er/
    # and "U.S.D." /U S D D/ (the English voice spells the dotted form)
    assert speech_text("صد USD و IR", "fa") == "صد USD و IR"
