"""Change, termination and manager-link flows, scripted through botbuilder's TestAdapter."""

from __future__ import annotations

from datetime import date

from store.decisions import Verb, decide
from store.factory import Stores
from store.models import Actor, CaseKind, CaseStatus, Stage
from store.routine import Routine
from store.transitions import advance
from tests.dialogs.test_new_access import CONFIRMED, texts_of_card, walk_to
from tests.support.chat import Chat, actions_of, last_card, press, texts_of

COORDINATOR = Actor(aad_object_id="aad-coord-1", name="Sam Samordnare", tenant_id="tenant-1")


async def decided_case(
    chat: Chat, stores: Stores, verbs: tuple[Verb, ...], comment: str | None = None
) -> str:
    """A new-access case of this manager, sent in, on which the coordinator took `verbs`."""
    review = await walk_to(chat, "Granska och skicka")
    await chat.submit(press(review, "Skicka till bemanningssamordnaren", **CONFIRMED))
    (case,) = await stores.cases.list_by_owner("aad-manager-1")
    for verb in verbs:
        case = await stores.cases.save(decide(case, verb, COORDINATOR, comment))
    return case.id


async def granted_case(chat: Chat, stores: Stores) -> str:
    """A new-access case of this manager that the coordinator has finished."""
    return await decided_case(chat, stores, (Verb.TAKE, Verb.FORWARD, Verb.DONE))


# What the manager-link card is filled with.
MANAGER_LINK = {
    "unit": "123456 Medicinavdelning 12",
    "business_area": "VO Medicin",
    "name": "Karin Ny",
    "user_id": "karny1",
    "email": "karin.ny@example.se",
    "from_date": "2027-01-01",
}


async def test_change_from_an_earlier_case_is_prefilled_and_submitted(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    base_id = await granted_case(chat, memory_stores)
    base = last_card(await chat.submit({"action": "menu.change"}))
    assert "HB-2026-0001" in str(base)
    change = last_card(await chat.submit(press(base, "Nästa", base_case_id=base_id)))
    assert "Utgår från HB-2026-0001" in texts_of_card(change)
    details = {
        "aspects": "roll",
        "reason": "Går över till stödfunktion",
        "valid_from": "2026-12-01",
    }
    assignment = last_card(await chat.submit(press(change, "Nästa", **details)))
    assert '"value": "vardenhetschef"' in str(assignment).replace("'", '"')
    role = last_card(await chat.submit(press(assignment, "Nästa", assignment_id="stodfunktion")))
    assert "Heromarapportör" in str(role)
    card = last_card(await chat.submit(press(role, "Stämmer, fortsätt")))
    # Person, units, courses and the Heroma course come prefilled from the earlier case.
    assert "annan12" in str(card)
    for _ in range(4):
        card = last_card(await chat.submit(press(card, "Nästa")))
    assert "Granska och skicka" in texts_of_card(card)
    assert "Går över till stödfunktion" in str(card)
    replies = await chat.submit(press(card, "Skicka till bemanningssamordnaren", **CONFIRMED))
    assert "HB-2026-0002" in texts_of(replies)
    change_case = next(
        c
        for c in await memory_stores.cases.list_by_owner("aad-manager-1")
        if c.kind is CaseKind.CHANGE
    )
    assert change_case.status is CaseStatus.SUBMITTED
    assert change_case.role_id == "heromarapportor"
    assert change_case.change is not None
    assert change_case.change.based_on_reference == "HB-2026-0001"


async def test_change_gates_on_training_like_a_new_role(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    change = last_card(await chat.submit({"action": "menu.change"}))  # no earlier case: scratch
    details = {"aspects": "roll,ansvar", "reason": "Nytt uppdrag", "valid_from": "2026-12-01"}
    card = last_card(await chat.submit(press(change, "Nästa", **details)))
    steps = [
        ("Nästa", {"assignment_id": "enhetschef"}),
        ("Stämmer, fortsätt", {}),
        ("Nästa", {"name": "Bo Ek", "user_id": "boek1", "email": "bo.ek@example.se"}),
        ("Nästa", {"units": "111 Akuten", "business_area": "VO Akut"}),
    ]
    for button, inputs in steps:
        card = last_card(await chat.submit(press(card, button, **inputs)))
    replies = await chat.submit(press(card, "Nästa", course_heroma_introduktion="2026-10-01"))
    assert "Heroma – För chefer" in texts_of(replies)
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    assert (case.kind, case.status, case.stage) == (
        CaseKind.CHANGE,
        CaseStatus.DRAFT,
        Stage.COURSES,
    )
    resumed = last_card(await chat.say("fortsätt"))
    assert "Förberedande utbildningar" in texts_of_card(resumed)


async def test_termination_states_nothing_ends_by_itself_and_keeps_an_audit_trail(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    base_id = await granted_case(chat, memory_stores)
    base = last_card(await chat.submit({"action": "menu.termination"}))
    assert "upphör aldrig av sig själv" in texts_of_card(base)
    details = last_card(await chat.submit(press(base, "Nästa", base_case_id=base_id)))
    assert "annan12" in str(details)
    confirm = last_card(
        await chat.submit(
            press(
                details,
                "Nästa",
                name="Anna Andersson",
                user_id="annan12",
                email="anna.andersson@example.se",
                roles="chef",
                last_day="2026-12-31",
            )
        )
    )
    said = texts_of_card(confirm)
    assert "upphör aldrig av sig själv" in said
    assert "2026-12-31" in str(confirm)
    replies = await chat.submit(press(confirm, "Skicka till bemanningssamordnaren", **CONFIRMED))
    assert "HB-2026-0002" in texts_of(replies)
    case = next(
        c
        for c in await memory_stores.cases.list_by_owner("aad-manager-1")
        if c.kind is CaseKind.TERMINATION
    )
    assert case.termination is not None
    assert case.termination.last_day == date(2026, 12, 31)
    for verb in (Verb.TAKE, Verb.FORWARD, Verb.DONE):
        case = await memory_stores.cases.save(decide(case, verb, COORDINATOR, None))
    trail = [(e.actor.name, e.from_status, e.to_status) for e in case.events if e.to_status]
    assert trail == [
        ("Maria Chef", CaseStatus.DRAFT, CaseStatus.SUBMITTED),
        ("Sam Samordnare", CaseStatus.SUBMITTED, CaseStatus.IN_PROGRESS),
        ("Sam Samordnare", CaseStatus.IN_PROGRESS, CaseStatus.FORWARDED),
        ("Sam Samordnare", CaseStatus.FORWARDED, CaseStatus.DONE),
    ]
    assert case.events[0].action == "utkast skapat"


async def test_manager_link_with_a_detour_back_to_edit(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = last_card(await chat.submit({"action": "menu.manager_link"}))
    link = {**MANAGER_LINK, "previous_manager": "Per Förre"}
    confirm = last_card(await chat.submit(press(card, "Nästa", **link)))
    assert "Karin Ny" in str(confirm)
    again = last_card(await chat.submit(press(confirm, "Ändra")))
    assert "karny1" in str(again)
    confirm = last_card(
        await chat.submit(press(again, "Nästa", **(link | {"from_date": "2027-02-01"})))
    )
    assert "2027-02-01" in str(confirm)
    replies = await chat.submit(press(confirm, "Skicka till bemanningssamordnaren", **CONFIRMED))
    assert "HB-2026-0001" in texts_of(replies)
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    assert case.kind is CaseKind.MANAGER_LINK
    assert case.manager_link is not None
    assert case.manager_link.from_date == date(2027, 2, 1)


async def test_my_cases_lists_every_kind(memory_stores: Stores, routine: Routine) -> None:
    chat = Chat(memory_stores, routine)
    base_id = await granted_case(chat, memory_stores)
    base = last_card(await chat.submit({"action": "menu.change"}))
    await chat.submit(press(base, "Nästa", base_case_id=base_id))  # a change draft
    await chat.say("avbryt")
    base = last_card(await chat.submit({"action": "menu.termination"}))
    await chat.submit(press(base, "Nästa"))  # from scratch (preselected): a termination draft
    await chat.say("avbryt")
    listing = texts_of(await chat.say("mina ärenden"))
    for expected in ("Ny behörighet", "Förändring av behörighet", "Avslut av behörighet"):
        assert expected in listing
    assert "Klar" in listing
    assert listing.count("Utkast") >= 2


async def test_a_returned_termination_is_resumed_at_its_confirmation(
    memory_stores: Stores, routine: Routine
) -> None:
    chat = Chat(memory_stores, routine)
    card = last_card(await chat.submit({"action": "menu.termination"}))
    inputs = {
        "name": "Bo Ek",
        "user_id": "boek1",
        "email": "bo.ek@example.se",
        "roles": "heromarapportor",
        "last_day": "2026-12-31",
    }
    confirm = last_card(await chat.submit(press(card, "Nästa", **inputs)))
    await chat.submit(press(confirm, "Skicka till bemanningssamordnaren", **CONFIRMED))
    (case,) = await memory_stores.cases.list_by_owner("aad-manager-1")
    case = await memory_stores.cases.save(decide(case, Verb.RETURN, COORDINATOR, "Fel sista dag."))
    resumed = last_card(await chat.submit({"action": "case.resume", "case_id": case.id}))
    assert "Granska avslutet" in texts_of_card(resumed)
    assert "Fel sista dag." in str(resumed["body"][0])  # the coordinator's comment, on top
    assert "Skicka till bemanningssamordnaren" in actions_of(resumed)
    await chat.submit(press(resumed, "Skicka till bemanningssamordnaren", **CONFIRMED))
    case = await memory_stores.cases.get(case.id)  # type: ignore[assignment]
    assert case is not None
    assert case.status is CaseStatus.SUBMITTED
    assert advance  # the transitions module is what moved it; see test_transitions
