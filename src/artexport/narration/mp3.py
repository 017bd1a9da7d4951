"""MP3 encoding (lameenc) and ID3v2.4 tags (mutagen): title, performer, language,
chapters with a table of contents, and the lead image as cover."""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import io
import urllib.parse
import warnings
from collections.abc import Sequence
from typing import Any

from ..errors import ArtexportError, ArtexportWarning, ExportError, caller_stacklevel
from ..model import Article
from ..resources import ResourceGuard
from ..text.lang import primary_subtag
from .options import BITRATES_MPEG1, BITRATES_MPEG2
from .timing import Chapter, milliseconds

__all__ = ["ENCODER_DELAY_SAMPLES", "Mp3Stream", "encode_mp3", "language_code", "tagged"]

# LAME's encoder + decoder delay: a decoder plays sample n of our PCM at n + 1105 (we write
# no gapless-playback header for it to trim), so cue and chapter times are shifted by it.
ENCODER_DELAY_SAMPLES = 1105
# LAME's -q 7 (bench/bench_mp3.py, README "MP3 settings"): on espeak speech at 22.05 kHz
# it encodes about twice as fast as the default 5 with the same log-spectral distance
# over 0-4 kHz (5.3 dB at 32 kb/s; 3.2 against 3.6 dB at 48 kb/s) and a higher SNR
LAME_QUALITY = 7

# ISO 639-2 codes for ID3 TLAN (the terminology forms, which are also ISO 639-3)
_ISO639_2 = {"ar": "ara", "en": "eng", "fa": "fas", "ur": "urd", "he": "heb", "fr": "fra",
             "de": "deu", "es": "spa", "pt": "por", "it": "ita", "tr": "tur", "ps": "pus",
             "ku": "kur", "ckb": "ckb", "sd": "snd", "ug": "uig", "dv": "div", "yi": "yid"}

_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"
_MAX_COVER_BYTES = 300_000
_COVER_SIDE = 800  # pixels; a larger or exotic cover is re-encoded as JPEG this size


@functools.cache
def _lameenc_version() -> str:
    try:
        return importlib.metadata.version("lameenc")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def encode_mp3(pcm: bytes, sample_rate: int, bitrate: int) -> bytes:
    """16-bit mono PCM as a constant-bit-rate MP3 (no tags)."""
    stream = Mp3Stream(sample_rate, bitrate)
    stream.write(pcm)
    return stream.finish()


ENCODE_CHUNK = 1 << 20  # bytes of 16-bit PCM, an even number


class Mp3Stream:
    """A constant-bit-rate mono MP3 encoded as the PCM comes: :meth:`write` a sentence
    at a time, :meth:`finish` for the frames. Only the encoded frames are kept (at 32
    kb/s, 240 KB a minute against 2.6 MB of 22.05 kHz PCM), so memory does not grow
    with the PCM of the whole narration. ``samples`` counts the PCM samples written."""

    def __init__(self, sample_rate: int, bitrate: int, *, quality: int = LAME_QUALITY) -> None:
        import lameenc

        allowed = BITRATES_MPEG1 if sample_rate >= 32_000 else BITRATES_MPEG2
        if bitrate not in allowed:
            raise ExportError(None, f"audio: bitrate {bitrate} kb/s is not valid at "
                                    f"{sample_rate} Hz (choose one of "
                                    f"{', '.join(map(str, allowed))})")
        self.sample_rate = sample_rate
        self.samples = 0
        self._enc = lameenc.Encoder()
        self._enc.set_bit_rate(bitrate)
        self._enc.set_in_sample_rate(sample_rate)
        self._enc.set_out_sample_rate(sample_rate)  # LAME would otherwise resample low rates
        self._enc.set_channels(1)
        self._enc.set_quality(quality)  # see LAME_QUALITY
        self._enc.silence()
        self._out = bytearray()

    def write(self, pcm: bytes) -> None:
        """Encode 16-bit mono PCM (native byte order, as the engines give it)."""
        # In 1 MiB pieces (the same bytes out): one call on a long PCM grows lameenc's
        # output buffer in steps, and an hour of speech in one call took twice as long.
        for start in range(0, len(pcm), ENCODE_CHUNK):
            self._out += self._enc.encode(pcm[start:start + ENCODE_CHUNK])
        self.samples += len(pcm) // 2

    def silence(self, samples: int) -> None:
        """Encode ``samples`` of silence, a second at a time."""
        step = self.sample_rate
        while samples > 0:
            n = min(samples, step)
            self.write(bytes(2 * n))
            samples -= n

    def finish(self) -> bytes:
        """The MP3 frames, the encoder flushed; the stream is done."""
        self._out += self._enc.flush()
        data, self._out = bytes(self._out), bytearray()
        return data


def tagged(mp3: bytes, article: Article, chapters: Sequence[Chapter], duration: float,
           narrator: str) -> bytes:
    """``mp3`` with ID3v2.4 tags for ``article``; ``narrator`` names the voice (the
    performer when the article names nobody)."""
    # mutagen's frame classes carry no type hints; use them through an Any-typed module
    m: Any = importlib.import_module("mutagen.id3")
    save_frame = importlib.import_module("mutagen.id3._tags").save_frame

    class OrderedID3(m.ID3):  # type: ignore[misc]
        """Writes frames in the order they were added. mutagen sorts by frame size,
        which scatters the CHAP frames; players and checkers read chapters in file
        order, so we keep them chronological (the rest stays in a sensible order)."""

        def _write(self, config: object) -> bytearray:
            return bytearray().join(save_frame(f, config=config) for f in self.values())

    utf8 = 3
    tags = OrderedID3()
    tags.add(m.TIT2(encoding=utf8, text=[article.title]))
    if article.subtitle:
        tags.add(m.TIT3(encoding=utf8, text=[article.subtitle]))
    # TPE1 is the performer: the authors, else the publisher, else -- when the article
    # names nobody (a raw scrape) -- the synthetic voice that actually reads it
    performers = [a.name for a in article.authors] or [article.publisher or narrator]
    tags.add(m.TPE1(encoding=utf8, text=performers))
    if article.publisher:
        tags.add(m.TPUB(encoding=utf8, text=[article.publisher]))
    lang3 = language_code(article.lang)
    tags.add(m.TLAN(encoding=utf8, text=[lang3]))
    if article.published is not None:
        tags.add(m.TDRC(encoding=utf8, text=[article.published.strftime("%Y-%m-%dT%H:%M:%S")]))
    tags.add(m.TCON(encoding=utf8, text=["Speech"]))
    tags.add(m.TLEN(encoding=utf8, text=[str(milliseconds(duration))]))
    tags.add(m.TSSE(encoding=utf8, text=[f"artexport; {narrator}; LAME"]))
    if article.summary:
        tags.add(m.COMM(encoding=utf8, lang=lang3 if len(lang3) == 3 else "und", desc="",
                        text=[article.summary]))
    if article.source_url:
        # URL frames are Latin-1: an IRI (Arabic path) goes in percent-encoded
        tags.add(m.WOAS(url=urllib.parse.quote(article.source_url, safe=_URL_SAFE)))
    ids = [f"chp{i}" for i in range(1, len(chapters) + 1)]
    for cid, ch in zip(ids, chapters, strict=True):
        tags.add(m.CHAP(element_id=cid, start_time=milliseconds(ch.start_s),
                        end_time=milliseconds(ch.end_s),
                        sub_frames=[m.TIT2(encoding=utf8, text=[ch.title])]))
    if ids:
        tags.add(m.CTOC(element_id="toc", flags=m.CTOCFlags.TOP_LEVEL | m.CTOCFlags.ORDERED,
                        child_element_ids=ids,
                        sub_frames=[m.TIT2(encoding=utf8, text=[article.title])]))
    cover = _cover(article)
    if cover is not None:  # last: players read the small text frames without seeking past it
        tags.add(m.APIC(encoding=utf8, mime=cover[1], type=3, desc="cover", data=cover[0]))
    buf = io.BytesIO(mp3)
    tags.save(buf, v2_version=4, padding=lambda info: 0)  # fixed padding: same bytes each run
    return buf.getvalue()


def language_code(lang: str) -> str:
    """The ISO 639-2 code ID3 ``TLAN`` wants for a BCP 47 tag (``ar-EG`` -> ``ara``)."""
    sub = primary_subtag(lang)
    if sub in _ISO639_2:
        return _ISO639_2[sub]
    return sub if len(sub) == 3 else "und"


def _cover(article: Article) -> tuple[bytes, str] | None:
    """The lead image for APIC, read through the resource guard; big or unusual images
    are re-encoded as a JPEG of at most 800 px (a cover should not outweigh the speech)."""
    figure = article.lead_image
    if figure is None or figure.image.path is None:
        return None
    try:  # identified from the content: an Article built in Python may claim anything
        data, info = ResourceGuard(article.source_dir).read_image(figure.image.path)
    except ArtexportError as e:
        warnings.warn(ArtexportWarning(f"{e}; the audio has no cover"),
                      stacklevel=caller_stacklevel())
        return None
    media = info.media_type
    if media in ("image/jpeg", "image/png") and len(data) <= _MAX_COVER_BYTES:
        return data, media
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)) as im:
            im.thumbnail((_COVER_SIDE, _COVER_SIDE))
            out = io.BytesIO()
            im.convert("RGB").save(out, "JPEG", quality=85)
    except (OSError, ValueError) as e:
        warnings.warn(ArtexportWarning(f"{figure.image.path}: cannot use as cover ({e})"),
                      stacklevel=caller_stacklevel())
        return None
    return out.getvalue(), "image/jpeg"
