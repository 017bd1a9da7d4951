"""Arabic number grammar in a sentence: which case a number takes, whether the word after
it is the noun it counts, when a number is an ordinal, and the counted phrase itself.

The rules are those of the grammars (al-Ghalayini, *Jami' al-durus al-'arabiyya*, "باب
العدد"; Ryding, *A Reference Grammar of Modern Standard Arabic*, ch. 15):

* **Tamyiz**: 3-10 take a genitive plural ("ثلاثة دولارات"), 11-99 an accusative
  singular ("أحد عشر دولارًا"), 100, 1000 and their multiples a genitive singular, the
  number in construct with it ("مئة دولار", "ألفا دولار", "خمسون ألف شخص" — never
  "ألفًا شخص"); 1 and 2 follow the noun or become its dual ("دولار واحد", "دولاران").
* **Gender**: 3-10 (alone or as the units of a larger number) take the gender opposite
  to the counted noun's singular; 1, 2 and the "ten" of 11-19 agree with it
  (:mod:`artexport.text.arabic_nouns` finds the gender).
* **Case**: a number is genitive after a preposition or a noun (idafa: "عدد 20",
  "نحو 20"), nominative at the head of a sentence and as the subject right after an
  intransitive or passive verb ("شارك 60% من الناخبين", "أصيب 22 شخصًا") or after
  "هناك", and accusative elsewhere (an object or an adverbial: "ارتفع 20%"). Only two
  forms are spelled differently, so the code speaks of ``nominative`` and ``oblique``.
* **Ordinals**: "الـN" after a singular noun is an ordinal agreeing with it ("الدورة
  الـ37" -> "الدورة السابعة والثلاثين"), after a plural a definite cardinal ("الدول
  الـ3" -> "الدول الثلاث"); a bare number after a noun of rank or sequence (المركز،
  المرة، القرن، الدورة، المادة...) is an ordinal ("القرن 21" -> "القرن الحادي
  والعشرين"). The ordinal takes the case of its noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .arabic_nouns import bare, is_feminine, is_plural
from .lang import word_set
from .numbers import Case, ar_cardinal

AR_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"


@dataclass(frozen=True)
class CountedNoun:
    """The forms of a noun counted by a number we read out (a unit, a currency, a scale
    word): ``singular`` (genitive, after 100 and 1000), ``dual`` (nominative; None for
    an indeclinable loanword such as "يورو"), ``plural`` (after 3-10) and
    ``accusative`` (after 11-99)."""

    singular: str
    dual: str | None
    plural: str
    accusative: str
    feminine: bool


def _oblique_dual(dual: str) -> str:
    """"ليرتان سوريتان" -> "ليرتين سوريتين": every word's dual ending."""
    return " ".join(w[:-2] + "ين" if w.endswith("ان") else w for w in dual.split(" "))


def counted(n: int, noun: CountedNoun, *, case: Case = "oblique",
            construct: bool = False) -> str:
    """``n`` of ``noun`` by the tamyiz rules: 1 "دولار واحد", 2 "دولاران", 5 "خمسة
    دولارات", 15 "خمسة عشر دولارًا", 100 "مئة دولار", 2000 "ألفا دولار".

    ``construct``: ``noun`` (a scale word) itself counts a noun that follows, so it is
    in construct: 2 "مليونا (دولار)", 15 "خمسة عشر مليون (دولار)"; and one of it is the
    noun alone ("مليون"), not "مليون واحد".
    """
    if n == 1:
        if construct:
            return noun.singular
        return f"{noun.singular} {'واحدة' if noun.feminine else 'واحد'}"
    if n == 2 and noun.dual is not None:
        dual = noun.dual[:-1] if construct else noun.dual
        if case != "nominative":
            return dual[:-1] + "ي" if construct else _oblique_dual(dual)
        return dual
    rest = n % 100
    if 3 <= rest <= 10:
        return f"{ar_cardinal(n, case=case, feminine=noun.feminine)} {noun.plural}"
    if 11 <= rest <= 99:
        accusative = noun.singular if construct else noun.accusative
        return f"{ar_cardinal(n, case=case, feminine=noun.feminine)} {accusative}"
    words = ar_cardinal(n, case=case, feminine=noun.feminine, construct=rest == 0)
    return f"{words} {noun.singular}"


# -- context ---------------------------------------------------------------------------

# Words after a number that are not the noun it counts ("في 2025 بنسبة": a preposition
# and its noun, not a feminine noun counted by the year).
FUNCTION_WORDS = word_set("""
    زائد في من على إلى الى عن مع منذ حتى بعد قبل خلال عند لدى نحو حوالي حوالى قرابة زهاء أو
    او ثم بل لكن إلا الا غير سوى فقط تقريبا أيضا ايضا كما وفق حسب بحسب وفقا مقابل بين ضد
    دون عبر لا لم لن قد إذا اذا إن ان أن إنه أنه كان كانت يكون تكون هو هي هم هن ذلك تلك
    هذا هذه هؤلاء الذي التي الذين اللواتي ما ماذا متى أين كيف لماذا منها منهم منهن فيها
    فيهم عليها عليهم إليها لها له لهم بها به بهم آخرون آخرين أخرى آخر أخريات يوميا سنويا
    آخران أخريان أخريين
    شهريا أسبوعيا حاليا سابقا مجددا مؤخرا إضافيا فما فأكثر فأقل أكثر أقل فصاعدا وأكثر
    وما ونحو كل جميع بعض عدة مساء صباحا ظهرا عصرا ليلا بالمئة بالمائة المئة المائة
    أمام بنسبة بقيمة بمعدل بمقدار بواقع بفارق بسعر بزيادة بارتفاع بانخفاض بتراجع بإجمالي
""")

# Words after which a number is the subject: intransitive and passive verbs, "هناك".
_SUBJECT_VERBS = word_set("""
    هناك ثمة يوجد توجد يعيش تعيش يقيم تقيم يعمل تعمل يشارك تشارك شارك شاركت صوت صوتت
    يصوت نزح نزحت فر فرت عاد عادت وصل وصلت توفي توفيت مات ماتت لقي لقيت نجا نجت غرق غرقت
    سقط سقطت حضر حضرت أصيب أصيبت استشهد استشهدت انضم انضمت امتنع امتنعت
""")
# Verbs of casualty reports whose unvowelled letters news writes for the passive: a
# number straight after one that opens a clause is its subject ("قُتل 21 شخصًا",
# "وقُتل 5"); the active voice names its subject first ("قتل المسلح 22 شخصًا": the
# number is the object). Inside a clause the same letters are a verbal noun ("بعد قتل
# 22 شخصًا"), and the number after it stays genitive. Verbs of arrest stay active
# ("اعتقل 12 شخصًا": the police are understood), as the table reads them.
_PASSIVE_AT_CLAUSE_START = word_set("قتل قتلت جرح جرحت")
# "إنّ" and its sisters: the number after them is their noun, in the accusative.
_INNA = word_set("إن أن لكن كأن ليت لعل بأن لأن وإن وأن ولكن فإن")
# A preposition with a pronoun between such a verb and its subject: "انضم إليهم 2".
_PRONOUN_PHRASES = word_set("""
    إليه إليها إليهم له لها لهم فيه فيها فيهم منه منها منهم عليه عليها عليهم به بها بهم
    معه معها معهم
""")
# Pronoun suffixes that make a noun definite: "عامه الـ3", "دورتها الـ37".
_PRONOUN_SUFFIX = re.compile(r"(?:هما|هم|هن|ها|ه|نا|كم)$")

# Nouns of rank or sequence that a bare number after them makes an ordinal.
ORDINAL_NOUNS = word_set("""
    المركز المرتبة المرة القرن الدورة المادة البند الفقرة الفصل الطابق الجولة الأسبوع
    الحلقة الجزء المرحلة النسخة الموسم الصف الذكرى الطبعة الشوط الدقيقة الباب اللواء
    الفيلق الكتيبة الفرقة الدرجة الساعة الدائرة المجموعة المنطقة العدد المصنف المصنفة
""")

_SENTENCE_START = ".!?؟:«\"“-–—•*\n"
_PROCLITIC_PREPOSITION = re.compile(r"^[وف]?[بلك]")
_WORD = re.compile(rf"[{AR_LETTER}\u064b-\u0652\u0670\u0640]+")


def strip_clitics(word: str) -> str:
    """"وللمرة" -> "المرة", "بالمركز" -> "المركز", "وفي" -> "في": what a lexicon knows."""
    word = bare(word)
    for prefix, keep in (("ولل", "ال"), ("فلل", "ال"), ("لل", "ال"), ("وبال", "ال"),
                         ("فبال", "ال"), ("بال", "ال"), ("كال", "ال"), ("وال", "ال"),
                         ("فال", "ال")):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return keep + word[len(prefix):]
    if len(word) > 3 and word[0] in "وف":
        return word[1:]
    return word


def previous_word(before: str) -> tuple[str, str]:
    """The last word of ``before`` (text right before a number) and what precedes it;
    ("", before) when punctuation or a line break comes first."""
    stripped = before.rstrip(" \t")
    if not stripped or stripped[-1] in _SENTENCE_START or stripped[-1] in "،,؛;(":
        return "", stripped
    m = re.search(r"\S+$", stripped)
    assert m is not None
    return m.group(), stripped[:m.start()]


def case_of(before: str, proclitic: str = "") -> Case:
    """The case of the word (number or noun) that ``before`` leads up to."""
    if _PROCLITIC_PREPOSITION.match(proclitic):
        return "oblique"
    stripped = before.rstrip(" \t")
    if not stripped or stripped[-1] in _SENTENCE_START:
        return "nominative"
    word, earlier = previous_word(before)
    if word and bare(word) in _INNA:
        return "accusative"
    if word and _opens_sentence(word, earlier):
        return "nominative"  # "عمره 25 عاما": the predicate of a nominal sentence
    if word and bare(word) in _PRONOUN_PHRASES:
        word, earlier = previous_word(earlier)
    elif word and strip_clitics(word).startswith("ال"):
        # "شارك في المؤتمر 150 باحثًا", "قتل بالهجوم 20": the verb, then a place or
        # cause, then its subject
        if _PROCLITIC_PREPOSITION.match(_clitics_of(word)):
            verb, verb_before = previous_word(earlier)
        else:
            prep, prep_before = previous_word(earlier)
            verb, verb_before = previous_word(prep_before) if prep and \
                bare(prep) in _PLACE_PREPOSITIONS else ("", "")
        if verb and _subject_verb(verb, verb_before):
            return "nominative"
    if word and _subject_verb(word, earlier):
        return "nominative"
    return "oblique"


# Prepositions of a place, time or cause between a verb and its subject.
_PLACE_PREPOSITIONS = word_set("في على من إلى خلال جراء إثر أمام داخل خارج قرب عند لصالح ضد")


def _subject_verb(word: str, earlier: str) -> bool:
    """Whether a number after ``word`` (with ``earlier`` before it) is the subject of
    ``word``: an intransitive or passive verb (:data:`_SUBJECT_VERBS`, and
    :data:`_PASSIVE_AT_CLAUSE_START` at the head of a clause)."""
    verb = strip_clitics(word)
    if verb in _SUBJECT_VERBS:
        return True
    return verb in _PASSIVE_AT_CLAUSE_START and (bare(word) != verb
                                                 or _clause_start(earlier))


def _clause_start(before: str) -> bool:
    """Whether a clause starts after ``before``: nothing, or a sentence's or a clause's
    punctuation, comes first."""
    stripped = before.rstrip(" \t")
    return not stripped or stripped[-1] in _SENTENCE_START or stripped[-1] in "،,؛;("


def _opens_sentence(word: str, earlier: str) -> bool:
    """Whether ``word`` is a definite noun (article or pronoun suffix) opening a
    sentence: the subject of a nominal sentence, whose predicate is nominative."""
    earlier = earlier.rstrip(" \t")
    if earlier and earlier[-1] not in _SENTENCE_START:
        return False
    noun = strip_clitics(word)
    if noun in FUNCTION_WORDS or noun in _SUBJECT_VERBS or not _WORD.fullmatch(noun):
        return False
    return noun.startswith("ال") or bool(_without_pronoun(noun))


def counted_noun_after(after: str) -> str | None:
    """The noun a number counts, when the word right after it is one: an indefinite
    Arabic word that is not a particle, a pronoun or an adverb."""
    m = re.match(r"[ \t]{1,3}(\S+)", after)
    if m is None:
        return None
    token = m.group(1)
    word = bare(token)
    if not token[0].isalpha() or len(word) < 2 or not _WORD.fullmatch(word):
        return None
    if word.startswith(("ال", "لل")) or word in FUNCTION_WORDS:
        return None
    if _COMPARED.match(after):
        return None  # "في 2025 مقارنة بـ2024": "compared with", not a comparison counted
    if word[0] in "وف" and word[1:] in FUNCTION_WORDS:
        return None  # "الرقم 1 وفي", "1 ثم": a particle after "و", no noun ("وفي واحد")
    if word in _NUMBER_WORDS or (word[0] in "وف" and word[1:] in _NUMBER_WORDS):
        return None  # "بين 3 وخمسة آلاف": a number already said, not a counted noun
    if word.startswith(("وال", "فال", "بال", "كال")) and len(word) >= 6:
        return None  # "1 والخامس عشر": a definite word, after a conjunction or preposition
    if (word[0] == "و" and word[1] in "أإآيتن") or (word[0] == "ف" and word[1] in "أإآ"):
        return None  # "وأصيب", "ويقول": a conjunction opens the next clause
    if _AND_PAST_VERB.fullmatch(word) and word not in _NOUNS_LIKE_AND_VERB:
        return None  # "فاز في 2 وخسر في 3": "and lost", not a dual "وخسرين"
    return word


_COMPARED = re.compile(r"[ \t]{1,3}(?:مقارنة|مقارنةً|قياسا|قياسًا)[ \t]+(?:مع\b|ب(?!ين\b)[^\W\d_])")

# the words of the numbers 1-10, the tens and the hundreds, bare, in every case and gender
_NUMBER_WORDS = frozenset(
    bare(word).removesuffix("ا") for n in (*range(1, 11), *range(20, 100, 10), 100, 200)
    for case in ("nominative", "oblique", "accusative") for feminine in (False, True)
    for word in ar_cardinal(n, case=case, feminine=feminine).split()) | {"ثمان"}

# "و" and a verb of three letters ("وخسر", "وصنع") or a hollow one ("وقال", "وفاز"):
# nouns of that shape (وزير، وقود، وجبة) carry a long vowel or a teh marbuta elsewhere
_AND_PAST_VERB = re.compile("و[^اويىة][^ويىة][^اويىة]|و[^اويىة]ا[^اويىة]")
_NOUNS_LIKE_AND_VERB = word_set("وسام وباء وداع وئام")


@dataclass(frozen=True)
class Reading:
    """How one number in a sentence is read: as an ordinal or a definite cardinal or a
    cardinal, in which case and gender, and whether a counted noun follows it."""

    ordinal: bool
    definite: bool
    case: Case
    feminine: bool
    construct: bool


def reading_of(before: str, proclitic: str, after: str, value: int) -> Reading:
    """The reading of the integer ``value`` written between ``before`` and ``after``
    with ``proclitic`` ("ال", "بال", "لل", "و"...) attached to it."""
    definite = proclitic.endswith(("ال", "لل"))
    word, earlier = previous_word(before)
    noun = strip_clitics(word) if word else ""
    if definite and noun in _DAY_NOUNS and _has_ordinal(value):
        # "ليلة الـ29", "يوم الـ15": the night's and the day's rank, in the genitive of
        # the noun's complement ("ليلةِ التاسعةِ والعشرين")
        return Reading(True, True, "oblique", noun.endswith("ة"), False)
    if definite and (noun in _REGNAL_NAMES or noun in _REGNAL_QUEENS) and _has_ordinal(value) \
            and not ((following := counted_noun_after(after)) and is_plural(following)):
        # "لويس الـ14", "إليزابيث الـ2": a monarch's or pope's number, an ordinal (it was
        # the cardinal "الأربعة عشر", "الاثنين"); not before a plural it counts ("هنري
        # الـ3 أهداف")
        return Reading(True, True, case_of(earlier, _clitics_of(word)),
                       noun in _REGNAL_QUEENS, False)
    if definite and not noun.startswith("ال") and noun not in FUNCTION_WORDS:
        noun = _without_pronoun(noun)
    if definite and noun.startswith("ال") and noun not in FUNCTION_WORDS \
            and _WORD.fullmatch(noun):
        # "الدورة الـ37", "الدول الـ3": an adjective of the noun before it.
        noun_case = case_of(earlier, _clitics_of(word))
        if (rank := _dual_rank(noun)) and _has_ordinal(value):
            # "القرنين الـ18 والـ19": two ranks of the dual noun (it was the cardinal
            # "الثمانية عشر", as after a plural)
            return Reading(True, True, noun_case, is_feminine(rank), False)
        if is_plural(noun):
            # "خاماتها الـ12 نوعًا": a counted noun after it sets the gender
            following = counted_noun_after(after)
            return Reading(False, True, noun_case, is_feminine(following or noun), False)
        return Reading(_has_ordinal(value), True, noun_case, is_feminine(noun), False)
    if not proclitic and (rank := _rank_noun(noun)) and _has_ordinal(value) \
            and not _counts_a_plural(after, value):
        return Reading(True, True, case_of(earlier, _clitics_of(word)), is_feminine(rank),
                       False)
    if proclitic in ("و", "ف") and word.isdigit() and 1 <= value <= 99:
        # "الساعة 8 و10": a number joined to an ordinal is an ordinal of the same noun
        # (not "الساعة 8 و10 دقائق": minutes, counted)
        head, further = previous_word(earlier)
        head_noun = _rank_noun(strip_clitics(head) if head else "")
        # (after a dual, "القرنين 18 و19 شهدت", a verb after is no counted noun; a
        # plural is, "في الشوطين 2 و3 أهداف")
        following = counted_noun_after(after)
        if head_noun and (following is None or (_dual_rank(strip_clitics(head))
                                                and not is_plural(following))):
            return Reading(True, True, case_of(further, _clitics_of(head)),
                           is_feminine(head_noun), False)
    if proclitic in ("وال", "فال") and _has_ordinal(value) and \
            (joined := _JOINED_RANK.search(before)) and \
            not ((noun_after := counted_noun_after(after)) and is_plural(noun_after)):
        # "المركز الـ3 عربيا والـ45 عالميا": the second rank of the same noun (it was
        # the cardinal "والخمسة والأربعين")
        head = strip_clitics(joined.group(1))
        definite_singular = head.startswith("ال") and not is_plural(head) and \
            head not in FUNCTION_WORDS
        if rank := _rank_noun(head) or (head if definite_singular else ""):
            return Reading(True, True, case_of(before[:joined.start(1)],
                                               _clitics_of(joined.group(1))),
                           is_feminine(rank), False)
    case = case_of(before, proclitic)
    if proclitic in ("و", "ف") and word and counted_noun_after(" " + word) is not None:
        # "250 موظفًا و120 موظفة": a number joined to a counted number takes its case
        head, further = previous_word(earlier)
        first = re.fullmatch(r"([وفبلك]{0,2})\d[\d.,]*", head or "")
        if first is not None:
            case = case_of(further, first.group(1))
    if definite and (_AGE.match(after) or (_AGE_NOUN.fullmatch(bare(word))
                                           and counted_noun_after(after) is None)) \
            and _has_ordinal(value):
        # "في الـ17 من عمرها", "دون سن الـ5": an age, the ordinal of the year ("السابعة
        # عشرة", "سن الخامسة"; "سن الخمسة" was said; "سن الـ65 عامًا" counts its years)
        return Reading(True, True, case, True, False)
    if definite:
        # "الـ24 ساعة": the gender of the noun it counts ("الأربع والعشرين ساعة")
        following = counted_noun_after(after)
        return Reading(False, True, case, following is not None and is_feminine(following),
                       False)
    if word and (bare(word) in LABEL_WORDS or _LATIN_NAME.fullmatch(word)):
        # "القانون رقم 15 لسنة 2020", "Gen 3 وذاكرة": a number that names, counting
        # nothing after it ("Gen ثلاث وذاكرة" was said)
        return Reading(False, False, case, False, False)
    following = counted_noun_after(after)
    if following is None or _is_year(before, value):
        # "من 5 إلى 10 سنوات": the noun after the second number sets the gender of both.
        joined = _JOINED_NUMBER.match(after)
        noun_after = counted_noun_after(" " + joined.group(1)) if joined else None
        feminine = noun_after is not None and is_feminine(noun_after)
        return Reading(False, False, case, feminine, False)
    return Reading(False, False, case, is_feminine(following), True)


_DAY_NOUNS = frozenset({"ليلة", "يوم", "الليلة", "اليوم"})
# names that monarchs and popes bear with a number ("لويس الرابع عشر", "بنديكت السادس عشر")
_REGNAL_NAMES = word_set("""
    لويس هنري جورج إدوارد تشارلز شارل ويليام وليام فيليب فريدريك فريدريش بيوس بنديكت
    بنديكتوس يوحنا بولس لاون غريغوري غريغوريوس ألفونسو فرديناند كارلوس جيمس ريتشارد
    نابليون بطرس إيفان نيقولا نيكولاي ألكسندر فيلهلم غليوم رمسيس أمنحتب تحتمس بطليموس
""")
_REGNAL_QUEENS = word_set("إليزابيث إليزابيت إيزابيلا كاثرين كليوباترا")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z-]*")
# "في الـ17 من عمرها", "في الـ65 من العمر": an age
_AGE = re.compile(r"\s{1,3}من\s{1,3}(?:ال)?عمر")
_AGE_NOUN = re.compile(r"[وف]?[بل]?سن")


def _counts_a_plural(after: str, value: int) -> bool:
    """"وشهد الأسبوع 3 اغتيالات": from 3 to 10 before a plural the number counts it
    (three assassinations), it is no rank of the noun before it (the third week)."""
    following = counted_noun_after(after)
    return 3 <= value <= 10 and following is not None and is_plural(following)


# a noun and its "الـN", an adverb or two after it ("المركز الـ3 عربيا ")
_JOINED_RANK = re.compile(r"(\S+)[ \t]+ال\u0640*[ \t]?\d{1,3}(?:[ \t]+[^\s\d]+){0,2}[ \t]*$")


def _rank_noun(noun: str) -> str:
    """The noun of rank ``noun`` is, or is the dual of ("الدقيقتين 12 و78": two minutes,
    each an ordinal); "" for another noun."""
    if noun in ORDINAL_NOUNS:
        return noun
    for ending, singular_end in (("تين", "ة"), ("تان", "ة"), ("ين", ""), ("ان", "")):
        if noun.endswith(ending) and (single := noun[:-len(ending)] + singular_end) \
                in ORDINAL_NOUNS:
            return single
    return ""


# ranks that are also people ("المصنفين الـ10": the ten seeded players, a plural)
_PERSON_RANKS = word_set("المصنف المصنفة")


def _dual_rank(noun: str) -> str:
    """The singular of ``noun`` when it is the dual of a noun of rank ("القرنين",
    "الدورتين"); "" otherwise."""
    rank = _rank_noun(noun)
    return rank if rank and rank != noun and rank not in _PERSON_RANKS else ""


def _has_ordinal(value: int) -> bool:
    """1-999 but the round hundreds ("الحادي عشر", "الخامس والعشرون بعد المئة"; "المئة")."""
    return 1 <= value <= 999 and (value < 100 or value % 100 != 0)


_JOINED_NUMBER = re.compile(
    r"[ \t]{1,3}(?:إلى|الى|حتى|أو|او|و)[ \t]{0,3}\d[\d.,]{0,20}[ \t]{1,3}(\S+)")


def _without_pronoun(noun: str) -> str:
    """"دورتها" -> "الدورة", "عامه" -> "العام": a noun made definite by a pronoun
    suffix, as its definite form; "" for a word without one."""
    m = _PRONOUN_SUFFIX.search(noun)
    if m is None or len(noun) - len(m.group()) < 2:
        return ""
    stem = noun[:m.start()]
    if stem.endswith("ت") and len(stem) >= 3 and not stem.endswith("ات"):
        stem = stem[:-1] + "ة"  # دورت-ها -> دورة
    elif stem.endswith("ا") and not stem.endswith("يا") and len(stem) >= 4:
        # ذكرا-ها -> ذكرى: its alif maqsura is written "ا" before it (not a plural's
        # "-ايا": قضايا-ها, ضحايا-ها stay plurals)
        stem = stem[:-1] + "ى"
    return "ال" + stem


def _clitics_of(word: str) -> str:
    """"للمرة" -> "لل", "بالمركز" -> "بال", "المركز" -> "": the clitics on ``word``."""
    stem = strip_clitics(word)
    base = bare(word)
    if stem.startswith("ال") and base.endswith(stem[2:]):
        return base[: len(base) - len(stem) + 2]
    return base[: len(base) - len(stem)]


# the word before a number that names a thing: "القانون رقم 15"
LABEL_WORDS = word_set("رقم برقم الرقم بالرقم ورقم")
_YEAR_WORDS = word_set("""
    عام العام سنة السنة لعام لسنة بعام بسنة مطلع منتصف أواخر أوائل خريف ربيع صيف شتاء
""")


def _is_year(before: str, value: int) -> bool:
    word, _ = previous_word(before)
    return 1000 <= value <= 2200 and bare(word) in _YEAR_WORDS
