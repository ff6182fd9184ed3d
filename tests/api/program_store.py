"""A small store of invented programs on invented admin2 units (no polygons), shared by the API and
browser tests of the programs map: Mopti and Ségou are bundled admin1 regions, "Région Imaginaire"
is not, so one area has no point to draw."""

from __future__ import annotations

from pathlib import Path

ADMIN1 = "admin1Pcode,admin1Name_fr\nML05,Mopti\nML04,Ségou\nML91,Région Imaginaire\n"
ADMIN2 = ("admin2Pcode,admin2Name_fr,admin1Pcode,admin1Name_fr\n"
          "ML0581,Kanibozo,ML05,Mopti\nML0582,Sarewali,ML05,Mopti\nML0481,Toumadiéna,ML04,Ségou\n"
          "ML9181,Nullepart,ML91,Région Imaginaire\n")
HEADER = "program_id,title,organisation,sector,program_type,country,admin1,admin2,admin2_pcode,start,end,budget_usd,source_url\n"
PROGRAMS = (HEADER
            + "inv-1,Dialogue entre éleveurs et agriculteurs,ONG Inventée,médiation,dialogue_mediation,MLI,Mopti,Kanibozo,ML0581,2019-01-01,2021-06-30,120000,\n"
            + "inv-1,Dialogue entre éleveurs et agriculteurs,ONG Inventée,médiation,dialogue_mediation,MLI,Mopti,Sarewali,ML0582,2019-04-01,2021-06-30,120000,\n"
            + "inv-2,Radio des jeunes,Radio Fictive,radio,radio_media,MLI,Mopti,Kanibozo,ML0581,2020-02-01,2022-01-31,,\n"
            + "inv-3,Emplois pour les jeunes,Fonds Imaginaire,emploi des jeunes,youth_livelihoods,MLI,Ségou,Toumadiéna,ML0481,2021-03-01,2023-02-28,,\n"
            + "inv-3,Emplois pour les jeunes,Fonds Imaginaire,emploi des jeunes,youth_livelihoods,MLI,Région Imaginaire,Nullepart,ML9181,2021-03-01,2023-02-28,,\n")


def build(directory: Path, db: Path) -> None:
    """Import the invented units and programs into ``db`` (events may already be there)."""
    from sahelwatch.geo.boundaries import import_boundaries
    from sahelwatch.programs import import_programs
    from sahelwatch.store import open_store

    (directory / "adm1.csv").write_text(ADMIN1, encoding="utf-8")
    (directory / "adm2.csv").write_text(ADMIN2, encoding="utf-8")
    (directory / "programs.csv").write_text(PROGRAMS, encoding="utf-8")
    with open_store(db) as store:
        for level in (1, 2):
            import_boundaries(store, directory / f"adm{level}.csv", level=level, iso3="MLI")
        summary = import_programs(store, [directory / "programs.csv"], quarantine_dir=directory / "q")
    assert summary.as_dict()["rejected"] == 0, summary.rejects
