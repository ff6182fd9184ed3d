"""Sign-in: argon2id passwords, the TOTP second factor and its recovery codes, tokens, disabling, throttling."""

from __future__ import annotations

import pyotp
import pytest

from sahelwatch.access import users as U
from sahelwatch.access.keys import token_secret
from sahelwatch.access.roles import Role
from sahelwatch.access.throttle import LoginThrottle, Throttled
from sahelwatch.errors import UsageError

PW = "a long invented passphrase"
T0 = 1_790_000_000.0  # a fixed instant: the tests never read the clock for TOTP


def test_password_is_stored_as_argon2id_never_in_clear(store):
    U.add_user(store, "ana", "analyst", password=PW, actor="test")
    row = store.users.get("ana")
    assert row["password_hash"].startswith("$argon2id$") and PW not in row["password_hash"]
    assert U.authenticate(store, "ana", PW, None, address="127.0.0.1").role == Role.analyst
    with pytest.raises(U.AuthError):
        U.authenticate(store, "ana", PW + "x", None, address="127.0.0.1")


def test_short_passwords_and_unknown_roles_are_refused(store):
    with pytest.raises(UsageError, match="at least"):
        U.add_user(store, "bob", "analyst", password="short", actor="test")
    with pytest.raises(UsageError, match="unknown role"):
        U.add_user(store, "bob", "superuser", password=PW, actor="test")


def test_investigator_needs_a_current_totp_code_once(store):
    new = U.add_user(store, "ina", "hr_investigator", password=PW, actor="test")
    assert new.otp_secret and len(new.recovery_codes) == 10
    totp = pyotp.TOTP(new.otp_secret)
    assert totp.digest().name == "sha1" and totp.digits == 6 and totp.interval == 30
    with pytest.raises(U.AuthError):  # no code
        U.authenticate(store, "ina", PW, None, address="a", at=T0)
    with pytest.raises(U.AuthError):  # a code from long ago
        U.authenticate(store, "ina", PW, totp.at(T0 - 3600), address="a", at=T0)
    assert U.authenticate(store, "ina", PW, totp.at(T0), address="a", at=T0).role == Role.hr_investigator
    with pytest.raises(U.AuthError):  # the same code again: replay
        U.authenticate(store, "ina", PW, totp.at(T0), address="a", at=T0 + 1)
    assert U.authenticate(store, "ina", PW, totp.at(T0 + 30), address="a", at=T0 + 30)
    assert store.users.get("ina")["otp_secret_enc"] is not None
    assert new.otp_secret.encode() not in bytes(store.users.get("ina")["otp_secret_enc"])


def test_a_recovery_code_works_once(store):
    new = U.add_user(store, "adm", "admin", password=PW, actor="test")
    code = new.recovery_codes[3]
    assert U.authenticate(store, "adm", PW, code, address="a").role == Role.admin
    with pytest.raises(U.AuthError):
        U.authenticate(store, "adm", PW, code, address="a")
    assert code not in (store.users.get("adm")["recovery_hashes"] or "")


def test_disabling_a_user_stops_their_tokens_at_once(store):
    U.add_user(store, "ana", "analyst", password=PW, actor="test")
    secret = token_secret(store.path)
    tok = U.issue_token(store, U.authenticate(store, "ana", PW, None, address="a"), secret)["access_token"]
    assert U.principal_from_token(store, tok, secret).name == "ana"
    U.disable_user(store, "ana", actor="test")
    with pytest.raises(U.AuthError):
        U.principal_from_token(store, tok, secret)
    with pytest.raises(U.AuthError):
        U.authenticate(store, "ana", PW, None, address="a")


def test_an_expired_or_forged_token_is_refused(store):
    U.add_user(store, "ana", "analyst", password=PW, actor="test")
    secret = token_secret(store.path)
    p = U.Principal("ana", Role.analyst)
    old = U.issue_token(store, p, secret, now=T0 - 10 * U.TOKEN_TTL_S)["access_token"]
    with pytest.raises(U.AuthError):
        U.principal_from_token(store, old, secret)
    forged = U.issue_token(store, p, b"another secret, not the server" * 2, now=None)["access_token"]
    with pytest.raises(U.AuthError):
        U.principal_from_token(store, forged, secret)


def test_the_token_secret_file_is_private(store):
    token_secret(store.path)
    assert (store.path.with_name(store.path.name + ".token-key").stat().st_mode & 0o777) == 0o600


def test_sign_ins_and_failures_are_audited_without_the_password(store):
    U.add_user(store, "ana", "analyst", password=PW, actor="test")
    U.authenticate(store, "ana", PW, None, address="10.0.0.9")
    with pytest.raises(U.AuthError):
        U.authenticate(store, "ana", "wrong password 123", None, address="10.0.0.9")
    actions = [e["action"] for e in store.audit.entries()]
    assert actions == ["user.add", "signin", "signin.failed"]
    assert not any(PW in e["details"] or "wrong password" in e["details"] for e in store.audit.entries())


class _Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_a_burst_of_failures_on_one_account_is_throttled_until_the_window_passes():
    clock = _Clock()
    th = LoginThrottle(per_account=5, per_address=50, window_s=600, clock=clock)
    for i in range(5):
        th.check("ana", f"10.0.0.{i}")
        th.failed("ana", f"10.0.0.{i}")
    with pytest.raises(Throttled) as e:
        th.check("ana", "10.9.9.9")  # another address: still the same account
    assert e.value.scope == "account" and 0 < e.value.retry_after <= 601
    th.check("bob", "10.9.9.9")  # another account is not affected
    clock.t = 601
    th.check("ana", "10.0.0.1")


def test_a_burst_from_one_address_over_many_accounts_is_throttled():
    th = LoginThrottle(per_account=5, per_address=8, window_s=600, clock=_Clock())
    for i in range(8):
        th.failed(f"user{i}", "10.1.1.1")
    with pytest.raises(Throttled) as e:
        th.check("someone_new", "10.1.1.1")
    assert e.value.scope == "address"
    th.check("someone_new", "10.1.1.2")


def test_the_throttle_forgets_the_oldest_keys_past_its_bound():
    th = LoginThrottle(per_account=1, per_address=1000, window_s=600, max_keys=10, clock=_Clock())
    for i in range(100):
        th.failed(f"user{i}", f"addr{i}")
    assert len(th._fails) <= 10
