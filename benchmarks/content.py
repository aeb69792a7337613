"""Pack import time and search latency, with same-run baselines.

- Import: verify + import of the bundled curriculum pack into a fresh database,
  against the baseline of reading every pack member and hashing it (the least any
  import must do).
- Search: p50 and p95 over 1000 queries (everyday phrases, with and without
  accents, and prefixes as typed), against a bare FTS5 MATCH on the same index.
Target (issue 3): search p95 under 20 ms.
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _stats import pct  # noqa: E402
from tutor.lessons.search import match_expression, query_words  # noqa: E402
from tutor.lessons.service import ContentService  # noqa: E402
from tutor.lessons.textnorm import fold  # noqa: E402
from tutor.store.db import open_db  # noqa: E402

PACK = ROOT / "tutor" / "data" / "curriculum.bdpack"
PHRASES = [
    "lừa đảo cuộc gọi video", "viết đơn xin", "tóm tắt văn bản", "bảo vệ dữ liệu cá nhân",
    "ảnh giả", "giọng văn", "căn cước", "kế hoạch kinh doanh", "bán hàng trực tuyến",
    "sửa lỗi chính tả", "hàng và cột", "đọc biểu đồ", "phản biện", "mẫu câu lệnh",
    "gõ tiếng Việt", "trí tuệ nhân tạo là gì", "AI bịa", "so sánh lựa chọn", "sao lưu", "deepfake",
]


def queries(n: int) -> list[str]:
    out = []
    variants = []
    for p in PHRASES:
        variants += [p, fold(p), p[: max(3, len(p) * 2 // 3)]]
    while len(out) < n:
        out += variants
    return out[:n]


def main() -> int:
    if not PACK.exists():
        print("build the pack first: make pack", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        import_s, base_s = [], []
        for i in range(5):
            t0 = time.perf_counter()
            with zipfile.ZipFile(PACK) as zf:
                for name in zf.namelist():
                    hashlib.sha256(zf.read(name)).digest()
            base_s.append(time.perf_counter() - t0)
            conn = open_db(Path(tmp) / f"t{i}.sqlite3")
            t0 = time.perf_counter()
            ContentService(conn).import_pack_file(PACK)
            import_s.append(time.perf_counter() - t0)
            if i < 4:
                conn.close()
        service = ContentService(conn)
        lesson_count = len(service.lessons())
        qs = queries(1000)
        for q in qs[:50]:
            service.search(q)  # warm the page cache like a running app
        ours, bare = [], []
        for q in qs:
            t0 = time.perf_counter()
            service.search(q, limit=10)
            ours.append((time.perf_counter() - t0) * 1000)
            expr = match_expression(query_words(q))
            t0 = time.perf_counter()
            if expr:
                conn.execute("SELECT lesson_id FROM content_search WHERE content_search MATCH ? ORDER BY rank LIMIT 10",
                             (expr,)).fetchall()
            bare.append((time.perf_counter() - t0) * 1000)
        conn.close()
    size_kb = PACK.stat().st_size / 1024
    imp, base = statistics.median(import_s), statistics.median(base_s)
    print(f"pack: {PACK.name} {size_kb:.0f} KiB, {lesson_count} lessons")
    print(f"import (verify + import, fresh db) median of 5: {imp * 1000:.0f} ms; "
          f"baseline read+hash members {base * 1000:.1f} ms; ratio {imp / base:.0f}x")
    print(f"search over {len(qs)} queries: p50 {pct(ours, .5):.2f} ms, p95 {pct(ours, .95):.2f} ms, "
          f"max {max(ours):.2f} ms  (target p95 < 20 ms) {'OK' if pct(ours, .95) < 20 else 'OVER TARGET'}")
    print(f"bare FTS5 MATCH baseline: p50 {pct(bare, .5):.2f} ms, p95 {pct(bare, .95):.2f} ms; "
          f"ratio p95 {pct(ours, .95) / max(pct(bare, .95), 1e-6):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
