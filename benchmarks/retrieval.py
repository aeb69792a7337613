"""Search quality and speed (issues 16 and 21), against the old ranking in the same run.

Quality: the labelled queries of retrieval_queries.yaml (typed the way villagers
type) on the bundled pack: top-1, top-3 and MRR (mean of 1/rank of the first
wanted lesson, 0 past rank 10), overall and per kind of query.
Speed: p50/p95/max of one search over the labelled queries plus everyday phrases,
with and without accents and cut short as typed, on the pack as shipped (1x) and on
a curriculum grown to 640 lessons (copies of every lesson under new ids, 10x of the
issue), for the new ranking and the old one; and the one-off cost of building the
in-memory index after an import.
Goals: top-3 >= 0.9, MRR >= 0.8, p95 < 20 ms at 1x and at 640 lessons.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import _baseline_search  # noqa: E402
from _stats import pct  # noqa: E402
from tutor.lessons.search import search  # noqa: E402
from tutor.lessons.search_index import forget_indexes, index_for  # noqa: E402
from tutor.lessons.service import ContentService  # noqa: E402
from tutor.lessons.textnorm import fold  # noqa: E402
from tutor.store.db import open_db  # noqa: E402

PACK = ROOT / "tutor" / "data" / "curriculum.bdpack"
QUERIES = Path(__file__).with_name("retrieval_queries.yaml")
GROWN_LESSONS = 640
PHRASES = [
    "lừa đảo cuộc gọi video", "viết đơn xin", "tóm tắt văn bản", "bảo vệ dữ liệu cá nhân",
    "ảnh giả", "giọng văn", "căn cước", "kế hoạch kinh doanh", "bán hàng trực tuyến",
    "sửa lỗi chính tả", "hàng và cột", "đọc biểu đồ", "phản biện", "mẫu câu lệnh",
    "gõ tiếng Việt", "trí tuệ nhân tạo là gì", "AI bịa", "so sánh lựa chọn", "sao lưu", "deepfake",
]


def labelled() -> list[tuple[str, str, tuple[str, ...]]]:
    rows = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]
    return [(kind, query, tuple(wanted)) for kind, query, *wanted in rows]


def quality(search_fn, conn: sqlite3.Connection, cases) -> dict[str, tuple[float, float, float, int]]:
    """kind -> (top-1, top-3, MRR, count); kind "all" for every query."""
    by_kind: dict[str, list[int | None]] = {}
    for kind, query, wanted in cases:
        got = [h.lesson_id for h in search_fn(conn, query, 10)]
        rank = next((i + 1 for i, lesson_id in enumerate(got) if lesson_id in wanted), None)
        by_kind.setdefault(kind, []).append(rank)
        by_kind.setdefault("all", []).append(rank)
    return {kind: (sum(1 for r in ranks if r == 1) / len(ranks),
                   sum(1 for r in ranks if r is not None and r <= 3) / len(ranks),
                   sum(1 / r for r in ranks if r is not None) / len(ranks), len(ranks))
            for kind, ranks in by_kind.items()}


def misses(conn: sqlite3.Connection, cases) -> list[str]:
    out = []
    for _, query, wanted in cases:
        got = [h.lesson_id for h in search(conn, query, 10)]
        if not set(got[:3]) & set(wanted):
            out.append(f"  {query!r}: want {wanted[0]}, got {got[:3]}")
    return out


def timing_queries(cases) -> list[str]:
    texts = [q for _, q, _ in cases]
    for p in PHRASES:
        texts += [p, fold(p), p[: max(3, len(p) * 2 // 3)]]
    return texts


def latencies(search_fn, conn: sqlite3.Connection, texts: list[str], rounds: int) -> list[float]:
    for q in texts[:30]:
        search_fn(conn, q, 10)  # warm caches like a running app
    times = []
    for _ in range(rounds):
        for q in texts:
            t0 = time.perf_counter()
            search_fn(conn, q, 10)
            times.append((time.perf_counter() - t0) * 1000)
    return times


def grow(conn: sqlite3.Connection, lessons: int) -> int:
    """Copies of every lesson under new ids until the curriculum has ``lessons`` lessons."""
    base = [r[0] for r in conn.execute("SELECT lesson_id FROM content_lessons WHERE retired = 0 ORDER BY lesson_id")]
    copy = 0
    total = len(base)
    conn.execute("BEGIN")
    while total < lessons:
        copy += 1
        for lesson_id in base:
            if total >= lessons:
                break
            new_id = f"{lesson_id}~{copy}"
            conn.execute(
                """INSERT INTO content_lessons (lesson_id, module_id, level_number, position, title, minutes,
                       competences, objectives, takeaways, lesson_json, content_sha256, first_version,
                       updated_version, retired)
                   SELECT ?, module_id, level_number, position, title, minutes, competences, objectives,
                       takeaways, lesson_json, content_sha256, first_version, updated_version, 0
                   FROM content_lessons WHERE lesson_id = ?""", (new_id, lesson_id))
            conn.execute(
                """INSERT INTO content_search (lesson_id, section_index, heading, title_folded, text_folded,
                       title_original, text_original)
                   SELECT ?, section_index, heading, title_folded, text_folded, title_original, text_original
                   FROM content_search WHERE lesson_id = ?""", (new_id, lesson_id))
            total += 1
    conn.execute("COMMIT")
    return total


def row(name: str, values: list[float]) -> str:
    return (f"  {name:<28} p50 {pct(values, .5):6.2f} ms  p95 {pct(values, .95):6.2f} ms  "
            f"max {max(values):6.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timing passes over the queries")
    parser.add_argument("--misses", action="store_true", help="list the queries not found in the top 3")
    args = parser.parse_args()
    if not PACK.exists():
        print("build the pack first: make pack", file=sys.stderr)
        return 2
    cases = labelled()
    texts = timing_queries(cases)
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_db(Path(tmp) / "bench.sqlite3")
        ContentService(conn).import_pack_file(PACK)
        lessons = conn.execute("SELECT count(*) FROM content_lessons WHERE retired = 0").fetchone()[0]
        forget_indexes()
        t0 = time.perf_counter()
        index_for(conn)
        build_1x = (time.perf_counter() - t0) * 1000

        new_q = quality(search, conn, cases)
        old_q = quality(_baseline_search.search, conn, cases)
        print(f"retrieval quality: {len(cases)} labelled queries on {lessons} lessons "
              f"(goal top-3 >= 0.90, MRR >= 0.80)")
        print(f"  {'kind':<10} {'n':>3}   {'new top-1':>9} {'top-3':>6} {'MRR':>6}   "
              f"{'old top-1':>9} {'top-3':>6} {'MRR':>6}")
        for kind in ["all"] + sorted(k for k in new_q if k != "all"):
            n1, n3, nm, count = new_q[kind]
            o1, o3, om, _ = old_q[kind]
            print(f"  {kind:<10} {count:>3}   {n1:9.2f} {n3:6.2f} {nm:6.2f}   {o1:9.2f} {o3:6.2f} {om:6.2f}")
        ok = new_q["all"][1] >= 0.9 and new_q["all"][2] >= 0.8
        print(f"  goals {'met' if ok else 'NOT MET'}")
        if args.misses:
            print("\n".join(misses(conn, cases)) or "  (none missed)")

        print(f"search latency over {len(texts)} queries x {args.rounds} (target p95 < 20 ms):")
        new_1x = latencies(search, conn, texts, args.rounds)
        old_1x = latencies(_baseline_search.search, conn, texts, args.rounds)
        print(f" {lessons} lessons (1x); index build after import {build_1x:.0f} ms once")
        print(row("new ranking", new_1x))
        print(row("old ranking (baseline)", old_1x))

        grown = grow(conn, GROWN_LESSONS)
        forget_indexes()
        t0 = time.perf_counter()
        index_for(conn)
        build_10x = (time.perf_counter() - t0) * 1000
        new_10x = latencies(search, conn, texts, args.rounds)
        old_10x = latencies(_baseline_search.search, conn, texts, args.rounds)
        print(f" {grown} lessons (10x of the issue); index build {build_10x:.0f} ms once")
        print(row("new ranking", new_10x))
        print(row("old ranking (baseline)", old_10x))
        worst = max(pct(new_1x, .95), pct(new_10x, .95))
        print(f"  p95 target {'met' if worst < 20 else 'OVER TARGET'}; ratio new/old p95: "
              f"1x {pct(new_1x, .95) / pct(old_1x, .95):.2f}, 10x {pct(new_10x, .95) / pct(old_10x, .95):.2f}")
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
