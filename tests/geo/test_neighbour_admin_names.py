"""The neighbours' first-level units join whatever spelling a source gives them: ACLED's or a reporter's
English and French names ("Hodh Oriental", "Savanes District") land on one key in a real DuckDB store.

The rows are invented for this test (ACLED's column layout, no real event)."""

from __future__ import annotations

import csv

from sahelwatch.geo.admin_names import canonical_admin_name, filter_keys

COLUMNS = ("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,"
           "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,"
           "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3").split(",")


def _row(n, country, iso3, admin1, location, lat, lon):
    values = [str(n), "0", f"T{n}", str(n), "2024-03-02", "2024", "1", "Violence against civilians", "Attack",
              f"Unidentified Armed Group ({country})", "", "3", f"Civilians ({country})", "", "7", "37",
              "Western Africa", country, admin1, "", "", location, lat, lon, "1", "Test", "National",
              "Invented row.", "1", "1700000000", iso3]
    return dict(zip(COLUMNS, values))


def test_neighbour_units_spelled_two_ways_share_one_key_in_the_store(store, ingest, tmp_path):
    path = tmp_path / "neighbours.csv"
    rows = [_row(1, "Ivory Coast", "CIV", "Savanes District", "Kafolo", "9.6", "-4.3"),
            _row(2, "Ivory Coast", "CIV", "Savanes", "Kong", "9.15", "-4.6"),
            _row(3, "Mauritania", "MRT", "Hodh Oriental", "Fassala", "15.55", "-5.52"),
            _row(4, "Mauritania", "MRT", "Hodh Ech Chargui", "Bassikounou", "15.87", "-5.95")]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, COLUMNS)
        w.writeheader()
        w.writerows(rows)
    summary = ingest(path)
    assert summary.files[0].inserted == 4 and summary.files[0].rejected == 0
    got = store.con.execute("SELECT iso3, admin1_norm, count(*) FROM events GROUP BY 1, 2 ORDER BY 1").fetchall()
    assert got == [("CIV", "savanes", 2), ("MRT", "hodh ech chargui", 2)]


def test_a_filter_on_any_spelling_of_a_neighbours_unit_matches_its_key():
    assert "hodh ech chargui" in filter_keys(["Hodh el Chargui"], 1)
    assert "goh djiboua" in filter_keys(["Gôh-Djiboua District"], 1)
    assert canonical_admin_name("MRT", 1, "Guidimakha") == "Guidimaka"
    assert canonical_admin_name("CIV", 2, "Tchologo") == "Tchologo"
    assert canonical_admin_name("DZA", 1, "Tamanghasset") == "Tamanrasset"
