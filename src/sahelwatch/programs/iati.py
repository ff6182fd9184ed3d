"""IATI activity files: the XML standard (2.0x) and the JSON the IATI Datastore returns.

One activity is one program; it has one :class:`ProgramRow` per place it names (its ``location``
elements: an administrative code, a name, or a point), or one row without an area when it names
none (the registry then rejects it: an activity known only by country cannot be evaluated). Fields:
``iati-identifier``, the title, ``participating-org`` with its role (1 funding, 2 accountable,
3 extending, 4 implementing), ``activity-status``, ``activity-date`` (types 1/2 start, 3/4 end; the
actual date wins over the planned one), the DAC sector (vocabulary 1 or 2), the budgets (summed,
in their currency; in USD only when the file says USD) and the recipient country.
The line of a row is the line where its activity starts in the file.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import InputError
from ..geo.country_codes import country_to_iso3
from .records import ProgramRow, ReadResult, parse_number

_ACTIVITY_TAG = re.compile(rb"<iati-activity[\s>/]")
_ROLES = {"1": "funding", "2": "accountable", "3": "extending", "4": "implementing"}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _text(el) -> str | None:
    if el is None:
        return None
    narrs = el.findall("narrative")
    for n in narrs:  # an English or French narrative first
        if (n.get(_XML_LANG) or "").lower() in ("en", "fr", "") and (n.text or "").strip():
            return n.text.strip()
    for n in narrs:
        if (n.text or "").strip():
            return n.text.strip()
    return (el.text or "").strip() or None


def _iso3(code: str | None) -> str | None:
    if not code:
        return None
    return country_to_iso3([code.strip()])[0]


def _dates(pairs) -> tuple[str | None, str | None]:
    by = {}
    for typ, d in pairs:
        if typ and d:
            by.setdefault(str(typ), str(d)[:10])
    return by.get("2") or by.get("1"), by.get("4") or by.get("3")


def _rows(activity: dict, line: int) -> list[ProgramRow]:
    a = activity
    roles = [(n, _ROLES.get(r, r or "other")) for n, r in a["orgs"] if n]
    reporting = a.get("reporting")
    if reporting and not any(n == reporting for n, _ in roles):
        roles.insert(0, (reporting, "reporting"))
    lead = next((n for n, r in roles if r == "implementing"), None) or next((n for n, _ in roles), None)
    start, end = _dates(a["dates"])
    total, currency, usd, err = 0.0, None, None, None
    currencies = set()
    for value, cur in a["budgets"]:
        v, e = parse_number(value)
        if e:
            err = f"budget: {e}"
            continue
        if v is not None:
            total += v
            currencies.add((cur or a.get("currency") or "").upper() or None)
    if currencies:
        currency = next(iter(currencies)) if len(currencies) == 1 else "mixed"
        usd = total if currency == "USD" else None
    dac = next((c for c, voc in a["sectors"] if voc in (None, "", "1", "2") and c), None)
    countries = [_iso3(c) for c in a["countries"]]
    iso3 = next((c for c in countries if c), None)
    base = dict(program_key=("iati", a["id"]), program_id=a["id"], title=a.get("title"), organisation=lead,
                org_roles=roles, dac_code=dac, sector=dac, status=a.get("status"), start=start, end=end,
                budget_value=total if currencies else None, budget_currency=currency, budget_usd=usd, iso3=iso3,
                raw=f"iati-identifier={a['id']}", line=line, error=err)
    if not a["id"]:
        base["error"] = "no iati-identifier"
    out = []
    for loc in a["locations"] or [{}]:
        r = ProgramRow(**base)
        r.admin2_pcode = loc.get("pcode")
        r.admin2 = loc.get("name")
        r.lat, r.lon = loc.get("lat"), loc.get("lon")
        if not loc:
            r.error = r.error or "the activity names no place below its country (no location element)"
        out.append(r)
    return out


def _loc_from_xml(loc) -> dict:
    out = {}
    for adm in loc.findall("administrative"):
        code = (adm.get("code") or "").strip()
        # vocabulary A4 is OCHA's P-codes (ISO 3166-2 and GeoNames ids are no admin2 P-codes)
        if code and adm.get("vocabulary") in ("A4",) and adm.get("level") in (None, "2"):
            out["pcode"] = code
    name = _text(loc.find("name"))
    if name:
        out["name"] = name
    pos = loc.find("point/pos")
    if pos is not None and pos.text:
        parts = pos.text.split()
        if len(parts) == 2:
            out["lat"], out["lon"] = parts
    return out


def read_iati_xml(path: Path | str) -> ReadResult:
    path = Path(path)
    rows: list[ProgramRow] = []
    lines = _activity_lines(path)
    try:
        k = 0
        for _, el in ET.iterparse(path, events=("end",)):
            if el.tag != "iati-activity":
                continue
            a = {
                "id": (el.findtext("iati-identifier") or "").strip(),
                "title": _text(el.find("title")),
                "reporting": _text(el.find("reporting-org")) or (el.find("reporting-org").get("ref")
                                                                 if el.find("reporting-org") is not None else None),
                "orgs": [(_text(o) or o.get("ref"), o.get("role")) for o in el.findall("participating-org")],
                "status": (el.find("activity-status").get("code") if el.find("activity-status") is not None else None),
                "dates": [(d.get("type"), d.get("iso-date")) for d in el.findall("activity-date")],
                "budgets": [(b.findtext("value"), b.find("value").get("currency") if b.find("value") is not None else None)
                            for b in el.findall("budget")],
                "currency": el.get("default-currency"),
                "sectors": [(s.get("code"), s.get("vocabulary")) for s in el.findall("sector")],
                "countries": [c.get("code") for c in el.findall("recipient-country")],
                "locations": [_loc_from_xml(loc) for loc in el.findall("location")],
            }
            a["locations"] = [x for x in a["locations"] if x]
            rows.extend(_rows(a, lines[k] if k < len(lines) else 0))
            k += 1
            el.clear()
    except ET.ParseError as e:
        raise InputError(f"not well-formed IATI XML: {e}", path=str(path), line=e.position[0]) from None
    return ReadResult("iati-xml", rows, notes=[f"{len({r.program_id for r in rows})} activities"])


def _activity_lines(path: Path) -> list[int]:
    """The line where each ``<iati-activity`` element starts."""
    out = []
    with open(path, "rb") as f:
        for n, line in enumerate(f, start=1):
            out.extend([n] * len(_ACTIVITY_TAG.findall(line)))
    return out


def _first(v):
    return v[0] if isinstance(v, list) and v else (None if isinstance(v, list) else v)


def _list(v) -> list:
    return v if isinstance(v, list) else ([] if v is None else [v])


def _leaf_text(v) -> str | None:
    """A JSON value where text is expected, as text: a number or a boolean as its JSON text, an object or
    a nested list as its JSON (so that it fails the field's check instead of raising)."""
    if v is None or isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


def _texts(v):
    """A document's field as the reader expects it: text, or a list of texts."""
    return [_leaf_text(x) for x in v] if isinstance(v, list) else _leaf_text(v)


def read_iati_json(path: Path | str) -> ReadResult:
    """The IATI Datastore's JSON (``{"response": {"docs": [...]}}`` or a list of activity documents)."""
    path = Path(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"not IATI JSON: {e}", path=str(path), line=getattr(e, "lineno", None)) from None
    docs = data.get("response", {}).get("docs") if isinstance(data, dict) else data
    if isinstance(data, dict) and docs is None:
        docs = data.get("iati-activities") or data.get("activities")
    if not isinstance(docs, list):
        raise InputError("no list of IATI activities (expected response.docs or a list)", path=str(path))
    rows: list[ProgramRow] = []
    for i, d in enumerate(docs, start=1):
        if not isinstance(d, dict):
            rows.append(ProgramRow(line=i, raw=str(d)[:200], program_key=("iati", i), error="not an activity object"))
            continue
        d = {k: _texts(v) for k, v in d.items()}
        names = _list(d.get("participating_org_narrative"))
        roles = _list(d.get("participating_org_role"))
        pcodes = _list(d.get("location_administrative_code"))
        vocab = _list(d.get("location_administrative_vocabulary"))
        locnames = _list(d.get("location_name_narrative"))
        points = _list(d.get("location_point_pos"))
        locs = []
        for j in range(max(len(pcodes), len(locnames), len(points))):
            loc = {}
            if j < len(pcodes) and (j >= len(vocab) or vocab[j] == "A4"):
                loc["pcode"] = pcodes[j]
            if j < len(locnames):
                loc["name"] = locnames[j]
            if j < len(points) and isinstance(points[j], str) and len(points[j].split()) == 2:
                loc["lat"], loc["lon"] = points[j].split()
            if loc:
                locs.append(loc)
        a = {
            "id": str(_first(d.get("iati_identifier")) or "").strip(),
            "title": _first(d.get("title_narrative")),
            "reporting": _first(d.get("reporting_org_narrative")) or _first(d.get("reporting_org_ref")),
            "orgs": list(zip(names, [str(r) for r in roles] + [None] * (len(names) - len(roles)))),
            "status": str(_first(d.get("activity_status_code")) or "") or None,
            "dates": list(zip(map(str, _list(d.get("activity_date_type"))), _list(d.get("activity_date_iso_date")))),
            "budgets": list(zip(_list(d.get("budget_value")), _list(d.get("budget_value_currency"))
                                + [None] * len(_list(d.get("budget_value"))))),
            "currency": _first(d.get("default_currency")),
            "sectors": list(zip(map(str, _list(d.get("sector_code"))),
                                [str(v) for v in _list(d.get("sector_vocabulary"))]
                                + [None] * len(_list(d.get("sector_code"))))),
            "countries": _list(d.get("recipient_country_code")),
            "locations": locs,
        }
        rows.extend(_rows(a, i))
    return ReadResult("iati-json", rows, notes=[f"{len(docs)} activities"])
