"""Swedish words for the domain's enums, in one place so every card says the same thing."""

from __future__ import annotations

import re
from collections.abc import Mapping

from store.kinds import ChangeAspect
from store.models import Case, CaseKind, CaseStatus, Stage

STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.DRAFT: "Utkast",
    CaseStatus.SUBMITTED: "Inskickad",
    CaseStatus.IN_PROGRESS: "Under handläggning",
    CaseStatus.RETURNED: "Returnerad för komplettering",
    CaseStatus.FORWARDED: "Vidarebefordrad till Löneservice",
    CaseStatus.DONE: "Klar",
    CaseStatus.CANCELLED: "Avbruten",
}

KIND_LABELS: dict[CaseKind, str] = {
    CaseKind.NEW_ACCESS: "Ny behörighet",
    CaseKind.CHANGE: "Förändring av behörighet",
    CaseKind.TERMINATION: "Avslut av behörighet",
    CaseKind.MANAGER_LINK: "Chefskoppling",
}

# What a change is about, as the change card offers it and every card that shows the case says it.
ASPECT_LABELS: dict[ChangeAspect, str] = {
    ChangeAspect.ROLE: "Behörighetsroll (nytt uppdrag)",
    ChangeAspect.UNITS: "Ansvar eller verksamhetsområde",
    ChangeAspect.DATES: "Datum (från eller till)",
}

# The status in a sentence about "ärendet" (neuter): "Ärendet HB-2026-0012 är inskickat."
CASE_IS: dict[CaseStatus, str] = {
    CaseStatus.DRAFT: "ett utkast",
    CaseStatus.SUBMITTED: "inskickat",
    CaseStatus.IN_PROGRESS: "under handläggning",
    CaseStatus.RETURNED: "returnerat för komplettering",
    CaseStatus.FORWARDED: "vidarebefordrat till Löneservice",
    CaseStatus.DONE: "klart",
    CaseStatus.CANCELLED: "avbrutet",
}

# What Löneservice specialistsupport does in Heroma with each kind of case (the routine).
PAYROLL_TASK: dict[CaseKind, str] = {
    CaseKind.NEW_ACCESS: "lägger upp behörighetsrollen i Heroma",
    CaseKind.CHANGE: "ändrar behörighetsrollen i Heroma",
    CaseKind.TERMINATION: "tar bort behörigheten i Heroma",
    CaseKind.MANAGER_LINK: "kopplar den nya chefen till ansvaret i Heroma",
}

# The guided flow's steps as the manager sees them; Stage.SUBMITTED is not a step.
STAGE_TITLES: dict[Stage, str] = {
    Stage.ASSIGNMENT: "Uppdrag",
    Stage.ROLE: "Behörighetsroll",
    Stage.PERSON: "Person",
    Stage.UNITS: "Ansvar och verksamhetsområde",
    Stage.COURSES: "Förberedande utbildningar",
    Stage.HEROMA_COURSE: "Heromautbildningen",
    Stage.REVIEW: "Granska och skicka",
}

FLOW_STEPS = len(STAGE_TITLES)

NEXT_STEP: dict[CaseStatus, str] = {
    CaseStatus.DRAFT: "Du fortsätter där du slutade med knappen Fortsätt.",
    CaseStatus.SUBMITTED: "Bemanningssamordnaren tar emot ärendet.",
    CaseStatus.IN_PROGRESS: "Bemanningssamordnaren handlägger ärendet.",
    CaseStatus.RETURNED: "Komplettera uppgifterna och skicka in igen.",
    CaseStatus.FORWARDED: "Löneservice specialistsupport handlägger ärendet i Heroma.",
    CaseStatus.DONE: "Inget mer att göra.",
    CaseStatus.CANCELLED: "Inget mer att göra.",
}


def next_step(case: Case) -> str:
    """What happens next with `case`, in one sentence; Löneservice's part depends on the kind."""
    if case.status is CaseStatus.FORWARDED:
        return f"Löneservice specialistsupport {PAYROLL_TASK[case.kind]}."
    return NEXT_STEP[case.status]


def case_summary(case: Case, role_names: Mapping[str, str]) -> str:
    """What the case is about in one line, for lists: who, and which role(s) or which unit.

    Each kind fills other fields: a manager link names a manager and a unit, no person or role;
    a termination lists the roles that end.
    """
    if case.kind is CaseKind.MANAGER_LINK:
        link = case.manager_link
        manager = link.new_manager.name if link and link.new_manager else "ej angiven"
        unit = link.unit if link and link.unit else "ej angivet"
        return f"Ny chef: {manager} · ansvar: {unit}"
    who = case.person.name if case.person else "person ej angiven"
    if case.kind is CaseKind.TERMINATION:
        ending = case.termination.roles if case.termination else []
        roles = ", ".join(role_names.get(role, role) for role in ending)
        return f"{who} · avslutar {roles}" if roles else f"{who} · roller ej valda"
    return f"{who} · {role_names.get(case.role_id or '', 'roll ej vald')}"


def step_of(stage: Stage) -> int:
    """1-based step number of a stage in the guided flow."""
    return list(STAGE_TITLES).index(stage) + 1


def format_date(value: object) -> str:
    """ISO date (YYYY-MM-DD), the form Swedish public sector documents use; '–' when missing."""
    if value is None:
        return "–"
    iso = getattr(value, "isoformat", None)
    return str(iso()[:10]) if callable(iso) else str(value)


def in_sentence(label: str) -> str | None:
    """An input's label as a phrase inside a sentence ("Ansvar (ett per rad)" → "ansvar").

    A remark in brackets and trailing punctuation are dropped, and the first letter is
    lower-cased unless the first word is an abbreviation (VGR-ID). None for a question
    ("Varför?"): no sentence can take one in, so the caller needs a message of its own.
    """
    if label.rstrip().endswith("?"):
        return None
    phrase = re.sub(r"\s*\([^)]*\)", "", label).strip().rstrip(".:;,")
    if not phrase:
        return None
    first_word = phrase.split()[0]
    return phrase if first_word[:2].isupper() else phrase[0].lower() + phrase[1:]
