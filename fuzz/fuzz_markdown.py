"""Fuzz target: the markdown reader, through ``load_article`` (see ``_harness.py``)."""

from __future__ import annotations

from _harness import main  # the script's folder is on sys.path

if __name__ == "__main__":
    main("markdown", (".md",))
