"""Convert a tree of articles: parallel, incremental, resilient.

Every article folder (a folder holding ``article.md``/``.json``/``.html``/``index.html``/
``article.txt``) or article file under ``src`` becomes ``out/<relative path>/<slug>.<ext>``.

- :mod:`.plan`: finding articles, fingerprints, the manifest, output-name claims;
- :mod:`.run`: :func:`convert_tree`, checks before work, results, interruption;
- :mod:`.executors`: the local process pool and Dask, the per-article time limit;
- :mod:`.work`: what runs in a worker (the per-article conversion of
  :mod:`artexport.conversion`, shared with ``artexport convert``);
- :mod:`.report`: the results and ``out/artexport-report.json``.

Incremental: ``out/.artexport-manifest.json`` records, per article and format, a
fingerprint of the source folder, the options, the templates/fonts and the artexport
version; an output whose fingerprint is unchanged (and whose files still exist) is
skipped. An article's files are written all together or not at all; an interrupted run
leaves at most hidden ``.artexport-*.part`` temp files, which the next run removes.
"""

from __future__ import annotations

from .executors import LocalPool, check_workers, dask_executor, default_executor
from .plan import MANIFEST, REPORT, Manifest, find_articles, source_fingerprint
from .report import ArticleResult, BatchReport, Status
from .run import ProgressCallback, convert_tree, prepare_output

__all__ = [
    "MANIFEST",
    "REPORT",
    "ArticleResult",
    "BatchReport",
    "LocalPool",
    "Manifest",
    "ProgressCallback",
    "Status",
    "check_workers",
    "convert_tree",
    "dask_executor",
    "default_executor",
    "find_articles",
    "prepare_output",
    "source_fingerprint",
]
