#!/usr/bin/env python3
"""Rebuild fonts/prebuilt/: for every packaged font, its WOFF2 subset to the characters
every subset keeps (artexport.fonts._ALWAYS) and its glyph texts; for Noto Naskh, the file
the PDF embeds; and MANIFEST.json, which ties each to the font it was made from.

Run it after changing a font in fonts/, the always-kept characters, the PDF font rewrite
or the glyph-text rules (bump PDF_FONT_REWRITE / GLYPH_TEXTS_RULES in fonts.py);
tests/test_fonts.py fails until the shipped files match them again.

    .venv/bin/python scripts/prebuild-fonts.py
"""

from __future__ import annotations

from artexport.fonts import PREBUILT, prebuild
from artexport.paths import fonts_dir


def main() -> None:
    dest = fonts_dir() / PREBUILT
    manifest = prebuild(dest)
    print(f"{len(manifest)} fonts' prebuilt files written to {dest}")


if __name__ == "__main__":
    main()
