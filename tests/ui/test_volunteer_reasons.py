"""Máy tình nguyện viên: every button that is off says why (tooltip, screen reader, a line below)."""

from __future__ import annotations

from datetime import UTC, datetime

from tutor.teacher.api import CarriedBundle, VolunteerSummary
from tutor.ui.screens.teacher.volunteer import VolunteerScreen


def _bundle(delivered: bool) -> CarriedBundle:
    return CarriedBundle("/tmp/b.tutorsync", "d" * 32, "Máy 1", "Thôn Bản Xa", 5, 2,
                         datetime(2026, 12, 1, tzinfo=UTC), 4096, delivered)


def _off_buttons_explain_themselves(screen) -> None:
    for button in (screen.collect_button, screen.add_site_button, screen.refresh_button, screen.write_button,
                   screen.deliver_button):
        if button.isEnabled():
            assert button.toolTip() == "" and button.accessibleDescription() == ""
        else:
            assert button.toolTip() and button.toolTip() == button.accessibleDescription()
            assert button.toolTip() in screen.reasons.text()


def test_a_fresh_laptop_says_why_it_cannot_write_deliver_or_refresh(qtbot):
    screen = VolunteerScreen()
    qtbot.addWidget(screen)
    screen.show_summary(VolunteerSummary((), (), 0, 0, 0))
    assert not screen.write_button.isEnabled() and not screen.deliver_button.isEnabled()
    assert not screen.refresh_button.isEnabled()
    assert "Nhận từ USB" in screen.write_button.toolTip() and "Thêm điểm học" in screen.refresh_button.toolTip()
    assert screen.reasons.isVisibleTo(screen)
    _off_buttons_explain_themselves(screen)


def test_everything_delivered_says_so_and_busy_says_wait(qtbot):
    screen = VolunteerScreen()
    qtbot.addWidget(screen)
    screen.show_summary(VolunteerSummary(("Thôn Bản Xa",), (_bundle(True),), 5, 0, 1))
    assert screen.write_button.isEnabled() and screen.refresh_button.isEnabled()
    assert screen.deliver_button.toolTip() == "“Gửi lên máy chủ”: mọi tệp đã được giao."
    _off_buttons_explain_themselves(screen)
    screen.set_busy(True)
    assert all(b.toolTip() == "Đang làm việc, chờ một chút…" for b in (screen.collect_button, screen.write_button))
    _off_buttons_explain_themselves(screen)
    screen.show_summary(VolunteerSummary(("Thôn Bản Xa",), (_bundle(False),), 5, 1, 1))
    screen.set_busy(False)
    assert not screen.reasons.isVisibleTo(screen)
    _off_buttons_explain_themselves(screen)
