"""The tables of human-rights case records (migration 9): ``hr_cases``, ``hr_people``, ``hr_case_keys``,
``hr_evidence`` and ``hr_custody``.

Columns ending in ``_enc`` hold AES-GCM ciphertext made in :mod:`sahelwatch.hr.crypto`; this module never
sees a clear name, contact or narrative. A case's data key lives in ``hr_case_keys``, wrapped by the
master key; deleting the case deletes that row (crypto-shredding)."""

from __future__ import annotations

from ._sql import Part

CASE_COLUMNS = ("case_id", "event_id", "event_known", "violation", "date", "location_name_enc", "country", "admin1",
                "admin2", "latitude", "longitude", "perpetrator_enc", "perpetrator_ids", "perpetrator_family",
                "sensitivity", "narrative_enc", "sources_enc", "n_sources", "n_victims", "n_witnesses", "flags",
                "imported_at", "imported_by")
#: the columns of a case stored in clear that a redacted view shows (counts of victims, witnesses and
#: sources included, so a redacted read needs no row of hr_people and no case key)
CLEAR_COLUMNS = ("case_id", "event_id", "violation", "date", "country", "admin1", "admin2",
                 "perpetrator_ids", "perpetrator_family", "sensitivity", "n_sources", "n_victims", "n_witnesses",
                 "flags")
PEOPLE_COLUMNS = ("case_id", "kind", "idx", "name_enc", "contact_enc", "sex", "age")


class HrCases(Part):
    def exists(self, case_id: str) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM hr_cases WHERE case_id = ?", [case_id]).fetchall()[0][0])

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM hr_cases").fetchall()[0][0]

    def event_exists(self, event_id: str) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM events WHERE event_id = ?", [event_id]).fetchall()[0][0])


    def get(self, case_id: str) -> dict | None:
        rows = self._dicts(self.con.execute(
            f"SELECT {', '.join(CASE_COLUMNS)} FROM hr_cases WHERE case_id = ?", [case_id]))
        if not rows:
            return None
        case = rows[0]
        case["people"] = self._dicts(self.con.execute(
            f"SELECT {', '.join(PEOPLE_COLUMNS)} FROM hr_people WHERE case_id = ? ORDER BY kind, idx", [case_id]))
        case["evidence"] = self.evidence(case_id)
        return case

    def ids(self, *, violation: str | None = None, limit: int | None = None, offset: int = 0) -> list[str]:
        """The ids of the cases (of one violation), by date."""
        where, params = "true", []
        if violation:
            where, params = "violation = ?", [violation]
        lim = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        return [r[0] for r in self.con.execute(
            f"SELECT case_id FROM hr_cases WHERE {where} ORDER BY date, case_id{lim}", params).fetchall()]

    def clear_rows(self, case_ids: list[str]) -> list[dict]:
        """The columns of ``case_ids`` stored in clear (:data:`CLEAR_COLUMNS`) and their number of evidence
        items, in the order of ``case_ids``: all a redacted view needs, read without the restricted tables
        (people, case keys) or the master key."""
        if not case_ids:
            return []
        rows = self._dicts(self.con.execute(
            f"SELECT {', '.join('c.' + k for k in CLEAR_COLUMNS)}, (SELECT count(*) FROM hr_evidence e "
            f"WHERE e.case_id = c.case_id) AS n_evidence FROM hr_cases c "
            f"WHERE c.case_id IN ({', '.join('?' for _ in case_ids)})", list(case_ids)))
        by_id = {r["case_id"]: r for r in rows}
        return [by_id[i] for i in case_ids if i in by_id]

    def counts(self, by: tuple[str, ...]) -> list[dict]:
        """Case counts grouped by ``by`` (columns of ``hr_cases``, or ``year``)."""
        allowed = {"violation", "country", "admin1", "admin2", "perpetrator_family", "sensitivity", "year"}
        bad = set(by) - allowed
        if bad:
            raise ValueError(f"cannot group cases by {sorted(bad)}")
        cols = [("CAST(extract(year FROM date) AS INTEGER) AS year" if c == "year" else c) for c in by]
        group = f" GROUP BY {', '.join(by)} ORDER BY {', '.join(by)}" if by else ""
        return self._dicts(self.con.execute(f"SELECT {', '.join(cols + ['count(*) AS n'])} FROM hr_cases{group}"))

    def civilian_event_counts(self) -> list[dict]:
        """Events of violence against civilians by year and the perpetrator's actor family."""
        return self._dicts(self.con.execute(
            "SELECT CAST(year(event_date) AS INTEGER) AS year, perpetrator_family, count(*) AS n FROM events "
            "WHERE event_type = 'Violence against civilians' GROUP BY ALL ORDER BY ALL"))

    def wrapped_key(self, case_id: str) -> tuple[bytes, str] | None:
        rows = self.con.execute("SELECT wrapped_key, master_key_id FROM hr_case_keys WHERE case_id = ?",
                                [case_id]).fetchall()
        return (bytes(rows[0][0]), rows[0][1]) if rows else None

    def wrapped_keys(self) -> list[tuple[str, bytes, str]]:
        return [(r[0], bytes(r[1]), r[2]) for r in self.con.execute(
            "SELECT case_id, wrapped_key, master_key_id FROM hr_case_keys ORDER BY case_id").fetchall()]

    def master_key_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT DISTINCT master_key_id FROM hr_case_keys").fetchall()}

    def set_wrapped_key(self, case_id: str, wrapped: bytes, master_key_id: str) -> None:
        self.con.execute("INSERT INTO hr_case_keys VALUES (?, ?, ?) ON CONFLICT (case_id) DO UPDATE "
                         "SET wrapped_key = excluded.wrapped_key, master_key_id = excluded.master_key_id",
                         [case_id, wrapped, master_key_id])

    def replace(self, case: dict, people: list[dict], wrapped: bytes, master_key_id: str) -> None:
        """Store ``case`` (a row of :data:`CASE_COLUMNS`) and its people with its wrapped key, replacing a
        case stored under the same id (its old key is destroyed with it)."""
        with self.transaction():
            self._delete_rows(case["case_id"], keep_evidence=True)
            cols = [c for c in CASE_COLUMNS if c in case]
            self.con.execute(f"INSERT INTO hr_cases ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                             [case[c] for c in cols])
            for p in people:
                self.con.execute(f"INSERT INTO hr_people VALUES ({', '.join('?' for _ in PEOPLE_COLUMNS)})",
                                 [p.get(c) for c in PEOPLE_COLUMNS])
            self.set_wrapped_key(case["case_id"], wrapped, master_key_id)

    def _delete_rows(self, case_id: str, *, keep_evidence: bool) -> None:
        self.con.execute("DELETE FROM hr_people WHERE case_id = ?", [case_id])
        self.con.execute("DELETE FROM hr_cases WHERE case_id = ?", [case_id])
        self.con.execute("DELETE FROM hr_case_keys WHERE case_id = ?", [case_id])
        if not keep_evidence:
            self.con.execute("DELETE FROM hr_custody WHERE case_id = ?", [case_id])
            self.con.execute("DELETE FROM hr_evidence WHERE case_id = ?", [case_id])

    def delete(self, case_id: str) -> bool:
        """Delete the case, its people, its evidence records and its wrapped key."""
        if not self.exists(case_id):
            return False
        with self.transaction():
            self._delete_rows(case_id, keep_evidence=False)
        return True

    def update_enc(self, case_id: str, table: str, column: str, key_cols: dict, value: bytes | None) -> None:
        """Replace one ciphertext (key rotation of a case re-encrypts every field)."""
        if table not in ("hr_cases", "hr_people", "hr_evidence") or not column.endswith("_enc"):
            raise ValueError(f"not an encrypted column: {table}.{column}")
        where = " AND ".join(f"{k} = ?" for k in key_cols)
        self.con.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", [value, *key_cols.values()])

    # ----------------------------------------------------------------- evidence
    def add_evidence(self, row: dict, custody: dict) -> None:
        with self.transaction():
            self.con.execute("INSERT INTO hr_evidence (case_id, sha256, size, filename_enc, added_at, added_by) "
                             "VALUES (?, ?, ?, ?, ?, ?)", [row["case_id"], row["sha256"], row["size"],
                                                           row["filename_enc"], row["added_at"], row["added_by"]])
            self.add_custody(custody)

    def add_custody(self, row: dict) -> None:
        seq = self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM hr_custody WHERE case_id = ? AND sha256 = ?",
                               [row["case_id"], row["sha256"]]).fetchall()[0][0]
        self.con.execute("INSERT INTO hr_custody VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [row["case_id"], row["sha256"], seq, row["done_at"], row["action"], row["done_by"], row.get("note")])

    def evidence(self, case_id: str) -> list[dict]:
        items = self._dicts(self.con.execute(
            "SELECT sha256, size, filename_enc, added_at, added_by FROM hr_evidence WHERE case_id = ? ORDER BY "
            "added_at, sha256", [case_id]))
        for item in items:
            item["custody"] = self._dicts(self.con.execute(
                "SELECT seq, done_at, action, done_by, note FROM hr_custody WHERE case_id = ? AND sha256 = ? ORDER BY seq",
                [case_id, item["sha256"]]))
        return items
