"""The roles and what each may do. Everything not granted here is denied."""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    public = "public"
    analyst = "analyst"
    hr_investigator = "hr_investigator"
    editor = "editor"
    admin = "admin"
    auditor = "auditor"


ROLES = tuple(r.value for r in Role)
#: roles whose sign-in needs a TOTP code (or a one-time recovery code)
SECOND_FACTOR = frozenset({Role.hr_investigator, Role.admin})
#: the role every request acts with in single-user mode (no accounts in the database)
SINGLE_USER_ROLE = Role.analyst


class Permission(str, enum.Enum):
    public_aggregates = "public_aggregates"   # counts only, small cells suppressed
    events = "events"                         # the event store (no human-rights content)
    cases_redacted = "cases_redacted"         # case records without names, contacts, narrative
    cases_full = "cases_full"                 # the whole case
    cases_export = "cases_export"             # watermarked export of restricted content
    cases_change = "cases_change"             # import, delete, evidence
    users_manage = "users_manage"
    audit_read = "audit_read"


_P = Permission
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.public: frozenset({_P.public_aggregates}),
    Role.auditor: frozenset({_P.public_aggregates, _P.audit_read}),
    Role.analyst: frozenset({_P.public_aggregates, _P.events, _P.cases_redacted}),
    Role.editor: frozenset({_P.public_aggregates, _P.events, _P.cases_redacted, _P.cases_change}),
    Role.admin: frozenset({_P.public_aggregates, _P.events, _P.cases_redacted, _P.users_manage, _P.audit_read}),
    Role.hr_investigator: frozenset({_P.public_aggregates, _P.events, _P.cases_redacted, _P.cases_full,
                                     _P.cases_export}),
}


def parse_role(text: str) -> Role:
    from ..errors import UsageError

    try:
        return Role(text)
    except ValueError:
        raise UsageError(f"unknown role {text!r}; the roles are {', '.join(ROLES)}") from None


def may(role: Role, permission: Permission) -> bool:
    return permission in GRANTS.get(role, frozenset())
