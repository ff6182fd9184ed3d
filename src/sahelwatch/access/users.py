"""Accounts: creation, listing, disabling, sign-in and bearer tokens.

Passwords are hashed with argon2id (argon2-cffi's RFC 9106 low-memory profile). ``hr_investigator`` and
``admin`` also need a TOTP code (RFC 6238: SHA-1, 6 digits, 30 s; a code is accepted once) or one of ten
one-time recovery codes (stored as SHA-256 hashes: each holds 80 random bits). Tokens are HS256 JWTs valid
for :data:`TOKEN_TTL_S`; each carries the user's token version, which disabling the user increments, so
the user's tokens stop at the next request.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

import jwt
import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ..errors import SahelwatchError, UsageError
from . import audit
from .keys import MasterKey, master_key_for
from .roles import SECOND_FACTOR, Role, parse_role

TOKEN_TTL_S = 900
_ALG = "HS256"
_HASHER = PasswordHasher()  # argon2id, t=3, m=64 MiB, p=4
_DUMMY_HASH = _HASHER.hash("not a password of anyone")
RECOVERY_CODES = 10
MIN_PASSWORD = 12


class AuthError(SahelwatchError):
    """Sign-in refused, or a token that is not (or no longer) valid. Says nothing of which part was wrong."""

    http_status = 401


@dataclass(frozen=True)
class Principal:
    """Who a request acts as."""

    name: str
    role: Role
    single_user: bool = False


@dataclass
class NewUser:
    name: str
    role: str
    password: str | None
    otp_secret: str | None
    recovery_codes: list[str]

    def as_dict(self) -> dict:
        d = {"name": self.name, "role": self.role, "otp_secret": self.otp_secret,
             "recovery_codes": self.recovery_codes}
        if self.password is not None:
            d["password"] = self.password
        return d


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.replace("-", "").strip().lower().encode()).hexdigest()


def _otp_aad(name: str) -> bytes:
    return f"otp:{name}".encode()


def add_user(store, name: str, role: str, *, password: str | None, actor: str) -> NewUser:
    """Create an account. Without ``password``, a random one is made (and returned once)."""
    name = name.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise UsageError(f"user name {name!r}: 1 to 64 characters, no spaces")
    r = parse_role(role)
    if store.users.get(name) is not None:
        raise UsageError(f"user {name!r} already exists")
    generated = None
    if password is None:
        password = generated = secrets.token_urlsafe(18)
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"the password must have at least {MIN_PASSWORD} characters")
    otp_secret, codes, enc, hashes = None, [], None, None
    if r in SECOND_FACTOR:
        master = master_key_for(store, create=True, actor=actor)
        otp_secret = pyotp.random_base32()
        enc = master.encrypt(otp_secret.encode(), _otp_aad(name))
        codes = ["-".join(c[i:i + 5] for i in range(0, 20, 5))  # 80 random bits each
                 for c in (secrets.token_hex(10) for _ in range(RECOVERY_CODES))]
        hashes = json.dumps([_code_hash(c) for c in codes])
        store.users.set_otp_master_key_id(master.key_id)
    with store.transaction():
        store.users.insert({"name": name, "role": r.value, "password_hash": _HASHER.hash(password),
                            "otp_secret_enc": enc, "recovery_hashes": hashes, "disabled": False,
                            "token_version": 1, "created_at": _now()})
        audit.record(store, actor=actor, action="user.add", target=name,
                     details={"role": r.value, "second_factor": r in SECOND_FACTOR})
    return NewUser(name, r.value, generated, otp_secret, codes)


def list_users(store) -> list[dict]:
    return [{**u, "created_at": u["created_at"]} for u in store.users.list()]


def disable_user(store, name: str, *, actor: str) -> None:
    u = store.users.get(name)
    if u is None:
        raise UsageError(f"no user {name!r}")
    with store.transaction():
        store.users.update(name, disabled=True, token_version=u["token_version"] + 1)
        audit.record(store, actor=actor, action="user.disable", target=name)


def _second_factor_ok(store, user: dict, code: str | None, at: float) -> tuple[bool, str | None]:
    """(accepted, how): a TOTP code not used before, or an unused recovery code (then spent)."""
    if not code:
        return False, None
    code = code.strip()
    if code.isdigit() and len(code) == 6:
        secret = master_key_for(store).decrypt(user["otp_secret_enc"], _otp_aad(user["name"])).decode()
        totp = pyotp.TOTP(secret)  # SHA-1, 6 digits, 30 s
        step_now = int(at // 30)
        for step in (step_now, step_now - 1):  # one step of clock drift
            if hmac.compare_digest(totp.at(step * 30), code):
                if user["last_otp_step"] is not None and step <= user["last_otp_step"]:
                    return False, None  # replayed
                store.users.update(user["name"], last_otp_step=step)
                return True, "totp"
        return False, None
    hashes = json.loads(user["recovery_hashes"] or "[]")
    h = _code_hash(code)
    for i, stored in enumerate(hashes):
        if hmac.compare_digest(stored, h):
            store.users.update(user["name"], recovery_hashes=json.dumps(hashes[:i] + hashes[i + 1:]))
            return True, "recovery_code"
    return False, None


def check_password(user: dict | None, password: str) -> bool:
    """Whether ``password`` is ``user``'s (the slow argon2id part of a sign-in; needs no database). An
    unknown user costs the same work, so timing does not tell which names exist."""
    if user is None:
        with contextlib.suppress(VerificationError):  # the same work as a real check, whose answer is no
            _HASHER.verify(_DUMMY_HASH, password)
        return False
    try:
        return _HASHER.verify(user["password_hash"], password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(store, name: str, password: str, otp: str | None, *, address: str,
                 at: float | None = None, password_ok: bool | None = None) -> Principal:
    """Check a sign-in and audit it either way. Raises :class:`AuthError` with one message for every failure.

    ``password_ok`` is the result of :func:`check_password` run before (so a server checks the password
    without holding its write connection); the user is read again here."""
    at = time.time() if at is None else at
    user = store.users.get(name)
    ok = check_password(user, password) if password_ok is None else (password_ok and user is not None)
    how = None
    if ok and user["disabled"]:
        ok = False
    if ok and Role(user["role"]) in SECOND_FACTOR:
        ok, how = _second_factor_ok(store, user, otp, at)
    if not ok:
        audit.record(store, actor=name if user else "(unknown user)", action="signin.failed",
                     target=name if user else None, details={"address": address})
        raise AuthError("wrong user name, password or one-time code")
    with store.transaction():
        if user is not None and _HASHER.check_needs_rehash(user["password_hash"]):
            store.users.update(name, password_hash=_HASHER.hash(password))
        audit.record(store, actor=name, action="signin", target=name,
                     details={"address": address, **({"second_factor": how} if how else {})})
    return Principal(name, Role(user["role"]))


def issue_token(store, principal: Principal, secret: bytes, *, now: float | None = None) -> dict:
    now = time.time() if now is None else now
    user = store.users.get(principal.name)
    claims = {"sub": principal.name, "role": principal.role.value, "tv": user["token_version"],
              "iat": int(now), "exp": int(now) + TOKEN_TTL_S, "jti": secrets.token_hex(8)}
    return {"access_token": jwt.encode(claims, secret, algorithm=_ALG), "token_type": "bearer",
            "expires_in": TOKEN_TTL_S}


def principal_from_token(store, token: str, secret: bytes) -> Principal:
    """The principal of a valid token whose user exists, is enabled, has the same role and token version."""
    try:
        claims = jwt.decode(token, secret, algorithms=[_ALG], options={"require": ["sub", "exp", "tv", "role"]})
    except jwt.PyJWTError:
        raise AuthError("invalid or expired token") from None
    user = store.users.get(str(claims["sub"]))
    if (user is None or user["disabled"] or user["token_version"] != claims["tv"]
            or user["role"] != claims["role"]):
        raise AuthError("invalid or expired token")
    return Principal(user["name"], Role(user["role"]))


def rotate_otp_secrets(store, old: MasterKey, new: MasterKey) -> int:
    """Re-encrypt every TOTP secret under ``new`` (inside the caller's transaction)."""
    n = 0
    for name, blob in store.users.otp_secrets():
        store.users.update(name, otp_secret_enc=new.encrypt(old.decrypt(blob, _otp_aad(name)), _otp_aad(name)))
        n += 1
    if n:
        store.users.set_otp_master_key_id(new.key_id)
    return n
