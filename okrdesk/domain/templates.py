"""OKR templates: a ready-made objective with its key results, to start from instead of an empty page.

A template is plain data (the texts of the library live in ui/template_library.py, where they can be
translated). The dialog edits a copy and hands back the same shape, so one validation covers both the
library and what the user typed: the objective's title and each key result by the workspace's own rules
(validation.py), and at least one key result, since an objective nobody can measure is not an OKR.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from okrdesk.domain.model import KRType, ObjectiveKind
from okrdesk.domain.validation import FieldError, validate_key_result, validate_title


@dataclass(frozen=True, slots=True)
class KeyResultDraft:
    """A key result not yet in any workspace: what it measures, from where to where."""

    title: str
    kr_type: KRType = KRType.INCREASE
    start: float = 0.0
    target: float = 1.0
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Template:
    """A well-formed objective with its key results.

    why: a sentence or two on what makes the set work (shown beside it, never inserted).
    """

    category: str
    objective: str
    why: str = ""
    kind: ObjectiveKind = ObjectiveKind.COMMITTED
    key_results: tuple[KeyResultDraft, ...] = field(default_factory=tuple)


def key_result_problems(draft: KeyResultDraft, field_prefix: str = "") -> list[FieldError]:
    """What is wrong with one key result draft: its title, and its type and numbers by the workspace rules."""
    errors = validate_title(draft.title.strip()) + validate_key_result(
        draft.kr_type, draft.start, draft.target, 1.0, draft.unit.strip()
    )
    return [FieldError(field_prefix + e.field, e.message) for e in errors]


def template_problems(template: Template) -> list[FieldError]:
    """Everything that would stop the template from being inserted as it stands ([] when it can be).

    Key result problems name the key result ("Key result 2: ...") and their field is "key_results.<i>.<name>".
    """
    errors = [
        FieldError("objective", e.message.replace("The title", "The objective's title"))
        for e in validate_title(template.objective.strip())
    ]
    if not template.key_results:
        errors.append(
            FieldError("key_results", "Add at least one key result: it is how you will know you got there.")
        )
    for number, draft in enumerate(template.key_results, start=1):
        for error in key_result_problems(draft, f"key_results.{number - 1}."):
            errors.append(FieldError(error.field, f"Key result {number}: {error.message}"))
    return errors
