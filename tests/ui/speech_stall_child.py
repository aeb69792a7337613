"""Child process of test_speech_stall: plays sentence after sentence through the real
audio output while a heartbeat on the main thread measures the longest stall.

Run as a separate process so that a deadlock (the main thread stuck in the audio stack)
ends as a timeout in the parent test instead of hanging the whole test run.
Prints one line: "changes=<n> clips=<n> max_stall_s=<s>".
"""

from __future__ import annotations

import sys
import time


def main(changes_wanted: int) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tutor.audio.engine import FakeSpeechEngine
    from tutor.audio.narration import Narrator
    from tutor.ui.app import make_audio_out
    from tutor.ui.speech import SpeechController

    app = QApplication(sys.argv[:1])
    out = make_audio_out(app)
    controller = SpeechController(Narrator(FakeSpeechEngine(seconds_per_word=0.04)), out)
    stats = {"changes": 0, "max_gap": 0.0, "last": time.monotonic(), "clips_at_change": 0}

    def beat() -> None:
        now = time.monotonic()
        stats["max_gap"] = max(stats["max_gap"], now - stats["last"])
        stats["last"] = now

    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(beat)
    heartbeat.start()

    text = "Câu một có ba từ. Câu hai có ba từ. Câu ba có ba từ."

    def change() -> None:
        stats["changes"] += 1
        if stats["changes"] >= changes_wanted:
            app.quit()
            return
        stats["clips_at_change"] = controller.clips_played
        controller.speak(text)

    def on_state(state: str) -> None:
        # speak() passes through "idle" too; only a reading that played to its end counts
        if state == "idle" and controller.clips_played > stats["clips_at_change"]:
            QTimer.singleShot(0, change)

    controller.state_changed.connect(on_state)
    interrupt = QTimer()
    interrupt.setInterval(170)
    # Most changes interrupt a clip that is playing (Tiếp pressed while it reads); every fifth
    # lets the reading run to its end, so clip after clip starts from the "finished" path.
    interrupt.timeout.connect(lambda: controller.state == "playing" and stats["changes"] % 5 != 0
                              and change())
    interrupt.start()
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(app.quit)
    give_up.start(90_000)
    QTimer.singleShot(0, change)
    app.exec()
    controller.stop()
    print(f"changes={stats['changes']} clips={controller.clips_played} max_stall_s={stats['max_gap']:.3f}",
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
