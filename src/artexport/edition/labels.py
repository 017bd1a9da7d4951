"""Every word an edition adds around the article, in one table per language.

The large-print page, the EPUB, the PDF (and the audio's chapter titles) take their
labels from here, so "Topics" or "Published" reads the same in every edition of an
article. Tables exist for :data:`LABEL_LANGUAGES`; an article in any other language gets
the English table, and the editions mark those labels ``lang="en"``.

Labels are bare words (no trailing colon): the editions put ``label: value``. Keys with
``{n}``/``{m}``/``{title}`` are formats (see :meth:`Labels.format`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..model import Direction
from ..text.lang import direction_of, primary_subtag, script_of, words_language

_TABLES_DIR = Path(__file__).with_name("label_tables")


def _read_tables() -> dict[str, dict[str, str]]:
    """Every ``label_tables/<lang>.toml``: one file per language, so a translator edits
    one file and a test holds it to the English keys and placeholders."""
    tables = {}
    for path in sorted(_TABLES_DIR.glob("*.toml")):
        with path.open("rb") as f:
            tables[path.stem] = tomllib.load(f)
    return tables


TABLES: dict[str, dict[str, str]] = _read_tables()
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
        if not conjunction.endswith(" ") and \
                script_of(items[-1][:1] or " ") != script_of(conjunction[-1]):
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
