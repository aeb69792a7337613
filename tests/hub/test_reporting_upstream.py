"""Issue 18: a hub above counts the hubs below it. A commune hub forwards its PCs' events to
the district (the ordinary relay); the district's counters, per learner group and month, are
the commune's, under the commune's site there; the district operator sees no names."""

from __future__ import annotations

from collections import Counter

from tests.hub.test_dashboard import sign_in
from tests.hub.test_operators import PASSWORD, make_operator
from tests.hub.test_upstream import commune, district, forward, link  # noqa: F401 - fixtures: two real hubs
from tests.sync.conftest import make_pc  # noqa: F401 - fixture


def _by_group(counts: Counter) -> Counter:
    out: Counter = Counter()
    for (_site, group, period, metric), n in counts.items():
        out[(group, period, metric)] += n
    return out


def test_the_district_counts_what_the_commune_forwards_and_shows_no_names(commune, district, make_pc):  # noqa: F811
    link(commune, district)
    village = commune.new_site("Thôn Đông")
    pc = make_pc("a")
    pc.enroll(commune, village)
    lan, _ = pc.ws.learners.create("Bà Lò Thị Lan", "sun", group="worker", age_band="35_59")
    tuan, _ = pc.ws.learners.create("Anh Tuấn", "fish", group="official")
    pc.ws.learners.set_group(tuan.learner_id, "citizen", None)
    pc.add_events(20, learner_id=lan.learner_id, kind="review")
    pc.engine(batch_size=7).sync_once()
    forward(commune)

    below, above = commune.storage.reporting.stored_counts(), district.storage.reporting.stored_counts()
    assert _by_group(below) and _by_group(above) == _by_group(below)
    assert above == district.storage.reporting.recount_counts()
    assert {site for site, *_ in above} == {district.storage.device(pc.ws.device_id).site_id}
    groups = {g for _s, g, _p, m in above if m == "registered"}
    assert groups == {"worker", "citizen"}

    make_operator(district, "huyen", "district", ["Huyện Yên Lạc"])
    client, _ = sign_in(district, "huyen", PASSWORD)
    page = client.get("/bao-cao?quy=2026Q4").text
    assert "Bà Lò Thị Lan" not in page and "Anh Tuấn" not in page
    assert "Người lao động trong doanh nghiệp" in page
    client.close()
