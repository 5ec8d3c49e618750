# Quick start:  make demo   (set up a virtualenv, install Khabar, analyze the example page)
#               make test   (the whole test suite; .ci/run calls exactly this)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test bench clean

demo: $(VENV)/.installed
	$(BIN)/khabar analyze examples/geneva2-page.txt --date 2014-02-13

test: $(VENV)/.installed
	$(BIN)/python -m pytest

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .hypothesis
