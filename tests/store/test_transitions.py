"""Status transitions are pure, checked, and leave an audit event each."""

from __future__ import annotations

import pytest

from store.models import Actor, Case, CaseStatus, Stage
from store.transitions import ALLOWED, IllegalTransition, advance, record

MANAGER = Actor(aad_object_id="aad-1", name="Maria Chef", tenant_id="t")
COORDINATOR = Actor(aad_object_id="aad-2", name="Sam Samordnare", tenant_id="t")


def test_submit_sets_stage_time_and_event() -> None:
    case = Case(owner=MANAGER)
    submitted = advance(case, CaseStatus.SUBMITTED, MANAGER)
    assert submitted.status is CaseStatus.SUBMITTED
    assert submitted.stage is Stage.SUBMITTED
    assert submitted.submitted_at is not None
    (event,) = submitted.events
    assert (event.from_status, event.to_status, event.actor) == (
        CaseStatus.DRAFT,
        CaseStatus.SUBMITTED,
        MANAGER,
    )
    assert case.status is CaseStatus.DRAFT  # the input is not changed


@pytest.mark.parametrize("start", list(CaseStatus))
@pytest.mark.parametrize("target", list(CaseStatus))
def test_only_allowed_moves(start: CaseStatus, target: CaseStatus) -> None:
    case = Case(owner=MANAGER, status=start)
    if target in ALLOWED[start]:
        assert advance(case, target, COORDINATOR, comment="ok").status is target
    else:
        with pytest.raises(IllegalTransition):
            advance(case, target, COORDINATOR)


def test_done_and_cancelled_are_final() -> None:
    assert ALLOWED[CaseStatus.DONE] == frozenset()
    assert ALLOWED[CaseStatus.CANCELLED] == frozenset()


def test_record_adds_an_event_without_changing_status() -> None:
    case = record(Case(owner=MANAGER), MANAGER, "utkast sparat")
    assert case.status is CaseStatus.DRAFT
    assert case.events[0].action == "utkast sparat"
