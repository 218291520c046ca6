# retro — the two commands a new user needs are `make demo` and `make test`.
# Both install what is missing (Debian's cmark-gfm packages) before building.

SWIFT        ?= swift
CONFIG       ?= debug
BIN           = .build/$(CONFIG)/retro
APT_PACKAGES  = pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
DEMO_SAMPLE  ?= samples/payments-pool-exhaustion
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps browser-deps build release test demo templates lint-docs format bench bench-data clean help fuzz browser-test lint-eval timeline-eval eval

all: build

help:
	@echo "make demo    install what is missing, build, and write the sample retrospective and customer summary"
	@echo "make test    install what is missing (Chromium too, for the browser check), build, and run every test"
	@echo "make build   build the debug binary ($(BIN))"
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

release:
	$(MAKE) build CONFIG=release

## Chromium runs the browser check of the hostile corpus inside `make test`.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { echo "Installing: chromium (for the browser check)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@command -v pdftotext >/dev/null 2>&1 || { echo "Installing: poppler-utils (pdftotext, for the print check)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; }

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
	$(SWIFT) build -c release
	python3 bench/run.py .build/release/retro $(BENCH_DATA) bench/results.md --sizes "$(SIZES)" --runs $(RUNS)

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build
