"""One article as every edition presents it: the same byline, dates, captions, heading
levels, digits and labels in the page, the book and the print edition (and the audio's
chapter titles)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from markupsafe import Markup

from ..model import (
    Article,
    Block,
    Direction,
    Figure,
    Inline,
    Preformatted,
    Span,
    heading_levels,
    plain_text,
)
from ..text.bidi import isolate_text, merge_adjacent
from ..text.dates import DigitStyle, reader_date, with_digits
from ..text.lang import primary_subtag
from .fonts import FontPlan, font_plan
from .labels import Labels, labels


@dataclass(frozen=True)
class DateLine:
    """A date as the editions print it: ``label: text``, ``iso`` for ``<time>``."""

    key: str  # "published" or "updated"
    label: str
    text: str
    iso: str

    @property
    def line(self) -> str:
        """The whole line as a reader sees it: "نُشر في: الخميس 14 مارس 2024، 10:15"."""
        return f"{self.label}: {self.text}"


@dataclass(frozen=True)
class Caption:
    """A figure's caption and its image credit ("(الصورة: نادر علي)"), each isolated
    for the article's direction; either may be empty."""

    spans: Inline
    credit: Inline

    def __bool__(self) -> bool:
        return bool(self.spans or self.credit)


@dataclass(frozen=True)
class BlockLanguage:
    """The ``lang``/``dir`` a block's element carries where they differ from the
    article's (``None`` for what does not differ)."""

    lang: str | None
    direction: Direction | None


class Edition:
    """The presentation view of ``article`` shared by every format.

    ``Edition.of(article)`` (or ``Edition(article)``) is cheap; its parts are computed
    on first use. Formats add their own layout, never their own words: every string
    here reads the same in the large-print page, the EPUB and the PDF.
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self.lang = article.lang
        self.direction: Direction = article.direction
        self.labels: Labels = labels(article.lang)

    @classmethod
    def of(cls, article: Article) -> Edition:
        """The edition view of ``article``."""
        return cls(article)

    # ---- text the article gives as plain strings -------------------------------------
    def isolated(self, text: str | None) -> Inline:
        """Plain article text (title, name, dateline) as spans, its other-direction runs
        isolated (:func:`~artexport.text.bidi.isolate_text`); ``()`` for no text."""
        return isolate_text(text, self.direction)

    @cached_property
    def title(self) -> Inline:
        return self.isolated(self.article.title)

    @cached_property
    def subtitle(self) -> Inline:
        return self.isolated(self.article.subtitle)

    @cached_property
    def summary(self) -> Inline:
        """The standfirst, unless it only repeats the subtitle (or is part of it: a
        page's description is often its first sentence, which a reader may have taken
        as the subtitle with the dateline before it)."""
        a = self.article
        if not a.summary:
            return ()
        summary, subtitle = (" ".join((t or "").casefold().split())
                             for t in (a.summary, a.subtitle))
        if subtitle and (summary in subtitle or subtitle in summary):
            return ()
        return self.isolated(a.summary)

    @cached_property
    def dateline(self) -> Inline:
        return self.isolated(self.article.dateline)

    # ---- byline ---------------------------------------------------------------------
    @cached_property
    def byline_text(self) -> str:
        """"بقلم ليلى ناصر (محررة) وسامي يوسف", "By A (role) and B"; "" without authors.
        A role goes in parentheses: unambiguous however many authors there are."""
        names = [f"{a.name} ({a.role})" if a.role else a.name for a in self.article.authors]
        if not names:
            return ""
        return f"{self.labels.by} {self.labels.join(names)}"

    @cached_property
    def byline(self) -> Inline:
        """:attr:`byline_text` as spans; the label marked with its own language where
        it is not the article's (English labels on a French article)."""
        if not self.byline_text:
            return ()
        if not self.labels.foreign:
            return self.isolated(self.byline_text)
        names = self.byline_text[len(self.labels.by) + 1:]
        return merge_adjacent((self._label_span(self.labels.by), Span(" "),
                               *self.isolated(names)))

    def _label_span(self, text: str) -> Span:
        return Span(text, lang=self.labels.lang, direction=self.labels.direction)

    # ---- dates ----------------------------------------------------------------------
    @cached_property
    def digits(self) -> DigitStyle:
        """The digits the article writes most: its dates are printed in them too, so
        the page reads as one text."""
        text = self.article.plain_text()
        arabic = sum(1 for ch in text if "\u0660" <= ch <= "\u0669")
        persian = sum(1 for ch in text if "\u06f0" <= ch <= "\u06f9")
        western = sum(1 for ch in text if "0" <= ch <= "9")
        if arabic + persian <= western:
            return "western"
        return "persian" if persian > arabic else "arabic-indic"

    @cached_property
    def date_lang(self) -> str:
        """The language the article's dates are printed and said in: the labels' (English
        for a language without a label table), with the article's region when it is the
        article's own language (Austria's "Jänner", Brazil's voice)."""
        article_lang = self.article.lang
        return article_lang if self.labels.lang == primary_subtag(article_lang) \
            else self.labels.lang

    @property
    def date_digits(self) -> DigitStyle:
        """The digits of the dates: the article's, but Western ones in the English of a
        language without labels ("Thursday ٢ May ٢٠٢٤" in a Kurdish article, marked
        English, for an English voice to read)."""
        return "western" if self.labels.foreign else self.digits

    def date_text(self, value: datetime, digits: DigitStyle | None = None) -> str:
        """A date as every edition prints it: weekday, day, month, year and (unless
        midnight, a source that gave a date only) the time, in :attr:`date_lang`."""
        return reader_date(value, self.date_lang, digits=digits or self.date_digits)

    def _with_hijri(self, text: str, hijri: str, digits: DigitStyle | None) -> str:
        """"الاثنين 25 شوال 1436 هـ الموافق 10 أغسطس 2015، 11:20": the Hijri date the
        source gave, after the weekday, as Saudi papers print both."""
        weekday, _, rest = text.partition(" ")
        hijri = with_digits(hijri, digits or self.date_digits)
        return f"{weekday} {hijri} {self.labels.corresponding} {rest}"

    @cached_property
    def dates(self) -> tuple[DateLine, ...]:
        """The publication date, and the update when it is later."""
        return self.dates_in(None)

    def dates_in(self, digits: DigitStyle | None) -> tuple[DateLine, ...]:
        """:attr:`dates` written in ``digits`` (``None``: the article's own)."""
        a = self.article
        out = []
        if a.published is not None:
            text = self.date_text(a.published, digits)
            if a.published_hijri:
                text = self._with_hijri(text, a.published_hijri, digits)
            out.append(DateLine("published", self.labels.published, text,
                                a.published.isoformat()))
        if a.updated is not None and (a.published is None or a.updated > a.published):
            out.append(DateLine("updated", self.labels.updated,
                                self.date_text(a.updated, digits), a.updated.isoformat()))
        return tuple(out)

    # ---- other lines ----------------------------------------------------------------
    @cached_property
    def topics(self) -> str:
        """The article's tags as one list: "مكتبات، إتاحة، كتب مسموعة"."""
        return self.labels.list_sep.join(self.article.tags)

    def caption(self, figure: Figure) -> Caption:
        """``figure``'s caption and credit. A credit that names itself ("تصوير: نادر
        علي") is shown as it is, any other after the label: "(الصورة: رويترز)"."""
        credit = figure.image.credit
        if not credit:
            return Caption(figure.caption, ())
        text = credit if ":" in credit else f"{self.labels.credit}: {credit}"
        return Caption(figure.caption, self.isolated(f"({text})"))

    def image_description(self, figure: Figure) -> str:
        """Text for an image with no alt text where one is required (PDF/UA's /Alt):
        its caption, else the word "Image"."""
        return figure.image.alt.strip() or plain_text(figure.caption).strip() \
            or self.labels.image

    # ---- structure ------------------------------------------------------------------
    @cached_property
    def heading_levels(self) -> dict[int, int]:
        """The level each heading is shown at, by block index: below the title (h1),
        never skipping one (:func:`~artexport.model.heading_levels`)."""
        return heading_levels(self.article.blocks, lowest=2)

    def block_language(self, block: Block | object) -> BlockLanguage | None:
        """The ``lang``/``dir`` ``block``'s element must carry, or ``None`` where the
        block is in the article's language and direction (the element inherits).
        ``block`` may be a format's view of a block with the same ``lang``/``direction``
        fields."""
        if isinstance(block, Preformatted):
            return None
        own_lang = getattr(block, "lang", None)
        own_dir = getattr(block, "direction", None)
        lang = own_lang if own_lang and own_lang != self.lang else None
        direction = own_dir if own_dir and own_dir != self.direction else None
        if lang is None and direction is None:
            return None
        return BlockLanguage(lang, direction)

    def block_attrs(self, block: Block | object) -> Markup:
        """`` lang="ar" xml:lang="ar" dir="rtl"`` for the element of a block that differs
        from the article (both ``lang`` spellings, so the same markup serves HTML and the
        EPUB's XHTML), or nothing."""
        own = self.block_language(block)
        if own is None:
            return Markup("")
        attrs = Markup("")
        if own.lang:
            attrs += Markup(' lang="%s" xml:lang="%s"') % (own.lang, own.lang)
        if own.direction:
            attrs += Markup(' dir="%s"') % own.direction
        return attrs

    def label_attrs(self, *, xml: bool = False) -> Markup:
        """`` lang="en" dir="ltr"`` for an element holding labels, where the labels are
        not in the article's language (``xml``: with ``xml:lang`` too), or nothing."""
        if not self.labels.foreign:
            return Markup("")
        lang = self.labels.lang
        if xml:
            return Markup(' lang="%s" xml:lang="%s" dir="%s"') % (lang, lang,
                                                                  self.labels.direction)
        return Markup(' lang="%s" dir="%s"') % (lang, self.labels.direction)

    def font_plan(self, choice: str, default: str) -> FontPlan:
        """The faces of this edition for a format whose Arabic-script face is
        ``default`` and whose ``font`` option is ``choice``
        (:func:`~artexport.edition.fonts.font_plan`)."""
        return font_plan(self.article, choice, default)

    # ---- audio ----------------------------------------------------------------------
    def paragraphs_title(self, first: int, last: int) -> str:
        """An audio chapter's title for paragraphs ``first``..``last``."""
        return self.labels.paragraphs_title(first, last)
