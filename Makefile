# Turnaround: two commands set everything up on a fresh Debian machine.
#   make run   install missing system packages, then open the app
#   make test  install missing system packages, then vet and run the whole suite
SHELL := /bin/bash
# The Go toolchain lives in /usr/local/go; CI may start with a PATH that lacks it.
export PATH := $(PATH):/usr/local/go/bin
GO    ?= go
# Packages with no GUI driver: run them again under the race detector.
RACE_PKGS := ./scenarios/... ./scoring/... ./sim/...

.PHONY: run test deps build vet race fuzz bench screenshots demo package

deps:
	@bash .ci/deps

build: deps
	$(GO) build -o build/turnaround ./cmd/turnaround

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
	$(GO) test -run '^$$' -bench . -benchmem ./...

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
