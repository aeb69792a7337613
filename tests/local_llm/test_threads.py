"""Thread choice for llama.cpp: cores - 1 on small PCs, fewer while others keep cores busy."""

from tutor.local_llm.threads import MAX_THREADS, LoadMeter, _Times, base_threads, choose_threads


def test_small_pcs_leave_one_core_free():
    assert choose_threads(1) == 1
    assert choose_threads(2) == 1
    assert choose_threads(4) == 3


def test_big_pcs_use_their_cores_up_to_the_cap():
    assert choose_threads(6) == 6
    assert choose_threads(32) == MAX_THREADS


def test_busy_cores_take_threads_away_but_never_the_last_one():
    assert choose_threads(8, busy_cores=0.2) == 8      # background noise is not a busy core
    assert choose_threads(8, busy_cores=1.0) == 7
    assert choose_threads(8, busy_cores=2.9) == 5
    assert choose_threads(4, busy_cores=1.0) == 3      # still cores - 1 on a small PC
    assert choose_threads(4, busy_cores=2.0) == 2
    assert choose_threads(2, busy_cores=2.0) == 1
    assert choose_threads(6, busy_cores=9.0) == 1
    assert all(choose_threads(n, busy) <= base_threads(n) for n in range(1, 20) for busy in (0, 1, 5))


class FakeCpu:
    def __init__(self):
        self.busy, self.total, self.now = 0.0, 0.0, 0.0

    def run(self, seconds: float, busy_cores: float, logical: int) -> None:
        self.now += seconds
        self.total += seconds * logical
        self.busy += seconds * busy_cores

    def sample(self):
        return _Times(self.busy, self.total)


def test_the_load_meter_measures_other_processes_between_answers():
    cpu = FakeCpu()
    meter = LoadMeter(logical=4, sample=cpu.sample, clock=lambda: cpu.now)
    meter.idle_starts()
    cpu.run(2.0, busy_cores=2.0, logical=4)          # a competing process on 2 cores
    assert meter.busy_cores() == 2.0
    assert choose_threads(4, meter.busy_cores()) == 2
    meter.idle_starts()
    cpu.run(0.05, busy_cores=0.0, logical=4)         # too short a gap: keep the last figure
    assert meter.busy_cores() == 2.0
    meter.idle_starts()
    cpu.run(3.0, busy_cores=0.0, logical=4)          # the competitor ended
    assert meter.busy_cores() == 0.0
    assert choose_threads(4, meter.busy_cores()) == 3
