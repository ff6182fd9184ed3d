"""Seeded damage for real rows: the mutations a fuzzer applies to records of the shared exports.

Every function takes a :class:`random.Random`, so a corpus is the same on every run for a seed.
Nothing here is written to the repository: corpora are built in a test's temporary folder.
"""

from __future__ import annotations

import csv
import io
import random

#: values that have broken readers: huge and odd numbers, control characters, quotes, long text
NASTY = [
    "1" * 40, "-" + "9" * 40, "1e400", "-1e400", "nan", "NaN", "inf", "-Infinity", "1e-400", "0x1F", "１２",
    "2147483648", "-2147483649", "9223372036854775808", "3.0", "3.5", "-0", "+7", " 12 ", "1,5", "",
    "\x00", "\x1b[31m", "\x0b\x0c", "\u200b", "\ufeff", "\u202e", "'", '"', '""', "a\rb", "\t",
    "9999-99-99", "0000-00-00", "2018-02-30", "31/12/99999", "1 Smarch 2018", "x" * 5000,
    "Tombouctou", "Ménaka", "😀", "\udcff".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
    "[1, 2]", "{\"a\": 1}", "null", "true", "NULL", "N/A", "-", "?",
]
#: byte-level damage: invalid UTF-8, NUL, lone continuation bytes, a cp1252 letter
BAD_BYTES = [b"\xff\xfe", b"\xc3", b"\x80", b"\x00", b"\xe9", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]

KINDS = ("field", "field", "field", "truncate", "bytes", "quote", "comma", "control", "huge")


def format_row(fields: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(fields)
    return out.getvalue()


def mutate_fields(rng: random.Random, fields: list[str]) -> list[str]:
    """Replace one to three fields with a nasty value or random text."""
    fields = list(fields)
    for _ in range(rng.randint(1, 3)):
        k = rng.randrange(len(fields))
        r = rng.random()
        if r < 0.6:
            fields[k] = rng.choice(NASTY)
        elif r < 0.8:
            fields[k] = "".join(chr(rng.randint(1, 0x2FF)) for _ in range(rng.randint(0, 30)))
        else:
            fields[k] = str(rng.randint(-10**rng.randint(1, 45), 10**rng.randint(1, 45)))
    return fields


def mutate_line(rng: random.Random, line: bytes) -> tuple[bytes, str]:
    """One physical CSV line damaged in one of several ways; returns it with the kind of damage.
    The result never holds a line break, so every line of a corpus is one record."""
    kind = rng.choice(KINDS)
    if kind in ("field", "huge"):
        fields = next(csv.reader([line.decode("utf-8", "replace")]))
        if kind == "huge":
            k = rng.randrange(len(fields))
            fields[k] = rng.choice(["1" * 40, "-" + "9" * 39, "1" * 400, "1e999"])
        else:
            fields = mutate_fields(rng, fields)
        out = format_row(fields).encode("utf-8", "surrogatepass")
    elif kind == "truncate":
        out = line[: rng.randrange(len(line))] if line else line
    elif kind == "bytes":
        k = rng.randrange(len(line) + 1)
        out = line[:k] + rng.choice(BAD_BYTES) + line[k:]
    elif kind == "quote":
        k = rng.randrange(len(line) + 1)
        out = line[:k] + b'"' * rng.randint(1, 3) + line[k:]
    elif kind == "comma":
        k = rng.randrange(len(line) + 1)
        out = line[:k] + (b"," if rng.random() < 0.5 else b"") + line[k + (0 if rng.random() < 0.5 else 1):]
    else:  # control characters
        k = rng.randrange(len(line) + 1)
        out = line[:k] + bytes([rng.choice([0, 1, 7, 8, 11, 12, 27, 127])]) + line[k:]
    return out.replace(b"\r", b" ").replace(b"\n", b" "), kind


def physical_records(data: bytes) -> tuple[bytes, list[bytes]]:
    """The header line and the one-line records of a CSV file (records spanning lines are left out)."""
    lines = data.split(b"\n")
    header, rows = lines[0].rstrip(b"\r"), []
    for ln in lines[1:]:
        ln = ln.rstrip(b"\r")
        if ln and ln.count(b'"') % 2 == 0:
            rows.append(ln)
    return header, rows


def damaged_csv(rng: random.Random, data: bytes, n_rows: int, share: float = 0.5) -> tuple[bytes, int]:
    """A CSV of ``n_rows`` records drawn from ``data``'s one-line records, about ``share`` of them
    damaged. Returns the bytes and the number of damaged rows."""
    header, rows = physical_records(data)
    picked = [rng.choice(rows) for _ in range(n_rows)]
    out, damaged = [header], 0
    for line in picked:
        if rng.random() < share:
            line, _ = mutate_line(rng, line)
            damaged += 1
        out.append(line)
    return b"\n".join(out) + b"\n", damaged
