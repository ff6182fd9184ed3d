"""Case records: validation of the JSON format, import, reading, deletion, key rotation and evidence.

A case in clear text exists only in memory. Before a case reaches the store, its names, contacts,
narrative, place name, alleged perpetrator as written, sources and evidence file names are sealed under
the case's own key (:mod:`.crypto`); what stays in clear is what the redacted views show (violation,
date, admin units, coordinates, resolved actor ids and family, counts, sex and age)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..access import audit
from ..access.keys import MasterKey, master_key_for
from ..access.roles import Role
from ..errors import InputError, NotFoundError, SahelwatchError, UsageError
from .crypto import CaseKey

VIOLATIONS = ("arbitrary_arrest", "extrajudicial_killing", "enforced_disappearance", "torture", "sexual_violence",
              "denial_of_due_process", "attack_on_civilians", "other")
SENSITIVITIES = ("internal", "restricted", "witness_confidential")
INVESTIGATOR = Role.hr_investigator.value
#: sensitivities whose every read is audited
RESTRICTED = ("restricted", "witness_confidential")
_CASE_KEYS = {"case_id", "event_id", "violation", "date", "location", "alleged_perpetrator", "victims", "witnesses",
              "narrative", "sensitivity", "sources"}
_LOCATION_KEYS = {"name", "country", "admin1", "admin2", "latitude", "longitude"}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$")


class CaseKeyUnreadable(SahelwatchError):
    """A whole case was asked of a session that does not act for an investigator (PostgreSQL hides its key)."""

    http_status = 403


class CaseError(ValueError):
    """One case is malformed; the message says why, never quoting personal content."""


@dataclass
class ImportSummary:
    path: str
    read: int = 0
    inserted: int = 0
    replaced: int = 0
    rejected: list[tuple[int, str | None, str]] = field(default_factory=list)
    flagged: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"file": self.path, "read": self.read, "inserted": self.inserted, "replaced": self.replaced,
                "rejected": [{"index": i, "case_id": c, "reason": r} for i, c, r in self.rejected],
                "flagged": [{"case_id": c, "flag": f} for c, f in self.flagged]}


def _str(v, where: str, *, required: bool = False, max_len: int = 100_000) -> str | None:
    if v is None:
        if required:
            raise CaseError(f"{where} is required")
        return None
    if not isinstance(v, str):
        raise CaseError(f"{where} must be a string")
    if required and not v.strip():
        raise CaseError(f"{where} must not be empty")
    if len(v) > max_len:
        raise CaseError(f"{where} is longer than {max_len} characters")
    return v


def _num(v, where: str, lo: float, hi: float) -> float | None:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not lo <= v <= hi:
        raise CaseError(f"{where} must be a number from {lo:g} to {hi:g}")
    return float(v)


def _list(v, where: str) -> list:
    if v is None:
        return []
    if not isinstance(v, list):
        raise CaseError(f"{where} must be a list")
    return v


def validate_case(raw) -> dict:
    """The case as a clean dict, or :class:`CaseError` with the first reason it is refused."""
    if not isinstance(raw, dict):
        raise CaseError("a case must be a JSON object")
    unknown = sorted(set(raw) - _CASE_KEYS)
    if unknown:
        raise CaseError(f"unknown field(s) {', '.join(unknown)}")
    case_id = _str(raw.get("case_id"), "case_id", required=True, max_len=100)
    if not _ID.match(case_id):
        raise CaseError("case_id: letters, digits and . _ : / - only, at most 100 characters")
    violation = raw.get("violation")
    if violation not in VIOLATIONS:
        shown = violation if isinstance(violation, str) and len(violation) <= 40 else type(violation).__name__
        raise CaseError(f"unknown violation type {shown!r}; one of {', '.join(VIOLATIONS)}")
    date_text = _str(raw.get("date"), "date", required=True, max_len=10)
    try:
        date = dt.date.fromisoformat(date_text)
    except ValueError:
        raise CaseError("date must be YYYY-MM-DD") from None
    loc = raw.get("location")
    if not isinstance(loc, dict):
        raise CaseError("location must be an object")
    bad = sorted(set(loc) - _LOCATION_KEYS)
    if bad:
        raise CaseError(f"location: unknown field(s) {', '.join(bad)}")
    location = {"name": _str(loc.get("name"), "location.name", max_len=200),
                "country": _str(loc.get("country"), "location.country", required=True, max_len=60),
                "admin1": _str(loc.get("admin1"), "location.admin1", max_len=100),
                "admin2": _str(loc.get("admin2"), "location.admin2", max_len=100),
                "latitude": _num(loc.get("latitude"), "location.latitude", -90, 90),
                "longitude": _num(loc.get("longitude"), "location.longitude", -180, 180)}
    if (location["latitude"] is None) != (location["longitude"] is None):
        raise CaseError("location: latitude and longitude go together")
    victims = []
    for i, v in enumerate(_list(raw.get("victims"), "victims")):
        if not isinstance(v, dict) or set(v) - {"name", "sex", "age"}:
            raise CaseError(f"victims[{i}] must be an object with name, sex, age")
        age = v.get("age")
        if age is not None and (isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 130):
            raise CaseError(f"victims[{i}].age must be a whole number from 0 to 130")
        victims.append({"name": _str(v.get("name"), f"victims[{i}].name", max_len=300),
                        "sex": _str(v.get("sex"), f"victims[{i}].sex", max_len=20), "age": age})
    witnesses = []
    for i, w in enumerate(_list(raw.get("witnesses"), "witnesses")):
        if not isinstance(w, dict) or set(w) - {"name", "contact"}:
            raise CaseError(f"witnesses[{i}] must be an object with name, contact")
        witnesses.append({"name": _str(w.get("name"), f"witnesses[{i}].name", max_len=300),
                          "contact": _str(w.get("contact"), f"witnesses[{i}].contact", max_len=300)})
    sources = [_str(s, f"sources[{i}]", required=True, max_len=2000)
               for i, s in enumerate(_list(raw.get("sources"), "sources"))]
    sensitivity = raw.get("sensitivity")
    if sensitivity not in SENSITIVITIES:
        raise CaseError(f"sensitivity must be one of {', '.join(SENSITIVITIES)}")
    event_id = _str(raw.get("event_id"), "event_id", max_len=200)
    return {"case_id": case_id, "event_id": event_id, "violation": violation, "date": date, "location": location,
            "alleged_perpetrator": _str(raw.get("alleged_perpetrator"), "alleged_perpetrator", max_len=300),
            "victims": victims, "witnesses": witnesses, "narrative": _str(raw.get("narrative"), "narrative"),
            "sensitivity": sensitivity, "sources": sources}


def master_key(store, *, create: bool = False, actor: str | None = None) -> MasterKey:
    return master_key_for(store, create=create, actor=actor)


def _resolve_perpetrator(text: str | None, country: str | None, date: dt.date) -> tuple[list[str], str | None]:
    if not text:
        return [], None
    from ..actors import default_resolver, family_of

    resolver = default_resolver()
    res = resolver.resolve(text, country=country, date=date)
    return list(res.ids), family_of(res.ids, resolver.registry)


def _seal(case: dict, key: CaseKey, *, actor: str, now: str, flags: list[str]) -> tuple[dict, list[dict]]:
    ids, family = _resolve_perpetrator(case["alleged_perpetrator"], case["location"]["country"], case["date"])
    if case["alleged_perpetrator"] and not ids:
        flags.append("perpetrator_unresolved")
    loc = case["location"]
    row = {"case_id": case["case_id"], "event_id": case["event_id"], "violation": case["violation"],
           "date": case["date"], "location_name_enc": key.seal("location_name", loc["name"]),
           "country": loc["country"], "admin1": loc["admin1"], "admin2": loc["admin2"],
           "latitude": loc["latitude"], "longitude": loc["longitude"],
           "perpetrator_enc": key.seal("alleged_perpetrator", case["alleged_perpetrator"]),
           "perpetrator_ids": json.dumps(ids), "perpetrator_family": family, "sensitivity": case["sensitivity"],
           "narrative_enc": key.seal("narrative", case["narrative"]), "sources_enc": key.seal("sources",
                                                                                               case["sources"]),
           "n_sources": len(case["sources"]), "n_victims": len(case["victims"]),
           "n_witnesses": len(case["witnesses"]), "flags": json.dumps(flags), "imported_at": now,
           "imported_by": actor}
    people = [{"case_id": case["case_id"], "kind": "victim", "idx": i, "name_enc": key.seal(f"victim.{i}.name",
                                                                                               v["name"]),
               "contact_enc": None, "sex": v["sex"], "age": v["age"]} for i, v in enumerate(case["victims"])]
    people += [{"case_id": case["case_id"], "kind": "witness", "idx": i,
                "name_enc": key.seal(f"witness.{i}.name", w["name"]),
                "contact_enc": key.seal(f"witness.{i}.contact", w["contact"]), "sex": None, "age": None}
               for i, w in enumerate(case["witnesses"])]
    return row, people


def _changed_fields(old: dict | None, new: dict) -> list[str]:
    if old is None:
        return sorted(new)
    return sorted(k for k in new if old.get(k) != new.get(k))


def _previous(store, case_id: str, master: MasterKey) -> dict | None:
    """The stored case ``case_id`` replaces, read to name the fields that change in the audit entry (only
    field names leave this module): storing a case acts for an investigator for that read, whoever stores."""
    if not store.hr.exists(case_id):
        return None
    with store.acting_for(INVESTIGATOR):
        return read_case(store, case_id, master)


def import_cases(store, path: Path, *, actor: str) -> ImportSummary:
    """Import the JSON array of cases in ``path``: each good case is stored (replacing one with the same id),
    each malformed case is rejected on its own with its reason (its content is not copied anywhere)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=str(path)) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", path=str(path)) from None
    except json.JSONDecodeError as e:
        raise InputError(f"not JSON: {e.msg}", path=str(path), line=e.lineno) from None
    if not isinstance(data, list):
        raise InputError("expected a JSON array of cases", path=str(path))
    return store_cases(store, data, source=str(path), actor=actor)


def store_cases(store, data: list, *, source: str, actor: str) -> ImportSummary:
    """Store the cases of ``data`` (parsed JSON), each malformed one rejected on its own with its reason."""
    summary = ImportSummary(source)
    master = master_key(store, create=True, actor=actor)
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    seen: set[str] = set()
    for i, raw in enumerate(data):
        summary.read += 1
        cid = raw.get("case_id") if isinstance(raw, dict) and isinstance(raw.get("case_id"), str) else None
        try:
            case = validate_case(raw)
            if case["case_id"] in seen:
                raise CaseError("the same case_id appears earlier in this file")
        except CaseError as e:
            summary.rejected.append((i, cid if cid and _ID.match(cid) else None, str(e)))
            continue
        seen.add(case["case_id"])
        flags = []
        if case["event_id"] and not store.hr.event_exists(case["event_id"]):
            flags.append("unknown_event_id")
        old = _previous(store, case["case_id"], master)
        key = CaseKey.new(case["case_id"])
        row, people = _seal(case, key, actor=actor, now=now, flags=flags)
        new_clear = _clear_view(case, row, flags)
        with store.transaction():
            store.hr.replace(row, people, key.wrap(master), master.key_id)
            audit.record(store, actor=actor, action="case.replace" if old else "case.add", target=case["case_id"],
                         details={"fields_changed": _changed_fields(old, new_clear), "file": Path(source).name,
                                  "flags": flags})
        if old:
            summary.replaced += 1
        else:
            summary.inserted += 1
        summary.flagged += [(case["case_id"], f) for f in flags]
    return summary


def _clear_view(case: dict, row: dict, flags: list[str]) -> dict:
    return {"case_id": case["case_id"], "event_id": case["event_id"], "event_known": "unknown_event_id" not in flags,
            "violation": case["violation"], "date": case["date"], "location": case["location"],
            "alleged_perpetrator": case["alleged_perpetrator"], "perpetrator_ids": json.loads(row["perpetrator_ids"]),
            "perpetrator_family": row["perpetrator_family"], "victims": case["victims"],
            "witnesses": case["witnesses"], "narrative": case["narrative"], "sensitivity": case["sensitivity"],
            "sources": case["sources"], "flags": flags}


def _counts(row: dict, n_evidence: int) -> dict:
    """How many victims, witnesses, sources and evidence items a case has (stored in clear)."""
    return {"victims": row["n_victims"], "witnesses": row["n_witnesses"], "sources": row["n_sources"],
            "evidence": n_evidence}


def read_case(store, case_id: str, master: MasterKey | None = None) -> dict:
    """The whole case in clear text (for the investigator's serializer of :mod:`sahelwatch.access.redaction`).

    On PostgreSQL the store must act for an investigator (``store.acting_for("hr_investigator")``): its
    people and its key are rows other sessions cannot read (row-level security)."""
    row = store.hr.get(case_id)
    if row is None:
        raise NotFoundError(f"no case {case_id!r}")
    wrapped = store.hr.wrapped_key(case_id)
    if wrapped is None:
        raise CaseKeyUnreadable(f"case {case_id!r}: its key is not readable in this session (only a session "
                                "acting for an investigator reads it)")
    master = master or master_key(store)
    key = CaseKey.unwrap(case_id, wrapped[0], master)
    people = row["people"]
    victims = [{"name": key.open(f"victim.{p['idx']}.name", p["name_enc"]), "sex": p["sex"], "age": p["age"]}
               for p in people if p["kind"] == "victim"]
    witnesses = [{"name": key.open(f"witness.{p['idx']}.name", p["name_enc"]),
                  "contact": key.open(f"witness.{p['idx']}.contact", p["contact_enc"])}
                 for p in people if p["kind"] == "witness"]
    flags = json.loads(row["flags"] or "[]")
    return {"case_id": case_id, "event_id": row["event_id"], "event_known": "unknown_event_id" not in flags,
            "violation": row["violation"], "date": row["date"],
            "location": {"name": key.open("location_name", row["location_name_enc"]), "country": row["country"],
                         "admin1": row["admin1"], "admin2": row["admin2"], "latitude": row["latitude"],
                         "longitude": row["longitude"]},
            "alleged_perpetrator": key.open("alleged_perpetrator", row["perpetrator_enc"]),
            "perpetrator_ids": json.loads(row["perpetrator_ids"] or "[]"),
            "perpetrator_family": row["perpetrator_family"], "victims": victims, "witnesses": witnesses,
            "narrative": key.open("narrative", row["narrative_enc"]), "sensitivity": row["sensitivity"],
            "sources": key.open("sources", row["sources_enc"]) or [], "flags": flags,
            "counts": _counts(row, len(row["evidence"])),
            "evidence": [{"sha256": e["sha256"], "size": e["size"],
                          "filename": key.open(f"evidence.{e['sha256']}.filename", e["filename_enc"]),
                          "added_at": e["added_at"], "added_by": e["added_by"], "custody": e["custody"]}
                         for e in row["evidence"]]}


def read_cases(store, *, violation: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
    ids = store.hr.ids(violation=violation, limit=limit, offset=offset)
    if not ids:
        return []
    master = master_key(store)
    return [read_case(store, i, master) for i in ids]


def _clear_case(row: dict) -> dict:
    flags = json.loads(row["flags"] or "[]")
    return {"case_id": row["case_id"], "event_id": row["event_id"], "event_known": "unknown_event_id" not in flags,
            "violation": row["violation"], "date": row["date"],
            "location": {"country": row["country"], "admin1": row["admin1"], "admin2": row["admin2"]},
            "perpetrator_ids": json.loads(row["perpetrator_ids"] or "[]"),
            "perpetrator_family": row["perpetrator_family"], "sensitivity": row["sensitivity"], "flags": flags,
            "counts": _counts(row, row["n_evidence"])}


def read_clear_case(store, case_id: str) -> dict:
    """What of a case is stored in clear (for the redacted serializer): no name, contact, narrative, place
    name, source or perpetrator as written, read without the case's people, its key or the master key."""
    rows = store.hr.clear_rows([case_id])
    if not rows:
        raise NotFoundError(f"no case {case_id!r}")
    return _clear_case(rows[0])


def read_clear_cases(store, *, violation: str | None = None, limit: int | None = None,
                     offset: int = 0) -> list[dict]:
    return [_clear_case(r) for r in store.hr.clear_rows(store.hr.ids(violation=violation, limit=limit,
                                                                      offset=offset))]


def delete_case(store, case_id: str, *, actor: str) -> dict:
    """Delete a case and destroy its key (crypto-shredding).

    The database file (and any backup of it) may still hold the bytes of the deleted wrapped key: DuckDB
    does not overwrite freed blocks. So the deletion also replaces the master key (:func:`rotate_master_key`):
    every remaining case key is re-wrapped under a new master key and the old one is gone, so the leftover
    wrapped key, in the file or in a backup, can no longer be opened."""
    master = master_key(store)
    with store.transaction():
        if not store.hr.exists(case_id):
            raise NotFoundError(f"no case {case_id!r}")
        audit.record(store, actor=actor, action="case.delete", target=case_id, details={"key_destroyed": True})
        store.hr.delete(case_id)
    return rotate_master_key(store, actor=actor, old=master)


def rotate_master_key(store, *, actor: str, old: MasterKey | None = None) -> dict:
    """Re-wrap every case key and re-encrypt every TOTP secret under a new master key, then replace the key
    file. The old key is gone afterwards: a backup of the database made before cannot be opened with the new
    key, and deleted cases' wrapped keys in such a backup die with the old key."""
    from ..access.keys import MasterKey as MK
    from ..access.keys import commit_key_file, replace_key_file
    from ..access.users import rotate_otp_secrets

    old = old or master_key(store)
    new, raw = MK.generate()
    if old.path is None:
        raise UsageError("the master key has no file to rotate")
    pending = replace_key_file(old.path, raw)
    n = 0
    try:
        with store.transaction():
            for case_id, wrapped, _ in store.hr.wrapped_keys():
                key = CaseKey.unwrap(case_id, wrapped, old)
                store.hr.set_wrapped_key(case_id, key.wrap(new), new.key_id)
                n += 1
            otp = rotate_otp_secrets(store, old, new)
            audit.record(store, actor=actor, action="key.rotate", details={"old_key_id": old.key_id,
                                                                           "new_key_id": new.key_id,
                                                                           "case_keys": n, "otp_secrets": otp})
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    commit_key_file(pending, old.path)
    store.checkpoint()
    return {"old_key_id": old.key_id, "new_key_id": new.key_id, "case_keys": n, "otp_secrets": otp}


def add_evidence(store, case_id: str, file: Path, *, actor: str, note: str | None = None) -> dict:
    """Record an evidence file: its SHA-256, size and (encrypted) name, and a first custody entry."""
    if not store.hr.exists(case_id):
        raise NotFoundError(f"no case {case_id!r}")
    try:
        h = hashlib.sha256()
        size = 0
        with open(file, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
                size += len(chunk)
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=str(file)) from None
    digest = h.hexdigest()
    with store.acting_for(INVESTIGATOR):  # the case's key seals the file name: a write, as storing a case
        wrapped = store.hr.wrapped_key(case_id)
    key = CaseKey.unwrap(case_id, wrapped[0], master_key(store))
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with store.transaction():
        store.hr.add_evidence({"case_id": case_id, "sha256": digest, "size": size, "added_at": now, "added_by": actor,
                               "filename_enc": key.seal(f"evidence.{digest}.filename", Path(file).name)},
                              {"case_id": case_id, "sha256": digest, "done_at": now, "action": "received",
                               "done_by": actor, "note": note})
        audit.record(store, actor=actor, action="evidence.add", target=case_id, details={"sha256": digest,
                                                                                          "size": size})
    return {"case_id": case_id, "sha256": digest, "size": size}


CUSTODY_ACTIONS = ("received", "transferred", "copied", "examined", "sealed", "returned", "destroyed")


def add_custody(store, case_id: str, sha256: str, action: str, *, actor: str, note: str | None = None) -> dict:
    """Add one entry to an evidence item's chain of custody (who did what with it, when); audited."""
    if action not in CUSTODY_ACTIONS:
        raise UsageError(f"unknown custody action {action!r}; one of {', '.join(CUSTODY_ACTIONS)}")
    if not any(e["sha256"] == sha256 for e in store.hr.evidence(case_id)):
        raise NotFoundError(f"case {case_id!r} has no evidence with SHA-256 {sha256}")
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with store.transaction():
        store.hr.add_custody({"case_id": case_id, "sha256": sha256, "done_at": now, "action": action,
                              "done_by": actor, "note": note})
        audit.record(store, actor=actor, action="evidence.custody", target=case_id,
                     details={"sha256": sha256, "custody_action": action})
    return {"case_id": case_id, "sha256": sha256, "action": action, "at": now}
