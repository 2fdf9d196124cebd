"""Read-modify-write of a case that survives concurrent writers by retrying on conflict."""

from __future__ import annotations

from collections.abc import Callable

from store.interfaces import CaseStore, ConflictError
from store.models import Case

ATTEMPTS = 5


async def update_case(store: CaseStore, case_id: str, change: Callable[[Case], Case]) -> Case:
    """Apply `change` to the freshest copy of the case and save it.

    On a version conflict the case is read again and `change` applied again, so a rule that
    `change` checks (e.g. an allowed status transition) is checked against what is stored now.
    """
    for _ in range(ATTEMPTS):
        case = await store.get(case_id)
        if case is None:
            raise KeyError(case_id)
        try:
            return await store.save(change(case))
        except ConflictError:
            continue
    raise ConflictError(f"case {case_id} kept changing; gave up after {ATTEMPTS} attempts")
