#!/usr/bin/env bash
# Prints the plain closing line "tests: N passed, N failed" from a `swift test` log, so that any
# CI reading closing lines sees the Swift Testing totals (XCTest's "Executed 0 tests" lines come
# from the empty XCTest half of the run and say nothing).
log="$1"
total=$(grep -a -oE 'Test run with [0-9]+ tests?' "$log" | tail -1 | grep -oE '[0-9]+')
failed=$(grep -a -E '^✘ Test .* failed after' "$log" | grep -vc 'Test run with')
[ -n "$total" ] || { echo "tests: 0 passed, 1 failed"; exit 0; }
echo "tests: $((total - failed)) passed, ${failed} failed"
