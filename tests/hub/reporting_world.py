"""A small hub with learning to report on: two communes, learners of every group, tests,
reviews and real signed certificates spread over 2026."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from tests.hub.test_storage_contract import NOW, Pc, site
from tutor.hub.storage import iso
from tutor.learner_groups import GROUPS
from tutor.sync.protocol import WireEvent

NAMES = ["Nguyễn Thị Hoa", "Trần Văn Tuấn", "Lò Thị Ún", "Hoàng Văn Sáu", "Phạm Thị Mai", "Đinh Công Lý"]


def _at(pc: Pc, learner: str, kind: str, payload: dict, when: datetime) -> WireEvent:
    pc.seq += 1
    return WireEvent(pc.seq, pc.seq - 1, str(uuid.uuid4()), learner, kind, 1, iso(when), 0, payload)


def fill(storage, learners_per_site: int = 6) -> dict:
    codes = {"Xã Phúc Xuân": site(storage, "Xã Phúc Xuân"), "Xã Tân Cương": site(storage, "Xã Tân Cương")}
    groups = list(GROUPS)
    out = {"names": [], "certificates": []}
    start = datetime(2026, 8, 1, 2, tzinfo=UTC)
    for s, (site_name, code) in enumerate(codes.items()):
        pc = Pc(storage, code, f"Máy {s + 1}")
        out[site_name] = pc.site_id
        batch = []
        for i in range(learners_per_site):
            learner = str(uuid.uuid4())
            name = NAMES[i % len(NAMES)] + ("" if s == 0 else " B")
            out["names"].append(name)
            when = start + timedelta(days=20 * i + 3 * s)
            batch.append(_at(pc, learner, "learner_created",
                             {"display_name": name, "icon": "sun", "group": groups[i % len(groups)]}, when))
            if i % 2 == 0:
                passed = when + timedelta(days=10)
                batch.append(_at(pc, learner, "level_test", {"phase": "finished", "level": 1, "passed": True},
                                 passed))
                batch.append(_at(pc, learner, "level_unlocked", {"level": 2, "by": "test"}, passed))
                event, number, code_ = pc.certificate(learner, name, 1)
                pc.seq -= 1
                cert = _at(pc, learner, "certificate_issued", event.payload, passed)
                batch.append(cert)
                out["certificates"].append((number, name, passed))
                if i % 4 == 0:
                    batch.append(_at(pc, learner, "review", {"correct": True}, passed + timedelta(days=7)))
        pc.push(batch)
    return out
