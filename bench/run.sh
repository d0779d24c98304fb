#!/usr/bin/env bash
# `make bench`: installs what the benchmark needs when missing (ripgrep, hyperfine, GNU time from
# Debian), then runs bench/bench.py. The release build is made by the Makefile before this.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "bench: please install ${missing[*]}" >&2
        exit 1
    fi
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    echo "bench: installing ${missing[*]} from Debian..." >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
exec python3 bench/bench.py
