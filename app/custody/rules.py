"""Custody as a pure state machine: who holds a range of stamps, and which business step may
follow which (GS1 CBV business steps; DESIGN.md "Chain of custody"; Art. 251 for detention).

No database here: the service folds the events covering a range through `apply` (checked, for a
new event) and `advance` (unchecked, replaying what was accepted earlier).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

STEPS = (
    "commissioning",
    "activating",
    "shipping",
    "receiving",
    "inspecting",
    "holding",
    "seizing",
    "returning",
    "destroying",
    "decommissioning",
)
# Read from batches (issue) and activations (affixing) rather than recorded as custody events.
DERIVED_STEPS = frozenset({"commissioning", "activating"})
# A licensed operator moves and ends what it holds; it never detains or seizes.
OPERATOR_STEPS = frozenset({"shipping", "receiving", "destroying", "decommissioning"})
# Customs (officers, supervisors) inspect, detain, seize, return and destroy (Art. 251).
CUSTOMS_STEPS = frozenset({"inspecting", "holding", "seizing", "returning", "destroying"})
# Steps that move goods: refused on revoked stamps ("nothing moves once revoked").
MOVING_STEPS = frozenset({"shipping", "receiving", "returning", "decommissioning"})

# Custody statuses. `issued`: stamps with the operator they were issued to, not yet affixed;
# `held`, `in_transit`, `detained`, `seized`; and the final ones, after which nothing moves.
FINAL_STATUSES = frozenset({"destroyed", "decommissioned"})


class CustodyError(Exception):
    """A step the rules refuse: a stable `code`, the kind of refusal (`error`: conflict,
    validation_failed or forbidden; app.errors.refused answers it), and details."""

    def __init__(self, code: str, error: str = "conflict", **details) -> None:
        super().__init__(code)
        self.code = code
        self.error = error
        self.details = details


@dataclass(frozen=True)
class Actor:
    """Who records a step: an operator company's user, Customs, or an administrator."""

    kind: str  # "operator", "customs", "admin"
    operator_id: int | None = None
    user_id: int | None = None
    supervisor: bool = False


@dataclass(frozen=True)
class Custody:
    """Where a range of stamps is: its status, the company answerable for it and its premises.

    In transit, `operator_id`/`premises_id` are the sender's and `to_*` the addressee's.
    """

    status: str
    operator_id: int | None
    premises_id: int | None = None
    to_operator_id: int | None = None
    to_premises_id: int | None = None
    shipment_id: int | None = None
    event_id: int | None = None  # the last event that changed it; None: batch or activation
    detained_from: str | None = None  # the status a detention interrupted, restored on return


@dataclass(frozen=True)
class Step:
    """What one event says, as far as the rules care."""

    business_step: str
    event_id: int | None = None
    premises_id: int | None = None
    from_premises_id: int | None = None
    to_premises_id: int | None = None
    to_operator_id: int | None = None

    @property
    def receiving_premises_id(self) -> int | None:
        return self.to_premises_id or self.premises_id


def initial(operator_id: int, activated: bool, premises_id: int | None = None) -> Custody:
    """Custody from the registry: issued to the batch's operator, held at the activation's
    premises once affixed (the `commissioning` and `activating` steps)."""
    if not activated:
        return Custody("issued", operator_id)
    return Custody("held", operator_id, premises_id)


def check(custody: Custody, step: Step, actor: Actor) -> None:
    """Raise CustodyError unless `actor` may record `step` on stamps in `custody`."""
    name = step.business_step
    if name not in STEPS:
        raise CustodyError("unknown_business_step", "validation_failed", business_step=name)
    if name in DERIVED_STEPS:
        raise CustodyError("step_derived", "validation_failed", business_step=name)
    if actor.kind == "operator" and name not in OPERATOR_STEPS:
        raise CustodyError("step_not_allowed", "forbidden", business_step=name)
    if actor.kind == "customs" and name not in CUSTOMS_STEPS:
        raise CustodyError("step_not_allowed", "forbidden", business_step=name)
    if name == "inspecting":
        return  # an observation: possible whatever became of the stamps
    if custody.status in FINAL_STATUSES:
        raise CustodyError(f"range_{custody.status}")
    if custody.status == "seized" and not (
        (name == "destroying" and actor.kind != "operator")
        or (name == "returning" and (actor.supervisor or actor.kind == "admin"))
    ):
        # Art. 251(9), (10): seized goods are returned on payment or disposed of by Customs.
        raise CustodyError("range_seized")
    _check_step(custody, step, actor)


def _check_step(custody: Custody, step: Step, actor: Actor) -> None:
    name = step.business_step
    is_operator = actor.kind == "operator"
    if name in {"shipping", "decommissioning"} or (name == "destroying" and is_operator):
        if custody.status == "in_transit":
            raise CustodyError("in_transit")
        if custody.status == "detained":
            raise CustodyError("range_detained")
        if is_operator and custody.operator_id != actor.operator_id:
            raise CustodyError("not_custodian")
    if name == "shipping":
        if step.to_premises_id is None:
            raise CustodyError("destination_required", "validation_failed")
        origin = step.from_premises_id or step.premises_id
        if origin is not None and custody.premises_id not in (None, origin):
            raise CustodyError("not_at_premises", premises_id=custody.premises_id)
        if step.to_premises_id == (origin or custody.premises_id):
            raise CustodyError("same_premises", "validation_failed")
    elif name == "receiving":
        if custody.status != "in_transit" or (
            step.receiving_premises_id is not None
            and step.receiving_premises_id != custody.to_premises_id
        ):
            raise CustodyError("no_matching_shipment")
        if is_operator and custody.to_operator_id != actor.operator_id:
            raise CustodyError("not_addressee")
    elif name == "holding" and custody.status == "detained":
        raise CustodyError("already_detained")
    elif name == "returning" and custody.status not in {"detained", "seized"}:
        raise CustodyError("not_detained")


def advance(custody: Custody, step: Step) -> Custody:
    """The custody after an accepted step (no checks: replaying what was accepted)."""
    name = step.business_step
    event = step.event_id
    if name == "shipping":
        return replace(
            custody,
            status="in_transit",
            premises_id=step.from_premises_id or step.premises_id or custody.premises_id,
            to_operator_id=step.to_operator_id,
            to_premises_id=step.to_premises_id,
            shipment_id=event,
            event_id=event,
        )
    if name == "receiving":
        if custody.status != "in_transit":
            return custody
        return Custody("held", custody.to_operator_id, custody.to_premises_id, event_id=event)
    if name == "holding":
        return replace(
            custody,
            status="detained",
            premises_id=step.premises_id or custody.premises_id,
            detained_from=custody.status,
            event_id=event,
        )
    if name == "seizing":
        return replace(
            custody,
            status="seized",
            premises_id=step.premises_id or custody.premises_id,
            detained_from=custody.detained_from or custody.status,
            event_id=event,
        )
    if name == "returning":
        restored = custody.detained_from or "held"
        return replace(custody, status=restored, detained_from=None, event_id=event)
    if name == "destroying":
        return replace(custody, status="destroyed", event_id=event)
    if name == "decommissioning":
        return replace(custody, status="decommissioned", event_id=event)
    return custody  # inspecting: an observation


def apply(custody: Custody, step: Step, actor: Actor) -> Custody:
    """Check, then advance."""
    check(custody, step, actor)
    return advance(custody, step)


def mismatch(custody: Custody, premises_id: int, premises_operator_id: int) -> bool:
    """Does an officer's scan at this premises contradict the chain? (custody_mismatch)

    Stamps in transit may be found at the addressee before the receipt is recorded.
    """
    if custody.status == "in_transit":
        return premises_id != custody.to_premises_id and premises_id != custody.premises_id
    if custody.operator_id is not None and custody.operator_id != premises_operator_id:
        return True
    return custody.premises_id is not None and custody.premises_id != premises_id
