#!/usr/bin/env bash
# Installs what Selaras needs from Debian when it is missing: libpcre2-dev (the regex engine)
# and pkg-config (SwiftPM finds libpcre2-8 through it). Does nothing when both are present.
set -euo pipefail
if pkg-config --exists libpcre2-8 2>/dev/null; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "selaras: libpcre2-8 development files are missing; install libpcre2-dev (Debian/Ubuntu) or pcre2 (Homebrew)" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "selaras: installing libpcre2-dev and pkg-config from Debian..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libpcre2-dev pkg-config >/dev/null
