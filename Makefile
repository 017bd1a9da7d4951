# artexport: `make demo` converts every example into out/, `make test` runs all checks.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench fuzz clean

demo: $(STAMP)
	@scripts/system-deps.sh run
	$(BIN)/artexport convert examples/* --format all --output out
	@echo "demo: wrote $$(ls out | wc -l) files to out/"

# test: every validator the README names is installed first (Ace by DAISY into .venv/ace,
# the judge of ../shared when it is there); under CI=true a missing one fails the tests.
test: $(STAMP)
	@scripts/system-deps.sh test
	@scripts/install-ace.sh
	@if [ -d ../shared/judge ]; then ../shared/judge/setup.sh >/dev/null; fi
	$(MAKE) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench fuzz

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	@scripts/system-deps.sh bench
	$(BIN)/python -m bench

# fuzz: each loader's fuzz target (fuzz/fuzz_{markdown,json,html,scrape}.py) runs for
# FUZZ_SECONDS (default 600) under atheris/libFuzzer (a hypothesis loop where atheris is
# not installed). Any crash, hang (> 30 s for one input), network attempt or file read
# outside the article fails it; the inputs are kept in build/fuzz/<target>/.
FUZZ_SECONDS ?= 600
fuzz: $(STAMP)
	$(BIN)/python fuzz/run.py --seconds $(FUZZ_SECONDS)

$(STAMP): pyproject.toml
	@scripts/system-deps.sh run
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -U pip
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev,dask,gtts]'
	touch $(STAMP)

clean:
	rm -rf out build dist .pytest_cache .mypy_cache .ruff_cache
