"""artexport: one news article, accessible editions (RTL PDF, EPUB 3, large-print HTML,
Arabic speech audio).

    from artexport import load_article, export
    article = load_article("examples/ar-news")
    export(article, ["html", "pdf", "epub", "audio"], "out/")
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import (
    ArtexportError,
    ArtexportWarning,
    ArticleError,
    ExportError,
    OptionError,
    ResourceError,
    SetupError,
    UnknownFormatError,
)
from .exporters import Exporter, Rendered, describe_exporters, exporter_names, get_exporter
from .loader import load_article
from .model import (
    Article,
    Author,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Span,
    Table,
)

__version__ = "0.1.0"  # the one place the version is written (pyproject reads it)

# What is done (an article converted, a plugin loaded, workers checked) goes to the
# ``artexport`` logger; what was dropped or degraded is an ArtexportWarning. Silent
# unless the application configures logging (the CLI's -v / -vv).
logging.getLogger("artexport").addHandler(logging.NullHandler())

__all__ = [
    "ArtexportError",
    "ArtexportWarning",
    "Article",
    "ArticleError",
    "Author",
    "ExportError",
    "Exporter",
    "Figure",
    "Heading",
    "Image",
    "ListBlock",
    "OptionError",
    "Paragraph",
    "Preformatted",
    "Quote",
    "Rendered",
    "ResourceError",
    "SetupError",
    "Span",
    "Table",
    "UnknownFormatError",
    "__version__",
    "describe_exporters",
    "export",
    "exporter_names",
    "get_exporter",
    "load_article",
]


def export(article: Article, formats: str | Iterable[str], out_dir: Path | str, *,
           options: Mapping[str, Any] | None = None,
           templates: Path | None = None) -> list[Path]:
    """Export ``article`` in each format into ``out_dir``; return the files written.

    ``formats`` is one name (``"pdf"``), several (``["html", "pdf"]`` or
    ``"html,pdf"``) or ``"all"``. ``options`` maps a format name to its options (an
    ``Options`` instance or a mapping of option names to values), e.g.
    ``{"pdf": {"page_size": "A5"}}``; they are checked before anything is rendered.
    The article's files are written all together, or none of them when any format
    fails.
    """
    from .conversion import Converter

    converter = Converter(formats, options, templates=templates)
    return converter.convert(article, out_dir).paths
