"""A listener's proxy for Arabic speech: what espeak-ng's Arabic voice says, as IPA.

Used by the narration tests and the diacritizer benchmark. A word a listener cannot
follow comes out of espeak-ng (``espeak-ng -v ar --ipa -q``) with three or more
consonants in a row (/ʔdʒrt/ for a bare "أجرت"); a doubled consonant (/tː/, /tt/) counts
once, an affricate (/dʒ/) is one consonant. A word whose yeh or waw is a consonant
comes out with two vowels in a row when espeak reads it as a vowel (/siːaːsa/ for
"سِيَاسَةٌ"; the diphthongs /ai/, /au/ of "بَيْنَ", "يَوْمِ" are no such fault).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence

ESPEAK = shutil.which("espeak-ng")
# (a tatweel inside a word marks a glide for the engine: "وَـيَقُولُ")
AR_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]"
                     "[\u0621-\u063a\u0640-\u064a\u064b-\u065f\u0670\u0671-\u06d3"
                     "\u06d6-\u06ed\u06fa-\u06ff]*")
VOWEL_MARK = re.compile("[\u064b-\u0652]")
_IPA_VOWELS = set("aeiouəɛɔæɑɪʊyøœɐɒʌɜɨʉɯɤ")
_DROP = str.maketrans("", "", "ˈˌ‿ˤʰʲʷˠ̪̩̃-.")
# "(en)word(ar)": espeak names a switch of voice in its IPA; it is no consonant
_VOICE_SWITCH = re.compile(r"\([a-z-]+\)")


def ipa_lines(lines: Sequence[str], voice: str = "ar") -> list[str]:
    """espeak-ng's IPA for each line (one clause per line); lines are sent in batches."""
    if ESPEAK is None:
        raise RuntimeError("espeak-ng is not installed")
    out: list[str] = []
    for i in range(0, len(lines), 400):
        batch = lines[i:i + 400]
        run = subprocess.run([ESPEAK, "-v", voice, "--ipa", "-q"], input="\n".join(batch),
                             capture_output=True, text=True, timeout=300, check=True)
        got = [line.strip() for line in run.stdout.splitlines() if line.strip()]
        if len(got) != len(batch):  # espeak joined or split a line: one call each
            got = [subprocess.run([ESPEAK, "-v", voice, "--ipa", "-q", line],
                                  capture_output=True, text=True, timeout=60,
                                  check=True).stdout.strip() for line in batch]
        out.extend(got)
    return out


def _consonant_runs(ipa: str) -> int:
    """The longest run of consonants in one IPA word, doubled ones counted once."""
    text = _VOICE_SWITCH.sub("", ipa).translate(_DROP)
    text = text.replace("dʒ", "J").replace("tʃ", "C").replace("ts", "T")
    longest = run = 0
    previous = ""
    for ch in text:
        if ch == "ː":
            continue  # a long vowel stays a vowel; a long consonant is one consonant
        if ch in _IPA_VOWELS or (not ch.isalpha() and ch not in "ʔʕħθðʃʒχɣʁŋɲɫ"):
            run, previous = 0, ""
            continue
        if ch != previous:
            run += 1
        previous = ch
        longest = max(longest, run)
    return longest


def arabic_words(texts: Iterable[str]) -> list[str]:
    """The Arabic words of ``texts``, in order."""
    return [w for t in texts for w in AR_WORD.findall(t)]


def vowelled_share(words: Sequence[str]) -> float:
    """The share of ``words`` carrying at least one vowel mark."""
    return sum(1 for w in words if VOWEL_MARK.search(w)) / len(words) if words else 1.0


def cluster_share(words: Sequence[str]) -> tuple[float, list[tuple[str, str]]]:
    """The share of ``words`` whose IPA (each said alone) has three consonants in a row,
    and those words with their IPA."""
    if not words:
        return 0.0, []
    ipa = ipa_lines(list(words))
    bad = [(w, i) for w, i in zip(words, ipa, strict=True)
           if any(_consonant_runs(part) >= 3 for part in i.split())]
    return len(bad) / len(words), bad


_HIATUS = re.compile("[aeiouəɑ]ː?[aeiouəɑ]")


def _hiatus(ipa: str) -> bool:
    """Two vowels in a row in one IPA word, other than the diphthongs /ai/ and /au/: a
    glide espeak read as a vowel (/qadˤiːatun/ for "قَضِيَّةٌ", /waiaquːlu/ for
    "وَيَقُولُ")."""
    text = _VOICE_SWITCH.sub("", ipa).replace("ˈ", "").replace("ˌ", "").replace(".", "")
    return any(m.group() not in ("ai", "au") for m in _HIATUS.finditer(text))


def hiatus_share(words: Sequence[str]) -> tuple[float, list[tuple[str, str]]]:
    """The share of ``words`` whose IPA (each said alone) has two vowels in a row where
    the word has a consonant between them, and those words with their IPA."""
    if not words:
        return 0.0, []
    ipa = ipa_lines(list(words))
    bad = [(w, i) for w, i in zip(words, ipa, strict=True) if _hiatus(i)]
    return len(bad) / len(words), bad


def letter_readings(text: str, voice: str = "ar") -> list[str]:
    """IPA words of ``text`` that are espeak naming a character instead of reading a
    word: "letter ..." (/lˈetə/) or a lone consonant of a word spelled out."""
    (ipa,) = ipa_lines([text], voice)
    return [w for w in ipa.split() if "lˈetə" in w or "letə" in w
            or re.fullmatch(r"[ˈˌ]?[^aeiouəɑɛɪʊ\s]{1,2}", w)]
