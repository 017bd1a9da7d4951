"""Every word an edition adds around the article, in one table per language.

The large-print page, the EPUB, the PDF (and the audio's chapter titles) take their
labels from here, so "Topics" or "Published" reads the same in every edition of an
article. Tables exist for :data:`LABEL_LANGUAGES`; an article in any other language gets
the English table, and the editions mark those labels ``lang="en"``.

Labels are bare words (no trailing colon): the editions put ``label: value``. Keys with
``{n}``/``{m}``/``{title}`` are formats (see :meth:`Labels.format`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import Direction
from ..text.lang import direction_of, primary_subtag, script_of, words_language

_EN: dict[str, str] = {
    # reader controls of the large-print page
    "skip": "Skip to the article",
    "settings": "Display settings",
    "size": "Text size",
    "size.1": "Standard", "size.2": "Large", "size.3": "Larger", "size.4": "Largest",
    "theme": "Colours",
    "theme.auto": "Automatic", "theme.light": "Light", "theme.dark": "Dark",
    "theme.contrast": "High contrast",
    "spacing": "Line spacing",
    "spacing.1": "Normal", "spacing.2": "Wide", "spacing.3": "Wider",
    "listen": "Listen",
    "listen.unsupported": "Your browser cannot play this recording.",
    "speed": "Speed",
    "speed.0.75": "Slower", "speed.1": "Normal", "speed.1.25": "Faster",
    "speed.1.5": "Fastest",
    # around the article, in every edition
    "by": "By",
    "published": "Published",
    "updated": "Updated",
    "corresponding": "corresponding to",
    "topics": "Topics",
    "publisher": "Publisher",
    "source": "Source",
    "source.link": "Original article",
    "credit": "Image",
    "image": "Image",
    "table": "Table {n}",  # names a table's scrolling region (no caption)
    "and": " and ",
    "list_sep": ", ",
    # the book's own pages
    "contents": "Contents",
    "landmarks": "Landmarks",
    "cover": "Cover",
    "bodymatter": "Start of the article",
    # audio chapters named after the paragraphs they hold
    "chapter.paragraph": "Paragraph {n}",
    "chapter.paragraphs": "Paragraphs {n}–{m}",
    # the EPUB's accessibility summary
    "a11y.intro": "An accessible edition of the article “{title}”: the full text in "
                  "reading order, which the reading system can enlarge and restyle.",
    "a11y.toc_headings": "It has a table of contents and marked-up section headings for "
                         "navigation.",
    "a11y.toc_title": "It has a table of contents and a marked-up title.",
    "a11y.no_images": "It contains no images; the text alone is sufficient.",
    "a11y.described": "Every image has a text alternative; the text alone is sufficient.",
    "a11y.undescribed": "Some images have no text alternative.",
    "a11y.narrated": "A synthetic voice reads the article aloud (the title, the date and "
                     "the text), synchronised with the text: each sentence is highlighted "
                     "while it is read.",
    "a11y.hazards.narrated": "The language and direction of the text are marked "
                             "throughout; there is no flashing, motion simulation or "
                             "hazardous sound.",
    "a11y.hazards": "The language and direction of the text are marked throughout; there "
                    "is no flashing, sound or motion simulation.",
}

_AR: dict[str, str] = {
    "skip": "انتقل إلى نص المقال",
    "settings": "إعدادات العرض",
    "size": "حجم النص",
    "size.1": "عادي", "size.2": "كبير", "size.3": "أكبر", "size.4": "الأكبر",
    "theme": "الألوان",
    "theme.auto": "تلقائي", "theme.light": "فاتح", "theme.dark": "داكن",
    "theme.contrast": "تباين عالٍ",
    "spacing": "تباعد الأسطر",
    "spacing.1": "عادي", "spacing.2": "واسع", "spacing.3": "أوسع",
    "listen": "استمع",
    "listen.unsupported": "لا يستطيع متصفحك تشغيل هذا التسجيل.",
    "speed": "السرعة",
    "speed.0.75": "أبطأ", "speed.1": "عادية", "speed.1.25": "أسرع", "speed.1.5": "الأسرع",
    "by": "بقلم",
    "published": "نُشر في",
    "updated": "آخر تحديث",
    "corresponding": "الموافق",
    "topics": "موضوعات",
    "publisher": "الناشر",
    "source": "المصدر",
    "source.link": "المقال الأصلي",
    "credit": "الصورة",
    "image": "صورة",
    "table": "جدول {n}",
    "and": " و",  # the conjunction joins the next word: "ليلى وسامي"
    "list_sep": "، ",
    "contents": "المحتويات",
    "landmarks": "معالم الكتاب",
    "cover": "الغلاف",
    "bodymatter": "بداية المقال",
    "chapter.paragraph": "الفقرة {n}",
    "chapter.paragraphs": "الفقرات {n}–{m}",
    "a11y.intro": "نسخة إلكترونية مُتاحة من مقال «{title}»، نصّها كاملٌ ومرتّب بترتيب "
                  "القراءة، ويمكن تكبير خطّه وتغيير ألوانه في نظام القراءة.",
    "a11y.toc_headings": "فيها جدول محتويات وعناوين فرعية مرمّزة للتنقل بينها.",
    "a11y.toc_title": "فيها جدول محتويات وعنوان رئيسي مرمّز.",
    "a11y.no_images": "لا تحتوي على صور، فالنص وحده يكفي لقراءتها.",
    "a11y.described": "لكل صورة فيها نصّ بديل يصفها، فالنص وحده يكفي لقراءتها.",
    "a11y.undescribed": "بعض الصور فيها بلا نصّ بديل يصفها.",
    "a11y.narrated": "يقرأ صوتٌ مُركَّب المقالَ بصوت مسموع (العنوان والتاريخ ونصّ المقال) "
                     "متزامنًا مع النص، فتُظلَّل كل جملة في أثناء قراءتها.",
    "a11y.hazards.narrated": "لغة النص واتجاهه محدّدان في كل صفحة، ولا تحتوي على وميض أو "
                             "محاكاة حركة أو أصوات مؤذية.",
    "a11y.hazards": "لغة النص واتجاهه محدّدان في كل صفحة، ولا تحتوي على وميض أو صوت "
                    "أو محاكاة حركة.",
}

# Persian: standard Iranian usage; compound words keep their zero-width non-joiner.
_FA: dict[str, str] = {
    "skip": "رفتن به متن مقاله",
    "settings": "تنظیمات نمایش",
    "size": "اندازه متن",
    "size.1": "معمولی", "size.2": "بزرگ", "size.3": "بزرگ‌تر", "size.4": "بزرگ‌ترین",
    "theme": "رنگ‌ها",
    "theme.auto": "خودکار", "theme.light": "روشن", "theme.dark": "تیره",
    "theme.contrast": "کنتراست بالا",
    "spacing": "فاصله سطرها",
    "spacing.1": "معمولی", "spacing.2": "زیاد", "spacing.3": "بیشتر",
    "listen": "گوش دهید",
    "listen.unsupported": "مرورگر شما نمی‌تواند این صدا را پخش کند.",
    "speed": "سرعت",
    "speed.0.75": "آهسته‌تر", "speed.1": "معمولی", "speed.1.25": "تندتر",
    "speed.1.5": "تندترین",
    "by": "به قلم",
    "published": "تاریخ انتشار",
    "updated": "آخرین به‌روزرسانی",
    "corresponding": "برابر با",
    "topics": "موضوع‌ها",
    "publisher": "ناشر",
    "source": "منبع",
    "source.link": "مقاله اصلی",
    "credit": "عکس",
    "image": "تصویر",
    "table": "جدول {n}",
    "and": " و ",
    "list_sep": "، ",
    "contents": "فهرست مطالب",
    "landmarks": "بخش‌های اصلی کتاب",
    "cover": "جلد",
    "bodymatter": "آغاز مقاله",
    "chapter.paragraph": "بند {n}",
    "chapter.paragraphs": "بندهای {n} تا {m}",
    "a11y.intro": "نسخه الکترونیکی دسترس‌پذیر مقاله «{title}»: متن کامل به ترتیب خواندن، "
                  "که نرم‌افزار کتاب‌خوان می‌تواند قلم آن را بزرگ و رنگ‌هایش را عوض کند.",
    "a11y.toc_headings": "فهرست مطالب و سرفصل‌های نشانه‌گذاری‌شده برای پیمایش دارد.",
    "a11y.toc_title": "فهرست مطالب و عنوان اصلی نشانه‌گذاری‌شده دارد.",
    "a11y.no_images": "تصویری ندارد؛ متن به‌تنهایی برای خواندن آن کافی است.",
    "a11y.described": "هر تصویر متن جایگزینی دارد که آن را توصیف می‌کند؛ متن به‌تنهایی "
                      "کافی است.",
    "a11y.undescribed": "برخی از تصویرها متن جایگزین ندارند.",
    "a11y.narrated": "یک صدای مصنوعی مقاله را بلند می‌خواند (عنوان، تاریخ و متن)، هم‌زمان "
                     "با متن: هر جمله هنگام خوانده‌شدن برجسته می‌شود.",
    "a11y.hazards.narrated": "زبان و جهت متن در همه‌جا مشخص شده است؛ چشمک‌زدن، شبیه‌سازی "
                             "حرکت یا صدای آزاردهنده ندارد.",
    "a11y.hazards": "زبان و جهت متن در همه‌جا مشخص شده است؛ چشمک‌زدن، صدا یا شبیه‌سازی "
                    "حرکت ندارد.",
}

# Urdu: Pakistani newspaper usage; sentences end with the Urdu full stop "۔".
_UR: dict[str, str] = {
    "skip": "مضمون کے متن پر جائیں",
    "settings": "ڈسپلے کی ترتیبات",
    "size": "متن کا سائز",
    "size.1": "عام", "size.2": "بڑا", "size.3": "زیادہ بڑا", "size.4": "سب سے بڑا",
    "theme": "رنگ",
    "theme.auto": "خودکار", "theme.light": "ہلکا", "theme.dark": "گہرا",
    "theme.contrast": "زیادہ کنٹراسٹ",
    "spacing": "سطروں کا فاصلہ",
    "spacing.1": "عام", "spacing.2": "کشادہ", "spacing.3": "زیادہ کشادہ",
    "listen": "سنیے",
    "listen.unsupported": "آپ کا براؤزر یہ ریکارڈنگ نہیں چلا سکتا۔",
    "speed": "رفتار",
    "speed.0.75": "آہستہ", "speed.1": "عام", "speed.1.25": "تیز", "speed.1.5": "سب سے تیز",
    "by": "تحریر:",
    "published": "تاریخ اشاعت",
    "updated": "آخری اپ ڈیٹ",
    "corresponding": "بمطابق",
    "topics": "موضوعات",
    "publisher": "ناشر",
    "source": "ماخذ",
    "source.link": "اصل مضمون",
    "credit": "تصویر",
    "image": "تصویر",
    "table": "جدول {n}",
    "and": " اور ",
    "list_sep": "، ",
    "contents": "فہرست مضامین",
    "landmarks": "کتاب کے اہم حصے",
    "cover": "سرورق",
    "bodymatter": "مضمون کا آغاز",
    "chapter.paragraph": "پیراگراف {n}",
    "chapter.paragraphs": "پیراگراف {n} تا {m}",
    "a11y.intro": "مضمون «{title}» کا قابل رسائی الیکٹرانک نسخہ: مکمل متن پڑھنے کی ترتیب "
                  "میں، جس کا خط پڑھنے والا سافٹ ویئر بڑا کر سکتا ہے اور رنگ بدل سکتا ہے۔",
    "a11y.toc_headings": "اس میں فہرست مضامین اور نشان زد ذیلی سرخیاں ہیں جن کے ذریعے "
                         "حصوں کے درمیان جایا جا سکتا ہے۔",
    "a11y.toc_title": "اس میں فہرست مضامین اور نشان زد مرکزی سرخی ہے۔",
    "a11y.no_images": "اس میں کوئی تصویر نہیں؛ صرف متن پڑھنے کے لیے کافی ہے۔",
    "a11y.described": "ہر تصویر کا متبادل متن موجود ہے جو اسے بیان کرتا ہے؛ صرف متن کافی ہے۔",
    "a11y.undescribed": "کچھ تصاویر کا متبادل متن موجود نہیں۔",
    "a11y.narrated": "ایک مصنوعی آواز مضمون (سرخی، تاریخ اور متن) بلند آواز سے پڑھتی ہے، "
                     "متن کے ساتھ ہم آہنگ: ہر جملہ پڑھے جانے کے دوران نمایاں ہوتا ہے۔",
    "a11y.hazards.narrated": "متن کی زبان اور سمت ہر جگہ نشان زد ہے؛ اس میں کوئی جھلملاہٹ، "
                             "حرکت کی نقالی یا نقصان دہ آواز نہیں۔",
    "a11y.hazards": "متن کی زبان اور سمت ہر جگہ نشان زد ہے؛ اس میں کوئی جھلملاہٹ، آواز "
                    "یا حرکت کی نقالی نہیں۔",
}

TABLES: dict[str, dict[str, str]] = {"en": _EN, "ar": _AR, "fa": _FA, "ur": _UR}
LABEL_LANGUAGES: tuple[str, ...] = tuple(sorted(TABLES))
"""The languages with a label table; every other language gets English labels."""


class Labels:
    """The labels for an article in ``article_lang``.

    ``lang`` is the language they are written in (the article's when a table exists,
    else ``"en"``); ``foreign`` says it differs from the article's, so an edition marks
    the labels with their own ``lang``/``dir``. ``labels.label("by")``,
    ``labels["by"]`` and (in templates) ``labels.by`` are the same string.
    """

    def __init__(self, article_lang: str) -> None:
        self.lang: str = words_language(article_lang, TABLES)
        self.direction: Direction = direction_of(self.lang)
        self.foreign: bool = self.lang != primary_subtag(article_lang)
        self._table = TABLES[self.lang]

    def label(self, key: str) -> str:
        """The label ``key`` (``KeyError`` for a key no table has)."""
        return self._table[key]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self._table[key]
        except KeyError:
            raise AttributeError(key) from None

    def __contains__(self, key: object) -> bool:
        return key in self._table

    def format(self, key: str, **values: object) -> str:
        """The label ``key`` with its ``{placeholders}`` filled in."""
        return self._table[key].format(**values)

    def join(self, items: Sequence[str]) -> str:
        """``items`` as the language lists them: "A, B and C", "أ، ب وج"."""
        if len(items) < 2:
            return "".join(items)
        conjunction = self["and"]
        if not conjunction.endswith(" ") and script_of(items[-1][:1] or " ") != "arabic":
            conjunction += " "  # Arabic "و" joins the next word, unless it is "Jane"
        return self["list_sep"].join(items[:-1]) + conjunction + items[-1]

    def paragraphs_title(self, first: int, last: int) -> str:
        """An audio chapter's title for paragraphs ``first``..``last`` (1-based)."""
        if first == last:
            return self.format("chapter.paragraph", n=first)
        return self.format("chapter.paragraphs", n=first, m=last)


@lru_cache(maxsize=64)
def labels(lang: str) -> Labels:
    """The labels for an article in ``lang`` (cached: the tables never change)."""
    return Labels(lang)
