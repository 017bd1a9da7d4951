"""What a user installs: the sdist and the wheel `python -m build` makes from this checkout.

The sdist holds everything `make` needs (scripts/, bench/, fuzz/, tests, examples,
templates, fonts) and builds a wheel by itself; the wheel declares the code's licence
and the fonts' (MIT AND OFL-1.1, with their texts), takes its version from the one
source, and keeps the online engine and Dask out of the core install.
"""

from __future__ import annotations

import email.parser
import email.policy
import os
import subprocess
import sys
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

import pytest

import artexport
from conftest import ROOT

pytestmark = pytest.mark.slow


def _build(source: Path, out: Path, *which: str) -> None:
    # --no-isolation: hatchling comes with the dev extra, so no network is needed
    p = subprocess.run([sys.executable, "-m", "build", "--no-isolation", *which,
                        "--outdir", str(out), str(source)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _build(ROOT, out)  # the sdist, then the wheel built from it
    return out


def _one(dist: Path, pattern: str) -> Path:
    [path] = dist.glob(pattern)
    return path


def _metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as z:
        [name] = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")]
        text = z.read(name).decode("utf-8")
    return email.parser.Parser(policy=email.policy.compat32).parsestr(text)


def test_wheel_metadata(dist: Path) -> None:
    meta = _metadata(_one(dist, "*.whl"))
    assert meta["Version"] == artexport.__version__
    assert meta["License-Expression"] == "MIT AND OFL-1.1"
    assert sorted(meta.get_all("License-File") or []) == [
        "LICENSE", "fonts/OFL-Amiri.txt", "fonts/OFL-Noto.txt"]
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert {"Homepage", "Source", "Issues", "Documentation"} <= set(urls)
    classifiers = meta.get_all("Classifier") or []
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert "Topic :: Adaptive Technologies" in classifiers
    requires = meta.get_all("Requires-Dist") or []
    core = [r for r in requires if "extra ==" not in r]
    # the core install speaks offline; gTTS (which pins click) and Dask are extras
    for name in ("gtts", "requests", "miniaudio", "distributed"):
        assert not [r for r in core if r.split(">")[0].split("[")[0].strip() == name], core
    extras = {r.split(">")[0]: r.split(";")[1].replace('"', "'").strip()
              for r in requires if "extra ==" in r}
    assert extras["gtts"] == extras["miniaudio"] == extras["requests"] == "extra == 'gtts'"
    assert extras["distributed"] == "extra == 'dask'"
    assert {"gtts", "dask", "dev"} <= set(meta.get_all("Provides-Extra") or [])


def test_wheel_ships_templates_fonts_labels_and_licence_texts(dist: Path) -> None:
    with zipfile.ZipFile(_one(dist, "*.whl")) as z:
        names = set(z.namelist())
        info = next(n.split("/")[0] for n in names if ".dist-info/" in n)
        assert {f"{info}/licenses/LICENSE", f"{info}/licenses/fonts/OFL-Amiri.txt",
                f"{info}/licenses/fonts/OFL-Noto.txt"} <= names
        assert "MIT License" in z.read(f"{info}/licenses/LICENSE").decode("utf-8")
    fonts = {p.name for p in (ROOT / "fonts").glob("*.ttf")}
    assert fonts and {f"artexport/_data/fonts/{f}" for f in fonts} <= names
    prebuilt = {p.name for p in (ROOT / "fonts" / "prebuilt").iterdir()}
    # a subset of every font, the files the PDF embeds, the glyph texts, the manifest
    assert {"MANIFEST.json", "glyph-texts.json.gz"} <= prebuilt
    assert {f"{Path(f).stem}.woff2" for f in fonts} <= prebuilt
    assert "NotoNaskhArabic-Regular.pdf.ttf" in prebuilt
    assert {f"artexport/_data/fonts/prebuilt/{f}" for f in prebuilt} <= names
    templates = {p.relative_to(ROOT).as_posix() for p in (ROOT / "templates").rglob("*")
                 if p.is_file()}
    assert {f"artexport/_data/{t}" for t in templates} <= names
    assert "artexport/py.typed" in names
    tables = {p.name for p in (ROOT / "src/artexport/edition/label_tables").glob("*.toml")}
    assert {"en.toml", "fr.toml"} <= tables  # the editions' words, one file a language
    assert {f"artexport/edition/label_tables/{t}" for t in tables} <= names


def test_sdist_has_what_make_needs_and_builds_on_its_own(dist: Path,
                                                          tmp_path: Path) -> None:
    sdist = _one(dist, "*.tar.gz")
    with tarfile.open(sdist) as tar:
        tar.extractall(tmp_path, filter="data")
    [root] = tmp_path.iterdir()
    for needed in ("Makefile", "LICENSE", "README.md", "pyproject.toml",
                   "scripts/system-deps.sh", "bench/__main__.py", "fuzz/run.py",
                   "tests/conftest.py", "tests/test_packaging.py", "fonts/OFL-Noto.txt",
                   "templates/html", "examples/en-river-cleanup", "src/artexport/cli.py"):
        assert (root / needed).exists(), needed
    assert os.access(root / "scripts" / "system-deps.sh", os.X_OK)
    assert not list(root.rglob("__pycache__"))
    # every target of the Makefile resolves in the unpacked sdist
    for target in ("demo", "test", "bench", "fuzz"):
        p = subprocess.run(["make", "-n", target], cwd=root, capture_output=True, text=True,
                           timeout=60)
        assert p.returncode == 0, p.stderr
    # it builds a wheel by itself, and its own tests pass against its own source
    _build(root, tmp_path / "wheel", "--wheel")
    assert _one(tmp_path / "wheel", "*.whl").name == \
        f"artexport-{artexport.__version__}-py3-none-any.whl"
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                        "tests/test_text.py"], cwd=root, capture_output=True, text=True,
                       timeout=300, env={**os.environ, "PYTHONPATH": str(root / "src")})
    assert p.returncode == 0, p.stdout[-3000:]
    assert " passed" in p.stdout


def test_installed_wheel_runs_outside_the_checkout(dist: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    p = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                        "--no-index", "--target", str(site), str(_one(dist, "*.whl"))],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import artexport, artexport.paths as p; "
            "print(artexport.__file__); print(p.templates_dir()); print(p.fonts_dir())")
    p = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, capture_output=True,
                       text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(site)})
    assert p.returncode == 0, p.stderr
    for line in p.stdout.splitlines():
        assert Path(line).is_relative_to(site), line
    p = subprocess.run([sys.executable, "-m", "artexport", "--version"], cwd=elsewhere,
                       capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYTHONPATH": str(site)})
    assert p.returncode == 0 and artexport.__version__ in p.stdout


# ---- the core install without the extras -----------------------------------------------

def _without(tmp_path: Path, *modules: str) -> dict[str, str]:
    """An environment where ``modules`` cannot be imported, as in a core install."""
    blocked = tmp_path / "blocked"
    blocked.mkdir(parents=True)
    for module in modules:
        (blocked / f"{module}.py").write_text(
            f"raise ModuleNotFoundError(\"No module named '{module}'\", name={module!r})\n",
            encoding="utf-8")
    return {**os.environ, "PYTHONPATH": str(blocked)}


def test_without_the_gtts_extra_the_cli_says_what_to_install(tmp_path: Path) -> None:
    env = _without(tmp_path, "gtts")
    artexport_cli = [sys.executable, "-m", "artexport"]
    p = subprocess.run([*artexport_cli, "formats"], capture_output=True, text=True,
                       timeout=120, env=env)
    assert p.returncode == 0, p.stderr
    engines = p.stdout.split("speech engines (--opt audio.engine=NAME):\n")[1].splitlines()
    assert engines[0].split()[0] == "espeak" and "UNAVAILABLE" not in engines[0]
    assert engines[1] == ("  gtts     UNAVAILABLE needs the Python package 'gtts', which is "
                          "not installed: pip install 'artexport[gtts]'")
    src = tmp_path / "src"
    src.mkdir()
    (src / "article.md").write_bytes(b"# t\n\n\xff never read\n")
    out = tmp_path / "out"
    for command in (["convert", str(src)], ["batch", str(tmp_path)]):
        p = subprocess.run([*artexport_cli, *command, "-f", "html,audio", "-o", str(out),
                            "--opt", "audio.engine=gtts"], capture_output=True, text=True,
                           timeout=120, env=env)
        assert (p.returncode, p.stderr) == (1, "error: TTS engine 'gtts' needs the Python "
                                               "package 'gtts', which is not installed: pip "
                                               "install 'artexport[gtts]'\n")
        assert not out.exists() or not any(out.iterdir())
    # without the dask extra, a cluster run says what to install
    p = subprocess.run([*artexport_cli, "batch", str(tmp_path / "src"), "-f", "html", "-o",
                        str(out), "--executor", "dask://127.0.0.1:8786"], capture_output=True,
                       text=True, timeout=120, env=_without(tmp_path / "nodask", "distributed"))
    assert (p.returncode, p.stderr) == (1, "error: Dask support needs the extra: pip install "
                                           "'artexport[dask]'\n")
    # the core install converts offline, speech included
    p = subprocess.run([*artexport_cli, "convert", str(ROOT / "examples" / "en-river-cleanup"),
                        "-f", "audio", "-o", str(out), "--opt", "audio.cache_dir=none"],
                       capture_output=True, text=True, timeout=300,
                       env=_without(tmp_path / "more", "gtts", "requests", "miniaudio",
                                    "distributed"))
    assert p.returncode == 0, p.stderr
    assert (out / "en-river-cleanup.mp3").stat().st_size > 10_000
