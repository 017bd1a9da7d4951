"""An emoji that is all a sentence, a quotation or a reply says, named in its language.

Emoji are not spoken (:func:`~artexport.text.speech.speech_text`): "🔴 عاجل" or "🔥 Hot
deals" decorate words a listener hears anyway. But a reply that is only "👍🏽", a
sentence "❤️" or a quotation «😂» says something no word beside it says, and the
listener heard nothing. Such an emoji is named by its CLDR short name, in the sentence's
language where the ``emoji`` package has names for it ("قبول", "قلب أحمر", "thumbs up",
"cœur rouge"; not Urdu: left silent, as before). A row of more than three emoji is
decoration (a separator line: "🔴🔴🔴🔴"), and "😂😂😂" is named once; a row of two to
five stars is a rating, said counted ("⭐⭐⭐⭐": "أربع نجوم").
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["lone_emoji"]

_MOST_NAMED = 3
# where pictographs are (a sentence without one is passed by at regex speed)
_PICTOGRAPH_BLOCKS = re.compile("[\u2100-\u2bff\u3030\u303d\u3297\u3299\U0001F000-\U0001FAFF]")
# coloured shapes are bullets and separators ("🔹🔹🔹" on a line between sections), not
# a reply: the names "small blue diamond", "red circle" say nothing to a listener
# ... and so is a hand pointing at what follows ("شاهد الفيديو: 👇": the video, not
# "إصبع لأسفل")
_SHAPES = re.compile("[\u25a0-\u25ff\u26aa\u26ab\u2b1b\u2b1c\U0001F532-\U0001F539"
                     "\U0001F7E0-\U0001F7EB\u261d\U0001F446-\U0001F449\u2b05-\u2b07\u27a1]")
_STARS = frozenset("\u2b50\U0001F31F")
# a rating ("التقييم: ⭐⭐⭐⭐") is said counted, 2 to 5 stars, as a reviewer says it
# (star by star, "نجم متوسط أبيض، نجم متوسط أبيض، ..." was heard; four or five: nothing)
_STAR_COUNTS = {
    "ar": ("نجمتان", "ثلاث نجوم", "أربع نجوم", "خمس نجوم"),
    "fa": ("دو ستاره", "سه ستاره", "چهار ستاره", "پنج ستاره"),
    "ur": ("دو ستارے", "تین ستارے", "چار ستارے", "پانچ ستارے"),
    "en": ("two stars", "three stars", "four stars", "five stars"),
    "fr": ("deux étoiles", "trois étoiles", "quatre étoiles", "cinq étoiles"),
    "es": ("dos estrellas", "tres estrellas", "cuatro estrellas", "cinco estrellas"),
    "pt": ("duas estrelas", "três estrelas", "quatro estrelas", "cinco estrelas"),
    "it": ("due stelle", "tre stelle", "quattro stelle", "cinque stelle"),
    "de": ("zwei Sterne", "drei Sterne", "vier Sterne", "fünf Sterne"),
    "tr": ("iki yıldız", "üç yıldız", "dört yıldız", "beş yıldız"),
}
_SKIN_TONES = re.compile("[\U0001F3FB-\U0001F3FF]")
# a quotation holding no letter or digit: «👍🏽», "❤️"; or what ends a sentence after its
# colon ("He replied: 👍", "ردّ: ❤️")
_QUOTED = re.compile(r"(?<=[«“\"„‘])[^\w«»“”\"„‘’\n]{1,40}(?=[»”\"“’])"
                     r"|(?<=:)[ \t]*[^\w\s:«»“”\"„‘’]{1,40}[ \t]*$")


def _is_pictograph(ch: str) -> bool:
    return unicodedata.category(ch) == "So" and ord(ch) > 0x2000


def _names(text: str, lang: str) -> str | None:
    """The names of the emoji that make up ``text`` (blanks and punctuation around them
    allowed), or ``None`` when it holds anything else, or too many to name, or a flag
    (named by the speech text's own rule)."""
    bare = "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] == "P"))
    if not bare or not any(_is_pictograph(ch) for ch in bare) or \
            any("\U0001F1E6" <= ch <= "\U0001F1FF" for ch in bare):
        return None  # (the cheap test first: the package loads in 60 ms)
    stars = bare.replace("\ufe0f", "")
    if 2 <= len(stars) <= 5 and stars[0] in _STARS and len(set(stars)) == 1 and \
            lang in _STAR_COUNTS:
        return _STAR_COUNTS[lang][len(stars) - 2]
    import emoji  # (here: only a text that is all pictographs pays its import)

    if lang not in emoji.LANGUAGES:
        return None
    bare = _SKIN_TONES.sub("", bare)  # the reply is the thumbs up, not its tone
    if not emoji.purely_emoji(bare):
        return None
    every = [e["emoji"] for e in emoji.emoji_list(bare)]
    if len(every) > _MOST_NAMED or all(_SHAPES.match(e) for e in every):
        return None
    # a row of stars is a rating: each is said ("⭐⭐⭐" named once was one star)
    found = every if every[0] in _STARS and len(set(every)) == 1 else list(dict.fromkeys(every))
    said = [emoji.demojize(e, language=lang, delimiters=("", "")).replace("_", " ")
            for e in found]
    return "، ".join(said) if lang in ("ar", "fa") else ", ".join(said)


def lone_emoji(text: str, lang: str) -> str:
    """``text`` with its emoji named when they are all it says, or all a quotation in it
    says ("قال: «👍🏽»"); other emoji are left for the speech text to drop."""
    if not _PICTOGRAPH_BLOCKS.search(text) or not any(_is_pictograph(ch) for ch in text):
        return text
    whole = _names(text, lang)
    if whole is not None:
        return whole
    return _QUOTED.sub(lambda m: _spaced(m.group(), _names(m.group(), lang)), text)


def _spaced(written: str, names: str | None) -> str:
    """``names`` where ``written`` stood, with its blanks and its closing full stop ("رد:
    ❤️." -> "رد: قلب أحمر.")."""
    if names is None:
        return written
    body = written.rstrip()
    stop = body[len(body.rstrip(".!?؟…")):]
    return written[:len(written) - len(written.lstrip())] + names + stop
