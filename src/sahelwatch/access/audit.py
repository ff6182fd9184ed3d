"""The audit log: append-only and hash-chained.

Each entry is ``seq, logged_at, actor, action, target, purpose, details, prev_hash, hash`` where
``hash = SHA-256(prev_hash + canonical JSON of the other fields)`` and ``prev_hash`` is the previous entry's
hash (64 zeros for the first). Altering an entry breaks its own hash; removing or reordering entries breaks
the link to the next one; removing the last entries is seen against the head recorded with each append
(``store_meta``), and against a head copied elsewhere (``audit verify --json`` prints it).

``details`` say what was done, never sensitive content: :func:`record` refuses detail keys that name
content (names, contacts, narratives, passwords, codes, secrets).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

GENESIS = "0" * 64
#: detail keys that would carry content or secrets into the log
_FORBIDDEN_KEYS = frozenset({"name", "names", "contact", "contacts", "narrative", "password", "otp", "otp_secret",
                             "recovery_code", "recovery_codes", "secret", "token", "victims", "witnesses",
                             "location_name", "alleged_perpetrator", "sources"})


class AuditContentError(ValueError):
    """A caller tried to put content or a secret into the audit log (a bug in the caller)."""


def canonical(entry: dict) -> str:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(prev_hash: str, entry: dict) -> str:
    body = {k: entry[k] for k in ("seq", "logged_at", "actor", "action", "target", "purpose", "details")}
    return hashlib.sha256((prev_hash + canonical(body)).encode("utf-8")).hexdigest()


def _check_details(details: dict) -> None:
    for k, v in details.items():
        if k.lower() in _FORBIDDEN_KEYS:
            raise AuditContentError(f"audit details must not carry {k!r}")
        if isinstance(v, dict):
            _check_details(v)


def record(store, *, actor: str, action: str, target: str | None = None, purpose: str | None = None,
           details: dict | None = None, now: dt.datetime | None = None) -> dict:
    """Append one entry (in the store's transaction, so it commits with the change it records)."""
    details = details or {}
    _check_details(details)
    at = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="microseconds")
    with store.transaction():
        store.audit.lock_head()  # another process appending at once waits: no two entries get one seq
        head = store.audit.head()
        seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
        entry = {"seq": seq, "logged_at": at, "actor": actor, "action": action, "target": target,
                 "purpose": purpose, "details": canonical(details)}
        entry["prev_hash"] = prev
        entry["hash"] = entry_hash(prev, entry)
        store.audit.append(entry)
    return entry


@dataclass
class Verification:
    intact: bool
    entries: int
    head_seq: int | None
    head_hash: str | None
    first_broken: int | None = None
    reason: str | None = None

    def as_dict(self) -> dict:
        return {"intact": self.intact, "entries": self.entries, "head_seq": self.head_seq,
                "head_hash": self.head_hash, "first_broken": self.first_broken, "reason": self.reason}


def verify(store) -> Verification:
    """Walk the chain in sequence order; the first entry that does not fit is named."""
    prev, expected_seq, n, last = GENESIS, 1, 0, None
    for e in store.audit.entries():
        n += 1
        if e["seq"] != expected_seq:
            what = "removed" if e["seq"] > expected_seq else "duplicated"
            return Verification(False, n, None, None, e["seq"],
                                f"entry {expected_seq} is missing ({what}): the sequence jumps to {e['seq']}")
        if e["prev_hash"] != prev:
            return Verification(False, n, None, None, e["seq"],
                                f"entry {e['seq']} does not follow entry {e['seq'] - 1} (removed, reordered or "
                                f"altered: its previous hash does not match)")
        if entry_hash(prev, e) != e["hash"]:
            return Verification(False, n, None, None, e["seq"], f"entry {e['seq']} was altered (its hash does not "
                                                                f"match its content)")
        prev, expected_seq, last = e["hash"], expected_seq + 1, e
    anchor = store.audit.anchor()
    head = f"{last['seq']}:{last['hash']}" if last else None
    if anchor is not None and anchor != head:
        seq = int(anchor.split(":")[0])
        at = (last["seq"] + 1) if last else 1
        return Verification(False, n, None, None, min(seq, at),
                            f"the log ends at entry {last['seq'] if last else 0} but the recorded head is entry "
                            f"{seq}: entries were removed from the end, or the last one was altered")
    return Verification(True, n, last["seq"] if last else None, last["hash"] if last else None)
