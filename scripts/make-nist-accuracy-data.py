#!/usr/bin/env python3
"""Embeds the NIST StRD sets (univariate, one-way ANOVA, linear regression) into Sources/Accuracy/NISTData.swift.

`bunseki accuracy` runs every set from this file, so the program needs no data at run time. The NIST data and
certified values are public-domain works of the US government (https://www.itl.nist.gov/div898/strd/).

Input (default ../shared/data/nist beside the repository, or --source DIR): csv/NAME.csv (the data, the files'
own decimal text) and certified/NAME.json (certified values, their significant digits, the model); index.json
gives the sets and their order. The Double ceilings of the univariate and ANOVA sets (the best LRE a Double
input allows, from scripts/reference/nist_*_ceilings.py) come from Tests/AnalysisTests/Fixtures/nist/.

Each column is written as whitespace-separated decimal tokens, the CSV's own text, with two repeat forms so that
the large ANOVA sets (SmLs03/06/09: 18,009 rows each) stay small: `v*k` is v repeated k times, `(a b)*k` the
sequence a b repeated k times. Certified values are written with Python's repr of the JSON double, so they parse
to the same Double the tests read. Standard library only; run from the repository root:

    python3 scripts/make-nist-accuracy-data.py [--source ../shared/data/nist]
"""
import argparse
import csv
import json
import os

OUT = os.path.join("Sources", "Accuracy", "NISTData.swift")
CEILINGS = os.path.join("Tests", "AnalysisTests", "Fixtures", "nist")
PROCEDURES = {"univariate": "univariate", "one_way_anova": "oneWayANOVA", "linear_regression": "linearRegression"}
LINE = 110


def compress(tokens, longest_period=4):
    """Greedy run-length coding of repeated tokens and repeated short sequences."""
    out, i, n = [], 0, len(tokens)
    while i < n:
        best = None  # (saved tokens, period, repeats)
        for p in range(1, longest_period + 1):
            if i + 2 * p > n:
                break
            unit = tokens[i:i + p]
            k = 1
            while tokens[i + k * p:i + (k + 1) * p] == unit:
                k += 1
            saved = p * k - p
            if k >= 2 and saved >= 2 and (best is None or saved > best[0]):
                best = (saved, p, k)
        if best is None:
            out.append(tokens[i])
            i += 1
            continue
        _, p, k = best
        unit = tokens[i:i + p]
        out.append(f"{unit[0]}*{k}" if p == 1 else "(" + " ".join(unit) + f")*{k}")
        i += p * k
    return out


def expand(encoded):
    """The decoder, as the Swift one: checks that compress loses nothing."""
    out, tokens, i = [], encoded, 0
    while i < len(tokens):
        t = tokens[i]
        if t.startswith("("):
            unit = [t[1:]]
            while ")*" not in unit[-1]:
                i += 1
                unit.append(tokens[i])
            last, count = unit[-1].split(")*")
            unit[-1] = last
            out += unit * int(count)
        elif "*" in t:
            value, count = t.split("*")
            out += [value] * int(count)
        else:
            out.append(t)
        i += 1
    return out


def wrap(tokens, indent):
    lines, line = [], ""
    for t in tokens:
        if line and len(line) + 1 + len(t) > LINE:
            lines.append(line)
            line = t
        else:
            line = f"{line} {t}" if line else t
    if line:
        lines.append(line)
    return "\n".join(indent + l for l in lines)


def flatten(certified, digits, path=""):
    """(quantity, value, digits) in the order of the certified object; df entries are exact integers, left out."""
    if isinstance(certified, dict):
        for key, value in certified.items():
            if key == "df":
                continue
            yield from flatten(value, digits.get(key) if isinstance(digits, dict) else None,
                               f"{path}.{key}" if path else key)
    elif isinstance(certified, list):
        for i, value in enumerate(certified):
            yield from flatten(value, digits[i] if isinstance(digits, list) else None, f"{path}[{i}]")
    else:
        yield path, certified, digits


def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", default=os.path.join("..", "shared", "data", "nist"))
    args = parser.parse_args()
    with open(os.path.join(args.source, "certified", "index.json")) as fh:
        index = json.load(fh)
    ceilings = {}
    for name in ("univariate_ceilings.json", "anova_ceilings.json"):
        with open(os.path.join(CEILINGS, name)) as fh:
            ceilings.update(json.load(fh))

    entries, raw_bytes = [], 0
    for item in index:
        name = item["dataset"]
        with open(os.path.join(args.source, "certified", name + ".json")) as fh:
            doc = json.load(fh)
        with open(os.path.join(args.source, "csv", name + ".csv"), newline="") as fh:
            rows = list(csv.reader(fh))
        raw_bytes += sum(len(",".join(r)) + 1 for r in rows)
        header, body = rows[0], rows[1:]
        assert len(body) == doc["n"], name
        columns = []
        for c, column in enumerate(header):
            tokens = [r[c] for r in body]
            for t in tokens:
                float(t)  # every token is a plain decimal number
            encoded = compress(tokens)
            assert expand(" ".join(encoded).split()) == tokens, name
            columns.append((column, encoded))
        values = []
        for quantity, value, digits in flatten(doc["certified"], doc["certified_digits"]):
            ceiling = ceilings.get(name, {}).get(quantity)
            values.append((quantity, None if value is None else repr(float(value)), digits, ceiling))
        model = doc.get("model")
        entries.append((name, doc, columns, values, model))

    out = ["// Generated by scripts/make-nist-accuracy-data.py from the NIST Statistical Reference Datasets",
           "// (https://www.itl.nist.gov/div898/strd/; public-domain works of the US government). Do not edit.",
           "// Columns: decimal tokens as in the data files; `v*k` repeats v k times, `(a b)*k` repeats a b k times.",
           "",
           "extension NISTDataset {",
           "    /// Every set, in NIST's order: univariate, linear regression, one-way ANOVA.",
           "    public static let all: [NISTDataset] = [",
           ]
    for name, doc, columns, values, model in entries:
        out.append("        NISTDataset(")
        out.append(f"            name: {swift_string(name)}, procedure: .{PROCEDURES[doc['procedure']]}, "
                   f"difficulty: .{doc['difficulty']}, observations: {doc['n']},")
        if model:
            terms = ", ".join(swift_string(t) for t in model["terms"])
            out.append(f"            model: NISTDataset.Model(terms: [{terms}], intercept: {str(model['intercept']).lower()}),")
        else:
            out.append("            model: nil,")
        out.append("            certified: [")
        for quantity, value, digits, ceiling in values:
            v = swift_string(value) if value is not None else "nil"
            d = digits if digits is not None else "nil"
            cap = repr(float(ceiling)) if ceiling is not None else "nil"
            out.append(f"                NISTDataset.Certified(quantity: {swift_string(quantity)}, value: {v}, digits: {d}, ceiling: {cap}),")
        out.append("            ],")
        out.append("            columns: [")
        for column, encoded in columns:
            out.append(f"                NISTDataset.Column(name: {swift_string(column)}, encoded: #\"\"\"")
            out.append(wrap(encoded, "                    "))
            out.append("                    \"\"\"#),")
        out.append("            ]),")
    out += ["    ]", "}", ""]
    text = "\n".join(out)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as fh:
        fh.write(text)
    print(f"{len(entries)} sets, {raw_bytes} bytes of CSV -> {OUT} ({len(text.encode())} bytes)")


if __name__ == "__main__":
    main()
