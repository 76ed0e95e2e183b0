# Banderola Inspect: `make run` serves the app with the demo; `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
DATABASE_URL ?= sqlite:///$(CURDIR)/instance/banderola.db
WORKERS ?= 2
export DATABASE_URL

.PHONY: run test install install-dev system-deps npm pwa lint migrate demo bench clean

# System packages the app needs (QR decoding, fonts) and the browser the tests drive.
APT_RUN := libzbar0 fonts-dejavu-core
APT_TEST := chromium chromium-driver nodejs npm

system-deps:
	@missing=""; for p in $(APT_RUN) $(if $(WITH_TEST),$(APT_TEST)); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if command -v node >/dev/null 2>&1; then missing=$$(echo $$missing | tr ' ' '\n' | grep -vx -e nodejs -e npm | tr '\n' ' '); fi; \
	fi; \
	if [ -n "$$(echo $$missing)" ]; then \
	  echo "installing system packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: system-deps $(VENV)/.installed

install-dev:
	$(MAKE) system-deps WITH_TEST=1
	$(MAKE) $(VENV)/.installed-dev npm

npm:
	@if [ -f pwa/package-lock.json ]; then cd pwa && npm ci --no-audit --no-fund --loglevel=error; fi
	$(MAKE) pwa

# The first screen bundled into index.html (pwa/dist, served while it matches the sources;
# without it, or after an edit, the server serves pwa/ unbundled): docs/pwa.md, "First screen".
pwa:
	node pwa/tools/build.mjs

migrate: install
	$(BIN)/flask --app wsgi db upgrade

demo: migrate
	$(BIN)/flask --app wsgi demo

run: install npm demo
	@echo
	@echo "Banderola Inspect at http://$(HOST):$(PORT)  (API docs: http://$(HOST):$(PORT)/api/docs)"
	@echo "Demo logins (DEMO ONLY): instance/demo/accounts.json; demo codes: instance/demo/codes.json and codes.pdf"
	@$(BIN)/python -c "import json;[print('  %-10s %-36s %s%s' % (a['role'], a['email'], a['password'], ('  TOTP secret ' + a['totp_secret']) if a.get('totp_secret') else '')) for a in json.load(open('instance/demo/accounts.json'))['accounts']]"
	$(BIN)/gunicorn -c ops/gunicorn.conf.py --bind $(HOST):$(PORT) --workers $(WORKERS) --threads 4 wsgi:app

test: install-dev
	$(BIN)/ruff check .
	TEST_DATABASE=sqlite $(BIN)/pytest -q
	TEST_DATABASE=postgresql $(BIN)/pytest -q -m "not browser and not nodb"

lint:
	$(BIN)/ruff check .

bench: install-dev
	@echo "see docs/BENCHMARKS.md for each benchmark's command"

clean:
	rm -rf $(VENV) pwa/node_modules pwa/dist
