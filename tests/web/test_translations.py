"""Every interface string of the dashboard has an English and a French translation."""

from __future__ import annotations

import json
import re
from importlib import resources


def _static(name: str) -> str:
    return (resources.files("sahelwatch.web") / "static" / name).read_text(encoding="utf-8")


def test_every_interface_key_is_translated_in_both_languages():
    table = json.loads(_static("i18n.json"))
    html, js = _static("index.html") + _static("cases.html"), _static("app.js") + _static("cases.js")
    used = set(re.findall(r'data-i18n(?:-aria)?="([a-z0-9_]+)"', html)) | set(re.findall(r'\bt\("([a-z0-9_]+)"', js))
    assert len(used) > 30
    for lang in ("en", "fr"):
        missing = sorted(k for k in used if not str(table[lang].get(k, "")).strip())
        assert not missing, f"{lang}: no translation for {missing}"
    assert set(table["en"]) == set(table["fr"])


def test_no_visible_text_in_the_page_escapes_translation():
    html = _static("index.html")
    body = html[html.index("<body>"):html.index("<script")]
    # text between tags, on elements that carry no data-i18n key
    for m in re.finditer(r"<([a-z0-9]+)([^>]*)>([^<]+)<", body):
        tag, attrs, text = m.groups()
        if text.strip() and text.strip() not in ("–",):
            assert "data-i18n=" in attrs, f"untranslated text {text.strip()!r} in <{tag}{attrs}>"
