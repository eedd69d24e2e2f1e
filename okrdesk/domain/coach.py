"""The OKR coach: rules that point at OKRs worth a second look. Hints never block anything.

Each rule is a function over domain dataclasses that returns `Hint` records: the rule, the item it is about
and parameters (numbers, the word found, another item's ref). The words shown to people are the UI's
(okrdesk/ui/coach_words.py), so they can be translated; nothing here is a sentence.

The rules, precisely (choices where shared OKR_RULES.md is silent; the aim is helpful, not noisy):
- NO_NUMBER (key result): its title holds no number: no digit (any script, "½" too) and no number word
  (English or German: "twelve", "double", "zwölf", "halbieren"…). Milestones are exempt: done or not, they
  have no amount to name. Every key result has numeric start and target fields, but the title is what people
  read, in the tree, in reports and in meetings.
- NO_BASELINE (key result): an increase or decrease key result whose start is 0 (a new key result's default)
  and whose title names a target level or change ("to 45", "by 15%", "auf 45", "um 20 %", "reach 500",
  "… erreichen") without saying where it starts ("from 30", "von 30", "ab 30"). "by"/"um" count only before
  a percentage ("by 30 June" is a date), "up to 40" is a cap, not a level. A start other than 0 is a
  baseline the user entered, and a title without a number gets NO_NUMBER instead. Params: target, unit.
- TOO_MANY_OBJECTIVES (objective): its owner has more than 5 objectives in its cycle. The hint is on each of
  them (which one to drop is the owner's call, and the hint shows whichever of them is being edited).
  Objectives without an owner are not counted. Params: count, owner_id, owner (the name, when known).
- TOO_MANY_KEY_RESULTS (objective): more than 5 key results. Params: count.
- NO_KEY_RESULTS (objective): no key result, unless its progress comes from aligned objectives (source
  `children` or `both`) and at least one (not dropped) objective aligns to it. Params: from_children (the
  progress source expects aligned objectives but none aligns to it yet).
- OUTPUT (key result): the title starts with an output verb or noun ("Launch…", "Write 6 ebooks", "Set up…",
  "Einführung…", "Starte…"), or, German word order, ends with an output infinitive ("Neues CRM einführen").
  Matched as whole words, case-insensitively, in common inflections ("launched", "writing"). A title that
  speaks of a percentage ("Ship 98% of orders within 24 hours") measures a rate, an outcome: exempt.
  Params: verb (the word as written in the title).
- DUPLICATE_TITLE: objectives of one cycle, or key results of one objective, with the same normalised title
  (Unicode NFKC, case-folded, runs of white space as one space, surrounding white space and end punctuation
  dropped: "Grow revenue." = "grow  REVENUE"). The hint is on each of them. Params: other (the ref of the
  first other item with that title, by position), count (how many share it).
- SANDBAGGING (key result): the last check-in with a confidence that was recorded at the start of the cycle
  says a confidence above 9 (that is 10, "certain"). The start of a cycle is its first quarter: the days
  before start + (days of the cycle ÷ 4, rounded down, at least 1); check-ins dated before the cycle's start
  (set while planning) count too, check-ins dated after `today` do not. The last one counts, so a 10 that was
  corrected early is forgiven. Params: confidence, on (the date), until (the last day of the start).
Dropped objectives, and their key results, get no hints and count for no rule: they are out of play.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from okrdesk.domain.model import (
    CheckIn,
    Cycle,
    KeyResult,
    KRType,
    Objective,
    ObjectiveState,
    ProgressSource,
    key_result_ref,
    objective_ref,
)

MAX_OBJECTIVES = 5  # per owner and cycle
MAX_KEY_RESULTS = 5  # per objective
SANDBAG_ABOVE = 9  # a confidence above this at the start of a cycle
START_SHARE = 4  # the start of a cycle is its first 1/START_SHARE

OBJECTIVE = "objective"
KEY_RESULT = "key_result"

ParamValue = str | int | float | bool | date


class Rule(StrEnum):
    """The coach's rules, in the order hints of one item are listed."""

    NO_KEY_RESULTS = "no_key_results"
    TOO_MANY_KEY_RESULTS = "too_many_key_results"
    TOO_MANY_OBJECTIVES = "too_many_objectives"
    NO_NUMBER = "no_number"
    NO_BASELINE = "no_baseline"
    OUTPUT = "output"
    DUPLICATE_TITLE = "duplicate_title"
    SANDBAGGING = "sandbagging"


RULE_ORDER = {rule: n for n, rule in enumerate(Rule)}


@dataclass(frozen=True, slots=True, eq=True)
class Hint:
    """One hint of the coach about one item: ("objective" | "key_result", id), with the item's title."""

    rule: Rule
    kind: str
    item_id: int
    title: str = ""
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.item_id)

    @property
    def ref(self) -> str:
        return objective_ref(self.item_id) if self.kind == OBJECTIVE else key_result_ref(self.item_id)


def _objective_hint(rule: Rule, objective: Objective, **params: ParamValue) -> Hint:
    return Hint(rule, OBJECTIVE, objective.id, objective.title, params)


def _kr_hint(rule: Rule, kr: KeyResult, **params: ParamValue) -> Hint:
    return Hint(rule, KEY_RESULT, kr.id, kr.title, params)


# ---- words -------------------------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.casefold().split())


NUMBER_WORDS = _words(
    "zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
    "hundred thousand million millions billion dozen double doubled triple tripled quadruple half halve "
    "halved percent "
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf fünfzehn zwanzig dreißig vierzig "
    "fünfzig hundert tausend million millionen milliarde milliarden dutzend doppelt verdoppeln verdoppelt "
    "verdreifachen verdreifacht halbieren halbiert hälfte prozent"
)


def _english(base: str, *irregular: str) -> set[str]:
    """A verb's common forms: launch, launches, launched, launching (irregular ones given)."""
    stem = base[:-1] if base.endswith("e") else base
    third = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return {base, third, stem + "ed", stem + "ing", *irregular}


_ENGLISH_VERBS: set[str] = set().union(
    *(
        _english(verb)
        for verb in _words(
            "launch create implement publish deliver host introduce complete finish develop design release "
            "deploy organise organize produce migrate redesign conduct install start send roll-out"
        )
    ),
    _english("write", "wrote", "written", "writing", "rewrite", "rewrites", "rewrote", "rewriting"),
    _english("build", "built", "rebuild", "rebuilds", "rebuilt", "rebuilding"),
    _english("ship", "shipped", "shipping"),
    _english("run", "ran", "running"),
    _english("hold", "held"),
)
_ENGLISH_PHRASES = frozenset({"set up", "sets up", "setting up", "roll out", "rolls out", "rolling out"})
_GERMAN_INFINITIVES = _words(
    "einführen starten launchen veröffentlichen schreiben verfassen erstellen bauen aufbauen entwickeln "
    "durchführen liefern ausliefern umsetzen implementieren abschließen fertigstellen gestalten designen "
    "organisieren veranstalten ausrollen aufsetzen einrichten produzieren programmieren abhalten "
    "migrieren konzipieren erarbeiten versenden bereitstellen realisieren"
)
_GERMAN_LEADING = _words(
    "einführung start launch veröffentlichung erstellung entwicklung durchführung lieferung auslieferung "
    "umsetzung implementierung fertigstellung abschluss gestaltung veranstaltung einrichtung "
    "bereitstellung realisierung migration konzeption aufbau "
    "starte schreibe erstelle baue entwickle liefere veröffentliche implementiere organisiere "
    "veranstalte gestalte"
)
OUTPUT_LEADING = frozenset(w.casefold() for w in _ENGLISH_VERBS | _GERMAN_INFINITIVES | _GERMAN_LEADING)
OUTPUT_TRAILING = frozenset(w.casefold() for w in _GERMAN_INFINITIVES)

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PERCENT = re.compile(r"%|\bper\s?cent\b|\bprozent\b", re.IGNORECASE)
_NUMBER = r"[+\-−]?\s?[^\w\s]{0,2}\s?\d"  # a number, perhaps signed or after a currency sign: "€ 75", "+30"
_TARGET = re.compile(
    rf"(?<!\bup )\b(?:to|reach(?:es|ing)?|auf)\s+{_NUMBER}"  # a level: "to 45", "auf 45" (not "up to 40")
    rf"|\b(?:by|um)\s+{_NUMBER}[\d.,]*\s?(?:%|per\s?cent\b|prozent\b)",  # "by 15%", not "by 30 June"
    re.IGNORECASE,
)
_REACH_DE = re.compile(r"\d.*\berreich(?:en|t)\b", re.IGNORECASE)
_FROM = re.compile(rf"\b(?:from|von|ab)\s+{_NUMBER}", re.IGNORECASE)
_END_PUNCTUATION = ".,;:!?…"


def normalised_title(title: str) -> str:
    """The form titles are compared in for duplicates (NFKC, case-folded, white space collapsed)."""
    text = " ".join(unicodedata.normalize("NFKC", title).casefold().split())
    return text.strip(_END_PUNCTUATION + " ")


def has_number(title: str) -> bool:
    """True when a title names an amount: a digit, a numeric character or a number word."""
    if _DIGIT.search(title) or any(map(str.isnumeric, title)):  # "½", "Ⅻ": numeric but not digits
        return True
    return any(word.casefold() in NUMBER_WORDS for word in _WORD.findall(title))


def output_word(title: str) -> str | None:
    """The output verb (or noun) a title starts with, or its trailing German infinitive, as written."""
    if _PERCENT.search(title):
        return None
    words = _WORD.findall(title)
    if not words:
        return None
    if len(words) >= 2 and f"{words[0]} {words[1]}".casefold() in _ENGLISH_PHRASES:
        return f"{words[0]} {words[1]}"
    if words[0].casefold() in OUTPUT_LEADING:
        return str(words[0])
    if words[-1].casefold() in OUTPUT_TRAILING:
        return str(words[-1])
    return None


# ---- key result rules --------------------------------------------------------------------------------------


def no_number(kr: KeyResult) -> Hint | None:
    """NO_NUMBER: a key result (not a milestone) whose title names no amount."""
    if kr.kr_type == KRType.MILESTONE or has_number(kr.title):
        return None
    return _kr_hint(Rule.NO_NUMBER, kr)


def no_baseline(kr: KeyResult) -> Hint | None:
    """NO_BASELINE: an increase/decrease from the default start 0 whose words give only where it goes."""
    if kr.kr_type not in (KRType.INCREASE, KRType.DECREASE) or kr.start != 0:
        return None
    title = kr.title
    if _FROM.search(title) or not (_TARGET.search(title) or _REACH_DE.search(title)):
        return None
    return _kr_hint(Rule.NO_BASELINE, kr, target=kr.target, unit=kr.unit)


def output_key_result(kr: KeyResult) -> Hint | None:
    """OUTPUT: a key result that names work to do rather than the change it should bring."""
    word = output_word(kr.title)
    return None if word is None else _kr_hint(Rule.OUTPUT, kr, verb=word)


def start_of(cycle: Cycle) -> date:
    """The first day after the start of a cycle (its first quarter, at least one day)."""
    days = (cycle.end - cycle.start).days + 1
    return cycle.start + timedelta(days=max(1, days // START_SHARE))


def sandbagging(
    kr: KeyResult, cycle: Cycle, check_ins: Iterable[CheckIn], today: date | None = None
) -> Hint | None:
    """SANDBAGGING: the confidence the key result left the start of its cycle with is above 9."""
    end = start_of(cycle)
    last: CheckIn | None = None
    for check_in in check_ins:
        day = check_in.at.date()
        if check_in.confidence is None or day >= end or (today is not None and day > today):
            continue
        if last is None or (check_in.at, check_in.id) > (last.at, last.id):
            last = check_in
    if last is None or last.confidence is None or last.confidence <= SANDBAG_ABOVE:
        return None
    return _kr_hint(
        Rule.SANDBAGGING, kr, confidence=last.confidence, on=last.at.date(), until=end - timedelta(days=1)
    )


def duplicate_titles(items: Sequence[Objective | KeyResult]) -> list[Hint]:
    """DUPLICATE_TITLE over a group of items (a cycle's objectives or an objective's key results)."""
    groups: dict[str, list[Objective | KeyResult]] = defaultdict(list)
    for item in sorted(items, key=lambda i: (i.position, i.id)):
        text = normalised_title(item.title)
        if text:
            groups[text].append(item)
    hints: list[Hint] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        for item in group:
            other = next(o for o in group if o is not item)
            if isinstance(item, Objective):
                hints.append(_objective_hint(Rule.DUPLICATE_TITLE, item, other=other.ref, count=len(group)))
            else:
                hints.append(_kr_hint(Rule.DUPLICATE_TITLE, item, other=other.ref, count=len(group)))
    return hints


def key_result_hints(
    kr: KeyResult,
    cycle: Cycle,
    siblings: Sequence[KeyResult] = (),
    check_ins: Iterable[CheckIn] = (),
    today: date | None = None,
) -> list[Hint]:
    """Every hint about one key result; siblings are its objective's key results (itself included or not)."""
    hints = [
        hint
        for hint in (
            no_number(kr),
            no_baseline(kr),
            output_key_result(kr),
            sandbagging(kr, cycle, check_ins, today),
        )
        if hint is not None
    ]
    group = [s for s in siblings if s.id != kr.id] + [kr]
    hints += [h for h in duplicate_titles(group) if h.item_id == kr.id]
    return sorted(hints, key=lambda h: RULE_ORDER[h.rule])


# ---- objective rules ---------------------------------------------------------------------------------------


def in_play(objective: Objective) -> bool:
    return objective.state != ObjectiveState.DROPPED


def too_many_key_results(objective: Objective, count: int) -> Hint | None:
    """TOO_MANY_KEY_RESULTS: more than MAX_KEY_RESULTS key results."""
    if count <= MAX_KEY_RESULTS:
        return None
    return _objective_hint(Rule.TOO_MANY_KEY_RESULTS, objective, count=count)


def no_key_results(objective: Objective, kr_count: int, child_count: int) -> Hint | None:
    """NO_KEY_RESULTS: nothing measures the objective (no key result, no aligned objective it counts)."""
    from_children = objective.progress_source in (ProgressSource.CHILDREN, ProgressSource.BOTH)
    if kr_count > 0 or (from_children and child_count > 0):
        return None
    return _objective_hint(Rule.NO_KEY_RESULTS, objective, from_children=from_children)


def too_many_objectives(
    objectives: Iterable[Objective], owners: Mapping[int, str] | None = None
) -> list[Hint]:
    """TOO_MANY_OBJECTIVES over one cycle's objectives: a hint on each objective of an overloaded owner."""
    per_owner: dict[int, list[Objective]] = defaultdict(list)
    for objective in objectives:
        if objective.owner_id is not None and in_play(objective):
            per_owner[objective.owner_id].append(objective)
    names = owners or {}
    return [
        _objective_hint(
            Rule.TOO_MANY_OBJECTIVES, o, count=len(group), owner_id=owner_id, owner=names.get(owner_id, "")
        )
        for owner_id, group in per_owner.items()
        if len(group) > MAX_OBJECTIVES
        for o in group
    ]


def objective_hints(
    objective: Objective,
    kr_count: int,
    children: Sequence[Objective] = (),
    cycle_objectives: Sequence[Objective] = (),
    owners: Mapping[int, str] | None = None,
) -> list[Hint]:
    """Every hint about one objective with kr_count key results; children are the objectives aligned to it,
    cycle_objectives the other objectives of its cycle (those that share its owner or title suffice)."""
    if not in_play(objective):
        return []
    hints = [
        hint
        for hint in (
            no_key_results(objective, kr_count, sum(1 for c in children if in_play(c))),
            too_many_key_results(objective, kr_count),
        )
        if hint is not None
    ]
    peers = [o for o in cycle_objectives if o.id != objective.id and o.cycle_id == objective.cycle_id]
    peers.append(objective)
    for hint in too_many_objectives(peers, owners) + duplicate_titles([o for o in peers if in_play(o)]):
        if hint.item_id == objective.id:
            hints.append(hint)
    return sorted(hints, key=lambda h: RULE_ORDER[h.rule])


def _child_counts(objectives: Iterable[Objective]) -> dict[int, int]:
    children: dict[int, int] = defaultdict(int)
    for o in objectives:
        if o.parent_id is not None and in_play(o):
            children[o.parent_id] += 1
    return children


# ---- a whole cycle -----------------------------------------------------------------------------------------


def cycle_hints(
    cycle: Cycle,
    objectives: Sequence[Objective],
    key_results: Sequence[KeyResult],
    check_ins: Mapping[int, Sequence[CheckIn]] | None = None,
    owners: Mapping[int, str] | None = None,
    today: date | None = None,
    *,
    child_counts: Mapping[int, int] | None = None,
) -> list[Hint]:
    """Every hint of a cycle: about its own objectives (not dropped) and their key results, in the order
    given (objectives, each followed by its key results); the hints of one item in RULE_ORDER.

    `objectives` may hold objectives of other cycles (aligned below this cycle's): they count as children,
    nothing more; or `child_counts` gives, per objective id, how many objectives in play align to it.
    `check_ins` per key result id: those missing count as none.
    """
    mine = [o for o in objectives if o.cycle_id == cycle.id and in_play(o)]
    children: Mapping[int, int] = child_counts if child_counts is not None else _child_counts(objectives)
    krs_of: dict[int, list[KeyResult]] = defaultdict(list)
    for kr in key_results:
        krs_of[kr.objective_id].append(kr)
    per_item: dict[tuple[str, int], list[Hint]] = defaultdict(list)
    for hint in too_many_objectives(mine, owners) + duplicate_titles(mine):
        per_item[hint.key].append(hint)
    found = check_ins or {}
    hints: list[Hint] = []
    for objective in mine:
        krs = krs_of.get(objective.id, [])
        own = per_item.get((OBJECTIVE, objective.id), [])
        for maybe in (
            no_key_results(objective, len(krs), children.get(objective.id, 0)),
            too_many_key_results(objective, len(krs)),
        ):
            if maybe is not None:
                own.append(maybe)
        hints += sorted(own, key=lambda h: RULE_ORDER[h.rule])
        duplicates: dict[int, list[Hint]] = defaultdict(list)
        for hint in duplicate_titles(krs):
            duplicates[hint.item_id].append(hint)
        for kr in krs:
            found_here = [
                hint
                for hint in (
                    no_number(kr),
                    no_baseline(kr),
                    output_key_result(kr),
                    sandbagging(kr, cycle, found.get(kr.id, ()), today),
                )
                if hint is not None
            ]
            hints += sorted(found_here + duplicates.get(kr.id, []), key=lambda h: RULE_ORDER[h.rule])
    return hints
