"""The speech plan: every sentence read by the voice of its own language, numbers in
that language, Arabic vowelled (and cached), what the engine hears printed by
``artexport inspect --speech``; times rounded one way; the package's imports point down.
Real espeak-ng and the real diacritizer; articles written for these tests."""

from __future__ import annotations

import ast
import re
import sys
import unicodedata
import warnings
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from artexport import ArtexportWarning
from artexport.cli import main
from artexport.model import (
    Article,
    Author,
    Heading,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
    Table,
)
from artexport.narration import (
    AudioOptions,
    Cue,
    clock_value,
    overlay_clips,
    plan_speech,
    synthesize_article,
    to_vtt,
)
from artexport.text.diacritize import vowelled_share
from artexport.text.speech import speech_text
from artexport.text.speech_marks import readable_marks
from artexport.tts import SpeechError, Synthesis

SRC = Path(__file__).resolve().parents[1] / "src" / "artexport"
_VOWELS = re.compile("[\u064b-\u0652\u0670]")


_DOUBLED_GLIDE = re.compile("([\u064a\u0648])\u0652\\1")


def strip_vowels(text: str) -> str:
    """``text`` without the short vowels the diacritizer adds, a doubled yeh or waw
    (written as two letters for the engine: "قَضِيْيَة") as the one letter it is, and
    no tatweel (one marks a glide for the engine: "هُـوَ")."""
    return _VOWELS.sub("", _DOUBLED_GLIDE.sub(r"\1", text)).replace("\u0640", "")


def article(lang: str, title: str, *blocks: str | Heading | Quote | Table,
            folder: Path | None = None) -> Article:
    made = tuple(Paragraph((Span(b),)) if isinstance(b, str) else b for b in blocks)
    return Article(slug="bilingual", title=title, lang=lang,
                   direction="rtl" if lang in {"ar", "fa", "ur"} else "ltr", blocks=made,
                   source_dir=folder)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech-cache")


ENGLISH_WITH_ARABIC = article(
    "en", "A river clean-up in two languages",
    "Volunteers cleared 40 bags of rubbish from the river bank on Saturday.",
    "قال رئيس البلدية إن العمل سيستمر حتى نهاية شهر مايو بمشاركة 40 متطوعا.",
    "The mayor thanked everyone. وشكر الجميع على هذا الجهد الكبير في تنظيف النهر.",
)
ARABIC_WITH_ENGLISH = article(
    "ar", "المكتبة تفتح قاعة جديدة",
    "افتتحت المكتبة قاعة جديدة للقراءة. The new hall opens every day until five in the "
    "evening. وقالت المديرة إن 300 قارئ زاروها.",
)


def test_short_urdu_sentences_keep_the_urdu_voice(cache: Path) -> None:
    # Urdu writes every Persian letter: short Urdu sentences went to the Persian voice,
    # with Persian numbers
    art = article("ur", "اجلاس کی خبر", "اللہ تعالیٰ کا ذکر ہوا۔",
                  "ملزم کو 7 سال قید کی سزا سنائی گئی۔", "صدر مملکت نے خطاب کیا۔")
    plan = plan_speech(art, AudioOptions(cache_dir=cache))
    assert {s.voice for s in plan} == {"ur"}
    assert "سات سال" in next(s.speech for s in plan if "قید" in s.speech)


def test_every_sentence_has_the_voice_of_its_language(cache: Path) -> None:
    plan = plan_speech(ENGLISH_WITH_ARABIC, AudioOptions(cache_dir=cache))
    said = [(s.block, s.sentence, s.lang, s.voice) for s in plan]
    assert said == [(None, 0, "en", "en"), (0, 0, "en", "en"), (1, 0, "ar", "ar"),
                    (2, 0, "en", "en"), (2, 1, "ar", "ar")]
    plan = plan_speech(ARABIC_WITH_ENGLISH, AudioOptions(cache_dir=cache))
    assert [(s.lang, s.voice) for s in plan] == \
        [("ar", "ar"), ("ar", "ar"), ("en", "en"), ("ar", "ar")]
    assert plan.voices == ("ar", "en")


def test_a_latin_sentence_holding_a_word_of_the_article_s_script_keeps_its_voice(
        cache: Path) -> None:
    """A Persian article's list item "Visual Studio Code (cross-platform، رایگان)": the
    English voice spelled "رایگان" letter by letter ("Arabic ra, Arabic alif, ..."); the
    Persian voice reads the English words with English sounds. A sentence with no word
    of the article's script is still the English voice's."""
    plan = plan_speech(article("fa", "ویرایشگرها", "Visual Studio Code (cross-platform، رایگان).",
                               "Sublime Text (cross-platform، shareware)."),
                       AudioOptions(cache_dir=cache))
    assert [(s.block, s.lang) for s in plan if s.block is not None] == [(0, "fa"), (1, "en")]
    # ... and one whose figures are in the article's digits: a table's "۴۰۰۰ mAh" was
    # read by the English voice, "four thousand"
    plan = plan_speech(article("fa", "باتری", "۴۰۰۰ mAh", "4000 mAh", "iPhone ۱۵ Pro"),
                       AudioOptions(cache_dir=cache))
    assert [(s.block, s.lang) for s in plan if s.block is not None] == [
        (0, "fa"), (1, "en"), (2, "fa")]
    assert "چهار هزار" in plan.sentences[1].speech


def test_arabic_words_inside_an_english_sentence_are_read_by_their_own_voice(
        cache: Path, tmp_path: Path) -> None:
    """An English sentence quoting Arabic or Persian: the English voice spelled the words
    letter by letter ("Arabic alif, Arabic lam..."). The sentence is said in runs, the
    quotation by the voice of its language, vowelled, its number in its language; one
    cue for the sentence, spoken at a natural rate; ``inspect --speech`` shows the runs."""
    art = article("en", "Voices of the square",
                  'Protesters chanted "الشعب يريد إسقاط النظام" as the crowd grew to 5,000.',
                  "A kilo of rice now costs ۵۰۰ تومان in Tehran, up from 350 last year.")
    plan = plan_speech(art, AudioOptions(cache_dir=cache))
    chant, rice = plan.sentences[1], plan.sentences[2]
    assert [(r.lang, r.voice) for r in chant.runs] == [("en", "en"), ("ar", "ar"), ("en", "en")]
    assert strip_vowels(chant.runs[1].speech) == "الشعب يريد إسقاط النظام"
    assert vowelled_share(chant.runs[1].speech) == 1.0 and "5,000" in chant.runs[2].speech
    assert [(r.lang, r.speech) for r in rice.runs][1] == ("fa", "پانصد تومان")
    assert "350" in rice.runs[2].speech
    narration = synthesize_article(art, AudioOptions(cache_dir=cache))
    assert [c.sentence for c in narration.cues] == [0, 0, 0]
    words = sum(len(c.text.split()) for c in narration.cues)
    assert 110 <= words / (narration.duration_s / 60) <= 210
    (tmp_path / "a.md").write_text("---\ntitle: Test\nlang: en\n---\n\nHe said one word: "
                                   "سلام.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", "--speech", str(tmp_path / "a.md")])
    assert result.output.splitlines()[1].split("\t")[1:3] == ["en+ar", "espeak:en+ar"]
    assert "[ar] سَلَام" in result.output


def test_persian_typed_with_arabic_letters_keeps_the_persian_voice(cache: Path) -> None:
    """"قيمت طلا در بازار ..." (Arabic's yeh and kaf, no letter of Persian's own) was
    read by the Arabic voice, vowelled as Arabic, its "۴۵" said in Arabic."""
    art = article("fa", "خبر اقتصادی",
                  "قيمت طلا در بازار تهران امروز افزايش يافت و به ۴۵ ميليون تومان رسيد.")
    said = plan_speech(art, AudioOptions(cache_dir=cache)).sentences[1]
    assert (said.lang, said.voice) == ("fa", "fa") and "چهل و پنج" in said.speech


def test_a_figure_inside_an_arabic_quotation_is_said_in_arabic(cache: Path) -> None:
    """"السعر ارتفع 15% خلال 3 أيام" in an English sentence: "15 percent" was said in
    English between the two halves of the quotation."""
    art = article("en", "Prices", 'He said: "السعر ارتفع 15% خلال 3 أيام" before leaving.')
    said = plan_speech(art, AudioOptions(cache_dir=cache)).sentences[1]
    assert [r.lang for r in said.runs] == ["en", "ar", "en"]
    assert "خَمْسَةَ عَشَرَ" in said.runs[1].speech and "percent" not in said.speech


def test_a_persian_or_urdu_quotation_in_an_arabic_sentence_has_its_voice(cache: Path) -> None:
    """«من هر سال به دوحه می‌آیم» in an Arabic sentence was vowelled and read as Arabic,
    its "۲۰" said "عشرين"."""
    art = article("ar", "أمسية شعرية",
                  "قال الشاعر الإيراني: «من هر سال به دوحه می‌آیم و این بار ۲۰ شعر "
                  "آورده‌ام». ثم قرأ الشاعر الباكستاني «ہم پھر ملیں گے ۲۰۲۶ میں».")
    first, second = plan_speech(art, AudioOptions(cache_dir=cache)).sentences[1:3]
    assert [r.lang for r in first.runs] == ["ar", "fa"] and "بیست" in first.runs[1].speech
    assert [r.lang for r in second.runs] == ["ar", "ur"]
    assert "دو ہزار چھبیس" in second.runs[1].speech


def test_dari_and_uyghur_articles_keep_their_language(cache: Path) -> None:
    """A Dari article ("prs") failed its audio (espeak-ng has no "prs" voice) and was
    labelled in English; a Uyghur one was read by the Arabic voice (its "ى" taken for
    Arabic's) with Arabic number words."""
    dari = article("prs", "خبر", "مکتب‌ها از ۲۰ حمل باز می‌شوند و ۳۵۰ هزار شاگرد در آن "
                                 "درس می‌خوانند.")
    plan = plan_speech(replace(dari, authors=(Author("مریم احمدی"),)),
                       AudioOptions(cache_dir=cache))
    assert {s.voice for s in plan.sentences} == {"fa"}
    assert "به قلم" in plan.sentences[1].speech and "سیصد و پنجاه" in plan.sentences[2].speech
    uyghur = article("ug", "كىتاب كۆرگەزمىسى", "كۆرگەزمىگە 200 دىن ئارتۇق نەشرىيات قاتناشتى.")
    said = plan_speech(uyghur, AudioOptions(cache_dir=cache)).sentences[1]
    assert (said.lang, said.voice) == ("ug", "ug") and "200" in said.speech


def test_a_web_address_is_no_phrase_in_another_language(cache: Path) -> None:
    """"tech-news.com/ar" in an Arabic sentence was read by the Portuguese voice ("com" is
    a Portuguese word: "tech-news ponto com")."""
    art = article("ar", "استفسار", "وللاستفسار يرجى زيارة موقع tech-news.com/ar.")
    said = plan_speech(art, AudioOptions(cache_dir=cache)).sentences[1]
    assert not said.runs and said.voice == "ar"


def test_hebrew_greek_and_cyrillic_words_are_read_by_their_own_voice(cache: Path) -> None:
    """An English or Arabic sentence quoting Hebrew, Greek or Russian: the voice spelled
    the words letter by letter ("Hebrew he, Hebrew samekh ..."); a Greek symbol stays."""
    art = article("en", "Mottos",
                  'The motto was "הספרייה שייכת לכולם" and "δημοκρατία" and "свобода" '
                  'in turn.',
                  "The dose was 5 μg of the β blocker.")
    plan = plan_speech(art, AudioOptions(cache_dir=cache))
    motto, dose = plan.sentences[1], plan.sentences[2]
    assert [r.lang for r in motto.runs] == ["en", "he", "en", "el", "en", "ru", "en"]
    assert motto.runs[1].speech == "הספרייה שייכת לכולם"
    assert not dose.runs
    art = article("ar", "شعار", 'وقال المتحدث إن شعار الحملة هو "שלום לכולם" بحسب الصحيفة.')
    said = plan_speech(art, AudioOptions(cache_dir=cache)).sentences[1]
    assert [r.lang for r in said.runs] == ["ar", "he", "ar"]


def test_a_vowelled_arabic_quotation_in_persian_or_urdu_is_read_in_arabic(cache: Path) -> None:
    """A Persian sentence quoting a verse with its vowels: the Persian voice read the
    Arabic marks its own way ("وَاعْتَصِمُوا" /vaɑʔtasemovɑ/). Three vowelled words or
    more are an Arabic run; unvowelled Arabic words in Persian stay Persian."""
    art = article("fa", "سخنرانی", "او با ذکر «وَاعْتَصِمُوا بِحَبْلِ اللَّهِ جَمِيعًا» بر "
                  "وحدت تأکید کرد.", "او گفت انا لله و انا الیه راجعون و رفت.")
    plan = plan_speech(art, AudioOptions(cache_dir=cache))
    verse, plain = plan.sentences[1:]
    assert [(r.lang, r.voice) for r in verse.runs] == [("fa", "fa"), ("ar", "ar"), ("fa", "fa")]
    assert "بحبل" in strip_vowels(verse.runs[1].speech)
    assert not plain.runs


def test_a_verse_s_partly_vowelled_words_stay_in_its_arabic_run(cache: Path) -> None:
    """A verse's words whose long vowels are unmarked ("يَا", "آمَنُوا", "فِي": one or
    two marks) broke the Arabic run: the Persian voice began the verse, the Urdu voice
    said "فِی" in its middle. A word with a mark among vowelled words is in the run; a
    Persian adverb's tanween ("حتماً") is no such mark."""
    art = article("fa", "سخنرانی",
                  "او گفت: «يَا أَيُّهَا الَّذِينَ آمَنُوا كُتِبَ عَلَيْكُمُ الصِّيَامُ» و رفت.",
                  "او حتماً «وَاعْتَصِمُوا بِحَبْلِ اللَّهِ» را خواند.")
    verse, adverb = plan_speech(art, AudioOptions(cache_dir=cache)).sentences[1:]
    assert [r.lang for r in verse.runs] == ["fa", "ar", "fa"]
    assert strip_vowels(verse.runs[1].speech).startswith("«يا")
    assert [r.lang for r in adverb.runs] == ["fa", "ar", "fa"]
    assert "حتماً" in adverb.runs[0].speech
    art = article("ur", "آیت", "چیئرمین نے آیت «لَقَدْ كَانَ لَكُمْ فِي رَسُولِ اللَّهِ "
                  "أُسْوَةٌ حَسَنَةٌ» پڑھی۔")
    verse = plan_speech(art, AudioOptions(cache_dir=cache)).sentences[1]
    assert [r.lang for r in verse.runs] == ["ur", "ar", "ur"]


def test_an_english_phrase_inside_a_persian_sentence_is_read_in_english(cache: Path) -> None:
    """A Persian sentence quoting English ("... گزارش داد: "Oil prices rose 3% on
    Monday.""): its number was said in Persian inside the English words. A phrase (three
    Latin words, one a function word) is an English run; a name or an address is not."""
    art = article("fa", "گزارش", 'رویترز گزارش داد: "Oil prices rose 3% on Monday."',
                  "گزارش IMF World Economic Outlook در سال 2024 منتشر شد.",
                  "با support@example.com یا www.example.com تماس بگیرید.")
    plan = plan_speech(art, AudioOptions(cache_dir=cache))
    quote, name, address = plan.sentences[1:]
    assert [(r.lang, r.voice) for r in quote.runs] == [("fa", "fa"), ("en", "en")]
    assert quote.runs[1].speech == "Oil prices rose 3 percent on Monday"
    assert not name.runs and "IMF World Economic Outlook" in name.speech
    assert "دو هزار و بیست و چهار" in name.speech and not address.runs


def test_a_run_the_markup_gives_another_language_is_read_by_its_voice(cache: Path) -> None:
    """A French phrase marked ``<span lang="fr">`` in an English sentence (or a Persian
    one in an Arabic sentence) was read by the sentence's voice: no script tells it
    apart. A Latin name the loader marks "en" in Arabic text stays with the Arabic voice,
    and a mark that holds the whole sentence gives the sentence its language."""
    english = Paragraph((Span("The minister said that "),
                         Span("nous avons 3 points d'accord", lang="fr"),
                         Span(" before she left at 5 pm.")))
    arabic = Paragraph((Span("وكتب الشاعر بيتا يقول "), Span("دل به دریا زدم", lang="fa"),
                        Span(" ثم وقع "), Span("iPhone", lang="en", direction="ltr"),
                        Span(" تحته.")))
    whole = Paragraph((Span("Il pleut sur la ville depuis trois jours.", lang="fr"),))
    art = article("en", "Talks", english, whole)
    said, rain = plan_speech(art, AudioOptions(cache_dir=cache)).sentences[1:]
    assert [(r.lang, r.voice) for r in said.runs] == [("en", "en"), ("fr", "fr"), ("en", "en")]
    # (the French voice says its own numbers; English ones are spelled for the engine)
    assert said.runs[1].speech == "nous avons 3 points d'accord"
    assert "five" in said.runs[2].speech
    assert (rain.lang, rain.voice, rain.runs) == ("fr", "fr", ())
    poem = plan_speech(article("ar", "قصيدة", arabic), AudioOptions(cache_dir=cache))
    runs = poem.sentences[1].runs
    assert [r.lang for r in runs] == ["ar", "fa", "ar"], runs
    assert "iPhone" in runs[2].speech
    # ... and a marked phrase in another script, in a language other than English
    turkish = Paragraph((Span("قالت المخرجة: "), Span('"Sinema sınır tanımaz"', lang="tr"),
                         Span(" أي أن السينما لا تعرف الحدود.")))
    urdu = Paragraph((Span("The slogan is "), Span("اب ہر سوال کا جواب اردو میں", lang="ur"),
                      Span(" and it sells.")))
    said = plan_speech(article("ar", "سينما", turkish), AudioOptions(cache_dir=cache))
    assert [r.voice for r in said.sentences[1].runs] == ["ar", "tr", "ar"]
    said = plan_speech(article("en", "Chatbots", urdu), AudioOptions(cache_dir=cache))
    assert [r.voice for r in said.sentences[1].runs] == ["en", "ur", "en"]


def test_a_quoted_phrase_in_another_latin_language_takes_its_voice(cache: Path) -> None:
    """An English sentence quoting Turkish or Spanish: the English voice said the quote
    in English sounds. A phrase with clear evidence (function words of its language) is
    read by its own voice; a lone word or a phrase without evidence stays English."""
    art = article("en", "Voices",
                  'The minister said the plan was "çok önemli bir adım" for the region.',
                  'Crowds sang "El pueblo unido jamás será vencido" as they marched.',
                  'He called "La La Land" "la dolce vita" and ordered a döner at the café.',
                  'She said "the deal is done and we are happy" after the vote.',
                  # (none of French's function words here was known: "nous", "au")
                  'The president said « Nous sommes prêts au dialogue » in Paris.')
    plan = plan_speech(art, AudioOptions(cache_dir=cache))
    turkish, spanish, words, english, french = plan.sentences[1:]
    assert [r.voice for r in french.runs] == ["en", "fr", "en"]
    assert [(r.voice, r.speech.strip(' "')) for r in turkish.runs][1] == \
        ("tr", "çok önemli bir adım")
    assert [r.voice for r in spanish.runs] == ["en", "es", "en"]
    assert (words.voice, words.runs) == ("en", ())
    assert (english.voice, english.runs) == ("en", ())


def test_a_lone_marked_word_in_the_same_script_stays_with_the_voice(cache: Path) -> None:
    """"<i lang="fr">café</i>" in an English sentence: the French voice said one word
    and the English one took the sentence back (a break for nothing); a marked phrase
    still changes voice."""
    word = Paragraph((Span("They met at a "), Span("café", lang="fr"), Span(" in Paris.")))
    phrase = Paragraph((Span("He said "), Span("c'est la vie", lang="fr"), Span(" and left.")))
    said, phrased = plan_speech(article("en", "Paris", word, phrase),
                                AudioOptions(cache_dir=cache)).sentences[1:]
    assert (said.voice, said.runs) == ("en", ())
    assert [r.voice for r in phrased.runs] == ["en", "fr", "en"]


def test_the_year_of_a_spoken_date_is_in_the_genitive(cache: Path) -> None:
    """"عَامَ أَلْفَيْنِ وَأَرْبَعَةٌ وَعِشْرِين" was heard in every dated article: the date is
    our own words, so its number words keep their own vowels (they were taken for the
    author's and left to the model)."""
    art = replace(article("ar", "اختبار", "اليوم يوم جميل."),
                  published=datetime(2024, 10, 14, tzinfo=UTC))
    date = next(s for s in plan_speech(art, AudioOptions(cache_dir=cache)).sentences
                if s.part == "date")
    assert "وَأَرْبَعَةٍ وَعِشْرِين" in date.speech, date.speech


def test_a_language_without_a_voice_in_arabic_letters_gets_the_persian_one(
        cache: Path) -> None:
    """A Pashto paragraph in an Arabic article (espeak-ng has no Pashto voice) was read
    by the Arabic voice; Persian's shares its letters and more of its sounds."""
    pashto = Paragraph((Span("موږ دلته خوشحاله یو، خو زړونه مو لا هم په افغانستان کې دي."),),
                       lang="ps", direction="rtl")
    with pytest.warns(ArtexportWarning, match="no voice for 'ps'.*read by 'fa'"):
        plan = plan_speech(article("ar", "جالية", pashto), AudioOptions(cache_dir=cache))
    assert (plan.sentences[1].lang, plan.sentences[1].voice) == ("ps", "fa")


def test_an_article_in_a_language_without_a_voice_says_what_to_do(cache: Path) -> None:
    """A Pashto article: no espeak-ng voice, so no audio -- and, every format failing
    with it, no edition at all; the error names the remedies (the nearest voice, or the
    formats without audio), and the nearest voice chosen reads it."""
    story = article("ps", "خبر", "موږ دلته خوشحاله یو، خو زړونه مو لا هم په کور کې دي.")
    with pytest.raises(SpeechError, match=r"audio\.voice=NAME \(the nearest: fa\), or "
                                          "leave audio out of --format"):
        plan_speech(story, AudioOptions(cache_dir=cache))
    plan = plan_speech(story, AudioOptions(cache_dir=cache, voice="fa"))
    assert {s.voice for s in plan.sentences} == {"fa"}


def test_numbers_follow_the_language_of_their_sentence(cache: Path) -> None:
    plan = plan_speech(ENGLISH_WITH_ARABIC, AudioOptions(cache_dir=cache))
    arabic = plan.sentences[2].speech
    assert not re.search(r"\d", arabic) and "أَرْبَعِين" in arabic
    assert "40" in plan.sentences[1].speech  # the English voice reads English digits
    persian = plan_speech(article("fa", "گزارش", "در سال 1402 بیش از 25 هزار نفر آمدند."),
                          AudioOptions(cache_dir=cache))
    assert not re.search(r"\d", persian.sentences[1].speech)
    assert "بیست و پنج" in persian.sentences[1].speech


def test_an_american_page_s_slashed_dates_are_month_first(cache: Path) -> None:
    """"3/4/2026" on a page tagged "en" whose other date is "12/25/2026" is March 4 (it
    was said "the third of April"); with no such date, as written."""
    us = article("en", "Council vote", "The budget passed on 12/25/2026.",
                 "The next vote is on 3/4/2026.")
    said = [s.speech for s in plan_speech(us, AudioOptions(cache_dir=cache))]
    assert "the fourth of March, twenty twenty-six" in said[2]
    bare = article("en", "Council vote", "The next vote is on 3/4/2026.")
    said = [s.speech for s in plan_speech(bare, AudioOptions(cache_dir=cache))]
    assert "three slash four slash twenty twenty-six" in said[1]


def test_other_languages_keep_their_numbers_and_dates_are_said_as_printed(
        cache: Path) -> None:
    """A Portuguese page: its voice reads its own numbers ("às 20:13" was "às eight
    thirteen in the evening"; its clock time is now written as said, "20 horas e 13");
    its dates, printed as Portuguese prints them (its label table and the CLDR's month
    names), are said as printed by the Portuguese voice (they were said in Arabic: 34
    seconds of Arabic letters spelled by the Portuguese voice; then in English)."""
    from datetime import datetime

    text = "Na sexta-feira, 22/10/2010, às 20:13, o piloto somou 5040 pontos (45%)."
    plan = plan_speech(replace(article("pt-BR", "Classificação", text),
                               published=datetime(2010, 10, 22),
                               updated=datetime(2019, 11, 18)),
                       AudioOptions(cache_dir=cache))
    said = {s.part: s for s in plan}
    assert (said["date"].lang, said["date"].voice, said["date"].speech) == \
        ("pt-BR", "pt-br", "22 de outubro de 2010")  # Brazil's voice, not Lisbon's
    assert said["updated"].voice == "pt-br" and \
        said["updated"].speech == "Atualizado: 18 de novembro de 2019"
    body = next(s for s in plan if s.part == "block")
    # (a clock time as the Portuguese voice should say it, "20 horas e 13", not "20:13")
    assert body.voice == "pt-br" and "às 20 horas e 13" in body.speech and "5040" in body.speech
    assert not re.search(r"eight|thirteen|twenty|percent|October", body.speech)
    # English and Arabic keep their number words
    assert "eight thirteen in the evening" in speech_text("At 20:13 we left.", "en")
    assert not re.search(r"\d", speech_text("في الساعة 20:13 غادرنا.", "ar"))


def test_an_update_on_the_day_of_publication_is_told_apart_by_its_time(cache: Path) -> None:
    """Published 09:05 and updated 17:30 the same day: the listener heard the same date
    twice; each now says its time, as the editions print it."""
    from datetime import datetime

    from artexport.text.speech import speak_date, speak_time

    story = article("ar", "المكتبة تفتح قاعة جديدة", "افتتحت المكتبة قاعة جديدة للقراءة.")
    same = plan_speech(replace(story, published=datetime(2024, 3, 14, 9, 5),
                               updated=datetime(2024, 3, 14, 17, 30)),
                       AudioOptions(cache_dir=cache))
    said = {s.part: s.speech for s in same}
    day = speak_date(14, 3, 2024, "ar")
    assert strip_vowels(said["date"]) == strip_vowels(f"{day}، {speak_time(9, 5, 'ar')}")
    assert strip_vowels(said["updated"]).endswith(
        strip_vowels(f"{day}، {speak_time(17, 30, 'ar')}"))
    later = plan_speech(replace(story, published=datetime(2024, 3, 14, 9, 5),
                                updated=datetime(2024, 3, 16, 17, 30)),
                        AudioOptions(cache_dir=cache))
    assert strip_vowels(next(s.speech for s in later if s.part == "date")) == \
        strip_vowels(day)
    # an update's stamp alone (no publication given) says its time, as printed
    alone = plan_speech(replace(story, published=None, updated=datetime(2024, 3, 14, 17, 30)),
                        AudioOptions(cache_dir=cache))
    assert strip_vowels(next(s.speech for s in alone if s.part == "updated")).endswith(
        strip_vowels(f"{day}، {speak_time(17, 30, 'ar')}"))


def test_block_language_from_the_model_or_the_text(cache: Path) -> None:
    urdu = "کراچی میں کل رات تیز بارش ہوئی جس سے کئی سڑکیں پانی میں ڈوب گئیں۔"
    persian = "برنامه‌نویسان می‌گویند که این ویرایشگر برای یادگیری بسیار خوب است."
    marked = Paragraph((Span("Bonjour à tous."),), lang="fr")
    plan = plan_speech(article("ar", "مقال", urdu, persian, "هذه فقرة عربية عادية.", marked),
                       AudioOptions(cache_dir=cache))
    assert [(s.block, s.lang, s.voice) for s in plan][1:] == \
        [(0, "ur", "ur"), (1, "fa", "fa"), (2, "ar", "ar"), (3, "fr", "fr")]
    # only Arabic is diacritized: Persian and Urdu are read as written
    assert plan.sentences[1].speech == urdu and plan.sentences[2].speech == persian


def test_arabic_is_vowelled_by_default_and_the_option_turns_it_off(cache: Path) -> None:
    on = plan_speech(ARABIC_WITH_ENGLISH, AudioOptions(cache_dir=cache))
    off = plan_speech(ARABIC_WITH_ENGLISH, AudioOptions(cache_dir=cache, diacritize=False))
    arabic_on = [s.speech for s in on if s.lang == "ar"]
    arabic_off = [s.speech for s in off if s.lang == "ar"]
    assert all(vowelled_share(t) > 0.9 for t in arabic_on)
    assert all(vowelled_share(t) == 0 for t in arabic_off)
    assert on.diacritized == 3 and off.diacritized == 0
    from artexport.exporters.audio import AudioExporter

    assert AudioExporter({"diacritize": "no"}).options.diacritize is False


def test_every_arabic_sentence_ends_in_its_pausal_form(cache: Path) -> None:
    # a reader stops on the last word: no case ending the diacritizer guessed for it
    plan = plan_speech(ARABIC_WITH_ENGLISH, AudioOptions(cache_dir=cache))
    for s in (s for s in plan if s.lang == "ar"):
        last = re.findall("[\u0621-\u064a][\u0621-\u064a\u064b-\u0652\u0640]*", s.speech)[-1]
        assert not re.search("[\u064b-\u0650]\\Z", last), (s.speech, last)


def test_vowels_come_from_the_cache_on_a_rerun(cache: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    options = AudioOptions(cache_dir=tmp_path / "cache")
    cold = plan_speech(ARABIC_WITH_ENGLISH, options)
    assert list((tmp_path / "cache").rglob("*.txt"))
    monkeypatch.setitem(sys.modules, "dengjen_tashkeel_py", None)  # model unavailable
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warm = plan_speech(ARABIC_WITH_ENGLISH, options)
    assert warm == cold


def test_diacritizer_failure_reads_the_bare_text_and_names_the_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dengjen_tashkeel_py", None)
    folder = tmp_path / "my-article"
    folder.mkdir()
    art = article("ar", "خبر قصير", "هطلت أمطار غزيرة على المدينة.", folder=folder)
    with pytest.warns(ArtexportWarning, match=r"my-article: audio: the diacritizer is not "
                                              r"available.*read without added vowels"):
        narration = synthesize_article(art, AudioOptions(cache_dir=None))
    assert narration.duration_s > 1
    assert narration.plan is not None
    assert narration.plan.sentences[1].speech == "هطلت أمطار غزيرة على المدينة."


def test_the_diacritizer_is_given_the_words_as_written(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the engine's spellings ("قَضِيْيَةٌ", a tatweel before a glide, no unsaid alef) are
    # for the engine: the model reads the author's words
    import artexport.narration.plan as plan_module

    given: list[str] = []
    monkeypatch.setattr(plan_module, "diacritize",
                        lambda text, keep=(): given.append(text) or text)
    written = "وَيَقُولُ إِنَّ الْقَضِيَّةَ بِاسْمِ الشَّعْبِ."
    plan = plan_speech(article("ar", "خبر", written), AudioOptions(cache_dir=None))
    assert readable_marks(unicodedata.normalize("NFC", written)) in given
    said = next(s.speech for s in plan if s.part == "block")
    assert "وَـيَقُولُ" in said and "الْقَضِيْيَةَ" in said and "بِسْمِ" in said


def test_only_espeak_is_handed_espeak_s_spelling(monkeypatch: pytest.MonkeyPatch) -> None:
    # the tatweels, the doubled glides written out and the heh of a pausal teh marbuta
    # make espeak-ng say the words right; another voice (Google's, a third party's)
    # reads the vowelled words as an Arabic reader writes them
    import artexport.narration.plan as plan_module
    from artexport.tts import TtsEngine, make_engine

    class WrittenWordsEngine(TtsEngine):
        name = "written-words"

        def version(self) -> str:
            return "1"

        def default_voice(self, lang: str) -> str:
            return lang

        def synthesize(self, text: str, lang: str, voice: str) -> Synthesis:
            raise AssertionError("a plan synthesizes nothing")

    monkeypatch.setattr(plan_module, "diacritize", lambda text, keep=(): text)
    written = unicodedata.normalize("NFC", "وَيَقُولُ إِنَّ الْقَضِيَّةَ فِي الْمَدِينَةِ.")
    art = article("ar", "خبر", written)
    other = next(s.speech for s in plan_speech(art, AudioOptions(cache_dir=None),
                                               engine=WrittenWordsEngine())
                 if s.part == "block")
    assert other == readable_marks(written).replace("الْمَدِينَةِ", "الْمَدِينَةْ")
    espeak = next(s.speech for s in plan_speech(art, AudioOptions(cache_dir=None),
                                                engine=make_engine("espeak"))
                  if s.part == "block")
    assert "وَـيَقُولُ" in espeak and "الْقَضِيْيَةَ" in espeak and "الْمَدِينَهْ" in espeak


def test_bilingual_article_is_spoken_at_a_natural_rate(cache: Path) -> None:
    """The issue's case: an English article's Arabic paragraphs were spelled letter by
    letter by the English voice (39 words a minute)."""
    narration = synthesize_article(ENGLISH_WITH_ARABIC, AudioOptions(cache_dir=cache))
    words = sum(len(re.findall(r"\w+", re.sub("[\u064b-\u065f]", "", c.text)))
                for c in narration.cues)
    wpm = words / (narration.duration_s / 60)
    assert 110 <= wpm <= 210, f"{wpm:.0f} words per minute"
    assert narration.plan is not None and narration.plan.voices == ("en", "ar")


def test_inspect_speech_prints_voice_and_engine_text(tmp_path: Path) -> None:
    folder = tmp_path / "notice"
    folder.mkdir()
    (folder / "article.md").write_text(
        "---\ntitle: إعلان المكتبة\nlang: ar\n---\n\nتفتح المكتبة أبوابها في 9 مايو. "
        "The hall is open to everyone.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", "--speech", str(folder)])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.output.strip().splitlines()]
    assert [line[:3] for line in lines] == [["title-s0", "ar", "espeak:ar"],
                                            ["b0-s0", "ar", "espeak:ar"],
                                            ["b0-s1", "en", "espeak:en"]]
    assert vowelled_share(lines[1][3]) > 0.9 and "مَايُو" in lines[1][3]
    assert not re.search(r"\d", lines[1][3])
    assert lines[2][3] == "The hall is open to everyone."


def test_times_are_rounded_one_way_in_captions_and_overlays() -> None:
    cues = [Cue(None, 0, 0.2004, 1.0006, "a", part="title"), Cue(0, 0, 1.9996, 2.5, "b")]
    vtt = to_vtt(cues)
    assert "00:00:00.200 --> 00:00:01.001" in vtt
    assert "00:00:02.000 --> 00:00:02.500" in vtt
    clips = overlay_clips(cues, 3.0004)
    assert [clock_value(c.end_s) for c in clips] == ["0:00:02.000", "0:00:03.000"]
    assert clock_value(1.0006) == "0:00:01.001"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            found.add("." * node.level + (node.module or ""))
    return found


def test_narration_imports_point_down() -> None:
    for path in [*(SRC / "narration").glob("*.py"), *(SRC / "tts").glob("*.py"),
                 *(SRC / "text").glob("*.py")]:
        for name in _imports(path):
            assert not name.lstrip(".").startswith(("exporters", "batch", "cli")), \
                f"{path.name} imports {name}"
            if path.parent.name != "narration":  # narration and edition share a layer:
                # narration reads the edition's labels (chapter titles); text/tts read neither
                assert not name.lstrip(".").startswith(("narration", "edition")), \
                    f"{path.name}: {name}"
    for path in (SRC / "edition").glob("*.py"):  # and the edition never reaches for speech
        for name in _imports(path):
            assert not name.lstrip(".").startswith(("narration", "tts", "exporters")), \
                f"{path.name} imports {name}"
    assert not (SRC / "readalong.py").exists()
    for path in [*(SRC / "narration").glob("*.py"), SRC / "exporters" / "audio.py",
                 *(SRC / "tts").glob("*.py"), SRC / "text" / "speech.py",
                 SRC / "text" / "diacritize.py", SRC / "text" / "speech_marks.py"]:
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 600, path


def test_the_hijri_date_the_source_gave_is_said_before_the_gregorian(cache: Path) -> None:
    """A Saudi wire story dated "25 شوال 1436 هـ الموافق 10 اغسطس 2015 م": the editions
    print both calendars, and the listener hears both, in the same order."""
    from datetime import datetime

    from artexport.text.speech import speak_date

    story = article("ar", "أمطار على المحافظة", "هطلت أمطار غزيرة على المحافظة.")
    dated = replace(story, published=datetime(2015, 8, 10), published_hijri="25 شوال 1436 هـ")
    said = next(s.speech for s in plan_speech(dated, AudioOptions(cache_dir=cache))
                if s.part == "date")
    hijri = speech_text("25 شوال 1436 هـ", "ar")
    assert "عام ألف وأربعمئة وستة وثلاثين هجري" in hijri and "1436" not in hijri
    assert strip_vowels(said) == strip_vowels(f"{hijri} الموافق {speak_date(10, 8, 2015, 'ar')}")


def test_our_own_words_are_said_with_their_vowels(cache: Path) -> None:
    """The labels and date words artexport adds carry their own vowels, which the
    diacritizer misread ("بِقَلْمِ", "الْمَوَافِقِ", "هِجَرِيَّة")."""
    from datetime import datetime

    from artexport.model import Author

    story = replace(article("ar", "رياضة الصباح", "مشى الوزير في الحديقة صباح اليوم."),
                    authors=(Author("سامي العمري"),), tags=("رياضة", "صحة"),
                    published=datetime(2015, 8, 10), published_hijri="25 شوال 1436 هـ")
    from artexport.text.speech_marks import speakable_marks as heard  # (marks' order)

    said = {s.part: s.speech for s in plan_speech(story, AudioOptions(cache_dir=cache))}
    assert said["byline"].startswith(heard("بِقَلَمِ "))
    assert heard("هِجْرِيّ") in said["date"] and heard("الْمُوَافِق") in said["date"]
    assert heard("شَوَّال") in said["date"] and heard("أَغُسْطُس") in said["date"]
    assert said["topics"].startswith(heard("مَوْضُوعَات"))


def test_own_vowels_only_on_whole_words() -> None:
    from artexport.text.spoken_vowels import with_own_vowels

    assert with_own_vowels("العاشر من مارس عام ألفين") == "العاشر من مَارِس عَامَ ألفين"
    assert with_own_vowels("مارسيليا والعامل") == "مارسيليا والعامل"


def test_digits_read_one_by_one_are_said_with_their_vowels(cache: Path) -> None:
    """A telephone number is read digit by digit, each digit in its pause form; the
    diacritizer read "صُفْرُ" (yellow) for صِفْر and gave each digit another ending."""
    from artexport.text.speech_marks import speakable_marks as heard
    from listen_proxy import ipa_lines

    story = article("ar", "خدمة جديدة", "للاستفسار اتصلوا بالرقم 0501234567 في أي وقت.")
    said = next(s.speech for s in plan_speech(story, AudioOptions(cache_dir=cache))
                if s.part != "title")
    assert heard("صِفْرْ خَمْسَةْ صِفْرْ وَاحِدْ اِثْنَانْ ثَلَاثَةْ أَرْبَعَةْ") in said
    zero = ipa_lines(["صِفْرْ"])[0]
    assert zero.startswith("s̪ˈi") and "u" not in zero


def test_number_words_keep_their_own_vowels(cache: Path) -> None:
    """The number words said for digits: the diacritizer gave them other words' vowels
    ("سُبْعَمِئَة" the seventh, "وَتُسْعِين", "عُشَرَ"), endings no number takes
    ("اثْنَانٍ") and a unit another case than its tens ("ثَلَاثَةٌ وَعِشْرِينَ"). An
    author's own "سبع" (here: seven years) is the model's to read."""
    from artexport.text.spoken_vowels import with_number_vowels

    story = article("ar", "أرقام", "بلغ عدد الزوار 750 زائرا ووصل المؤشر إلى 92 نقطة.",
                    "بلغ عددهم 319 شخصا وتضم الجمعية 2023 عضوا.", "مرت سبع سنوات.")
    said = [strip_tatweel(s.speech) for s in plan_speech(story, AudioOptions(cache_dir=cache))
            if s.part == "block"]
    assert "سَبْع" in said[0] and "وَتِسْعِينَ" in said[0]
    assert "وَتِسْعَةَ عَشَرَ" in said[1] and "أَلْفَيْنِ وَثَلَاثَةٍ وَعِشْرِينَ" in said[1]
    assert not re.search("سُبْع|تُسْع|تَسْع|خُمْس|عُشَر|[نف]َانٍ", " ".join(said))
    model = "وَصَلَ إِلَى اِثْنَانٍ وَتُسْعِين وَأَلْفَانٍ وَخُمْسَمِئَةٍ، وَمَرَّتْ سُبْعُ سَنَوَاتٍ"
    assert with_number_vowels(model, "وصل إلى 92 و2500، ومرت سبع سنوات") == \
        "وَصَلَ إِلَى اثْنَانِ وَتِسْعِينَ وَأَلْفَانِ وَخَمْسَمِئَةٍ، وَمَرَّتْ سُبْعُ سَنَوَاتٍ"
    # an ordinal's tens word: "الحادي عَشَرَ", "الثانية عَشْرَةَ" (they had the cardinal's
    # "عَشْرَ", "عَشَرَةَ"); the author's "أحد" followed by a comma (the battle of Uhud) is
    # the author's word, not "أَحَدَ" the number
    assert with_number_vowels("فِي الْحَادِي عَشْرَ مِنْ فِبْرَايِرْ", "في 11 فبراير") == \
        "فِي الْحَادِي عَشَرَ مِنْ فِبْرَايِرْ"
    assert with_number_vowels("فِي الْجَوْلَةِ الثَّانِيَةِ عَشَرَةَ", "في الجولة 12") == \
        "فِي الْجَوْلَةِ الثَّانِيَةِ عَشْرَةَ"
    assert with_number_vowels("جَرَى يَوْمَ أُحَدْ، وَالْحُزْنُ", "جرى يوم أحد، والحزن") == \
        "جَرَى يَوْمَ أُحَدْ، وَالْحُزْنُ"
    # the ordinal of 1 in 31st and the era words the text did not write ("الْحَادِّيْيَةِ",
    # "هَجْرِي" were heard)
    assert with_number_vowels("فِي الذِّكْرَى الْحَادِّيَةِ وَالثَّلَاثِينَ عَامَ أَلْفٍ هَجْرِي",
                              "في الذكرى الـ31 عام 1000 هـ") == \
        "فِي الذِّكْرَى الْحَادِيَةِ وَالثَّلَاثِينَ عَامَ أَلْفٍ هِجْرِيّ"
    # the letter's name said for a label ("المجموعة أ") is no thousand ("أَلْف" was said)
    assert with_number_vowels("فِي الْمَجْمُوعَةِ أَلِف الْعَامَ", "في المجموعة أ العام") == \
        "فِي الْمَجْمُوعَةِ أَلِف الْعَامَ"
    # after a preposition too ("بـ52": "بَاثِنَتَيْنِ", /baːθin/, was heard), not in an
    # author's word ("لست": not "lisitt")
    assert with_number_vowels("تَصَدَّرَ بَاثِنَتَيْنِ وَخَمْسِينَ نُقْطَةً وَبِخُمْسَةِ أَهْدَافٍ",
                              "تصدر بـ52 نقطة وبـ5 أهداف") == \
        "تَصَدَّرَ بِاثْنَتَيْنِ وَخَمْسِينَ نُقْطَةً وَبِخَمْسَةِ أَهْدَافٍ"
    assert with_number_vowels("لَسْتُ مَعَهُ", "لست معه") == "لَسْتُ مَعَهُ"
    # the accusative units after "إنّ" ("إن 25 دولة" was "خُمْسًا", a fifth; "سَتًّا"),
    # while an author's own "أربعا" (he prayed four) stays the model's
    assert with_number_vowels("إِنَّ خُمْسًا وَعِشْرِينَ دَوْلَةً وَسَتًّا وَعِشْرِينَ",
                              "إن 25 دولة و26") == \
        "إِنَّ خَمْسًا وَعِشْرِينَ دَوْلَةً وَسِت\u0651\u064bا وَعِشْرِينَ"
    assert with_number_vowels("صَلَّى أَرْبُعًا", "صلى أربعا") == "صَلَّى أَرْبُعًا"


def test_an_age_after_its_noun_is_no_name() -> None:
    """"توفي عن عمر 86 عاما", "بعمر 40 عاما": the model read the name Omar ("عُمَرَ",
    "بِعُمَرٍ"): a listener heard "died by Omar". Before a number we said and its years
    it is the noun "عُمْر"; the name stays where no age follows ("روى عن عمر 3
    أحاديث", "20 عاما من الصداقة"), as does an age the author wrote in words."""
    from artexport.text.spoken_vowels import with_number_vowels

    said = with_number_vowels("تُوُفِّيَ عَنْ عُمَرَ سِتَّةٍ وَثَمَانِينَ عَامًا وَرَحَلَ بِعُمَرٍ أَرْبَعِينَ سَنَةً",
                              "توفي عن عمر 86 عاما ورحل بعمر 40 سنة")
    assert "عَنْ عُمْرِ سِ" in said and "وَرَحَلَ بِعُمْرِ أَرْبَعِينَ سَنَةً" in said
    for model, written in (("رَوَى عَنْ عُمَرَ ثَلَاثَةَ أَحَادِيثَ", "روى عن عمر 3 أحاديث"),
                           ("وَحَكَمَ عُمَرُ عَشْرَ سَنَوَاتٍ", "وحكم عمر 10 سنوات"),
                           ("عَنْ عُمَرَ سَبْعِينَ عَامًا", "عن عمر سبعين عاما"),
                           ("قَالَ عَنْ عُمَرَ عِشْرِينَ عَامًا مِنَ الصَّدَاقَةِ",
                            "قال عن عمر 20 عاما من الصداقة")):
        assert with_number_vowels(model, written) == model


def test_a_proclitic_glued_to_a_latin_word_keeps_its_own_vowel() -> None:
    """"ولـiPhone", "لCNN", "لـApple": the model, seeing no Arabic word after the
    proclitic, gave "وَلْ" (/wal/), no vowel or "لَ"; an Arabic word glued to Latin and
    a proclitic set apart by a blank are the model's."""
    from artexport.text.spoken_vowels import with_proclitic_vowels

    assert with_proclitic_vowels("وَلْiPhone مِيزَةٌ، قَالَ لCNN، لَApple، فَبٍAndroid") == \
        "وَلِiPhone مِيزَةٌ، قَالَ لِCNN، لِApple، فَبِAndroid"
    assert with_proclitic_vowels("كَتَبَ بِلُغَةِPython وَ iPhone لِكَ") == \
        "كَتَبَ بِلُغَةِPython وَ iPhone لِكَ"


def test_a_year_after_its_noun_is_said_in_the_genitive(cache: Path) -> None:
    """A year after "عام"/"سنة" is the noun's genitive complement, every word of it: the
    model gave "وَسِتَّةً" (accusative), "وَتِسْعَمِئَةٍ" and "وَأَرْبَعُمِئَةٍ" (the unit's
    case before مئة), in the article's text and in the header's own spoken date."""
    from artexport.text.spoken_vowels import with_number_vowels

    story = replace(article("ar", "تواريخ", "تأسست الشركة عام 1936 في القاهرة.",
                            "وتعود المخطوطة إلى عام 1446 هـ."),
                    published=datetime(2026, 3, 14, tzinfo=UTC))
    said = {s.part + str(s.block): readable_marks(strip_tatweel(s.speech))
            for s in plan_speech(story, AudioOptions(cache_dir=cache))}
    assert readable_marks("أَلْفٍ وَتِسْعِمِئَةٍ وَسِتَّةٍ وَثَلَاثِينَ") in said["block0"]
    assert readable_marks("أَلْفٍ وَأَرْبَعِمِئَةٍ وَسِتَّةٍ وَأَرْبَعِينَ") in said["block1"]
    assert readable_marks("عَامَ أَلْفَيْنِ وَسِتَّةٍ وَعِشْرِين") in said["dateNone"]
    model = "عَامَ أَلْفٍ وَتِسْعَمِئَةٍ وَسِتَّةً وَثَلَاثِينَ وَسَنَةَ ثَلَاثَةِ آلَافٍ"
    assert readable_marks(with_number_vowels(model, "عام 1936 وسنة 3000")) == \
        readable_marks("عَامَ أَلْفٍ وَتِسْعِمِئَةٍ وَسِتَّةٍ وَثَلَاثِينَ وَسَنَةَ ثَلَاثَةِ آلَافٍ")
    # the noun itself before its year: no tanween, and not "عامّ" (general), which the
    # model read there ("فِي الثَّالِثِ مِنْ أَيَّارِ مَايُو عَامٍّ", "عَامْ" with a sukun)
    assert readable_marks(with_number_vowels(
        "فِي الثَّالِثِ مِنْ أَيَّارِ مَايُو عَامٍّ أَلْفَيْنِ وَفِي عَامْ أَلْفَيْنِ",
        "في 3/5/2023 وفي عام 2000")) == readable_marks(
        "فِي الثَّالِثِ مِنْ أَيَّارِ مَايُو عَامَ أَلْفَيْنِ وَفِي عَامِ أَلْفَيْنِ")
    assert with_number_vowels("مُنْذُ سَنَةٍ أَلْفَيْنِ", "منذ سنة 2000") == "مُنْذُ سَنَةِ أَلْفَيْنِ"
    # a year's noun with its preposition on it ("لعام 2025"): the genitive too
    assert with_number_vowels("لِعَامْ أَلْفَيْنِ وَخَمْسَةً وَعِشْرِينَ", "لعام 2025") == \
        "لِعَامِ أَلْفَيْنِ وَخَمْسَةٍ وَعِشْرِينَ"
    # a teen stays in its fatha; "عام واحد" is one year (an adjective), and a comma ends
    # the noun's phrase ("بشكل عام، 3 من 5": in general, three of five)
    assert with_number_vowels("سَنَةَ أَلْفَيْنِ وَثَلَاثَةَ عَشَرَ", "سنة 2013") == \
        "سَنَةَ أَلْفَيْنِ وَثَلَاثَةَ عَشَرَ"
    assert with_number_vowels("مَضَى عَامٌ وَاحِدٌ", "مضى عام 1") == "مَضَى عَامٌ وَاحِدٌ"
    assert with_number_vowels("بِشَكْلٍ عَامٍّ، ثَلَاثَةٌ مِنْ خَمْسَةٍ", "بشكل عام، 3 من 5") == \
        "بِشَكْلٍ عَامٍّ، ثَلَاثَةٌ مِنْ خَمْسَةٍ"


def test_sura_names_are_said_with_their_own_vowels(cache: Path) -> None:
    """A sura's name after "سورة" is said as a reciter says it: the diacritizer read
    "الْبَقْرَة" for الْبَقَرَة, "الْمَلِكِ" (the king) for الْمُلْك, "مُرِيمٌ" and the names
    that are letters ("يس", "طه") as no one says them. An author's own vowels stay."""
    from artexport.text.quran_suras import with_sura_vowels

    story = article("ar", "تلاوة", "قرأ الإمام سورة البقرة وسورة مريم وسورة الملك.",
                    "وتلا سورة يس وسورة طه وسورة آل عمران في الصلاة.")
    said = [strip_tatweel(s.speech) for s in plan_speech(story, AudioOptions(cache_dir=cache))
            if s.part == "block"]
    assert "الْبَقَرَةِ" in said[0] and "مَرْيَم" in said[0] and "الْمُلْك" in said[0]
    assert "يَاسِين" in said[1] and "طَاهَا" in said[1] and "آلِ عِمْرَان" in said[1]
    assert with_sura_vowels("فِي سُورَةِ الْمَلِكِ", "في سورة المَلِك") == "فِي سُورَةِ الْمَلِكِ"
    assert with_sura_vowels("فِي سُورَةِ الْبَقْرَةِ", "في سورة البقرة") == \
        "فِي سُورَةِ الْبَقَرَةِ"
    # "سورة" we said for a citation by the name alone ("(البقرة: 183)")
    assert with_sura_vowels("سُورَةُ الْبَقْرَةِ، الْآيَةَ", "(البقرة: 183)") == \
        "سُورَةُ الْبَقَرَةِ، الْآيَةَ"
    # a sura's name elsewhere is the model's word: the people, the sun
    assert with_sura_vowels("النَّاسُ وَالشَّمْسُ", "الناس والشمس") == "النَّاسُ وَالشَّمْسُ"


def strip_tatweel(text: str) -> str:
    return text.replace("\u0640", "")


def test_digit_vowels_only_on_runs_of_digit_names() -> None:
    from artexport.text.spoken_vowels import with_digit_vowels

    assert with_digit_vowels("ثلاثة أو أربعة") == "ثلاثة أو أربعة"
    assert with_digit_vowels("خمسة وستة وسبعة") == "خمسة وستة وسبعة"
    assert with_digit_vowels("صفر تسعة ستة") == "صِفْرْ تِسْعَةْ سِتَّةْ"
    # a telephone number's groups, set apart by commas
    assert with_digit_vowels("تسعة ستة، واحد واحد") == "تِسْعَةْ سِتَّةْ، وَاحِدْ وَاحِدْ"


def test_a_tables_cells_are_said_after_their_column_header(cache: Path) -> None:
    # a league table read cell by cell ("واحد، الهلال، خمسة، ثلاثة عشر"): a listener
    # could not tell the points from the games played; the display keeps the cell alone
    table = Table(rows=(
        ((Span("المركز"),), (Span("الفريق"),), (Span("لعب"),), (Span("النقاط"),)),
        ((Span("1"),), (Span("الهلال"),), (Span("5"),), (Span("13"),)),
        ((Span("2"),), (Span("Al Ahli"),), (Span("5"),), (Span(""),)),
    ), header_rows=1)
    art = replace(article("ar", "ترتيب الدوري", "حسم الهلال تأهله."),
                  blocks=(Paragraph((Span("حسم الهلال تأهله."),)), table))
    plan = plan_speech(art, AudioOptions(cache_dir=cache, diacritize=False))
    cells = [s for s in plan if s.block == 1]
    assert [s.text for s in cells][:6] == ["المركز", "الفريق", "لعب", "النقاط", "1", "الهلال"]
    said = [strip_vowels(s.speech) for s in cells]
    assert said[4:8] == ["المركز: واحد", "الفريق: الهلال", "لعب: خمسة", "النقاط: ثلاثة عشر"]
    assert said[9] == "الفريق: Al Ahli"  # (a Latin name inside, as in any Arabic sentence)
    assert len(cells) == 11  # the empty cell is not said


def test_a_league_table_s_column_letters_are_said_in_full(cache: Path) -> None:
    """A football table's header ("P", "W", "D", "L", "GD", "Pts"): each cell was said
    after its letter ("pee fifteen", "double-u eleven", "P T S thirty-five"); a table whose
    header is no league table's keeps its names."""
    def cells(*row: str) -> tuple[tuple[Span, ...], ...]:
        return tuple((Span(c),) for c in row)
    league = Table(rows=(cells("Pos", "Team", "P", "W", "D", "L", "GD", "Pts"),
                         cells("1", "Arsenal", "15", "11", "2", "2", "+21", "35")),
                   header_rows=1)
    other = Table(rows=(cells("Name", "W"), cells("Ali", "12")), header_rows=1)
    plan = plan_speech(article("en", "The table", league, other), AudioOptions(cache_dir=cache))
    said = [s.speech for s in plan if s.block is not None]
    assert said[8:16] == ["Position: 1", "Team: Arsenal", "Played: 15", "Won: 11",
                          "Drawn: 2", "Lost: 2", "Goal difference: +21", "Points: 35"]
    assert said[-2:] == ["Name: Ali", "W: 12"]


def test_a_numbered_list_s_item_numbers_are_said_from_its_start(cache: Path) -> None:
    """A list that goes on counting after a paragraph ("4." to "5."), a bulleted list
    inside its item, and a text that says "step 4": the listener heard the items with no
    number, the reader saw them. Read as DAISY books and screen readers read them: the
    printed number before each numbered item (in the item's first sentence only, the
    sentence's offsets unchanged for the read-along), never a bullet."""
    steps = ListBlock(items=((Span("أرسل الطلب. ثم انتظر الرسالة."),),
                             (Span("تنبيه مهم"),), (Span("استلم الجواز."),)),
                      ordered=True, start=4, levels=(0, 1, 0), numbered=(True, False, True))
    bullets = ListBlock(items=((Span("ملاحظة أولى"),),))
    art = replace(article("ar", "تجديد الجواز", "انتبه إلى الخطوة 4."),
                  blocks=(Paragraph((Span("انتبه إلى الخطوة 4."),)), steps, bullets))
    plan = plan_speech(art, AudioOptions(cache_dir=cache, diacritize=False))
    said = [strip_vowels(s.speech) for s in plan if s.block in (1, 2)]
    assert said == ["أربعة: أرسل الطلب.", "ثم انتظر الرسالة.", "تنبيه مهم",
                    "خمسة: استلم الجواز.", "ملاحظة أولى"]
    first = next(s for s in plan if s.block == 1)
    assert (first.text, first.char_start) == ("أرسل الطلب.", 0)
    english = ListBlock(items=((Span("Open the app."),), (Span("Pay the fee."),)), ordered=True)
    plan = plan_speech(replace(article("en", "Renewal"), blocks=(english,)),
                       AudioOptions(cache_dir=cache))
    assert [s.speech for s in plan if s.block == 0] == ["one: Open the app.", "two: Pay the fee."]
    # the number is voiced apart from the item's words: vowelled with them, it changed
    # them ("تأكد من ..." became "اثْنَانِ: تَأَكَّدُ", not the imperative "تَأَكَّدْ")
    item = "تأكد من أن الضمان يشمل الألواح."
    vowelled = replace(article("ar", "نصائح", item), blocks=(
        Paragraph((Span(item),)), ListBlock(items=((Span(item),),), ordered=True)))
    plan = plan_speech(vowelled, AudioOptions(cache_dir=cache))
    alone, numbered = [s for s in plan if s.block in (0, 1)]
    assert [strip_vowels(r.speech) for r in numbered.runs] == ["واحد:", strip_vowels(alone.speech)]
    assert numbered.runs[1].speech == alone.speech


def test_a_code_block_is_announced_not_read_and_not_skipped_in_silence(cache: Path) -> None:
    """Program code between two paragraphs: the listener heard the paragraphs run on as
    if nothing stood between them. Its symbols are not read (a voice spells them), but
    a short notice in the article's language says a code example is there, in its
    place, with our own vowels; the paragraphs keep their sentences and offsets."""
    code = Preformatted("pip install artexport", "bash")
    art = replace(article("ar", "دليل التثبيت", "نفذ الأمر التالي.", "ثم افتح البرنامج."),
                  blocks=(Paragraph((Span("نفذ الأمر التالي."),)), code,
                          Paragraph((Span("ثم افتح البرنامج."),))))
    plan = plan_speech(art, AudioOptions(cache_dir=cache))
    body = [s for s in plan if s.part in ("block", "code")]
    assert [(s.part, s.block, s.sentence) for s in body] == [
        ("block", 0, 0), ("code", None, 1), ("block", 2, 0)]
    assert body[1].speech.startswith("هُنَا مَقْطَعٌ بَرْمَجِي")
    assert body[1].pause_before > 0 and body[1].voice == body[0].voice
    plan = plan_speech(replace(article("en", "Install"),
                               blocks=(Paragraph((Span("Run this."),)), code)),
                       AudioOptions(cache_dir=cache))
    assert [s.speech for s in plan if s.part == "code"] == [
        "A code example here is not read aloud"]


def test_preformatted_text_that_is_no_code_is_read_line_by_line(cache: Path) -> None:
    """A results table laid out with spaces (``code`` false) was announced as a code
    example and never read: its lines are read, each its own sentence, no notice."""
    table = Preformatted("Ward    Votes\nNorth   4210\nSouth   3987", code=False)
    art = replace(article("en", "Results"),
                  blocks=(Paragraph((Span("The count is in."),)), table))
    plan = plan_speech(art, AudioOptions(cache_dir=cache))
    assert not [s for s in plan if s.part == "code"]
    said = [s.speech for s in plan if s.block == 1]
    assert len(said) == 3 and "North" in said[1] and "South" in said[2]
