"""Swedish words for the domain's enums, in one place so every card says the same thing."""

from __future__ import annotations

from store.models import CaseKind, CaseStatus, Stage

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
    CaseStatus.FORWARDED: "Löneservice specialistsupport lägger upp behörigheten i Heroma.",
    CaseStatus.DONE: "Inget mer att göra.",
    CaseStatus.CANCELLED: "Inget mer att göra.",
}


def step_of(stage: Stage) -> int:
    """1-based step number of a stage in the guided flow."""
    return list(STAGE_TITLES).index(stage) + 1


def format_date(value: object) -> str:
    """ISO date (YYYY-MM-DD), the form Swedish public sector documents use; '–' when missing."""
    if value is None:
        return "–"
    iso = getattr(value, "isoformat", None)
    return str(iso()[:10]) if callable(iso) else str(value)
