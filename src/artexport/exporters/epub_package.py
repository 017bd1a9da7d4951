"""The EPUB package: ebooklib's book from our documents and resources, written with
fixed zip entry times so one article always gives the same bytes.

Everything ebooklib would generate in English or with the wall-clock time is ours
instead: the content documents arrive rendered (:class:`Document`), the metadata as
:class:`Meta` entries, ``dcterms:modified`` and every zip entry time come from the
article's own date (:func:`modified_time`).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from ebooklib import epub

from ..model import Article, article_uuid

XML_NS = "http://www.w3.org/XML/1998/namespace"
# Used when an article carries no date: a fixed instant keeps the output reproducible
# (1980-01-01 is also the earliest time a zip entry can hold).
FALLBACK_MODIFIED = datetime(1980, 1, 1, tzinfo=UTC)
# Characters XML 1.0 cannot carry, even as references (noncharacters included).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class Document:
    """One XHTML content document of the book.

    ``media_overlay`` is the manifest id of its SMIL file once audio is added.
    """

    uid: str
    file_name: str
    title: str
    xhtml: bytes
    properties: list[str] = field(default_factory=list)
    in_spine: bool = True
    media_overlay: str | None = None


@dataclass(frozen=True)
class Resource:
    """Any other file of the book: image, font, style sheet (later SMIL, audio)."""

    uid: str
    href: str
    media_type: str
    data: bytes
    properties: tuple[str, ...] = ()


@dataclass(frozen=True)
class Meta:
    """One ``<meta property="...">`` of the package metadata (``refines``: ``#id`` of the
    manifest item or element it is about)."""

    property: str
    value: str
    lang: str | None = None
    refines: str | None = None


def modified_time(article: Article) -> datetime:
    """``dcterms:modified``: the article's last update (else publication) time, in UTC."""
    when = article.updated or article.published or FALLBACK_MODIFIED
    return max(when.astimezone(UTC), FALLBACK_MODIFIED).replace(microsecond=0)


def _xml_text(text: str) -> str:
    """Text lxml accepts: ebooklib silently drops a metadata entry lxml refuses."""
    return NOT_XML.sub("", text)


def _publication_date(dt: datetime) -> str:
    """``dc:date`` as a reading system lists it: the article's own day. A day without a
    time ("2019-02-08", stored as local midnight) is that day; a time whose UTC day is
    another ("2019-02-08T00:30+01:00") keeps its offset; else the UTC time. (UTC alone
    put a Tunisian paper's 8 February on the 7th in the library.)"""
    if dt.tzinfo is None:
        return _utc(dt)
    if (dt.hour, dt.minute, dt.second) == (0, 0, 0):
        return dt.date().isoformat()
    if dt.astimezone(UTC).date() != dt.date():
        return dt.replace(microsecond=0).isoformat()
    return _utc(dt)


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---- the package -----------------------------------------------------------------------

class _Xhtml(epub.EpubHtml):  # type: ignore[misc]  # ebooklib ships no type hints
    """A content document whose bytes are ours: ebooklib would re-parse it with an HTML
    parser and rebuild it from its own (English) template."""

    def get_content(self, default: bytes | None = None) -> bytes:
        return bytes(self.content)


def build_book(article: Article, docs: Sequence[Document], resources: Sequence[Resource],
                metas: Sequence[Meta], *, cover_uid: str | None) -> Any:
    """The ebooklib book: metadata, manifest and spine (nothing is rendered here)."""
    book = epub.EpubBook()
    book.set_identifier(f"urn:uuid:{article_uuid(article)}")
    book.set_title(_xml_text(article.title))
    book.set_language(article.lang)
    book.set_direction(article.direction)
    book.set_unique_metadata("OPF", "generator", "",
                             {"name": "generator", "content": f"artexport {_version()}"})
    for n, author in enumerate(article.authors, 1):
        book.add_author(_xml_text(author.name), uid=f"creator-{n}", role="aut")
    if article.publisher:
        book.add_metadata("DC", "publisher", _xml_text(article.publisher))
    if article.published is not None:
        book.add_metadata("DC", "date", _publication_date(article.published))
    for subject in ([article.section] if article.section else []) + list(article.tags):
        book.add_metadata("DC", "subject", _xml_text(subject))
    if article.summary:
        book.add_metadata("DC", "description", _xml_text(article.summary))
    if article.source_url:
        book.add_metadata("DC", "source", _xml_text(article.source_url))
    for meta in metas:
        attrs = {"property": meta.property}
        if meta.refines:
            attrs["refines"] = meta.refines
        if meta.lang:
            attrs[f"{{{XML_NS}}}lang"] = meta.lang
        book.add_metadata(None, "meta", _xml_text(meta.value), attrs)
    if cover_uid is not None:
        # EPUB 2 reading systems find the cover image through this
        book.add_metadata(None, "meta", "", {"name": "cover", "content": cover_uid})

    for res in resources:
        item = epub.EpubItem(uid=res.uid, file_name=res.href, media_type=res.media_type,
                             content=res.data)
        item.properties = list(res.properties)  # ebooklib writes them when present
        book.add_item(item)
    spine = []
    for doc in docs:
        item = _Xhtml(uid=doc.uid, file_name=doc.file_name, title=doc.title,
                      lang=article.lang, direction=article.direction,
                      media_overlay=doc.media_overlay)
        item.content = doc.xhtml
        item.properties = list(doc.properties)
        book.add_item(item)
        if doc.in_spine:
            spine.append(item)
    book.spine = spine
    return book


def _version() -> str:
    try:
        return version("artexport")
    except PackageNotFoundError:  # running from a source tree without installing
        return "dev"


_ZIP_LATEST = datetime(2107, 12, 31, 23, 59, 58, tzinfo=UTC)


class _ReproducibleWriter(epub.EpubWriter):  # type: ignore[misc]
    """ebooklib's writer with fixed zip entry times and an EPUB 3.3-clean package."""

    def __init__(self, out: io.BytesIO, book: Any, modified: datetime) -> None:
        super().__init__(out, book, {"mtime": modified, "package_direction": True,
                                     "compresslevel": 9})
        # A zip entry's time is 1980..2107 (DOS time): the article's date, held to that.
        zip_time = min(max(modified, FALLBACK_MODIFIED), _ZIP_LATEST)
        self.date_time = zip_time.timetuple()[:6]

    def _write_opf_spine(self, root: Any, ncx_id: str | None) -> None:
        super()._write_opf_spine(root, ncx_id)
        if ncx_id is None:  # ebooklib names an NCX even when there is none
            spine = root.find("spine")
            spine.attrib.pop("toc", None)

    def _write_opf_file(self, root: Any) -> None:
        root.set(f"{{{XML_NS}}}lang", self.book.language)
        # "rendition:" is a reserved prefix in EPUB 3.3; declaring it again is reported
        root.attrib.pop("prefix", None)
        super()._write_opf_file(root)

    def write(self) -> None:
        with zipfile.ZipFile(self.file_name, "w", zipfile.ZIP_DEFLATED,
                             compresslevel=self.options["compresslevel"]) as archive:
            self.out = _FixedTimeZip(archive, self.date_time)
            # the mimetype entry first and stored: OCF's "magic number"
            self.out.writestr("mimetype", "application/epub+zip",
                              compress_type=zipfile.ZIP_STORED)
            self._write_container()
            self._write_opf()
            self._write_items()


@dataclass
class _FixedTimeZip:
    """The ``writestr`` ebooklib calls, with one fixed time and mode for every entry."""

    archive: zipfile.ZipFile
    date_time: tuple[int, ...]

    def writestr(self, name: str, data: str | bytes, compress_type: int | None = None) -> None:
        info = zipfile.ZipInfo(name, date_time=self.date_time)  # type: ignore[arg-type]
        if compress_type is None:  # an MP3 does not deflate: storing it saves the time
            compress_type = zipfile.ZIP_STORED if name.endswith(".mp3") else zipfile.ZIP_DEFLATED
        info.compress_type = compress_type
        info.create_system = 3  # Unix, whatever machine builds the book
        info.external_attr = 0o644 << 16
        self.archive.writestr(info, data)


def write_book(book: Any, modified: datetime) -> bytes:
    buf = io.BytesIO()
    writer = _ReproducibleWriter(buf, book, modified)
    writer.process()
    writer.write()
    return buf.getvalue()

