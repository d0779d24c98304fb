#!/usr/bin/env python3
"""Generate a large, synthetic, integrity-clean Selaras registry for benchmarks.

Deterministic: the same --rows and --seed always give byte-identical files.
Usage: tools/registry-gen/generate.py --rows 100000 --out /tmp/registry-100k [--seed 1]

Every name is synthetic ("Pejabat 000123", "Dinas Contoh 42"); nothing here is a real fact.
Share of rows: officials 40 %, regulations 20 %, terms 20 %, agencies 10 %, figures 10 % (+ regions).
"""
import argparse
import csv
import os
import random

SRC = "SINTETIS: registry-gen"


def write(path, header, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    n = max(args.rows, 50)
    n_regions = 40
    n_agencies = n // 10
    n_officials = n * 4 // 10
    n_regulations = n // 5
    n_figures = n // 10
    n_terms = n - n_regions - n_agencies - n_officials - n_regulations - n_figures

    regions = [["prov-%02d" % i, "Provinsi Sintetis %02d" % i, "Prosin%02d" % i, "provinsi", "", SRC, "2025-06", ""]
               for i in range(n_regions)]
    write(os.path.join(args.out, "regions.csv"),
          ["id", "name", "short_forms", "kind", "parent", "source", "verified_as_of", "note"], regions)

    agencies = []
    kinds = ["dinas", "badan", "pemkab", "pemkot", "kanwil", "bumd"]
    for i in range(n_agencies):
        region = "prov-%02d" % (i % n_regions)
        row = ["ag-%06d" % i, "Dinas Contoh %06d Provinsi Sintetis %02d" % (i, i % n_regions),
               "Dinco %06d | DC%06d" % (i, i), kinds[i % len(kinds)], "", region, "", "", "", SRC,
               "2025-%02d" % (1 + i % 12), ""]
        # Every tenth agency is renamed: the next row carries the new name.
        if i % 10 == 0 and i + 1 < n_agencies:
            row[7] = "2023-%02d-15" % (1 + i % 12)
            row[8] = "ag-%06d" % (i + 1)
        if i % 10 == 1:
            row[6] = "2023-%02d-16" % (1 + (i - 1) % 12)
        if i % 10 not in (0, 1) and i > 10:
            row[4] = "ag-%06d" % (i - i % 10)
        agencies.append(row)
    write(os.path.join(args.out, "agencies.csv"),
          ["id", "name", "short_forms", "kind", "parent", "region", "valid_from", "valid_to", "successor", "source",
           "verified_as_of", "note"], agencies)

    officials = []
    roles = ["definitif", "definitif", "definitif", "Plt"]
    for i in range(n_officials):
        position_index, slot = divmod(i, 4)
        agency = "ag-%06d" % (position_index % n_agencies)
        year = 2010 + slot * 4
        role = roles[slot]
        # Slots 0-2 are consecutive definitif terms; slot 3 is an acting term of another position.
        position = "Kepala Dinas Contoh %06d" % position_index if role == "definitif" else \
            "Sekretaris Dinas Contoh %06d" % position_index
        valid_from = "%d-01-01" % year
        valid_to = "%d-12-31" % (year + 3) if slot < 2 else ""
        officials.append(["of-%06d" % i, "p-%06d" % rng.randrange(n_officials), "Pejabat %06d" % i,
                          rng.choice(["", "H.", "Dr.", "dr.", "Ir."]), rng.choice(["", "S.Sos. | M.Si.", "M.Kes."]),
                          "", position, agency, role, valid_from, valid_to, "", SRC, "2025-%02d-01" % (1 + i % 12), ""])
    write(os.path.join(args.out, "officials.csv"),
          ["id", "person", "full_name", "front_titles", "back_titles", "name_variants", "position", "agency", "role",
           "valid_from", "valid_to", "appointed_by", "source", "verified_as_of", "note"], officials, ";")

    regulations = []
    types = ["UU", "PP", "PERPRES", "PERGUB", "PERBUP", "PERDA", "PERMEN"]
    for i in range(n_regulations):
        type_ = types[i % len(types)]
        year = 1990 + (i // len(types)) % 35
        number = str(1 + i // (len(types) * 35))
        row = ["rg-%06d" % i, type_, "Penerbit Sintetis", number, str(year), "Judul Sintetis %06d" % i,
               "%d-%02d-%02d" % (year, 1 + i % 12, 1 + i % 28), "", "", "", "", SRC, "2025-05", ""]
        regulations.append(row)
    # Link some changes: every 50th is amended by a later one, every 97th revoked by a later one.
    for i in range(0, n_regulations - 245, 50):
        regulations[i][8] = regulations[i + 245][0]
    for i in range(3, n_regulations - 490, 97):
        regulations[i][9] = regulations[i + 490][0]
    write(os.path.join(args.out, "regulations.csv"),
          ["id", "type", "issuer", "number", "year", "title", "enacted", "aliases", "amended_by", "revoked_by",
           "revoked_on", "source", "verified_as_of", "note"], regulations)

    figures = [["fg-%06d" % i, "Angka sintetis %06d" % i, "pemicu sintetis %06d | angka contoh %06d" % (i, i),
                "%d,%d" % (rng.randrange(100000), rng.randrange(10)), "persen", "2024", "prov-%02d" % (i % n_regions),
                "2025-01", "0,1", SRC, "2025-03", ""] for i in range(n_figures)]
    write(os.path.join(args.out, "figures.csv"),
          ["id", "subject", "triggers", "value", "unit", "period", "region", "as_of", "tolerance", "source",
           "verified_as_of", "note"], figures)

    terms = [["tm-%06d" % i, "istilahsalah%06d" % i, "istilah salah %06d" % i, "deprecated", "istilahbaku%06d" % i,
              "", "", "", SRC, "2025-04"] for i in range(n_terms)]
    write(os.path.join(args.out, "terms.tsv"),
          ["id", "term", "variants", "status", "preferred", "valid_from", "valid_to", "note", "source",
           "verified_as_of"], terms, "\t")
    print("wrote %d rows to %s" % (n_regions + n_agencies + n_officials + n_regulations + n_figures + n_terms, args.out))


if __name__ == "__main__":
    main()
