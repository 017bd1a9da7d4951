"""Speech audio: the article read aloud as a tagged, chaptered MP3 plus a WebVTT file.

Everything the narration needs -- the speech plan, synthesis, cues, chapters, MP3
encoding and tags -- lives in :mod:`artexport.narration`; this exporter only asks it for
the article's narration (shared with a read-along EPUB or page of the same article and
options in this process) and returns the MP3 with its captions.
"""

from __future__ import annotations

from typing import ClassVar

from ..model import Article
from ..narration import AudioOptions, Narration, narrate
from .base import Exporter, Rendered

__all__ = ["AudioExporter", "AudioOptions"]


class AudioExporter(Exporter):
    """The article read aloud: ``<slug>.mp3`` (ID3v2.4 tags, chapters, cover) and
    ``<slug>.vtt`` (sentence captions)."""

    name: ClassVar[str] = "audio"
    file_extension: ClassVar[str] = "mp3"
    media_type: ClassVar[str] = "audio/mpeg"
    Options: ClassVar[type[AudioOptions]] = AudioOptions
    description: ClassVar[str] = "Speech audio: MP3 with ID3 tags and chapters, WebVTT captions"

    def narrate(self, article: Article) -> Narration:
        """The synthesis result without writing anything; shared with the read-along
        EPUB and HTML of the same article and options in this process."""
        return narrate(article, self.options)

    def render(self, article: Article) -> Rendered:
        narration = self.narrate(article)
        return Rendered(narration.mp3, {".vtt": narration.vtt().encode("utf-8")})
