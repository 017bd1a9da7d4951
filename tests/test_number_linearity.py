"""The number step of speech_text is linear in the length of its input.

Work is measured as an operation count — the machine instructions executed, counted by
valgrind's callgrind — never by a clock: for each input shape (a long run of digits, a
run broken by dots or slashes, thousands of numbers, long blanks...) the count for an
input of twice the length must be at most 2.5 times the count for the first (quadratic
work gives 4). Measured: every shape gives 2.0 now; the step as it was before the limits
in number_tokens gave 3.9 for a run of digits (600 -> 1,200 digits: 513 million -> 2,017
million instructions), and took 83 s and 2.5 GB for 20,000 digits.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import require_tool

# Each shape builds a text of about n characters that once made some rule rescan it.
SHAPES = {
    "one long digit run": '"1" * n',
    "digits and dots": '"1." * (n // 2)',
    "digits and slashes": '"1/" * (n // 2)',
    "digits and dashes": '"1-" * (n // 2)',
    "digits and colons": '"1:" * (n // 2)',
    "digit groups": '"1 " * (n // 2)',
    "many numbers": '"123, " * (n // 5)',
    "a run of blanks": '"(" + " " * n + "GMT"',
    "digits before a letter": '"1" * n + "a"',
    "glued to Arabic letters": '"ب1" * (n // 2)',
    "percent signs": '"%1" * (n // 2)',
    "a news sentence": '"قتل 50000 شخص في 18/01 عند 17:30 بنسبة 20% " * (n // 44)',
}
SIZE = 1000
LANGS = ("ar", "fa", "ur")

DRIVER = textwrap.dedent("""
    import gc, os, sys
    from artexport.text.spoken_numbers import speak_numbers_in
    shapes = {shapes!r}
    for lang in {langs!r}:
        for expr in shapes.values():
            n = 200
            speak_numbers_in(eval(expr), lang)  # warm up: imports, compiled patterns
    gc.disable()
    for lang in {langs!r}:
        for expr in shapes.values():
            for n in ({size}, {size} * 2):
                text = eval(expr)
                os.getppid()  # callgrind dumps its counts before each call
                speak_numbers_in(text, lang)
    os.getppid()
""")


@pytest.mark.slow
def test_number_step_is_linear(tmp_path: Path) -> None:
    valgrind = require_tool("valgrind", "scripts/system-deps.sh test (Debian valgrind)")
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER.format(shapes=SHAPES, langs=LANGS, size=SIZE), encoding="utf-8")
    out = tmp_path / "cg.out"
    subprocess.run(
        [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}",
         "--dump-before=getppid", sys.executable, str(driver)],
        check=True, capture_output=True, timeout=900,
    )
    # Dump k (k >= 1) holds the instructions run since dump k-1: dump 1 is the start-up,
    # then one dump per measured call, in the driver's order.
    dumps = sorted(tmp_path.glob("cg.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
    counts = [_instructions(p) for p in dumps]
    calls = counts[1:1 + 2 * len(SHAPES) * len(LANGS)]
    assert len(calls) == 2 * len(SHAPES) * len(LANGS)
    ratios = {}
    for i, (lang, shape) in enumerate((lang, s) for lang in LANGS for s in SHAPES):
        small, large = calls[2 * i], calls[2 * i + 1]
        ratios[f"{lang}: {shape}"] = round(large / small, 2)
    assert all(r <= 2.5 for r in ratios.values()), ratios


def _instructions(dump: Path) -> int:
    for line in dump.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise AssertionError(f"no instruction count in {dump}")
