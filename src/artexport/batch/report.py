"""What a batch produces: one result per article, and the report of the whole run
(``out/artexport-report.json``)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .. import __version__

Status = Literal["converted", "skipped", "failed", "interrupted"]
STATUSES: tuple[Status, ...] = ("converted", "skipped", "failed", "interrupted")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class ArticleResult:
    """The outcome for one article (all requested formats)."""

    source: str
    status: Status
    outputs: tuple[str, ...] = ()
    skipped_formats: tuple[str, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    dropped_words: int = 0  # words the reader left out of the article (Article.dropped)
    worker_peak_mb: float = 0.0  # the converting process's peak memory so far (max RSS)
    slug: str | None = None
    parts: int = 1  # worker tasks that shared the article's formats (split at the end)
    # per format: (fingerprint, files) of the outputs now on disk, for the manifest
    records: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)


@dataclass
class BatchReport:
    """Everything a batch did, in source order."""

    results: list[ArticleResult]
    seconds: float
    formats: tuple[str, ...]

    @property
    def failed(self) -> list[ArticleResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed and not self.count("interrupted")

    def count(self, status: Status) -> int:
        return sum(r.status == status for r in self.results)

    @property
    def dropped_words(self) -> int:
        return sum(r.dropped_words for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        hidden = ("records", "worker_peak_mb", "slug", "parts")
        return {
            "artexport": __version__,
            "formats": list(self.formats),
            "seconds": round(self.seconds, 3),
            **{status: self.count(status) for status in STATUSES},
            "dropped_words": self.dropped_words,
            "worker_peak_mb": round(max((r.worker_peak_mb for r in self.results), default=0), 1),
            "articles": [
                {k: v for k, v in asdict(r).items() if k not in hidden and v not in ((), None)}
                for r in self.results
            ],
        }

    def to_json(self) -> str:
        return dumps(self.to_dict(), indent=2)


def dumps(data: Any, **kwargs: Any) -> str:
    """JSON that is valid UTF-8 whatever the paths in it: a file name that is not UTF-8
    reaches Python as lone surrogates (``surrogateescape``), written here as ``\\udcXX``
    escapes, which read back as the same string."""
    text = json.dumps(data, ensure_ascii=False, **kwargs)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
