"""The routine's rules as validated data: roles, courses, assignments, steps and the document."""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from store.content_errors import describe_all

T = TypeVar("T", "Course", "Role", "Assignment")

DEFAULT_ROUTINE = Path(__file__).resolve().parent.parent / "content" / "routine.toml"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(_Frozen):
    title: str
    organisation: str
    document_type: str
    document_id: str
    version: str
    valid_from: date
    valid_to: date

    def is_valid_on(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_to


class Course(_Frozen):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    description: str


class Role(_Frozen):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    description: str
    courses: tuple[str, ...] = Field(min_length=1)
    review_note: str | None = None


class Assignment(_Frozen):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    role: str
    rule: str
    valid_from: date | None = None


class Step(_Frozen):
    number: int
    title: str
    text: str


class LearningPortal(_Frozen):
    name: str
    search_term: str
    how_to: str


class Routine(_Frozen):
    document: Document
    courses: tuple[Course, ...] = Field(min_length=1)
    roles: tuple[Role, ...] = Field(min_length=1)
    assignments: tuple[Assignment, ...] = Field(min_length=1)
    steps: tuple[Step, ...] = Field(min_length=1)
    learning_portal: LearningPortal

    @model_validator(mode="after")
    def _references_resolve(self) -> Self:
        """Every id is unique and every reference points at something that exists."""
        for kind, items in (("course", self.courses), ("role", self.roles)):
            ids = [item.id for item in items]
            if len(ids) != len(set(ids)):
                raise ValueError(f"duplicate {kind} id in {ids}")
        course_ids = {c.id for c in self.courses}
        role_ids = {r.id for r in self.roles}
        for role in self.roles:
            unknown = set(role.courses) - course_ids
            if unknown:
                raise ValueError(f"role {role.id!r} requires unknown course(s) {sorted(unknown)}")
        for assignment in self.assignments:
            if assignment.role not in role_ids:
                raise ValueError(
                    f"assignment {assignment.id!r} maps to unknown role {assignment.role!r}"
                )
        if [s.number for s in self.steps] != list(range(1, len(self.steps) + 1)):
            raise ValueError("steps must be numbered 1, 2, 3, ... in order")
        if self.document.valid_to < self.document.valid_from:
            raise ValueError("document.valid_to is before document.valid_from")
        return self

    @cached_property
    def _by_id(self) -> dict[str, Course | Role | Assignment]:
        items: tuple[Course | Role | Assignment, ...] = (
            *self.courses,
            *self.roles,
            *self.assignments,
        )
        return {f"{type(i).__name__}:{i.id}": i for i in items}

    def course(self, course_id: str) -> Course:
        return self._lookup(Course, course_id)

    def role(self, role_id: str) -> Role:
        return self._lookup(Role, role_id)

    def assignment(self, assignment_id: str) -> Assignment:
        return self._lookup(Assignment, assignment_id)

    def role_for(self, assignment_id: str) -> Role:
        return self.role(self.assignment(assignment_id).role)

    def courses_for(self, role_id: str) -> tuple[Course, ...]:
        return tuple(self.course(c) for c in self.role(role_id).courses)

    def _lookup(self, kind: type[T], item_id: str) -> T:
        item = self._by_id.get(f"{kind.__name__}:{item_id}")
        if not isinstance(item, kind):
            raise KeyError(f"no {kind.__name__.lower()} {item_id!r} in the routine")
        return item


class RoutineError(RuntimeError):
    """The routine file is missing or invalid; the message says where and why."""


def load_routine(path: Path = DEFAULT_ROUTINE) -> Routine:
    """Read and validate the routine file, or raise RoutineError with a readable message."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RoutineError(f"Rutinfilen saknas: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RoutineError(f"Rutinfilen {path} är inte giltig TOML: {exc}") from exc
    try:
        return Routine.model_validate(raw)
    except ValidationError as exc:
        raise RoutineError(f"Rutinfilen {path} är ogiltig:\n{describe_all(raw, exc)}") from exc
