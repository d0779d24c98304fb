# Selaras — common tasks. `make sample` and `make test` are the README's two commands.
SHELL := /bin/bash
SWIFT ?= swift
BIN_RELEASE = .build/release/selaras

.PHONY: deps build release sample test bench clean

deps:
	@bash scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation are linked statically: no shared-library relocation at each
# start (a third of the time to check one file) and direct calls into the runtime.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# Builds and checks the sample workspace. Findings are expected there, so exit code 1 is
# reported but not treated as a failure of this target; 2 (a real error) is.
sample: release
	cd Samples && ../$(BIN_RELEASE) check drafts; status=$$?; \
	  echo "selaras exited with $$status (0 = clean, 1 = findings, 2 = error)"; \
	  [ $$status -le 1 ]

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build 2>&1 | tee .build/test-output.txt; status=$${PIPESTATUS[0]}; \
	  bash scripts/test-summary.sh .build/test-output.txt; exit $$status

# Times selaras against ripgrep on a generated corpus (docs/performance.md). BENCH_LARGE=1 adds
# the 200 MB corpus. Generated files go to bench/out/ (not committed).
bench: release
	bash bench/run.sh

clean:
	rm -rf .build

# Fuzzing (libFuzzer through swiftc; see docs/robustness.md). FUZZ_SECONDS per target;
# FUZZ_TARGETS to choose some (e.g. FUZZ_TARGETS="json5 delimited").
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
.PHONY: fuzz sanitize sanitize-address sanitize-thread

fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Fuzz/run.sh $(FUZZ_TARGETS)

# The whole test suite under AddressSanitizer and ThreadSanitizer, each in its own scratch path.
sanitize: sanitize-address sanitize-thread

sanitize-address: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan-suppressions.txt $(SWIFT) test --sanitize=address --scratch-path .build-asan

sanitize-thread: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan
