"""Issue 18: the reporting counters kept as events arrive equal a recount from the raw events,
whatever the order, batching, re-sends and paths (direct push, USB bundle import, a commune
hub forwarding upstream)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hub.test_storage_contract import NOW, Pc, site
from tutor.hub.reporting.aggregate import LearnerFacts, TimedEvent, contributions, fold
from tutor.hub.storage import iso
from tutor.learner_groups import AGE_BANDS, GROUPS
from tutor.sync.protocol import WireEvent

LEARNERS = [str(uuid.UUID(int=i + 1)) for i in range(5)]
BASE = datetime(2026, 1, 1, tzinfo=UTC)
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@st.composite
def payloads(draw):
    kind = draw(st.sampled_from(["learner_created", "learner_renamed", "level_unlocked", "level_test",
                                 "certificate_issued", "review", "attempt", "lesson_opened"]))
    if kind in ("learner_created", "learner_renamed"):
        p = {"display_name": "Chị Hoa", "icon": "sun"}
        if draw(st.booleans()):
            p["group"] = draw(st.sampled_from([*GROUPS, None, "bogus"]))
        if draw(st.booleans()):
            p["age_band"] = draw(st.sampled_from([*AGE_BANDS, None]))
    elif kind == "level_unlocked":
        p = {"level": draw(st.integers(1, 4)), "by": "test"}
    elif kind == "level_test":
        p = {"phase": draw(st.sampled_from(["started", "finished"])), "level": draw(st.integers(1, 4)),
             "passed": draw(st.booleans())}
    elif kind == "certificate_issued":
        p = {"certificate_id": "".join(draw(st.lists(st.sampled_from(CROCKFORD), min_size=8, max_size=8))),
             "level": draw(st.integers(1, 3)), "learner_name": "Chị Hoa"}
    elif kind == "review":
        p = {"correct": draw(st.booleans())}
    else:
        p = {}
    return kind, p


events_st = st.lists(st.tuples(st.integers(0, 3), st.sampled_from(LEARNERS), payloads(),
                               st.integers(0, 360 * 24)), min_size=1, max_size=40)


def _wire(pc: Pc, learner: str, kind: str, payload: dict, hours: int) -> WireEvent:
    pc.seq += 1
    return WireEvent(pc.seq, pc.seq - 1, str(uuid.uuid4()), learner, kind, 1, iso(BASE + timedelta(hours=hours)),
                     0, payload)


class World:
    """A commune site with two PCs, and a relay hub whose site holds a PC it forwards for."""

    def __init__(self, storage):
        self.storage = storage
        code_a, code_b = site(storage, "Xã Phúc Xuân"), site(storage, "Xã Tân Cương")
        self.pcs = [Pc(storage, code_a, "Máy 1"), Pc(storage, code_a, "Máy 2"), Pc(storage, code_b, "Máy 3")]
        self.relay = Pc(storage, code_b, "Hub xã", relay=True)
        self.origin = Pc.__new__(Pc)   # a PC only the relay talks to
        self.origin.device_id, self.origin.seq = str(uuid.uuid4()), 0
        storage.hello(self.relay.auth, self.origin.device_id, NOW, NOW, 1, "Máy ở xã", self.pcs[0].public_key)
        self.devices = [*self.pcs, self.origin]

    def send(self, device: int, batch: list[WireEvent], path: int) -> None:
        if device == 3:          # only through the relay (upstream forwarding)
            self.storage.store_batch(self.relay.auth, self.origin.device_id, batch, NOW)
        elif path == 0:
            self.pcs[device].push(batch)
        else:                    # a USB bundle: the hub stores it with the device's own token
            self.storage.store_bundle_events(self.pcs[device].device_id, batch, NOW)


def _check(world: World, data, items) -> None:
    per_device: dict[int, list[WireEvent]] = {}
    for device, learner, (kind, payload), hours in items:
        per_device.setdefault(device, []).append(_wire(world.devices[device], learner, kind, payload, hours))
    sends = []
    for device, evs in per_device.items():
        cuts = sorted(set(data.draw(st.lists(st.integers(1, len(evs)), max_size=3))) | {len(evs)})
        start = 0
        for cut in cuts:
            sends.append((device, evs[start:cut]))
            start = cut
    # Devices interleave at random; each device's own batches keep their order (the hub refuses gaps).
    order = data.draw(st.permutations(range(len(sends))))
    sends = _per_device_order([sends[i] for i in order])
    done = []
    for device, batch in sends:
        world.send(device, batch, data.draw(st.integers(0, 1)))
        done.append((device, batch))
        if data.draw(st.booleans()):     # a re-sent earlier batch (dropped answer, second USB import)
            again_device, again = data.draw(st.sampled_from(done))
            world.send(again_device, again, data.draw(st.integers(0, 1)))
    assert world.storage.reporting.stored_counts() == world.storage.reporting.recount_counts()
    assert world.storage.reporting.certificate_rows() == world.storage.reporting.recount_certificates()
    assert world.storage.reporting.rollups_agree()


def _per_device_order(sends):
    """Keep the shuffled device interleaving but restore each device's batch order."""
    queues: dict[int, list] = {}
    for device, batch in sorted(sends, key=lambda s: s[1][0].seq):
        queues.setdefault(device, []).append(batch)
    return [(device, queues[device].pop(0)) for device, _ in sends]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), items=events_st)
def test_counters_equal_a_recount_after_random_pushes_imports_and_forwarding(hub_storage, data, items):
    if not hasattr(hub_storage, "_world"):
        hub_storage._world = World(hub_storage)
    _check(hub_storage._world, data, items)


def test_a_recount_fills_the_counters_of_a_hub_that_held_events_before(tmp_path):
    from tutor.hub.reporting.store import Sql, recount
    from tutor.hub.open_storage import open_storage

    storage = open_storage(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    world = World(storage)
    pc = world.pcs[0]
    pc.push([_wire(pc, LEARNERS[0], "learner_created", {"group": "official"}, 10),
             _wire(pc, LEARNERS[0], "level_test", {"phase": "finished", "level": 1, "passed": True}, 20),
             _wire(pc, LEARNERS[0], "review", {"correct": True}, 30)])
    before = storage.reporting.stored_counts()
    with storage.dialect.write() as c:
        c.execute("DELETE FROM report_counts")
        c.execute("DELETE FROM report_learners")
        recount(Sql(c, storage.dialect))
    assert storage.reporting.stored_counts() == before
    assert {(g, m) for (_s, g, _p, m) in before} >= {("official", "registered"), ("official", "trained"),
                                                     ("official", "proficient")}
    storage.close()


def test_the_fold_does_not_depend_on_event_order():
    evs = [TimedEvent("b", "L", "learner_renamed", "2026-03-01T00:00:00.000+00:00", {"group": "worker"}),
           TimedEvent("a", "L", "learner_created", "2026-02-01T00:00:00.000+00:00", {"group": "student"}),
           TimedEvent("c", "L", "level_test", "2026-02-10T00:00:00.000+00:00",
                      {"phase": "finished", "level": 1, "passed": True}),
           TimedEvent("d", "L", "review", "2026-02-20T00:00:00.000+00:00", {"correct": True})]
    one, two = fold(LearnerFacts(), evs), fold(fold(LearnerFacts(), evs[2:]), evs[:2])
    assert one == two and one.group == "worker"
    assert contributions(one)[("worker", "2026-02", "proficient")] == 1


def test_a_month_is_a_vietnamese_month():
    # 20:00 UTC on 31 January is 03:00 on 1 February in Hà Nội.
    f = fold(LearnerFacts(), [TimedEvent("a", "L", "learner_created", "2026-01-31T20:00:00.000+00:00", {})])
    assert ("unknown", "2026-02", "registered") in contributions(f)


def test_the_reporting_migration_counts_the_events_a_hub_already_held(backend_url):
    """A hub upgraded to the reporting schema starts with counters for what it held before."""
    from tutor.hub.reporting.schema import REPORTING_SCHEMA
    from tutor.hub.open_storage import open_storage

    storage = open_storage(backend_url)
    world = World(storage)
    pc = world.pcs[0]
    pc.push([_wire(pc, LEARNERS[0], "learner_created", {"group": "worker"}, 10),
             _wire(pc, LEARNERS[1], "level_test", {"phase": "finished", "level": 1, "passed": True}, 20)])
    held = storage.reporting.stored_counts()
    assert held
    from tutor.hub.migrations import MIGRATIONS

    version = next(m.version for m in MIGRATIONS if REPORTING_SCHEMA[0] in m.steps)
    latest = storage.schema_version()
    with storage.dialect.write() as c:     # back to the schema before reporting, events kept
        for statement in REPORTING_SCHEMA:
            if statement.startswith("CREATE TABLE"):
                c.execute("DROP TABLE " + statement.split()[2])
        c.execute(f"DELETE FROM hub_migrations WHERE version = {version}")
    storage.close()
    upgraded = open_storage(backend_url)
    assert upgraded.schema_version() == latest
    assert upgraded.reporting.stored_counts() == held
    upgraded.close()


def test_an_event_id_already_held_for_another_pc_changes_no_count(hub_storage):
    world = World(hub_storage)
    pc1, pc2 = world.pcs[0], world.pcs[1]
    first = _wire(pc1, LEARNERS[0], "learner_created", {"group": "student"}, 10)
    pc1.push([first])
    before = hub_storage.reporting.stored_counts()
    pc2.seq += 1
    forged = WireEvent(pc2.seq, pc2.seq - 1, first.event_id, LEARNERS[0], "learner_renamed", 1,
                       iso(BASE + timedelta(hours=99)), 0, {"group": "official"})
    pc2.push([forged, _wire(pc2, LEARNERS[1], "review", {"correct": True}, 50)])
    after = hub_storage.reporting.stored_counts()
    assert after == hub_storage.reporting.recount_counts()
    assert not any(g == "official" for (_s, g, _p, _m) in after)
    assert sum(after.values()) > sum(before.values())      # the PC's own event did count


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), items=events_st)
def test_every_quarters_figures_equal_the_counters_summed_to_its_end(hub_storage, data, items):
    """The page reads all-time totals less later months: for any quarter, that is the plain sum."""
    from collections import Counter
    from datetime import date

    from tutor.hub.reporting.figures import Quarter, window

    if not hasattr(hub_storage, "_world"):
        hub_storage._world = World(hub_storage)
    _check(hub_storage._world, data, items)
    stored = hub_storage.reporting.stored_counts()
    for q in (Quarter(2026, 1), Quarter(2026, 2), Quarter(2026, 3), Quarter(2026, 4)):
        _as_of, through, a_from, a_to, c_from, c_to = window(q, date(2027, 1, 1))
        snap = hub_storage.reporting.snapshot(None, through, a_from, a_to, c_from, c_to)
        want = Counter()
        for (site_id, g, period, metric), n in stored.items():
            if metric != "active" and period <= through:
                want[(site_id, g, metric)] += n
        assert Counter({(s, g, m): n for s, g, m, n in snap["cells"]}) == +want
        months = Counter()
        for (_s, _g, period, metric), n in stored.items():
            if metric != "active" and period <= through:
                months[(period, metric)] += n
        assert Counter({(p, m): n for p, m, n in snap["monthly"]}) == +months


def test_a_pcs_later_change_wins_at_the_same_moment_whatever_the_event_ids():
    t = "2026-05-01T08:00:00.000+00:00"
    created = TimedEvent("ffff", "L", "learner_created", t, {"group": "official"}, seq=1)
    changed = TimedEvent("0000", "L", "learner_renamed", t, {"group": "citizen"}, seq=2)
    assert fold(LearnerFacts(), [changed, created]).group == "citizen"
    assert fold(fold(LearnerFacts(), [changed]), [created]).group == "citizen"


def test_proficient_needs_a_kept_review_after_the_passed_level_test_and_counts_in_the_tests_month():
    """Issue 18's definition: "level test passed and a later review kept". A pass alone, a kept review
    only before the pass, or a later review answered wrong is not proficient; a kept review weeks later
    makes the learner proficient in the month of the passed test (where they were counted trained)."""
    def at(day: str) -> str:
        return f"2026-{day}T03:00:00.000+00:00"

    passed = TimedEvent("p", "L", "level_test", at("02-10"), {"phase": "finished", "level": 1, "passed": True})
    failed = TimedEvent("f", "L", "level_test", at("02-01"), {"phase": "finished", "level": 1, "passed": False})

    def review(eid: str, day: str, correct: bool) -> TimedEvent:
        return TimedEvent(eid, "L", "review", at(day), {"correct": correct})

    cases = {
        "pass only": [passed],
        "kept review before the pass only": [review("r1", "02-05", True), passed],
        "later review wrong": [passed, review("r2", "03-01", False)],
        "kept review after a failed test, none after the pass": [failed, review("r3", "02-03", True), passed],
    }
    for why, events in cases.items():
        counts = contributions(fold(LearnerFacts(), events))
        assert not any(metric == "proficient" for (_g, _p, metric) in counts), why
        assert counts[("unknown", "2026-02", "trained")] == 1, why
    later = contributions(fold(LearnerFacts(), [passed, review("r4", "02-12", False), review("r5", "04-20", True)]))
    assert later[("unknown", "2026-02", "proficient")] == 1
    assert sum(n for (_g, _p, metric), n in later.items() if metric == "proficient") == 1
