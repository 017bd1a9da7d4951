#!/usr/bin/env python3
"""Rebuild fonts/prebuilt/: the WOFF2 subset of every packaged font to the characters
every subset keeps (artexport.fonts._ALWAYS), and its MANIFEST.json.

Run it after changing a font in fonts/ or the always-kept characters; tests/test_fonts.py
fails until the shipped subsets match them again.

    .venv/bin/python scripts/prebuild-font-subsets.py
"""

from __future__ import annotations

from artexport.fonts import PREBUILT, prebuild_subsets
from artexport.paths import fonts_dir


def main() -> None:
    dest = fonts_dir() / PREBUILT
    manifest = prebuild_subsets(dest)
    print(f"{len(manifest)} subsets written to {dest}")


if __name__ == "__main__":
    main()
