"""The template tags static-site generators put in a post's Markdown, written as the
Markdown they stand for before it is parsed: Hugo's shortcodes (``{{< figure ... >}}``,
``{{% notice %}}``) and Jekyll's Liquid tags (``{% include figure.html ... %}``).

Left alone they were printed and read aloud ("{{< figure src=..."). A figure becomes a
figure (its ``caption`` or ``title`` the caption, ``alt`` its text alternative); code
(``highlight``) becomes fenced code; a pair around text (a note box, a details box, a
``raw`` block) keeps its text; what draws content from elsewhere (``youtube``,
``tweet``, ``gist``, ``include`` of another file) has nothing of the article's to show
and is left out, named in one warning; a figure whose image is not beside the post (in
the site's ``static/``, or remote) keeps its caption as text. Fenced code and inline
code are left as written (a post about Hugo quotes its shortcodes), and so are template
variables (``{{ .Title }}``): a post about templates names them in its prose.
"""

from __future__ import annotations

import bisect
import re
import shlex
from collections.abc import Callable
from pathlib import Path

__all__ = ["without_shortcodes"]

# {{< name args >}}, {{% name args %}} (a closing one: {{< /name >}}); {% name args %}
# (arguments hold no braces and are bounded: an unclosed tag costs one short scan)
_TAG = re.compile(r"\{\{[<%]\s*(?P<close>/)?\s*(?P<name>[\w./-]+)(?P<args>[^{}]{0,2000}?)"
                  r"\s*[>%]\}\}|\{%-?\s*(?P<lclose>end)?(?P<lname>\w[\w./-]*)"
                  r"(?P<largs>[^{}]{0,2000}?)-?%\}")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}+|~{3,}+)[^\n]*+\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)",
                    re.M | re.S)  # (possessive: a long line of backticks is one try)
_INLINE_CODE = re.compile(r"``[^\n]{1,500}?``|`[^`\n]{1,500}`")  # (on one line, bounded)
_FIGURES = frozenset({"figure", "fig", "image", "img"})
_CODE = frozenset({"highlight", "code"})
# a Liquid include of a figure template: {% include figure.html image="..." %}
_INCLUDED_FIGURE = re.compile(r"figure|image|img", re.I)


def without_shortcodes(body: str, folder: Path) -> tuple[str, list[str], list[str]]:
    """``body`` with its shortcodes written as Markdown; the names of those left out
    (in order, once each); the images of figures that are not in ``folder`` (a site's
    ``static/`` or a remote address), whose captions are kept as text."""
    dropped: list[str] = []
    missing: list[str] = []
    out: list[str] = []
    pos = 0
    for fence in _FENCE.finditer(body):
        out.append(_rewrite(body[pos:fence.start()], folder, dropped, missing))
        out.append(fence.group())
        pos = fence.end()
    out.append(_rewrite(body[pos:], folder, dropped, missing))
    return "".join(out), list(dict.fromkeys(dropped)), missing


def _beside(folder: Path, src: str) -> bool:
    """Whether ``src`` names a file in ``folder`` (never looked up outside it)."""
    if not src or "://" in src or src.startswith(("/", "\\")) or ".." in Path(src).parts:
        return False
    return (folder / src).is_file()


def _in_code(text: str) -> Callable[[int], bool]:
    """Whether a position of ``text`` is inside inline code (a binary search)."""
    spans = [m.span() for m in _INLINE_CODE.finditer(text)]
    starts = [a for a, _ in spans]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]
    return inside


def _rewrite(text: str, folder: Path, dropped: list[str], missing: list[str]) -> str:
    in_code = _in_code(text)
    last_close: dict[str, int] = {}  # each tag name's last closing tag
    for m in _TAG.finditer(text):
        if m.group("close") or m.group("lclose"):
            last_close[(m.group("name") or m.group("lname") or "").lower()] = m.start()

    def tag(m: re.Match[str]) -> str:
        if in_code(m.start()):
            return m.group()
        closing = bool(m.group("close") or m.group("lclose"))
        name = (m.group("name") or m.group("lname") or "").lower()
        args = _arguments(m.group("args") if m.group("name") else m.group("largs"))
        if name in _CODE:
            return "\n```\n" if closing else f"\n```{args.get('0', '')}\n"
        if closing or name in ("raw", "endraw", "comment", "more"):
            return ""
        if name in _FIGURES or (name == "include" and _INCLUDED_FIGURE.search(
                args.get("0", ""))):
            src = args.get("src") or args.get("image") or args.get("url") or \
                args.get("path") or ""
            if src:
                caption = args.get("caption") or args.get("title") or ""
                if not _beside(folder, src):
                    missing.append(src)  # (the page would have no picture either)
                    return f"\n\n{caption}\n\n" if caption else ""
                alt = args.get("alt") or caption
                title = ' "' + caption.replace('"', "'") + '"' if caption else ""
                return f"\n\n![{_escaped(alt)}](<{src}>{title})\n\n"
        if last_close.get(name, -1) > m.start():
            return ""  # a box around text: its text stays
        dropped.append(name)
        return ""

    return _TAG.sub(tag, text)


def _arguments(raw: str) -> dict[str, str]:
    """A tag's arguments: ``key="value"`` pairs, and positional ones as "0", "1"..."""
    try:
        words = shlex.split(raw.replace("\n", " "))
    except ValueError:  # an unclosed quote
        words = raw.split()
    out: dict[str, str] = {}
    for word in words:
        key, eq, value = word.partition("=")
        if eq and re.fullmatch(r"[\w-]+", key):
            out[key.lower()] = value
        else:
            out[str(sum(1 for k in out if k.isdigit()))] = word
    return out


def _escaped(alt: str) -> str:
    return alt.replace("[", "\\[").replace("]", "\\]")
