"""The shape of the package (issue 19.6), read from the code's own imports.

Imports point down the layers only (cli -> batch -> exporters -> edition / narration ->
text / tts -> model), no modules import each other in a circle, no module outgrows 600
lines, and the README's "Architecture" section names every package and top-level
module, so the description cannot fall behind the code.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "artexport"
MAX_LINES = 600

# The layers, top down. A unit (a package under artexport/ or a top-level module) may
# import its own layer or any below it, never one above.
LAYERS: list[tuple[str, set[str]]] = [
    ("command line", {"__main__", "cli", "progress"}),
    ("batch", {"batch"}),
    ("public API and one article's conversion", {"__init__", "conversion"}),
    ("exporters", {"exporters"}),
    ("presentation, narration and reading sources",
     {"edition", "narration", "loader", "metadata", "readers"}),
    ("text, speech engines and shared services",
     {"text", "tts", "fonts", "templating", "markup", "resources", "watchdog",
      "plugins"}),
    ("model and foundations", {"model", "errors", "paths", "writer", "schema"}),
]
RANK = {unit: len(LAYERS) - i for i, (_, units) in enumerate(LAYERS) for unit in units}


def _modules() -> dict[str, Path]:
    """Dotted name (``artexport.edition.view``; a package by its own name) -> file."""
    found = {}
    for path in SRC.rglob("*.py"):
        parts = ("artexport", *path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imported(path: Path, name: str) -> set[str]:
    """The artexport modules ``path`` imports (at any depth, lazily or not)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets = [f"{module}.{a.name}" for a in node.names] + [module]
        for target in targets:
            # the most specific module the name is, or is in
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target.startswith("artexport") and target != name:
                out.add(target)
                break
    return out


GRAPH = {name: _imported(path, name) for name, path in MODULES.items()}


def _unit(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_unit_has_a_layer() -> None:
    units = {_unit(name) for name in MODULES}
    assert units - RANK.keys() == set(), "put the new package or module in LAYERS"


def test_imports_point_down_the_layers() -> None:
    upward = sorted(f"{a} -> {b}" for a, targets in GRAPH.items() for b in targets
                    if RANK[_unit(a)] < RANK[_unit(b)])
    assert upward == []


def test_no_modules_import_each_other_in_a_circle() -> None:
    """Tarjan's strongly connected components over the module graph."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    assert circles == []


def test_no_module_is_over_600_lines() -> None:
    over = {path.relative_to(SRC).as_posix(): n for path in MODULES.values()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert over == {}


def _architecture_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^## Architecture\n(.*?)(?=^## )", readme, re.M | re.S)
    assert found, "README.md has no '## Architecture' section"
    return found.group(1)


def _described_paths(section: str) -> set[str]:
    """The files of the section's module tree: a code block that opens with
    ``src/artexport/``, two spaces of indent a level, a folder ending in ``/``; the
    tree ends at the first line back at the margin."""
    block = re.search(r"^```\nsrc/artexport/\n(.*?)^```", section, re.M | re.S)
    assert block, "the Architecture section has no src/artexport/ module tree"
    paths: set[str] = set()
    folders: list[str] = []
    for line in block.group(1).splitlines():
        if not line.strip():
            continue
        if not line.startswith("  "):  # templates/, fonts/: beside src/, not in it
            break
        depth = (len(line) - len(line.lstrip(" "))) // 2 - 1
        token = line.split()[0]
        del folders[depth:]
        if token.endswith("/"):
            folders.append(token)
            paths.add("".join(folders) + "__init__.py")
        else:
            paths.add("".join(folders) + token)
    return paths


def test_readme_architecture_describes_every_module() -> None:
    section = _architecture_section()
    files = {path.relative_to(SRC).as_posix() for path in MODULES.values()}
    described = _described_paths(section)
    assert sorted(files - described) == [], "modules the README does not describe"
    assert sorted(described - files) == [], "the README describes modules that are gone"
    assert "cli → batch → exporters → edition / narration → text / tts → model" in section
