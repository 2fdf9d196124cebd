"""The follow-up list as CSV: rows per sent case, in the business area and date range asked."""

from __future__ import annotations

from datetime import date

from store.export import COLUMNS, select, to_csv
from store.models import Case, CaseKind, CaseStatus
from store.routine import Routine
from tests.store.samples import at, make_case


def sent(day: int, area: str = "VO Medicin") -> Case:
    return make_case(
        status=CaseStatus.SUBMITTED,
        reference=f"HB-2026-{day:04d}",
        role_id="chef",
        business_area=area,
        submitted_at=at(day),
    )


def test_only_sent_cases_of_the_area_and_range_are_listed() -> None:
    cases = [sent(2), sent(5), sent(9, "VO Kirurgi"), make_case(status=CaseStatus.DRAFT)]
    chosen = select(cases, "medicin", date(2026, 3, 3), date(2026, 3, 31))
    assert [case.reference for case in chosen] == ["HB-2026-0005"]


def test_rows_read_as_people_read_them_when_names_are_given(routine: Routine) -> None:
    names = {CaseKind.NEW_ACCESS: "Ny behörighet"}, {CaseStatus.SUBMITTED: "Inskickad"}
    table = to_csv([sent(2)], routine, kind_names=names[0], status_names=names[1])
    header, row = table.splitlines()
    assert header.split(";") == list(COLUMNS)
    assert row.startswith("HB-2026-0002;Ny behörighet;Inskickad;2026-03-02;")
    assert ";Chef;" in row
    coded = to_csv([sent(2)], routine).splitlines()[1]
    assert coded.startswith("HB-2026-0002;ny_behorighet;inskickad;")
