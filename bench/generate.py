#!/usr/bin/env python3
"""Deterministic generator of the Selaras benchmark: Indonesian-like press releases with wrong
terms planted at known places, term lists of several sizes, and the packs that check them.

Everything comes from one seeded xorshift generator written here (not Python's `random`), so
the same arguments give byte-identical output on any Python 3. Nothing here is committed: the
corpus is rebuilt on demand (see bench/run.sh), and a digest of it is printed and stored.

Layout written under OUT (default bench/out/<name>):
  corpus/docs/NNNNN.txt|md    the releases (about 4.3 KB each; 25 % Markdown with front matter)
  terms-N.txt                 wrong forms, one a line (for rg -F -w -i -f)
  packs/terms-N/              pack.json5 + istilah.json5 (substitution) + istilah.tsv
  config-N.json5              selaras configuration naming only that pack
  manifest.jsonl              one planted occurrence a line: path, line, column, endLine,
                              endColumn (1-based, columns in Unicode scalars, end exclusive),
                              match, rank (index of the term in the list), kind
  corpus.json                 file count, bytes, digest, list sizes
"""

import argparse
import bisect
import hashlib
import json
import os
import sys

MASK64 = (1 << 64) - 1


class Random:
    """xorshift64* — small, fast enough, and identical everywhere."""

    def __init__(self, seed):
        self.state = (seed * 0x9E3779B97F4A7C15 + 0x2545F4914F6CDD1D) & MASK64 or 1

    def next(self):
        x = self.state
        x ^= x >> 12
        x ^= (x << 25) & MASK64
        x ^= x >> 27
        self.state = x
        return (x * 0x2545F4914F6CDD1D) & MASK64

    def below(self, n):
        return self.next() % n

    def chance(self, percent):
        return self.below(1000) < percent * 10

    def pick(self, items):
        return items[self.below(len(items))]


ONSETS = ["b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y",
          "ng", "ny", "kh", "sy", "", "", "b", "k", "m", "p", "s", "t"]
VOWELS = ["a", "a", "a", "i", "i", "u", "u", "e", "o"]
CODAS = ["", "", "", "", "n", "ng", "r", "s", "k", "t", "l", "h", "m"]
PREFIXES = ["", "", "", "", "me", "mem", "men", "meng", "ber", "di", "ke", "pe", "pen", "ter", "se"]
SUFFIXES = ["", "", "", "", "", "kan", "an", "i", "nya"]
FUNCTION_WORDS = (
    "yang dan di ke dari untuk dengan pada ini itu dalam akan oleh tidak juga telah sudah "
    "serta atau bagi para agar karena sebagai kepada bahwa dapat lebih masih ada secara "
    "tersebut adalah hingga antara setelah sejak tahun kota daerah provinsi kabupaten "
    "pemerintah masyarakat warga program kegiatan pelayanan kesehatan pendidikan rapat "
    "kepala dinas bupati gubernur camat lurah desa kecamatan selasa rabu kamis jumat senin "
    "sabtu minggu januari februari maret april mei juni juli agustus september oktober "
    "november desember ribu juta miliar persen rupiah anak sekolah jalan pasar bantuan"
).split()


def syllable(rng):
    return rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS)


def stem(rng, low, high):
    return "".join(syllable(rng) for _ in range(low + rng.below(high - low + 1)))


def build_vocabulary(rng, filler_count, term_count, multi_percent):
    """Filler words, single-word terms and multi-word terms, pairwise disjoint.

    A multi-word term is a filler word followed by a word used nowhere else (`wali kota`
    style), so filler text can never form one by accident while the trie is still walked
    from common words."""
    filler = list(FUNCTION_WORDS)
    seen = set(filler)
    while len(filler) < filler_count:
        word = rng.pick(PREFIXES) + stem(rng, 1, 3) + rng.pick(SUFFIXES)
        if len(word) >= 2 and word not in seen:
            seen.add(word)
            filler.append(word)
    terms = []
    while len(terms) < term_count:
        multi = rng.chance(multi_percent)
        word = stem(rng, 2, 4)
        if word in seen or len(word) < 4:
            continue
        seen.add(word)
        terms.append((filler[rng.below(400)] + " " + word) if multi else word)
    return filler, terms


def correct_form(rng, wrong):
    """The 'standard' form: the last word with one vowel changed (never equal to the term)."""
    head, _, last = wrong.rpartition(" ")
    positions = [i for i, c in enumerate(last) if c in "aiueo"] or [len(last) - 1]
    i = positions[rng.below(len(positions))]
    replacement = {"a": "e", "i": "e", "u": "o", "e": "i", "o": "u"}.get(last[i], "a")
    fixed = last[:i] + replacement + last[i + 1:]
    return (head + " " + fixed) if head else fixed


class Zipf:
    def __init__(self, count, exponent=1.05):
        total = 0.0
        self.cumulative = []
        for rank in range(1, count + 1):
            total += 1.0 / rank ** exponent
            self.cumulative.append(total)
        self.total = total

    def draw(self, rng):
        point = rng.below(1 << 30) / float(1 << 30) * self.total
        return min(bisect.bisect_right(self.cumulative, point), len(self.cumulative) - 1)


AGENCIES = ["diskominfo-kalsel", "dinkes-kalsel", "pemkot-banjarbaru", "polda-kalsel", "bappeda-kalsel"]
CITIES = ["BANJARMASIN", "BANJARBARU", "MARTAPURA", "BARABAI", "KOTABARU", "TANJUNG"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


class Writer:
    """Builds one file as a list of strings, tracking the Unicode-scalar offset for the manifest."""

    def __init__(self):
        self.parts = []
        self.length = 0
        self.spans = []

    def add(self, text):
        self.parts.append(text)
        self.length += len(text)

    def plant(self, text, rank, kind):
        self.spans.append((self.length, self.length + len(text), text, rank, kind))
        self.add(text)

    def text(self):
        return "".join(self.parts)


def line_column(text, line_starts, offset):
    line = bisect.bisect_right(line_starts, offset) - 1
    return line + 1, offset - line_starts[line] + 1


class CorpusGenerator:
    def __init__(self, rng, filler, terms, plant_ranks):
        self.rng = rng
        self.filler = filler
        self.terms = terms
        self.zipf = Zipf(len(filler))
        self.plant_ranks = plant_ranks  # [(limit, percent)] choose a rank below limit with that weight

    def word(self):
        return self.filler[self.zipf.draw(self.rng)]

    def planted_rank(self):
        point = self.rng.below(100)
        low = 0
        for limit, percent in self.plant_ranks:
            if point < percent:
                return low + self.rng.below(limit - low)
            point -= percent
            low = limit
        return self.rng.below(len(self.terms))

    def plant(self, out, capitalise_first):
        """Plants one wrong term, in one of the shapes a real release has."""
        rng = self.rng
        rank = self.planted_rank()
        term = self.terms[rank]
        roll = rng.below(100)
        if " " in term and roll < 30:
            head, last = term.split(" ", 1)
            text, kind = head + "\n" + last, "line-break"
        elif roll < 15:
            text, kind = term.upper(), "upper"
        elif roll < 40 or capitalise_first:
            text, kind = term[0].upper() + term[1:], "capitalised"
        else:
            text, kind = term, "lower"
        if " " in term and kind != "line-break":
            kind += "-multi"
        out.plant(text, rank, kind)

    def sentence(self, out, plant_every):
        rng = self.rng
        count = 8 + rng.below(14)
        for index in range(count):
            first = index == 0
            if index > 0:
                out.add(", " if rng.chance(7) else " ")
            if rng.below(plant_every) == 0:
                self.plant(out, first)
                continue
            roll = rng.below(1000)
            if roll < 25:
                word = str(1 + rng.below(2000))
            elif roll < 35:
                word = "Rp" + str(1 + rng.below(900)) + "." + str(rng.below(900) + 100) + ".000"
            elif roll < 45:
                word = "“" + self.word() + " " + self.word() + "”"
            elif roll < 50:
                base = self.word()
                word = base + "-" + base
            elif roll < 53:
                word = self.word() + "\u00a0" + str(1 + rng.below(30))
            elif roll < 56:
                word = "—"
            else:
                word = self.word()
            if first or rng.chance(3):
                word = word[0].upper() + word[1:]
            out.add(word)
        out.add("." if rng.below(12) else "?")

    def document(self, index, target_size, plant_every):
        rng = self.rng
        markdown = index % 4 == 3
        out = Writer()
        day, month, year = 1 + rng.below(28), rng.below(12), 2023 + rng.below(3)
        if markdown:
            out.add("---\n")
            out.add("agency: " + rng.pick(AGENCIES) + "\n")
            out.add("date: %04d-%02d-%02d\n" % (year, month + 1, day))
            out.add("title: " + " ".join(self.word() for _ in range(5)) + "\n")
            out.add("---\n\n# " + " ".join(self.word().capitalize() for _ in range(6)) + "\n\n")
        out.add(rng.pick(CITIES) + " — ")
        out.add("Pada %d %s %d, " % (day, MONTHS[month], year))
        while out.length < target_size:
            sentences = 2 + rng.below(5)
            for number in range(sentences):
                if number:
                    out.add("\n" if rng.chance(12) else " ")
                self.sentence(out, plant_every)
            out.add("\n\n")
        return out, ".md" if markdown else ".txt"


def write_if_changed(path, data):
    if os.path.exists(path):
        with open(path, "rb") as handle:
            if handle.read() == data:
                return
    with open(path, "wb") as handle:
        handle.write(data)


def write_lists(out_dir, terms, pairs, sizes, rules_note):
    for size in sizes:
        listed = terms[:size]
        write_if_changed(os.path.join(out_dir, "terms-%d.txt" % size), ("\n".join(listed) + "\n").encode())
        pack = os.path.join(out_dir, "packs", "terms-%d" % size)
        os.makedirs(pack, exist_ok=True)
        write_if_changed(os.path.join(pack, "pack.json5"), (
            "// Generated by bench/generate.py: %d benchmark term pairs.\n"
            "{\n  id: \"bench%d\",\n  name: \"Benchmark %d\",\n  version: \"0.0.1\",\n"
            "  description: \"Generated term list for the benchmark.\",\n  language: \"id\",\n"
            "  maintainer: \"bench\",\n  rules: [\"*.json5\"],\n}\n" % (size, size, size)).encode())
        write_if_changed(os.path.join(pack, "istilah.json5"), (
            "// %s\n{\n  id: \"istilah\",\n  kind: \"substitution\",\n  level: \"error\",\n"
            "  message: \"Gunakan '{expected}', bukan '{match}'.\",\n"
            "  description: \"Generated benchmark terms.\",\n  params: { table: \"istilah.tsv\" },\n"
            "  examples: { bad: [\"Kata «%s» keliru.\"], good: [\"Kata %s benar.\"] },\n}\n"
            % (rules_note, pairs[0][0], pairs[0][1])).encode())
        rows = ["tidak_baku\tbaku"] + ["%s\t%s" % pair for pair in pairs[:size]]
        write_if_changed(os.path.join(pack, "istilah.tsv"), ("\n".join(rows) + "\n").encode())
        write_if_changed(os.path.join(out_dir, "config-%d.json5" % size), (
            "// Generated: only the benchmark pack, so built-in packs do not blur the numbers.\n"
            "{ packs: [\"packs/terms-%d\"], minLevel: \"suggestion\" }\n" % size).encode())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="output directory")
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--size", type=int, default=4100, help="mean bytes per file (before the last paragraph)")
    parser.add_argument("--seed", type=int, default=20250610)
    parser.add_argument("--lists", default="150,2000,20000", help="term list sizes (each a prefix of the next)")
    parser.add_argument("--plant-every", type=int, default=600, help="about one planted term per N words (about one per file)")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.lists.split(","))
    os.makedirs(args.out, exist_ok=True)

    vocabulary_rng = Random(args.seed)
    filler, terms = build_vocabulary(vocabulary_rng, 6000, sizes[-1], multi_percent=10)
    pairs = [(term, correct_form(vocabulary_rng, term)) for term in terms]
    write_lists(args.out, terms, pairs, sizes, "Generated by bench/generate.py (seed %d)." % args.seed)

    # Most planted terms come from the 150 shared by every list, so every run reports nearly the
    # same findings and time differences come from the list size; the rest test the long lists.
    plant_ranks = [(sizes[0], 90)] + ([(sizes[1], 5)] if len(sizes) > 1 else []) + [(sizes[-1], 5)]
    generator = CorpusGenerator(Random(args.seed + 1), filler, terms, plant_ranks)
    docs = os.path.join(args.out, "corpus", "docs")
    os.makedirs(docs, exist_ok=True)
    digest = hashlib.sha256()
    total = 0
    size_rng = Random(args.seed + 2)
    with open(os.path.join(args.out, "manifest.jsonl.tmp"), "w") as manifest:
        for index in range(args.files):
            target = args.size // 2 + size_rng.below(args.size)
            out, extension = generator.document(index, target, args.plant_every)
            text = out.text()
            relative = "docs/%05d%s" % (index, extension)
            data = text.encode()
            write_if_changed(os.path.join(args.out, "corpus", relative), data)
            digest.update(relative.encode() + b"\0" + data)
            total += len(data)
            starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
            for start, end, match, rank, kind in out.spans:
                line, column = line_column(text, starts, start)
                end_line, end_column = line_column(text, starts, end)
                manifest.write(json.dumps({
                    "path": relative, "line": line, "column": column, "endLine": end_line,
                    "endColumn": end_column, "match": match, "rank": rank, "kind": kind,
                }, ensure_ascii=False) + "\n")
    os.replace(os.path.join(args.out, "manifest.jsonl.tmp"), os.path.join(args.out, "manifest.jsonl"))
    info = {"files": args.files, "bytes": total, "sha256": digest.hexdigest(), "seed": args.seed,
            "lists": sizes, "plantEvery": args.plant_every}
    with open(os.path.join(args.out, "corpus.json"), "w") as handle:
        json.dump(info, handle, indent=1)
    print("generated %d files, %.1f MB, sha256 %s" % (args.files, total / 1e6, info["sha256"][:16]), file=sys.stderr)


if __name__ == "__main__":
    main()
