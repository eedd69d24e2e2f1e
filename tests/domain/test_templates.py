"""Templates: the library is well-formed; template_problems says what stops a draft from being inserted."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from okrdesk.domain.model import KRType, ObjectiveKind
from okrdesk.domain.templates import KeyResultDraft, Template, template_problems
from okrdesk.domain.validation import format_number
from okrdesk.ui.template_library import categories, template_library

LIBRARY = template_library()  # QCoreApplication.translate without an application returns the source text
OUTPUT_VERBS = (
    "launch",
    "ship",
    "build",
    "release",
    "write",
    "create",
    "implement",
    "hold",
    "run",
    "publish",
)


def test_five_categories_with_two_or_three_templates_each() -> None:
    assert categories(LIBRARY) == [
        "Sales",
        "Customer success",
        "Engineering",
        "Hiring and retention",
        "Personal development",
    ]
    for category in categories(LIBRARY):
        assert 2 <= sum(t.category == category for t in LIBRARY) <= 3, category
    assert {t.kind for t in LIBRARY} == {ObjectiveKind.COMMITTED, ObjectiveKind.ASPIRATIONAL}


@pytest.mark.parametrize("template", LIBRARY, ids=lambda t: t.objective)
def test_every_template_validates_and_reads_as_an_okr(template: Template) -> None:
    assert template_problems(template) == []
    assert template.why.strip(), "every template says why it works"
    assert 2 <= len(template.key_results) <= 4
    for kr in template.key_results:
        assert re.search(r"\d", kr.title), f"{kr.title!r} has no number"
        # The baseline and the target both appear: "from 32 to 45".
        assert f"from {format_number(kr.start)}" in kr.title, kr.title
        assert f"to {format_number(kr.target)}" in kr.title, kr.title
        assert kr.title.split()[0].casefold() not in OUTPUT_VERBS, f"{kr.title!r} is an output"
        assert kr.kr_type in (KRType.INCREASE, KRType.DECREASE)


def test_problems_name_the_key_result_and_what_to_fix() -> None:
    template = LIBRARY[0]
    krs = list(template.key_results)
    krs[1] = replace(krs[1], start=25.0, target=25.0)
    krs[2] = replace(krs[2], title="  ")
    problems = template_problems(replace(template, objective="", key_results=tuple(krs)))
    messages = [p.message for p in problems]
    assert messages[0] == "The objective's title cannot be empty."
    assert any(m.startswith("Key result 2: The target must differ from the start") for m in messages)
    assert any(m.startswith("Key result 3: The title cannot be empty") for m in messages)
    assert {p.field for p in problems} == {"objective", "key_results.1.target", "key_results.2.title"}


def test_an_objective_needs_at_least_one_key_result() -> None:
    problems = template_problems(Template("Sales", "Win the mid-market"))
    assert [p.field for p in problems] == ["key_results"]


def test_direction_and_milestones_follow_the_workspace_rules() -> None:
    upside_down = KeyResultDraft("Raise NPS from 45 to 32", KRType.INCREASE, 45, 32, "points")
    milestone = KeyResultDraft("Go live", KRType.MILESTONE, 0, 1)
    problems = template_problems(Template("Sales", "Delight", key_results=(upside_down, milestone)))
    assert len(problems) == 1 and "did you mean 'decrease'?" in problems[0].message
