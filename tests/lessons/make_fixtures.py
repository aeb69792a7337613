"""Writes tests/fixtures/content_valid/: a small curriculum that passes every check.

Run it again after changing the authoring rules:
    python tests/lessons/make_fixtures.py
The output is committed so tests read plain files, like authors' content.
One level, three modules (4 + 3 + 3 lessons), short plain sentences; the
titles carry the words the search tests look for (bán / bạn / đơn / lừa đảo).
"""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "content_valid"

GENERIC = [
    "Hãy đọc chậm từng câu và nghĩ xem mình cần làm gì trước.",
    "Máy tính chỉ làm theo những gì mình viết trong câu lệnh.",
    "Nếu câu trả lời khó hiểu, hãy hỏi lại bằng lời ngắn hơn.",
    "Mỗi lần hỏi, chỉ nên nêu một việc chính để máy hiểu rõ.",
    "Nên ghi lại câu lệnh tốt vào sổ để lần sau dùng tiếp.",
    "Khi thấy con số lạ, hãy hỏi lại người có trách nhiệm ở xã.",
    "Câu trả lời của máy chỉ là bản nháp, mình vẫn phải sửa lại.",
    "Đừng vội tin ngay, hãy so sánh với một nguồn khác đáng tin.",
    "Người lớn tuổi trong nhà cũng có thể học cách làm này.",
    "Cô giáo ở trường thường nhắc học trò kiểm tra lại bài làm.",
    "Một câu lệnh rõ ràng giúp tiết kiệm thời gian cho cả nhà.",
    "Hãy thử lại vài lần, mỗi lần thay đổi một chi tiết nhỏ.",
    "Trước khi gửi cho ai, hãy đọc to một lần để nghe xem có xuôi không.",
    "Máy có thể viết nhanh, nhưng mình mới là người quyết định cuối cùng.",
    "Không có câu lệnh nào hoàn hảo ngay từ lần đầu tiên.",
    "Ghi rõ độ dài mong muốn, ví dụ năm câu hoặc một trang.",
    "Nếu cần giọng thân mật, hãy nói rõ điều đó trong câu lệnh.",
    "Các bước này dùng được cho nhiều việc khác nhau trong đời sống.",
    "Cán bộ văn hoá xã có thể giúp khi mình gặp chỗ khó.",
    "Sau khi làm xong, hãy tự hỏi mình đã học được điều gì.",
]

# (module dir, file, id slug, title, two topic sentences, three takeaways, competences)
LESSONS = [
    ("m1-an-toan", "01-lua-dao-video.md", "lua-dao-video", "Cuộc gọi video giả mạo để lừa đảo",
     ["Kẻ gian có thể làm video giả mặt người thân để lừa đảo tiền.",
      "Khi người thân gọi video xin tiền gấp, hãy gọi lại số quen."],
     ["Video giả có thể giống hệt người thân.", "Luôn gọi lại số quen trước khi chuyển tiền.",
      "Báo ngay cho công an xã khi nghi ngờ."], ["4.2", "6.3"]),
    ("m1-an-toan", "02-ban-hang.md", "ban-hang", "Nhờ AI viết bài bán hàng",
     ["Chị Mai muốn bán hàng nông sản qua mạng cho khách ở xa.",
      "Bài bán hàng cần nói rõ giá, nơi nhận hàng và số lượng."],
     ["Nói rõ sản phẩm và giá.", "Đọc lại bài trước khi đăng.", "Không hứa điều mình không làm được."],
     ["6.2"]),
    ("m1-an-toan", "03-tinh-ban.md", "tinh-ban", "Giữ tình bạn khi dùng mạng",
     ["Anh Nam hỏi AI cách nhắn tin hỏi thăm người bạn cũ.",
      "Một lời hỏi thăm chân thành giữ tình bạn lâu dài."],
     ["Lời nhắn thật lòng quý hơn lời hay.", "AI gợi ý, mình tự viết lời cuối.",
      "Hỏi thăm đều đặn giữ tình thân."], ["6.2", "1.2"]),
    ("m1-an-toan", "04-don-xin-phep.md", "don-xin-phep", "Viết đơn xin nghỉ phép",
     ["Chị Hoa cần viết đơn xin nghỉ phép ba ngày để chăm mẹ ốm.",
      "Lá đơn cần có ngày tháng, lý do và chữ ký rõ ràng."],
     ["Lá đơn cần lý do rõ ràng.", "Ghi đủ ngày tháng và chữ ký.", "Đọc lại trước khi nộp."], ["6.2"]),
    ("m2-doc-va-kiem-tra", "01-tom-tat.md", "tom-tat", "Tóm tắt văn bản dài",
     ["Ông Tư nhận một công văn dài bốn trang từ huyện.",
      "AI có thể tóm tắt công văn thành năm ý chính dễ nhớ."],
     ["Tóm tắt giúp nắm ý chính nhanh.", "Vẫn đọc bản gốc với việc quan trọng.",
      "Hỏi AI giữ nguyên các con số."], ["1.2", "6.2"]),
    ("m2-doc-va-kiem-tra", "02-kiem-tra.md", "kiem-tra", "Kiểm tra câu trả lời của AI",
     ["AI có thể bịa ra con số nghe rất thật.",
      "Hãy đối chiếu con số với trang chính thức của cơ quan nhà nước."],
     ["AI có thể bịa thông tin.", "Kiểm tra ở nơi đáng tin.", "Hỏi người có chuyên môn khi cần."],
     ["1.2", "6.3"]),
    ("m2-doc-va-kiem-tra", "03-thoi-tiet.md", "thoi-tiet", "Hỏi về thời tiết và mùa vụ",
     ["Bà Lan muốn biết khi nào nên gieo mạ vụ xuân.",
      "Dự báo thời tiết nên xem trên đài truyền hình hoặc trang khí tượng."],
     ["AI không biết thời tiết hôm nay ở xã mình.", "Xem dự báo ở nơi chính thức.",
      "Hỏi cán bộ khuyến nông về mùa vụ."], ["1.1", "6.1"]),
    ("m3-cau-lenh", "01-vai-tro.md", "vai-tro", "Câu lệnh có vai trò và nhiệm vụ",
     ["Câu lệnh tốt nói rõ vai trò của AI và nhiệm vụ cần làm.",
      "Ví dụ, hãy bảo AI đóng vai cán bộ khuyến nông."],
     ["Vai trò nói AI đóng vai ai.", "Nhiệm vụ nói việc cần làm.", "Định dạng nói cách trình bày."],
     ["6.2"]),
    ("m3-cau-lenh", "02-chinh-ta.md", "chinh-ta", "Sửa lỗi chính tả trong thư",
     ["AI giúp tìm lỗi chính tả trong lá thư gửi họ hàng.",
      "Sau khi AI sửa, hãy đọc lại để giữ đúng ý của mình."],
     ["AI tìm lỗi chính tả khá tốt.", "Giữ đúng ý của mình khi sửa.", "Đọc lại lần cuối trước khi gửi."],
     ["6.2"]),
    ("m3-cau-lenh", "03-an-toan-thong-tin.md", "an-toan-thong-tin", "Giữ an toàn thông tin cá nhân",
     ["Không bao giờ đưa số căn cước hay số tài khoản lên AI.",
      "Ảnh giấy tờ tuỳ thân cũng là thông tin cần giữ kín."],
     ["Không đưa số căn cước lên AI.", "Không gửi ảnh giấy tờ tuỳ thân.", "Hỏi người thân khi không chắc."],
     ["4.2", "6.2"]),
]

MODULES = {
    "m1-an-toan": ("l1.m1", "An toàn và giao tiếp", "Nhận ra lừa đảo, viết bài, giữ tình thân."),
    "m2-doc-va-kiem-tra": ("l1.m2", "Đọc và kiểm tra", "Tóm tắt, kiểm tra, hỏi thông tin."),
    "m3-cau-lenh": ("l1.m3", "Câu lệnh", "Viết câu lệnh rõ ràng và an toàn."),
}

TABLE = """| Việc | Nên làm | Không nên |
|---|---|---|
| Hỏi AI | Nói rõ việc cần làm | Đưa số căn cước |
| Đọc câu trả lời | Kiểm tra lại | Tin ngay |"""

HEADINGS = ["Chuyện thường ngày", "Các bước làm", "Ví dụ cụ thể", "Điều cần nhớ khi làm"]
PHONE_CARD = """## Làm trên điện thoại

- **Ứng dụng:** một ứng dụng AI miễn phí trên điện thoại.
- **Chạm:** ô nhập chữ, hoặc nút micro để nói.
- **Gõ hoặc nói:** câu lệnh của bài, thay bằng việc của nhà mình.
- **Kiểm tra:** đọc lại con số, ngày giờ trước khi dùng.
"""


TRUE_STATEMENT_LESSONS = {2, 4, 6, 8, 9}


def quiz(index: int) -> list[dict]:
    """Every other lesson states a true sentence and one puts its ordering question into the
    level test, so the level passes the fairness rules (tutor/lessons/fairness.py)."""
    truefalse = ({"id": "q3", "kind": "truefalse", "prompt": "AI có thể sai, nên cần kiểm tra lại.", "answer": True,
                  "explanation_true": "Đúng vậy. AI có thể sai, nên cần kiểm tra.",
                  "explanation_false": "Chưa đúng. AI có thể bịa ra thông tin."}
                 if index in TRUE_STATEMENT_LESSONS else
                 {"id": "q3", "kind": "truefalse", "prompt": "AI luôn luôn nói đúng.", "answer": False,
                  "explanation_true": "Chưa đúng. AI có thể bịa ra thông tin.",
                  "explanation_false": "Đúng vậy. AI có thể sai, nên cần kiểm tra."})
    ordering = {"id": "q4", "kind": "ordering", "prompt": "Sắp xếp các bước hỏi AI cho đúng thứ tự.",
                "items": ["Nghĩ rõ mình cần gì", "Viết câu lệnh", "Đọc câu trả lời", "Kiểm tra lại"],
                "explanation": "Nghĩ trước, hỏi sau, rồi kiểm tra lại."}
    if index == 0:  # the ordering question takes the multiple choice's place in the level test
        ordering = {"id": "q4", "kind": "ordering", "level_test": True,
                    **{k: v for k, v in ordering.items() if k not in ("id", "kind")}}
    multiple_in_level_test = index != 0
    return [
        {"id": "q1", "kind": "single", "level_test": True,
         "prompt": "Khi AI trả lời, mình nên làm gì trước khi dùng?",
         "options": [
             {"text": "Đọc lại và kiểm tra", "correct": True, "explanation": "Đúng. Luôn đọc lại và kiểm tra."},
             {"text": "Dùng ngay không cần đọc", "correct": False, "explanation": "Sai. AI có thể sai."},
             {"text": "Xoá câu trả lời đi", "correct": False, "explanation": "Chưa đúng. Câu trả lời vẫn có ích."},
         ]},
        {"id": "q2", "kind": "multiple", "level_test": multiple_in_level_test,
         "prompt": "Những thông tin nào không nên đưa lên AI?",
         "options": [
             {"text": "Số căn cước công dân", "correct": True, "explanation": "Đúng. Đây là thông tin riêng."},
             {"text": "Số tài khoản ngân hàng", "correct": True, "explanation": "Đúng. Kẻ gian có thể lợi dụng."},
             {"text": "Câu hỏi về cách bón phân", "correct": False, "explanation": "Câu hỏi này hỏi được."},
         ]},
        truefalse,
        ordering,
        {"id": "q5", "kind": "matching", "prompt": "Nối phần của câu lệnh với ví dụ.",
         "pairs": [{"left": "Vai trò", "right": "Bạn là cán bộ khuyến nông"},
                   {"left": "Nhiệm vụ", "right": "Hãy viết lịch bón phân"},
                   {"left": "Định dạng", "right": "Trình bày thành bảng"}],
         "explanation": "Mỗi phần của câu lệnh có một việc riêng."},
        {"id": "q6", "kind": "short", "prompt": "Gõ tên viết tắt của trí tuệ nhân tạo.",
         "answers": ["AI", "A.I."], "explanation": "AI là viết tắt của Artificial Intelligence."},
    ]


def practice(title: str) -> dict:
    return {
        "situation": f"Một người trong xóm cần AI giúp. Bài học hôm nay: {title}.",
        "source": "",
        "prompt_elements": ["vai_tro", "boi_canh", "nhiem_vu", "do_dai"],
        "good_prompt": "Bạn là cán bộ văn hoá xã. Hãy giúp tôi việc này trong năm câu ngắn, dễ hiểu, dưới 120 chữ.",
        "checks": [{"kind": "max_words", "value": 120},
                   {"kind": "must_mention", "any_of": ["soát lại", "đọc lại"]},
                   {"kind": "no_personal_data"}],
        "find_mistakes": {
            "ai_answer": "AI luôn đúng nên không cần kiểm tra. Hãy gửi số căn cước để được giúp nhanh hơn.",
            "mistakes": [
                {"quote": "AI luôn đúng nên không cần kiểm tra", "explanation": "Sai. AI có thể bịa."},
                {"quote": "Hãy gửi số căn cước", "explanation": "Sai. Không đưa số căn cước lên AI."},
            ],
        },
    }


def body(index: int, topic: list[str], with_image: bool) -> str:
    sections = []
    for s, heading in enumerate(HEADINGS):
        # Five sentences a section keeps a body under the 400 words a lesson may have.
        picked = [GENERIC[(index * 3 + s * 6 + k) % len(GENERIC)] for k in range(5)]
        if s == 0:
            picked.insert(0, topic[0])
        if s == 2:
            picked.insert(0, topic[1])
        text = " ".join(picked[:4]) + "\n\n" + " ".join(picked[4:])
        if s == 1:
            text += "\n\n" + TABLE
        if s == 2 and with_image:
            text += "\n\n![Sơ đồ các bước hỏi AI](media/so-do.png)"
        sections.append(f"## {heading}\n\n{text}\n")
    sections.append(PHONE_CARD)
    return "\n".join(sections)


def png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x2e\x7d\x32")) + chunk(b"IEND", b""))


def dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "media").mkdir(parents=True)
    (OUT / "media" / "so-do.png").write_bytes(png_1x1())
    (OUT / "pack.yaml").write_text(dump({
        "id": "fixture-pack", "title": "Gói bài học thử nghiệm", "version": "1.0.0",
        "schema_version": 1, "language": "vi", "publisher": "Nhóm kiểm thử", "levels": ["1"],
    }), encoding="utf-8")
    (OUT / "competences.yaml").write_text(dump({
        "framework": "Thông tư 02/2025/TT-BGDĐT",
        "domains": [
            {"code": "1", "title": "Khai thác dữ liệu và thông tin", "competences": [
                {"code": "1.1", "title": "Duyệt, tìm kiếm và lọc dữ liệu"},
                {"code": "1.2", "title": "Đánh giá dữ liệu, thông tin"}]},
            {"code": "4", "title": "An toàn", "competences": [
                {"code": "4.2", "title": "Bảo vệ dữ liệu cá nhân và quyền riêng tư"}]},
            {"code": "6", "title": "Ứng dụng trí tuệ nhân tạo", "competences": [
                {"code": "6.1", "title": "Hiểu biết về trí tuệ nhân tạo"},
                {"code": "6.2", "title": "Sử dụng trí tuệ nhân tạo"},
                {"code": "6.3", "title": "Đánh giá trí tuệ nhân tạo"}]},
        ],
    }), encoding="utf-8")
    level = OUT / "levels" / "1"
    level.mkdir(parents=True)
    (level / "level.yaml").write_text(dump({
        "number": 1, "title": "Làm quen với AI", "summary": "Những việc đầu tiên với AI.",
        "modules": list(MODULES),
    }), encoding="utf-8")
    for module_dir, (module_id, title, summary) in MODULES.items():
        (level / module_dir).mkdir()
        (level / module_dir / "module.yaml").write_text(
            dump({"id": module_id, "title": title, "summary": summary}), encoding="utf-8")
    for index, (module_dir, file_name, slug, title, topic, takeaways, competences) in enumerate(LESSONS):
        front = {
            "id": f"l1.{slug}", "title": title, "minutes": 12, "competences": competences,
            "objectives": [f"Làm được việc trong bài: {title}.", "Biết kiểm tra lại câu trả lời của AI."],
            "takeaways": takeaways, "quiz": quiz(index), "practice": practice(title),
        }
        text = f"---\n{dump(front)}---\n\n{body(index, topic, with_image=True)}"
        (level / module_dir / file_name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
