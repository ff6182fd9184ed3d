"""Field encryption of a case: one random 256-bit data key per case, wrapped by the master key.

Each field is sealed with AES-GCM under the case's key, with a fresh 96-bit nonce and the case id and
field name as associated data, so a ciphertext moved to another case or field does not open."""

from __future__ import annotations

import json
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..access.keys import KeyFileError, MasterKey

_NONCE = 12


class CaseKey:
    def __init__(self, case_id: str, key: bytes):
        self.case_id = case_id
        self._aes = AESGCM(key)
        self._raw = key

    @classmethod
    def new(cls, case_id: str) -> "CaseKey":
        return cls(case_id, AESGCM.generate_key(bit_length=256))

    @classmethod
    def unwrap(cls, case_id: str, wrapped: bytes, master: MasterKey) -> "CaseKey":
        return cls(case_id, master.decrypt(wrapped, _wrap_aad(case_id)))

    def wrap(self, master: MasterKey) -> bytes:
        return master.encrypt(self._raw, _wrap_aad(self.case_id))

    def seal(self, field: str, value) -> bytes | None:
        if value is None:
            return None
        nonce = secrets.token_bytes(_NONCE)
        data = json.dumps(value, ensure_ascii=False).encode("utf-8")
        return nonce + self._aes.encrypt(nonce, data, self._aad(field))

    def open(self, field: str, blob: bytes | None):
        if blob is None:
            return None
        blob = bytes(blob)
        try:
            data = self._aes.decrypt(blob[:_NONCE], blob[_NONCE:], self._aad(field))
        except InvalidTag:
            raise KeyFileError(f"case {self.case_id}: the field {field} does not open with its key (the stored "
                               f"bytes were altered)") from None
        return json.loads(data.decode("utf-8"))

    def _aad(self, field: str) -> bytes:
        return f"{self.case_id}\x00{field}".encode("utf-8")


def _wrap_aad(case_id: str) -> bytes:
    return f"case-key\x00{case_id}".encode("utf-8")
