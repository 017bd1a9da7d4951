"""The font subsets shipped prebuilt (fonts/prebuilt/): they match the fonts they were
cut from and the characters every subset keeps, a fresh machine uses them instead of
running fontTools, and a font they do not match is subset afresh."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from artexport import fonts
from artexport.paths import fonts_dir

PREBUILT = fonts_dir() / fonts.PREBUILT
REBUILD = "run scripts/prebuild-font-subsets.py"


def test_every_font_has_a_prebuilt_subset_that_matches_it() -> None:
    manifest = json.loads((PREBUILT / fonts.PREBUILT_MANIFEST).read_text("utf-8"))
    ttfs = sorted(p.name for p in fonts_dir().glob("*.ttf"))
    assert sorted(manifest) == ttfs, REBUILD
    for name in ttfs:
        assert fonts.prebuilt_subset(name) is not None, f"{name}: {REBUILD}"


@pytest.mark.parametrize("name", ["NotoNaskhArabic-Regular.ttf", "NotoSans-Italic.ttf"])
def test_a_prebuilt_subset_is_the_subset_fonttools_makes(name: str) -> None:
    shipped = fonts.prebuilt_subset(name)
    assert shipped is not None
    fresh = fonts.make_subset(fonts_dir() / name, fonts._ALWAYS_CHARS, "woff2")
    with TTFont(io.BytesIO(shipped)) as a, TTFont(io.BytesIO(fresh)) as b:
        assert a.flavor == "woff2"
        assert a.getBestCmap() == b.getBestCmap()
        assert a.getGlyphOrder() == b.getGlyphOrder()
        assert sorted(a.keys()) == sorted(b.keys())  # GSUB/GPOS kept: shaping needs them
    with TTFont(fonts_dir() / name) as source:
        wanted = {cp for cp in source.getBestCmap() if chr(cp) in fonts._ALWAYS}
    with TTFont(io.BytesIO(shipped)) as a:
        assert set(a.getBestCmap()) == wanted


def test_a_fresh_machine_does_not_run_the_subsetter(tmp_path: Path) -> None:
    """The examples (Arabic and English faces), HTML and EPUB, an empty cache: the
    shipped subsets answer, fontTools' subsetter is never imported, nothing is cached."""
    from conftest import example_dirs

    code = ("import sys\n"
            "from artexport import load_article, export\n"
            f"for folder in {[str(p) for p in example_dirs()]!r}:\n"
            f"    export(load_article(folder), ['html', 'epub'], {str(tmp_path / 'out')!r})\n"
            "print('fontTools.subset' in sys.modules)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, timeout=300).stdout.split()
    assert out[-1] == "False"
    assert not list((tmp_path / "cache").rglob("*.woff2"))
    assert len(list((tmp_path / "out").glob("*.html"))) == len(example_dirs())


def test_a_font_the_subset_was_not_cut_from_is_subset_afresh(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    name = "NotoSans-Regular.ttf"
    monkeypatch.setattr(fonts, "_file_sha256", lambda path: "another font")
    assert fonts.prebuilt_subset(name) is None
    fonts._subset.cache_clear()
    try:
        data = fonts.subset(name, "plain text")
    finally:
        fonts._subset.cache_clear()
    assert data[:4] == b"wOF2"
    assert list(tmp_path.rglob("*.woff2"))  # made by fontTools, kept in the cache
