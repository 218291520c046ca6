# retro — the two commands a new user needs are `make demo` and `make test`.
# Both install what is missing (Debian's cmark-gfm packages) before building.

SWIFT        ?= swift
CONFIG       ?= debug
BIN           = .build/$(CONFIG)/retro
APT_PACKAGES  = pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
DEMO_SAMPLE  ?= samples/payments-pool-exhaustion
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps browser-deps test-deps build release dist man completions install deb test demo templates lint-docs format bench bench-data clean help fuzz browser-test lint-eval timeline-eval eval

all: build

help:
	@echo "make demo    install what is missing, build, and write the sample retrospective and customer summary"
	@echo "make test    install what is missing (Chromium, Neovim, python3-yaml/jsonschema), build the binary and the .deb, and run every test"
	@echo "make build   build the debug binary ($(BIN))"
	@echo "make deb     build a Debian package of the release binary, man page and completions into $(DEB_DIR)/"
	@echo "make install PREFIX=/usr/local  install the release binary, man page and shell completions (DESTDIR for staging)"
	@echo "make lint-docs  run 'retro lint' over the project's own docs, templates and samples"
	@echo "make templates  re-embed templates/ into the binary after editing them"
	@echo "make format  format the sources with 'swift format'"
	@echo "make fuzz    run every libFuzzer target for FUZZ_SECONDS (default 60) each"
	@echo "make browser-test  install Chromium if missing, then check the hostile corpus's HTML and the samples' page layout in it"
	@echo "make bench-data  generate the benchmark inputs into bench/data/ (deterministic)"
	@echo "make bench   build in release mode, run the benchmarks, write bench/results.md"
	@echo "make lint-eval  score retro lint on the labelled postmortems in ../shared (precision, recall, every miss)"
	@echo "make timeline-eval  score derived milestones, event kinds and signals on eval/ incidents against their truth"

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

## The release binary carries the Swift runtime (--static-swift-stdlib), so it runs on a machine
## without a Swift toolchain; it needs only glibc and Debian's cmark-gfm libraries.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

## What `make install` and `make deb` ship, gathered in $(DIST): the binary, the man page
## (swift-argument-parser's generate-manual plugin) and the completion scripts. They are files
## with the sources as prerequisites, so a second `make deb` or `make test` redoes nothing.
DIST          = .build/dist
RELEASE_BIN   = .build/release/retro
SOURCES      := Package.swift $(shell find Sources -name '*.swift')
COMPLETIONS   = $(DIST)/retro.bash $(DIST)/retro.zsh $(DIST)/retro.fish
VERSION      := $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/RetroRender/RetrospectiveView.swift)
MAN_DATE     := $(shell git log -1 --format=%cs 2>/dev/null || date -u +%F)

$(RELEASE_BIN): $(SOURCES) | deps
	$(SWIFT) build -c release --static-swift-stdlib
	@touch $@

$(DIST)/retro.1.gz: $(SOURCES) | deps
	$(SWIFT) package generate-manual --configuration $(CONFIG) --date $(MAN_DATE) --section 1
	@mkdir -p $(DIST)
	gzip -9n < .build/plugins/GenerateManual/outputs/retro/retro.1 > $@.tmp && mv $@.tmp $@

$(DIST)/retro.%: $(RELEASE_BIN)
	@mkdir -p $(DIST)
	$(RELEASE_BIN) --generate-completion-script $* > $@.tmp && mv $@.tmp $@

man: $(DIST)/retro.1.gz
completions: $(COMPLETIONS)
dist: $(RELEASE_BIN) man completions

PREFIX       ?= /usr/local
DESTDIR      ?=
ZSH_COMPLETIONS ?= $(PREFIX)/share/zsh/site-functions

install: dist
	install -D -m 755 -s $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/retro
	install -D -m 644 $(DIST)/retro.1.gz $(DESTDIR)$(PREFIX)/share/man/man1/retro.1.gz
	install -D -m 644 $(DIST)/retro.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/retro
	install -D -m 644 $(DIST)/retro.zsh $(DESTDIR)$(ZSH_COMPLETIONS)/_retro
	install -D -m 644 $(DIST)/retro.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/retro.fish

## The .deb: `make install` into a staging root, Depends from dpkg-shlibdeps over the binary
## (glibc, libgcc, libstdc++ and the two cmark-gfm libraries), the DEP-5 copyright file from
## scripts/deb-copyright.sh, built by dpkg-deb.
DEB_DIR      ?= .build/deb
DEB_ARCH     := $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB           = $(DEB_DIR)/retro_$(VERSION)_$(DEB_ARCH).deb
DEB_PACKAGES  = dpkg-dev
DEB_COMPRESS ?= xz

deb: $(DEB)

$(DEB): $(RELEASE_BIN) $(DIST)/retro.1.gz $(COMPLETIONS) scripts/deb-control.sh scripts/deb-copyright.sh
	@for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEB_PACKAGES); break; }; done
	rm -rf $(DEB_DIR)/root && mkdir -p $(DEB_DIR)/root/DEBIAN
	$(MAKE) --no-print-directory install DESTDIR=$(DEB_DIR)/root PREFIX=/usr ZSH_COMPLETIONS=/usr/share/zsh/vendor-completions
	mkdir -p $(DEB_DIR)/root/usr/share/doc/retro
	scripts/deb-copyright.sh .build/checkouts > $(DEB_DIR)/copyright.tmp
	install -m 644 $(DEB_DIR)/copyright.tmp $(DEB_DIR)/root/usr/share/doc/retro/copyright && rm $(DEB_DIR)/copyright.tmp
	scripts/deb-control.sh $(DEB_DIR)/root $(VERSION) $(DEB_ARCH) > $(DEB_DIR)/control.tmp
	mv $(DEB_DIR)/control.tmp $(DEB_DIR)/root/DEBIAN/control
	dpkg-deb --root-owner-group -Z$(DEB_COMPRESS) --build $(DEB_DIR)/root $@
	@echo "Built $@"

## Chromium runs the browser check of the hostile corpus inside `make test`.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { echo "Installing: chromium (for the browser check)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@command -v pdftotext >/dev/null 2>&1 || { echo "Installing: poppler-utils (pdftotext, for the print check)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; }

## The action test runs action.yml's steps with python3-yaml, the SARIF check uses
## python3-jsonschema, and the editor test attaches Neovim's LSP client to `retro lsp`.
test-deps:
	@missing=""; \
	python3 -c 'import yaml' 2>/dev/null || missing="$$missing python3-yaml"; \
	python3 -c 'import jsonschema' 2>/dev/null || missing="$$missing python3-jsonschema"; \
	command -v nvim >/dev/null 2>&1 || missing="$$missing neovim"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing (for the action, SARIF and editor tests)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## `make deb` comes first so that the package test installs the package of this tree.
test: build browser-deps test-deps deb
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

## Accuracy, measured against labels that retro did not produce.
LABELLED ?= ../shared/corpus/postmortems-labelled

lint-eval: build
	@[ -d $(LABELLED) ] || { echo "lint-eval needs $(LABELLED) (the labelled development set)"; exit 2; }
	python3 eval/lint/run.py $(BIN) $(LABELLED)

timeline-eval: build
	@for s in eval/window/run.py eval/chat/run.py; do [ ! -f $$s ] || python3 $$s $(BIN) || exit 1; done

eval: lint-eval timeline-eval

## libFuzzer targets (fuzz/, a separate package built with -sanitize=fuzzer,address into fuzz/.build).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) ./scripts/fuzz.sh

## The hostile corpus in headless Chromium (make test runs it too when Chromium is installed).
browser-test: build browser-deps
	$(SWIFT) test --filter "BrowserCheckTests|PageLayoutTests"

## Benchmarks: inputs are generated from a fixed seed; SIZES="10k 100k" skips the 1M export.
BENCH_DATA ?= bench/data
SIZES      ?= 10k 100k 1M
RUNS       ?= 5

bench-data:
	@mkdir -p $(BENCH_DATA)
	@for size in 10k:10000 100k:100000 1M:1000000; do \
	  name=$${size%%:*}; n=$${size##*:}; \
	  [ -f $(BENCH_DATA)/slack-$$name/incident.yaml ] || python3 bench/make_slack_export.py $(BENCH_DATA)/slack-$$name $$n 20 2000; \
	done
	@[ -f $(BENCH_DATA)/chart-20x10000/incident.yaml ] || python3 bench/make_slack_export.py $(BENCH_DATA)/chart-20x10000 100 20 10000
	@[ -f $(BENCH_DATA)/corpus-50mb.md ] || python3 bench/make_corpus.py $(BENCH_DATA)/corpus-50mb.md 50
	@[ -f $(BENCH_DATA)/corpus-1mb.md ] || python3 bench/make_corpus.py $(BENCH_DATA)/corpus-1mb.md 1
	@: > $(BENCH_DATA)/empty.md
	@for size in 10k:10000 100k:100000 1M:1000000; do \
	  name=$${size%%:*}; n=$${size##*:}; \
	  case " $(SIZES) " in *" $$name "*) ;; *) continue;; esac; \
	  [ -f $(BENCH_DATA)/realistic-$$name/incident.yaml ] || python3 bench/make_realistic_export.py $(BENCH_DATA)/realistic-$$name $$n; \
	done
	@[ -f $(BENCH_DATA)/mentions-100k/incident.yaml ] || python3 bench/make_realistic_export.py $(BENCH_DATA)/mentions-100k 100000 --profile mentions
	@[ -d $(BENCH_DATA)/followups-10000 ] || python3 bench/make_followups.py $(BENCH_DATA)/followups-10000 10000
	@[ -f $(BENCH_DATA)/corpus-real-50mb.md ] || [ ! -d ../shared/corpus ] || python3 bench/make_real_corpus.py ../shared/corpus $(BENCH_DATA)/corpus-real-50mb.md 50

bench: deps
	@command -v proselint >/dev/null 2>&1 || { echo "Installing: proselint (the peer the lint is compared with)"; python3 -m pip install -q proselint==0.16.0; }
	$(SWIFT) build -c release --static-swift-stdlib
	python3 bench/run.py .build/release/retro $(BENCH_DATA) bench/results.md --sizes "$(SIZES)" --runs $(RUNS)

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build
