"""Cards of the change, termination and manager-link flows, for the renderer check."""

from __future__ import annotations

from datetime import date
from typing import Any

from cards.kinds import (
    base_case_card,
    change_card,
    confirm_card,
    manager_link_card,
    termination_card,
)
from cards.my_cases import my_cases_card
from cards.review import case_facts, receipt_card
from store.kinds import (
    ChangeAspect,
    ChangeDetails,
    ManagerLinkDetails,
    Person,
    TerminationDetails,
)
from store.models import Case, CaseKind, CaseStatus
from tests.cards.samples_flow import LONG, ROUTINE, _case

ROLES = {role.id: role.name for role in ROUTINE.roles}


def samples_of_kind(status: CaseStatus) -> list[Case]:
    """A new access, a termination and a manager link, each with only the fields its flow fills."""
    access = _case(status)
    termination = access.model_copy(
        update={
            "kind": CaseKind.TERMINATION,
            "reference": "HB-2026-0002",
            "assignment_id": None,
            "role_id": None,
            "responsibility_units": [],
            "termination": TerminationDetails(
                roles=["chef", "heromarapportor"], last_day=date(2026, 12, 31)
            ),
        }
    )
    link = Case(
        kind=CaseKind.MANAGER_LINK,
        reference="HB-2026-0003",
        status=status,
        owner=access.owner,
        business_area="VO Medicin",
        manager_link=ManagerLinkDetails(
            unit="123456 Medicinavdelning 12",
            new_manager=Person(name="Karin Ny", user_id="karny1", email="karin.ny@example.se"),
            from_date=date(2027, 1, 1),
        ),
    )
    return [access, termination, link]


def _samples() -> dict[str, dict[str, Any]]:
    done = _case(CaseStatus.DONE)
    change = done.model_copy(
        update={
            "kind": CaseKind.CHANGE,
            "change": ChangeDetails(
                based_on=done.id,
                based_on_reference=done.reference,
                aspects=[ChangeAspect.ROLE, ChangeAspect.UNITS],
                reason="Ny tjänst som enhetschef",
                valid_from=date(2027, 1, 1),
            ),
        }
    )
    termination = done.model_copy(
        update={
            "kind": CaseKind.TERMINATION,
            "termination": TerminationDetails(roles=["chef"], last_day=date(2026, 12, 31)),
        }
    )
    link = done.model_copy(
        update={
            "kind": CaseKind.MANAGER_LINK,
            "manager_link": ManagerLinkDetails(
                unit="123456 Medicinavdelning 12",
                new_manager=Person(name=LONG, user_id="karny1", email="karin.ny@example.se"),
                from_date=date(2027, 1, 1),
                previous_manager="Per Förre",
            ),
        }
    )
    return {
        "base_none": base_case_card(
            "Förändring av behörighet", "Välj.", [], ROLES, action="change.base"
        ),
        "base_many": base_case_card(
            "Avslut av behörighet", "Välj.", [done] * 12, ROLES, action="termination.base"
        ),
        "change_empty": change_card(_case(CaseStatus.DRAFT)),
        "change_filled": change_card(change),
        "termination_empty": termination_card(_case(CaseStatus.DRAFT), ROUTINE.roles),
        "termination_filled": termination_card(termination, ROUTINE.roles),
        "manager_link_empty": manager_link_card(None),
        "manager_link_filled": manager_link_card(link),
        "confirm_change": confirm_card(
            "Granska", case_facts(change, ROUTINE), "Maria Chef", action="x.confirm", case_id="c"
        ),
        "confirm_termination": confirm_card(
            "Granska avslutet",
            case_facts(termination, ROUTINE),
            "Maria Chef",
            action="termination.confirm",
            case_id="c",
            note="Inget upphör av sig självt.",
        ),
        "confirm_link": confirm_card(
            "Granska", case_facts(link, ROUTINE), LONG, action="manager_link.confirm", case_id="c"
        ),
        "receipt_change": receipt_card(change, ROUTINE, channel_ready=True),
        "receipt_termination": receipt_card(termination, ROUTINE, channel_ready=True),
        "receipt_manager_link": receipt_card(link, ROUTINE, channel_ready=False),
        "my_cases_every_kind": my_cases_card(
            [
                c.model_copy(update={"status": CaseStatus.FORWARDED})
                for c in (change, termination, link)
            ],
            ROLES,
        ),
        "my_cases_as_each_flow_fills_them": my_cases_card(
            samples_of_kind(CaseStatus.DRAFT) + samples_of_kind(CaseStatus.RETURNED), ROLES
        ),
    }


SAMPLES = _samples()
