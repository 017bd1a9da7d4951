"""The only way an export touches files.

Articles are untrusted. A reference in an article (an image name, a URL inside HTML or
CSS) may only reach a regular file inside the article's own folder; the packaged
templates and fonts are readable too. Everything else -- ``http(s)://``, ``file://``
elsewhere, ``../``, absolute paths, symlinks that lead out, ``data:`` URIs over a limit --
is refused with a :class:`~artexport.errors.ResourceError` naming the reference.
"""

from __future__ import annotations

import base64
import mimetypes
import stat
import threading
import urllib.parse
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import ArtexportWarning, ResourceError, caller_stacklevel, quoted
from .paths import fonts_dir, templates_dir


@dataclass(frozen=True)
class Limits:
    """Size limits for untrusted input. Exceeding one is an error, never a silent cut."""

    max_source_bytes: int = 20 * 1024 * 1024
    max_blocks: int = 20_000
    max_nesting: int = 64
    max_image_bytes: int = 25 * 1024 * 1024
    max_image_pixels: int = 50_000_000  # a 7000x7000 photo; decompression bombs are far above
    max_data_uri_bytes: int = 2 * 1024 * 1024
    max_meta_values: int = 10_000  # metadata values, counted as walked (YAML aliases repeat)
    # The cost model: what the expensive steps do per input byte, bounded before they run.
    max_spoken_chars: int = 100_000  # speech engine input (about 2 hours of speech)
    max_spoken_words: int = 15_000  # the longest long read; "& & &..." is all words
    max_number_digits: int = 1_000  # one number in metadata (Python's int() stops at 4300)
    max_html_embedded_bytes: int = 64 * 1024 * 1024  # images inlined in the one HTML file
    max_table_cells: int = 20_000  # every table of an article together
    max_paragraph_chars: int = 200_000  # one paragraph, code block or metadata text
    max_lines: int = 50_000  # lines of a source file (a long scrape has a few thousand)


DEFAULT_LIMITS = Limits()

# Raster formats every target (PDF, EPUB core media types, browsers) shows. SVG is not
# accepted from articles: it can carry script and external references.
IMAGE_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}


@dataclass(frozen=True)
class ImageInfo:
    media_type: str
    width: int
    height: int


@dataclass(frozen=True)
class Fetched:
    data: bytes
    media_type: str
    path: Path | None = None


def is_remote(ref: str) -> bool:
    try:
        scheme = urllib.parse.urlsplit(ref.strip()).scheme.lower()
    except ValueError:  # "http://[::1" and the like: no URL at all; resolve() refuses it
        return False
    return len(scheme) > 1 and scheme != "file"  # "c:" style drive letters are one char


@dataclass
class ResourceGuard:
    """Confines reads to ``root`` (the article folder) plus the packaged data folders.

    ``refused`` keeps every reference that was turned away, so an exporter can report
    what it rendered without.
    """

    root: Path | None
    limits: Limits = DEFAULT_LIMITS
    extra_roots: tuple[Path, ...] = field(default_factory=lambda: (templates_dir(), fonts_dir()))
    refused: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._roots = tuple(
            r.resolve() for r in ((self.root,) if self.root else ()) + self.extra_roots
        )

    # ---- local files ----------------------------------------------------------------
    def resolve(self, ref: str, *, origin: Path | None = None) -> Path:
        """Turn a reference from the article into a confined, existing file path.

        ``origin`` names the source file for error messages.
        """
        where = origin or self.root
        raw = ref.strip()
        if not raw:
            raise ResourceError(where, "empty resource reference")
        parts = _split(raw, ref, where)
        scheme = parts.scheme.lower()
        if scheme == "file" and parts.path.startswith("/"):
            candidate = Path(urllib.parse.unquote(parts.path))
        elif scheme and len(scheme) > 1 and scheme != "file":
            raise ResourceError(where, f"refused {quoted(ref)}: only files inside the article "
                                       f"folder may be used, not {scheme}: URLs")
        else:
            rel = PurePosixPath(urllib.parse.unquote(parts.path).replace("\\", "/"))
            if rel.is_absolute():
                raise ResourceError(where, f"refused {quoted(ref)}: absolute paths are not "
                                           "allowed")
            if ".." in rel.parts:
                raise ResourceError(where, f"refused {quoted(ref)}: '..' leads out of the "
                                           "article folder")
            if self.root is None:
                raise ResourceError(where, f"refused {quoted(ref)}: the article has no "
                                           "folder")
            candidate = self.root / Path(*rel.parts)
        return self._confine(candidate, ref, where)

    def _confine(self, candidate: Path, ref: str, where: Path | None) -> Path:
        # quoted(ref) only on refusal: ref may be a data: URI of megabytes.
        # Where a reference leads is settled before whether it exists: every reference
        # outside gets the same refusal, so warnings (and the batch report) cannot tell
        # which files exist elsewhere on the machine.
        try:
            lexical = candidate.resolve()  # follows the symlinks that exist, no more
        except (RuntimeError, OSError, ValueError):  # ValueError: a NUL in the name
            raise ResourceError(where, f"{quoted(ref)} does not exist") from None
        if not any(lexical.is_relative_to(r) for r in self._roots):
            raise ResourceError(where, f"refused {quoted(ref)}: it resolves outside the "
                                       "article folder")
        try:
            real = candidate.resolve(strict=True)  # follows symlinks: the target must be inside
            info = real.stat()
        except (RuntimeError, OSError, ValueError):
            raise ResourceError(where, f"{quoted(ref)} does not exist") from None
        if not any(real.is_relative_to(r) for r in self._roots):
            raise ResourceError(where, f"refused {quoted(ref)}: it resolves outside the "
                                       "article folder")
        if not stat.S_ISREG(info.st_mode):
            raise ResourceError(where, f"{quoted(ref)} is not a regular file")
        if info.st_nlink > 1 and self.root is not None \
                and real.is_relative_to(self._roots[0]):
            # A hard link is the same file as another name, maybe outside the folder
            # (an unpacked upload's "ln ../secret.png photo.png"): confinement by path
            # cannot see it, so an article's own files must have one name.
            raise ResourceError(where, f"refused {quoted(ref)}: it is a hard link (the "
                                       "file has other names, maybe outside the article "
                                       "folder)")
        return real

    def read(self, path: Path, *, max_bytes: int | None = None) -> bytes:
        """Read a confined file, refusing it if it is larger than the limit. A relative
        ``path`` is relative to the article folder (as in an Article built in Python)."""
        return self._read_confined(self._confine_path(path), max_bytes)

    def _confine_path(self, path: Path) -> Path:
        anchored = self.root / path if self.root is not None and not path.is_absolute() \
            else path
        return self._confine(anchored, str(path), self.root)

    def _read_confined(self, real: Path, max_bytes: int | None = None) -> bytes:
        """Read ``real``, a path :meth:`_confine` returned, within the size limit."""
        limit = max_bytes or self.limits.max_image_bytes
        size = real.stat().st_size
        if size > limit:
            raise ResourceError(real, f"file is {size} bytes, over the limit of {limit}")
        return real.read_bytes()

    def read_image(self, path: Path) -> tuple[bytes, ImageInfo]:
        """Read a confined image and identify it from its content: what an exporter
        embeds. An Article built in Python skips the loader's checks, so its
        ``media_type`` and size are claims; this refuses SVG, other formats and
        decompression bombs whatever the Article says."""
        real = self._confine_path(path)
        return self._read_confined(real), inspect_image(real, self.limits)

    # ---- URLs inside rendered documents ----------------------------------------------
    def fetch(self, url: str) -> Fetched:
        """Serve a URL a renderer asks for: confined files and small ``data:`` only."""
        parts = _split(url, url, None)
        if parts.scheme == "data":
            return self._data_uri(url)
        path = self.resolve(url)
        data = self.read(path)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if self.root is not None and path.is_relative_to(self._roots[0]) \
                and media_type.startswith("image/"):
            # The renderer decodes it: check the pixel count first (decompression bombs)
            # and learn the real type from the content, not the name.
            media_type = inspect_image(path, self.limits).media_type
        return Fetched(data, media_type, path)

    def _data_uri(self, url: str) -> Fetched:
        header, _, payload = url[5:].partition(",")
        if len(payload) > self.limits.max_data_uri_bytes * 4 // 3 + 4:
            raise ResourceError(None, f"refused a data: URI of {len(payload)} characters, "
                                      f"over the limit of {self.limits.max_data_uri_bytes} bytes")
        media_type = header.split(";")[0] or "text/plain"
        try:
            data = (base64.b64decode(payload, validate=False) if header.endswith(";base64")
                    else urllib.parse.unquote_to_bytes(payload))
        except ValueError as e:
            raise ResourceError(None, f"refused a malformed data: URI ({e})") from None
        return Fetched(data, media_type)

    def refuse(self, ref: str, reason: str) -> None:
        """Record and warn about a reference that is rendered without."""
        self.refused.append(ref)
        warnings.warn(ArtexportWarning(reason), stacklevel=caller_stacklevel())


def _split(url: str, ref: str, where: Path | None) -> urllib.parse.SplitResult:
    try:
        return urllib.parse.urlsplit(url)
    except ValueError:  # an unclosed "[" of an IPv6 host, a bad port
        raise ResourceError(where, f"refused {quoted(ref)}: not a file name or a URL") from None


# Formats an article may bring that no target shows, told by their first bytes (never
# handed to a decoder): named in the refusal instead of "cannot identify image file".
_OTHER_FORMATS = ((b"II*\0", "TIFF"), (b"MM\0*", "TIFF"), (b"BM", "BMP"),
                  (b"\0\0\1\0", "ICO"), (b"8BPS", "PSD"))


def _other_format(head: bytes) -> str | None:
    if head[4:12] in (b"ftypavif", b"ftypavis"):
        return "AVIF"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "HEIC"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<svg", b"<?xml", b"<!doctype svg")) and b"<svg" in text:
        return "SVG"
    return next((name for magic, name in _OTHER_FORMATS if head.startswith(magic)), None)


_STRICT_LOAD = threading.Lock()


def _load_strictly(im: Any) -> None:
    """Decode ``im`` refusing a truncated file, whatever Pillow's process-wide switch says:
    WeasyPrint turns ``LOAD_TRUNCATED_IMAGES`` on when it is imported (a batch worker, or
    ``-f all``), which would let a cut-off upload through in silence."""
    from PIL import ImageFile

    with _STRICT_LOAD:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            im.load()
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


def inspect_image(path: Path, limits: Limits = DEFAULT_LIMITS, *,
                  complete: bool = False) -> ImageInfo:
    """Identify an image file and check it against the limits before anyone decodes it.
    ``complete``: then decode it (JPEG at an eighth of its size) to refuse a truncated
    file, which would render as a grey or torn picture."""
    from PIL import Image as PILImage  # Pillow reads only the header here

    size = path.stat().st_size
    if size > limits.max_image_bytes:
        raise ResourceError(path, f"image is {size} bytes, over the limit of "
                                  f"{limits.max_image_bytes}")
    supported = ", ".join(sorted(IMAGE_TYPES))
    with path.open("rb") as fh:
        other = _other_format(fh.read(1024))
    if other is not None:
        raise ResourceError(path, f"image format {other} is not supported (use {supported})")
    try:
        # Only the decoders of the accepted formats ever see the bytes.
        with PILImage.open(path, formats=list(IMAGE_TYPES)) as im:
            fmt, (width, height) = im.format, im.size
            if complete and fmt in IMAGE_TYPES and width * height <= limits.max_image_pixels:
                if fmt == "JPEG":
                    im.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                _load_strictly(im)
    except PILImage.DecompressionBombError:
        raise ResourceError(path, f"image has more pixels than the limit of "
                                  f"{limits.max_image_pixels} pixels") from None
    except (OSError, ValueError, SyntaxError) as e:
        raise ResourceError(path, f"not a readable image ({e})") from None
    if fmt not in IMAGE_TYPES:
        raise ResourceError(path, f"image format {fmt} is not supported (use {supported})")
    if width * height > limits.max_image_pixels:
        raise ResourceError(path, f"image is {width}x{height} pixels, over the limit of "
                                  f"{limits.max_image_pixels} pixels")
    return ImageInfo(IMAGE_TYPES[fmt], width, height)


# ---- WeasyPrint -------------------------------------------------------------------------
# Added for the PDF exporter: the only way WeasyPrint reads anything.

def weasyprint_url_fetcher(guard: ResourceGuard,
                           memory: Mapping[str, Fetched] | None = None) -> Any:
    """A WeasyPrint URL fetcher that serves only what ``guard`` allows.

    ``memory`` maps exact URLs to resources artexport made itself (the PDF fonts); any
    other URL goes through :meth:`ResourceGuard.fetch`: confined files and small
    ``data:`` URIs. A refused URL is recorded with :meth:`ResourceGuard.refuse` (an
    :class:`~artexport.errors.ArtexportWarning` naming it) and WeasyPrint renders
    without it. Nothing is ever fetched from the network.
    """
    from weasyprint.urls import URLFetcher, URLFetcherResponse  # only when exporting PDF

    served = dict(memory or {})

    class ConfinedFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url in served:
                found = served[url]
            else:
                try:
                    found = guard.fetch(url)
                except ResourceError as e:
                    # WeasyPrint catches the error and renders without the resource;
                    # the warning tells the user which one and why.
                    guard.refuse(url, f"{e.path or guard.root}: {e.problem}; "
                                      "rendered without it")
                    raise
            return URLFetcherResponse(url, body=found.data,
                                      headers={"Content-Type": found.media_type})

    return ConfinedFetcher()
