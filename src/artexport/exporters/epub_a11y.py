"""EPUB Accessibility 1.1 metadata, derived from what the book contains, and its
human-readable summary in the article's language (the edition's label table)."""

from __future__ import annotations

from ..edition import labels
from ..model import Article
from ..text.lang import primary_subtag
from .epub_package import Meta

CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"


def accessibility_metadata(article: Article, *, certified_by: str,
                           narrated: bool = False) -> list[Meta]:
    """EPUB Accessibility 1.1 metadata derived from what the book contains.

    The book shows a figure's image when ``image.path`` is set; such an image counts as
    described when it has non-empty alt text. Only when every shown image is described
    are ``alternativeText`` and text-only ``accessModeSufficient`` claimed.

    ``narrated``: the book has Media Overlays (a recorded reading synchronised with the
    text): ``auditory`` is an access mode and ``synchronizedAudioText`` a feature. The
    narration reads the text, not the images' alt text, so listening alone is claimed
    sufficient only for a book without images; with images it is "auditory,visual".
    """
    alts = [bool(f.image.alt.strip()) for f in article.figures() if f.image.path is not None]
    has_images = bool(alts)
    all_described = has_images and all(alts)
    headings = len(article.headings())

    metas = [Meta("schema:accessMode", "textual")]
    if has_images:
        metas.append(Meta("schema:accessMode", "visual"))
        metas.append(Meta("schema:accessModeSufficient", "textual,visual"))
    if narrated:
        metas.insert(1, Meta("schema:accessMode", "auditory"))
    if not has_images or all_described:
        metas.append(Meta("schema:accessModeSufficient", "textual"))
    if narrated:
        metas.append(Meta("schema:accessModeSufficient",
                          "auditory,visual" if has_images else "auditory"))
    features = ["structuralNavigation", "tableOfContents", "readingOrder",
                "displayTransformability"]
    if all_described:
        features.append("alternativeText")
    if narrated:
        features.append("synchronizedAudioText")
    metas.extend(Meta("schema:accessibilityFeature", f) for f in features)
    metas.append(Meta("schema:accessibilityHazard", "none"))
    summary, summary_lang = accessibility_summary(
        article, images=len(alts), described=sum(alts), headings=headings, narrated=narrated)
    metas.append(Meta("schema:accessibilitySummary", summary,
                      None if summary_lang == primary_subtag(article.lang) else summary_lang))
    metas.append(Meta("dcterms:conformsTo", CONFORMS_TO))
    metas.append(Meta("a11y:certifiedBy", certified_by))
    return metas


def accessibility_summary(article: Article, *, images: int, described: int,
                          headings: int, narrated: bool = False) -> tuple[str, str]:
    """A human-readable summary of the book's accessibility and its language tag.

    Written in the article's language when the edition has labels in it (see
    :data:`artexport.edition.LABEL_LANGUAGES`), otherwise in English. ``narrated``: the
    book has a synchronised narration.
    """
    words = labels(article.lang)
    parts = [words.format("a11y.intro", title=article.title),
             words["a11y.toc_headings" if headings else "a11y.toc_title"]]
    if images == 0:
        parts.append(words["a11y.no_images"])
    elif described == images:
        parts.append(words["a11y.described"])
    else:
        parts.append(words["a11y.undescribed"])
    if narrated:
        parts.append(words["a11y.narrated"])
    parts.append(words["a11y.hazards.narrated" if narrated else "a11y.hazards"])
    return " ".join(parts), words.lang
