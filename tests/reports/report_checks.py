"""Independent counts and PDF readers for the report tests (no sahelwatch code here)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest


def headline_by_hand(raw: pd.DataFrame, since: dt.date, until: dt.date, country: str | None = None) -> dict:
    """The headline numbers of [since, until] straight from the CSV rows, by the documented rules."""
    rows = raw[(raw["event_date"] >= since) & (raw["event_date"] <= until)]
    if country is not None:
        rows = rows[rows["country"] == country]
    best, low, high = rows["fatalities_best"], rows["fatalities_low"], rows["fatalities_high"]
    civ = rows["target_category"] == "civilians"
    a1 = rows.dropna(subset=["admin1"])
    return {
        "events": len(rows),
        "fatalities_best": int(best.sum()),
        "fatalities_low": int(low.fillna(best).sum()),
        "fatalities_high": int(high.fillna(best).fillna(low).sum()),
        "civilian_events": int(civ.sum()),
        "civilian_fatalities": int(best[civ].sum()),
        "countries": int(rows["country"].nunique()),
        "admin1": len(set(zip(a1["country"], a1["admin1"].str.strip().str.lower()))),
    }


def pdf_text(path: Path) -> str:
    """The PDF's text with pdftotext (poppler-utils); skip when it is not installed."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) not installed: cannot read the PDF's text")
    return subprocess.run([exe, "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> tuple[int, tuple[float, float]]:
    """The PDF's page count and first page size in points, with pdfinfo (poppler-utils)."""
    exe = shutil.which("pdfinfo")
    if exe is None:
        pytest.skip("pdfinfo (poppler-utils) not installed: cannot count the PDF's pages")
    out = subprocess.run([exe, str(path)], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    w, _, h = fields["Page size"].split()[:3]
    return int(fields["Pages"]), (float(w), float(h))
