"""The ``artexport`` command: a thin shell over the Python API.

Exit codes: 0 success, 1 a conversion error (the message names the file and the
problem), 2 a usage error.
"""

from __future__ import annotations

import dataclasses
import json
import signal
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import click

from . import __version__, export, load_article
from .errors import ArtexportError, ArtexportWarning
from .exporters import describe_exporters, exporter_names, get_exporter
from .watchdog import deadline


class FormatList(click.ParamType):
    """``html,pdf`` or repeated ``-f``; ``all`` means every registered format."""

    name = "formats"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> list[str]:
        if isinstance(value, list):
            return value
        names = [v.strip() for v in str(value).split(",") if v.strip()]
        known = exporter_names()
        if names == ["all"]:
            return known
        unknown = [n for n in names if n not in known]
        if unknown:
            self.fail(f"unknown format {', '.join(unknown)} (available: {', '.join(known)})",
                      param, ctx)
        return names


def _flatten(groups: Sequence[list[str]]) -> list[str]:
    return list(dict.fromkeys(n for g in groups for n in g))


def parse_option_args(pairs: Sequence[str], formats: Sequence[str]) -> dict[str, dict[str, str]]:
    """``pdf.page_size=A5`` -> {"pdf": {"page_size": "A5"}}; ``page_size=A5`` goes to
    every chosen format that has that option."""
    out: dict[str, dict[str, str]] = {f: {} for f in formats}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE or FORMAT.KEY=VALUE",
                                     param_hint="--opt")
        fmt, dot, name = key.partition(".")
        if dot:
            if fmt not in out:
                raise click.BadParameter(f"{pair!r}: {fmt} is not one of the chosen formats",
                                         param_hint="--opt")
            out[fmt][name] = value
            continue
        targets = [f for f in formats
                   if key.replace("-", "_") in {x.name for x in
                                                dataclasses.fields(get_exporter(f).Options)}]
        if not targets:
            raise click.BadParameter(f"no chosen format has an option {key!r}",
                                     param_hint="--opt")
        for f in targets:
            out[f][key] = value
    return {f: o for f, o in out.items() if o}


@contextmanager
def _reported_warnings(strict: bool, quiet: bool) -> Iterator[None]:
    """Print ArtexportWarnings to stderr; under --strict they become errors."""
    with warnings.catch_warnings():
        if strict:
            warnings.simplefilter("error", ArtexportWarning)
            yield
            return
        warnings.simplefilter("always", ArtexportWarning)

        def show(message: Warning | str, category: type[Warning], *args: Any,
                 **kwargs: Any) -> None:
            if not quiet:
                click.echo(f"warning: {message}", err=True)

        warnings.showwarning = show
        yield


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="artexport")
def main() -> None:
    """Turn news articles into accessible editions: RTL PDF, EPUB 3, large-print HTML
    and Arabic speech audio."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-f", "--format", "formats", multiple=True, type=FormatList(), required=True,
              help="Formats to write, comma-separated (html,pdf,epub,audio) or 'all'.")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="Folder for <slug>.<ext> files.")
@click.option("--opt", "opts", multiple=True, metavar="[FORMAT.]KEY=VALUE",
              help="An exporter option, e.g. pdf.page_size=A5. Repeatable.")
@click.option("--templates", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A folder of template overrides (looked up before the built-ins).")
@click.option("--strict", is_flag=True, help="Treat warnings (dropped images...) as errors.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=600.0, show_default=True,
              help="Seconds one article may take (0: no limit).")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
def convert(inputs: tuple[Path, ...], formats: tuple[list[str], ...], output: Path,
            opts: tuple[str, ...], templates: Path | None, strict: bool, time_limit: float,
            quiet: bool) -> None:
    """Convert article folders or files into the chosen formats."""
    names = _flatten(formats)
    options = parse_option_args(opts, names)
    failed = 0
    slugs: dict[str, Path] = {}
    for source in inputs:
        try:
            with _reported_warnings(strict, quiet), deadline(time_limit or None, source):
                article = load_article(source)
                first = slugs.setdefault(article.slug, source)
                if first != source:  # e.g. story.md and story.json given together
                    raise ArtexportError(source, f"would overwrite what {first} wrote "
                                                 f"(both are {article.slug!r}); convert it "
                                                 "into another folder")
                written = export(article, names, output, options=options, templates=templates)
        except ArtexportWarning as w:
            failed += 1
            _fail(f"{w} (--strict)")
            continue
        except ArtexportError as e:
            failed += 1
            _fail(str(e))
            continue
        if not quiet:
            for path in written:
                click.echo(str(path))
    if failed:
        sys.exit(1)


@main.command()
def formats() -> None:
    """List the available formats (installed exporters, plugins included)."""
    broken = 0
    for info in describe_exporters():
        if info.error:
            broken += 1
            click.echo(f"{info.name:<10} BROKEN  {info.error}")
        else:
            click.echo(f"{info.name:<10} .{info.extension:<6} {info.description}")
    if broken:
        click.echo(f"{broken} exporter(s) failed to load; the others work.", err=True)


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--text", "as_text", is_flag=True,
              help="Print the readable text (title, then each block) instead of JSON.")
@click.option("--speech", is_flag=True,
              help="Print each spoken sentence: its language, voice and the exact engine text.")
def inspect(source: Path, strict: bool, as_text: bool, speech: bool) -> None:
    """Print the parsed article as JSON (the form the JSON reader accepts)."""
    try:
        with _reported_warnings(strict, quiet=False):
            article = load_article(source)
            if speech:
                from .narration import plan_speech

                click.echo("\n".join(plan_speech(article).lines()))
                return
    except ArtexportWarning as w:
        _fail(f"{w} (--strict)")
        sys.exit(1)
    except ArtexportError as e:
        _fail(str(e))
        sys.exit(1)
    if as_text:
        click.echo(article.plain_text())
    else:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))


@main.command()
@click.argument("src", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="Folder for <relative path>/<slug>.<ext> files.")
@click.option("-f", "--format", "formats", multiple=True, type=FormatList(), required=True,
              help="Formats to write, comma-separated, or 'all'.")
@click.option("--opt", "opts", multiple=True, metavar="[FORMAT.]KEY=VALUE",
              help="An exporter option, e.g. pdf.page_size=A5. Repeatable.")
@click.option("--templates", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A folder of template overrides.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per CPU).")
@click.option("--executor", "executor_url", metavar="dask://HOST:PORT", default=None,
              help="Run on a Dask cluster instead of local processes.")
@click.option("--force", is_flag=True, help="Rebuild outputs even when up to date.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=600.0, show_default=True,
              help="Seconds one article may take (0: no limit).")
@click.option("-q", "--quiet", is_flag=True, help="Print only the failures.")
def batch(src: Path, output: Path, formats: tuple[list[str], ...], opts: tuple[str, ...],
          templates: Path | None, jobs: int | None, executor_url: str | None, force: bool,
          time_limit: float, quiet: bool) -> None:
    """Convert every article under SRC, in parallel, skipping what is up to date."""
    from .batch import convert_tree, dask_executor
    from .progress import BatchProgress

    names = _flatten(formats)
    options = parse_option_args(opts, names)
    # `kill` and Ctrl-C both end the run the same way: finished outputs are recorded in
    # the manifest so the next run resumes, nothing half-written is left.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        executor = dask_executor(executor_url) if executor_url else None
        with BatchProgress(quiet=quiet) as progress:
            report = convert_tree(src, output, names, options, executor, jobs=jobs,
                                  force=force, templates=templates,
                                  time_limit=time_limit or None, progress=progress.update)
    except ArtexportError as e:
        _fail(str(e))
        sys.exit(1)
    except KeyboardInterrupt:
        _fail("interrupted; finished outputs are kept, run again to resume")
        sys.exit(130)
    BatchProgress.summary(report, quiet=quiet)
    if not report.ok:
        sys.exit(1)
