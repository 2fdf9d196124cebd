"""The coordinator's cards for every status, for the renderer check and structural tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from cards.coordinator import channel_case_card, open_cases_card, status_card
from store.models import Actor, AuditEvent, CaseStatus
from tests.cards.samples_flow import ROUTINE, _case
from tests.cards.samples_kinds import ROLES, samples_of_kind

COORDINATOR = Actor(aad_object_id="aad-c", name="Sam Samordnare", tenant_id="t")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _samples() -> dict[str, dict[str, Any]]:
    samples: dict[str, dict[str, Any]] = {}
    for status in CaseStatus:
        case = _case(status).model_copy(
            update={
                "handler": COORDINATOR if status is not CaseStatus.SUBMITTED else None,
                "submitted_at": NOW,
                "events": [
                    AuditEvent(
                        at=NOW,
                        actor=COORDINATOR,
                        action="status",
                        from_status=CaseStatus.SUBMITTED,
                        to_status=status,
                        comment="Ansvar saknar namn." if status is CaseStatus.RETURNED else None,
                    )
                ],
            }
        )
        samples[f"channel_{status.value}"] = channel_case_card(case, ROUTINE)
        samples[f"status_{status.value}"] = status_card(case, ROUTINE, "Komplettera ansvaret.")
    samples["channel_refused"] = channel_case_card(
        _case(CaseStatus.SUBMITTED),
        ROUTINE,
        notice="Bara bemanningssamordnare kan hantera ärenden.",
    )
    returned = samples_of_kind(CaseStatus.SUBMITTED)
    samples["channel_resubmitted"] = channel_case_card(
        returned[0].model_copy(update={"handler": COORDINATOR}), ROUTINE
    )
    samples["status_manager_link"] = status_card(returned[2], ROUTINE, None)
    samples["open_cases_empty"] = open_cases_card([], NOW, ROLES)
    many = [_case(CaseStatus.SUBMITTED, reference=f"HB-2026-{i:04d}") for i in range(35)]
    samples["open_cases_many"] = open_cases_card(many, NOW, ROLES)
    samples["open_cases_every_kind"] = open_cases_card(returned, NOW, ROLES)
    return samples


SAMPLES = _samples()
