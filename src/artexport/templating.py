"""One Jinja2 environment factory, one lookup order.

First match wins: the user's ``--templates DIR`` -> the exporter's own package
(``<package>/templates/``) -> the built-in ``templates/<format>/``. A name starting with
``!builtin/`` always reaches the built-in file, so an override can extend the original::

    {% extends "!builtin/article.html.j2" %}
"""

from __future__ import annotations

import contextlib
from functools import lru_cache
from pathlib import Path

import jinja2

from .markup import inline_html, readable_url
from .model import Block, list_tree, plain_text
from .paths import cache_dir, templates_dir


@lru_cache(maxsize=32)
def environment(fmt: str, user_dir: Path | None = None,
                package: str | None = None) -> jinja2.Environment:
    """The cached environment for format ``fmt`` (``html``, ``pdf``, ``epub``...)."""
    builtin = jinja2.FileSystemLoader(str(templates_dir() / fmt))
    chain: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        chain.append(jinja2.FileSystemLoader(str(user_dir)))
    if package is not None:
        with contextlib.suppress(ValueError):  # no templates folder: nothing to add
            chain.append(jinja2.PackageLoader(package, "templates"))
    chain.append(builtin)
    loader = jinja2.PrefixLoader({"!builtin": builtin}, delimiter="/")
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([loader, *chain]),
        autoescape=True,  # article text is untrusted: always escaped unless marked safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.globals["plain_text"] = plain_text
    env.globals["list_tree"] = list_tree
    env.filters["inline"] = inline_html
    env.filters["readable_url"] = readable_url
    env.tests["kind"] = _is_kind
    return env


@lru_cache(maxsize=1)
def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs: compiling them is a fifth of a one-page
    conversion. Jinja2 checks each entry against its template's source, so an edited
    template is recompiled. None when the cache folder cannot be created."""
    folder = cache_dir("templates")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def _is_kind(block: Block, kind: str) -> bool:
    return block.kind == kind


def render(fmt: str, template: str, *, user_dir: Path | None = None,
           package: str | None = None, **context: object) -> str:
    """Render ``template`` from the ``fmt`` lookup chain with ``context``."""
    return environment(fmt, user_dir, package).get_template(template).render(**context)
