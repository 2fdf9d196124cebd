"""Sample actors and a fully filled case for the store tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from store.models import Actor, AuditEvent, Case, CaseKind, CourseRecord, Person

OWNER = Actor(aad_object_id="chef-1", name="Åsa Öberg", tenant_id="tenant")
OTHER = Actor(aad_object_id="chef-2", name="Björn Ek", tenant_id="tenant")
COORDINATOR = Actor(aad_object_id="samordnare-1", name="Sara Samordnare")


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def make_case(owner: Actor = OWNER, **fields: Any) -> Case:
    """A case with every nested kind of value filled in."""
    values: dict[str, Any] = {
        "owner": owner,
        "kind": CaseKind.NEW_ACCESS,
        "assignment_id": "uppdrag-7",
        "role_id": "schemalaggare",
        "person": Person(name="Märta Lund", user_id="ml1234", email="marta.lund@example.se"),
        "responsibility_units": ["1001", "1002"],
        "business_area": "Vård och omsorg",
        "courses": [
            CourseRecord(course_id="grund", completed_on=date(2026, 2, 1)),
            CourseRecord(course_id="schema"),
        ],
        "heroma_course_completed_on": date(2026, 2, 15),
        "events": [AuditEvent(at=at(1), actor=owner, action="utkast:sparat", comment="Första")],
        "created_at": at(1),
        "updated_at": at(1),
    }
    values.update(fields)
    return Case(**values)
