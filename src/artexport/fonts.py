"""Packaged fonts: which files serve which language, subsets, @font-face CSS.

Only the OFL fonts in ``fonts/`` are ever used, so an export looks the same on every
machine and carries its licence. Subsets keep only the glyphs an article needs (plus
the contextual forms Arabic shaping reaches through GSUB).
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from .paths import fonts_dir
from .text.lang import is_arabic_script


@dataclass(frozen=True)
class FontFace:
    family: str
    file: str
    weight: int = 400
    style: Literal["normal", "italic"] = "normal"
    # Amiri's contextual alternates replace a "ح" so its text layer loses the letter;
    # this turns them off wherever the face is used.
    feature_settings: str | None = None

    @property
    def path(self) -> Path:
        return fonts_dir() / self.file


FAMILIES: dict[str, tuple[FontFace, ...]] = {
    "naskh": (
        FontFace("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", 400),
        FontFace("Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf", 700),
    ),
    "sans-arabic": (
        FontFace("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", 400),
        FontFace("Noto Sans Arabic", "NotoSansArabic-Bold.ttf", 700),
    ),
    "amiri": (
        FontFace("Amiri", "Amiri-Regular.ttf", 400, feature_settings='"calt" 0'),
        FontFace("Amiri", "Amiri-Bold.ttf", 700, feature_settings='"calt" 0'),
    ),
    "sans": (
        FontFace("Noto Sans", "NotoSans-Regular.ttf", 400),
        FontFace("Noto Sans", "NotoSans-Bold.ttf", 700),
        FontFace("Noto Sans", "NotoSans-Italic.ttf", 400, "italic"),
    ),
}

LICENCES = ("OFL-Noto.txt", "OFL-Amiri.txt")


def families_for(lang: str, arabic_face: str = "naskh") -> tuple[str, ...]:
    """Family keys in CSS fallback order for an article in ``lang``.

    Arabic-script text gets the Arabic face first and Noto Sans for Latin runs; Latin
    text gets Noto Sans only.
    """
    if arabic_face not in FAMILIES:
        raise ValueError(f"unknown font {arabic_face!r} (available: {', '.join(FAMILIES)})")
    if is_arabic_script(lang):
        return (arabic_face, "sans")
    return ("sans",)


def faces(keys: tuple[str, ...]) -> list[FontFace]:
    return [face for key in keys for face in FAMILIES[key]]


def font_stack(keys: tuple[str, ...], generic: str = "sans-serif") -> str:
    """A CSS ``font-family`` value for the keys."""
    names = dict.fromkeys(FAMILIES[k][0].family for k in keys)
    return ", ".join([*(f'"{n}"' for n in names), generic])


@lru_cache(maxsize=256)
def subset(file: str, text: str, flavor: Literal["woff2", "ttf"] = "woff2") -> bytes:
    """The font ``file`` cut down to the glyphs ``text`` needs, as WOFF2 or TrueType.

    All layout features are kept: Arabic joining, marks and ligatures need them.
    """
    from fontTools import subset as ft_subset

    options = ft_subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    if flavor == "woff2":
        options.flavor = "woff2"
    font = ft_subset.load_font(str(fonts_dir() / file), options)
    subsetter = ft_subset.Subsetter(options)
    # Always keep ASCII digits, punctuation and the Arabic digits: UI labels use them.
    subsetter.populate(text=text + _ALWAYS)
    subsetter.subset(font)
    buf = io.BytesIO()
    ft_subset.save_font(font, buf, options)
    return buf.getvalue()


_ALWAYS = "".join(chr(c) for c in range(0x20, 0x7F)) + "٠١٢٣٤٥٦٧٨٩،؛؟«»–—…"


def font_face_css(keys: tuple[str, ...], text: str, *, url_for: dict[str, str] | None = None,
                  flavor: Literal["woff2", "ttf"] = "woff2") -> str:
    """``@font-face`` rules for the families ``keys`` with fonts subset to ``text``.

    Without ``url_for`` the fonts are inlined as ``data:`` URIs (self-contained HTML);
    with it, each font file name maps to the URL it is published under (EPUB).
    """
    chars = "".join(sorted(set(text)))
    mime = "font/woff2" if flavor == "woff2" else "font/ttf"
    fmt = "woff2" if flavor == "woff2" else "truetype"
    rules = []
    for face in faces(keys):
        if url_for is not None:
            src = url_for[face.file]
        else:
            data = base64.b64encode(subset(face.file, chars, flavor)).decode("ascii")
            src = f"data:{mime};base64,{data}"
        features = (f"\n  font-feature-settings: {face.feature_settings};"
                    if face.feature_settings else "")
        rules.append(
            f'@font-face {{\n  font-family: "{face.family}";\n  src: url("{src}") '
            f'format("{fmt}");\n  font-weight: {face.weight};\n  font-style: {face.style};'
            f"\n  font-display: swap;{features}\n}}"
        )
    return "\n".join(rules)
