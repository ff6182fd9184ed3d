"""The master key and the token secret: files beside the database, mode 0600, created on first use.

The master key (32 random bytes) wraps each case's data key and encrypts the TOTP secrets. It comes from
``SAHELWATCH_KEY_FILE``, else ``<database>.key``. It is created only while nothing is encrypted under a
key yet: once the database holds wrapped keys, a missing or different key file is an error
(:class:`KeyError_`), never a new key and never plain text. The token secret (``<database>.token-key``)
signs the short-lived bearer tokens; losing it only signs everyone out.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import SahelwatchError

KEY_FILE_ENV = "SAHELWATCH_KEY_FILE"
_NONCE = 12


class KeyFileError(SahelwatchError):
    """The master key is missing, unreadable, badly formed or not the one the data was encrypted with."""

    exit_code = 2
    http_status = 503


def master_key_path(db_path: Path | str) -> Path:
    from ..errors import SettingsError
    from ..store import is_url

    env = os.environ.get(KEY_FILE_ENV)
    if not env and is_url(db_path):  # a server database has no folder to keep its key beside
        raise SettingsError(f"a PostgreSQL database keeps its master key where {KEY_FILE_ENV} names (a file "
                            "only the application's account can read); set it")
    return Path(env) if env else Path(str(db_path) + ".key")


def token_secret_path(db_path: Path | str) -> Path:
    """Beside the database file; for a server database, beside the master key file."""
    from ..store import is_url

    if is_url(db_path):
        return Path(str(master_key_path(db_path)) + ".token-key")
    return Path(str(db_path) + ".token-key")


def write_secret_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file readable by its owner only (fails if the file exists)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def _read_key_file(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as e:
        raise KeyFileError(f"{path}: cannot read the key file: {e}") from None
    try:
        key = base64.b64decode(text, validate=True)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise KeyFileError(f"{path}: not a sahelwatch key (expected 32 bytes in base64)")
    if path.stat().st_mode & 0o077:
        raise KeyFileError(f"{path}: the key file is readable by others; run 'chmod 600 {path.name}'")
    return key


class MasterKey:
    """The master key: wraps data keys and encrypts small secrets with AES-GCM (a random nonce each time)."""

    def __init__(self, key: bytes, path: Path | None = None):
        self._aes = AESGCM(key)
        self.path = path
        self.created = False
        self.key_id = hashlib.sha256(b"sahelwatch-master-key:" + key).hexdigest()[:16]

    @classmethod
    def generate(cls) -> tuple["MasterKey", bytes]:
        key = AESGCM.generate_key(bit_length=256)
        return cls(key), key

    @classmethod
    def load(cls, db_path: Path | str, *, expected_ids: set[str], create: bool) -> "MasterKey":
        """The master key for ``db_path``. ``expected_ids`` are the key ids the database already uses; a key
        is created only if ``create`` and nothing uses one yet."""
        path = master_key_path(db_path)
        if path.exists():
            key = cls(_read_key_file(path), path)
            if expected_ids and key.key_id not in expected_ids:
                raise KeyFileError(f"{path}: this is not the key the records were encrypted with "
                                   f"(key id {key.key_id}; the database uses {', '.join(sorted(expected_ids))})")
            return key
        if expected_ids:
            raise KeyFileError(f"{path}: the master key is missing; the encrypted records cannot be read without "
                               f"it (set {KEY_FILE_ENV} to the key file)")
        if not create:
            raise KeyFileError(f"{path}: no master key yet (it is created by the first command that encrypts)")
        if os.environ.get(KEY_FILE_ENV):
            raise KeyFileError(f"{path}: {KEY_FILE_ENV} names a key file that does not exist")
        raw = AESGCM.generate_key(bit_length=256)
        write_secret_file(path, base64.b64encode(raw) + b"\n")
        key = cls(raw, path)
        key.created = True
        return key

    def encrypt(self, data: bytes, aad: bytes) -> bytes:
        nonce = secrets.token_bytes(_NONCE)
        return nonce + self._aes.encrypt(nonce, data, aad)

    def decrypt(self, blob: bytes, aad: bytes) -> bytes:
        try:
            return self._aes.decrypt(bytes(blob[:_NONCE]), bytes(blob[_NONCE:]), aad)
        except InvalidTag:
            raise KeyFileError("a wrapped key or secret does not open with the master key (wrong key, or the "
                               "stored bytes were altered)") from None


def key_ids_in_use(store) -> set[str]:
    """The ids of the master keys the database's wrapped case keys and TOTP secrets were made with."""
    otp = store.users.otp_master_key_id()
    return store.hr.master_key_ids() | ({otp} if otp else set())


def master_key_for(store, *, create: bool = False, actor: str | None = None) -> MasterKey:
    """The master key of ``store``'s database; a key created here is recorded in the audit log."""
    key = MasterKey.load(store.path, expected_ids=key_ids_in_use(store), create=create)
    if key.created:
        from . import audit

        audit.record(store, actor=actor or "system", action="key.create", details={"key_id": key.key_id})
    return key


def token_secret(db_path: Path | str) -> bytes:
    """The secret that signs bearer tokens, created on first use (mode 0600)."""
    path = token_secret_path(db_path)
    if not path.exists():
        try:
            write_secret_file(path, base64.b64encode(secrets.token_bytes(32)) + b"\n")
        except FileExistsError:  # another process created it meanwhile
            pass
    return _read_key_file(path)


def replace_key_file(path: Path, raw: bytes) -> Path:
    """Write the new master key beside the old one (``.new``); :func:`commit_key_file` moves it in."""
    new = path.with_name(path.name + ".new")
    if new.exists():
        new.unlink()
    write_secret_file(new, base64.b64encode(raw) + b"\n")
    return new


def commit_key_file(new: Path, path: Path) -> None:
    os.replace(new, path)
