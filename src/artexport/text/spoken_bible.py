"""Bible references in German, French, Spanish, Italian and Portuguese as a reader says
them. "Johannes 3,16" was "drei Komma sechzehn", "Joh 3:16" "3 Uhr 16", "Jean 3:16"
"3 heures 16", "Juan 3:16" "3 y 16": each is the book's chapter and verse ("Johannes
Kapitel 3, Vers 16"). Run before the clock times are said.
"""

from __future__ import annotations

import re

__all__ = ["european_verses"]

# books per language; those that are also given names (or common words) are a reference
# only in a text about the Bible ("Markus 3:1 im Finale", "Jean 3,5 millions")
_BOOKS = {
    "de": ("Genesis Exodus Levitikus Deuteronomium Hesekiel Ezechiel Psalm "
           "Sprüche Joh Apostelgeschichte Apg Röm Korinther "
           "Kor Galater Epheser Philipper Kolosser Thessalonicher Hebräer Offenbarung Offb",
           "Matthäus Jesaja Jeremia Römer Prediger Mt Mk Lk Johannes Markus Lukas "
           "Daniel Hiob Ruth Jakobus Petrus Timotheus Titus Jona Amos"),
    "fr": ("Genèse Exode Lévitique Deutéronome Isaïe Ésaïe Jérémie Ézéchiel Psaume Psaumes "
           "Proverbes Ecclésiaste Romains Corinthiens Galates "
           "Éphésiens Philippiens Colossiens Thessaloniciens Hébreux Apocalypse",
           "Matthieu Actes Mt Mc Lc Jn Jean Marc Luc "
           "Daniel Job Ruth Jacques Pierre Timothée Tite Jonas Amos"),
    "es": ("Génesis Éxodo Levítico Deuteronomio Salmo Salmos "
           "Proverbios Eclesiastés Romanos Corintios Gálatas Efesios "
           "Filipenses Colosenses Tesalonicenses Hebreos Apocalipsis",
           "Mateo Isaías Jeremías Ezequiel Hechos Mt Mc Lc Jn Juan Marcos Lucas "
           "Daniel Job Rut Santiago Pedro Timoteo Tito Jonás Amós"),
    "it": ("Genesi Esodo Levitico Deuteronomio Salmo Salmi Proverbi "
           "Qoèlet Romani Corinzi Galati Efesini Filippesi Colossesi "
           "Tessalonicesi Ebrei Apocalisse",
           "Matteo Isaia Geremia Ezechiele Atti Mt Mc Lc Gv Giovanni Marco Luca "
           "Daniele Giobbe Rut Giacomo Pietro Timoteo Tito Giona Amos"),
    "pt": ("Gênesis Génesis Êxodo Levítico Deuteronômio Salmo Salmos "
           "Provérbios Eclesiastes Romanos Coríntios Gálatas Efésios "
           "Filipenses Colossenses Tessalonicenses Hebreus Apocalipse",
           "Mateus Isaías Jeremias Ezequiel Atos Mt Mc Lc Jo João Marcos Lucas "
           "Daniel Jó Rute Tiago Pedro Timóteo Tito Jonas Amós"),
}
# (chapter, verse, verses, "to") per language
_WORDS = {"de": ("Kapitel", "Vers", "Verse", "bis"), "fr": ("chapitre", "verset", "versets", "à"),
          "es": ("capítulo", "versículo", "versículos", "al"),
          "it": ("capitolo", "versetto", "versetti", "a"),
          "pt": ("capítulo", "versículo", "versículos", "a")}
# words of a text about the Bible
_BIBLE = re.compile(r"\b(?:Bibel|biblisch\w*|Evangeli\w*|Gott|Gottes|Jesus|Jesu|Christus|Christi|"
                    r"Kirche\w*|"
                    r"Predigt\w*|Pfarrer\w*|Bible|biblique\w*|Dieu|Église|église|Christo|"
                    r"Cristo|Jesús|Jesus|Dios|Biblia|bíblic\w*|iglesia|Iglesia|Deus|Igreja|"
                    r"igreja|Bibbia|biblic\w*|Vangel\w*|Gesù|chiesa|Chiesa|Vers|verset\w*|"
                    r"versículo\w*|versetto|versetti|évangile\w*|"
                    r"Évangile\w*|evangelio\w*|Evangelio\w*|evangelho\w*|Evangelho\w*|Dio|"
                    r"Papst|Pape|sacerdote|prêtre|curé|pasteur|Pastor|pastor|homélie|"
                    r"homilía|omelia|Messe|misa|messa|missa)\b")


def _verse_rx(lang: str) -> re.Pattern[str]:
    plain, named = _BOOKS[lang]
    books = "|".join(sorted((plain + " " + named).split(), key=len, reverse=True))
    # "1 Kor 13,4-7", "Joh 3:16", "Jean 3.16": never a decimal or a time going on
    # ("3,16,5" and "3:16:20" are not one); nor an amount ("Luc 3,5 millions d'euros")
    return re.compile(rf"(?<![\w.,:])(?P<nth>[1-3]\.?[ \t])?(?P<book>{books})\.?[ \t]"
                      r"(?P<ch>[1-9]\d{0,2})[,:.](?P<v>[1-9]\d{0,2})(?!\d)"
                      r"(?:[-–](?P<to>[1-9]\d{0,2})(?!\d))?(?![\w:,.]\w|[.,:]\d)"
                      # a score between teams ("Giovanni 2:1 Milan") or of points, goals
                      r"(?![ \t]+[A-ZÀ-ÖØ-Þ])(?![ \t]*(?:Punkte|Tore|Stimmen|points?|buts|voix|"
                      r"puntos?|punti|pontos?|goles|gols?|votos?|voti|en el marcador|no placar))"
                      r"(?![ \t]*(?:Uhr|h\b|heures?|horas?|ore\b|%|Prozent|pour|por|per|"
                      r"Mio|Mrd|Million|Milliard|million|milliard|millón|millones|mil\b|"
                      r"milion|miliard|milhão|milhões|bilh|Euro|euro|€|\$|Dollar|dólar|dollar))")


_VERSE = {lang: _verse_rx(lang) for lang in _BOOKS}
_NAMED = {lang: frozenset(_BOOKS[lang][1].split()) for lang in _BOOKS}


def european_verses(text: str, lang: str) -> str:
    """``text`` (in ``lang``) with its Bible references said as chapter and verse; a book
    that is also a name only in a clause about the Bible (or where a plain book is named)."""
    rx = _VERSE.get(lang)
    if rx is None:
        return text
    found = list(rx.finditer(text))
    if not found:
        return text
    plain = any(m["book"] not in _NAMED[lang] for m in found)
    return rx.sub(lambda m: _said(m, lang) if (plain or _about_bible(m))
                  and not _after_name(m) else m.group(), text)


def _about_bible(m: re.Match[str]) -> bool:
    """Whether the clause around ``m`` has a word about the Bible and none about a game
    ("À l'église, Jean 3:16"; not "à l'église; Marc 2:1", "na igreja ... Lucas 2:1 fez o
    gol")."""
    text = m.string
    start = max((e.end() for e in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
    after = _CLAUSE_END.search(text, m.end())
    end = after.start() if after else len(text)
    return _BIBLE.search(text, start, end) is not None and \
        _SPORT.search(text, start, end) is None


_SPORT = re.compile(r"\b(?:gol|gols|goles|Tor|Tore|buts?|match|Spiel|Finale|partido|partida|"
                    r"partita|jogo|placar|marcador|venceu|vence|ganó|gana|gewann|gewinnt|"
                    r"vinse|marcó|marcou|segnò|Liga|liga|Sieg|victoire|victoria|vitória)\b")
_CLAUSE_END = re.compile(r"[.!?;…](?=\s)|\n")


def _after_name(m: re.Match[str]) -> bool:
    """Whether a capitalised word, not a sentence's first, comes right before the book: a
    name's end ("Lothar Matthäus 2:1", "Pfarrer Markus 3:1"), not a book."""
    before = m.string[max(0, m.start() - 30):m.start()]
    return re.search(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]*,?[ \t]+$", before) is not None and \
        re.search(r"(?:^|[.!?;«»\"„“(][ \t]*)[A-ZÀ-ÖØ-Þ][\w'’-]*,?[ \t]+$", before) is None


def _said(m: re.Match[str], lang: str) -> str:
    chapter, verse, verses, to = _WORDS[lang]
    said = f"{verses} {m['v']} {to} {m['to']}" if m["to"] else f"{verse} {m['v']}"
    return f"{m['nth'] or ''}{m['book']} {chapter} {m['ch']}, {said}"
