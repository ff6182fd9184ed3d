"""The dashboard loads nothing from outside the installed package, and what it loads ships with it."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = resources.files("sahelwatch.web") / "static"


def test_the_pages_refer_only_to_files_of_the_package():
    html = (STATIC / "index.html").read_text(encoding="utf-8") + (STATIC / "cases.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"#][^"]*)"', html)
    assert refs
    for ref in refs:
        if ref.startswith("data:") or ref == "./":  # the dashboard itself
            continue
        assert "://" not in ref and not ref.startswith("//"), ref
        assert (STATIC / ref).is_file(), ref


def test_both_pages_load_the_map_library_through_one_loader():
    for page, script in (("index.html", "app.js"), ("cases.html", "cases.js")):
        html = (STATIC / page).read_text(encoding="utf-8")
        assert html.index('src="maploader.js"') < html.index(f'src="{script}"'), page
    naming = [p.name for p in (STATIC).iterdir() if p.name.endswith(".js")
              and "maplibre-gl.js" in p.read_text(encoding="utf-8")]
    assert naming == ["maploader.js"]
    for script in ("app.js", "cases.js"):
        js = (STATIC / script).read_text(encoding="utf-8")
        assert "new maplibregl.Map" not in js and "sahelwatchMaps.blankMap" in js, script


def test_scripts_fetch_nothing_remote():
    js = "".join((STATIC / f).read_text(encoding="utf-8") for f in ("app.js", "cases.js", "maploader.js"))
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
