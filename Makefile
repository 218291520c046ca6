# retro — the two commands a new user needs are `make demo` and `make test`.
# Both install what is missing (Debian's cmark-gfm packages) before building.

SWIFT        ?= swift
CONFIG       ?= debug
BIN           = .build/$(CONFIG)/retro
APT_PACKAGES  = pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
DEMO_SAMPLE  ?= samples/payments-pool-exhaustion
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps browser-deps build release test demo templates lint-docs format bench clean help fuzz browser-test

all: build

help:
	@echo "make demo    install what is missing, build, and write the sample retrospective and customer summary"
	@echo "make test    install what is missing (Chromium too, for the browser check), build, and run every test"
	@echo "make build   build the debug binary ($(BIN))"
	@echo "make lint-docs  run 'retro lint' over the project's own docs, templates and samples"
	@echo "make templates  re-embed templates/ into the binary after editing them"
	@echo "make format  format the sources with 'swift format'"
	@echo "make fuzz    run every libFuzzer target for FUZZ_SECONDS (default 60) each"
	@echo "make browser-test  install Chromium if missing, then check the hostile corpus's HTML in it"

## Install Debian's cmark-gfm packages when any is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

release:
	$(MAKE) build CONFIG=release

## Chromium runs the browser check of the hostile corpus inside `make test`.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { echo "Installing: chromium (for the browser check)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

test: build browser-deps
	$(SWIFT) test

demo: build
	$(BIN) build $(DEMO_SAMPLE)/incident.yaml
	@echo
	@echo "Open $(DEMO_SAMPLE)/retro-out/retrospective.html in a browser,"
	@echo "or read $(DEMO_SAMPLE)/retro-out/retrospective.md."
	@echo "The customer summary is $(DEMO_SAMPLE)/retro-out/customer-summary.html (and .md)."

## Re-embed templates/*.mustache into the binary (a test fails when they drift apart).
templates:
	./scripts/embed-templates.sh

lint-docs: build
	$(BIN) lint README.md docs templates/*.mustache --fail-level suggestion
	@for s in samples/*/incident.yaml; do $(BIN) build $$s --format markdown >/dev/null && $(BIN) lint $$(dirname $$s)/retro-out/retrospective.md $$(dirname $$s)/retro-out/customer-summary.md || exit 1; done

## libFuzzer targets (fuzz/, a separate package built with -sanitize=fuzzer,address into fuzz/.build).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) ./scripts/fuzz.sh

## The hostile corpus in headless Chromium (make test runs it too when Chromium is installed).
browser-test: build browser-deps
	$(SWIFT) test --filter BrowserCheckTests

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build
