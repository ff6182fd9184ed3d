"""The tables of accounts and the audit log (migration 9): ``users`` and ``audit_log``.

The audit log part has no update and no delete: entries are only appended and read."""

from __future__ import annotations

from ._sql import Part

USER_COLUMNS = ("name", "role", "password_hash", "otp_secret_enc", "recovery_hashes", "last_otp_step", "disabled",
                "token_version", "created_at")
AUDIT_COLUMNS = ("seq", "logged_at", "actor", "action", "target", "purpose", "details", "prev_hash", "hash")


class Users(Part):
    """User accounts. Secrets are stored hashed (password, recovery codes) or encrypted (OTP secret)."""

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM users").fetchall()[0][0]

    def get(self, name: str) -> dict | None:
        rows = self._dicts(self.con.execute(f"SELECT {', '.join(USER_COLUMNS)} FROM users WHERE name = ?", [name]))
        return rows[0] if rows else None

    def list(self) -> list[dict]:
        return self._dicts(self.con.execute(
            "SELECT name, role, disabled, token_version, created_at, otp_secret_enc IS NOT NULL AS has_otp "
            "FROM users ORDER BY name"))

    def insert(self, row: dict) -> None:
        cols = [c for c in USER_COLUMNS if c in row]
        self.con.execute(f"INSERT INTO users ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                         [row[c] for c in cols])

    def otp_master_key_id(self) -> str | None:
        """The id of the master key the TOTP secrets are encrypted with."""
        return self._meta("otp_master_key_id")

    def set_otp_master_key_id(self, key_id: str) -> None:
        self._set_meta("otp_master_key_id", key_id)

    def update(self, name: str, **changes) -> None:
        bad = set(changes) - set(USER_COLUMNS)
        if bad:
            raise ValueError(f"not user columns: {sorted(bad)}")
        sets = ", ".join(f"{c} = ?" for c in changes)
        self.con.execute(f"UPDATE users SET {sets} WHERE name = ?", [*changes.values(), name])

    def otp_secrets(self) -> list[tuple[str, bytes]]:
        return self.con.execute(
            "SELECT name, otp_secret_enc FROM users WHERE otp_secret_enc IS NOT NULL ORDER BY name").fetchall()


class AuditLog(Part):
    """The append-only, hash-chained audit log (the chain is computed in :mod:`sahelwatch.access.audit`)."""

    def lock_head(self) -> None:
        """Hold the log's head for this transaction, so that appends of other processes wait until it ends
        (DuckDB has one writing process per file and serialises its transactions already: nothing to do)."""

    def head(self) -> tuple[int, str] | None:
        rows = self.con.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchall()
        return (rows[0][0], rows[0][1]) if rows else None

    def append(self, row: dict) -> None:
        self.con.execute(f"INSERT INTO audit_log ({', '.join(AUDIT_COLUMNS)}) VALUES "
                         f"({', '.join('?' for _ in AUDIT_COLUMNS)})", [row[c] for c in AUDIT_COLUMNS])
        self._set_meta("audit_head", f"{row['seq']}:{row['hash']}")

    def anchor(self) -> str | None:
        return self._meta("audit_head")

    def entries(self, *, after: int = 0, limit: int | None = None) -> list[dict]:
        """Entries after ``after``, by sequence number."""
        order = " ORDER BY seq"
        lim = f" LIMIT {int(limit)}" if limit is not None else ""
        return self._dicts(self.con.execute(
            f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit_log WHERE seq > ?{order}{lim}", [after]))
