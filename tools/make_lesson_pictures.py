"""Draws the lesson pictures: content/media/pictures/<lesson id>.svg, one per lesson.

Simple flat drawings made here in SVG code (no copied screenshots, no real product):
a generic AI chat app on a phone, warning signs of a scam call, a table being
filled, steps of a process, a do / do-not card, two photos side by side. Each
picture carries words of its own lesson; the lesson body shows it with alt text
that read-aloud speaks. Run again after changing the table below:

    python tools/make_lesson_pictures.py
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parents[1] / "content" / "media" / "pictures"
W, H = 640, 400
FONT = "DejaVu Sans, Noto Sans, Arial, sans-serif"
INK, MUTED, PAPER = "#263238", "#607d8b", "#ffffff"
BLUE, GREEN, RED, AMBER, SKY = "#1e88e5", "#43a047", "#e53935", "#ffb300", "#e3f2fd"


def text(x: float, y: float, s: str, size: int = 18, fill: str = INK, weight: str = "normal",
         anchor: str = "start") -> str:
    return (f'<text x="{x}" y="{y}" font-family="{FONT}" font-size="{size}" fill="{fill}" '
            f'font-weight="{weight}" text-anchor="{anchor}">{escape(s)}</text>')


def lines(x: float, y: float, s: str, width: int, size: int = 16, fill: str = INK, gap: int = 6,
          max_lines: int = 5) -> tuple[str, float]:
    out = []
    wrapped = textwrap.wrap(s, width)[:max_lines]
    for i, line in enumerate(wrapped):
        out.append(text(x, y + i * (size + gap), line, size, fill))
    return "".join(out), y + len(wrapped) * (size + gap)


def frame(body: str, title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img">'
            f'<title>{escape(title)}</title>'
            f'<rect width="{W}" height="{H}" rx="18" fill="#f5f7f4"/>{body}</svg>\n')


def phone(x: float, y: float, w: float = 220, h: float = 360) -> str:
    return (f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="26" fill="{INK}"/>'
            f'<rect x="{x + 10}" y="{y + 30}" width="{w - 20}" height="{h - 60}" rx="8" fill="{PAPER}"/>'
            f'<circle cx="{x + w / 2}" cy="{y + h - 15}" r="8" fill="#546e7a"/>'
            f'<rect x="{x + w / 2 - 25}" y="{y + 13}" width="50" height="6" rx="3" fill="#546e7a"/>')


def chat(question: str, answer: str, note: str) -> str:
    """A generic AI chat app on a phone: the learner's message, the AI's reply, and what to check."""
    px, py = 40, 20
    body = phone(px, py)
    body += f'<rect x="{px + 10}" y="{py + 30}" width="200" height="34" fill="{BLUE}"/>'
    body += text(px + 24, py + 53, "Trợ lý AI", 16, PAPER, "bold")
    q, qy = lines(px + 70, py + 92, question, 17, 13, PAPER, 4, 5)
    body += f'<rect x="{px + 60}" y="{py + 75}" width="140" height="{qy - py - 75 + 4}" rx="10" fill="{BLUE}"/>' + q
    top = qy + 14
    a, ay = lines(px + 30, top + 18, answer, 19, 13, INK, 4, 5)
    # 19 characters of 13px DejaVu Sans need about 145px: the bubble leaves room on the right too.
    body += f'<rect x="{px + 20}" y="{top}" width="172" height="{ay - top + 4}" rx="10" fill="#eceff1"/>' + a
    body += f'<rect x="{px + 20}" y="{py + 300}" width="180" height="26" rx="13" fill="#eceff1"/>'
    body += f'<circle cx="{px + 186}" cy="{py + 313}" r="9" fill="{GREEN}"/>'
    body += text(px + 30, py + 318, "Gõ hoặc nói…", 12, MUTED)
    # the check card beside the phone
    body += f'<rect x="300" y="70" width="300" height="240" rx="16" fill="{PAPER}" stroke="{AMBER}" stroke-width="4"/>'
    body += f'<circle cx="340" cy="112" r="22" fill="{AMBER}"/>' + text(340, 121, "!", 28, PAPER, "bold", "middle")
    body += text(375, 120, "Kiểm tra lại", 22, INK, "bold")
    n, _ = lines(320, 165, note, 26, 18, INK, 8, 5)
    return body + n


def scam(caller: str, signs: list[str]) -> str:
    """Warning signs of a fake video call."""
    px, py = 40, 20
    body = phone(px, py)
    body += f'<rect x="{px + 10}" y="{py + 30}" width="200" height="300" fill="#37474f"/>'
    body += f'<circle cx="{px + 110}" cy="{py + 130}" r="48" fill="#90a4ae" opacity="0.7"/>'
    body += f'<rect x="{px + 62}" y="{py + 180}" width="96" height="70" rx="30" fill="#90a4ae" opacity="0.7"/>'
    body += text(px + 110, py + 70, caller, 15, PAPER, "bold", "middle")
    body += f'<circle cx="{px + 70}" cy="{py + 290}" r="18" fill="{RED}"/><circle cx="{px + 150}" cy="{py + 290}" r="18" fill="{GREEN}"/>'
    body += f'<polygon points="330,60 370,130 290,130" fill="{RED}"/>' + text(330, 122, "!", 34, PAPER, "bold", "middle")
    body += text(385, 105, "Dấu hiệu lừa đảo", 22, RED, "bold")
    y = 170
    for sign in signs[:4]:
        body += f'<circle cx="305" cy="{y - 6}" r="7" fill="{RED}"/>'
        part, y = lines(322, y, sign, 26, 17, INK, 6, 2)
        body += part
        y += 14
    body += f'<rect x="290" y="{min(y, 330)}" width="320" height="44" rx="10" fill="{GREEN}"/>'
    body += text(450, min(y, 330) + 29, "Cúp máy, gọi lại số đã lưu", 17, PAPER, "bold", "middle")
    return body


def table(title: str, headers: list[str], rows: list[list[str]]) -> str:
    """A table being filled in, with a pencil."""
    body = text(40, 50, title, 22, INK, "bold")
    cols = len(headers)
    x0, y0, tw, rh = 40, 75, 520, 46
    cw = tw / cols
    body += f'<rect x="{x0}" y="{y0}" width="{tw}" height="{rh * (len(rows) + 1)}" fill="{PAPER}" stroke="{MUTED}" stroke-width="2"/>'
    body += f'<rect x="{x0}" y="{y0}" width="{tw}" height="{rh}" fill="{SKY}" stroke="{MUTED}" stroke-width="2"/>'
    for c, head in enumerate(headers):
        body += text(x0 + c * cw + 10, y0 + 29, head, 16, INK, "bold")
        if c:
            body += f'<line x1="{x0 + c * cw}" y1="{y0}" x2="{x0 + c * cw}" y2="{y0 + rh * (len(rows) + 1)}" stroke="{MUTED}" stroke-width="2"/>'
    for r, row in enumerate(rows):
        y = y0 + rh * (r + 1)
        body += f'<line x1="{x0}" y1="{y}" x2="{x0 + tw}" y2="{y}" stroke="{MUTED}" stroke-width="1"/>'
        for c, cell in enumerate(row):
            body += text(x0 + c * cw + 10, y + 29, cell, 16, BLUE if cell == "…" else INK)
    # The pencil stands beside the table, never across a cell's words.
    py = y0 + rh * (len(rows) + 1)
    body += (f'<g transform="translate({x0 + tw + 22},{py}) rotate(-60)">'
             f'<rect width="70" height="16" rx="3" fill="{AMBER}"/><polygon points="70,0 84,8 70,16" fill="#ffe0b2"/>'
             f'<rect x="-12" width="14" height="16" rx="3" fill="{RED}"/></g>')
    return body


def steps(title: str, items: list[str]) -> str:
    """A process as numbered boxes joined by arrows."""
    body = text(40, 50, title, 22, INK, "bold")
    n = len(items)
    bw, gap = (560 - (n - 1) * 24) / n, 24
    for i, item in enumerate(items):
        x = 40 + i * (bw + gap)
        body += f'<rect x="{x}" y="120" width="{bw}" height="170" rx="14" fill="{PAPER}" stroke="{BLUE}" stroke-width="3"/>'
        body += f'<circle cx="{x + bw / 2}" cy="120" r="20" fill="{BLUE}"/>'
        body += text(x + bw / 2, 127, str(i + 1), 18, PAPER, "bold", "middle")
        part, _ = lines(x + 10, 175, item, max(8, int(bw / 10)), 16, INK, 6, 5)
        body += part
        if i < n - 1:
            ax = x + bw + 2
            body += f'<polygon points="{ax},{198} {ax + gap - 4},{205} {ax},{212}" fill="{BLUE}"/>'
    return body


def dos(title: str, good: list[str], bad: list[str]) -> str:
    """A do / do-not card."""
    body = text(40, 50, title, 22, INK, "bold")
    for col, (items, color, mark, head) in enumerate(((good, GREEN, "✓", "Nên"), (bad, RED, "✗", "Không nên"))):
        x = 40 + col * 290
        body += f'<rect x="{x}" y="75" width="270" height="295" rx="14" fill="{PAPER}" stroke="{color}" stroke-width="4"/>'
        body += text(x + 20, 110, head, 20, color, "bold")
        y = 150
        for item in items[:4]:
            body += text(x + 20, y, mark, 20, color, "bold")
            part, y = lines(x + 48, y, item, 22, 16, INK, 5, 2)
            body += part
            y += 16
    return body


def photos(left: str, right: str, clues: list[str]) -> str:
    """Two photos side by side and a magnifying glass: which one is real?"""
    body = ""
    for i, (label, tint) in enumerate(((left, "#a5d6a7"), (right, "#ce93d8"))):
        x = 40 + i * 200
        body += f'<rect x="{x}" y="60" width="180" height="150" rx="8" fill="{PAPER}" stroke="{MUTED}" stroke-width="3"/>'
        body += f'<rect x="{x + 10}" y="70" width="160" height="110" fill="{tint}"/>'
        body += f'<circle cx="{x + 60}" cy="110" r="18" fill="#fff59d"/>'
        body += f'<polygon points="{x + 20},180 {x + 90},120 {x + 160},180" fill="#66bb6a"/>'
        body += text(x + 90, 202, label, 14, INK, "bold", "middle")
    body += f'<circle cx="360" cy="150" r="34" fill="none" stroke="{INK}" stroke-width="8"/>'
    body += f'<line x1="384" y1="174" x2="420" y2="210" stroke="{INK}" stroke-width="12" stroke-linecap="round"/>'
    body += text(460, 80, "Soi kỹ:", 20, INK, "bold")
    y = 115
    for clue in clues[:4]:
        body += f'<circle cx="466" cy="{y - 6}" r="6" fill="{AMBER}"/>'
        part, y = lines(480, y, clue, 14, 15, INK, 4, 2)
        body += part
        y += 10
    body += f'<rect x="40" y="240" width="560" height="120" rx="14" fill="{PAPER}" stroke="{AMBER}" stroke-width="3"/>'
    body += text(60, 285, "Không thấy lỗi chưa chắc là ảnh thật.", 18, INK, "bold")
    body += text(60, 325, "Hỏi ai chụp, chụp ở đâu, tin chính thức nói gì.", 17, INK)
    return body


# (lesson id, drawing, alt text read aloud). Alt texts are plain Vietnamese sentences.
PICTURES: list[tuple[str, str, str]] = [
    ("l1.ai-la-gi", chat("AI là gì hả con?", "AI là chương trình máy tính học từ rất nhiều chữ viết.", "AI có thể sai. Việc quan trọng hỏi lại xã, trạm y tế."),
     "Điện thoại mở một ứng dụng trò chuyện với AI. Người dùng hỏi AI là gì, AI trả lời, bên cạnh có thẻ nhắc kiểm tra lại."),
    ("l1.go-tieng-viet", table("Gõ Telex", ["Muốn có", "Gõ", "Ví dụ"], [["ă, â, ê", "aw, aa, ee", "ăn, âm"], ["đ", "dd", "đi"], ["dấu sắc", "s", "bán"], ["dấu hỏi", "r", "hỏi"]]),
     "Bảng cách gõ tiếng Việt kiểu Telex: muốn có chữ nào thì gõ phím nào, kèm ví dụ."),
    ("l1.an-toan-dau-tien", dos("Gõ vào AI", ["Hỏi cách làm chung", "Để chỗ trống [số căn cước]", "Kể việc, không kể tên"], ["Số căn cước, số tài khoản", "Mật khẩu, mã OTP", "Bệnh án của người khác"]),
     "Thẻ hai cột: những gì nên gõ vào AI và những gì không bao giờ gõ, như số căn cước, mật khẩu, mã OTP."),
    ("l1.cai-ung-dung-ai", dos("Cài ứng dụng AI", ["Tải từ CH Play, App Store", "Xem tên nhà phát triển", "Bản miễn phí là đủ"], ["Bấm link lạ để cài", "Chuyển khoản “kích hoạt AI”", "Đọc mã xác nhận cho ai"]),
     "Thẻ hai cột: cách cài ứng dụng AI an toàn, và những dấu hiệu của ứng dụng giả."),
    ("l1.lich-su-tro-chuyen", steps("Giữ kín cuộc trò chuyện", ["Mở lịch sử (ba gạch)", "Chạm giữ, chọn Xóa", "Cài đặt: tắt lưu", "Dùng xong: đăng xuất"]),
     "Bốn bước giữ kín cuộc trò chuyện: mở lịch sử, xóa, tắt lưu trong cài đặt, đăng xuất khi dùng xong."),
    ("l1.noi-va-gui-anh", chat("(ảnh lá lúa) Lá này có thể bị bệnh gì?", "Có thể là bệnh đạo ôn…", "AI chỉ đoán qua ảnh. Hỏi cán bộ khuyến nông trước khi phun thuốc."),
     "Điện thoại gửi ảnh lá lúa bị bệnh cho ứng dụng AI. Bên cạnh nhắc hỏi cán bộ khuyến nông trước khi phun thuốc."),
    ("l1.cau-lenh-bon-phan", steps("Câu lệnh tốt có bốn phần", ["Vai trò: AI đóng vai ai", "Bối cảnh: chuyện gì, cho ai", "Nhiệm vụ: làm gì", "Định dạng: trình bày ra sao"]),
     "Bốn ô nối nhau bằng mũi tên: vai trò, bối cảnh, nhiệm vụ, định dạng của một câu lệnh tốt."),
    ("l1.do-dai-giong-van", chat("Viết dưới 80 chữ, giọng gần gũi như nói với bà con.", "Bà con ơi, sáng Chủ nhật…", "Dặn rõ số chữ và giọng văn thì AI viết vừa ý hơn."),
     "Điện thoại có ứng dụng AI. Người dùng dặn viết dưới 80 chữ, giọng gần gũi; AI trả lời ngắn gọn."),
    ("l1.hoi-tiep-sua-dan", steps("Hỏi tiếp để sửa dần", ["Đọc câu trả lời đầu", "Nói chỗ cần sửa", "Đọc lại cả bài", "So với ghi chép gốc"]),
     "Bốn bước hỏi tiếp để sửa dần: đọc câu trả lời, nói chỗ cần sửa, đọc lại cả bài, so với ghi chép gốc."),
    ("l1.viet-don-thu", chat("Viết đơn xin hỗ trợ giống, để chỗ trống họ tên.", "Kính gửi Ban quản trị… Tôi tên là [họ tên]…", "Tự điền họ tên, số căn cước trên bản in. Đọc lại trước khi ký."),
     "Điện thoại có ứng dụng AI viết đơn, có chỗ trống để tự điền họ tên; bên cạnh nhắc đọc lại trước khi ký."),
    ("l1.viet-bao-cao-ngan", table("Số liệu lấy từ sổ, không để AI bịa", ["Việc", "Số trong sổ", "AI viết"], [["Sản lượng rau", "380 tấn", "380 tấn"], ["Tăng so với năm trước", "không ghi", "25% ?"], ["Bằng khen", "không có", "có ?"]]),
     "Bảng so số liệu trong sổ với số AI viết trong báo cáo; những chỗ sổ không ghi được đánh dấu hỏi."),
    ("l1.sua-loi-chinh-ta", dos("Khi nhờ AI sửa chính tả", ["Giữ nguyên ý", "Kể ra chỗ đã sửa", "So với bản gốc"], ["Viết lại cho hay hơn", "Đổi tên thôn, con số", "Gửi ngay không đọc"]),
     "Thẻ hai cột: khi nhờ AI sửa chính tả thì nên giữ nguyên ý, so với bản gốc; không để AI đổi tên, đổi số."),
    ("l1.tom-tat-van-ban", chat("Tóm tắt thông báo thành 4 ý, giữ nguyên ngày tháng.", "Hạn nộp: 20 tháng 1. Mang theo…", "Dò lại bản gốc: hạn chót, giấy tờ cần mang có đủ không?"),
     "Điện thoại có ứng dụng AI tóm tắt một thông báo thành bốn ý; bên cạnh nhắc dò lại bản gốc."),
    ("l1.tim-thong-tin", chat("Làm khai sinh cần giấy tờ gì? Nguồn ở đâu?", "Cần tờ khai, giấy chứng sinh… Nguồn: …", "Nguồn AI đưa có thể giả. Hỏi bộ phận một cửa UBND xã."),
     "Điện thoại có ứng dụng AI trả lời về giấy tờ khai sinh và đưa nguồn; bên cạnh nhắc hỏi lại UBND xã."),
    ("l1.kiem-tra-cau-tra-loi", scam("Con trai", ["Giục chuyển tiền gấp", "Đòi đọc mã OTP", "Hình mờ, giật, tắt nhanh", "Số lạ gọi đến"]),
     "Điện thoại nhận cuộc gọi video mờ xưng là con trai. Bên cạnh là các dấu hiệu lừa đảo. Lời khuyên: cúp máy, gọi lại số đã lưu."),
    ("l2.tao-anh-bang-loi", chat("Vẽ tranh màu nước: các em đọc sách dưới gốc cây, khổ dọc, không có chữ.", "Đây là ảnh AI vẽ theo lời bạn tả.", "Ghi rõ “ảnh do AI tạo” khi đăng hay in ra."),
     "Điện thoại có ứng dụng AI nhận lời mô tả ảnh ngày hội đọc sách; bên cạnh nhắc ghi rõ ảnh do AI tạo."),
    ("l2.anh-san-pham", photos("Ảnh chụp thật", "Ảnh sửa quá tay", ["Quả to bất thường", "Màu bóng như nhựa", "Khác hàng thật"]),
     "Hai ảnh quả bưởi đặt cạnh nhau: ảnh chụp thật và ảnh bị sửa quá tay, kèm kính lúp và những điểm cần soi."),
    ("l2.anh-that-anh-gia", photos("Ảnh A", "Ảnh B", ["Ngón tay lạ", "Chữ méo, sai", "Bóng đổ vô lý", "Không rõ nguồn"]),
     "Hai ảnh đặt cạnh nhau và một kính lúp. Bên cạnh là dấu hiệu ảnh do AI làm: ngón tay lạ, chữ méo, bóng vô lý."),
    ("l2.giong-noi-va-chu", chat("(nói) hợp tác xã mua phân lân, đăng ký trước thứ Sáu", "Hợp tác xã mua phân lan…", "Máy nghe nhầm chữ: sửa tên, con số, chữ sai trước khi gửi."),
     "Điện thoại đổi lời nói thành chữ; máy nghe nhầm phân lân thành phân lan, bên cạnh nhắc sửa trước khi gửi."),
    ("l2.kich-ban-video-ngan", table("Kịch bản video 60 giây", ["Cảnh", "Hình", "Lời nói"], [["1", "Đồi chè sáng sớm", "Chào bà con…"], ["2", "Tay hái búp", "Chè hái tay…"], ["3", "Gói hàng", "…"]]),
     "Bảng kịch bản video ngắn đang được điền: mỗi cảnh có hình và lời nói."),
    ("l2.lua-dao-deepfake", scam("Cán bộ công an (?)", ["Mặc quân phục, giục gấp", "Đòi chuyển tiền, mã OTP", "Hình mờ, không chịu gặp", "Dọa bắt, dọa phạt"]),
     "Điện thoại nhận cuộc gọi video giả người mặc quân phục. Bên cạnh là các dấu hiệu lừa đảo bằng video giả, giọng nói giả."),
    ("l2.bai-dang-ban-hang", chat("Viết bài bán gạo nếp, dưới 120 chữ, không nói quá, để trống [giá].", "Nếp nương vụ mới, túi 2 kg…", "Giá, số điện thoại do mình tự điền. Không hứa điều không làm được."),
     "Điện thoại có ứng dụng AI viết bài đăng bán gạo nếp; bên cạnh nhắc tự điền giá và không nói quá."),
    ("l2.trang-cua-hop-tac-xa", dos("Trả lời khách trên trang", ["Cảm ơn, xin lỗi", "Mời nhắn tin riêng", "Hỏi ý người trong ảnh"], ["Cãi lại khách", "Xin số điện thoại công khai", "Bấm link lạ đòi mật khẩu"]),
     "Thẻ hai cột: cách trả lời khách trên trang của hợp tác xã nên làm và không nên làm."),
    ("l2.chia-se-co-trach-nhiem", steps("Trước khi chia sẻ", ["Tin từ đâu?", "Đã kiểm tra chưa?", "Có làm hại ai?", "Ghi rõ nếu do AI làm"]),
     "Bốn câu tự hỏi trước khi chia sẻ một tin hay một ảnh lên mạng."),
    ("l3.chia-nho-van-de", table("Chia việc lớn thành việc nhỏ", ["Việc nhỏ", "Ai làm", "Xong khi nào"], [["Mời khách", "Anh Tuấn", "Thứ Hai"], ["Thuê loa", "Chị Hoa", "Thứ Tư"], ["Viết báo cáo", "…", "…"]]),
     "Bảng chia một việc lớn thành các việc nhỏ, ghi ai làm và xong khi nào, đang được điền."),
    ("l3.nam-lan-tai-sao", steps("Hỏi “tại sao” nhiều lần", ["Rau bán chậm", "Vì rau héo", "Vì nắng chiếu", "Vì bạt rách: sửa gốc"]),
     "Chuỗi bốn ô hỏi tại sao: rau bán chậm, vì rau héo, vì nắng chiếu, vì tấm bạt rách là nguyên nhân gốc."),
    ("l3.so-sanh-lua-chon", table("So sánh các lựa chọn", ["Tiêu chí", "Ngô", "Lạc", "Rau"], [["Vốn", "Ít", "Vừa", "Nhiều"], ["Công sức", "Ít", "Vừa", "Nhiều"], ["Đầu ra", "…", "…", "…"]]),
     "Bảng so sánh trồng ngô, lạc hay rau theo vốn, công sức và đầu ra, đang được điền."),
    ("l3.giai-thich-tung-buoc", steps("Giải thích từng bước", ["Đọc đề", "Làm bước 1", "Làm bước 2", "Tự tính lại"]),
     "Bốn bước giải bài có giải thích: đọc đề, làm từng bước, rồi tự tính lại để tìm chỗ sai."),
    ("l3.ai-phan-bien", chat("Hãy đóng vai người khó tính, chỉ ra 5 rủi ro của kế hoạch.", "Rủi ro 1: mưa kéo dài…", "Góp ý nào hợp thì giữ. Hỏi thêm người thật."),
     "Điện thoại có ứng dụng AI đóng vai người phản biện, chỉ ra rủi ro của kế hoạch. Bên cạnh nhắc hỏi thêm người thật."),
    ("l3.lap-ke-hoach", table("Kế hoạch bốn tuần đi hội chợ", ["Tuần", "Việc", "Ai làm"], [["1", "Chọn hàng", "Cả tổ"], ["2", "Làm nhãn", "Chị Hoa"], ["3", "Thuê xe", "…"], ["4", "Đi hội chợ", "…"]]),
     "Bảng kế hoạch bốn tuần chuẩn bị đi hội chợ, ghi việc và người làm."),
    ("l3.mau-cau-lenh", chat("Viết tin mời họp: [ngày giờ], [địa điểm], [nội dung].", "Mời cả tổ họp lúc [ngày giờ]…", "Mẫu chỉ có chỗ trống cho việc, ngày giờ. Không lưu số căn cước trong mẫu."),
     "Điện thoại có ứng dụng AI với một mẫu câu lệnh có chỗ trống trong ngoặc vuông để điền mỗi lần dùng."),
    ("l3.viec-hang-tuan", table("Việc trong tuần", ["Việc", "Hạn", "Làm trước?"], [["Nộp giấy nhận giống", "Thứ Ba", "Có"], ["Đi khám", "Thứ Tư", "Có"], ["Học ủ phân", "Tháng sau", "Sau"]]),
     "Bảng việc trong tuần có hạn chót, đánh dấu việc nào làm trước."),
    ("l3.khi-nao-khong-dung-ai", dos("Khi nào không hỏi AI", ["Cấp cứu: gọi 115", "Cháy: gọi 114", "Công an: gọi 113", "Đất đai: hỏi tư pháp xã"], ["Gõ hỏi AI khi người nhà đau ngực", "Chuyển tiền theo lời AI", "Gửi ảnh căn cước cho AI"]),
     "Thẻ hai cột: những lúc phải gọi 115, 114, 113 hoặc hỏi cán bộ, và những việc không làm theo AI."),
    ("l4.ghi-chep-bang-bang", table("Sổ chè bán hằng ngày", ["Ngày", "Loại chè", "Số kg", "Ghi chú"], [["3/3", "Búp", "12", "hơi ướt"], ["4/3", "Búp", "15", ""], ["5/3", "…", "…", "…"]]),
     "Bảng ghi chép chè bán hằng ngày, mỗi cột một loại thông tin, đang được điền."),
    ("l4.phan-loai-gan-nhan", table("Gắn nhãn ý kiến bà con", ["Ý kiến", "Nhãn"], [["Đường trơn khi mưa", "Đường sá"], ["Mất điện buổi tối", "Điện nước"], ["Chưa có giấy đất", "Giấy tờ"], ["Muốn học AI", "Khác"]]),
     "Bảng ý kiến của bà con, mỗi dòng được gắn một nhãn như đường sá, điện nước, giấy tờ."),
    ("l4.lam-sach-du-lieu", table("Làm sạch danh sách", ["Tên hộ", "Số kg", "Vấn đề"], [["Hộ ông Ba", "20", ""], ["Hộ ông Ba", "20", "trùng"], ["Hộ bà Tư", "", "thiếu"], ["Hộ chị Năm", "200", "sai?"]]),
     "Bảng danh sách có dòng trùng, ô thiếu và số đáng ngờ được đánh dấu để sửa."),
    ("l4.nguon-du-lieu-tin-cay", dos("Nguồn số liệu", ["Trang .gov.vn, cơ quan thống kê", "Bản tin thời tiết chính thức", "Cán bộ khuyến nông, UBND xã"], ["Tin nhắn lạ trong nhóm", "Con số AI nói không nguồn", "Người bán tự khen hàng"]),
     "Thẻ hai cột: nguồn số liệu đáng tin như trang chính thức, bản tin thời tiết, và nguồn không đáng tin."),
    ("l4.doc-so-lieu-bieu-do", table("Đọc số liệu cho đúng", ["Tháng", "Số trẻ tiêm", "Ghi chú"], [["1", "40", ""], ["2", "38", ""], ["3", "55", "chiến dịch"], ["4", "…", ""]]),
     "Bảng số trẻ được tiêm chủng theo tháng, có ghi chú giải thích tháng tăng cao."),
    ("l4.ai-phan-tich-so-lieu", table("AI tính, mình soát lại", ["Tổ", "Sản lượng", "AI nói", "Mình tính"], [["Tổ 1", "12,5 tấn", "", ""], ["Tổ 2", "11 tấn", "", ""], ["Tổng", "", "60,5", "…"]]),
     "Bảng sản lượng lúa các tổ; cột tổng AI tính được đặt cạnh cột mình tự tính lại bằng máy tính."),
    ("l4.so-tay-kinh-nghiem", table("Sổ tay kinh nghiệm", ["Ngày", "Việc gặp", "Cách làm", "Bài học"], [["1/2026", "Chè lá vàng", "Bón thêm", "…"], ["2/2026", "Lợn bỏ ăn", "Gọi thú y", "…"]]),
     "Bảng sổ tay kinh nghiệm của thôn: ngày, việc gặp, cách làm và bài học."),
    ("l4.luu-tru-tai-lieu", steps("Lưu và sao lưu tài liệu", ["Đặt tên có ngày: 2026-03-15_…", "Xếp vào thư mục", "Sao lưu bản thứ hai", "Giữ kỹ mật khẩu"]),
     "Bốn bước giữ tài liệu: đặt tên có ngày, xếp vào thư mục, sao lưu bản thứ hai, giữ kỹ mật khẩu."),
    ("l4.bao-ve-du-lieu-ca-nhan", chat("Viết mẫu tin nhắc lịch tiêm, để chỗ trống [Tên bé].", "Kính gửi phụ huynh bé [Tên bé]…", "Không dán danh sách có tên, số điện thoại vào AI."),
     "Điện thoại có ứng dụng AI viết mẫu tin nhắc lịch tiêm có chỗ trống; bên cạnh nhắc không dán danh sách riêng."),
    ("l5.tim-viec-ai-giup-duoc", dos("Việc nào AI giúp được", ["Viết, tóm tắt, giải thích", "Lập dàn ý, kế hoạch nháp", "Đổi giọng văn"], ["Báo giá hôm nay ở chợ", "Chẩn bệnh, kê đơn", "Quyết định thay mình"]),
     "Thẻ hai cột: những việc chữ nghĩa AI giúp được, và những việc AI không làm thay được."),
    ("l5.thu-nghiem-nho", table("Thử nghiệm 4 tuần", ["Điều đo", "Trước", "Sau"], [["Phút viết thông báo", "30", "…"], ["Số lỗi phải sửa", "3", "…"], ["Phụ huynh hỏi lại", "5", "…"]]),
     "Bảng thử nghiệm nhỏ có cột trước và sau khi dùng AI, đang được điền."),
    ("l5.danh-gia-cong-cu-ai", dos("Trước khi cài ứng dụng AI", ["Đọc quyền ứng dụng xin", "Hỏi dữ liệu đi đâu", "Tính chi phí hằng tháng"], ["Cho đọc danh bạ, tin nhắn", "Tin “đúng 100%”", "Cài vì miễn phí"]),
     "Thẻ hai cột: những điều cần xem trước khi cài một ứng dụng AI, và những dấu hiệu đáng lo."),
    ("l5.ve-quy-trinh", steps("Vẽ lại cách đang làm", ["Nhận hồ sơ", "Chờ ký (nút thắt)", "Trả kết quả", "Hỏi người làm"]),
     "Sơ đồ các bước của một quy trình, có đánh dấu chỗ việc bị dồn lại."),
    ("l5.cai-tien-voi-ai", steps("Cải tiến cách làm", ["Tìm chỗ vướng", "Thử một cải tiến", "Đo lại kết quả", "Giữ cái tốt"]),
     "Bốn bước cải tiến cách làm: tìm chỗ vướng, thử một cải tiến, đo lại kết quả, giữ cái tốt."),
    ("l5.huong-dan-nguoi-khac", steps("Dạy người khác dùng AI", ["Hỏi việc họ hay làm", "Để họ tự bấm", "Nhắc an toàn", "Cùng kiểm tra"]),
     "Bốn bước hướng dẫn người lớn tuổi dùng AI: hỏi việc họ hay làm, để họ tự bấm, nhắc an toàn, cùng kiểm tra."),
    ("l5.y-tuong-kinh-doanh", table("Kế hoạch bán chè quà tặng", ["Câu hỏi", "Trả lời"], [["Bán cho ai?", "Khách du lịch"], ["Vì sao họ mua?", "Chè ngon, hộp đẹp"], ["Giá bao nhiêu?", "hỏi chợ, khách"], ["Vốn?", "…"]]),
     "Bảng kế hoạch kinh doanh nhỏ: bán cho ai, vì sao họ mua, giá và vốn, đang được điền."),
    ("l5.ban-hang-truc-tuyen", dos("Viết lời giới thiệu hàng", ["Mật ong hoa rừng của thôn", "Giao trong xã sáng hôm sau", "Giữ kín thông tin khách"], ["“Chữa khỏi đau dạ dày”", "“Tốt nhất Việt Nam”", "Đọc mã OTP cho khách lạ"]),
     "Thẻ hai cột: lời giới thiệu hàng trung thực nên viết, và những lời nói quá, việc nguy hiểm không nên làm."),
    ("l5.sang-tao-co-trach-nhiem", dos("Sáng tạo có trách nhiệm", ["Ghi rõ nội dung do AI tạo", "Xin phép người trong ảnh", "Kiểm tra trước khi đăng"], ["Giả mặt, giả giọng người thật", "Lấy ảnh người khác", "Quảng cáo sai sự thật"]),
     "Thẻ hai cột: việc nên làm khi sáng tạo với AI, như ghi rõ nội dung do AI tạo, và việc không được làm."),
    ("l2.quay-video-phu-de", steps("Làm video bán hàng ngắn", ["Viết vài câu sẽ nói", "Quay từng cảnh ngắn", "Để AI làm phụ đề", "Đọc lại, sửa rồi đăng"]),
     "Bốn bước làm video bán hàng ngắn: viết lời, quay từng cảnh, để AI làm phụ đề, đọc lại rồi đăng."),
    ("l4.hoi-ai-ve-giay-to-cua-minh", chat("Chỉ dựa vào phiếu bảo hành này: máy mua 10 tháng còn bảo hành không?", "Còn. Căn cứ: “bảo hành 12 tháng”. Cho mượn máy: phiếu không nói.", "Dò câu căn cứ với giấy gốc. Che tên, số căn cước trước khi dán."),
     "Điện thoại: người dùng dán phiếu bảo hành và hỏi; AI trả lời kèm câu chép từ phiếu, và ghi rõ chỗ phiếu không nói."),
    ("l3.ai-cung-thien-vi", dos("AI cũng thiên vị", ["Hỏi theo sở thích, khả năng", "Hỏi lại: nếu là con trai thì sao?", "Hỏi thầy cô, người trong nghề"], ["“Con gái hợp nghề may”", "“Người già khó học”", "“Sửa máy là việc đàn ông”"]),
     "Thẻ hai cột: cách hỏi lại AI cho công bằng, và những câu trả lời thiên vị cần gạch đi."),
    ("l4.thoi-tiet-gia-ca-co-nguon", chat("Thời tiết 3 ngày tới ở xã tôi thế nào? Ghi nguồn và ngày.", "Ngày 9/12 khô ráo… Nguồn: bản tin thời tiết của đài tỉnh, sáng 6/12 (link).", "Chạm vào link: ai nói, nói ngày nào, có đúng như AI tóm không."),
     "Điện thoại: AI tìm kiếm trả lời về thời tiết, kèm link nguồn. Bên cạnh nhắc mở nguồn xem ai nói, nói ngày nào."),
    ("l2.lua-dao-ung-dung-gia", scam("Cán bộ (?) gọi đến", ["Gửi link, bảo cài ứng dụng", "Bảo quay mặt trái, phải", "Nói để cập nhật căn cước", "Giục gấp, dọa phạt"]),
     "Điện thoại nhận cuộc gọi của người xưng cán bộ, kèm các dấu hiệu: gửi link cài ứng dụng, bảo quay mặt, giục gấp."),
    ("l5.ban-tren-san-truy-xuat-nguon-goc", dos("Lời giới thiệu hàng trên sàn", ["Chè búp hái tay, sao chảo gang", "Gói 200 gam, hạn 12 tháng", "Quét mã QR xem nơi trồng"], ["“OCOP 4 sao” khi chưa có giấy", "“Hữu cơ 100%”", "“Chữa khỏi mất ngủ”"]),
     "Thẻ hai cột: lời giới thiệu hàng trên sàn nên viết, và những lời không được ghi khi không có giấy chứng nhận."),
    ("l2.noi-dung-ai-la-cua-ai", dos("Dùng hình AI để bán hàng", ["Đọc điều khoản sử dụng", "Tự thêm nét riêng", "Ghi rõ hình do AI tạo"], ["In logo giống hãng khác", "Xóa dấu “do AI tạo”", "Tin AI nói “của bạn hết”"]),
     "Thẻ hai cột: việc nên làm trước khi dùng hình AI để bán hàng, và việc không được làm."),
    ("l4.so-lieu-thong-ke-chinh-thuc", table("Đổi đơn vị rồi mới so", ["Đổi", "Thành", "Ghi chú"], [["5 sào Bắc Bộ", "1.800 m²", "1 sào = 360 m²"], ["1.800 m²", "0,18 ha", "1 ha = 10.000 m²"], ["2.200 kg", "2,2 tấn", "1 tấn = 1.000 kg"], ["2,2 : 0,18", "≈ 12,2 tấn/ha", "Tỉnh: 11 tấn/ha"]]),
     "Bảng đổi đơn vị: sào ra mét vuông, mét vuông ra héc-ta, ki-lô-gam ra tấn, rồi so với số liệu của tỉnh."),
    ("l3.kenh-ban-hang-cua-minh", steps("Lịch đăng bài bốn tuần", ["Tuần 1: giới thiệu nhà mình", "Tuần 2: video quay mật", "Tuần 3: trả lời câu hỏi khách", "Tuần 4: cách đặt mua"]),
     "Lịch đăng bài bốn tuần cho trang bán mật ong: giới thiệu nhà mình, video quay mật, trả lời khách, cách đặt mua."),
    ("l5.so-thu-chi-sap-hang", table("Sổ thu chi tuần của sạp rau (nghìn đồng)", ["Ngày", "Bán", "Chi"], [["Thứ Hai", "600", "400"], ["Thứ Ba", "550", "350"], ["Thứ Tư", "700", "450 + 50"], ["Cộng cả tuần", "3.150", "2.050"], ["Lãi", "1.100", "Bấm máy soát lại"]]),
     "Bảng thu chi một tuần của sạp rau: tiền bán, tiền chi từng ngày, rồi tổng và tiền lãi."),
    ("l1.doc-nhan-thuoc-bao-ve-thuc-vat", chat("(ảnh nhãn gói thuốc) Giải thích nhãn này bằng lời dễ hiểu.", "“Thời gian cách ly” là số ngày phải chờ sau khi phun mới được hái…", "Chữ khó thì hỏi AI. Liều lượng, số ngày: đọc trên nhãn thật."),
     "Điện thoại gửi ảnh nhãn gói thuốc cho AI; AI giải thích chữ khó, bên cạnh nhắc lấy liều lượng từ chính nhãn."),
    ("l5.ai-dich-cho-khach", steps("Dịch cho khách, rồi dịch ngược", ["AI dịch tin của khách", "Mình viết câu trả lời", "AI dịch câu trả lời", "Dịch ngược để dò giá, ngày"]),
     "Điện thoại: AI dịch tin của khách nước ngoài, dịch câu trả lời, rồi dịch ngược lại tiếng Việt để dò."),
    ("l5.thue-ban-hang-truc-tuyen", dos("Việc thuế khi bán trên mạng", ["Ghi sổ doanh thu mỗi ngày", "Cộng mọi nơi bán: sàn, Facebook", "Báo doanh thu trước 31/7 và 31/1", "Xem eTax Mobile, hỏi cơ quan thuế"], ["Tin AI: “dưới 100 triệu”", "Bỏ doanh thu bán qua Facebook", "Giấu tiền ở tài khoản người nhà", "Cài ứng dụng từ link người lạ"]),
     "Thẻ hai cột: việc thuế nên làm khi bán hàng trên mạng, và những điều sai hay gặp."),
    ("l3.tinh-chi-phi-mot-vu", table("Chi phí một sào bắp cải (nghìn đồng)", ["Khoản", "Tiền", "Ghi chú"], [["Cây giống", "300", ""], ["Phân bón", "500", ""], ["Thuốc", "200", "Theo nhãn"], ["Thuê cày", "150", ""], ["Tổng", "1.150", "Giá bán: cần hỏi"]]),
     "Bảng chi phí một sào bắp cải: giống, phân, thuốc, thuê cày, cộng tổng; giá bán ghi cần hỏi."),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for lesson_id, drawing, alt in PICTURES:
        (OUT / f"{lesson_id}.svg").write_text(frame(drawing, alt), encoding="utf-8")
    print(f"{len(PICTURES)} pictures in {OUT}")


if __name__ == "__main__":
    main()
