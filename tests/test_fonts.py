"""What ships prebuilt beside the fonts (fonts/prebuilt/): the subsets match the fonts
they were cut from and the characters every subset keeps, the PDF's Noto Naskh files and
the glyph texts are what the code computes now, a fresh machine uses them instead of
running fontTools, and a font they do not match is computed afresh."""

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
REBUILD = "run scripts/prebuild-fonts.py"


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


def test_the_shipped_pdf_fonts_and_glyph_texts_are_what_the_code_makes_now() -> None:
    """Byte for byte: a PDF made with the shipped files is the PDF the code would make
    (tests elsewhere check what the rewrite and the glyph texts are for)."""
    for source in sorted(fonts_dir().glob("*.ttf")):
        assert fonts.prebuilt_glyph_texts(source.name) == fonts.make_glyph_texts(source), \
            f"{source.name}: {REBUILD}"
    for name in sorted(fonts._SIDE_BY_SIDE_LAM_ALEF):
        shipped = fonts.prebuilt_pdf_font(name)
        assert shipped is not None and shipped == fonts.make_pdf_font(fonts_dir() / name), \
            f"{name}: {REBUILD}"


def test_a_fresh_pdf_worker_computes_nothing_that_ships(tmp_path: Path) -> None:
    """What the PDF needs from the fonts (the Noto Naskh it embeds, the glyph texts of
    its text layer) comes from the shipped files: the PDF of an Arabic example in a
    fresh process never computes either."""
    from conftest import example_dirs

    folder = next(p for p in example_dirs() if p.name.startswith("ar-"))
    code = ("from artexport import fonts, load_article, export\n"
            "made = []\n"
            "fonts.make_pdf_font = lambda path: made.append(path)\n"
            "fonts.make_glyph_texts = lambda path: made.append(path)\n"
            f"export(load_article({str(folder)!r}), ['pdf'], {str(tmp_path / 'out')!r})\n"
            "print(len(made), fonts.pdf_font_data.cache_info().currsize,"
            " fonts.glyph_texts.cache_info().currsize)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, timeout=300).stdout.split()
    made, pdf_fonts, texts = (int(n) for n in out[-3:])
    assert made == 0 and pdf_fonts > 0 and texts > 0  # asked for, and answered shipped
    assert list((tmp_path / "out").glob("*.pdf"))


@pytest.mark.parametrize("key", ["pdf_font_rewrite", "glyph_texts_rules"])
def test_files_made_by_other_rules_are_not_used(monkeypatch: pytest.MonkeyPatch,
                                                 key: str) -> None:
    name = "NotoNaskhArabic-Regular.ttf"
    manifest = {f: dict(e) for f, e in fonts._prebuilt_manifest().items()}
    manifest[name][key] = -1
    monkeypatch.setattr(fonts, "_prebuilt_manifest", lambda: manifest)
    if key == "pdf_font_rewrite":
        assert fonts.prebuilt_pdf_font(name) is None
        assert fonts.prebuilt_glyph_texts(name) is not None
    else:
        assert fonts.prebuilt_glyph_texts(name) is None
        assert fonts.prebuilt_pdf_font(name) is not None
    assert fonts.prebuilt_subset(name) is not None


def test_a_font_they_were_not_made_from_gets_its_pdf_file_and_texts_computed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    name = "NotoNaskhArabic-Bold.ttf"
    monkeypatch.setattr(fonts, "_file_sha256", lambda path: "another font")
    assert fonts.prebuilt_pdf_font(name) is None
    assert fonts.prebuilt_glyph_texts(name) is None
    calls: list[Path] = []
    make_pdf_font, make_glyph_texts = fonts.make_pdf_font, fonts.make_glyph_texts
    monkeypatch.setattr(fonts, "make_pdf_font",
                        lambda path: calls.append(path) or make_pdf_font(path))
    monkeypatch.setattr(fonts, "make_glyph_texts",
                        lambda path: calls.append(path) or make_glyph_texts(path))
    fonts.pdf_font_data.cache_clear()
    fonts.glyph_texts.cache_clear()
    try:
        data = fonts.pdf_font_data(name)
        texts = fonts.glyph_texts(name)
    finally:
        fonts.pdf_font_data.cache_clear()
        fonts.glyph_texts.cache_clear()
    assert calls == [fonts_dir() / name] * 2
    assert data != (fonts_dir() / name).read_bytes()  # spread: the rewrite ran
    assert texts and "\u0627" in texts.values()  # alef
