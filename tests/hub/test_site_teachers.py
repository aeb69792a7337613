"""Teacher accounts made at the hub for a site (every back-end), and `tutor-hub teacher`."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime

import pytest

from tutor.hub.storage import HubError
from tutor.teacher.passwords import hash_password, verify_password

NOW = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def test_a_site_keeps_its_teachers_and_a_revoked_one_still_travels(hub_storage):
    site_a, _ = hub_storage.create_site("Xã A", NOW)
    site_b, _ = hub_storage.create_site("Xã B", NOW)
    lan = hub_storage.create_teacher(site_a, "colan", "Cô Lan", hash_password("lop-hoc-2026"), NOW)
    hub_storage.create_teacher(site_b, "colan", "Cô Lan xã B", hash_password("khac-hoan-toan"), NOW)
    with pytest.raises(HubError) as taken:
        hub_storage.create_teacher(site_a, "CoLan", "Cô Lan", hash_password("lop-hoc-2026"), NOW)
    assert taken.value.status == 409
    with pytest.raises(HubError) as unknown:
        hub_storage.create_teacher("no-such-site", "thaybinh", "Thầy Bình", hash_password("lop-hoc-2026"), NOW)
    assert unknown.value.status == 404

    [entry] = hub_storage.site_teachers(site_a)
    assert (entry["teacher_id"], entry["username"], entry["display_name"], entry["revoked"]) == \
        (lan, "colan", "Cô Lan", False)
    assert verify_password("lop-hoc-2026", entry["password_hash"])
    assert [t["display_name"] for t in hub_storage.site_teachers(site_b)] == ["Cô Lan xã B"]

    assert hub_storage.set_teacher_password(site_a, "COLAN", hash_password("mat-khau-moi-2027"))
    assert verify_password("mat-khau-moi-2027", hub_storage.site_teachers(site_a)[0]["password_hash"])
    assert hub_storage.revoke_teacher(site_a, "colan", NOW)
    assert not hub_storage.revoke_teacher(site_a, "colan", NOW)
    assert [t["revoked"] for t in hub_storage.site_teachers(site_a)] == [True]
    # The name is free again once the old account is closed.
    hub_storage.create_teacher(site_a, "colan", "Cô Lan", hash_password("lop-hoc-2028"), NOW)
    assert sorted(t["revoked"] for t in hub_storage.site_teachers(site_a)) == [False, True]


def test_cli_creates_lists_and_revokes_by_site_name(tmp_path, capsys, monkeypatch):
    from tutor.hub.cli import main as hub_main

    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert hub_main(["--database", db, "site", "create", "Xã Yên Lạc"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO("lop-hoc-2026\n"))
    assert hub_main(["--database", db, "teacher", "create", "xã  yên lạc", "colan", "--name", "Cô Lan"]) == 0
    assert "colan" in capsys.readouterr().out
    assert hub_main(["--database", db, "teacher", "list", "Xã Yên Lạc"]) == 0
    listed = capsys.readouterr().out.strip().split("\t")
    assert listed[1:3] == ["colan", "Cô Lan"] and listed[-1] == "active"

    monkeypatch.setattr(sys, "stdin", io.StringIO("ngan\n"))
    assert hub_main(["--database", db, "teacher", "password", "Xã Yên Lạc", "colan"]) == 1
    assert "error" in capsys.readouterr().err            # too short: refused, nothing changed

    assert hub_main(["--database", db, "teacher", "revoke", "Xã Yên Lạc", "colan"]) == 0
    assert hub_main(["--database", db, "teacher", "revoke", "Xã Yên Lạc", "colan"]) == 1
    with pytest.raises(SystemExit, match="no site"):
        hub_main(["--database", db, "teacher", "list", "Xã Khác"])
