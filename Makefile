# StadtLabore vor Ort – `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# The local server: links without a request (password reset, e-mails of commands)
# carry its address unless BASE_URL says otherwise.
run demo: export BASE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help
.PHONY: help install install-test run demo test lint format check bench

NODE_MODULES := node_modules/.installed

help: ## Diese Hilfe
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e ".[test]"
	@touch $(VENV)/.installed $@

# stylelint and the Nu HTML checker (vnu.jar; Java comes from Debian's
# default-jre-headless, so vnu-jar's install script, which would download a JDK, is
# not run). Versions in package-lock.json.
NPM_FLAGS := --no-audit --no-fund --ignore-scripts --loglevel=error
$(NODE_MODULES): package.json package-lock.json
	@command -v npm >/dev/null || (echo "npm fehlt: apt-get install npm" >&2; exit 1)
	npm ci $(NPM_FLAGS) || npm install $(NPM_FLAGS)
	@touch $@

install: $(VENV)/.installed ## Virtuelle Umgebung anlegen und Abhängigkeiten installieren

install-test: $(VENV)/.installed-test $(NODE_MODULES) ## wie install, zusätzlich mit Test-Werkzeugen (auch npm: stylelint, Nu HTML Checker)

demo: install ## Datenbank migrieren und Beispielinhalte laden (falls leer)
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo_content --if-empty

# The mail worker runs next to the development server (e-mails appear in this console);
# Ctrl-C stops both, and the worker also stops when the server ends for another reason.
run: demo ## Installieren, migrieren, Beispielinhalte laden, Server auf 127.0.0.1:8000 und E-Mail-Worker starten
	@echo "Die Seite läuft auf http://$(HOST):$(PORT)/ – Admin: http://$(HOST):$(PORT)/admin/"
	@$(PY) manage.py db_worker --backend mail --queue-name mail --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install-test ## Alle Tests (inkl. Browser-Tests, wenn Chromium vorhanden ist)
	$(VENV)/bin/pytest

lint: install-test ## ruff (Lint und Format-Prüfung), stylelint (CSS)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	npx --no-install stylelint "static/**/*.css"

format: install-test ## Code formatieren
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: install ## Lastmessung mit gunicorn und wrk (SQLite und, falls erreichbar, PostgreSQL)
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) bench/run.py $(BENCH_ARGS)

check: install ## Django-Systemprüfung und fehlende Migrationen
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
