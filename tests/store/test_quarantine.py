"""A damaged copy of a real export keeps its good rows and quarantines the others, each with the
file, the line and a clear reason."""

from __future__ import annotations

import csv
import io

from tests.conftest import data_file

DYADIC = "acled/acled_mali_dyadic_1997-2018.csv"


def _damaged_copy(tmp_path):
    src = data_file(DYADIC)
    lines = src.read_bytes().split(b"\n")
    header = next(csv.reader([lines[0].decode()]))
    # only damage rows that span one physical line, so the expected line numbers are plain
    simple = [i for i in range(1, 200) if lines[i].count(b'"') % 2 == 0 and b"\n" not in lines[i]]
    rows = {i: next(csv.reader([lines[i].decode()])) for i in simple[:6]}
    t, d, la, cp, mc, ok = simple[:6]

    def enc(fields):
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow(fields)
        return out.getvalue().encode("utf-8")

    # 1. truncated line: cut in the middle of the quoted notes
    notes_at = lines[t].find(b',"')
    lines[t] = lines[t][: notes_at + 12]
    # 2. a bad date
    r = rows[d]; r[header.index("event_date")] = "2018-13-45"; lines[d] = enc(r)
    # 3. latitude 200
    r = rows[la]; r[header.index("latitude")] = "200"; lines[la] = enc(r)
    # 4. cp1252 text inside a UTF-8 file
    r = rows[cp]; r[header.index("location")] = "Ségou"; lines[cp] = enc(r).decode().encode("cp1252")
    # 5. a missing column (one field dropped)
    r = rows[mc]; del r[header.index("admin3")]; lines[mc] = enc(r)
    path = tmp_path / "damaged.csv"
    path.write_bytes(b"\n".join(lines))
    # physical line numbers are 1-based; lines[i] is line i + 1
    return path, {"truncated": t + 1, "date": d + 1, "lat": la + 1, "cp1252": cp + 1, "missing": mc + 1}


def test_damaged_copy_keeps_good_rows_and_quarantines_the_rest(store, ingest, tmp_path):
    path, where = _damaged_copy(tmp_path)
    s = ingest(path)
    f = s.files[0]
    assert f.rejected == 5
    assert f.inserted == 2456 - 5
    assert store.events.count() == 2451
    reasons = {r.line: r.reason for _, r in s.rejects}
    assert set(reasons) == set(where.values())
    assert "truncated" in reasons[where["truncated"]]
    assert "event_date '2018-13-45' is not a date" in reasons[where["date"]]
    assert "latitude 200 is out of range" in reasons[where["lat"]]
    assert "not valid UTF-8" in reasons[where["cp1252"]]
    assert "a column is missing" in reasons[where["missing"]]
    # the quarantine file holds each rejected row with file, line, reason and the raw record
    with open(s.quarantine, encoding="utf-8") as fh:
        q = list(csv.DictReader(fh))
    assert sorted(int(r["line"]) for r in q) == sorted(where.values())
    assert all(r["file"] == str(path) and r["reason"] and r["raw"] for r in q)
    # and so does the database
    assert store.con.execute("SELECT count(*) FROM rejections").fetchone()[0] == 5


def test_future_dates_wrong_country_and_negative_fatalities_are_rejected(store, ingest, tmp_path):
    rows = [
        "report_id,event_date,country,latitude,longitude,event_type,fatalities_best",
        "r1,2019-06-10,Burkina Faso,13.27,-0.10,Battles,3",  # fine: near Dori? no, in Burkina
        "r2,2031-01-01,Mali,14.49,-4.19,Battles,1",  # future
        "r3,2019-06-10,Mali,12.36,-1.53,Battles,1",  # Ouagadougou is not in Mali
        "r4,2019-06-10,Niger,13.51,2.11,Battles,-2",  # negative fatalities
        "r5,2019-06-10,Niger,13.51,2.11,Explosion,0",  # unknown event type
    ]
    p = tmp_path / "field.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    s = ingest(p)
    reasons = {r.line: r.reason for _, r in s.rejects}
    assert s.files[0].inserted == 1
    assert "in the future" in reasons[3]
    assert "lie outside Mali" in reasons[4]
    assert "fatalities_best -2 is negative" in reasons[5]
    assert "'Explosion' is not an ACLED event type" in reasons[6]
