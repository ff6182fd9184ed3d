import datetime as dt
import json

from sahelwatch.extraction import Document, extract_file


def one(extractor, text, lang="fr", published=dt.date(2019, 11, 3)):
    return extractor.extract(Document("x", text, lang, published))


def test_background_numbers_and_places_are_not_the_event(extractor):
    r = one(extractor, "Des combattants de la katiba Macina ont abattu jeudi un cultivateur à Saré-Malé, dans le "
                       "cercle de Djenné. La veille, trois soldats maliens avaient été tués près de Boni.",
            published=dt.date(2018, 10, 12))
    assert len(r.events) == 1
    e = r.events[0]
    assert e.fatalities["best"] == 1 and e.location["admin2"] == "Djenne" and e.event_date == "2018-10-11"
    assert e.perpetrator.canonical_id == "katiba_macina"


def test_two_events_in_one_text(extractor):
    r = one(extractor, "Au moins cinquante-trois soldats ont été tués vendredi dans l'attaque du camp d'Indelimane, "
                       "dans le cercle d'Ansongo. Par ailleurs, un soldat français a été tué samedi par l'explosion "
                       "d'un engin explosif près de Ménaka.")
    assert [e.sub_event_type for e in r.events] == ["Armed clash", "Remote explosive/landmine/IED"]
    assert [e.event_date for e in r.events] == ["2019-11-01", "2019-11-02"]


def test_no_event_text_gives_an_empty_list(extractor):
    r = one(extractor, "Le Conseil de sécurité a prorogé jeudi d'un an le mandat de la Minusma.")
    assert r.events == () and r.status == "no_event"


def test_every_event_field_carries_evidence_inside_the_text(extractor):
    text = "Des hommes armés ont tendu lundi une embuscade à une patrouille près de Djibo, dans la province du Soum, tuant douze soldats."
    e = one(extractor, text, published=dt.date(2019, 8, 20)).events[0]
    fields = {ev.field for ev in e.evidence}
    assert {"event_date", "fatalities", "location", "sub_event_type", "tactic"} <= fields
    assert all(0 <= ev.start < ev.end <= len(text) for ev in e.evidence)
    assert e.tactic == "ambush" and 0 < e.confidence <= 1
    assert set(e.field_confidence) >= {"event_date", "location", "fatalities", "sub_event_type"}


def test_claim_gives_claimed_attribution(extractor):
    e = one(extractor, "L'État islamique au Grand Sahara a revendiqué l'attaque de mardi contre le camp d'Inates, "
                       "dans la région de Tillabéri, où soixante et onze soldats ont été tués.",
            published=dt.date(2019, 12, 12)).events[0]
    assert e.attribution == "claimed" and e.perpetrator.canonical_id == "isgs"


def test_bad_lines_are_reported_and_the_run_goes_on(tmp_path, extractor):
    src = tmp_path / "in.jsonl"
    good = {"id": "ok", "text": "Two soldiers were killed on Monday near Boni.", "lang": "en", "published": "2019-05-15"}
    with open(src, "wb") as fh:
        fh.write((json.dumps(good) + "\n").encode())
        fh.write(b'{"id": "empty", "text": "", "lang": "fr"}\n')
        fh.write(b"{not json\n")
        fh.write(b'{"id": "bytes", "text": "caf\xe9"}\n')
        fh.write((json.dumps({"id": "big", "text": "a " * 600_000}) + "\n").encode())
        fh.write((json.dumps({"id": "de", "text": "Der Bürgermeister hat heute eine neue Schule eröffnet und die Kinder freuen sich sehr darüber."}) + "\n").encode())
        fh.write((json.dumps({"id": "date", "text": "x", "published": "15/05/2019"}) + "\n").encode())
        fh.write((json.dumps(good | {"id": "ok2"}) + "\n").encode())
    out = tmp_path / "out.jsonl"
    summary = extract_file(src, out, extractor)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    by_id = {x["id"]: x for x in lines}
    assert len(lines) == 8 and summary.documents == 8
    assert by_id["ok"]["events"] and by_id["ok2"]["events"]
    assert by_id["empty"]["status"] == "empty_text"
    assert by_id["line:3"]["status"] == "invalid_json" and by_id["line:3"]["line"] == 3
    assert by_id["line:4"]["status"] == "bad_encoding"
    assert by_id["big"]["status"] == "too_long"
    assert by_id["de"]["status"] == "other_language"
    assert by_id["date"]["status"] == "invalid_record"
    assert all(x["events"] == [] for k, x in by_id.items() if not k.startswith("ok"))
    assert summary.rejected == 6
    assert {p["line"] for p in summary.problems} == {2, 3, 4, 5, 6, 7}
