"""What the lists and case cards say about a case: each kind in its own words, Swedish labels
instead of internal codes, and a case sent in again that nobody handles yet."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cards.coordinator import channel_case_card, open_cases_card, status_card
from cards.my_cases import my_cases_card
from cards.review import case_facts
from dialogs.sdk import card_activity
from store.decisions import Verb, decide
from store.kinds import ChangeAspect, ChangeDetails
from store.models import Actor, CaseKind, CaseStatus
from store.transitions import advance
from tests.cards.samples_flow import ROUTINE, _case
from tests.cards.samples_kinds import ROLES, samples_of_kind
from tests.support.chat import actions_of, texts_of

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
COORDINATOR = Actor(aad_object_id="aad-c", name="Sam Samordnare", tenant_id="t")
MANAGER = Actor(aad_object_id="aad-1", name="Maria Chef", tenant_id="t")
PLACEHOLDERS = ("ej vald", "ej angiven", " – ·", "· – ")


def said(card: dict[str, object]) -> str:
    return texts_of([card_activity(card)])


def test_my_cases_says_which_roles_end_and_which_manager_is_linked() -> None:
    text = said(my_cases_card(samples_of_kind(CaseStatus.SUBMITTED), ROLES))
    assert "Anna Andersson · Chef ·" in text
    assert "Anna Andersson · avslutar Chef, Heromarapportör ·" in text
    assert "Ny chef: Karin Ny · ansvar: 123456 Medicinavdelning 12 ·" in text
    assert not [p for p in PLACEHOLDERS if p in text]


def test_open_cases_say_what_each_kind_is_about() -> None:
    text = said(open_cases_card(samples_of_kind(CaseStatus.SUBMITTED), NOW, ROLES))
    assert "Avslut av behörighet · Anna Andersson · avslutar Chef, Heromarapportör" in text
    assert "Chefskoppling · Ny chef: Karin Ny · ansvar: 123456 Medicinavdelning 12" in text
    assert not [p for p in PLACEHOLDERS if p in text]


def test_status_to_the_manager_names_the_new_manager_of_a_link() -> None:
    link = samples_of_kind(CaseStatus.IN_PROGRESS)[2]
    text = said(status_card(link, ROUTINE, None))
    assert "Ditt ärende (Ny chef: Karin Ny · ansvar: 123456 Medicinavdelning 12)" in text
    assert "(–)" not in text


def test_what_a_change_changes_is_said_with_the_card_labels_not_codes() -> None:
    change = _case(CaseStatus.SUBMITTED).model_copy(
        update={
            "kind": CaseKind.CHANGE,
            "change": ChangeDetails(
                aspects=[ChangeAspect.UNITS, ChangeAspect.ROLE],
                reason="Nytt uppdrag",
                valid_from=date(2027, 1, 1),
            ),
        }
    )
    facts = dict(case_facts(change, ROUTINE))
    assert facts["Ändras"] == "Behörighetsroll (nytt uppdrag); Ansvar eller verksamhetsområde"


def test_a_case_sent_in_again_is_not_shown_as_handled_by_its_earlier_handler() -> None:
    case = _case(CaseStatus.SUBMITTED)
    for verb in (Verb.TAKE, Verb.RETURN):
        case = decide(case, verb, COORDINATOR, "Fel ansvar.")
    resent = advance(case, CaseStatus.SUBMITTED, MANAGER)
    card = channel_case_card(resent, ROUTINE)
    text = said(card)
    assert "**Inskickad igen** · hanterades tidigare av Sam Samordnare" in text
    assert "hanteras av Sam Samordnare" not in text
    assert "Jag hanterar" in actions_of(card)
    taken = channel_case_card(decide(resent, Verb.TAKE, COORDINATOR, None), ROUTINE)
    assert "**Under handläggning** · hanteras av Sam Samordnare" in said(taken)
