"""Organisations and roles: who may read, change and manage which plans.

::

    roles.py      Role: editor, reviewer, viewer, and what each may do
    records.py    Organisation, Membership, and the audit trail's AuditRecord
    directory.py  Directory: the protocol each store implements (storage/…)
    rights.py     Rights: what one person may do, from their memberships
    errors.py     AccessError and its kinds

Plans belong to an organisation; a person has one role per organisation they belong
to, and may belong to several (a consultant). No Streamlit here.
"""

from socialstrategy.access.directory import Directory
from socialstrategy.access.errors import (
    AccessError,
    NotAMemberError,
    NotValidError,
    OrganisationExistsError,
    UnknownOrganisationError,
)
from socialstrategy.access.records import (
    Action,
    AuditRecord,
    Membership,
    Organisation,
    check_organisation,
    email_of,
)
from socialstrategy.access.rights import Rights
from socialstrategy.access.roles import Role

__all__ = [
    "AccessError",
    "Action",
    "AuditRecord",
    "Directory",
    "Membership",
    "NotAMemberError",
    "NotValidError",
    "Organisation",
    "OrganisationExistsError",
    "Rights",
    "Role",
    "UnknownOrganisationError",
    "check_organisation",
    "email_of",
]
