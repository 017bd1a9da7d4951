"""A page's ``<pre>`` elements: program code, or text its writer laid out with spaces.

trafilatura calls a ``<pre>`` code when it wraps one span or its text holds "{", '("' or
an indented line, and a quote otherwise: neither says what it is. An ASCII table, a poem
set with spaces or a preformatted statement was announced as code and never read. The
page's evidence decides here: a ``<code>`` inside, a highlighter's or a language class
("language-python", "hljs", "highlight"), or a line shaped like code (a brace or a
statement ending it, a definition, a shell or REPL prompt, a SQL statement, markup) is
code; any other ``<pre>`` is text, read line by line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Block, Preformatted, Quote, Span
from .html_tree import Element, _xpath
from .news import fold

__all__ = ["page_pres", "pre_block"]

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# the right-to-left scripts: Arabic's and Hebrew's (a preformatted block is left to right)
_RTL_SCRIPT = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")
# (whole class names: a "text-highlight" box is no highlighter's)
_CODE_CLASS = re.compile(r"(?<![\w-])(?:lang(?:uage)?-[\w+#-]+|hljs|highlight|sourceCode|"
                         r"prettyprint|brush:|codehilite|syntax|prism)(?![\w-])", re.I)
_CODE_LINE = re.compile(
    # a block or a call statement ends the line (not a lone ";": poems and statements
    # end lines so), an assignment statement
    r"[{}][ \t]*$|\);[ \t]*$|^[ \t]*[\w.\[\]]+[ \t]*[-+*/]?=[ \t]*[^=\n]+;[ \t]*$"
    r"|^[ \t]*(?:\$[ \t]+[a-z]|>>>[ \t]|#!|//[ \t]|/\*)"  # a prompt and its command, a comment
    r"|^[ \t]*(?:def|class|function|fn|func)[ \t]+\w+[ \t]*[(:<]"  # a definition
    r"|^[ \t]*(?:import[ \t]+[\w.]+[ \t]*$|from[ \t]+[\w.]+[ \t]+import\b|#include\b)"
    r"|^[ \t]*(?:var|let|const)[ \t]+\w+[ \t]*="
    r"|\b(?:SELECT[ \t].*\bFROM|INSERT[ \t]+INTO|UPDATE[ \t]+\w+[ \t]+SET|DELETE[ \t]+FROM|"
    r"CREATE[ \t]+(?:TABLE|INDEX)|ALTER[ \t]+TABLE)\b"
    r"|^[ \t]*</?[a-zA-Z][\w-]*(?:[ \t][^>]*)?/?>"  # markup
    r"|^[ \t]*(?:pip|npm|git|sudo|curl|docker|apt(?:-get)?|brew)[ \t]+-{0,2}\w"
    r"|[ \t](?:==|!=|=>|&&|\|\|)[ \t]|\w\.\w+\([^()\n]*\)", re.M)


def page_pres(body: Element) -> dict[str, tuple[str, bool]]:
    """Each ``<pre>`` outside any blockquote, by its folded text: its text and whether it
    is code. One in Arabic script that is code or holds much Latin text (code's
    ``print("مرحبا")``) is left out: trafilatura's guess stands."""
    out: dict[str, tuple[str, bool]] = {}
    for pre in _xpath(body, ".//pre[not(ancestor::blockquote)]"):
        text = "".join(str(t) for t in pre.itertext())
        code = is_code(pre, text)
        if text.strip() and not (_ARABIC_SCRIPT.search(text) and (code or not _mostly_rtl(text))):
            out[fold(text)] = (text.strip("\n"), code)
    return out


def pre_block(pre: tuple[str, bool], quote_lang: Callable[[str], str | None]) -> Block:
    """A ``<pre>``'s block: preformatted text, always left to right; text in a
    right-to-left script (a poem set line by line, a timetable) a quote, a paragraph a
    line: its lines ran together ("... القديمةْ خذْ يدي ..."), in print and in speech,
    and a Hebrew one was set left to right."""
    text, code = pre
    if code or not _mostly_rtl(text):
        return Preformatted(text, code=code)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return Quote(tuple((Span(line),) for line in lines), lang=quote_lang(" ".join(lines)))


_LATIN = re.compile("[A-Za-z]")


def _mostly_rtl(text: str) -> bool:
    """Whether ``text`` is in a right-to-left script, with little Latin text in it."""
    rtl = len(_RTL_SCRIPT.findall(text))
    return rtl > 0 and 4 * len(_LATIN.findall(text)) < rtl


def is_code(pre: Element, text: str) -> bool:
    """Whether the ``<pre>`` holding ``text`` is program code, by the evidence above."""
    if next(pre.iter("code", "samp", "kbd"), None) is not None:
        return True
    classes = " ".join(str(el.get("class") or "") for el in pre.iter())
    return bool(_CODE_CLASS.search(classes) or _CODE_LINE.search(text))
