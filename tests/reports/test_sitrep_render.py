"""The report renders in English and French, as HTML and as an A4 PDF, from the command line too."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from report_checks import pdf_pages, pdf_text

from sahelwatch.reports import Locale, write_situation_report
from sahelwatch.reports.i18n import FR_THOUSANDS

SINCE = dt.date(2019, 1, 1)


def _run(main, argv) -> int:
    """Run the command as the shell would and return its exit code."""
    try:
        main(argv)
    except SystemExit as e:
        return int(e.code or 0)
    return 0


@pytest.fixture(scope="module")
def written(chronology_db, tmp_path_factory):
    """The chronology report since 2019, written in both languages (HTML, and PDF when WeasyPrint loads)."""
    from sahelwatch.reports.render import pdf_available
    from sahelwatch.store import open_store

    out = tmp_path_factory.mktemp("sitrep")
    pdf = pdf_available() is None
    with open_store(chronology_db, read_only=True) as st:
        return {lang: write_situation_report(st, since=SINCE, lang=lang, out_dir=out, pdf=pdf)
                for lang in ("en", "fr")}


def test_files_are_named_after_language_and_last_day(written, need_pdf):
    for lang, files in written.items():
        until = files.report.period.until.isoformat()
        assert files.html.name == f"sitrep-{lang}-{until}.html" and files.html.stat().st_size > 10_000
        assert files.pdf.name == f"sitrep-{lang}-{until}.pdf" and files.pdf.read_bytes().startswith(b"%PDF")


def test_both_languages_render_their_own_words_and_numbers(written):
    en = written["en"].html.read_text(encoding="utf-8")
    fr = written["fr"].html.read_text(encoding="utf-8")
    best = written["en"].report.headline.fatalities_best.current
    assert best >= 1000  # so that the thousands separator shows
    assert '<html lang="en">' in en and '<html lang="fr">' in fr
    assert "Key figures" in en and "Chiffres clés" in fr
    assert "Key figures" not in fr and "Chiffres clés" not in en
    assert f"{best:,}" in en
    assert f"{best:,}".replace(",", FR_THOUSANDS) in fr
    assert "1er janvier 2019" in fr and "1 January 2019" in en
    assert re.search(r"\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                     r"décembre) 20\d\d", fr)
    # charts embedded, one map and two trend figures, in each language
    for html in (en, fr):
        assert html.count('src="data:image/png;base64,') == 3


def test_pdf_has_several_a4_pages_with_the_headline_figures(written, need_pdf):
    for lang, files in written.items():
        pages, (width, height) = pdf_pages(files.pdf)
        assert pages >= 2
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)  # A4 in mm
        text = pdf_text(files.pdf)
        loc = Locale(lang)
        h = files.report.headline
        flat = re.sub(r"\s+", " ", text.replace(FR_THOUSANDS, " ").replace("\u00a0", " "))
        for change in (h.events, h.fatalities_best, h.civilian_events, h.civilian_fatalities):
            assert loc.number(change.current).replace(FR_THOUSANDS, " ") in flat
            if change.comparable:
                assert loc.number(change.previous).replace(FR_THOUSANDS, " ") in flat
        cmp = files.report.comparison
        if not cmp.comparable:  # no overall change: each source's own figures of both periods instead
            assert re.sub(r"\s+", " ", loc.t("change_not_compared")) in flat
            for s in cmp.sources:
                assert loc.number(s.records.previous).replace(FR_THOUSANDS, " ") in flat
        title = "Situation report" if lang == "en" else "Rapport de situation"
        assert title in flat


def test_the_command_writes_both_files_and_prints_json(chronology_db, tmp_path, need_pdf, capsys):
    from sahelwatch.cli import main

    assert _run(main, ["--db", str(chronology_db), "--json", "report", "--since", "2019-01-01", "--lang", "fr",
                       "--out", str(tmp_path), "--country", "BFA"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"html", "pdf", "period", "headline"}
    assert out["period"]["since"] == "2019-01-01"
    assert out["headline"]["countries"]["current"] == 1
    html = tmp_path / f"sitrep-fr-{out['period']['until']}.html"
    assert str(html) == out["html"] and html.exists() and (tmp_path / html.name.replace(".html", ".pdf")).exists()
    assert "pays\u00a0: BFA" in html.read_text(encoding="utf-8")


def test_the_command_refuses_an_unknown_language(chronology_db, tmp_path):
    from sahelwatch.cli import main

    assert _run(main, ["--db", str(chronology_db), "report", "--since", "2019-01-01", "--lang", "de",
                       "--out", str(tmp_path)]) == 2
    assert not list(tmp_path.iterdir())
