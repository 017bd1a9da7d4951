"""The gender and number of an Arabic counted noun, as the number before it needs them.

From 3 to 10 an Arabic number takes the gender *opposite* to its noun's singular
("ثلاثة رجال" but "ثلاث نساء"), and the noun after 3-10 is a plural: so what the number
needs is the gender of the singular behind a plural ("قذائف" is the plural of "قذيفة",
feminine: "خمس قذائف"; "دولارات" of "دولار", masculine: "خمسة دولارات").

How it is found — a morphological rule plus a lexicon written for this module (no
package: camel-tools would need its morphology database, which is downloaded at run time
from a hub this product cannot reach, and would weigh a hundred megabytes for one bit):

1. The lexicon: feminine words without a feminine ending (أرض، حرب، نفس...) and the
   broken plurals of feminine singulars (دول، مدن، قرى، نساء، سفن...), and masculine
   exceptions to the rules below (plurals in ـات of masculine singulars: دولارات،
   ملفات، مطارات، مستشفيات...; broken plurals in فعلى of masculine persons: قتلى، جرحى).
2. A sound feminine plural in ـات is feminine (its singular ends in ـة: إصابات ←
   إصابة), except the verbal nouns of the derived verb forms, whose singular is
   masculine and which take ـات as their plural: تفعيل (تحقيقات، تفجيرات)، تفاعل
   (تعادلات، تحالفات)، إفعال
   (إجراءات، إنجازات)، افتعال / انفعال (اجتماعات، انتخابات، انفجارات)، استفعال
   (استثمارات).
3. A singular in ـة / ـاة is feminine (سنة، مباراة); in ـى is feminine (ذكرى، فتوى)
   unless it is a noun of place or time in م (مستوى، مستشفى، مبنى: masculine).
4. A broken plural of the pattern فعائل (قذائف، رسائل، حقائب، جوائز، كتائب) is the plural
   of a feminine فعيلة / فعالة / فعولة: feminine (exceptions: دلائل، أوائل).
5. Anything else is masculine (أشخاص، أطفال، صواريخ، أيام، أشهر).

:func:`is_plural` tells an ordinal from a definite cardinal after "الـ": "المرة الـ3"
(a singular: "الثالثة") but "الدول الـ3" (a plural: "الثلاث").
"""

from __future__ import annotations

import re

from .lang import word_set

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_PUNCTUATION = "،,.؛;:!؟?»«\"'()[]{}"


# Feminine singulars with no feminine ending, and the plurals of feminine singulars that
# rule 2-4 do not find (broken plurals of nouns in ـة, and plurals of the words above).
_FEMININE = word_set("""
    أرض أراض أراضي حرب حروب نفس أنفس نفوس دار دور عين عيون أعين يد أيد أيادي أيدي
    رجل أرجل قدم أقدام أذن آذان سن أسنان بئر آبار ريح رياح نار نيران شمس كأس كؤوس
    سماء سماوات سموات أم أمهات بنت بنات أخت أخوات عروس عرائس حامل مرضع
    عصا ضحى صحراء صحاري صحارى حسناء سوق أسواق طريق طرق درع دروع فأس فؤوس
    دولة دول مدينة مدن قرية قرى منطقة مناطق مادة مواد نقطة نقاط امرأة نساء نسوة
    ليلة ليال ليالي سنة سنين سنون دقيقة دقائق ثانية ثوان ثواني ساعة ساعات
    أسرة أسر غرفة غرف سفينة سفن فرقة فرق مدرسة مدارس كنيسة كنائس شجرة أشجار
    قطعة قطع جزيرة جزر خيمة خيام مرحلة مراحل مسألة مسائل حلقة حلقات فكرة أفكار
    صورة صور سورة سور قصة قصص قضية قضايا هدية هدايا ضحية ضحايا شظية شظايا سرية سرايا
    ميزة مزايا زاوية زوايا خلية خلايا وصية وصايا بقية بقايا نية نوايا حكاية حكايا
    خطيئة خطايا مرآة مرايا عطية عطايا
    خطة خطط قمة قمم أمة أمم شعبة شعب جبهة جبهات لجنة لجان كلمة كلمات تهمة تهم
    مهمة مهام عملة عملات وجبة وجبات نسمة نسمات طبقة طبقات دورة دورات درجة درجات
    كتيبة كتائب قذيفة قذائف مسيرة مسيرات عبوة عبوات غارة غارات ضربة ضربات
    رصاصة رصاص طلقة طلقات بلدة بلدات بلدية بلديات ولاية ولايات محافظة محافظات
    عاصمة عواصم قاعدة قواعد جامعة جامعات كلية كليات وزارة وزارات شركة شركات
    مؤسسة مؤسسات منظمة منظمات مليشيا مليشيات ميليشيا ميليشيات حكومة حكومات
    سيارة سيارات حافلة حافلات شاحنة شاحنات دبابة دبابات مدرعة مدرعات طائرة طائرات
    مروحية مروحيات بارجة بوارج غواصة غواصات بندقية بنادق صفقة صفقات رحلة رحلات
    أسبوعية شهرية حصة حصص فتاة فتيات فترة فترات مرة مرات حالة حالات جولة جولات
    دفعة دفعات شحنة شحنات حاوية حاويات لغة لغات جريمة جرائم جريدة جرائد صحيفة صحف
    رسالة رسائل وثيقة وثائق حقيبة حقائب جائزة جوائز حديقة حدائق وسيلة وسائل
    قبيلة قبائل فصيلة فصائل خريطة خرائط ذخيرة ذخائر ضريبة ضرائب شريحة شرائح
    عقيدة عقائد وديعة ودائع ركيزة ركائز بضاعة بضائع مصيبة مصائب كارثة كوارث
    حادثة حوادث ظاهرة ظواهر جماعة جماعات عائلة عائلات سلالة سلالات
    ذكرى ذكريات فتوى فتاوى فتاوي دعوى دعاوى شكوى شكاوى
    شقة شقق حجة حجج سلعة سلع بنية بنى رتبة رتب خطبة خطب فرصة فرص علبة علب كتلة كتل
    نسبة نسب مهنة مهن قيمة قيم غرامة غرامات قافلة قوافل نافذة نوافذ
    تظاهرة تظاهرات
""")

# Masculine words that the rules would call feminine: plurals in ـات of masculine
# singulars (units, currencies, loanwords, nouns in فعال / مفعل...), plurals in ـى of
# masculine persons, and masculine nouns in ـة (persons).
_MASCULINE = word_set("""
    دولار دولارات ريال ريالات جنيه جنيهات دينار دنانير درهم دراهم يورو ين
    مليار مليارات بليون بليونات تريليون تريليونات مليون ملايين ألف آلاف
    متر أمتار مترات كيلومتر كيلومترات سنتيمتر سنتيمترات مليمتر مليمترات
    كيلوغرام كيلوغرامات غرام غرامات لتر لترات طن أطنان ميغاواط ميغاواطات
    كيلوواط كيلوواطات واط وات واطات ميغاوات ميجاوات جيجاوات غيغاوات كيلووات
    سنت سنتات بايت بايتات ميغابايت ميجابايت غيغابايت جيجابايت تيرابايت
    هكتار هكتارات دونم دونمات برميل براميل ميل أميال
    حيوان حيوانات مطار مطارات ملف ملفات قرار قرارات بيان بيانات سجل سجلات
    حساب حسابات امتحان امتحانات مشروع مشروعات مؤتمر مؤتمرات مقترح مقترحات
    مسلسل مسلسلات مهرجان مهرجانات منتج منتجات مكون مكونات مخطط مخططات
    مستند مستندات مخيم مخيمات جواز جوازات نقاش نقاشات صراع صراعات خلاف خلافات
    حوار حوارات لقاء لقاءات سباق سباقات بلاغ بلاغات طلب طلبات تحد تحديات
    تحرك تحركات تدخل تدخلات تطور تطورات تغير تغيرات تحول تحولات تصور تصورات
    مستوى مستويات مستشفى مستشفيات منتدى منتديات ملتقى ملتقيات محتوى محتويات
    مبنى مباني معنى مقهى مقاهي مرمى مدى فيديو فيديوهات كيلو كيلوات
    باص باصات تلفزيون تلفزيونات تليفون تليفونات كابل كابلات صالون صالونات
    نبات نباتات سرادق سرادقات إصطبل إسطبل إسطبلات
    مجلد مجلدات مقال مقالات مصطلح مصطلحات معتقد معتقدات
    ألبوم ألبومات
    قتلى جرحى أسرى مرضى موتى صرعى غرقى هلكى
    أصوات أموات أوقات أبيات أقوات
    خليفة خلفاء رحالة علامة
    دلائل أوائل
    أندية أجهزة أغذية أدوية أودية أسلحة أروقة أعمدة أغطية
""")

# Broken plurals (and the masculine sound plural's forms are found by rule): a "الـN"
# after one of these is a definite cardinal, not an ordinal.
_BROKEN_PLURALS = word_set("""
    دول مدن قرى مناطق مواد نقاط نساء ليال ليالي سنين دقائق ثوان ثواني أسر غرف سفن فرق
    مدارس كنائس أشجار قطع جزر خيام مراحل مسائل أفكار صور قصص قضايا هدايا ضحايا
    شظايا سرايا خطط قمم أمم شعب لجان تهم مهام كتائب قذائف بنادق جرائم جرائد صحف
    مزايا زوايا خلايا وصايا بقايا نوايا حكايا خطايا مرايا عطايا
    رسائل وثائق حقائب جوائز حدائق وسائل قبائل فصائل خرائط ذخائر ضرائب شرائح عقائد
    ودائع ركائز بضائع مصائب كوارث حوادث ظواهر أراض أراضي حروب أنفس نفوس دور عيون أيد
    أيادي آبار رياح نيران أسواق طرق دروع أقدام أسنان
    رجال أشخاص أطفال أولاد أبناء شباب شبان عمال جنود ضباط أفراد أعضاء وزراء نواب
    قادة زعماء رؤساء علماء خبراء أطباء مسلحين مسلحون مدنيين مدنيون لاجئين لاجئون
    قتلى جرحى أسرى مرضى موتى صرعى غرقى أيام أشهر شهور أسابيع أعوام سنوات عقود قرون
    ملايين آلاف دنانير دراهم أمتار أطنان براميل أميال صواريخ مقاعد مراكز مواقع بنود
    منازل بيوت مبان مباني شوارع أحياء أبراج جسور زوارق قوارب ألوية أقاليم بلدان
    مساجد كتب أهداف ملاعب فنادق مستشفيات جوامع مصانع آبار معابر حواجز
    أشياء أسماء أصوات أسعار أسهم أرقام فروع أندية أحزاب بنوك أقسام مشاريع أجهزة
    أدوية أسلحة
""")

# Masculine sound plurals and duals look like these endings; a few singulars do too.
_SINGULAR_IN_UN_IN = word_set("فلسطين الصين البحرين تشرين كانون قانون دين حين عين مسكين")


def without_marks(text: str) -> str:
    """``text`` without vowel marks and tatweel."""
    return _DIACRITICS.sub("", text)


def bare(word: str) -> str:
    """``word`` without vowel marks, tatweel or the punctuation stuck to it."""
    return without_marks(word).strip(_PUNCTUATION)


def _stem_without_article(word: str) -> str:
    """"والدورات" -> "دورات": conjunction, preposition and article off."""
    for prefix in ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    return word


def _masculine_verbal_noun(stem: str) -> bool:
    """Whether ``stem`` (a plural in ـات without ـات) is the verbal noun of a derived
    verb form, masculine in the singular: تحقيق، إجراء، اجتماع، انفجار، استثمار."""
    n = len(stem)
    if n == 5 and stem[0] == "ت" and stem[3] == "ي":  # تفعيل: تحقيق، تفجير
        return True
    if n == 5 and stem[0] == "ت" and stem[2] == "ا":  # تفاعل: تعادل، تحالف، تبادل
        return True
    if n == 5 and stem[0] in "اإأ" and stem[3] == "ا":  # إفعال / افتعال (اتصال)
        return True
    if n == 6 and stem[0] in "اإ" and stem[4] == "ا":  # افتعال، انفعال: اجتماع، انفجار
        return True
    return n == 7 and stem.startswith("است") and stem[5] == "ا"  # استفعال: استثمار


def is_feminine(word: str) -> bool:
    """Whether the counted noun ``word`` (a singular or a plural) has a feminine
    singular: "قذائف", "إصابات", "سنوات", "نقطة" -> True; "دولارات", "تحقيقات",
    "أشخاص", "قتلى" -> False. See the module docstring for the rules."""
    word = _stem_without_article(bare(word))
    if word in _MASCULINE:
        return False
    if word in _FEMININE:
        return True
    if len(word) >= 4 and word.endswith("ات"):
        return not _masculine_verbal_noun(word[:-2])
    if word.endswith(("ة", "ـة")):
        return True
    if len(word) >= 3 and word.endswith("ى"):
        return not word.startswith("م")
    return len(word) == 5 and word[2] == "ا" and word[3] == "ئ"  # فعائل


def is_plural(word: str) -> bool:
    """Whether ``word`` (definite or not) is a plural: a sound plural (ـات, ـون/ـين on
    a stem of three letters or more) or a broken plural of the lexicon."""
    word = _stem_without_article(bare(word))
    if word in _BROKEN_PLURALS:
        return True
    if word in _SINGULAR_IN_UN_IN:
        return False
    if len(word) >= 4 and word.endswith("ات"):
        return True
    return len(word) >= 5 and word.endswith(("ون", "ين"))


def dual(word: str, *, oblique: bool) -> str | None:
    """The dual of the singular noun ``word``, or None when no rule gives it:
    "سيارة" -> "سيارتان"/"سيارتين", "شخص" -> "شخصان"/"شخصين"."""
    word = bare(word)
    ending = "ين" if oblique else "ان"
    if word.endswith("ة"):
        return word[:-1] + "ت" + ending
    if len(word) < 3 or word.endswith(("ى", "ا", "ء", "ي", "و")) or is_plural(word):
        return None
    return word + ending
