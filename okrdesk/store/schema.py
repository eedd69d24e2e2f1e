"""The workspace schema as SQLAlchemy 2 typed models, for every entity of shared OKR_RULES.md.

The alembic baseline migration creates exactly this schema (a test compares the two). ORM objects never leave
the store package: the services convert them to domain dataclasses.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

APPLICATION_ID = 0x4F4B5244  # "OKRD": marks a SQLite file as an okrdesk workspace.
SCHEMA_VERSION = 2  # kept in PRAGMA user_version; bump with every migration (format N = revision 000N).

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Ids are never reused (refs such as "KR-12" are built from them and must stay stable).
AUTOINC = {"sqlite_autoincrement": True}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Workspace-wide settings (key/value), e.g. whether it still holds the sample data."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class OwnerRow(Base):
    """A person or a team; teams form the org tree, people belong to a team (both via parent_id)."""

    __tablename__ = "owners"
    __table_args__ = (CheckConstraint("kind IN ('person', 'team')", name="kind"), AUTOINC)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id", ondelete="SET NULL"), index=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class CycleRow(Base):
    __tablename__ = "cycles"
    __table_args__ = (
        CheckConstraint("state IN ('planning', 'active', 'closed')", name="state"),
        CheckConstraint("end_date >= start_date", name="dates"),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="planning")


class ObjectiveRow(Base):
    __tablename__ = "objectives"
    __table_args__ = (
        CheckConstraint("kind IN ('committed', 'aspirational')", name="kind"),
        CheckConstraint("state IN ('draft', 'active', 'done', 'dropped')", name="state"),
        CheckConstraint("progress_source IN ('key_results', 'children', 'both')", name="progress_source"),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="RESTRICT"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("objectives.id", ondelete="SET NULL"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="committed")
    state: Mapped[str] = mapped_column(String(10), default="active")
    position: Mapped[int] = mapped_column(Integer, default=0)
    progress_source: Mapped[str] = mapped_column(String(20), default="key_results")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class KeyResultRow(Base):
    __tablename__ = "key_results"
    __table_args__ = (
        CheckConstraint(
            "kr_type IN ('increase', 'decrease', 'at_least', 'at_most', 'milestone')", name="kr_type"
        ),
        CheckConstraint("weight >= 0", name="weight"),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objectives.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    kr_type: Mapped[str] = mapped_column(String(20), default="increase")
    start_value: Mapped[float] = mapped_column(Float, default=0.0)
    target_value: Mapped[float] = mapped_column(Float, default=1.0)
    unit: Mapped[str] = mapped_column(String(40), default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("key_results.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CheckInRow(Base):
    __tablename__ = "check_ins"
    __table_args__ = (
        CheckConstraint("confidence IS NULL OR (confidence BETWEEN 0 AND 10)", name="confidence"),
        # Covering index: the tree reads each key result's latest check-in without touching the table.
        Index("ix_check_ins_latest", "key_result_id", "at", "value", "confidence"),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_results.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    value: Mapped[float] = mapped_column(Float)
    confidence: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RetrospectiveRow(Base):
    """One retrospective per cycle: the summary and when it was finished."""

    __tablename__ = "retrospectives"
    __table_args__ = (AUTOINC,)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), unique=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)


class RetroScoreRow(Base):
    """The final score of a key result; an override of the suggestion needs a reason."""

    __tablename__ = "retro_scores"
    __table_args__ = (
        UniqueConstraint("retrospective_id", "key_result_id"),
        CheckConstraint("score BETWEEN 0 AND 1", name="score"),
        CheckConstraint("suggested BETWEEN 0 AND 1", name="suggested"),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    retrospective_id: Mapped[int] = mapped_column(ForeignKey("retrospectives.id", ondelete="CASCADE"))
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_results.id", ondelete="CASCADE"), index=True)
    suggested: Mapped[float] = mapped_column(Float)
    score: Mapped[float] = mapped_column(Float)
    override_reason: Mapped[str | None] = mapped_column(Text)


class RetroReflectionRow(Base):
    """Per objective: what went well, the challenges, the lessons."""

    __tablename__ = "retro_reflections"
    __table_args__ = (UniqueConstraint("retrospective_id", "objective_id"), AUTOINC)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    retrospective_id: Mapped[int] = mapped_column(ForeignKey("retrospectives.id", ondelete="CASCADE"))
    objective_id: Mapped[int] = mapped_column(ForeignKey("objectives.id", ondelete="CASCADE"), index=True)
    went_well: Mapped[str] = mapped_column(Text, default="")
    challenges: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")


class RetroDevelopmentNeedRow(Base):
    """Per person: an optional development need for the next cycle."""

    __tablename__ = "retro_development_needs"
    __table_args__ = (UniqueConstraint("retrospective_id", "person_id"), AUTOINC)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    retrospective_id: Mapped[int] = mapped_column(ForeignKey("retrospectives.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("owners.id", ondelete="CASCADE"), index=True)
    need: Mapped[str] = mapped_column(Text, default="")


class RetroCarryOverRow(Base):
    """The carry-over decision for a key result, and the key result it became."""

    __tablename__ = "retro_carry_overs"
    __table_args__ = (
        UniqueConstraint("retrospective_id", "key_result_id"),
        CheckConstraint("decision IN ('carry', 'carry_changed', 'drop')", name="decision"),
        AUTOINC,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    retrospective_id: Mapped[int] = mapped_column(ForeignKey("retrospectives.id", ondelete="CASCADE"))
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_results.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    target_cycle_id: Mapped[int | None] = mapped_column(
        ForeignKey("cycles.id", ondelete="SET NULL"), index=True
    )
    new_key_result_id: Mapped[int | None] = mapped_column(
        ForeignKey("key_results.id", ondelete="SET NULL"), index=True
    )
