# Two commands matter: `make demo` and `make test`. Both install what is missing first.
SWIFT ?= swift
BIN_DEBUG = .build/debug/bunseki
DEMO_OUT = out

.PHONY: deps build demo test bench fuzz clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

demo: build
	@mkdir -p $(DEMO_OUT)
	$(BIN_DEBUG) inspect Workbooks/staff.xlsx --lang ja

test: deps
	$(SWIFT) test

bench: deps
	$(SWIFT) build -c release
	Benchmarks/run

# Fuzzing stays out of `make test`: FUZZ_SECONDS per target (default 300). See docs/RELIABILITY.md.
fuzz:
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),300) Fuzz/run.sh

clean:
	rm -rf .build $(DEMO_OUT)
