"""Sentence and clause boundaries: what the audio speaks per chunk, and what read-along
highlights. Offsets must be exact, ordered and cover every visible character once."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artexport.text.lang import detect_language
from artexport.text.sentences import clause_bounds, sentence_bounds, split_sentences
from artexport.text.speech import speech_text

SPLIT_CASES = [
    # End marks, Arabic question mark, ellipses.
    ("ar", "هطلت الأمطار. وعم الخير! هل انتهى؟ ربما...",
     ["هطلت الأمطار.", "وعم الخير!", "هل انتهى؟", "ربما..."]),
    ("ar", "قال إن الوضع صعب… ثم غادر.", ["قال إن الوضع صعب…", "ثم غادر."]),
    ("ar", "كيف؟!  لا أعرف", ["كيف؟!", "لا أعرف"]),
    ("ar", "كيف؟قال لا", ["كيف؟", "قال لا"]),
    # Numbers, dates and times never cut.
    ("ar", "سجل المؤشر ٩٤.٧٥ نقطة بقيمة ٤.١٥٩.٥١٢.٣١٣ ريال. ثم ارتفع.",
     ["سجل المؤشر ٩٤.٧٥ نقطة بقيمة ٤.١٥٩.٥١٢.٣١٣ ريال.", "ثم ارتفع."]),
    ("ar", "نشر في 2021.06.26 الساعة 14:30 بتوقيت دمشق. وانتهى",
     ["نشر في 2021.06.26 الساعة 14:30 بتوقيت دمشق.", "وانتهى"]),
    ("ar", "بلغ العدد 2015. وفي العام التالي زاد", ["بلغ العدد 2015.", "وفي العام التالي زاد"]),
    # Closing quotes and brackets stay with their sentence.
    ("ar", "وقال «هذا مهم جدًا.» ثم صمت.", ["وقال «هذا مهم جدًا.»", "ثم صمت."]),
    ("ar", 'أكد أن العملية "تكللت بالنجاح." وأضاف', ['أكد أن العملية "تكللت بالنجاح."', "وأضاف"]),
    ("ar", "(انتهى الاجتماع.) وبدأ آخر", ["(انتهى الاجتماع.)", "وبدأ آخر"]),
    # Arabic abbreviations before a name; a year marker does end.
    ("ar", "التقى د. أحمد بالوفد. ثم سافر", ["التقى د. أحمد بالوفد.", "ثم سافر"]),
    ("ar", "حاضر أ.د. سامي في الجامعة.", ["حاضر أ.د. سامي في الجامعة."]),
    ("ar", "حضر الاجتماع وأ.د. سعيد المالكي. ثم انتهى.",
     ["حضر الاجتماع وأ.د. سعيد المالكي.", "ثم انتهى."]),
    ("ar", "صمم م. خالد المبنى. وافتتح", ["صمم م. خالد المبنى.", "وافتتح"]),
    ("en", "KNOXVILLE, Tenn. (AP) — A fire broke out. She moved to Austin, Calif. Then she "
           "left.", ["KNOXVILLE, Tenn. (AP) — A fire broke out.",
                     "She moved to Austin, Calif.", "Then she left."]),
    ("ar", "ولد عام 1950 م. وتوفي عام 2010 م.", ["ولد عام 1950 م.", "وتوفي عام 2010 م."]),
    # a case's "v.", a law's parts before their number, a company's ticker: no sentence ends
    # there (the listener heard "In R v." and "Board of Education, cited at para." alone)
    ("en", "In R v. Smith, under Art. 10 and ss. 12-14, cited at para. 45, Tesla Inc. (TSLA) "
           "fell. He loved art. 10 people came. It is Acme Inc. Then more.",
     ["In R v. Smith, under Art. 10 and ss. 12-14, cited at para. 45, Tesla Inc. (TSLA) fell.",
      "He loved art.", "10 people came.", "It is Acme Inc.", "Then more."]),
    ("en", "The White House, 1600 Pennsylvania Ave. NW, Washington, said so. It is on Elm "
           "Ave. Nobody came.",
     ["The White House, 1600 Pennsylvania Ave. NW, Washington, said so.", "It is on Elm Ave.",
      "Nobody came."]),
    # URLs and e-mail addresses.
    ("ar", "زوروا https://developer.apple.com/resources?x=1. وهناك المزيد",
     ["زوروا https://developer.apple.com/resources?x=1.", "وهناك المزيد"]),
    ("ar", "راسلوا info@sabah.example.tn. للاستفسار",
     ["راسلوا info@sabah.example.tn.", "للاستفسار"]),
    ("ar", "الموقع aawsat.com متاح. جربه", ["الموقع aawsat.com متاح.", "جربه"]),
    # Line breaks and list numbers.
    ("ar", "العنوان الرئيسي\nنص الفقرة الأولى", ["العنوان الرئيسي", "نص الفقرة الأولى"]),
    ("ar", "1. البند الأول\n2. البند الثاني", ["1. البند الأول", "2. البند الثاني"]),
    # English abbreviations.
    ("en", "Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    ("en", "He moved to the U.S. He stayed.", ["He moved to the U.S.", "He stayed."]),
    ("en", "The U.S. army arrived.", ["The U.S. army arrived."]),
    ("en", "Rates held while the U.S. Federal Reserve met. In the U.K. The Times said so.",
     ["Rates held while the U.S. Federal Reserve met.", "In the U.K.", "The Times said so."]),
    ("en", "Use tools, e.g. a hammer. Done.", ["Use tools, e.g. a hammer.", "Done."]),
    # "Brig.", "c." before a number, AP's "5 p.m. Jan. 20" and "p.m. Friday" go on
    ("en", "Brig. Gen. Ann Moss spoke of c. 5,000 years. It opens at 5 p.m. Jan. 20 and "
           "at 9 a.m. Friday. It shut at 6 p.m. The crowd left.",
     ["Brig. Gen. Ann Moss spoke of c. 5,000 years.",
      "It opens at 5 p.m. Jan. 20 and at 9 a.m. Friday.", "It shut at 6 p.m.",
      "The crowd left."]),
    # "the Rt. Hon." (right honourable) goes on: it was cut after "Rt."
    ("en", "The Rt. Hon. Member for Bath said so. Fine.",
     ["The Rt. Hon. Member for Bath said so.", "Fine."]),
    ("en", "J. K. Rowling wrote it. Really.", ["J. K. Rowling wrote it.", "Really."]),
    ("en", "It costs approx. five dollars... and more. Fine.",
     ["It costs approx. five dollars... and more.", "Fine."]),
    ("en", 'She said "Stop." Then left.', ['She said "Stop."', "Then left."]),
    ("en", "It rose 3.5 percent. Then fell.", ["It rose 3.5 percent.", "Then fell."]),
    # Other languages' abbreviations and German ordinals (each was cut in two)
    ("de", "Am 7. März 2024 fuhren 5,5 Mio. Fahrgäste, z. B. in Berlin. Das kostet 1,2 Mrd. "
           "Euro. Danach kommt mehr.",
     ["Am 7. März 2024 fuhren 5,5 Mio. Fahrgäste, z. B. in Berlin.",
      "Das kostet 1,2 Mrd. Euro.", "Danach kommt mehr."]),
    ("de", "Er wurde im 19. Jahrhundert gebaut. Sie wurde 3. Der Trainer lobte den 2. Platz.",
     ["Er wurde im 19. Jahrhundert gebaut.", "Sie wurde 3.",
      "Der Trainer lobte den 2. Platz."]),
    # the abbreviations the speech writes out end no sentence either
    ("de", "Die Zahl stieg auf 250. Das ist viel, Kitas usw. Dann kam der Winter.",
     ["Die Zahl stieg auf 250.", "Das ist viel, Kitas usw.", "Dann kam der Winter."]),
    ("de", "Die Zahl stieg auf 12. Rettungskräfte suchen weiter beim 1. FC Köln, wo "
           "Burkardt (52.) traf.",
     ["Die Zahl stieg auf 12.", "Rettungskräfte suchen weiter beim 1. FC Köln, wo "
      "Burkardt (52.) traf."]),
    ("tr", "Süper Lig'in 14. haftasında Icardi 23. dakikada gol attı. Maç bitti.",
     ["Süper Lig'in 14. haftasında Icardi 23. dakikada gol attı.", "Maç bitti."]),
    ("de", "Er tagt in der sog. Bereinigungssitzung. Dann ging er.",
     ["Er tagt in der sog. Bereinigungssitzung.", "Dann ging er."]),
    ("pt", "A linha, inaugurada no séc. XIX, continua lenta. Fim.",
     ["A linha, inaugurada no séc. XIX, continua lenta.", "Fim."]),
    ("es", "Los EE. UU. votaron ayer. El Sr. Ortega habló.",
     ["Los EE. UU. votaron ayer.", "El Sr. Ortega habló."]),
    ("fr", "Selon l'art. 16 (env. 14 M€) le budget passe. M. Dupont a parlé.",
     ["Selon l'art. 16 (env. 14 M€) le budget passe.", "M. Dupont a parlé."]),
    ("tr", "Doç. Dr. Elif Kaya açıkladı. Yeni karar geldi.",
     ["Doç. Dr. Elif Kaya açıkladı.", "Yeni karar geldi."]),
    ("it", "Il sig. Michele Zuin ha parlato. Poi è partito.",
     ["Il sig. Michele Zuin ha parlato.", "Poi è partito."]),
    # a name's initials said in Arabic ("I. M. Pei") end no sentence
    ("ar", "صمم المعماري آي. إم. بي. المبنى عام 1989. وافتتح المتحف.",
     ["صمم المعماري آي. إم. بي. المبنى عام 1989.", "وافتتح المتحف."]),
    # ... which English does not share ("art." ends a sentence there)
    ("en", "It was modern art. Then he left.", ["It was modern art.", "Then he left."]),
    # Persian.
    ("fa", "این ویرایشگر رایگان است. آیا خوب است؟ بله",
     ["این ویرایشگر رایگان است.", "آیا خوب است؟", "بله"]),
    # rupees and a company's "Co. Ltd." end nothing, in Urdu, Arabic or English
    ("ur", "انہوں نے Rs. 1,500 ماہانہ وظیفے کا اعلان کیا۔",
     ["انہوں نے Rs. 1,500 ماہانہ وظیفے کا اعلان کیا۔"]),
    ("en", "A stipend of Rs. 1,500 from Acme Co. Ltd. was paid. Then more.",
     ["A stipend of Rs. 1,500 from Acme Co. Ltd. was paid.", "Then more."]),
    # initials inside an Urdu sentence end nothing
    ("ur", "یہ بات P.M. House میں کہی گئی۔ اجلاس جاری رہا۔",
     ["یہ بات P.M. House میں کہی گئی۔", "اجلاس جاری رہا۔"]),
    # a quotation closed by "!" or "?" goes on before a word in lower case (the voice
    # paused mid-sentence, and "all night." was read alone); French closes its
    # guillemet after a space ("» toute la nuit" began the next sentence)
    ("en", 'Fans chanted "We won!" all night. He asked "Why?" Then he left.',
     ['Fans chanted "We won!" all night.', 'He asked "Why?"', "Then he left."]),
    ("fr", "Il a crié « Victoire ! » toute la nuit. Puis « Encore ! » Il est parti.",
     ["Il a crié « Victoire ! » toute la nuit.", "Puis « Encore ! »", "Il est parti."]),
    # Nothing to split.
    ("ar", "   ", []),
    ("ar", "", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPLIT_CASES,
                         ids=[f"{c[0]}:{c[1][:25]}" for c in SPLIT_CASES])
def test_split_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_bounds_are_exact_offsets_into_the_text() -> None:
    text = "  أولى الجمل.   ثانية الجمل؟\n\n ثالثة  "
    bounds = sentence_bounds(text, "ar")
    assert bounds == [(2, 13), (16, 28), (31, 36)]
    assert [text[a:b] for a, b in bounds] == ["أولى الجمل.", "ثانية الجمل؟", "ثالثة"]


CLAUSE_CASES = [
    ("ar", "قالت: الإقفال عند ٩٠٩٨، وهو مهم؛ لذلك ننتظر. ثم",
     ["قالت:", "الإقفال عند ٩٠٩٨،", "وهو مهم؛", "لذلك ننتظر.", "ثم"]),
    ("ar", "بلغ 1,500 في الساعة 14:30 والعدد ٤،٥ فقط",
     ["بلغ 1,500 في الساعة 14:30 والعدد ٤،٥ فقط"]),
    ("ar", "انظر https://a.example.com/x?y=1,2 الآن", ["انظر https://a.example.com/x?y=1,2 الآن"]),
    ("en", "First, we wait; then: we go.", ["First,", "we wait;", "then:", "we go."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAUSE_CASES)
def test_clause_bounds(lang: str, text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in clause_bounds(text, lang)] == expected


def test_clauses_refine_sentences() -> None:
    text = "أولًا، نبدأ؛ ثانيًا، ننتهي. وأخيرًا، نرتاح"
    sentences = sentence_bounds(text, "ar")
    for a, b in clause_bounds(text, "ar"):
        assert any(s <= a and b <= e for s, e in sentences)


# -- properties ------------------------------------------------------------------------

def assert_partition(text: str, bounds: list[tuple[int, int]]) -> None:
    """Ordered, non-overlapping, stripped spans that hold every non-space char once."""
    covered = [0] * len(text)
    previous_end = 0
    for start, end in bounds:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        for i in range(start, end):
            covered[i] += 1
        previous_end = end
    for i, ch in enumerate(text):
        # Visible characters exactly once; spaces once inside a sentence, or not at all.
        assert covered[i] == 1 if not ch.isspace() else covered[i] <= 1


TOKENS = st.sampled_from([
    "قال", "د.", "م.", "أ.د.", "هـ.", "2015", "٤.١٥٩", "94.75", "14:30", ".", "..", "...",
    "…", "!", "?", "؟", "؟!", "«", "»", '"', "'", ")", "(", "]", "،", "؛", ",", ";", ":",
    "Mr.", "U.S.", "e.g.", "J.", "word", "Word", "https://a.b/c?d=1.", "a@b.co.", "1.",
    "\n", "\r\n", " ", "  ", "\t", "\u00a0", "\u200f",
])
TEXTS = st.one_of(
    st.lists(TOKENS, max_size=40).map(" ".join),
    st.lists(TOKENS, max_size=40).map("".join),
    st.text(max_size=120),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from(["ar", "fa", "en"]))
def test_sentence_bounds_cover_every_character_once(text: str, lang: str) -> None:
    assert_partition(text, sentence_bounds(text, lang))
    assert_partition(text, clause_bounds(text, lang))


# -- seed and corpus -------------------------------------------------------------------

def test_seed_date_line_is_one_sentence(seed: Path) -> None:
    sentences = split_sentences(seed.read_text(encoding="utf-8"), "ar")
    assert "2021.06.26 | 14:30 دمشق" in sentences
    assert any(s.startswith("المتحدث باسم التحالف") and s.endswith("وفق قوله.")
               for s in sentences)


@pytest.mark.parametrize("name", ["03", "04", "07", "08", "10", "11", "12", "13", "18", "20"])
def test_corpus_pages_partition_cleanly(corpus: Path, name: str) -> None:
    text = next(corpus.glob(f"{name}-*.txt")).read_text(encoding="utf-8")
    lang = detect_language(text)
    bounds = sentence_bounds(text, lang)
    assert_partition(text, bounds)
    assert len(bounds) >= 5


def test_corpus_numbers_and_urls_stay_whole(corpus: Path) -> None:
    market = next(corpus.glob("12-*.txt")).read_text(encoding="utf-8")
    sentences = split_sentences(market, "ar")
    assert any("٤.١٥٩.٥١٢.٣١٣" in s for s in sentences)
    assert any("٩٤.٧٥" in s for s in sentences)
    apps = next(corpus.glob("11-*.txt")).read_text(encoding="utf-8")
    assert any("https://developer.apple.com/resources" in s
               for s in split_sentences(apps, "ar"))


def test_urdu_full_stop_ends_a_sentence() -> None:
    text = "کراچی میں بارش ہوئی۔ محکمہ موسمیات نے بتایا۔"
    assert split_sentences(text, "ur") == ["کراچی میں بارش ہوئی۔", "محکمہ موسمیات نے بتایا۔"]


def test_an_era_s_dot_ends_the_sentence_unless_the_clause_goes_on() -> None:
    """"2560 ق.م. في عهد خوفو" was cut in two (a pause mid-clause, two cues)."""
    def split(text: str) -> list[str]:
        return [text[s:e] for s, e in sentence_bounds(text, "ar")]
    assert len(split("وبنيت الأهرامات نحو 2560 ق.م. في عهد الملك خوفو.")) == 1
    assert len(split("حكم من عام 40 هـ. حتى وفاته في الكوفة.")) == 1
    assert split("بنيت المدينة عام 300 ق.م. وازدهرت.") == ["بنيت المدينة عام 300 ق.م.",
                                                            "وازدهرت."]
    # ("في" alone opens a sentence as often: "في عام 1948 ...", "من جهته ...")
    assert len(split("تأسست المدينة عام 1920 م. في عام 1948 انتقلت العاصمة إليها.")) == 2
    assert len(split("انتهت الحرب عام 1945 م. من جهته، قال المؤرخ إن الأرقام دقيقة.")) == 2


def test_a_persian_or_urdu_sentence_goes_on_after_an_era_or_noon_abbreviation() -> None:
    """A Persian or Urdu sentence ends on its verb: "در سال ۱۳۵۷ ه.ش. به دنیا آمد",
    "ساعت ۱۰ ق.ظ. برگزار شد" were cut in two, the first half ending on a stop."""
    assert split_sentences("او در سال ۱۳۵۷ ه.ش. به دنیا آمد. سپس رفت.", "fa") == [
        "او در سال ۱۳۵۷ ه.ش. به دنیا آمد.", "سپس رفت."]
    assert len(split_sentences("جلسه ساعت ۱۰ ق.ظ. برگزار شد.", "fa")) == 1
    assert len(split_sentences("کورش در ۵۳۰ ق.م. درگذشت.", "fa")) == 1
    assert split_sentences("تولد: ۱۳۵۷ ه.ش.\nمحل: تهران", "fa") == [
        "تولد: ۱۳۵۷ ه.ش.", "محل: تهران"]
    assert speech_text("او در سال ۱۳۵۷ ه.ش. به دنیا آمد.", "fa") == \
        "او در سال هزار و سیصد و پنجاه و هفت هجری شمسی به دنیا آمد."
