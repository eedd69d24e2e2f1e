"""The library behind New from Template…: well-formed objectives with their key results, by category.

Every template follows the same rules: a qualitative, inspiring objective; two to four key results that
measure outcomes (not outputs such as "launch X"), each with a number and today's baseline ("from 32 to
45"). The texts are built on each call, through QCoreApplication.translate with literal strings, so
pyside6-lupdate extracts them and they appear in the language chosen at run time. Each template's numbers
appear in its key result titles; tests/domain/test_templates.py checks the whole library validates.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okrdesk.domain.model import KRType, ObjectiveKind
from okrdesk.domain.templates import KeyResultDraft, Template

COMMITTED, ASPIRATIONAL = ObjectiveKind.COMMITTED, ObjectiveKind.ASPIRATIONAL
INCREASE, DECREASE = KRType.INCREASE, KRType.DECREASE


def _kr(title: str, kr_type: KRType, start: float, target: float, unit: str) -> KeyResultDraft:
    return KeyResultDraft(title, kr_type, float(start), float(target), unit)


def _sales() -> list[Template]:
    category = QCoreApplication.translate("Templates", "Sales")
    return [
        Template(
            category,
            QCoreApplication.translate("Templates", "Make our pipeline predictable and our wins repeatable"),
            QCoreApplication.translate(
                "Templates",
                "Three outcomes that feed each other: more qualified demand, a higher share of it "
                "won, and less time spent winning it. None of them says which activity gets you "
                "there; that stays the team's choice.",
            ),
            COMMITTED,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Increase qualified opportunities from 40 to 60 a month"
                    ),
                    INCREASE,
                    40,
                    60,
                    QCoreApplication.translate("Templates", "opportunities"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise the win rate of qualified opportunities from 18% to 25%"
                    ),
                    INCREASE,
                    18,
                    25,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Shorten the average sales cycle from 62 to 45 days"
                    ),
                    DECREASE,
                    62,
                    45,
                    QCoreApplication.translate("Templates", "days"),
                ),
            ),
        ),
        Template(
            category,
            QCoreApplication.translate("Templates", "Win the mid-market"),
            QCoreApplication.translate(
                "Templates",
                "An aspirational objective: reaching 70% of these targets is a good result. Each "
                "key result measures the market's answer (customers, revenue share, commitment), "
                "not the campaigns that ask the question.",
            ),
            ASPIRATIONAL,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Grow the number of mid-market customers from 35 to 60"
                    ),
                    INCREASE,
                    35,
                    60,
                    QCoreApplication.translate("Templates", "customers"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Increase the mid-market share of new revenue from 22% to 35%"
                    ),
                    INCREASE,
                    22,
                    35,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates",
                        "Raise the share of mid-market deals signed for several years from 10% to 25%",
                    ),
                    INCREASE,
                    10,
                    25,
                    "%",
                ),
            ),
        ),
        Template(
            category,
            QCoreApplication.translate(
                "Templates", "Turn our existing customers into our best source of growth"
            ),
            QCoreApplication.translate(
                "Templates",
                "Growth from customers who already trust you is cheaper and lasts longer. The key "
                "results count what customers do (buy more, stay, recommend), each from today's "
                "baseline.",
            ),
            COMMITTED,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Increase expansion revenue from 15% to 25% of new bookings"
                    ),
                    INCREASE,
                    15,
                    25,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Grow the customers using two or more products from 120 to 200"
                    ),
                    INCREASE,
                    120,
                    200,
                    QCoreApplication.translate("Templates", "customers"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise referred opportunities from 5 to 15 a quarter"
                    ),
                    INCREASE,
                    5,
                    15,
                    QCoreApplication.translate("Templates", "opportunities"),
                ),
            ),
        ),
    ]


def _customer_success() -> list[Template]:
    category = QCoreApplication.translate("Templates", "Customer success")
    return [
        Template(
            category,
            QCoreApplication.translate(
                "Templates", "Make every new customer successful in their first 90 days"
            ),
            QCoreApplication.translate(
                "Templates",
                "Early value predicts renewal. The key results follow a new customer's path: how "
                "soon they get value, whether they finish onboarding, and whether they stay.",
            ),
            COMMITTED,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Cut the median time to first value from 21 to 10 days"
                    ),
                    DECREASE,
                    21,
                    10,
                    QCoreApplication.translate("Templates", "days"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise onboarding completed within 30 days from 55% to 80%"
                    ),
                    INCREASE,
                    55,
                    80,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Reduce churn in the first 90 days from 9% to 4%"
                    ),
                    DECREASE,
                    9,
                    4,
                    "%",
                ),
            ),
        ),
        Template(
            category,
            QCoreApplication.translate("Templates", "Turn our customers into fans"),
            QCoreApplication.translate(
                "Templates",
                "Fans recommend you, forgive the odd mistake and tell their story. Measure the "
                "recommendation, the everyday experience and the stories told, and expect to "
                "reach about 70% of it.",
            ),
            ASPIRATIONAL,
            (
                _kr(
                    QCoreApplication.translate("Templates", "Raise the Net Promoter Score from 32 to 45"),
                    INCREASE,
                    32,
                    45,
                    QCoreApplication.translate("Templates", "points"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise satisfaction with support conversations from 86% to 93%"
                    ),
                    INCREASE,
                    86,
                    93,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Grow the published customer stories from 4 to 12"
                    ),
                    INCREASE,
                    4,
                    12,
                    QCoreApplication.translate("Templates", "stories"),
                ),
            ),
        ),
        Template(
            category,
            QCoreApplication.translate("Templates", "Keep the customers we have and grow with them"),
            QCoreApplication.translate(
                "Templates",
                "Retention is an outcome of everything else the team does, so measure it "
                "directly: revenue kept and grown, customers lost, and the share of accounts that "
                "are healthy today.",
            ),
            COMMITTED,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Increase net revenue retention from 98% to 108%"
                    ),
                    INCREASE,
                    98,
                    108,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Reduce monthly customer churn from 2.5% to 1.5%"
                    ),
                    DECREASE,
                    2.5,
                    1.5,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise the share of healthy accounts from 60% to 75%"
                    ),
                    INCREASE,
                    60,
                    75,
                    "%",
                ),
            ),
        ),
    ]


def _engineering() -> list[Template]:
    category = QCoreApplication.translate("Templates", "Engineering")
    return [
        Template(
            category,
            QCoreApplication.translate("Templates", "Ship with confidence, every day"),
            QCoreApplication.translate(
                "Templates",
                "Speed and stability together: deploying more often only counts when changes fail "
                "less often and problems are fixed quickly. The three key results keep each other "
                "honest.",
            ),
            COMMITTED,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Increase deployments to production from 3 to 10 a week"
                    ),
                    INCREASE,
                    3,
                    10,
                    QCoreApplication.translate("Templates", "deployments"),
                ),
                _kr(
                    QCoreApplication.translate("Templates", "Cut the change failure rate from 18% to 8%"),
                    DECREASE,
                    18,
                    8,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Reduce the median time to restore service from 240 to 60 minutes"
                    ),
                    DECREASE,
                    240,
                    60,
                    QCoreApplication.translate("Templates", "minutes"),
                ),
            ),
        ),
        Template(
            category,
            QCoreApplication.translate("Templates", "Make the product feel instant"),
            QCoreApplication.translate(
                "Templates",
                "What users feel, measured where they feel it: page loads, crashes and the "
                "answers of the API. An aspirational objective; reaching 70% is a good quarter.",
            ),
            ASPIRATIONAL,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Cut the slowest page loads (95th percentile) from 3.2 to 1.5 seconds"
                    ),
                    DECREASE,
                    3.2,
                    1.5,
                    QCoreApplication.translate("Templates", "seconds"),
                ),
                _kr(
                    QCoreApplication.translate("Templates", "Reduce sessions with a crash from 1.8% to 0.5%"),
                    DECREASE,
                    1.8,
                    0.5,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise API calls answered within 200 ms from 90% to 99%"
                    ),
                    INCREASE,
                    90,
                    99,
                    "%",
                ),
            ),
        ),
        Template(
            category,
            QCoreApplication.translate("Templates", "Make our code a place people enjoy changing"),
            QCoreApplication.translate(
                "Templates",
                "A healthy codebase shows in its results: reviews that do not wait, fewer defects "
                "reaching customers, and developers who like their tools. Refactoring projects "
                "are the how, not the key results.",
            ),
            COMMITTED,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Cut the median time from pull request to merge from 30 to 8 hours"
                    ),
                    DECREASE,
                    30,
                    8,
                    QCoreApplication.translate("Templates", "hours"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Reduce defects found by customers from 12 to 4 a release"
                    ),
                    DECREASE,
                    12,
                    4,
                    QCoreApplication.translate("Templates", "defects"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise developer satisfaction with our tools from 3.1 to 4.2 out of 5"
                    ),
                    INCREASE,
                    3.1,
                    4.2,
                    QCoreApplication.translate("Templates", "points"),
                ),
            ),
        ),
    ]


def _hiring() -> list[Template]:
    category = QCoreApplication.translate("Templates", "Hiring and retention")
    return [
        Template(
            category,
            QCoreApplication.translate("Templates", "Hire great people before our competitors do"),
            QCoreApplication.translate(
                "Templates",
                "Speed, success and the candidate's experience of the process, each from today's "
                "baseline. The number of interviews held or job posts written would be output, "
                "not outcome.",
            ),
            COMMITTED,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Cut the time from opening a role to a signed offer from 58 to 35 days"
                    ),
                    DECREASE,
                    58,
                    35,
                    QCoreApplication.translate("Templates", "days"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise the offer acceptance rate from 70% to 85%"
                    ),
                    INCREASE,
                    70,
                    85,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise the candidate experience rating from 3.8 to 4.5 out of 5"
                    ),
                    INCREASE,
                    3.8,
                    4.5,
                    QCoreApplication.translate("Templates", "points"),
                ),
            ),
        ),
        Template(
            category,
            QCoreApplication.translate("Templates", "Make this the best place our people have ever worked"),
            QCoreApplication.translate(
                "Templates",
                "People stay where they grow and are heard. The key results measure whether they "
                "would recommend working here, whether the people you want to keep stay, and "
                "whether they grow into new roles.",
            ),
            ASPIRATIONAL,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise the employee Net Promoter Score from 12 to 30"
                    ),
                    INCREASE,
                    12,
                    30,
                    QCoreApplication.translate("Templates", "points"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Reduce regretted attrition from 14% to 8% a year"
                    ),
                    DECREASE,
                    14,
                    8,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Increase roles filled from inside the company from 10% to 25%"
                    ),
                    INCREASE,
                    10,
                    25,
                    "%",
                ),
            ),
        ),
    ]


def _personal() -> list[Template]:
    category = QCoreApplication.translate("Templates", "Personal development")
    return [
        Template(
            category,
            QCoreApplication.translate("Templates", "Become a confident public speaker"),
            QCoreApplication.translate(
                "Templates",
                "Confidence grows with practice and with feedback. Count the talks given and what "
                "the audience thought of them, not the courses taken.",
            ),
            ASPIRATIONAL,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Increase talks given to groups of 20 or more from 0 to 4"
                    ),
                    INCREASE,
                    0,
                    4,
                    QCoreApplication.translate("Templates", "talks"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise my average audience rating from 3.5 to 4.5 out of 5"
                    ),
                    INCREASE,
                    3.5,
                    4.5,
                    QCoreApplication.translate("Templates", "points"),
                ),
            ),
        ),
        Template(
            category,
            QCoreApplication.translate("Templates", "Grow into a leader people want to follow"),
            QCoreApplication.translate(
                "Templates",
                "Leadership is measured by the people led: whether they feel you help them grow, "
                "whether the one-to-ones you plan actually happen, and whether others ask you to "
                "mentor them.",
            ),
            COMMITTED,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise my team's “my manager helps me grow” score from 65% to 80%"
                    ),
                    INCREASE,
                    65,
                    80,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Increase the planned one-to-ones that take place from 60% to 95%"
                    ),
                    INCREASE,
                    60,
                    95,
                    "%",
                ),
                _kr(
                    QCoreApplication.translate("Templates", "Grow the number of people I mentor from 1 to 3"),
                    INCREASE,
                    1,
                    3,
                    QCoreApplication.translate("Templates", "people"),
                ),
            ),
        ),
        Template(
            category,
            QCoreApplication.translate("Templates", "Make health and focus a daily habit"),
            QCoreApplication.translate(
                "Templates",
                "Habits show in numbers you can check each week: focused hours, sleep and active "
                "days, each from where you are today.",
            ),
            COMMITTED,
            (
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Increase focused deep-work time from 6 to 15 hours a week"
                    ),
                    INCREASE,
                    6,
                    15,
                    QCoreApplication.translate("Templates", "hours"),
                ),
                _kr(
                    QCoreApplication.translate(
                        "Templates", "Raise my average sleep from 6.2 to 7.5 hours a night"
                    ),
                    INCREASE,
                    6.2,
                    7.5,
                    QCoreApplication.translate("Templates", "hours"),
                ),
                _kr(
                    QCoreApplication.translate("Templates", "Increase active days from 2 to 4 a week"),
                    INCREASE,
                    2,
                    4,
                    QCoreApplication.translate("Templates", "days"),
                ),
            ),
        ),
    ]


def template_library() -> list[Template]:
    """All templates, category by category, in the language of the running application."""
    return [
        *_sales(),
        *_customer_success(),
        *_engineering(),
        *_hiring(),
        *_personal(),
    ]


def categories(templates: list[Template]) -> list[str]:
    """The categories of the templates, in their first order of appearance."""
    return list(dict.fromkeys(t.category for t in templates))
