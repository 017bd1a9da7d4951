"""What the voices of French, German, Spanish, Italian, Portuguese, Dutch, Turkish and
Indonesian must be handed written out. espeak-ng reads their numbers, percentages and
most words right, but not a newsroom's shorthand: "5,5 Mio." was "mio" and a pause,
"R$ 31,3 bilhões" "real dólar trinta e um...", "EE. UU." "e e, u u", "1.º trimestre"
"um ordinal masculino", "XXe siècle" /iksɡzə/, "Léon XIV" "quatorze romain", "30/09/2025"
"treinta, cero nueve...", "H&M" "ache ampersand eme". Each is written here as a reader
of that language says it; the numbers stay digits for the voice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .lang import word_set
from .spoken_european import german_adjective_ending, german_ordinal_stem

__all__ = ["LATIN_LANGUAGES", "ROMAN", "abbreviations", "latin_speech", "roman_value",
           "symbol_words"]

# "&", the dot of an address and the "@" of an e-mail, as each language says them
_SYMBOLS: dict[str, tuple[str, str, str]] = {
    "fr": ("et", "point", "arobase"), "de": ("und", "Punkt", "ät"),
    "es": ("y", "punto", "arroba"), "it": ("e", "punto", "chiocciola"),
    "pt": ("e", "ponto", "arroba"), "nl": ("en", "punt", "apenstaartje"),
    "tr": ("ve", "nokta", "et"), "id": ("dan", "titik", "et"),
}
LATIN_LANGUAGES = frozenset(_SYMBOLS)


def symbol_words(lang: str) -> tuple[str, str, str] | None:
    """("and", "dot", "at") in ``lang`` (a primary subtag), ``None`` for another one."""
    return _SYMBOLS.get(lang)


_B = r"(?<![\w.])"  # an abbreviation starts a word ...
_E = r"(?![\w])"  # ... and ends one
# "1.100", "31,3", "1 250 000", and Mexico's "12.5"
_NUM = r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:,\d+|\.\d{1,2}(?!\d))?"

# Abbreviations said as words: (written, said). A written form ending in "." keeps no
# full stop: the voice paused on it as on a sentence's end.
_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("z. B.", "zum Beispiel"), ("z.B.", "zum Beispiel"), ("d. h.", "das heißt"),
           ("d.h.", "das heißt"), ("u. a.", "unter anderem"), ("u.a.", "unter anderem"),
           ("bzw.", "beziehungsweise"), ("ca.", "circa"), ("usw.", "und so weiter"),
           ("vgl.", "vergleiche"), ("evtl.", "eventuell"),
           ("inkl.", "inklusive"), ("bzgl.", "bezüglich"), ("geb.", "geboren"),
           ("Prof.", "Professor"), ("Dr.", "Doktor"), ("Hbf", "Hauptbahnhof"),
           ("v. Chr.", "vor Christus"), ("n. Chr.", "nach Christus"),
           ("mind.", "mindestens"), ("zw.", "zwischen"), ("Mag.", "Magister"),
           ("ggf.", "gegebenenfalls"), ("bspw.", "beispielsweise"), ("MwSt.", "Mehrwertsteuer"),
           ("Tel.", "Telefon"), ("etc.", "et cetera")),
    "fr": (("MM.", "messieurs"), ("Mgr", "monseigneur"), ("n°", "numéro"),
           ("N°", "numéro"), ("av. J.-C.", "avant Jésus-Christ"),
           ("apr. J.-C.", "après Jésus-Christ"), ("env.", "environ"), ("tél.", "téléphone"),
           ("Tél.", "téléphone"), ("cf.", "confer"), ("TTC", "toutes taxes comprises")),
    "es": (("EE. UU.", "Estados Unidos"), ("EE.UU.", "Estados Unidos"),
           ("CC. OO.", "Comisiones Obreras"), ("CC.OO.", "Comisiones Obreras"),
           ("D.ª", "doña"), ("Dña.", "doña"), ("Excmo.", "excelentísimo"),
           ("Excma.", "excelentísima"), ("n.º", "número"), ("núm.", "número"),
           ("Sres.", "señores"), ("Avda.", "avenida"), ("Lic.", "licenciado"),
           ("Ing.", "ingeniero"), ("Av.", "avenida"), ("a. C.", "antes de Cristo"),
           ("d. C.", "después de Cristo"), ("etc.", "etcétera"), ("aprox.", "aproximadamente"),
           ("incl.", "incluido"), ("tel.", "teléfono"), ("Tel.", "teléfono"), ("pág.", "página"),
           ("págs.", "páginas"), ("p. ej.", "por ejemplo")),
    "pt": (("Sr.", "senhor"), ("Sra.", "senhora"), ("Srta.", "senhorita"),
           ("Av.", "avenida"), ("séc.", "século"), ("Cia.", "companhia"),
           ("Prof.", "professor"), ("Profa.", "professora"), ("Exmo.", "excelentíssimo"),
           ("Exma.", "excelentíssima"), ("n.º", "número"), ("nº", "número"),
           ("Dr.", "doutor"), ("Dra.", "doutora"), ("Eng.ª", "engenheira"),
           ("Eng.", "engenheiro"), ("Dr.ª", "doutora"), ("Sr.ª", "senhora"),
           ("Prof.ª", "professora"), ("Arq.ª", "arquiteta"), ("art.º", "artigo"),
           ("etc.", "etcétera"), ("tel.", "telefone"), ("pág.", "página"),
           ("aprox.", "aproximadamente")),
    "it": (("prof.ssa", "professoressa"), ("dott.ssa", "dottoressa"), ("avv.", "avvocato"),
           ("mons.", "monsignor"), ("sen.", "senatore"),
           ("prof.", "professor"), ("Prof.", "professor"), ("dott.", "dottor"),
           ("Dott.", "dottor"), ("ing.", "ingegner"), ("sig.ra", "signora"),
           ("sig.", "signor"), ("Sig.", "signor"), ("on.", "onorevole"),
           ("ecc.", "eccetera"), ("p. es.", "per esempio"), ("tel.", "telefono")),
    "nl": (("o.a.", "onder andere"), ("t/m", "tot en met"), ("m.n.", "met name"),
           ("i.p.v.", "in plaats van"), ("ca.", "circa"), ("km/u", "kilometer per uur"),
           ("dhr.", "de heer"), ("mevr.", "mevrouw"), ("mr.", "meester"),
           ("drs.", "doctorandus"), ("ir.", "ingenieur"), ("enz.", "enzovoort"),
           ("bijv.", "bijvoorbeeld"), ("tel.", "telefoon")),
    "tr": (("Prof.", "Profesör"), ("Doç.", "Doçent"), ("Yrd.", "Yardımcı"),
           ("Dr.", "Doktor"), ("Av.", "Avukat"), ("Op.", "Operatör"), ("Öğr.", "Öğretim"),
           ("Sn.", "Sayın"), ("vs.", "vesaire")),  # ("vs." is Turkish's "etc.")
    # (Indonesian writes a physician "dr." and a doctorate "Dr.")
    "id": (("Prof.", "Profesor"), ("Dr.", "Doktor"), ("dr.", "dokter"), ("Jl.", "Jalan"),
           ("Kab.", "Kabupaten"), ("Kec.", "Kecamatan"), ("dll.", "dan lain-lain"),
           ("dsb.", "dan sebagainya"), ("tgl.", "tanggal"), ("Hj.", "Hajah")),
}
# ... and those that are words only before a number ("Art. 5", not "eine neue Art.")
_BEFORE_NUMBER: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("Art.", "Artikel"), ("Abs.", "Absatz"), ("Nr.", "Nummer"), ("S.", "Seite")),
    "it": (("n.", "numero"), ("art.", "articolo")),
    "es": (("art.", "artículo"),),
    "pt": (("art.", "artigo"),),
    "fr": (("art.", "article"),),
}


# "PSG vs. OM": spelled ("u be ese", "f a s") and, with its full stop, a sentence's end
# (Turkish's "vs." is "vesaire", etc., but between two names: "Galatasaray ile Fenerbahçe")
# (not a list's last item: "Ankara, İzmir vs. Türkiye'nin büyük şehirleri")
_TR_VERSUS = re.compile(r"(?<!, )(?P<a>\b[A-ZÇĞİÖŞÜ]\w*) vs\.? (?=[A-ZÇĞİÖŞÜ])")
_VERSUS = {"fr": "contre", "de": "gegen", "es": "contra", "it": "contro", "pt": "contra",
           "nl": "tegen", "id": "lawan"}
_VS = re.compile(r"(?<=\w )vs\.?(?= \w)")
# "Nº 5", "N° 5", "№ 5", "No. 5" before a number ("ene o cinco", "ène degré sept", "no" and
# a pause were said)
_NUMBER_WORD = {"fr": "numéro", "de": "Nummer", "es": "número", "it": "numero",
                "pt": "número", "nl": "nummer", "tr": "numara", "id": "nomor"}
_NUMBER_SIGN = re.compile(r"(?<![\w.])(?:[Nn][º°]|№)(?=\s?\d)")
# ... and "No." where "no" is no word ("Dijo que no. 5 días después", "no" Portuguese's "in
# the": a sentence's end or a word)
_NUMBER_ABBREVIATION = re.compile(r"(?<![\w.])(?:N[Oo]|no)\.(?=\s?\d)")
_NO_IS_A_WORD = frozenset({"es", "it", "pt"})


# a given name inside a sentence before "S." ("hatte Michael S. 2019 ...": German press
# names a suspect so; "Seite" was said): the word before, and the one before it
_BEFORE_INITIAL = re.compile(r"(?:^|(?P<prev>\S+)\s+)(?P<name>\S+)\s+$")


def _name_initial(m: re.Match[str]) -> bool:
    """Whether a one-letter abbreviation ("S.") follows a capitalised word that does not
    open its sentence: a name's initial, not a page ("siehe S. 12", "Vgl. S. 5")."""
    if len(m.group()) != 2 or not m.group()[0].isupper():
        return False  # (Italian's "via Roma n. 5" is a number)
    found = _BEFORE_INITIAL.search(m.string, 0, m.start())
    return bool(found and found["prev"] and not found["prev"].endswith((".", "!", "?", ":"))
                and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", found["name"]))


def _alternatives(pairs: tuple[tuple[str, str], ...]) -> str:
    longest_first = sorted(pairs, key=lambda p: -len(p[0]))
    return "(?:" + "|".join(re.escape(w) for w, _ in longest_first) + ")"


_WORD_RX = {lang: re.compile(_B + _alternatives(pairs) + _E) for lang, pairs in _WORDS.items()}
_BEFORE_NUMBER_RX = {lang: re.compile(_B + _alternatives(pairs) + r"(?=\s?\d)")
                     for lang, pairs in _BEFORE_NUMBER.items()}

# Scale words after a number: (written, singular, plural)
_SCALES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "de": (("Mrd.", "Milliarde", "Milliarden"), ("Mio.", "Million", "Millionen"),
           ("Tsd.", "Tausend", "Tausend"), ("Std.", "Stunde", "Stunden"),
           ("Min.", "Minute", "Minuten")),
    "es": (("h", "hora", "horas"), ("min", "minuto", "minutos")),  # ("dura 2 h 15 min")
    "it": (("mld", "miliardo", "miliardi"), ("mln", "milione", "milioni")),
}
# A currency before its number ("R$ 31,3 bilhões", "US$ 12", "€ 2,5 Mrd."), said after
# it and its scale word: (singular, plural) per language
_CURRENCIES: dict[str, dict[str, tuple[str, str]]] = {
    "R$": {"pt": ("real", "reais"), "es": ("real", "reales"), "fr": ("réal", "réals"),
           "de": ("Real", "Real"), "it": ("real", "real")},
    "US$": {"pt": ("dólar", "dólares"), "es": ("dólar", "dólares"),
            "fr": ("dollar", "dollars"), "de": ("US-Dollar", "US-Dollar"),
            "it": ("dollaro", "dollari"), "nl": ("dollar", "dollar"),
            "id": ("dolar AS", "dolar AS"), "tr": ("dolar", "dolar")},
    "Rp": {"id": ("rupiah", "rupiah")},  # "Rp 2,5 triliun": "er pe" was said first
    "€": {"pt": ("euro", "euros"), "es": ("euro", "euros"), "fr": ("euro", "euros"),
          "de": ("Euro", "Euro"), "it": ("euro", "euro"), "nl": ("euro", "euro")},
    "£": {"pt": ("libra", "libras"), "es": ("libra", "libras"), "fr": ("livre", "livres"),
          "de": ("Pfund", "Pfund"), "it": ("sterlina", "sterline"), "nl": ("pond", "pond")},
}
_SHORT_SCALES = {"bi": "bilhões", "mi": "milhões", "tri": "trilhões"}
# what joins a scale word to the currency: "millones de dólares", "milliards d'euros"
_OF = {"es": "de ", "pt": "de ", "fr": "de ", "it": "di "}
_SCALE_WORDS = (r"bilhões|bilhão|milhões|milhão|mil milhões|bi|mi|tri|millones|millón|mil millones|"
                r"mila|mil|triliun|miliar|juta|ribu|milyar|milyon|bin|"
                r"milliards?|millions?|Milliarden?|Millionen|Million|miliardi|miliardo|"
                r"milioni|milione|miljard|miljoen|Mrd\.|Mio\.|mld|mln")
_CURRENCY_FIRST = re.compile(
    rf"(?<![\w$€£])(?P<cur>R\$|US\$|€|£|Rp)\s?(?P<num>{_NUM})(?:\s(?P<scale>{_SCALE_WORDS}))?"
    rf"(?![\w])")
# "5,3 Md€", "80 M€", "2 Mds €" (French; Portugal and Spain write "M€" too)
_EURO_MILLIONS = re.compile(rf"(?P<num>{_NUM})\s?(?P<scale>Mds?|M)\s?€(?!\w)")
_EURO_SCALES = {  # (million, millions, billion, billions) of euros
    "fr": ("million d'euros", "millions d'euros", "milliard d'euros", "milliards d'euros"),
    "pt": ("milhão de euros", "milhões de euros", "mil milhões de euros",
           "mil milhões de euros"),
    "es": ("millón de euros", "millones de euros", "mil millones de euros",
           "mil millones de euros"),
}

# ordinal marks: "1.º", "2.ª" (es, pt) are "1º", "2ª" for the voice, which says "primero";
# Italian's "1° aprile" (a degree sign typed for the mark) likewise
_ORDINAL_DOT = re.compile(r"(?<=\d)\.(?=[ºª])")
_IT_DEGREE = re.compile(r"(?:(?<=\b\d)|(?<=\b\d\d))°(?=\s+(?:gennaio|febbraio|marzo|aprile|"
                        r"maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|"
                        r"trimestre|semestre|posto|piano|secolo|anniversario|giorno|turno|"
                        r"mandato|classificat[oa]|premio|grado)\b)")  # ("35° all'ombra": heat)
# French ordinals: "3e", "1re", "2nde", "XXe siècle", "Ve République"
ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"  # I to XXXIX
_FR_ORDINAL = re.compile(rf"\b(?P<n>\d{{1,4}}|(?=[IVX])(?P<roman>{ROMAN}))"
                         r"(?P<mark>es|e|er|re|ère|ème|è|nde|nd)(?![\w])")
# A ruler's or a pope's number after the name: "Léon XIV", "Felipe VI", "Leo XIV."
_REGNAL = re.compile(rf"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+) (?P<roman>(?=[IVX]{{2}}){ROMAN}|[IVX])"
                     r"(?P<dot>\.)?(?![\w])")
# ... but not a part, phase or chapter's number ("Fase II": "fase dos")
_NOT_RULERS = word_set(
    "Fase Tomo Capítulo Parte Tipo Nivel Grupo Clase Ley Artículo Título Anexo Categoría "
    "Liga Volumen Chapitre Partie Tome Titre Phase Type Groupe Niveau Article Annexe Teil "
    "Typ Kapitel Band Gruppe Stufe Anlage Volume Capitolo Livello Gruppo Artigo Nível "
    "Série Serie Division Divisão División")
# ... after a ruler's title, or a name rulers bear
_TITLES = word_set("""papst könig königin kaiser kaiserin zar fürst prinz prinzessin pape roi
    reine empereur impératrice prince princesse papa rey reina emperador príncipe princesa
    rei rainha imperador príncipe d. dom dona""")
_QUEEN_TITLES = word_set("königin kaiserin prinzessin reine impératrice princesse reina "
                       "princesa rainha dona")
_RULERS = word_set("""Felipe Carlos Charles Karl Isabel Elisabeth Elizabeth Élisabeth Isabelle
    Ludwig Louis Luis Luís Leo León Léon Leão Benedikt Benedicto Benoît Bento Pius Pío Pie
    Henri Heinrich Enrique Henrique Friedrich Frédéric Federico Wilhelm Guillaume
    Guillermo Napoléon Napoleon Alfonso Afonso Fernando Ferdinand Juan João Pedro Manuel
    Gregor Grégoire Gregorio Clemens Clément Clemente Urbain Urbano Innocent Inocencio
    Philippe Philipp Philip Felipe Gustav Gustave Gustavo Olav Harald Haakon Carl Willem
    Albert Alberto Baudouin Balduino Juliana Beatrix Margrethe Victoria Vittorio Umberto
    Pablo Paul Paulo Paolo Jean Johannes François Francisco Franziskus Francesco""")
_QUEENS = word_set("Isabel Elisabeth Elizabeth Élisabeth Isabelle Juliana Beatrix Margrethe "
                 "Victoria Maria Maria Catalina")
_ES_ORDINALS = ("", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto",
                "séptimo", "octavo", "noveno", "décimo")
_PT_ORDINALS = ("", "primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto",
                "sétimo", "oitavo", "nono", "décimo")
# "30/09/2025", "14.11.2024": a date in the language's words (day and month checked)
# (Dutch dashes them: "op 3-4-2026" was "drie vier tweeduizend ...")
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})"
                           r"(?P=sep)(?P<y>\d{4})(?![\d./-]\d)")


def roman_value(text: str) -> int:
    """The value of the Roman numeral ``text`` (I, V and X: "XIV" -> 14)."""
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total


def _is_one(number: str) -> bool:
    return number.strip() in ("1", "1,0")


def _currency(lang: str) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        names = _CURRENCIES[m.group("cur")].get(lang)
        if names is None:
            return m.group()
        number, scale = m.group("num"), m.group("scale")
        if scale is None:
            return f"{number} {names[0] if _is_one(number) else names[1]}"
        scale = _SHORT_SCALES.get(scale, scale)  # Brazil's "R$ 7,1 bi"
        of = "" if scale in ("mil", "mila") else _OF.get(lang, "")  # "800 mil dólares"
        name = names[1]
        if of == "de " and lang == "fr" and name[0] in "aeiouéè":
            of = "d'"
        return f"{number} {scale} {of}{name}"
    return said


def _scales(text: str, lang: str) -> str:
    for written, one, many in _SCALES.get(lang, ()):
        def said(m: re.Match[str], one: str = one, many: str = many,
                 written: str = written) -> str:
            number = m.group("num")
            # ("Es dauert 30 Min. Danach ...": the full stop ends the sentence too; not
            # before a noun, "30 Min. Fahrzeit")
            after = m.string[m.end():].split(maxsplit=1)
            stop = "." if written in _ENDS_TOO and (
                not after or after[0] in _GERMAN_OPENERS) else ""
            return f"{number} {one if _is_one(number) else many}{stop}"
        text = re.sub(rf"(?P<num>{_NUM})\s?{re.escape(written)}(?![\w])", said, text)
    return text


def _unit(m: re.Match[str], names: dict[str, tuple[str, str]]) -> str:
    one, many = names[m.group("unit").replace(" ", "")]
    return f"{m.group('num')} {one if _is_one(m.group('num')) else many}"


def _euro_millions(lang: str) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        words = _EURO_SCALES[lang]
        index = (2 if m.group("scale").startswith("Md") else 0) + \
            (0 if _is_one(m.group("num")) else 1)
        return f"{m.group('num')} {words[index]}"
    return said


def _fr_ordinal(m: re.Match[str]) -> str:
    n = roman_value(m.group("roman")) if m.group("roman") else int(m.group("n"))
    if not m.group("roman") and m.group("mark") in ("ème", "è"):
        return m.group()  # "3ème": the voice reads it
    if n == 0:
        return m.group()
    if m.group("mark") in ("nde", "nd"):  # "la 2nde moitié"
        return ("seconde" if m.group("mark") == "nde" else "second") if n == 2 else m.group()
    if m.group("mark") == "es":  # "les 8es de finale"
        return f"{n}èmes"
    if n == 1:  # "1er", "Ier": premier; "1re", "1ère": première
        masculine = m.group("mark") in ("er", "e")
        if m.group("roman"):
            return "premier" if masculine else "première"
        return "1er" if masculine else "1ère"
    return f"{n}ème"


def _regnal(lang: str) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        n, name = roman_value(m.group("roman")), m.group("name")
        if len(m.group("roman")) == 1 and re.match(r"\.? [A-ZÀ-Ý]", m.string[m.end():]):
            return m.group()  # a middle name's initial: "Juan I. Gómez"
        before = m.string[max(0, m.start() - 30):m.start()].split()[-2:]
        titled = any(w.lower() in _TITLES for w in before)
        if n == 0 or name in _NOT_RULERS or not (titled or name in _RULERS) or (
                len(m.group("roman")) == 1 and not titled):
            return m.group()  # ("Hartz IV": a law's number; "Carlos X.", "Jean X": a name)
        queen = name in _QUEENS or any(w.lower() in _QUEEN_TITLES for w in before)
        if lang in ("es", "pt") and n <= 10:  # "Felipe sexto", "Isabel segunda"
            ordinal = (_ES_ORDINALS if lang == "es" else _PT_ORDINALS)[n]
            ordinal = ordinal[:-1] + "a" if queen else ordinal
            return f"{name} {ordinal}" + (m.group("dot") or "")
        if lang == "de":  # "Leo XIV.": "Leo der Vierzehnte"
            article = "die" if queen else "der"
            return f"{name} {article} {german_ordinal_stem(n).capitalize()}e"
        if lang == "fr" and n == 1:
            return f"{name} premier"
        return f"{name} {n}" + (m.group("dot") or "")
    return said


def _numeric_date(lang: str) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if lang == "de" and m.group("sep") != ".":
            return m.group()
        try:
            when = date(year, month, day)
        except ValueError:
            return m.group()
        from babel.dates import format_date  # as the CLDR writes the language's dates
        text = format_date(when, "long", locale=lang)
        if lang == "fr" and day == 1:
            text = re.sub(r"^1(?= )", "1er", text)
        return text
    return said


_SOG = re.compile(r"(?<![\w.])sog\.(?=\s)")


def _sogenannt(m: re.Match[str]) -> str:
    """"sog." as "sogenannte" after die/der/das or no article, "sogenannten" after
    dem/den/des or "der" after a preposition ("in der sogenannten Sitzung")."""
    return "sogenannt" + german_adjective_ending(m.string, m.start())


def abbreviations(lang: str) -> frozenset[str]:
    """The abbreviations of ``lang`` said here as words, as the sentence splitter keys
    them (the last word before the full stop, lower case): no sentence ends at them."""
    pairs = (*_WORDS.get(lang, ()), *_BEFORE_NUMBER.get(lang, ()),
             *((w, many) for w, _, many in _SCALES.get(lang, ())))
    return frozenset(w.split()[-1].rstrip(".").lower() for w, _ in pairs
                     if w.endswith(".")) - _ENDS_SENTENCES


_ENDS_TOO = frozenset({"Std.", "Min."})
# words that open a German sentence and are no noun after a time ("30 Min. Fahrzeit")
_GERMAN_OPENERS = word_set("""Der Die Das Den Dem Ein Eine Einen Er Sie Es Wir Ich Ihr Man
    Dann Danach Doch Aber Und Auch Am Im In Auf Nach Bei Mit Um Für Dies Diese Dieser So Nun
    Jetzt Heute Später Damit Dabei Dort Hier Wer Was Wie Wo Wann Warum""")
# ... but these end sentences as often as not ("... Schulen usw. Dann ...")
_ENDS_SENTENCES = frozenset({"usw", "etc", "ecc", "std", "min"})


def _said_word(m: re.Match[str], word: str) -> str:
    """``word`` for the abbreviation at ``m``; its full stop kept where it also ends
    the sentence ("... Souza Cruz & Cia.")."""
    ends = m.group().endswith(".") and not m.string[m.end():].strip(" \t\"'»”’)")
    return word + "." if ends else word


# "120 km/h": the voice spelled it ("ka eme hache"), and the slash became a pause
_PER_HOUR = {"fr": "kilomètres à l'heure", "de": "Kilometer pro Stunde",
             "es": "kilómetros por hora", "it": "chilometri orari",
             "pt": "quilômetros por hora", "nl": "kilometer per uur",
             "tr": "kilometre hızla", "id": "kilometer per jam"}
# (Indonesian's hour is "jam"; a Turkish "km/s" or "km/sa" is "kilometre/saat", which
# "kilometre hızla" says without naming the hour, as a second's "km/s" would be too;
# before "hızla", "hızında"... only "kilometre": "kilometre hızla hızla")
_KM_H = {"id": re.compile(r"(?<=\d)\s?km/(?:h|jam)(?!\w)"),
         "tr": re.compile(r"(?<=\d)\s?km/(?:h|sa?|saat)(?!\w)(?P<speed>[ \t]+(?=[Hh]ız))?")}
_KM_H_ANY = re.compile(r"(?<=\d)\s?km/h(?!\w)")
# "Rp 15.000/kg", "2,50 €/kg": a price per unit ("15.000 rupiah kg": the slash was a pause)
_PER = {"id": "per", "nl": "per", "de": "pro", "es": "por", "pt": "por", "it": "al"}
_PER_UNIT = re.compile(rf"(?P<price>(?<![\w$€£])(?:R\$|US\$|€|£|Rp)\s?{_NUM}|"
                       rf"(?<![\d.,]){_NUM}[ \u00a0\u202f]?€)/(?P<unit>kg|km|m)(?![\w/²³])")
_ORDINAL_DEGREE = re.compile(r"(?<=\d)(?:\s?)ºC(?!\w)")
_EURO_AFTER = re.compile(rf"(?P<num>{_NUM})[ \u00a0\u202f]?(?P<unit>€)(?![\w/])")
# ... and the units after a number every voice but the French one spelled ("30 cm": "ce
# eme", "26 °C": "grados ce"): (singular, plural)
_UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "es": {"km": ("kilómetro", "kilómetros"), "cm": ("centímetro", "centímetros"),
           "mm": ("milímetro", "milímetros"), "kg": ("kilo", "kilos"),
           "m": ("metro", "metros"), "°C": ("grado", "grados")},
    "it": {"km": ("chilometro", "chilometri"), "cm": ("centimetro", "centimetri"),
           "mm": ("millimetro", "millimetri"), "kg": ("chilo", "chili"),
           "m": ("metro", "metri"), "°C": ("grado", "gradi")},
    "pt": {"km": ("quilômetro", "quilômetros"), "cm": ("centímetro", "centímetros"),
           "mm": ("milímetro", "milímetros"), "kg": ("quilo", "quilos"),
           "m": ("metro", "metros"), "°C": ("grau", "graus")},
    "de": {"km": ("Kilometer", "Kilometer"), "cm": ("Zentimeter", "Zentimeter"),
           "mm": ("Millimeter", "Millimeter"), "kg": ("Kilogramm", "Kilogramm"),
           "m": ("Meter", "Meter"), "°C": ("Grad", "Grad")},
    "nl": {"km": ("kilometer", "kilometer"), "cm": ("centimeter", "centimeter"),
           "mm": ("millimeter", "millimeter"), "kg": ("kilo", "kilo"),
           "m": ("meter", "meter"), "°C": ("graad", "graden")},
    "tr": {"km": ("kilometre", "kilometre"), "cm": ("santimetre", "santimetre"),
           "mm": ("milimetre", "milimetre"), "kg": ("kilogram", "kilogram"),
           "m": ("metre", "metre"), "°C": ("derece", "derece")},
    "id": {"km": ("kilometer", "kilometer"), "cm": ("sentimeter", "sentimeter"),
           "mm": ("milimeter", "milimeter"), "kg": ("kilogram", "kilogram"),
           "m": ("meter", "meter"), "°C": ("derajat Celsius", "derajat Celsius")},
}
# "80 m²", "1,5 km²" (the voices said "m 2", "eme dos"): (square metres, kilometres)
_SQUARE = {"fr": ("mètres carrés", "kilomètres carrés"), "de": ("Quadratmeter", "Quadratkilometer"),
           "es": ("metros cuadrados", "kilómetros cuadrados"),
           "it": ("metri quadrati", "chilometri quadrati"),
           "pt": ("metros quadrados", "quilômetros quadrados"),
           "nl": ("vierkante meter", "vierkante kilometer"), "tr": ("metrekare", "kilometrekare"),
           "id": ("meter persegi", "kilometer persegi")}
_SQUARED = re.compile(r"(?<=\d)[ \u00a0\u202f]?(?P<k>k?)m[²2](?![\w/])")
# a German street before its number ("Hauptstr. 5": "Hauptstr" and a pause)
_DE_STREET = re.compile(r"(?<=[a-zäöüß])str\.(?=\s?\d)")
_UNIT = re.compile(rf"(?P<num>{_NUM})[ \u00a0\u202f]?(?P<unit>km|cm|mm|kg|m|°[ ]?C)"
                   r"(?![\w/²³])")


def latin_speech(text: str, lang: str) -> str:
    """``text`` in ``lang`` (a primary subtag of :data:`LATIN_LANGUAGES`) with its
    abbreviations, currencies, ordinal marks, rulers' numbers and numeric dates written
    as its voice must be handed them; anything else unchanged."""
    if lang not in LATIN_LANGUAGES:
        return text
    text = _NUMERIC_DATE.sub(_numeric_date(lang), text)
    if lang in _VERSUS:
        text = _VS.sub(_VERSUS[lang], text)
    elif lang == "tr":
        text = _TR_VERSUS.sub(r"\g<a> ile ", text)
    text = _NUMBER_SIGN.sub(_NUMBER_WORD[lang] + " ", text)
    if lang not in _NO_IS_A_WORD:
        text = _NUMBER_ABBREVIATION.sub(_NUMBER_WORD[lang] + " ", text)
    if lang in _PER:
        text = _PER_UNIT.sub(lambda m: f"{m['price']} {_PER[lang]} {_UNITS[lang][m['unit']][0]}",
                             text)
    text = _CURRENCY_FIRST.sub(_currency(lang), text)
    text = _ORDINAL_DEGREE.sub("°C", text)  # "28 ºC" typed with the ordinal mark
    text = _KM_H.get(lang, _KM_H_ANY).sub(lambda m: " kilometre " if m.groupdict().get("speed")
                                          else f" {_PER_HOUR[lang]}", text)
    text = _SQUARED.sub(lambda m: " " + _SQUARE[lang][1 if m["k"] else 0], text)
    if lang in ("es", "pt"):  # "25 €": "veinticinco euro" was said
        text = _EURO_AFTER.sub(lambda m: _unit(m, {"€": ("euro", "euros")}), text)
    if lang in _UNITS:
        text = _UNIT.sub(lambda m: _unit(m, _UNITS[lang]), text)
    if lang in _EURO_SCALES:
        text = _EURO_MILLIONS.sub(_euro_millions(lang), text)
    if lang == "fr":
        text = _FR_ORDINAL.sub(_fr_ordinal, text)
        text = re.sub(r"(?<![\w.])M\.(?= [A-ZÀ-Ý])", "monsieur", text)  # "M. Dupont"
        # "cf. p. 12" (but "5 p. 100" is five per cent)
        text = re.sub(r"(?<!\d )(?<![\w.])p\.\s?(?=\d)", "page ", text)
        text = re.sub(r"(?<![\w.])Me(?= [A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý])", "Maître",
                      text)  # a lawyer's title, before a first and a last name
    if lang == "es":  # "su 1.er viaje", "el 3.er puesto", "el s. XVI"
        text = re.sub(r"(?<![\w.])([13])\.er(?!\w)", lambda m: "primer" if m.group(1) == "1"
                      else "tercer", text)
        text = re.sub(r"(?<![\w.])s\. (?=[IVXL]+\b)", "siglo ", text)
    text = _scales(text, lang)
    if lang == "de":  # "die sog. Schuldenbremse", "in der sog. Sitzung"
        text = _DE_STREET.sub("straße", _SOG.sub(_sogenannt, text))
    if lang == "pt":  # "nos art.º 373.º e 369.º": "nos artigo"
        text = re.sub(r"\b([nd]os|aos|pelos|[Oo]s) art\.º", r"\1 artigos", text)
    if lang in _WORD_RX:
        words = dict(_WORDS[lang])
        text = _WORD_RX[lang].sub(lambda m: _said_word(m, words[m.group()]), text)
    if lang in _BEFORE_NUMBER_RX:
        numbered = dict(_BEFORE_NUMBER[lang])
        text = _BEFORE_NUMBER_RX[lang].sub(
            lambda m: m.group() if _name_initial(m) else numbered[m.group()], text)
    if lang in ("es", "pt"):
        text = _ORDINAL_DOT.sub("", text)
    if lang == "it":
        text = _IT_DEGREE.sub("º", text)
    if lang in ("fr", "es", "pt", "de"):
        text = _REGNAL.sub(_regnal(lang), text)
    return text
