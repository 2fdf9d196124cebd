"""The routine as data: the shipped file is valid and a broken one fails with a clear message."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from store.routine import DEFAULT_ROUTINE, Routine, RoutineError, load_routine


def test_assignments_map_to_the_roles_the_routine_names(routine: Routine) -> None:
    for assignment in ("verksamhetschef", "stabschef", "vardenhetschef", "enhetschef", "lakarchef"):
        assert routine.role_for(assignment).name == "Chef"
        assert routine.assignment(assignment).valid_from == date(2026, 3, 1)
    assert routine.role_for("stodfunktion").name == "Heromarapportör"


def test_courses_per_role_and_the_marked_ambiguity(routine: Routine) -> None:
    names = [c.name for c in routine.courses_for("chef")]
    assert names == ["Heroma – Introduktion", "Heroma – För chefer"]
    reporter = routine.role("heromarapportor")
    assert [c.name for c in routine.courses_for(reporter.id)] == names
    assert reporter.review_note  # the reading of the ambiguous list is marked for review


def test_document_and_steps(routine: Routine) -> None:
    document = routine.document
    assert (document.document_id, document.version) == ("SAS9613-1111922443-44", "9.0")
    assert document.valid_to == date(2028, 3, 13)
    assert document.is_valid_on(date(2026, 11, 23))
    assert not document.is_valid_on(date(2028, 3, 14))
    assert [s.number for s in routine.steps] == [1, 2, 3, 4]


def _broken(tmp_path: Path, change: str) -> Path:
    text = DEFAULT_ROUTINE.read_text(encoding="utf-8")
    path = tmp_path / "routine.toml"
    path.write_text(text + change, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            '\n[[assignments]]\nid = "x"\nname = "X"\nrole = "saknas"\nrule = "r"\n',
            "unknown role 'saknas'",
        ),
        (
            '\n[[roles]]\nid = "y"\nname = "Y"\ndescription = "d"\ncourses = ["nope"]\n',
            "unknown course(s) ['nope']",
        ),
        ('\n[[courses]]\nid = "heroma_introduktion"\nname = "n"\ndescription = "d"\n', "duplicate"),
        ("\nthis is not toml", "inte giltig TOML"),
    ],
)
def test_broken_file_fails_with_a_clear_message(tmp_path: Path, change: str, message: str) -> None:
    with pytest.raises(RoutineError, match="Rutinfilen") as caught:
        load_routine(_broken(tmp_path, change))
    assert message in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match="saknas"):
        load_routine(tmp_path / "none.toml")


def test_the_file_is_plain_toml_a_coordinator_can_edit() -> None:
    raw = tomllib.loads(DEFAULT_ROUTINE.read_text(encoding="utf-8"))
    assert {"document", "courses", "roles", "assignments", "steps"} <= set(raw)


def test_each_problem_is_a_line_that_names_the_entry(tmp_path: Path) -> None:
    text = DEFAULT_ROUTINE.read_text(encoding="utf-8").replace('name = "Chef"', 'nme = "Chef"', 1)
    path = tmp_path / "routine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    assert "- roles[0] (id 'chef').name: Field required" in str(caught.value)
    assert "errors.pydantic.dev" not in str(caught.value)
