"""Arabic marks as a speech engine can read them: vowelled and Quranic (Uthmani) text.

espeak-ng reads the six short-vowel marks, tanween, shadda and sukun, but it spells a
word letter by letter ("letter 1763...") as soon as the word carries a mark it has no
rule for: the small high and low letters of Uthmani script (U+06D6-U+06ED), the madda on
a yeh, the honorific signs (U+0610-U+0614), the extended marks of U+0653-U+065F. It also
drops the vowel of a doubled letter when the vowel is written before the shadda, which is
the order Unicode normalisation (NFC) gives them ("مُحَمَّدٌ" is heard "muħammdun").

:func:`speakable_marks` rewrites every mark of U+0610-U+061A, U+064B-U+065F, U+0670 and
U+06D6-U+06ED into what the engine reads as the reciter says it, keeping every vowel:

* small vowels (U+0618-U+061A, U+0656-U+0657, U+065D-U+065E) become the full vowel;
  the Uthmani sukun (U+06E1) the ordinary sukun;
* the dagger alef (U+0670) is a long "a": written as an alef ("ذَٰلِكَ" -> "ذَالِكَ"),
  and a waw carrying it is read as an alef too ("ٱلصَّلَوٰةَ" -> "الصَّلَاةَ"); after an
  alef maksura it adds nothing ("عَلَىٰ" already ends in a long "a");
* small waw and yeh (U+06E5-U+06E7) lengthen the vowel before them: a waw or a yeh;
* a letter marked with the small high rounded zero (U+06DF) is never pronounced: the
  letter goes with the mark;
* the honorific signs are said in full (U+0610 "صلى الله عليه وسلم", and the
  presentation-form ligatures U+FDFA, U+FDFB, U+FDF2 likewise);
* pause marks (U+06D6-U+06DC): the compulsory stop (U+06D8) is a pause (a comma), the
  others are recitation advice and are dropped, with every other mark nobody hears
  (nun ghunna, iqlab meem, sajdah and stop signs...);
* alef wasla (U+0671) is a plain alef; an alef maksura after a kasra is a yeh ("فِى"),
  as Uthmani script writes it; a madda over anything but an alef is dropped;
* the shadda always comes first, then the vowel on the same letter;
* a doubled yeh or waw before a short vowel is written as the two letters it is said
  as, the first with a sukun ("قَضِيَّةٌ" -> "قَضِيْيَةٌ", "قُوَّةٌ" -> "قُوْوَةٌ"): espeak-ng
  reads the doubled glide as a bare vowel, /qadˤiːatun/, /quːatun/, and with the two
  letters says the glide, /qadˤiːjatun/, /quːwatun/;
* a yeh or waw with its own vowel right after a vowelled letter is a consonant, which
  espeak-ng reads as a vowel ("وَيَقُولُ" /waiaquːlu/, "هُوَ" /huːa/, "سِيَاسَةٌ"
  /siːaːsa/): a tatweel between the two letters makes it say /wajaquːlu/, /huwa/,
  /sijaːsa/; after an alef madda likewise ("الْآيَاتِ", /alʔaːiːaːti/);
* a yeh with tanween after a kasra, the adverbs and adjectives of "ـيًّا", "ـيٍّ"
  ("رَسْمِيًّا", heard /rasmiːan/), is written as the doubled yeh and the n said
  ("رَسْمِيْيَنْ", /rasmiːjan/) -- but with a kasra in its pause form ("صَحَفِيْ"):
  espeak-ng says a yeh with a kasra long, and "صَحَفِيْيِنْ" was /sˤaħafiːjiːn/
  (journalists);
* the alefs nobody says are left out: a hamzat wasl after a kasra ("بِاسْمِ" was heard
  /biaːsmi/, "الِاسْتِخْدَامِ" /aliaːstixdaːmi/) or after "وَ", "فَ", "كَ" ("وَاسْتَمَرَّ"
  /waːstamarr/), the alef of the old spelling "مِائَةٌ",
  and the alef after the waw of a plural verb ("قَالُوا", /qaːluːaː/); a fatha typed on
  an alef ("وَلاَ", /walaːa/) is dropped, and a shadda typed on an alef goes to the
  letter before it ("إِلاَّ" -> "إِلَّا");
* tanween fath is written on the letter before its alef ("أيضًا", not "أيضاً", the
  common spelling, which espeak-ng says without its n: /ʔaidˤaː/), once (the model's
  and the author's "رِيَالًاً" is one);
* the name of God is written with its long a, "اللَّاه": espeak-ng knows only the bare
  "الله" standing alone, and says /ʔalllh/ for "اللَّهُ", "والله", "بالله", "لله".

The result holds only the marks espeak-ng reads (U+064B-U+0652), in that order, and
the tatweels that mark a glide. The rules up to the order of shadda and vowel, and the
mended alefs, are :func:`readable_marks` (what the diacritizer may read too); the
glides, the unsaid alefs and the heh said for a pausal teh marbuta are
:func:`engine_spelling`, for espeak-ng alone (the narration hands it to no other engine:
:meth:`artexport.tts.TtsEngine.engine_text`); and :func:`pausal_forms` says the word
before a stop as a reader stops on it.
"""

from __future__ import annotations

import re
import unicodedata

from .arabic_spelling import arabic_spelling

__all__ = ["ALL_MARKS", "READABLE_MARKS", "engine_spelling", "pausal_forms", "readable_marks",
           "speakable_marks"]

SHADDA = "\u0651"
FATHA, DAMMA, KASRA, SUKUN = "\u064e", "\u064f", "\u0650", "\u0652"
DAGGER_ALEF = "\u0670"
ALEF, ALEF_MAKSURA, YEH, WAW = "\u0627", "\u0649", "\u064a", "\u0648"
SILENT_LETTER = "\u06df"

# every mark the module maps (the ranges); READABLE_MARKS are those it keeps
ALL_MARKS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)] + [chr(c) for c in range(0x064B, 0x0660)]
    + [DAGGER_ALEF] + [chr(c) for c in range(0x06D6, 0x06EE)])
READABLE_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653))

_HONORIFICS = {
    "\u0610": "صَلَّى اللَّهُ عَلَيْهِ وَسَلَّمَ",
    "\u0611": "عَلَيْهِ السَّلَامُ",
    "\u0612": "رَحْمَةُ اللَّهِ عَلَيْهِ",
    "\u0613": "رَضِيَ اللَّهُ عَنْهُ",
    "\ufdfa": "صَلَّى اللَّهُ عَلَيْهِ وَسَلَّمَ",
    "\ufdfb": "جَلَّ جَلَالُهُ",
    "\ufdf2": "اللَّه",
    "\ufdfd": "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ",
}

# one mark -> what is written instead ("" drops it); contextual cases are handled first
_MARK_TABLE: dict[str, str] = {
    "\u0614": "", "\u0615": "", "\u0616": "", "\u0617": "",  # takhallus, small high letters
    "\u0618": FATHA, "\u0619": DAMMA, "\u061a": KASRA,  # small vowels
    "\u0653": "",  # madda: on an alef NFC has already made it "آ"
    "\u0654": "\u0621", "\u0655": "\u0621",  # a hamza NFC could not put on its letter
    "\u0656": KASRA, "\u0657": DAMMA,  # subscript alef, inverted damma
    "\u0658": "", "\u0659": "", "\u065a": "", "\u065b": "", "\u065c": "",
    "\u065d": DAMMA, "\u065e": FATHA, "\u065f": "",
    DAGGER_ALEF: ALEF,
    "\u06d6": "", "\u06d7": "", "\u06d8": "،", "\u06d9": "", "\u06da": "", "\u06db": "",
    "\u06dc": "",  # pause marks: only the compulsory stop (meem) is a pause
    "\u06dd": "", "\u06de": "",  # end of ayah, rub el hizb
    "\u06df": "", "\u06e0": "", "\u06e1": SUKUN, "\u06e2": "", "\u06e3": "", "\u06e4": "",
    "\u06e5": WAW, "\u06e6": YEH, "\u06e7": YEH, "\u06e8": "", "\u06e9": "", "\u06ea": "",
    "\u06eb": "", "\u06ec": "", "\u06ed": "",
    "\u0671": ALEF,  # alef wasla: a plain alef (not a mark; Uthmani spelling)
}
_TRANSLATE = str.maketrans(_MARK_TABLE)

_ANY_MARK = "\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed"
_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_HONORIFIC = re.compile("[" + "".join(_HONORIFICS) + "]")
_UR_HONORIFIC = re.compile("[\u0610-\u0613\ufdfa\ufdfb\ufdf2]")
# as a Persian reader says them, without vowel marks (the Persian voice read the marks
# of the Arabic words by name: "tashdid")
_PERSIAN_HONORIFICS = {
    "\u0610": "صلی الله علیه و سلم", "\u0611": "علیه السلام", "\u0612": "رحمة الله علیه",
    "\u0613": "رضی الله عنه", "\ufdfa": "صلی الله علیه و سلم", "\ufdfb": "جل جلاله",
    "\ufdf2": "الله", "\ufdfd": "بسم الله الرحمن الرحیم"}
_SILENT = re.compile(f"[^\\s{_ANY_MARK}][{_ANY_MARK}]*{SILENT_LETTER}")
_DAGGER_ON_MAKSURA = re.compile(f"({ALEF_MAKSURA}[{_ANY_MARK}]*?){DAGGER_ALEF}\u0653?")
# a vowelless waw carrying the dagger alef after a fatha is read as an alef (salah,
# zakah, hayah); a waw with its own vowel ("وَٰلِدَيْهِ") is a consonant and stays
_WAW_AS_ALEF = re.compile(f"(?<={FATHA}){WAW}{DAGGER_ALEF}\u0653?")
_DAGGER_MADDA = re.compile(f"{DAGGER_ALEF}\u0653")
_MAKSURA_AFTER_KASRA = re.compile(f"(?<=[{KASRA}\u061a\u0656]){ALEF_MAKSURA}|"
                                  f"(?<={KASRA}{SHADDA}){ALEF_MAKSURA}|"
                                  f"(?<={SHADDA}{KASRA}){ALEF_MAKSURA}")
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdf1\ufdf3-\ufdf9\ufdfc\ufdfe-\ufdff\ufe70-\ufeff]+")
# after the table, only readable marks remain: put the shadda before the letter's vowel
_VOWEL_THEN_SHADDA = re.compile(f"([\u064b-\u0650\u0652]+){SHADDA}")
_DOUBLED = re.compile("([\u064b-\u0652])\\1+")
_VOWEL_MARK = re.compile("[\u064b-\u0652]")
# a doubled yeh or waw before a short vowel, written as the two letters it is said as
_DOUBLED_GLIDE = re.compile(f"([{YEH}{WAW}]){SHADDA}([{FATHA}{DAMMA}{KASRA}])")
# a yeh or waw with its own vowel right after a vowelled letter: a tatweel between them
TATWEEL = "\u0640"
# (not a yeh with tanween: the model writes "وَلِيًا" for walijjan, heard closer bare)
_GLIDE_AFTER_VOWEL = re.compile(
    f"(?<=[{FATHA}{DAMMA}{KASRA}\u0622])(?=[{YEH}{WAW}][{FATHA}{DAMMA}{KASRA}]|{WAW}[\u064b-\u064d])")
# a yeh with tanween after a kasra ("رَسْمِيًّا", "عَرَبِيٍّ"; heard /rasmiːan/), written as
# the doubled yeh and the n it is said as
_TANWEEN_ON_YEH = re.compile(
    f"(?<={KASRA}){YEH}{SHADDA}?([\u064b-\u064d]){ALEF}?(?![{_LETTERS}{_ANY_MARK}])")
_TANWEEN_VOWEL = {"\u064b": FATHA, "\u064c": DAMMA, "\u064d": KASRA}
# the alefs nobody says: a hamzat wasl after a kasra ("بِاسْمِ", "الِاسْتِخْدَامِ", the old
# spelling "مِائَةٌ"), with the article's lam before a sun letter, which the engine then
# says ("بِالنَّجَاحِ" /binnadʒaːħi/, where "بِلنَّجَاحِ" is /bilnnadʒaːħi/)
_SUN_LETTERS = "\u062a\u062b\u062f\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638" \
    "\u0644\u0646"
_ALEF_AFTER_KASRA = re.compile(
    f"(?<={KASRA}){ALEF}(?:\u0644(?=[{_SUN_LETTERS}]{SHADDA}))?"
    f"(?=(?![{ALEF}{ALEF_MAKSURA}])[{_LETTERS}])")
# ...and after "وَ", "فَ", "كَ" opening a word, before a letter with a sukun or a shadda
# ("وَاسْتَمَرَّ", heard /waːstamarr/; "وَاتَّفَقَ"), where an alef after a fatha is long
# -- the alef of a verb of forms VII, VIII or X or of "ابن", "اسم", "اثنان", "امرأة", not
# a name's long "ا" ("كَارْلُو", "وَارْسُو" lost it: /karlu/, /warsu/)
_ALEF_AFTER_CONJUNCTION = re.compile(
    f"(?<![{_LETTERS}{_ANY_MARK}{TATWEEL}])([\u0648\u0641\u0643]{FATHA}){ALEF}"
    # ("وَالْ" is the article, but "وَالْتَقَى" a verb of form VIII, "وَالْتِزَامٌ" its noun:
    # a lam with a sukun before a teh with no shadda, which espeak-ng said /wataqaː/)
    f"(?=(?!\u0644(?!{SUKUN}\u062a(?!{SHADDA})))([{_LETTERS}])([{SUKUN}{SHADDA}])"
    f"([{_LETTERS}]?))")
# "وَالِاسْتِخْدَامِ" once its second alef is gone: the article's lam takes a kasra before a
# hamzat wasl, and the alef before it is not said either (/waːlistixdaːmi/); "وَالِدُهُ"
# (a word of its own) has no sukun after its lam
_ALEF_OF_ARTICLE_BEFORE_WASL = re.compile(
    f"(?<![{_LETTERS}{_ANY_MARK}{TATWEEL}])([\u0648\u0641\u0643]{FATHA}){ALEF}"
    f"(?=\u0644{KASRA}[{_LETTERS}]{SUKUN})")
_WASL_NOUN = re.compile("\u0627(?:\u0628\u0646|\u0633\u0645|\u062b\u0646|\u0645\u0631)")


def _wasl_alef(m: re.Match[str]) -> str:
    """The conjunction alone when the alef after it is a hamzat al-wasl: a verb of forms
    VII, VIII or X, "ابن", "اسم"...; after "وَ" or "فَ" also a form I imperative ("وَاحْسُبْ",
    "فَاخْشَوْهُمْ", "وَاعْلَمُوا": three letters after the alef, not ending in a long "و"
    as "وَارْسُو" does). "كَ" never opens a verb: "كَارْلُو", "كَاتْرِين" keep their alef."""
    first, mark, second = m.group(2), m.group(3), m.group(4)
    word = _WORD_AT.match(m.string, m.end(1))
    rest = _STRIP_MARKS.sub("", word.group() if word else "")
    if mark == SHADDA or first == "\u0646" or (second and second in "\u062a\u0637\u062f") \
            or _WASL_NOUN.match(rest):
        return m.group(1)
    if m.group(1)[0] in "\u0648\u0641" and len(rest) >= 4 and not rest.endswith("\u0648"):
        return m.group(1)  # (the alef and three letters at least: "احسب")
    return m.group()


_STRIP_MARKS = re.compile(f"[{_ANY_MARK}]")
_WORD_AT = re.compile(f"[{_LETTERS}{_ANY_MARK}{TATWEEL}]+")
# the alef after the waw of a plural verb ("قَالُوا"); a fatha or a shadda typed on an alef
_ALEF_AFTER_PLURAL_WAW = re.compile(
    f"(?<={DAMMA}{WAW}){SUKUN}?{ALEF}{SUKUN}?(?![{_LETTERS}{_ANY_MARK}])")
_FATHA_ON_ALEF = re.compile(f"(?<=[{_LETTERS}{_ANY_MARK}]){ALEF}{FATHA}")
_SHADDA_ON_ALEF = re.compile(f"(?<=[{_LETTERS}]){ALEF}{SHADDA}{FATHA}?")


FATHATAN = "\u064b"
TEH_MARBUTA, HEH = "\u0629", "\u0647"
# the last word before a full stop, a question or exclamation mark or a semicolon,
# or the end of the text: where a reader pauses
_PAUSE_WORD = re.compile(
    f"[{_LETTERS}][{_LETTERS}{_ANY_MARK}{TATWEEL}]*(?=[\"'»”’)\\]\\s]*(?:[.!?؟؛…]|\\Z))")
_FINAL_VOWEL = re.compile(
    f"([{_LETTERS}])({SHADDA}?)([\u064b-\u0650])([{ALEF}{ALEF_MAKSURA}]?)\\Z")


def pausal_forms(text: str) -> str:
    """``text`` (vowelled, as :func:`readable_marks` leaves it) with the last word before
    a full stop, a question or exclamation mark, a semicolon and at its end said in its
    pausal form, as a reader stops on it: "... فِي الْمَدِينَةِ." -> "... فِي الْمَدِينَةْ."
    (/almadiːnah/: :func:`engine_spelling` writes the heh espeak-ng needs for it),
    "كِتَابٌ." -> "كِتَابْ.", "كِتَابًا." -> "كِتَابَا."; the case ending the diacritizer
    guessed for it (often wrongly) is not said."""
    return _PAUSE_WORD.sub(lambda m: _pausal(m.group()), text)


def _pausal(word: str) -> str:
    """``word`` as it is said before a pause: without its case ending ("الْمَدِينَةِ" ->
    "الْمَدِينَةْ"; "كِتَابٌ" -> "كِتَابْ"); tanween fath before an alef is a long a
    ("كِتَابًا" -> "كِتَابَا")."""
    m = _FINAL_VOWEL.search(word)
    if m is None:
        return word
    letter, shadda, vowel, tail = m.groups()
    head = word[:m.start()]
    if tail:  # "كِتَابًا" -> "كِتَابَا", "هُدًى" -> "هُدَى"; "هَذَا" stays
        return head + letter + shadda + (FATHA if vowel == FATHATAN else vowel) + tail
    return head + letter + shadda + ("" if shadda else SUKUN)  # "الْمَدِينَةْ", /ah/ said
# the marks on the letter before an alef that carries tanween fath ("ضاً", "دّاً", "لًاً")
_TANWEEN_ON_ALEF = re.compile(f"(?<=[{_LETTERS}])([\u064b-\u0652]*){ALEF}{FATHATAN}")
_M = f"[{_ANY_MARK}]*"
_ALLAH = re.compile(
    f"(?<![{_LETTERS}{_ANY_MARK}])"
    f"((?:[\u0648\u0641]{_M})?(?:[\u0628\u062a]{_M})?)"  # و ف, then ب ت
    f"(?:([\u0627\u0671]){_M}\u0644|(\u0644){_M})"  # "ال" (al-lah) or "ل" (li-llah)
    f"{_M}\u0644{_M}[\u0627\u0670]?{_M}\u0647({_M})(\u0645{_M})?"
    # the word ends here: no letter follows, nor a mark the marks above left behind
    # (else "لِلْهَيْئَةِ", li-l-hay'a, would match up to its heh)
    f"(?![{_LETTERS}{_ANY_MARK}])")


def _allah(m: re.Match[str]) -> str:
    prefix, _article, li, end, humma = m.groups()
    vowel = "".join(ch for ch in end if ch in "\u064b\u064c\u064d\u064e\u064f\u0650\u0652")
    head = "\u0644" + KASRA if li else ALEF + "\u0644"
    if humma:  # "اللهم": allāhumma
        return f"{prefix}{head}\u0644{SHADDA}{FATHA}{ALEF}\u0647{DAMMA}\u0645{SHADDA}{FATHA}"
    return f"{prefix}{head}\u0644{SHADDA}{FATHA}{ALEF}\u0647{vowel[-1:]}"


def speakable_marks(text: str) -> str:
    """``text`` with every Arabic mark rewritten as espeak-ng reads it (see the module
    docstring): :func:`readable_marks`, then :func:`engine_spelling`; text without marks,
    ligatures or Uthmani letters comes back unchanged."""
    return engine_spelling(readable_marks(text))


def readable_marks(text: str, *, lang: str = "ar") -> str:
    """``text`` with its Quranic and other marks as the six vowels, tanween, shadda and
    sukun, in the order espeak-ng reads them, and the name of God with its long a: what
    the diacritizer may be given as well as the engine. In Persian and Urdu (``lang``)
    only the shadda comes before its vowel: their voices read the rest as written
    ("کاملاً" /kɑmelan/, "جلسهٔ" /dʒalaseːje/, "موسیٰ" /muːsɑ/) and misread it respelled
    for Arabic (/kɑmalanɑ/, /dʒalaseːʔ/, /muːsiɑ/; the Urdu voice named the marks of
    "اللَّاه" one by one); an honorific sign is said in Persian words, and in Urdu left
    to the Urdu voice, which says it."""
    if not _needs_work(text):
        return text
    if lang.startswith("ur"):  # set apart, as the Urdu voice says it: written on its
        # word ("عمرؓ", "نبیﷺ") it spelled the word letter by letter ("ain meem re ...")
        text = _UR_HONORIFIC.sub(lambda m: _spaced(text, m, {m.group(): m.group()}), text)
    arabic = lang.split("-")[0].lower() == "ar"
    # (in Arabic, spelled as Arabic: "﷼" is "ریال" with a Persian yeh, which the Arabic
    # voice named, "r Farsi yeh a l")
    text = _PRESENTATION_FORM.sub(lambda m: _expanded(m.group(), arabic), text)
    if not arabic:
        # the pen name's sign ("غالبؔ"), which nobody says: both voices spelled the name
        text = text.replace("\u0614", "")
        if lang.startswith("fa"):
            text = _HONORIFIC.sub(lambda m: _spaced(text, m, _PERSIAN_HONORIFICS), text)
        return _DOUBLED.sub(r"\1", _VOWEL_THEN_SHADDA.sub(lambda m: SHADDA + m.group(1), text))
    text = _HONORIFIC.sub(lambda m: _spaced(text, m), text)
    text = _ALLAH.sub(_allah, text)
    text = _SILENT.sub("", text)
    text = _DAGGER_ON_MAKSURA.sub(r"\1", text)
    text = _WAW_AS_ALEF.sub(ALEF, text)
    text = _DAGGER_MADDA.sub(DAGGER_ALEF, text)
    text = text.translate(_TRANSLATE)
    text = _MAKSURA_AFTER_KASRA.sub(YEH, text)
    text = _TANWEEN_ON_ALEF.sub(
        lambda m: (SHADDA if SHADDA in m.group(1) else "") + FATHATAN + ALEF, text)
    text = _VOWEL_THEN_SHADDA.sub(lambda m: SHADDA + m.group(1), text)
    text = _DOUBLED.sub(r"\1", text)
    text = _SHADDA_ON_ALEF.sub(SHADDA + FATHA + ALEF, text)
    text = _FATHA_ON_ALEF.sub(ALEF, text)
    if "  " in text:
        text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)
    return text


def _expanded(forms: str, arabic: bool) -> str:
    """Presentation forms as the letters they show, in Arabic with Arabic letters."""
    letters = unicodedata.normalize("NFKC", forms)
    return arabic_spelling(letters) if arabic else letters


def _doubled_yeh_with_n(m: re.Match[str]) -> str:
    """"رَسْمِيًّا" -> "رَسْمِيْيَنْ" (/rasmiːjan/); "صَحَفِيٍّ" in its pause form,
    "صَحَفِيْ": espeak-ng says a yeh with a kasra long, "صَحَفِيْيِنْ" was /sˤaħafiːjiːn/
    (journalists)."""
    if m.group(1) == "\u064d":
        return f"{YEH}{SUKUN}"
    return f"{YEH}{SUKUN}{YEH}{_TANWEEN_VOWEL[m.group(1)]}\u0646{SUKUN}"


def engine_spelling(text: str) -> str:
    """Vowelled ``text`` (as :func:`readable_marks` leaves it) spelled the way espeak-ng
    says it: glides marked, a doubled glide and "-iyyan" written out, the unsaid alefs
    left out (see the module docstring). For the engine only: the diacritizer is given
    the words as they are written."""
    if not _VOWEL_MARK.search(text):
        return text
    text = _DOUBLED_GLIDE.sub(lambda m: m.group(1) + SUKUN + m.group(1) + m.group(2), text)
    text = _TANWEEN_ON_YEH.sub(_doubled_yeh_with_n, text)
    text = _ALEF_AFTER_KASRA.sub("", text)
    text = _ALEF_AFTER_CONJUNCTION.sub(_wasl_alef, text)
    text = _ALEF_OF_ARTICLE_BEFORE_WASL.sub(r"\1", text)
    text = _GLIDE_AFTER_VOWEL.sub(TATWEEL, text)
    text = _ALEF_AFTER_PLURAL_WAW.sub("", text)
    # a teh marbuta with a sukun, a pausal form: espeak-ng says /at/, a reader /ah/
    return text.replace(TEH_MARBUTA + SUKUN, HEH + SUKUN)


_WORK = re.compile(f"[{_ANY_MARK}\u0671\ufb50-\ufdff\ufe70-\ufeff]|\u0644\u0644")


def _spaced(text: str, m: re.Match[str], words: dict[str, str] | None = None) -> str:
    """The honorific's words, set apart from the words before and after it."""
    before = " " if m.start() > 0 and not text[m.start() - 1].isspace() else ""
    after = " " if m.end() < len(text) and not text[m.end()].isspace() else ""
    return before + (words or _HONORIFICS).get(m.group(), _HONORIFICS[m.group()]) + after


def _needs_work(text: str) -> bool:
    return _WORK.search(text) is not None
