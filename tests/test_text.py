"""Language detection, bidi isolation and reader dates: the text helpers every edition
shares."""

from __future__ import annotations

from datetime import datetime

import pytest

from artexport.model import Span
from artexport.text.bidi import isolate_runs, merge_adjacent, normalise_text
from artexport.text.dates import reader_date
from artexport.text.lang import detect_language, direction_of


@pytest.mark.parametrize(("text", "lang"), [
    ("أعلنت الوزارة أن المدارس ستفتح أبوابها في الموعد المحدد.", "ar"),
    ("برنامه‌نویسان این ویرایشگر را برای کارهای روزانه انتخاب می‌کنند.", "fa"),
    ("حکومت نے اعلان کیا ہے کہ اسکول اپنے وقت پر کھلیں گے اور بچے واپس آئیں گے۔", "ur"),
    ("The council said the bridge will reopen on Monday.", "en"),
    ("Le conseil a dit que le pont sera rouvert dans la semaine.", "fr"),
    ("La ciudad dijo que el puente se abrirá en la próxima semana.", "es"),
    # Indonesian and Dutch have their own words ("di", "en" were Italian's, Spanish's)
    ("Pemerintah kota mengatakan bahwa jembatan yang rusak di pusat kota akan dibuka "
     "kembali pada hari Senin dan juga untuk pejalan kaki.", "id"),
    ("De gemeente zegt dat de brug in het centrum op maandag weer open gaat en dat het "
     "verkeer dan weer kan rijden.", "nl"),
    # ... and French keeps its "de" and "en" (a French lede was Dutch)
    ("Le conseil municipal de Lyon a adopté un budget de 1,5 milliard d'euros en cours, "
     "après plus de six heures de débat.", "fr"),
    ("1234 5678", "und"),
    # no letter only Persian writes, but Persian digits (it was read as Arabic)
    ("او در سال ۱۳۹۰ به تهران رفت.", "fa"),
    ("وصل في عام ١٩٩٠ إلى المدينة.", "ar"),
    # too few letters to count, but a letter only Urdu writes: a name, a short sentence
    # (they were Persian); not a Persian sentence naming an Urdu speaker, nor Arabic
    # typed with "ھ"
    ("شہباز شریف", "ur"),
    ("وزیر اعظم شہباز شریف نے کہا", "ur"),
    ("رئیس‌جمهور ایران با شہباز شریف در تهران دیدار و گفت‌وگو کرد", "fa"),
    ("ھذا الخبر", "ar"),
])
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(("lang", "direction"), [
    ("ar", "rtl"), ("fa-IR", "rtl"), ("he", "rtl"), ("ku-Arab", "rtl"), ("en", "ltr"),
    ("az-Latn", "ltr"),
    # Dari, Kashmiri, Balochi, South Azerbaijani, Western Punjabi: a Dari article was laid
    # out left to right in every edition
    ("prs", "rtl"), ("prs-AF", "rtl"), ("ks", "rtl"), ("bal", "rtl"), ("azb", "rtl"),
    ("pnb", "rtl"), ("syr", "rtl")])
def test_direction_of(lang: str, direction: str) -> None:
    assert direction_of(lang) == direction


def test_latin_runs_inside_arabic_are_isolated_with_their_neutrals() -> None:
    spans = isolate_runs((Span("نزّل تطبيق App Store 2.0 من https://developer.apple.com/x "
                               "ثم (cross-platform، رايگان)."),), "rtl", other_lang="en")
    runs = [(s.text, s.direction, s.lang) for s in spans if s.direction]
    assert runs == [("App Store 2.0", "ltr", "en"),
                    ("https://developer.apple.com/x", "ltr", "en"),
                    ("cross-platform", "ltr", "en")]
    assert "".join(s.text for s in spans).endswith("، رايگان).")


def test_a_number_written_onto_latin_letters_is_in_their_run() -> None:
    # "5G", "120Hz": the number outside the isolate was laid out after its letters, on
    # the page and in print ("شبكات G5", "Hz120")
    spans = isolate_runs((Span("يدعم شبكات 5G وشاشة 120Hz وشاحنًا 2.4GHz بسعة 128 GB."),),
                         "rtl", other_lang="en")
    assert [s.text for s in spans if s.direction] == ["5G", "120Hz", "2.4GHz", "GB"]
    # (a figure apart from the word stays the Arabic sentence's, as it reads there)
    assert "".join(s.text for s in spans if not s.direction).endswith("بسعة 128 .")
    # ... in Persian digits too
    spans = isolate_runs((Span("گوشی‌های ۵G هنوز کاربرد محدودی دارند."),), "rtl",
                         other_lang="en")
    assert [s.text for s in spans if s.direction] == ["۵G"]


def test_a_language_named_with_a_sign_keeps_it_in_its_run() -> None:
    # "C#" in Arabic: the "#" outside the isolate was laid out before the letter ("#C")
    spans = isolate_runs((Span("يكتب بلغات C++ و C# و F# منذ سنوات."),), "rtl",
                         other_lang="en")
    assert [s.text for s in spans if s.direction] == ["C++", "C#", "F#"]
    spans = isolate_runs((Span("تابعوا حساب Apple #السعودية اليوم."),), "rtl",
                         other_lang="en")
    assert [s.text for s in spans if s.direction] == ["Apple"]


def test_arabic_runs_inside_english_are_isolated() -> None:
    spans = isolate_runs((Span("The sign read مرحبا بكم (welcome)."),), "ltr")
    assert [(s.text, s.direction) for s in spans if s.direction] == [("مرحبا بكم", "rtl")]
    # an Arabic comma is no letter: the isolate opens on the word after it (it opened
    # on "، " and the PDF printed "(cross-platformرایگان ،)")
    spans = isolate_runs((Span("Visual Studio Code (cross-platform، رایگان)."),), "ltr")
    assert [(s.text, s.direction) for s in spans if s.direction] == [("رایگان", "rtl")]
    # a figure between two Arabic words, or closing an Arabic quotation, is the run's: the
    # quotation's halves were swapped around "15%" in every edition
    spans = isolate_runs((Span('He said: "السعر ارتفع 15% خلال 3 أيام" and "عيد سعيد 2025".'),),
                         "ltr")
    assert [s.text for s in spans if s.direction] == ["السعر ارتفع 15% خلال 3 أيام",
                                                      "عيد سعيد 2025"]
    # an English list item of an Arabic article: its full stop is the run's (it was set
    # at the line's far end, before "The")
    spans = isolate_runs((Span("The ambassador said the project was a model."),), "rtl",
                         other_lang="en")
    assert [(s.text, s.direction) for s in spans] == [
        ("The ambassador said the project was a model.", "ltr")]
    # ... as a block of its own: a bold name inside an Arabic line keeps its colon out
    spans = isolate_runs((Span("Apple Inc.:", emphasis="strong"), Span(" أعلنت الشركة")), "rtl",
                         other_lang="en")
    assert [s.text for s in spans if s.direction] == ["Apple Inc"]
    # ... and every run says its language to a screen reader: a French phrase in Arabic
    # was marked English, Arabic in English had no language, and a Persian word with its
    # non-joiner was cut in two
    spans = isolate_runs((Span("قال: C'est une entreprise très importante pour nous."),),
                         "rtl", other_lang="en")
    assert [(s.text, s.lang) for s in spans if s.direction] == [
        ("C'est une entreprise très importante pour nous", "fr")]
    spans = isolate_runs((Span("The sign read البحر لنا and «می‌آیم» today."),), "ltr")
    assert [(s.text, s.lang) for s in spans if s.direction] == [("البحر لنا", "ar"),
                                                                 ("می\u200cآیم", "fa")]
    # ... but a pair of brackets or quotes around the run stays outside it, whole
    for text, run in (("(Reuters)", "Reuters"), ('"We will win."', "We will win"),
                      ("«Breaking News»", "Breaking News")):
        spans = isolate_runs((Span(text),), "rtl", other_lang="en")
        assert [s.text for s in spans if s.direction] == [run], text
    # (but a figure after an Arabic word in running English is the English sentence's)
    spans = isolate_runs((Span("The word مرحبا 3 times."),), "ltr")
    assert [s.text for s in spans if s.direction] == ["مرحبا"]


def test_a_run_the_source_marks_in_the_other_direction_stays_one_run() -> None:
    """A marked Arabic sign in English text, a marked English quotation in Arabic text,
    were cut at their brackets, dash, digits and quotes, each piece its own isolate:
    the sign's halves swapped, the quotes printed the wrong way round."""
    spans = isolate_runs((Span("His sign reads "), Span("(ورشة الحاج محمود – منذ 1962)",
                                                        lang="ar"),
                          Span(" in gold letters.")), "ltr")
    assert [(s.text, s.lang, s.direction) for s in spans if s.direction] == [
        ("(ورشة الحاج محمود – منذ 1962)", "ar", "rtl")]
    spans = isolate_runs((Span("وكتب الناقد: "), Span(" “a quiet masterpiece about exile” ",
                                                      lang="en"), Span("، ثم غادر.")),
                         "rtl", other_lang="en")
    assert [(s.text, s.direction) for s in spans if s.direction] == [
        ("“a quiet masterpiece about exile”", "ltr")]
    assert "".join(s.text for s in spans) == "وكتب الناقد:  “a quiet masterpiece about " \
        "exile” ، ثم غادر."


def test_turkish_words_in_arabic_text_are_marked_turkish_not_english() -> None:
    """"Kapalıçarşı", "Geleceği birlikte kuracağız" were marked "en" (a screen reader's
    English voice); Kurmanji's "ş" beside "ê" is no Turkish."""
    spans = isolate_runs((Span('بعبارة "Geleceği birlikte kuracağız" ثم زار سوق Kapalıçarşı '
                               "ومحطة Kabataş وقرية Şêxan وشركة Apple."),), "rtl",
                         other_lang="en")
    assert [(s.text, s.lang) for s in spans if s.direction] == [
        ("Geleceği birlikte kuracağız", "tr"), ("Kapalıçarşı", "tr"), ("Kabataş", "tr"),
        ("Şêxan", "en"), ("Apple", "en")]
    # (a letter alone is no word of a phrase: "y" made "Tesla Model Y" Spanish; Azerbaijani
    # is no Turkish)
    spans = isolate_runs((Span("سيارة Tesla Model Y ومرسيدس Mercedes Benz E Class في Bakı "
                               "şəhəri."),), "rtl", other_lang="en")
    assert {s.lang for s in spans if s.direction} == {"en"}


def test_code_spans_are_left_to_right_and_kept_whole() -> None:
    [code] = isolate_runs((Span("x = y ? 1 : 0", emphasis="code"),), "rtl")
    assert (code.text, code.direction) == ("x = y ? 1 : 0", "ltr")


def test_merge_adjacent_joins_identical_runs_only() -> None:
    merged = merge_adjacent((Span("a"), Span("b"), Span("c", emphasis="em"), Span("d")))
    assert [s.text for s in merged] == ["ab", "c", "d"]


def test_normalise_text_drops_controls_and_keeps_joiners() -> None:
    assert normalise_text("\ufeffمی\u200cخواهم\u200f\u202b نص\u00a0 \x07x") == "می\u200cخواهم نص x"


def test_reader_dates_are_one_table_for_every_edition() -> None:
    when = datetime(2024, 3, 14, 10, 15)
    assert reader_date(when, "ar") == "الخميس 14 مارس 2024، 10:15"
    assert reader_date(when, "en-GB", weekday=False) == "14 March 2024, 10:15"
    assert reader_date(when.replace(hour=0, minute=0), "ar") == "الخميس 14 مارس 2024"
    assert reader_date(when, "ar", time=False, eastern_digits=True) == "الخميس ١٤ مارس ٢٠٢٤"
    assert reader_date(when, "fa", weekday=False, time=False) == "14 مارس 2024"
    assert reader_date(when, "ur", digits="persian") == "جمعرات ۱۴ مارچ ۲۰۲۴، ۱۰:۱۵"
    # any other language as its press prints it (the CLDR's forms, through Babel)
    assert reader_date(when, "fr", weekday=False, time=False) == "14 mars 2024"
    assert reader_date(when.replace(day=1), "fr-CA", time=False) == "vendredi 1er mars 2024"
    assert reader_date(when, "de") == "Donnerstag, 14. März 2024, 10:15"
    assert reader_date(when, "es", weekday=False) == "14 de marzo de 2024, 10:15"
    assert reader_date(when, "he", time=False) == "יום חמישי, 14 במרץ 2024"
    assert reader_date(when, "qaa", weekday=False, time=False) == "14 March 2024"  # unknown


def test_lang_tag_is_one_pattern_for_loader_and_html_reader() -> None:
    from artexport import loader
    from artexport.readers import html
    from artexport.text.lang import LANG_TAG

    assert all(LANG_TAG.match(t) for t in ("ar", "en-GB", "zh-Hant-TW", "ckb"))
    assert not any(LANG_TAG.match(t) for t in ("arabic language", "e", "12 3", "ar_EG", ""))
    assert not hasattr(loader, "_LANG_TAG") and not hasattr(html, "_LANG_TAG")
