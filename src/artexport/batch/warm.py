"""What every batch worker would otherwise compute on its first article, computed once
per batch: the local pool's fork server imports this module before it forks any worker,
so each worker starts with it done (shared copy-on-write).

None of it depends on an article: the heavy imports (WeasyPrint and Pango, the
exporters, ebooklib, fontTools, pikepdf), the packaged fonts' character sets and glyph
texts (the PDF text layer), the rewritten Noto Naskh the PDF embeds (those two read from
fonts/prebuilt/, see :mod:`artexport.fonts`), and the compiled templates. About 6 s of a
cold worker's first article on a loaded 2-core machine when it was computed there; about
1 s here, most of it importing WeasyPrint, and the batch starts the fork server before
its own checks so the two overlap (:func:`.executors.start_workers_early`). Threads are
never started here (the fork server forks after it), and a failure only means a worker
computes the thing itself.
"""

from __future__ import annotations

import contextlib
import importlib
import io

_MODULES = ("weasyprint", "artexport.exporters.pdf", "artexport.exporters.epub",
            "artexport.exporters.html", "artexport.exporters.audio", "ebooklib", "lameenc",
            "mutagen.id3", "fontTools.subset", "pikepdf")


def warm() -> None:
    """Import and compute what does not depend on an article (see the module text)."""
    for name in _MODULES:
        # WeasyPrint without Pango prints a banner before it raises: the batch, which
        # starts this before its own checks, reports that in one line of its own
        with contextlib.suppress(Exception), contextlib.redirect_stdout(io.StringIO()):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        from .. import fonts
        from ..paths import fonts_dir

        for path in sorted(fonts_dir().glob("*.ttf")):
            fonts.charset(path.name)
            fonts.glyph_texts(path.name)
        for name in sorted(fonts._SIDE_BY_SIDE_LAM_ALEF):
            fonts.pdf_font_data(name)
    with contextlib.suppress(Exception):
        from .. import templating

        for fmt in ("html", "pdf", "epub"):
            env = templating.environment(fmt)
            for name in env.list_templates(filter_func=lambda n: n.endswith(".j2")):
                env.get_template(name)


warm()
