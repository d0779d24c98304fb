#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/Targets and runs each for FUZZ_SECONDS (default 60).
#
#   Fuzz/run.sh                 build and run every target
#   Fuzz/run.sh json5 csv       only these targets
#   FUZZ_SECONDS=300 Fuzz/run.sh
#   FUZZ_BUILD_ONLY=1 Fuzz/run.sh
#
# SwiftPM cannot link a libFuzzer executable next to the normal targets, so this compiles each
# module's sources with `swiftc -sanitize=fuzzer,address` into one object per module (dependency
# order), then links every target's entry file (`@_cdecl("LLVMFuzzerTestOneInput")`) against them.
# The corpus kept in the repository is Fuzz/Corpus/<target>/ (read only); new inputs libFuzzer
# finds go to .build-fuzz/corpus/<target>/ and crashes to .build-fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

# Modules in dependency order (each may import the ones before it).
MODULES=(SelarasCore SelarasText SelarasRegistry SelarasRules SelarasPCRE2 SelarasPacks)

# One line per target: name, then the entry file in Fuzz/Targets. Add a target with one line.
TARGETS=(
    "document:DocumentFuzz.swift"
    "suppression:SuppressionFuzz.swift"
    "json5:JSON5Fuzz.swift"
    "configuration:ConfigurationFuzz.swift"
    "pack:PackFuzz.swift"
    "delimited:DelimitedFuzz.swift"
    "term-matcher:TermMatcherFuzz.swift"
    "registry:RegistryFuzz.swift"
    "claims:ClaimsFuzz.swift"
    "term-cache:TermCacheFuzz.swift"
)

SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
OUT=.build-fuzz
SANITIZE=${FUZZ_SANITIZE:-fuzzer,address}
SWIFTC=${SWIFTC:-swiftc}
mkdir -p "$OUT/modules"

build_modules() {
    local chain=""
    for module in "${MODULES[@]}"; do
        local sources=()
        while IFS= read -r file; do sources+=("$file"); done < <(find "Sources/$module" -name '*.swift' | sort)
        [ ${#sources[@]} -gt 0 ] || continue
        local object="$OUT/modules/$module.o"
        # The stamp covers this module's sources and every module before it, so a change rebuilds what follows.
        chain=$(printf '%s' "$chain$SANITIZE$(cat "${sources[@]}" | cksum)" | cksum | cut -d' ' -f1)
        if [ -f "$object" ] && [ "$(cat "$OUT/modules/$module.stamp" 2>/dev/null)" = "$chain" ]; then continue; fi
        echo "== compiling $module (${#sources[@]} files)"
        "$SWIFTC" -parse-as-library -swift-version 6 -module-name "$module" -O -g -enable-testing \
            -sanitize="$SANITIZE" -wmo -num-threads 0 \
            -I "$OUT/modules" -I Sources/CPCRE2 \
            -emit-module -emit-module-path "$OUT/modules/$module.swiftmodule" \
            -c -o "$object" "${sources[@]}"
        printf '%s' "$chain" > "$OUT/modules/$module.stamp"
    done
}

build_target() {
    local name=$1 entry=$2
    local objects=()
    rm -f "$OUT/fuzz-$name"
    for module in "${MODULES[@]}"; do [ -f "$OUT/modules/$module.o" ] && objects+=("$OUT/modules/$module.o"); done
    echo "== linking fuzz-$name"
    "$SWIFTC" -parse-as-library -swift-version 6 -module-name "Fuzz_${name//-/_}" -O -g \
        -sanitize="$SANITIZE" -I "$OUT/modules" -I Sources/CPCRE2 \
        "Fuzz/Targets/$entry" Fuzz/Targets/Support/*.swift "${objects[@]}" -lpcre2-8 -o "$OUT/fuzz-$name" 2>&1 | grep -v 'Cannot export local symbol' || true
    [ -x "$OUT/fuzz-$name" ] || { echo "!! cannot link fuzz-$name"; exit 2; }
}

selected=("$@")
wanted() {
    [ ${#selected[@]} -eq 0 ] && return 0
    local name
    for name in "${selected[@]}"; do [ "$name" = "$1" ] && return 0; done
    return 1
}

build_modules

status=0
for line in "${TARGETS[@]}"; do
    name=${line%%:*}; entry=${line#*:}
    wanted "$name" || continue
    build_target "$name" "$entry"
    [ -n "${FUZZ_BUILD_ONLY:-}" ] && continue
    mkdir -p "$OUT/corpus/$name" "$OUT/artifacts/$name" "Fuzz/Corpus/$name"
    echo "== fuzzing $name for ${SECONDS_PER_TARGET}s"
    dictionary=()
    [ -f "Fuzz/Dictionaries/$name.dict" ] && dictionary=(-dict="Fuzz/Dictionaries/$name.dict")
    rc=0
    # The Swift backtracer would read memory ASan considers poisoned and bury the real report.
    SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-suppressions.txt" "$OUT/fuzz-$name" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="$OUT/artifacts/$name/" "${dictionary[@]}" \
        "$OUT/corpus/$name" "Fuzz/Corpus/$name" > "$OUT/fuzz-$name.log" 2>&1 || rc=$?
    grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|==[0-9]+==ERROR|SUMMARY|stat::number_of_executed_units|Test unit written|ALARM|LeakSanitizer)' "$OUT/fuzz-$name.log" || true
    if [ "$rc" != "0" ]; then
        echo "!! fuzz-$name found a problem (exit $rc); see $OUT/fuzz-$name.log and $OUT/artifacts/$name/"
        status=1
    fi
done
exit $status
