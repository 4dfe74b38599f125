# Two commands matter: `make demo` and `make test`. Both install what is missing first.
SWIFT ?= swift
BIN_DEBUG = .build/debug/bunseki
DEMO_OUT = out

.PHONY: deps build demo test bench fuzz identity load render clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

# The participant's main job on the sample staff workbook: look at it, describe it, regress overtime on workload.
demo: build
	@mkdir -p $(DEMO_OUT)
	$(BIN_DEBUG) inspect Workbooks/staff.xlsx
	$(BIN_DEBUG) describe Workbooks/staff.xlsx --columns 年齢,月間残業時間,処理件数 --coerce-numbers \
		-o $(DEMO_OUT)/staff.describe.xlsx --force
	$(BIN_DEBUG) regress Workbooks/staff.xlsx --y 月間残業時間 --x 処理件数,年齢 --coerce-numbers \
		-o $(DEMO_OUT)/staff.regress.xlsx --force
	@echo
	@echo "Result workbooks: $(CURDIR)/$(DEMO_OUT)/staff.describe.xlsx and $(CURDIR)/$(DEMO_OUT)/staff.regress.xlsx"
	@echo
	@echo "The same in the browser (docs/SERVE.md):"
	@echo "  $(BIN_DEBUG) serve                  # then open http://127.0.0.1:8080/ and drop Workbooks/staff.xlsx"
	@echo "  $(BIN_DEBUG) serve --lan            # for a classroom: participants type the printed address and access code"
	@echo "  $(BIN_DEBUG) serve --lan --exercise Exercises/overtime-regression.yaml --participants 20   # classroom mode"

# Every test is an XCTest case (no Swift Testing run); the run ends with XCTest's summary, then the skipped
# tests and why (scripts/test-summary).
test: deps
	scripts/test-summary $(SWIFT) test --disable-swift-testing

bench: deps
	$(SWIFT) build -c release
	Benchmarks/run

# The workbench under load, out of `make test`: 30 participants on loopback each upload a ~5 MB workbook and run
# a regression at once through the participant routes; p50/p95 latency and peak RSS (docs/PERFORMANCE.md).
load: deps
	$(SWIFT) build -c release --product bunseki
	scripts/load-test --binary .build/release/bunseki $(LOAD_ARGS)

# Fuzzing stays out of `make test`: FUZZ_SECONDS per target (default 300). See docs/RELIABILITY.md.
fuzz:
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),300) Fuzz/run.sh

# A refactoring must change no output: every command's workbook, JSON, text and errors (ja, en) and every shipped
# exercise, compared with BASE (default main) by scripts/output-identity.
identity: deps
	scripts/output-identity $(or $(BASE),main)

# Every tool's ja result workbook through LibreOffice → PDF → PNG (pdftoppm), one folder of pages per tool in
# out/render, to look at by eye (scripts/render-workbooks).
render: deps
	scripts/render-workbooks $(DEMO_OUT)/render

clean:
	rm -rf .build $(DEMO_OUT)
