#!/usr/bin/env python3
"""Runs the Selaras benchmark against ripgrep and prints one report (see docs/performance.md).

Called by `make bench` (through bench/run.sh, which installs ripgrep, hyperfine and GNU time).
Environment:
  BENCH_LARGE=1     also the 200 MB corpus (50,000 files)
  BENCH_RG_SLOW=1   on the 200 MB corpus also time rg with the 2,000 and 20,000 lists (slow)
  BENCH_RUNS=N      hyperfine runs per command (default: as many as fit in ~10 s, 2..10)
  SELARAS=path      the binary (default .build/release/selaras)
"""

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
SELARAS = os.environ.get("SELARAS", os.path.join(ROOT, ".build", "release", "selaras"))
SIZES = [150, 2000, 20000]
# Compiled term lists are cached by content hash (docs/performance.md); the benchmark keeps its own
# cache, emptied at the start, so the first run of each list compiles it and the timed runs reuse it.
CACHE = os.path.join(BENCH, "out", "cache")


def log(message):
    print(message, file=sys.stderr, flush=True)


def generate(name, files):
    out = os.path.join(BENCH, "out", name)
    log("== generating %s corpus (%d files) in %s" % (name, files, out))
    subprocess.run([sys.executable, os.path.join(BENCH, "generate.py"), "--out", out, "--files", str(files)], check=True)
    with open(os.path.join(out, "corpus.json")) as handle:
        return out, json.load(handle)


def peak(command, cwd, stdout_path):
    """One run under GNU time -v: (wall seconds, peak RSS in MB, exit status)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as times, open(stdout_path, "wb") as out:
        status = subprocess.run(["/usr/bin/time", "-v", "-o", times.name] + command, cwd=cwd, stdout=out,
                                stderr=subprocess.DEVNULL).returncode
        text = times.read()
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds, rss, status


def timed(command, cwd, first_wall, warmup=0):
    """Median wall time of several hyperfine runs (their number fitted to ~10 s). Commands of well
    under a second get up to 30 runs: their medians decide the ratios between term lists, and a
    median of 10 runs of 60 ms on a shared 2-core machine moves by several percent between runs."""
    runs = int(os.environ.get("BENCH_RUNS", "0")) or max(2, min(30, int(10 / max(first_wall, 0.001))))
    if first_wall > 30:
        runs = 1
    shell = " ".join(quote(part) for part in command) + " >/dev/null 2>&1"
    with tempfile.NamedTemporaryFile("r", suffix=".json") as export:
        subprocess.run(["hyperfine", "--style", "none", "-i", "--shell=bash", "--warmup", str(warmup),
                        "--runs", str(runs), "--export-json", export.name, shell],
                       cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        result = json.load(open(export.name))["results"][0]
    return result["median"], runs


def quote(text):
    return text if re.fullmatch(r"[\w./=-]+", text) else "'" + text.replace("'", "'\\''") + "'"


def verify(out, report, size):
    result = subprocess.run([sys.executable, os.path.join(BENCH, "verify.py"), os.path.join(out, "manifest.jsonl"),
                             report, str(size)], capture_output=True, text=True)
    return result.stdout.strip().splitlines()[0] if result.stdout.strip() else "verify failed: " + result.stderr.strip()


def count_lines(path):
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


def findings(path):
    try:
        with open(path) as handle:
            return len(json.load(handle).get("findings", []))
    except (OSError, ValueError):
        return -1


def measure(label, command, cwd, stdout_path, info, rows, warmup=0):
    log("   %s" % label)
    first, rss, status = peak(command, cwd, stdout_path)
    median, runs = timed(command, cwd, first, warmup)
    row = {"label": label, "seconds": median, "runs": runs, "rss": rss, "status": status,
           "mbps": info["bytes"] / 1e6 / median, "filesps": info["files"] / median}
    rows.append(row)
    return row


def corpus_runs(name, files, rg_sizes):
    out, info = generate(name, files)
    cwd = out
    rows = []
    checks = []
    log("== %s: %d files, %.1f MB" % (name, info["files"], info["bytes"] / 1e6))
    for size in SIZES:
        report = os.path.join(out, "selaras-%d.json" % size)
        row = measure("selaras %6d terms" % size, [SELARAS, "check", "corpus/docs", "--config", "config-%d.json5" % size,
                                                    "--format", "json"], cwd, report, info, rows)
        row["kind"], row["size"], row["found"] = "selaras", size, findings(report)
        checks.append((size, verify(out, report, size)))
    for size in rg_sizes:
        matches = os.path.join(out, "rg-%d.txt" % size)
        row = measure("rg      %6d terms" % size, ["rg", "-F", "-w", "-i", "-o", "-f", "terms-%d.txt" % size, "corpus/docs"],
                      cwd, matches, info, rows)
        row["kind"], row["size"], row["found"] = "rg", size, count_lines(matches)
    sample = os.path.join(ROOT, "Samples", "selaras.json5")
    report = os.path.join(out, "selaras-builtin.json")
    row = measure("selaras built-in packs + sample registry", [SELARAS, "check", "corpus/docs", "--config", sample,
                                                               "--format", "json"], cwd, report, info, rows)
    row["kind"], row["size"], row["found"] = "builtin", 0, findings(report)
    return info, rows, checks


def startup_runs(out):
    """Checking one small file: what an editor or a pre-commit hook waits for."""
    rows = []
    info = {"bytes": os.path.getsize(os.path.join(out, "corpus", "docs", "00000.txt")), "files": 1}
    log("== start-up (one %d-byte file)" % info["bytes"])
    commands = [("selaras %6d terms" % size, [SELARAS, "check", "corpus/docs/00000.txt", "--config", "config-%d.json5" % size])
                for size in SIZES]
    commands.append(("selaras  20000 terms, no cache", ["env", "SELARAS_NO_CACHE=1", SELARAS, "check", "corpus/docs/00000.txt",
                                                          "--config", "config-20000.json5"]))
    commands.append(("selaras built-in packs + sample registry",
                     [SELARAS, "check", "corpus/docs/00000.txt", "--config", os.path.join(ROOT, "Samples", "selaras.json5")]))
    commands += [("rg      %6d terms" % size, ["rg", "-F", "-w", "-i", "-o", "-f", "terms-%d.txt" % size, "corpus/docs/00000.txt"])
                 for size in SIZES]
    for label, command in commands:
        row = measure(label, command, out, os.devnull, info, rows, warmup=2)
        row["kind"] = label.split()[0]
    return rows


def table(title, rows):
    lines = ["", title, "%-44s %9s %9s %10s %9s %5s %8s" % ("command", "time (s)", "MB/s", "files/s", "peak MB", "runs", "found")]
    for row in rows:
        lines.append("%-44s %9.3f %9.1f %10.0f %9.1f %5d %8s" % (
            row["label"], row["seconds"], row["mbps"], row["filesps"], row["rss"], row["runs"], row.get("found", "")))
    return lines


def pick(rows, kind, size=None):
    for row in rows:
        if row.get("kind") == kind and (size is None or row.get("size") == size):
            return row
    return None


def verdict(ok):
    return "PASS" if ok else "FAIL"


def load_average():
    try:
        with open("/proc/loadavg") as handle:
            return " ".join(handle.read().split()[:3])
    except OSError:
        return "n/a"


def main():
    shutil.rmtree(CACHE, ignore_errors=True)
    os.environ["SELARAS_CACHE_DIR"] = CACHE
    load_before = load_average()
    small_info, small, checks = corpus_runs("small", 2000, SIZES)
    startup = startup_runs(os.path.join(BENCH, "out", "small"))
    large = None
    if os.environ.get("BENCH_LARGE") == "1":
        rg_sizes = SIZES if os.environ.get("BENCH_RG_SLOW") == "1" else [150]
        large_info, large, large_checks = corpus_runs("large", 50000, rg_sizes)
    version = subprocess.run([SELARAS, "--version"], capture_output=True, text=True).stdout.strip()
    rg_version = subprocess.run(["rg", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    lines = ["", "Selaras benchmark — %s, %s, %d cores, %s, %s" % (version or "selaras", platform.machine(), os.cpu_count(),
                                                                 rg_version, platform.platform()),
             "Load average before/after: %s / %s (other work on the machine inflates every time below)"
             % (load_before, load_average())]
    lines += table("Corpus small: %d files, %.1f MB (sha256 %s)" % (small_info["files"], small_info["bytes"] / 1e6,
                                                                    small_info["sha256"][:16]), small)
    lines += ["", "Exactness (selaras findings vs planted occurrences):"]
    lines += ["  %6d terms: %s" % check for check in checks]
    lines += table("Start-up: one file (time = whole run)", startup)
    if large:
        lines += table("Corpus large: %d files, %.1f MB" % (large_info["files"], large_info["bytes"] / 1e6), large)
        lines += ["  %6d terms: %s" % check for check in large_checks]

    s150, s20k = pick(small, "selaras", 150), pick(small, "selaras", 20000)
    rg150 = pick(small, "rg", 150)
    builtin = pick(small, "builtin")
    lines += ["", "Ratios (time of rg / time of selaras; > 1 means selaras is faster):"]
    for size in SIZES:
        selaras, rg = pick(small, "selaras", size), pick(small, "rg", size)
        if selaras and rg:
            lines.append("  %6d terms: %.2fx (rg %.1f MB/s, selaras %.1f MB/s)" % (size, rg["seconds"] / selaras["seconds"],
                                                                              rg["mbps"], selaras["mbps"]))
    growth = s20k["seconds"] / s150["seconds"]
    startup_20k = [r for r in startup if r["label"] == "selaras %6d terms" % 20000][0]
    startup_cold = [r for r in startup if "no cache" in r["label"]][0]
    startup_builtin = [r for r in startup if "built-in" in r["label"]][0]
    peak_mb = max(row["rss"] for row in small if row["kind"] in ("selaras", "builtin"))
    lines += ["", "Targets:"]
    lines.append("  %s 20,000-term pack at least as fast as rg with 150 terms: %.3f s vs %.3f s"
                 % (verdict(s20k["seconds"] <= rg150["seconds"]), s20k["seconds"], rg150["seconds"]))
    lines.append("  %s time from 150 to 20,000 terms grows at most 1.25x: %.2fx" % (verdict(growth <= 1.25), growth))
    startup_150 = [r for r in startup if r["label"] == "selaras %6d terms" % 150][0]
    check_growth = (s20k["seconds"] - startup_20k["seconds"]) / max(s150["seconds"] - startup_150["seconds"], 1e-9)
    lines.append("       (without the one-off pack compilation measured in start-up: %.2fx)" % check_growth)
    lines.append("  %s peak memory under 100 MB: %.1f MB" % (verdict(peak_mb < 100), peak_mb))
    lines.append("  %s built-in packs + sample registry at least 30 MB/s: %.1f MB/s" % (verdict(builtin["mbps"] >= 30), builtin["mbps"]))
    lines.append("  %s one file with the 20,000-term pack under 100 ms: %.0f ms (%.0f ms compiling without the cache)"
                 % (verdict(startup_20k["seconds"] < 0.1), startup_20k["seconds"] * 1000, startup_cold["seconds"] * 1000))
    lines.append("  %s one file with the built-in packs under 50 ms: %.0f ms" % (verdict(startup_builtin["seconds"] < 0.05),
                                                                               startup_builtin["seconds"] * 1000))
    if large:
        l20k = pick(large, "selaras", 20000)
        small_peak, large_peak = s20k["rss"], l20k["rss"]
        lines.append("  %s 200 MB corpus at >= 90%% of the small corpus's MB/s (20,000 terms): %.1f vs %.1f MB/s"
                     % (verdict(l20k["mbps"] >= 0.9 * s20k["mbps"]), l20k["mbps"], s20k["mbps"]))
        lines.append("  %s 200 MB corpus peak memory within 20%% of the small corpus's: %.1f vs %.1f MB"
                     % (verdict(abs(large_peak - small_peak) <= 0.2 * small_peak), large_peak, small_peak))
    else:
        lines.append("  (200 MB corpus not run: BENCH_LARGE=1 make bench)")
    lines.append("  %s exact planted occurrences found" % verdict(all(c[1].startswith("EXACT") for c in checks)))
    text = "\n".join(lines) + "\n"
    print(text)
    with open(os.path.join(BENCH, "out", "report.txt"), "w") as handle:
        handle.write(text)
    log("(report saved to bench/out/report.txt)")


if __name__ == "__main__":
    main()
