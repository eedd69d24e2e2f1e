"""The sample workspace: a small outdoor retailer's OKRs, realistic enough to learn okrdesk from.

Northwind Outfitters (company) has two departments and three teams, a dozen people, a year cycle and the
current quarter inside it. Annual company objectives are cascaded into department and team objectives; the
key results cover every type; weekly check-ins from the quarter's start up to `today` leave the tree with a
mix of on track, at risk, off track and no data, one overachieved key result and one below its baseline.

Everything is written with SQLAlchemy Core bulk inserts in one transaction, with explicit ids so rows can
refer to each other. The data depends only on `today` (a seeded random generator), never on the clock.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from okrdesk.domain.cycles import CyclePreset, preset_dates
from okrdesk.domain.model import KRType
from okrdesk.domain.progress import expected_progress
from okrdesk.services.workspace import SAMPLE_SETTING
from okrdesk.store.schema import Base

if TYPE_CHECKING:
    from okrdesk.services.workspace import Workspace

COMPANY = "Northwind Outfitters"
EMAIL_DOMAIN = "northwind.example"
CHECK_IN_TIME = time(9, 0)  # today's check-ins are at this time, so none lies in the future of `today`

# (key, name, parent team key)
_TEAMS = (
    ("company", COMPANY, None),
    ("sales", "Sales & Customer", "company"),
    ("ops", "People & Operations", "company"),
    ("success", "Customer Success", "sales"),
    ("store", "Online Store", "sales"),
    ("culture", "People & Culture", "ops"),
)

# (key, name, team key)
_PEOPLE = (
    ("amara", "Amara Okafor", "company"),
    ("daniel", "Daniel Kowalski", "sales"),
    ("priya", "Priya Raman", "ops"),
    ("sofia", "Sofía Martínez", "success"),
    ("kenji", "Kenji Watanabe", "success"),
    ("fatima", "Fatima Al-Sayed", "success"),
    ("lukas", "Lukas Becker", "store"),
    ("chloe", "Chloé Dubois", "store"),
    ("mateus", "Mateus Oliveira", "store"),
    ("grace", "Grace Mensah", "culture"),
    ("ingrid", "Ingrid Johansson", "culture"),
    ("noah", "Noah Feldman", "ops"),
)


class _KR(NamedTuple):
    """A sample key result; `plot` says how its check-ins go (see _progress_now and _binary_values)."""

    title: str
    kr_type: KRType
    start: float
    target: float
    unit: str
    owner: str | None
    plot: str
    decimals: int = 0


class _Objective(NamedTuple):
    key: str
    annual: bool
    parent: str | None
    owner: str
    title: str
    description: str = ""
    kind: str = "committed"
    state: str = "active"
    source: str = "key_results"
    krs: tuple[_KR, ...] = ()


INC, DEC, AL, AM, MS = KRType.INCREASE, KRType.DECREASE, KRType.AT_LEAST, KRType.AT_MOST, KRType.MILESTONE

# fmt: off
_OBJECTIVES = (
    _Objective(
        "brand", True, None, "amara", "Become the outdoor brand customers come back to",
        "Our growth this year comes from loyal customers, not from ever larger ad budgets.",
        source="children",
    ),
    _Objective(
        "workplace", True, None, "amara", "Make Northwind a great place to work",
        "People who enjoy their work serve our customers better.",
        source="both",
        krs=(_KR("Lift the employee NPS from +10 to +30", INC, 10, 30, "eNPS", "priya", "on"),),
    ),
    _Objective(
        "retention", False, "brand", "daniel", "Improve customer retention",
        "Keeping a customer costs a fifth of winning a new one.",
        source="both",
        krs=(
            _KR("Reduce monthly customer churn from 8% to 5%", DEC, 8, 5, "%", "sofia", "on", 1),
            _KR("Increase the repeat purchase rate from 22% to 30%", INC, 22, 30, "%", "lukas", "risk", 1),
            _KR("Grow referrals from 150 to 300 a month", INC, 150, 300, "referrals", "kenji", "ahead"),
        ),
    ),
    _Objective(
        "regulars", False, "retention", "success", "Turn first-time buyers into regulars",
        krs=(
            _KR("Launch the post-purchase welcome email series", MS, 0, 1, "", "fatima", "done"),
            _KR("Raise the 60-day second-order rate from 18% to 25%", INC, 18, 25, "%", "sofia", "risk", 1),
            _KR("Answer support emails within 4 hours at most", AM, 6, 4, "hours", "kenji", "met", 1),
        ),
    ),
    _Objective(
        "checkout", False, "retention", "store", "Make checkout effortless",
        "Most lost orders are lost in the last two steps of checkout.",
        krs=(
            _KR("Cut checkout abandonment from 70% to 55%", DEC, 70, 55, "%", "chloe", "on", 1),
            _KR("Ship one-click reorder in the app", MS, 0, 1, "", "mateus", "none"),
            _KR("Keep site uptime at or above 99.9%", AL, 99.5, 99.9, "%", "mateus", "met", 2),
        ),
    ),
    _Objective(
        "trailblazers", False, "retention", "kenji", "Launch the Trailblazers referral programme",
        "A stretch goal: a community of customers who take friends on their first hike.",
        kind="aspirational",
        krs=(
            _KR("Sign up 500 Trailblazers members", INC, 0, 500, "members", "kenji", "off"),
            _KR("Get 40 outdoor creators to recommend us", INC, 0, 40, "creators", None, "none"),
        ),
    ),
    _Objective(
        "revenue", False, "brand", "sales", "Grow online revenue profitably",
        krs=(
            _KR("Grow online revenue from 1,200 to 1,500 k€", INC, 1200, 1500, "k€", "daniel", "on"),
            _KR("Raise the average order value from €68 to €75", INC, 68, 75, "€", "lukas", "ahead", 2),
            _KR("Keep the return rate at or below 8%", AM, 10, 8, "%", "chloe", "missed", 1),
        ),
    ),
    _Objective(
        "catalogue", False, "revenue", "store", "Refresh the catalogue for winter",
        krs=(
            _KR("Publish 120 new winter products", INC, 0, 120, "products", "chloe", "over"),
            _KR("New products rated 4.5 stars or more", AL, 4.2, 4.5, "stars", "lukas", "met", 1),
        ),
    ),
    _Objective(
        "stay", False, "workplace", "priya", "Make Northwind a place people want to stay",
        krs=(
            _KR("Cut staff turnover by 10%", DEC, 18, 16.2, "%", "grace", "off", 1),
            _KR("Raise employee satisfaction by 15%", INC, 60, 69, "points", "ingrid", "on", 1),
            _KR("At least 90% of people have a monthly 1:1", AL, 75, 90, "%", "priya", "missed"),
        ),
    ),
    _Objective(
        "hiring", False, "stay", "culture", "Hire and onboard great people faster",
        krs=(
            _KR("Reduce time-to-hire from 45 to 30 days", DEC, 45, 30, "days", "grace", "on"),
            _KR("New hires rate their onboarding at least 8 out of 10", AL, 7, 8, "/10", "ingrid", "met", 1),
        ),
    ),
    _Objective(
        "leaders", False, "stay", "priya", "Grow our own leaders",
        krs=(
            _KR("Train all 12 team leads in coaching skills", INC, 0, 12, "people", "ingrid", "risk"),
            _KR("Publish career paths for every role", MS, 0, 1, "", "grace", "pending"),
        ),
    ),
    _Objective(
        "warehouse", False, None, "noah", "Run a lean, reliable warehouse",
        "Fast, correct deliveries are what customers remember.",
        krs=(
            _KR("Ship 98% of orders within 24 hours", AL, 94, 98, "%", "noah", "met", 1),
            _KR("Reduce picking errors from 1.5% to 0.8%", DEC, 1.5, 0.8, "%", "noah", "below", 2),
        ),
    ),
    _Objective(
        "rental", False, None, "chloe", "Explore a gear rental service",
        "An idea for next year: rent out tents and skis to people trying a sport first.",
        state="draft",
    ),
)

_NOTES = {
    "good": (
        "Good week, ahead of plan.",
        "The new campaign is paying off.",
        "Steady progress, nothing blocking us.",
        "Better than expected after the launch.",
        "On plan.",
        "",
    ),
    "neutral": (
        "Slower week because of the holidays.",
        "Mixed results; watching it closely.",
        "Waiting on the supplier's data.",
        "Small step forward.",
        "",
    ),
    "bad": (
        "Behind plan: we need help from another team.",
        "Blocked by the platform migration.",
        "Lost two weeks to the warehouse move.",
        "Numbers went the wrong way; investigating.",
        "Needs a decision at the next leadership meeting.",
    ),
}
_MOOD = {
    "ahead": "good", "on": "good", "over": "good", "done": "good", "met": "good",
    "risk": "neutral", "pending": "neutral",
    "off": "bad", "below": "bad", "missed": "bad",
}
_CONFIDENCE = {"ahead": 8, "on": 7, "over": 9, "done": 9, "met": 8, "risk": 5, "pending": 6, "off": 3,
               "below": 2, "missed": 4}
# fmt: on
_STALE_PLOTS = {"off", "pending"}  # their owners stopped checking in a while ago


def _email(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return ascii_name.lower().replace("-", "").replace(" ", ".", 1).replace(" ", "") + "@" + EMAIL_DOMAIN


def _next_id(session: Session, table: Table) -> int:
    return int(session.scalar(select(func.max(table.c.id))) or 0) + 1


def _check_in_days(cycle_start: date, today: date, step: int, stale: bool, rng: random.Random) -> list[date]:
    """Roughly every `step` days from shortly after the cycle's start; the last one today unless stale."""
    days: list[date] = []
    day = cycle_start + timedelta(days=rng.randint(2, 4))
    while day < today:
        days.append(day)
        day += timedelta(days=step + rng.choice((-1, 0, 0, 1)))
    if stale:
        return days[:-2] if len(days) > 2 else days
    if days and (today - days[-1]).days < 3:
        days.pop()
    return [*days, today]


def _progress_now(plot: str, expected: float) -> float:
    """The raw progress a continuous (increase/decrease) sample KR shows today, relative to the pace."""
    return {
        "ahead": min(1.0, expected * 1.1 + 0.05),
        "on": expected * 0.92,
        "risk": max(0.0, expected - 0.24),
        "off": max(0.0, expected - 0.45),
        "over": 1.25,
        "below": -0.3,
    }[plot]


def _values(kr: _KR, count: int, expected: float, rng: random.Random) -> list[float]:
    """The check-in values of a KR, oldest first, following its plot."""
    if kr.kr_type in (INC, DEC):
        now = _progress_now(kr.plot, expected)
        span = kr.target - kr.start
        values = []
        for index in range(count):
            share = (index + 1) / count
            noise = 0.0 if index == count - 1 else rng.uniform(-0.04, 0.04) * (1 - share)
            values.append(round(kr.start + span * (now * share + noise), kr.decimals))
        return values
    if kr.kr_type == MS:
        done_from = max(1, round(count * 0.6)) if kr.plot == "done" else count + 1
        return [1.0 if index + 1 >= done_from else 0.0 for index in range(count)]
    # at_least / at_most: around the target, on the good side when met
    good = 1.0 if kr.kr_type == AL else -1.0
    spread = abs(kr.target - kr.start)
    values = [kr.target + good * rng.uniform(0.1, 0.6) * spread for _ in range(count)]
    if kr.plot == "missed":
        values[-1] = kr.target - good * rng.uniform(0.3, 0.6) * spread
    ceiling = 100.0 if kr.unit == "%" else 10.0 if kr.unit == "/10" else 5.0 if kr.unit == "stars" else None
    return [round(v if ceiling is None else min(v, ceiling), kr.decimals) for v in values]


def _at(day: date, today: date, rng: random.Random) -> datetime:
    if day == today:
        return datetime.combine(day, CHECK_IN_TIME)
    return datetime.combine(day, time(rng.randint(8, 17), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))))


def _owner_rows(first_id: int) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The teams, then the people, with explicit ids; also the id of each sample key."""
    ids: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    members = [(key, "team", name, parent, "") for key, name, parent in _TEAMS]
    members += [(key, "person", name, team, _email(name)) for key, name, team in _PEOPLE]
    for position, (key, kind, name, parent, email) in enumerate(members):
        ids[key] = first_id + position
        parent_id = ids[parent] if parent else None
        rows.append(
            dict(id=ids[key], kind=kind, name=name, email=email, parent_id=parent_id, position=position)
        )
    return rows, ids


def _check_in_rows(
    kr: _KR,
    kr_id: int,
    author: int | None,
    cycle: tuple[date, date],
    annual: bool,
    today: date,
    rng: random.Random,
) -> list[dict[str, Any]]:
    """Weekly (monthly for an annual KR) check-ins of one KR, following its plot, none after today."""
    if kr.plot == "none":
        return []
    expected = expected_progress(cycle[0], cycle[1], today)
    days = _check_in_days(cycle[0], today, 28 if annual else 7, kr.plot in _STALE_PLOTS, rng)
    values = _values(kr, len(days), expected, rng)
    rows: list[dict[str, Any]] = []
    for index, (day, value) in enumerate(zip(days, values, strict=True)):
        share = (index + 1) / len(days)
        confidence = round(7 + (_CONFIDENCE[kr.plot] - 7) * share) + rng.choice((-1, 0, 0, 0, 1))
        mood = _MOOD[kr.plot] if share > 0.5 else rng.choice(("good", "neutral"))
        at = _at(day, today, rng)
        note = rng.choice(_NOTES[mood])
        rows.append(
            dict(key_result_id=kr_id, at=at, value=value, confidence=max(0, min(10, confidence)), note=note,
                 author_id=author, created_at=at)
        )  # fmt: skip
    return rows


def fill_sample(workspace: Workspace, today: date) -> None:
    """Fills a freshly created, empty workspace with the Northwind Outfitters sample (one transaction)."""
    rng = random.Random(f"okrdesk-sample-{today.isoformat()}")
    tables = Base.metadata.tables
    year_name, year_start, year_end = preset_dates(CyclePreset.YEAR, today)
    quarter_name, quarter_start, quarter_end = preset_dates(CyclePreset.QUARTER, today)
    person_keys = {key for key, _, _ in _PEOPLE}

    with workspace.editor().session() as session:
        owner_rows, ids = _owner_rows(_next_id(session, tables["owners"]))
        year_id = _next_id(session, tables["cycles"])
        quarter_id = year_id + 1
        periods = {True: (year_id, (year_start, year_end)), False: (quarter_id, (quarter_start, quarter_end))}
        cycle_rows = [
            dict(id=cycle_id, name=name, start_date=start, end_date=end, state="active")
            for name, (cycle_id, (start, end)) in ((year_name, periods[True]), (quarter_name, periods[False]))
        ]
        objective_id = _next_id(session, tables["objectives"])
        kr_id = _next_id(session, tables["key_results"])
        objective_rows: list[dict[str, Any]] = []
        kr_rows: list[dict[str, Any]] = []
        check_in_rows: list[dict[str, Any]] = []
        siblings: dict[object, int] = {}  # next position among siblings: per parent, or per cycle at the top
        for spec in _OBJECTIVES:
            ids[spec.key] = objective_id
            cycle_id, cycle = periods[spec.annual]
            created = datetime.combine(cycle[0], time(9, 0))
            sibling_key: object = ("top", cycle_id) if spec.parent is None else spec.parent
            position = siblings.get(sibling_key, 0)
            siblings[sibling_key] = position + 1
            objective_rows.append(
                dict(id=objective_id, cycle_id=cycle_id, owner_id=ids[spec.owner], title=spec.title,
                     parent_id=ids[spec.parent] if spec.parent else None, description=spec.description,
                     kind=spec.kind, state=spec.state, position=position, progress_source=spec.source,
                     created_at=created, updated_at=created)
            )  # fmt: skip
            for kr_position, kr in enumerate(spec.krs):
                owner = ids[kr.owner] if kr.owner else None
                kr_rows.append(
                    dict(id=kr_id, objective_id=objective_id, title=kr.title, description="",
                         kr_type=kr.kr_type.value, start_value=float(kr.start), target_value=float(kr.target),
                         unit=kr.unit, weight=1.0, owner_id=owner, position=kr_position, carried_from_id=None,
                         created_at=created, updated_at=created)
                )  # fmt: skip
                author = owner or (ids[spec.owner] if spec.owner in person_keys else None)
                check_in_rows += _check_in_rows(kr, kr_id, author, cycle, spec.annual, today, rng)
                kr_id += 1
            objective_id += 1

        # Parents come before their children in every list, so each row's references already exist.
        session.execute(insert(tables["owners"]), owner_rows)
        session.execute(insert(tables["cycles"]), cycle_rows)
        session.execute(insert(tables["objectives"]), objective_rows)
        session.execute(insert(tables["key_results"]), kr_rows)
        session.execute(insert(tables["check_ins"]), check_in_rows)
        session.execute(insert(tables["settings"]), [{"key": SAMPLE_SETTING, "value": "1"}])
