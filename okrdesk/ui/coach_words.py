"""The coach's words: for each rule of okrdesk/domain/coach.py a short hint and a sentence saying why, filled
with the hint's parameters. Every text is a literal for pyside6-lupdate (context "Coach"); numbers and dates
are formatted by QLocale. The results are plain text (they hold user text: titles, names, the verb found).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from okrdesk.domain.coach import KEY_RESULT, Hint, Rule
from okrdesk.ui.dialogs.common import plural
from okrdesk.ui.i18n import format_date, format_number

translate = QCoreApplication.translate  # lupdate reads translate("Coach", "literal")


def number(value: object) -> str:
    """A number as the user's locale writes it (45, 1.5, 1,200)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return format_number(value)


def day(value: object) -> str:
    return format_date(value) if isinstance(value, date) else str(value)


def hint_text(hint: Hint) -> str:
    """What the coach noticed, in a short line."""
    p = hint.params
    rule = hint.rule
    if rule == Rule.NO_KEY_RESULTS:
        if p.get("from_children"):
            return translate("Coach", "No key results and no aligned objectives yet")
        return translate("Coach", "No key results yet")
    if rule == Rule.TOO_MANY_KEY_RESULTS:
        return translate("Coach", "{count} key results: five at most keep it clear").format(
            count=number(p.get("count"))
        )
    if rule == Rule.TOO_MANY_OBJECTIVES:
        owner = str(p.get("owner") or "")
        count = number(p.get("count"))
        if owner:
            return translate("Coach", "{owner} has {count} objectives in this cycle").format(
                owner=owner, count=count
            )
        return translate("Coach", "Its owner has {count} objectives in this cycle").format(count=count)
    if rule == Rule.NO_NUMBER:
        return translate("Coach", "No number says how much")
    if rule == Rule.NO_BASELINE:
        target = number(p.get("target"))
        unit = str(p.get("unit") or "")
        amount = f"{target} {unit}" if unit else target
        return translate("Coach", "Target {amount}, but from where?").format(amount=amount)
    if rule == Rule.OUTPUT:
        return translate("Coach", "“{verb}” sounds like an output, not an outcome").format(
            verb=p.get("verb", "")
        )
    if rule == Rule.DUPLICATE_TITLE:
        count = int(p.get("count", 2))  # type: ignore[call-overload]
        if count > 2:
            more = plural(count - 2, translate("Coach", "and %n more"), translate("Coach", "and %n more"))
            return translate("Coach", "Same title as {ref} {more}").format(ref=p.get("other", ""), more=more)
        return translate("Coach", "Same title as {ref}").format(ref=p.get("other", ""))
    if rule == Rule.SANDBAGGING:
        return translate("Coach", "Confidence {confidence} at the start of the cycle").format(
            confidence=number(p.get("confidence"))
        )
    return str(rule)


def why_text(hint: Hint) -> str:
    """Why the coach mentions it, and what to do, in a sentence or three."""
    p = hint.params
    rule = hint.rule
    if rule == Rule.NO_KEY_RESULTS:
        if p.get("from_children"):
            return translate(
                "Coach",
                "Its progress comes from the objectives aligned to it, but none is aligned yet. Align "
                "objectives to it, or add two to five key results that say how you will know it is achieved.",
            )
        return translate(
            "Coach",
            "Key results make an objective measurable. Add two to five that say how you will know it is "
            "achieved; until then it has no progress.",
        )
    if rule == Rule.TOO_MANY_KEY_RESULTS:
        return translate(
            "Coach",
            "Three to five key results describe an objective well. More spread the attention and make the "
            "progress hard to read: keep the ones that best show the objective is met.",
        )
    if rule == Rule.TOO_MANY_OBJECTIVES:
        return translate(
            "Coach",
            "Five objectives or fewer per owner and cycle keep the focus: with more, effort is spread "
            "thin and little gets finished. Drop, merge or postpone some of them.",
        )
    if rule == Rule.NO_NUMBER:
        return translate(
            "Coach",
            "A key result says how much in its own words, e.g. “from 30 to 45” or “120 new products”. "
            "Without a number people read different goals into it, and nobody can tell when it is met.",
        )
    if rule == Rule.NO_BASELINE:
        return translate(
            "Coach",
            "The words give the target but not where you start, and the start is 0. Progress is measured "
            "from the start: enter today's value as the start and say it, e.g. “from 30 to 45”. If you "
            "really start from zero, write “from 0”.",
        )
    if rule == Rule.OUTPUT:
        return translate(
            "Coach",
            "Key results measure the change you want to see (more customers coming back, fewer errors), not "
            "the work done to get there. Ask what “{verb}” should achieve and measure that: “Raise repeat "
            "purchases from 22% to 30%” rather than “Launch a loyalty programme”.",
        ).format(verb=p.get("verb", ""))
    if rule == Rule.DUPLICATE_TITLE:
        if hint.kind == KEY_RESULT:
            return translate(
                "Coach",
                "Two key results of one objective with the same title confuse check-ins and reports. Merge "
                "them, or say in the title what sets them apart.",
            )
        return translate(
            "Coach",
            "Two objectives of one cycle with the same title confuse check-ins, reports and meetings. Merge "
            "them, or say in the title what sets them apart.",
        )
    if rule == Rule.SANDBAGGING:
        return translate(
            "Coach",
            "A confidence of {confidence} on {on}, at the start of the cycle (until {until}), says the "
            "target is sure to be reached: it is probably too easy (sandbagging). Key results should "
            "stretch; about 5 to 7 at the start is healthy. Raise the target, or check in the confidence "
            "you really have.",
        ).format(confidence=number(p.get("confidence")), on=day(p.get("on")), until=day(p.get("until")))
    return ""
