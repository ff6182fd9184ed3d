"""The dashboard loads nothing from outside the installed package, and what it loads ships with it."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = resources.files("sahelwatch.web") / "static"


def test_the_page_refers_only_to_files_of_the_package():
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"#][^"]*)"', html)
    assert refs
    for ref in refs:
        if ref.startswith("data:"):
            continue
        assert "://" not in ref and not ref.startswith("//"), ref
        assert (STATIC / ref).is_file(), ref


def test_scripts_fetch_nothing_remote():
    js = (STATIC / "app.js").read_text(encoding="utf-8")
    urls = set(re.findall(r"https?://[^\s\"']+", js))
    assert urls <= {"http://www.w3.org/2000/svg"}  # the SVG namespace name, never fetched
    css = (STATIC / "style.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css


def test_static_files_are_package_data():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["sahelwatch"]
    base = ROOT / "src" / "sahelwatch"
    files = [p for p in (base / "web" / "static").rglob("*") if p.is_file()]
    assert any(p.name == "maplibre-gl.js" for p in files) and any(p.name == "LICENSE.txt" for p in files)
    for p in files:
        rel = p.relative_to(base).as_posix()
        assert any(fnmatch(rel, pat) or fnmatch(p.name, pat.split("/")[-1]) for pat in patterns), rel
