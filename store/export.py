"""The routine's follow-up list as CSV: cases per business area and date range."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import date

from store.models import Case, CaseKind, CaseStatus
from store.routine import Routine

COLUMNS = (
    "referens",
    "typ",
    "status",
    "inskickad",
    "namn",
    "användar-id",
    "behörighetsroll",
    "ansvar",
    "verksamhetsområde",
    "ansvarig chef",
    "hanteras av",
    "senast ändrad",
)


def select(
    cases: Iterable[Case],
    business_area: str = "",
    start: date | None = None,
    end: date | None = None,
) -> list[Case]:
    """Submitted cases whose business area contains `business_area`, sent within the range."""
    wanted = business_area.strip().casefold()
    chosen = []
    for case in cases:
        if case.submitted_at is None:
            continue
        sent = case.submitted_at.date()
        if wanted and wanted not in (case.business_area or "").casefold():
            continue
        if (start and sent < start) or (end and sent > end):
            continue
        chosen.append(case)
    return sorted(chosen, key=lambda c: c.reference or "")


def to_csv(
    cases: Iterable[Case],
    routine: Routine,
    *,
    kind_names: Mapping[CaseKind, str] | None = None,
    status_names: Mapping[CaseStatus, str] | None = None,
) -> str:
    """Semicolon-separated, as Swedish Excel opens it; one row per case.

    Kind and status as the given names (what people read), else as their stored codes.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(COLUMNS)
    for case in cases:
        writer.writerow(
            [
                case.reference or "",
                (kind_names or {}).get(case.kind, case.kind.value),
                (status_names or {}).get(case.status, case.status.value),
                case.submitted_at.date().isoformat() if case.submitted_at else "",
                case.person.name if case.person else "",
                case.person.user_id if case.person else "",
                routine.role(case.role_id).name if case.role_id else "",
                ", ".join(case.responsibility_units),
                case.business_area or "",
                case.owner.name,
                case.handler.name if case.handler else "",
                case.updated_at.date().isoformat(),
            ]
        )
    return out.getvalue()
