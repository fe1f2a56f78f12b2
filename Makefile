# Turnaround: two commands set everything up on a fresh Debian machine.
#   make run   install missing system packages, then open the app
#   make test  install missing system packages, then vet and run the whole suite
SHELL := /bin/bash
# The Go toolchain lives in /usr/local/go; CI may start with a PATH that lacks it.
export PATH := $(PATH):/usr/local/go/bin
GO    ?= go
# Packages with no GUI driver: run them again under the race detector.
RACE_PKGS := ./scenarios/... ./scoring/... ./sim/...
# A CPU profile of the analyser's benchmarks, which the app and the
# benchmarks are built with (profile-guided optimisation); 'make pgo'
# records it again after the analyser changes. Tests build without it.
PGO := $(CURDIR)/scoring/analyze.pgo

.PHONY: run test deps build vet race fuzz bench pgo screenshots demo package

deps:
	@bash .ci/deps

build: deps
	$(GO) build -pgo=$(PGO) -o build/turnaround ./cmd/turnaround

run: build
	./build/turnaround

# The demo driver is vetted too, so the screenshot build cannot rot unseen.
vet:
	$(GO) vet ./...
	$(GO) vet -tags demo ./ui/... ./cmd/...

test: deps vet
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race $(RACE_PKGS)

fuzz: deps
	$(GO) test ./scenarios -run '^$$' -fuzz FuzzParse -fuzztime 60s

bench: deps
	$(GO) test -pgo=$(PGO) -run '^$$' -bench . -benchmem ./...

pgo: deps
	$(GO) test -count=1 -run '^$$' -bench 'Analyze$$|AnalyzeTurns40|ScoreEngine40' -benchtime 3s -cpu 1 -cpuprofile $(PGO) ./scoring
	rm -f scoring.test

# The demo build adds the screenshot and performance driver (-tags demo); the
# product binary from 'make build' does not carry it.
demo: deps
	$(GO) build -tags demo -o build/turnaround-demo ./cmd/turnaround

screenshots: demo
	bash .ci/screenshots

# fyne.io/tools' fyne CLI, pinned, installed into build/tools (not on PATH).
FYNE_TOOL := fyne.io/tools/cmd/fyne@v1.7.4

build/tools/fyne:
	GOBIN=$(CURDIR)/build/tools $(GO) install $(FYNE_TOOL)

# A Linux tarball (binary, icon, .desktop entry) that installs to a prefix;
# see README "Install on Linux".
package: deps build/tools/fyne
	bash .ci/package
