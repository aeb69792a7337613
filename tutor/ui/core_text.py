"""Puts the core's fixed Vietnamese messages into the UI language, in this one place.

The core stays Qt-free and speaks Vietnamese. Two kinds of core text arrive here:
- an error (tutor.errors.TutorError) built from a catalogued message (tutor.messages)
  carries its code and parameters: user_text() renders it from the code in the UI language;
- any other text (progress and Hỏi gia sư lines, practice feedback, a notice): translate()
  recognises each known message, also inside a text built by joining several, and puts it
  into the UI language. Parameters (counts, quotes of the learner's words) are kept.
The literals must stay literal so that lupdate finds them; tests check that every core
message and every catalogue code is listed and has an English entry."""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from tutor.messages import CATALOGUE, NUMBER_PARAMS, render

NUMBERS = {"level", "correct", "total", "needed", "days"} | NUMBER_PARAMS


def catalogue_translations() -> dict[str, str]:
    """Every tutor.messages code with its text in the UI language (looked up now: the
    language may have changed)."""
    return {
        "error.generic": QCoreApplication.translate(
            "CoreMessages", "Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn."),
        "pin.wrong_tries_left": QCoreApplication.translate(
            "CoreMessages", "Mã PIN chưa đúng. Bạn còn {tries} lần thử."),
        "pin.wrong": QCoreApplication.translate(
            "CoreMessages", "Mã PIN chưa đúng."),
        "lockout.hours": QCoreApplication.translate(
            "CoreMessages", "Nhập sai quá nhiều lần. Hãy đợi khoảng {hours} giờ rồi thử lại."),
        "lockout.minutes": QCoreApplication.translate(
            "CoreMessages", "Nhập sai quá nhiều lần. Hãy đợi {minutes} phút rồi thử lại."),
        "progress.certificate_waits": QCoreApplication.translate(
            "CoreMessages", "Đồng hồ của máy đang sai ngày, nên giấy chứng nhận sẽ được cấp sau, khi đồng hồ được chỉnh"
            " đúng hoặc khi máy đồng bộ với máy chủ. Kết quả của bạn đã được lưu."),
        "teacher.not_logged_in": QCoreApplication.translate(
            "CoreMessages", "Hãy đăng nhập lại bằng tài khoản giáo viên."),
        "teacher.wrong_password_tries_left": QCoreApplication.translate(
            "CoreMessages", "Tên đăng nhập hoặc mật khẩu chưa đúng. Còn {tries} lần thử."),
        "teacher.wrong_password": QCoreApplication.translate(
            "CoreMessages", "Tên đăng nhập hoặc mật khẩu chưa đúng."),
        "recovery.damaged_restored": QCoreApplication.translate(
            "CoreMessages", "Tệp dữ liệu trên máy này bị hỏng nên ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì "
            "học sau ngày đó trên máy này có thể bị thiếu. Tệp hỏng vẫn được giữ lại để thầy cô hoặc "
            "cán bộ kỹ thuật xem."),
        "recovery.damaged_new": QCoreApplication.translate(
            "CoreMessages", "Tệp dữ liệu trên máy này bị hỏng và chưa có bản sao lưu dùng được. Ứng dụng đã tạo dữ liệu"
            " mới. Tệp hỏng vẫn được giữ lại để cán bộ kỹ thuật xem."),
        "recovery.empty_restored": QCoreApplication.translate(
            "CoreMessages", "Tệp dữ liệu trên máy này bị trống (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột"
            " ngột). Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này "
            "có thể bị thiếu."),
        "recovery.missing_restored": QCoreApplication.translate(
            "CoreMessages", "Tệp dữ liệu trên máy này bị mất (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột "
            "ngột). Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này "
            "có thể bị thiếu."),
        "recovery.learners_elsewhere": QCoreApplication.translate(
            "CoreMessages", "Máy này chưa có người học nào, nhưng bản lưu ngày {day} có {found} người học. Nếu đây là "
            "dữ liệu của lớp, hãy bấm “Lấy lại dữ liệu cũ”."),
        "recovery.backup_damaged": QCoreApplication.translate(
            "CoreMessages", "Bản lưu này cũng bị hỏng nên chưa lấy lại được. Hãy báo cho cán bộ kỹ thuật."),
        "pack.unusable": QCoreApplication.translate(
            "CoreMessages", "Không dùng được gói bài học này. Bài học hiện có vẫn giữ nguyên."),
        "pack.unreadable": QCoreApplication.translate(
            "CoreMessages", "Tệp này không phải gói bài học, hoặc đã bị hỏng khi sao chép. Hãy chép lại tệp rồi thử "
            "lại. Bài học hiện có vẫn giữ nguyên."),
        "pack.tampered": QCoreApplication.translate(
            "CoreMessages", "Gói bài học đã bị thay đổi sau khi đóng gói nên không an toàn để dùng. Hãy xin lại tệp gốc"
            " từ nơi phát hành rồi thử lại."),
        "pack.bad_signature": QCoreApplication.translate(
            "CoreMessages", "Chữ ký của gói bài học không đúng, có thể gói đã bị sửa. Hãy xin lại tệp gốc từ nơi phát "
            "hành rồi thử lại."),
        "pack.unknown_signer": QCoreApplication.translate(
            "CoreMessages", "Gói bài học này do một nơi chưa được ứng dụng tin cậy ký. Chỉ dùng gói bài học từ nơi phát"
            " hành chính thức."),
        "pack.unsupported_schema": QCoreApplication.translate(
            "CoreMessages", "Gói bài học này cần phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi thử lại."),
        "pack.unsafe": QCoreApplication.translate(
            "CoreMessages", "Gói bài học chứa tên tệp không an toàn nên đã bị từ chối. Hãy xin lại tệp gốc từ nơi phát "
            "hành rồi thử lại."),
        "pack.too_large": QCoreApplication.translate(
            "CoreMessages", "Gói bài học lớn bất thường nên đã bị từ chối để bảo vệ máy tính. Hãy xin lại tệp gốc từ "
            "nơi phát hành rồi thử lại."),
        "pack.members_mismatch": QCoreApplication.translate(
            "CoreMessages", "Gói bài học bị thiếu hoặc thừa tệp so với danh sách khi đóng gói. Hãy xin lại tệp gốc từ "
            "nơi phát hành rồi thử lại."),
        "pack.content_invalid": QCoreApplication.translate(
            "CoreMessages", "Nội dung gói bài học bị lỗi định dạng. Hãy báo cho nơi phát hành. Bài học hiện có vẫn giữ "
            "nguyên."),
        "pack.import_failed": QCoreApplication.translate(
            "CoreMessages", "Không cài được gói bài học do lỗi khi ghi dữ liệu. Bài học hiện có vẫn giữ nguyên."),
        "pack.not_newer": QCoreApplication.translate(
            "CoreMessages", "Gói này (phiên bản {offered}) cũ hơn gói đang dùng (phiên bản {installed}) nên không cài."),
        "pack.version_conflict": QCoreApplication.translate(
            "CoreMessages", "Đã có gói phiên bản {version} với nội dung khác. Hãy hỏi nơi phát hành gói nào mới hơn."),
        "pack.id_mismatch": QCoreApplication.translate(
            "CoreMessages", "Gói này là một bộ bài học khác với bộ đang dùng nên không cài thay thế."),
        "pack.source_has_errors": QCoreApplication.translate(
            "CoreMessages", "Nội dung bài học còn lỗi nên chưa đóng gói được."),
        "pack.signing_key": QCoreApplication.translate(
            "CoreMessages", "Không đọc được khoá ký gói bài học."),
        "llm.llama_unavailable": QCoreApplication.translate(
            "CoreMessages", "Phần chạy AI chưa được cài đủ trên máy này. Các bài học khác vẫn dùng bình thường."),
        "llm.model_invalid": QCoreApplication.translate(
            "CoreMessages", "Tệp mô hình AI bị hỏng hoặc không đúng loại. Hãy chép lại tệp mô hình."),
        "llm.load_failed": QCoreApplication.translate(
            "CoreMessages", "Không mở được mô hình AI này. Hãy chọn mô hình khác."),
        "llm.out_of_memory": QCoreApplication.translate(
            "CoreMessages", "Máy không đủ bộ nhớ để chạy mô hình AI này. Hãy đóng bớt chương trình hoặc chọn mô hình "
            "nhỏ hơn."),
        "llm.not_loaded": QCoreApplication.translate(
            "CoreMessages", "AI chưa sẵn sàng. Hãy thử lại."),
        "llm.prompt_too_long": QCoreApplication.translate(
            "CoreMessages", "Câu hỏi và bài đọc quá dài cho mô hình này. Hãy hỏi ngắn hơn."),
        "llm.generation_failed": QCoreApplication.translate(
            "CoreMessages", "AI gặp lỗi khi trả lời. Hãy thử lại."),
        "llm.bad_request": QCoreApplication.translate(
            "CoreMessages", "AI gặp lỗi khi trả lời. Hãy thử lại."),
        "llm.no_model": QCoreApplication.translate(
            "CoreMessages", "Máy này chưa có mô hình AI. Các bài học vẫn dùng được; nhờ cán bộ chép mô hình từ USB để "
            "luyện với AI."),
        "llm.worker_start_failed": QCoreApplication.translate(
            "CoreMessages", "Không khởi động được phần chạy AI. Các bài học khác vẫn dùng bình thường."),
        "llm.worker_crashed": QCoreApplication.translate(
            "CoreMessages", "Phần chạy AI bị dừng đột ngột. Bấm “Thử lại” để chạy lại."),
        "llm.worker_killed": QCoreApplication.translate(
            "CoreMessages", "Phần chạy AI bị tắt, có thể do máy hết bộ nhớ. Hãy đóng bớt chương trình rồi bấm “Thử "
            "lại”."),
        "llm.cpu_unsupported": QCoreApplication.translate(
            "CoreMessages", "Bộ xử lý của máy này đời cũ nên không chạy được AI. Các bài học khác vẫn dùng bình thường."),
        "llm.worker_stuck": QCoreApplication.translate(
            "CoreMessages", "AI không dừng khi được yêu cầu nên đã bị tắt. Bấm “Thử lại” để chạy lại."),
        "llm.closed": QCoreApplication.translate(
            "CoreMessages", "AI đã được tắt."),
        "sync.unavailable": QCoreApplication.translate(
            "CoreMessages", "Không kết nối được máy chủ đồng bộ. Dữ liệu vẫn lưu trên máy này. Hãy thử lại sau."),
        "sync.hub_not_trusted": QCoreApplication.translate(
            "CoreMessages", "Máy trả lời không phải máy chủ mà máy này đã đăng ký. Dữ liệu vẫn lưu trên máy này. Hãy "
            "báo giáo viên kiểm tra mạng."),
        "sync.refused": QCoreApplication.translate(
            "CoreMessages", "Máy chủ đồng bộ từ chối yêu cầu này."),
        "sync.not_enrolled": QCoreApplication.translate(
            "CoreMessages", "Máy này chưa đăng ký với máy chủ đồng bộ. Hãy nhờ giáo viên đăng ký."),
        "sync.loading_profiles": QCoreApplication.translate(
            "CoreMessages", "Đang tải hồ sơ người học…"),
        "sync.done": QCoreApplication.translate(
            "CoreMessages", "Đồng bộ xong."),
        "sync.sending_results": QCoreApplication.translate(
            "CoreMessages", "Đang gửi kết quả học…"),
        "sync.bundle_damaged": QCoreApplication.translate(
            "CoreMessages", "Tệp dữ liệu USB bị hỏng hoặc đã bị sửa. Không nhập tệp này."),
        "enrol.file_damaged": QCoreApplication.translate(
            "CoreMessages", "Tệp đăng ký không đọc được hoặc đã bị sửa. Hãy xin máy chủ một tệp mới."),
        "enrol.other_hub": QCoreApplication.translate(
            "CoreMessages", "Tệp đăng ký này là của máy chủ khác."),
        "enrol.unreadable": QCoreApplication.translate(
            "CoreMessages", "Không đọc được tệp đăng ký. Hãy kiểm tra USB rồi thử lại."),
        "enrol.not_enrollment": QCoreApplication.translate(
            "CoreMessages", "Tệp này không phải tệp đăng ký của máy chủ."),
        "enrol.expired": QCoreApplication.translate(
            "CoreMessages", "Tệp đăng ký này đã hết hạn. Hãy xin máy chủ một tệp mới."),
        "enrol.already_enrolled": QCoreApplication.translate(
            "CoreMessages", "Máy này đã đăng ký với máy chủ rồi, không cần tệp này."),
        "progress.level_locked": QCoreApplication.translate(
            "CoreMessages", "Cấp độ {level} chưa mở. Hãy hoàn thành bài kiểm tra của cấp trước, hoặc nhờ giáo viên mở "
            "giúp."),
        "audio.speech_unavailable": QCoreApplication.translate(
            "CoreMessages", "Máy này chưa đọc to được. Bạn vẫn học bình thường bằng cách đọc chữ trên màn hình."),
        "audio.voice_not_found": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy giọng đọc đã chọn. Hãy chọn giọng khác trong phần cài đặt."),
        "audio.speech_failed": QCoreApplication.translate(
            "CoreMessages", "Chưa đọc được đoạn này. Hãy bấm nút đọc lại một lần nữa."),
        "audio.bad_recording": QCoreApplication.translate(
            "CoreMessages", "Bản ghi âm bị hỏng hoặc không đúng định dạng. Hãy ghi âm lại."),
        "profile.unknown_group": QCoreApplication.translate(
            "CoreMessages", "Nhóm người học hoặc độ tuổi này không có trong danh sách. Hãy chọn lại."),
        "profile.name_empty": QCoreApplication.translate(
            "CoreMessages", "Hãy nhập tên của bạn."),
        "profile.name_too_long": QCoreApplication.translate(
            "CoreMessages", "Tên dài quá. Hãy dùng tối đa {limit} chữ cái."),
        "profile.choose_picture": QCoreApplication.translate(
            "CoreMessages", "Hãy chọn một hình."),
        "profile.pin_four_digits": QCoreApplication.translate(
            "CoreMessages", "Mã PIN phải có đúng 4 chữ số."),
        "profile.no_learner": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy người học này."),
        "progress.no_section": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy phần bài này."),
        "progress.no_question": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy câu hỏi này."),
        "progress.no_level_test": QCoreApplication.translate(
            "CoreMessages", "Cấp độ này chưa có bài kiểm tra."),
        "progress.no_lesson": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy bài học này."),
        "progress.no_level": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy cấp độ này."),
        "progress.test_submitted": QCoreApplication.translate(
            "CoreMessages", "Bài kiểm tra này đã nộp rồi. Hãy bắt đầu một lần kiểm tra mới."),
        "progress.not_in_test": QCoreApplication.translate(
            "CoreMessages", "Câu hỏi này không có trong bài kiểm tra."),
        "progress.no_test": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy bài kiểm tra này."),
        "gguf.not_gguf": QCoreApplication.translate(
            "CoreMessages", "Tệp này không phải là mô hình AI (tệp .gguf). Hãy chọn đúng tệp mô hình."),
        "gguf.unsupported_version": QCoreApplication.translate(
            "CoreMessages", "Tệp mô hình này dùng định dạng quá cũ hoặc quá mới. Phần mềm chưa dùng được tệp này."),
        "gguf.truncated": QCoreApplication.translate(
            "CoreMessages", "Tệp mô hình bị thiếu phần cuối, có lẽ chép chưa xong. Hãy chép lại tệp từ USB rồi thử lại."),
        "gguf.corrupt": QCoreApplication.translate(
            "CoreMessages", "Tệp mô hình bị hỏng nên không dùng được. Hãy chép lại một bản khác."),
        "gguf.unreadable": QCoreApplication.translate(
            "CoreMessages", "Không đọc được tệp mô hình. Hãy kiểm tra USB hoặc ổ đĩa rồi thử lại."),
        "model.bundled_missing": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy mô hình có sẵn của phần mềm. Hãy cài lại phần mềm."),
        "model.bundled_damaged": QCoreApplication.translate(
            "CoreMessages", "Mô hình có sẵn của phần mềm bị hỏng. Hãy cài lại phần mềm."),
        "model.disk_full": QCoreApplication.translate(
            "CoreMessages", "Ổ đĩa không đủ chỗ: mô hình cần {size}, ổ chỉ còn {free} trống. Hãy xoá bớt tệp không cần "
            "rồi thử lại."),
        "model.unreadable": QCoreApplication.translate(
            "CoreMessages", "Không đọc được tệp từ USB hoặc ổ đĩa. Hãy cắm lại USB rồi thử lại."),
        "model.new_compression": QCoreApplication.translate(
            "CoreMessages", "Tệp mô hình này dùng kiểu nén mới mà phần mềm chưa hỗ trợ. Hãy chọn mô hình khác."),
        "model.no_avx": QCoreApplication.translate(
            "CoreMessages", "Bộ xử lý của máy này đời cũ (thiếu AVX) nên không chạy được mô hình AI. Các bài học khác "
            "vẫn dùng bình thường."),
        "model.too_big": QCoreApplication.translate(
            "CoreMessages", "Mô hình cần khoảng {need} bộ nhớ (RAM) nhưng máy chỉ còn {free} trống. Hãy đóng bớt chương"
            " trình khác hoặc chọn mô hình nhỏ hơn."),
        "model.slow_old_cpu": QCoreApplication.translate(
            "CoreMessages", "bộ xử lý đời cũ (thiếu AVX2)"),
        "model.slow_low_memory": QCoreApplication.translate(
            "CoreMessages", "bộ nhớ còn trống ít"),
        "model.slow_big_model": QCoreApplication.translate(
            "CoreMessages", "mô hình lớn"),
        "model.slow": QCoreApplication.translate(
            "CoreMessages", "Máy chạy được nhưng sẽ chậm: {reasons}."),
        "model.good": QCoreApplication.translate(
            "CoreMessages", "Mô hình vừa với máy: cần khoảng {need} trong {free} bộ nhớ còn trống."),
        "model.file_missing": QCoreApplication.translate(
            "CoreMessages", "Tệp mô hình không còn trong máy."),
        "model.unrecorded": QCoreApplication.translate(
            "CoreMessages", "Chưa có dấu kiểm tra cho mô hình này (không được chép vào bằng phần mềm)."),
        "model.intact": QCoreApplication.translate(
            "CoreMessages", "Mô hình còn nguyên vẹn."),
        "model.changed": QCoreApplication.translate(
            "CoreMessages", "Tệp mô hình đã bị thay đổi hoặc hỏng. Hãy chép lại từ USB."),
        "teacher.username_empty": QCoreApplication.translate(
            "CoreMessages", "Hãy nhập tên đăng nhập."),
        "teacher.username_spaces": QCoreApplication.translate(
            "CoreMessages", "Tên đăng nhập không được có dấu cách. Ví dụ: colan"),
        "teacher.username_taken": QCoreApplication.translate(
            "CoreMessages", "Tên đăng nhập này đã có người dùng. Hãy chọn tên khác."),
        "teacher.account_from_hub": QCoreApplication.translate(
            "CoreMessages", "Tài khoản này do máy chủ của xã cấp. Hãy nhờ cán bộ đổi mật khẩu trên máy chủ."),
        "teacher.old_password_wrong": QCoreApplication.translate(
            "CoreMessages", "Mật khẩu cũ chưa đúng."),
        "teacher.choose_lesson_or_test": QCoreApplication.translate(
            "CoreMessages", "Hãy chọn bài học hoặc một bài kiểm tra cấp độ."),
        "teacher.too_many_lessons": QCoreApplication.translate(
            "CoreMessages", "Hãy giao ít bài hơn trong một lần."),
        "teacher.due_not_a_date": QCoreApplication.translate(
            "CoreMessages", "Hạn nộp phải là một ngày."),
        "teacher.due_in_past": QCoreApplication.translate(
            "CoreMessages", "Hạn nộp đã qua. Hãy chọn một ngày từ hôm nay."),
        "teacher.no_assignment": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy bài đã giao này."),
        "teacher.hub_refused_file": QCoreApplication.translate(
            "CoreMessages", "Máy chủ không nhận tệp này."),
        "teacher.class_name_empty": QCoreApplication.translate(
            "CoreMessages", "Hãy đặt tên cho lớp."),
        "teacher.no_class": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy lớp này."),
        "teacher.class_archived": QCoreApplication.translate(
            "CoreMessages", "Lớp này đã được cất đi. Hãy mở lại lớp trước."),
        "teacher.class_name_taken": QCoreApplication.translate(
            "CoreMessages", "Đã có một lớp tên này. Hãy chọn tên khác."),
        "teacher.csv_unreadable": QCoreApplication.translate(
            "CoreMessages", "Không đọc được tệp này. Hãy lưu lại từ Excel dưới dạng CSV UTF-8."),
        "teacher.csv_no_names": QCoreApplication.translate(
            "CoreMessages", "Tệp không có tên người học nào."),
        "teacher.csv_too_large": QCoreApplication.translate(
            "CoreMessages", "Tệp quá lớn. Hãy chia danh sách thành nhiều tệp nhỏ hơn."),
        "teacher.csv_no_name_column": QCoreApplication.translate(
            "CoreMessages", "Không thấy cột “Họ tên” trong tệp. Hãy đặt tên cột đầu là “Họ tên”."),
        "teacher.merge_with_itself": QCoreApplication.translate(
            "CoreMessages", "Không thể gộp một hồ sơ với chính nó."),
        "teacher.collected": QCoreApplication.translate(
            "CoreMessages", "Đã nhận xong."),
        "teacher.usb_folder_missing": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy thư mục này trên USB."),
        "teacher.written": QCoreApplication.translate(
            "CoreMessages", "Đã ghi xong."),
        "teacher.sent": QCoreApplication.translate(
            "CoreMessages", "Đã gửi xong."),
        "teacher.folder_missing": QCoreApplication.translate(
            "CoreMessages", "Không tìm thấy thư mục này. Hãy cắm lại USB rồi chọn lại."),
        "teacher.disk_full": QCoreApplication.translate(
            "CoreMessages", "Ổ đĩa đã đầy. Hãy xoá bớt tệp rồi thử lại."),
        "storage.startup_disk_full": QCoreApplication.translate(
            "CoreMessages", "Ổ đĩa của máy đã đầy nên ứng dụng chưa mở được dữ liệu. Hãy xoá bớt tệp không cần (phim, "
            "ảnh cũ, tệp tải về) để có thêm ít nhất {need} MB trống, rồi mở lại ứng dụng. Dữ liệu học "
            "của mọi người vẫn còn nguyên, chưa bị đổi gì."),
        "storage.startup_locked": QCoreApplication.translate(
            "CoreMessages", "Dữ liệu đang được một cửa sổ khác của ứng dụng dùng. Hãy đóng cửa sổ đó rồi mở lại ứng "
            "dụng. Dữ liệu vẫn còn nguyên."),
        "storage.startup_unreadable": QCoreApplication.translate(
            "CoreMessages", "Máy chưa đọc được ổ đĩa chứa dữ liệu (có thể USB bị rút ra, hoặc ổ đĩa đang lỗi). Hãy cắm "
            "lại USB hoặc khởi động lại máy, rồi mở lại ứng dụng. Dữ liệu chưa bị đổi gì."),
        "storage.save_disk_full": QCoreApplication.translate(
            "CoreMessages", "Ổ đĩa của máy đã đầy nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn "
            "còn. Hãy nhờ người quen máy tính xoá bớt tệp không cần để có thêm ít nhất {need} MB trống,"
            " rồi bấm trả lời lại."),
        "storage.save_busy": QCoreApplication.translate(
            "CoreMessages", "Máy đang bận nên câu trả lời vừa rồi chưa được lưu. Hãy đợi một chút rồi bấm lại. Nếu có "
            "hai cửa sổ của ứng dụng đang mở, hãy đóng một cửa sổ."),
        "storage.save_failed": QCoreApplication.translate(
            "CoreMessages", "Máy chưa ghi được vào ổ đĩa nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước "
            "đó vẫn còn. Nếu dùng USB, hãy kiểm tra USB còn cắm chắc, rồi bấm lại."),
        "check.unknown_kind": QCoreApplication.translate(
            "CoreMessages", "Chương trình chưa biết cách kiểm tra này nên bỏ qua."),
        "check.missing_number": QCoreApplication.translate(
            "CoreMessages", "Bài tập thiếu con số để kiểm tra nên bỏ qua."),
        "check.words_within": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có {count} chữ, trong giới hạn {limit} chữ."),
        "check.words_over": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có {count} chữ, quá giới hạn {limit} chữ."),
        "check.words_enough": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có {count} chữ, đủ ít nhất {least} chữ."),
        "check.words_short": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời chỉ có {count} chữ, cần ít nhất {least} chữ."),
        "check.sentences_within": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có {count} câu, trong giới hạn {limit} câu."),
        "check.sentences_over": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có {count} câu, quá giới hạn {limit} câu."),
        "check.bullets_none": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời không có gạch đầu dòng nào, cần {wanted} dòng."),
        "check.bullets_few": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời chỉ có {count} gạch đầu dòng, cần {wanted} dòng."),
        "check.bullets_many": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có {count} gạch đầu dòng, nhiều hơn mức {wanted} dòng."),
        "check.bullets_ok": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có {count} gạch đầu dòng, đúng mức {wanted} dòng."),
        "check.range_between": QCoreApplication.translate(
            "CoreMessages", "từ {low} đến {high}"),
        "check.range_least": QCoreApplication.translate(
            "CoreMessages", "ít nhất {low}"),
        "check.range_most": QCoreApplication.translate(
            "CoreMessages", "nhiều nhất {high}"),
        "check.mentions": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có nhắc “{said}”."),
        "check.mentions_missing": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời chưa nhắc tới {phrases}."),
        "check.avoids": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời không nhắc tới {phrases}. Tốt."),
        "check.avoids_failed": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có nhắc {said}, điều này cần tránh."),
        "check.no_personal_data": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời không có thông tin cá nhân như số điện thoại, số căn cước, số tài khoản hay "
            "e-mail."),
        "check.personal_data": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời có thông tin cá nhân: {found_data}. Hãy xoá đi trước khi dùng."),
        "check.list_or": QCoreApplication.translate(
            "CoreMessages", "{head} hoặc “{last}”"),
        "check.list_and": QCoreApplication.translate(
            "CoreMessages", "{head} và {last}”"),
        "pii.phone": QCoreApplication.translate(
            "CoreMessages", "số điện thoại"),
        "pii.citizen_id": QCoreApplication.translate(
            "CoreMessages", "số căn cước"),
        "pii.bank_account": QCoreApplication.translate(
            "CoreMessages", "số tài khoản ngân hàng"),
        "pii.email": QCoreApplication.translate(
            "CoreMessages", "địa chỉ e-mail"),
        "pii.secret_code": QCoreApplication.translate(
            "CoreMessages", "mã OTP hoặc mật khẩu"),
        "rubric.missing_part": QCoreApplication.translate(
            "CoreMessages", "Chưa thấy {name}."),
        "rubric.found_part": QCoreApplication.translate(
            "CoreMessages", "Có {name}: thấy chữ {cue_words} trong “{excerpt}”."),
        "rubric.suggest": QCoreApplication.translate(
            "CoreMessages", "Thêm {name}: {hint}. Ví dụ cho bài này: “{example}”."),
        "rubric.vague_length": QCoreApplication.translate(
            "CoreMessages", "Bạn đã dặn “{words}”, nhưng AI cần con số để biết dài bao nhiêu."),
        "rubric.personal_data": QCoreApplication.translate(
            "CoreMessages", "Câu lệnh có thông tin cá nhân: {found_data}. Đừng đưa những thông tin này lên AI. Hãy xoá "
            "đi, hoặc thay bằng chỗ trống như {placeholder}."),
        "rubric.no_parts_needed": QCoreApplication.translate(
            "CoreMessages", "Bài này không đòi phần nào riêng. Câu lệnh được {stars} sao."),
        "rubric.star_rule": QCoreApplication.translate(
            "CoreMessages", "Cách tính sao: đủ mọi phần bài này cần thì 3 sao; có từ một nửa số phần trở lên thì 2 sao;"
            " ít hơn một nửa thì 1 sao. Câu lệnh có thông tin cá nhân thì chỉ được 1 sao."),
        "rubric.stars_capped": QCoreApplication.translate(
            "CoreMessages", "Câu lệnh của bạn có {present}/{expected} phần, nhưng có thông tin cá nhân, nên được 1 sao."),
        "rubric.stars": QCoreApplication.translate(
            "CoreMessages", "Câu lệnh của bạn có {present}/{expected} phần, nên được {stars} sao."),
        "rubric.caution": QCoreApplication.translate(
            "CoreMessages", "Nhưng câu lệnh có thông tin cá nhân: hãy xoá đi trước khi gửi."),
        "rubric.ready": QCoreApplication.translate(
            "CoreMessages", "Câu lệnh đã sẵn sàng."),
        "rubric.complete": QCoreApplication.translate(
            "CoreMessages", "Tốt lắm! Câu lệnh có đủ {expected} phần bài này cần."),
        "rubric.has_parts": QCoreApplication.translate(
            "CoreMessages", "Câu lệnh đã có {parts}."),
        "rubric.has_no_parts": QCoreApplication.translate(
            "CoreMessages", "Câu lệnh chưa có phần nào bài này cần."),
        "rubric.missing_parts": QCoreApplication.translate(
            "CoreMessages", "Còn thiếu {parts}."),
        "rubric.empty": QCoreApplication.translate(
            "CoreMessages", "Bạn chưa gõ câu lệnh. Hãy viết vài câu nhờ AI làm việc."),
        "part.vai_tro": QCoreApplication.translate(
            "CoreMessages", "vai trò"),
        "part.boi_canh": QCoreApplication.translate(
            "CoreMessages", "bối cảnh"),
        "part.nhiem_vu": QCoreApplication.translate(
            "CoreMessages", "nhiệm vụ"),
        "part.dinh_dang": QCoreApplication.translate(
            "CoreMessages", "định dạng"),
        "part.do_dai": QCoreApplication.translate(
            "CoreMessages", "độ dài"),
        "part.giong_van": QCoreApplication.translate(
            "CoreMessages", "giọng văn"),
        "part.vi_du": QCoreApplication.translate(
            "CoreMessages", "ví dụ"),
        "part.gioi_han": QCoreApplication.translate(
            "CoreMessages", "giới hạn"),
        "hint.vai_tro": QCoreApplication.translate(
            "CoreMessages", "nói AI đóng vai ai, bắt đầu bằng “Bạn là…”"),
        "hint.boi_canh": QCoreApplication.translate(
            "CoreMessages", "kể chuyện gì, viết cho ai đọc, ví dụ “Người đọc là…” hoặc “Tôi là…”"),
        "hint.nhiem_vu": QCoreApplication.translate(
            "CoreMessages", "nói rõ việc AI cần làm, bắt đầu bằng “Hãy viết…”, “Hãy tóm tắt…”"),
        "hint.dinh_dang": QCoreApplication.translate(
            "CoreMessages", "nói cách trình bày: gạch đầu dòng, bảng, danh sách đánh số hay lá thư"),
        "hint.do_dai": QCoreApplication.translate(
            "CoreMessages", "ghi con số, ví dụ “dưới 100 chữ”, “3 câu”, “5 gạch đầu dòng”"),
        "hint.giong_van": QCoreApplication.translate(
            "CoreMessages", "nói cách nói, ví dụ “giọng thân mật”, “lễ phép”, “trang trọng”, “dễ hiểu”"),
        "hint.vi_du": QCoreApplication.translate(
            "CoreMessages", "đưa một ví dụ, bắt đầu bằng “Ví dụ:” hoặc dặn “viết theo mẫu này”"),
        "hint.gioi_han": QCoreApplication.translate(
            "CoreMessages", "dặn điều cần tránh, ví dụ “Không thêm thông tin khác”, “Đừng ghi số điện thoại”"),
        "placeholder.phone": QCoreApplication.translate(
            "CoreMessages", "[số điện thoại]"),
        "placeholder.citizen_id": QCoreApplication.translate(
            "CoreMessages", "[số căn cước]"),
        "placeholder.bank_account": QCoreApplication.translate(
            "CoreMessages", "[số tài khoản]"),
        "placeholder.email": QCoreApplication.translate(
            "CoreMessages", "[e-mail]"),
        "placeholder.secret_code": QCoreApplication.translate(
            "CoreMessages", "[mã]"),
        "practice.no_answer": QCoreApplication.translate(
            "CoreMessages", "Chưa có câu trả lời của AI để kiểm tra."),
        "practice.checks_passed": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời của AI đạt {passed}/{counted} điều kiện của bài."),
        "practice.mark_too_wide": QCoreApplication.translate(
            "CoreMessages", "Chỗ đánh dấu rộng quá. Hãy chọn đúng câu có lỗi thôi."),
        "practice.mark_not_wrong": QCoreApplication.translate(
            "CoreMessages", "Chỗ này không sai."),
        "practice.mistake_rule": QCoreApplication.translate(
            "CoreMessages", "Một chỗ đánh dấu được tính là tìm đúng khi ít nhất một nửa chỗ đó nằm trên chỗ sai, hoặc "
            "nó phủ ít nhất một nửa chỗ sai mà không dài quá hai lần chỗ sai, hoặc nó là câu chứa trọn "
            "chỗ sai. Đánh dấu cả đoạn dài thì không được tính. 3 sao: tìm đủ mọi lỗi và không đánh dấu"
            " nhầm. 2 sao: số lỗi tìm được trừ số chỗ nhầm vẫn từ một nửa số lỗi trở lên. Còn lại: 1 "
            "sao."),
        "practice.all_mistakes_found": QCoreApplication.translate(
            "CoreMessages", "Giỏi lắm! Bạn tìm đủ {total} lỗi của AI."),
        "practice.mistakes_found": QCoreApplication.translate(
            "CoreMessages", "Bạn tìm được {found}/{total} lỗi."),
        "practice.wrong_marks": QCoreApplication.translate(
            "CoreMessages", "Có {wrong} chỗ đánh dấu nhầm."),
        "practice.read_again": QCoreApplication.translate(
            "CoreMessages", "Hãy đọc lại từng câu và tự hỏi: điều này có đúng không?"),
        "practice.empty_prompt": QCoreApplication.translate(
            "CoreMessages", "Bạn chưa gõ câu lệnh. Hãy viết vài câu nhờ AI làm việc."),
        "practice.prompt_too_long": QCoreApplication.translate(
            "CoreMessages", "Câu lệnh dài quá ({chars} ký tự). Hãy rút gọn còn dưới {max_chars} ký tự."),
        "practice.no_mistake_part": QCoreApplication.translate(
            "CoreMessages", "Bài này không có phần tìm lỗi của AI."),
        "answer.cannot_grade": QCoreApplication.translate(
            "CoreMessages", "Không chấm được loại câu hỏi này."),
        "answer.choose_one": QCoreApplication.translate(
            "CoreMessages", "Hãy chọn một đáp án."),
        "answer.choose_some": QCoreApplication.translate(
            "CoreMessages", "Hãy chọn ít nhất một đáp án."),
        "answer.choose_again": QCoreApplication.translate(
            "CoreMessages", "Hãy chọn lại các đáp án."),
        "answer.true_or_false": QCoreApplication.translate(
            "CoreMessages", "Hãy chọn Đúng hoặc Sai."),
        "answer.order_all": QCoreApplication.translate(
            "CoreMessages", "Hãy sắp xếp tất cả các bước."),
        "answer.match_all": QCoreApplication.translate(
            "CoreMessages", "Hãy nối hết các cặp."),
        "answer.match_again": QCoreApplication.translate(
            "CoreMessages", "Hãy nối lại các cặp."),
        "answer.type_answer": QCoreApplication.translate(
            "CoreMessages", "Hãy gõ câu trả lời của bạn."),
        "answer.too_long": QCoreApplication.translate(
            "CoreMessages", "Câu trả lời dài quá. Hãy gõ ngắn gọn hơn."),
        "audio.recording_too_long": QCoreApplication.translate(
            "CoreMessages", "Bản ghi âm dài quá {minutes} phút. Hãy ghi từng đoạn ngắn hơn."),
        "audio.no_speech": QCoreApplication.translate(
            "CoreMessages", "Không nghe thấy tiếng nói trong bản ghi âm. Hãy kiểm tra micrô rồi ghi lại."),
        "audio.recognizer_unavailable": QCoreApplication.translate(
            "CoreMessages", "Máy này chưa nghe được giọng nói. Bạn vẫn gõ chữ bằng bàn phím như thường."),
        "voice.config_missing": QCoreApplication.translate(
            "CoreMessages", "Thiếu tệp cấu hình đi kèm giọng đọc (tệp .onnx.json nằm cạnh tệp .onnx)."),
        "voice.config_damaged": QCoreApplication.translate(
            "CoreMessages", "Tệp cấu hình giọng đọc bị hỏng. Hãy chép lại từ nguồn gốc."),
        "voice.not_piper": QCoreApplication.translate(
            "CoreMessages", "Đây không phải giọng đọc Piper. Hãy chọn tệp .onnx của một giọng đọc Piper."),
        "voice.not_a_voice": QCoreApplication.translate(
            "CoreMessages", "Tệp này không phải giọng đọc, hoặc bị chép thiếu. Hãy chép lại tệp .onnx."),
        "voice.runtime_unavailable": QCoreApplication.translate(
            "CoreMessages", "Máy này chưa chạy được giọng đọc mới. Ứng dụng vẫn đọc bằng giọng sẵn có."),
        "voice.damaged": QCoreApplication.translate(
            "CoreMessages", "Tệp giọng đọc bị hỏng hoặc bị chép thiếu. Hãy chép lại từ nguồn gốc."),
        "voice.choose_onnx": QCoreApplication.translate(
            "CoreMessages", "Hãy chọn tệp giọng đọc có đuôi .onnx (kèm tệp .onnx.json cùng tên)."),
        "voice.copy_failed": QCoreApplication.translate(
            "CoreMessages", "Chép giọng đọc bị lỗi giữa chừng. Hãy thử lại."),
        "voice.new": QCoreApplication.translate(
            "CoreMessages", "Giọng mới: {speaker}"),
        "voice.new_foreign": QCoreApplication.translate(
            "CoreMessages", "Giọng mới: {speaker} (tiếng nước ngoài: {language})"),
        "voice.low_memory": QCoreApplication.translate(
            "CoreMessages", "Máy còn {free_mb} MB bộ nhớ trống, giọng này cần khoảng {need_mb} MB. Không nên dùng trên máy này."),
        "voice.memory_ok": QCoreApplication.translate(
            "CoreMessages", "Đủ bộ nhớ (cần khoảng {need_mb} MB, máy còn {free_mb} MB)."),
        "voice.fast": QCoreApplication.translate(
            "CoreMessages", "Đọc nhanh: chỉ mất {factor} giây cho mỗi giây lời nói."),
        "voice.slowish": QCoreApplication.translate(
            "CoreMessages", "Đọc được nhưng hơi chậm ({factor} giây cho mỗi giây lời nói): câu đầu sẽ chờ một lúc."),
        "voice.too_slow": QCoreApplication.translate(
            "CoreMessages", "Máy này đọc giọng này quá chậm ({factor} giây cho mỗi giây lời nói). Nên dùng giọng có sẵn."),
        "voice.foreign": QCoreApplication.translate(
            "CoreMessages", "Lưu ý: đây là giọng tiếng nước ngoài ({language}), đọc tiếng Việt sẽ khó nghe."),
        "pack.file_unreadable": QCoreApplication.translate(
            "CoreMessages", "Không mở được tệp gói bài học. Hãy kiểm tra USB hoặc chép tệp vào máy rồi thử lại."),
        "pack.bundled_failed": QCoreApplication.translate(
            "CoreMessages", "Không nạp được gói bài học đi kèm ứng dụng."),
        "content.damaged": QCoreApplication.translate(
            "CoreMessages", "Một phần bài học trên máy này bị hỏng. Hãy nhờ cán bộ kỹ thuật nạp lại gói bài học (Cài đặt → Nạp gói bài học). Tiến độ học của bạn vẫn còn nguyên."),
        "storage.database_too_new": QCoreApplication.translate(
            "CoreMessages", "Dữ liệu này do một phiên bản mới hơn của ứng dụng tạo ra. Hãy cài phiên bản mới nhất rồi mở lại."),
        "model.copying": QCoreApplication.translate(
            "CoreMessages", "Đang chép mô hình… {done} / {total}"),
        "model.preparing_bundled": QCoreApplication.translate(
            "CoreMessages", "Đang chuẩn bị mô hình có sẵn… {done} / {total}"),
        "model.checking": QCoreApplication.translate(
            "CoreMessages", "Đang kiểm tra tệp mô hình…"),
        "model.checked": QCoreApplication.translate(
            "CoreMessages", "Đã kiểm tra xong."),
        "model.recommend_import": QCoreApplication.translate(
            "CoreMessages", "Máy này đủ bộ nhớ cho mô hình {name}, khoảng {size}. Nhờ cán bộ chép tệp {file_name} từ USB vào máy để AI trả lời tốt hơn."),
        "model.recommend_bundled": QCoreApplication.translate(
            "CoreMessages", "Máy này dùng mô hình nhỏ có sẵn trong phần mềm. Mô hình nhỏ trả lời còn yếu: hãy xem câu trả lời của nó như bài tập để kiểm tra."),
        "teacher.username_too_long": QCoreApplication.translate(
            "CoreMessages", "Tên đăng nhập dài quá. Hãy dùng tối đa {limit} chữ cái."),
        "teacher.password_too_short": QCoreApplication.translate(
            "CoreMessages", "Mật khẩu cần ít nhất {least} ký tự."),
        "teacher.password_too_long": QCoreApplication.translate(
            "CoreMessages", "Mật khẩu dài quá. Hãy dùng tối đa {limit} ký tự."),
        "teacher.accounts_from_hub": QCoreApplication.translate(
            "CoreMessages", "Máy này đã đăng ký với máy chủ của xã. Tài khoản giáo viên do cán bộ tạo trên máy chủ, rồi tự về máy này khi đồng bộ."),
        "teacher.class_name_too_long": QCoreApplication.translate(
            "CoreMessages", "Tên lớp dài quá. Hãy dùng tối đa {limit} chữ cái."),
        "teacher.profile_merged_or_archived": QCoreApplication.translate(
            "CoreMessages", "Hồ sơ “{name}” đã được gộp hoặc cất đi."),
        "teacher.profile_already_merged": QCoreApplication.translate(
            "CoreMessages", "Hồ sơ “{name}” đã được gộp vào hồ sơ khác rồi."),
        "teacher.profile_archived": QCoreApplication.translate(
            "CoreMessages", "Hồ sơ “{name}” đã được cất đi."),
        "teacher.csv_line": QCoreApplication.translate(
            "CoreMessages", "Dòng {line}:"),
        "teacher.csv_line_no_name": QCoreApplication.translate(
            "CoreMessages", "Dòng {line}: thiếu tên."),
        "teacher.csv_line_bad_font": QCoreApplication.translate(
            "CoreMessages", "Dòng {line}: tên “{name}” bị lỗi phông chữ. Hãy sửa tên rồi nhập lại."),
        "teacher.csv_line_ambiguous": QCoreApplication.translate(
            "CoreMessages", "Dòng {line}: có {count} người tên “{name}”. Hãy ghi thêm mã người học."),
        "teacher.csv_line_duplicate": QCoreApplication.translate(
            "CoreMessages", "Dòng {line}: trùng người với dòng {first}."),
        "teacher.csv_too_many_rows": QCoreApplication.translate(
            "CoreMessages", "Tệp có quá nhiều dòng. Mỗi lần nhập tối đa {limit} người."),
        "teacher.csv_not_utf8": QCoreApplication.translate(
            "CoreMessages", "Tệp này không dùng mã UTF-8 nên tên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Lưu thành → “CSV UTF-8 (Comma delimited)” rồi nhập lại."),
        "teacher.site_revoked": QCoreApplication.translate(
            "CoreMessages", "máy chủ đã thu hồi quyền của máy này, hãy thêm lại điểm học"),
        "teacher.site_unreachable": QCoreApplication.translate(
            "CoreMessages", "không kết nối được máy chủ {hub_url}"),
        "teacher.site_unknown_hub": QCoreApplication.translate(
            "CoreMessages", "chưa biết máy chủ của điểm học này. Hãy thêm điểm học, hoặc ghi ra USB."),
        "teacher.site_hub_not_trusted": QCoreApplication.translate(
            "CoreMessages", "máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký, nên không lấy danh "
            "sách máy từ đó. Hãy báo người quản lý máy chủ."),
        "teacher.hub_not_trusted": QCoreApplication.translate(
            "CoreMessages", "Máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký. Tệp vẫn nằm trên máy "
            "này. Hãy báo người quản lý máy chủ."),
        "teacher.receiving_file": QCoreApplication.translate(
            "CoreMessages", "Đang nhận tệp {number}/{count}…"),
        "teacher.writing_file": QCoreApplication.translate(
            "CoreMessages", "Đang ghi tệp {number}/{count}…"),
        "teacher.sending_file": QCoreApplication.translate(
            "CoreMessages", "Đang gửi tệp {number}/{count}…"),
        "teacher.received_before": QCoreApplication.translate(
            "CoreMessages", "Đã nhận {count} tệp trước đó."),
        "teacher.written_so_far": QCoreApplication.translate(
            "CoreMessages", "Đã ghi {written}/{count} tệp."),
        "teacher.usb_write_failed": QCoreApplication.translate(
            "CoreMessages", "Không ghi được vào USB. Hãy kiểm tra USB rồi thử lại."),
        "teacher.file_unreadable": QCoreApplication.translate(
            "CoreMessages", "không đọc được tệp ({reason})."),
        "teacher.file_not_sent": QCoreApplication.translate(
            "CoreMessages", "không gửi được ({reason})."),
        "teacher.wrong_streak": QCoreApplication.translate(
            "CoreMessages", "Sai {count} câu liền ở {lesson}"),
        "teacher.inactive_days": QCoreApplication.translate(
            "CoreMessages", "Không học {days} ngày"),
        "teacher.never_studied": QCoreApplication.translate(
            "CoreMessages", "Chưa học lần nào, đã vào lớp {days} ngày"),
        "hub.unsupported_protocol_version": QCoreApplication.translate(
            "CoreMessages", "Máy chủ đồng bộ dùng phiên bản mới hơn. Hãy cập nhật ứng dụng trên máy này."),
        "hub.unauthorized": QCoreApplication.translate(
            "CoreMessages", "Máy này chưa được đăng ký với máy chủ, hoặc đã bị thu hồi. Hãy đăng ký lại."),
        "hub.too_large": QCoreApplication.translate(
            "CoreMessages", "Gói dữ liệu quá lớn."),
        "hub.bad_request": QCoreApplication.translate(
            "CoreMessages", "Dữ liệu gửi lên không đúng dạng."),
        "hub.bad_code": QCoreApplication.translate(
            "CoreMessages", "Mã đăng ký không đúng. Hãy kiểm tra lại mã."),
        "hub.code_expired": QCoreApplication.translate(
            "CoreMessages", "Mã đăng ký này đã hết hạn. Hãy xin mã mới ở người quản lý máy chủ."),
        "hub.too_many_attempts": QCoreApplication.translate(
            "CoreMessages", "Đã thử đăng ký sai quá nhiều lần. Hãy đợi khoảng 10 phút rồi thử lại."),
        "hub.device_revoked": QCoreApplication.translate(
            "CoreMessages", "Máy này đã bị thu hồi ở máy chủ. Hãy nhờ người quản lý máy chủ giúp."),
        "hub.device_key_mismatch": QCoreApplication.translate(
            "CoreMessages", "Mã máy này đã thuộc về một máy khác. Hãy nhờ người quản lý máy chủ giúp."),
        "hub.device_exists": QCoreApplication.translate(
            "CoreMessages", "Mã máy này đã được đăng ký. Hãy nhờ người quản lý máy chủ giúp."),
        "hub.bad_signature": QCoreApplication.translate(
            "CoreMessages", "Chữ ký của máy này không đúng. Máy chủ không nhận dữ liệu này."),
        "hub.replayed": QCoreApplication.translate(
            "CoreMessages", "Yêu cầu này đã được gửi trước đây. Máy chủ không nhận lại."),
        "hub.relay_not_granted": QCoreApplication.translate(
            "CoreMessages", "Máy chủ này chưa được cấp quyền chuyển tiếp. Hãy nhờ người quản lý máy chủ cấp quyền."),
        "hub.unsigned_device": QCoreApplication.translate(
            "CoreMessages", "Máy chủ chưa có khóa của máy này. Hãy đồng bộ lại từ đầu."),
        "hub.out_of_sequence": QCoreApplication.translate(
            "CoreMessages", "Dữ liệu gửi lên không theo đúng thứ tự của máy này. Máy chủ không nhận."),
        "carried.no_listing": QCoreApplication.translate(
            "CoreMessages", "Không thấy danh mục của điểm học này trong USB."),
        "carried.foreign_hub": QCoreApplication.translate(
            "CoreMessages", "Danh mục trong USB không phải của máy chủ mà máy này đã đăng ký. Máy không dùng."),
        "carried.other_site": QCoreApplication.translate(
            "CoreMessages", "Danh mục trong USB dành cho điểm học khác."),
        "download.progress": QCoreApplication.translate(
            "CoreMessages", "Đang tải về: {name} {percent}%"),
        "download.skipped_ram": QCoreApplication.translate(
            "CoreMessages", "Không tải {name}: máy cần khoảng {need_ram} bộ nhớ (RAM) để chạy nhưng chỉ còn {free_ram}"
            " trống."),
        "download.skipped_cpu": QCoreApplication.translate(
            "CoreMessages", "Không tải {name}: bộ xử lý của máy này đời cũ (thiếu {feature}) nên không chạy được."),
        "download.no_space": QCoreApplication.translate(
            "CoreMessages", "Chưa tải {name}: ổ đĩa cần thêm {size} nhưng chỉ còn {free} trống. Hãy xoá bớt tệp không"
            " cần."),
        "download.bad_hash": QCoreApplication.translate(
            "CoreMessages", "Tệp {name} tải về bị hỏng nên đã bị xoá. Máy sẽ tải lại ở lần đồng bộ sau."),
        "download.bad_pack": QCoreApplication.translate(
            "CoreMessages", "Gói bài học {name} không có chữ ký hợp lệ nên đã bị xoá. Máy không dùng gói này."),
        "download.interrupted": QCoreApplication.translate(
            "CoreMessages", "Mất kết nối khi đang tải {name}. Lần đồng bộ sau máy sẽ tải tiếp từ chỗ đã dừng."),
        "download.refused": QCoreApplication.translate(
            "CoreMessages", "Máy chủ không cho tải {name}."),
    }


def _sources_and_translations() -> dict[str, str]:
    return {
        "Đúng rồi! Bạn làm tốt lắm.": QCoreApplication.translate("CoreMessages", "Đúng rồi! Bạn làm tốt lắm."),
        "Chính xác! Cứ thế mà tiếp tục nhé.": QCoreApplication.translate("CoreMessages", "Chính xác! Cứ thế mà tiếp tục nhé."),
        "Giỏi quá! Bạn đã nắm được ý này.": QCoreApplication.translate("CoreMessages", "Giỏi quá! Bạn đã nắm được ý này."),
        "Đúng vậy. Bạn hiểu bài rồi đấy.": QCoreApplication.translate("CoreMessages", "Đúng vậy. Bạn hiểu bài rồi đấy."),
        "Chưa đúng, không sao cả. Đọc lời giải thích rồi thử lại nhé.":
            QCoreApplication.translate("CoreMessages", "Chưa đúng, không sao cả. Đọc lời giải thích rồi thử lại nhé."),
        "Gần được rồi. Ai học cũng có lúc nhầm, mình xem lại một chút nhé.":
            QCoreApplication.translate("CoreMessages", "Gần được rồi. Ai học cũng có lúc nhầm, mình xem lại một chút nhé."),
        "Chưa đúng lần này. Lần sau bạn sẽ nhớ hơn.": QCoreApplication.translate("CoreMessages", "Chưa đúng lần này. Lần sau bạn sẽ nhớ hơn."),
        "Không sao đâu. Sai là một cách để học, bạn đọc giải thích nhé.":
            QCoreApplication.translate("CoreMessages", "Không sao đâu. Sai là một cách để học, bạn đọc giải thích nhé."),
        "Bạn đã làm tốt bài này! Vài ngày nữa mình ôn lại một chút cho nhớ lâu.":
            QCoreApplication.translate("CoreMessages", "Bạn đã làm tốt bài này! Vài ngày nữa mình ôn lại một chút cho nhớ lâu."),
        "Xong bài rồi! Hẹn bạn ôn lại sau ít hôm để thật thành thạo.":
            QCoreApplication.translate("CoreMessages", "Xong bài rồi! Hẹn bạn ôn lại sau ít hôm để thật thành thạo."),
        "Tuyệt vời! Bạn đã thành thạo bài này.": QCoreApplication.translate("CoreMessages", "Tuyệt vời! Bạn đã thành thạo bài này."),
        "Bạn nhớ bài rất chắc. Đã thành thạo!": QCoreApplication.translate("CoreMessages", "Bạn nhớ bài rất chắc. Đã thành thạo!"),
        "Chúc mừng bạn đã qua cấp độ {level}! Bạn nhận được huy hiệu và giấy chứng nhận.":
            QCoreApplication.translate("CoreMessages", "Chúc mừng bạn đã qua cấp độ {level}! Bạn nhận được huy hiệu và giấy chứng nhận."),
        "Bạn đã vượt qua cấp độ {level}. Thật đáng tự hào!":
            QCoreApplication.translate("CoreMessages", "Bạn đã vượt qua cấp độ {level}. Thật đáng tự hào!"),
        "Bạn đúng {correct} trên {total} câu. Cần {needed} câu đúng để qua. "
        "Ôn lại một chút rồi thử lần nữa nhé.":
            QCoreApplication.translate("CoreMessages", "Bạn đúng {correct} trên {total} câu. Cần {needed} câu đúng để qua. "
               "Ôn lại một chút rồi thử lần nữa nhé."),
        "Lần này bạn đúng {correct} trên {total} câu. Cần {needed} câu. Bạn có thể làm lại bất cứ lúc nào.":
            QCoreApplication.translate("CoreMessages", "Lần này bạn đúng {correct} trên {total} câu. Cần {needed} câu. "
               "Bạn có thể làm lại bất cứ lúc nào."),
        "Chào mừng bạn! Hôm nay ta bắt đầu từ bài đầu tiên nhé.":
            QCoreApplication.translate("CoreMessages", "Chào mừng bạn! Hôm nay ta bắt đầu từ bài đầu tiên nhé."),
        "Chào mừng bạn quay lại! Hôm nay học một chút là tốt rồi.":
            QCoreApplication.translate("CoreMessages", "Chào mừng bạn quay lại! Hôm nay học một chút là tốt rồi."),
        "Bạn đã học {days} ngày liền. Giỏi lắm!": QCoreApplication.translate("CoreMessages", "Bạn đã học {days} ngày liền. Giỏi lắm!"),
        "{days} ngày liền rồi! Mỗi ngày một chút là nhớ lâu.":
            QCoreApplication.translate("CoreMessages", "{days} ngày liền rồi! Mỗi ngày một chút là nhớ lâu."),
        # tutor.local_llm.ask: what Hỏi gia sư says without an answer from the model
        "Các bài học chưa nói về điều này. Bạn thử hỏi cách khác, hoặc hỏi thầy cô, cán bộ xã.":
            QCoreApplication.translate("CoreMessages", "Các bài học chưa nói về điều này. Bạn thử hỏi cách khác, "
                                       "hoặc hỏi thầy cô, cán bộ xã."),
        "Bạn chưa gõ câu hỏi. Hãy gõ điều bạn muốn hỏi, có dấu hay không dấu đều được.":
            QCoreApplication.translate("CoreMessages", "Bạn chưa gõ câu hỏi. Hãy gõ điều bạn muốn hỏi, "
                                       "có dấu hay không dấu đều được."),
        "Bài học có nói về điều này.": QCoreApplication.translate("CoreMessages", "Bài học có nói về điều này."),
        "Máy chưa có AI để trả lời, nhưng bài học có nói về điều này:":
            QCoreApplication.translate("CoreMessages", "Máy chưa có AI để trả lời, nhưng bài học có nói về điều này:"),
        "(Bài “{title}”, mục “{heading}”)": QCoreApplication.translate("CoreMessages", "(Bài “{title}”, mục “{heading}”)"),
        "Hôm nay không có gì cần ôn. Bạn có thể học bài mới.":
            QCoreApplication.translate("CoreMessages", "Hôm nay không có gì cần ôn. Bạn có thể học bài mới."),
    }


def _all_sources_and_translations() -> dict[str, str]:
    merged = _sources_and_translations()
    translations = catalogue_translations()
    for code, source in CATALOGUE.items():
        merged[source] = translations.get(code, source)
    return merged


def known_sources() -> set[str]:
    return set(_all_sources_and_translations())


def translate_code(code: str, params: dict | None = None) -> str:
    """A catalogued message in the UI language; text parameters are translated too
    (a label such as "vai trò"), numbers and the learner's own words are kept."""
    params = {k: translate(v) if isinstance(v, str) else v for k, v in (params or {}).items()}
    template = catalogue_translations().get(code)
    if template is None:
        return render(code, **params)
    return template.format(**params)


def scaffold_field_text(field) -> tuple[str, str]:
    """The name and hint of a prompt-builder part (tutor.local_llm.practice.ScaffoldField)
    in the UI language; in Vietnamese exactly the core's own words."""
    name, hint = translate_code(f"part.{field.key}"), translate_code(f"hint.{field.key}")
    if name == render(f"part.{field.key}") and hint == render(f"hint.{field.key}"):
        return field.label, field.hint
    return name[:1].upper() + name[1:], hint[:1].upper() + hint[1:] + "."


def user_text(exc: BaseException) -> str:
    """What to show for an expected core error, in the UI language. An error whose text
    was changed after it was built (a count added by a caller) goes through translate()."""
    message = getattr(exc, "user_message", None) or ""
    code = getattr(exc, "code", None)
    if code in CATALOGUE:
        params = getattr(exc, "params", {}) or {}
        if message == render(code, **params):
            return translate_code(code, params)
    return translate(message)


def _placeholder(match: re.Match[str]) -> str:
    """A count matches digits; a title (curriculum text, kept as it is) anything on one line."""
    name = match.group(1)
    return rf"(?P<{name}>\d+)" if name in NUMBERS else rf"(?P<{name}>[^\n]+?)"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str, str]]:
    """Longest first, so a long message is never half-matched by a shorter one. Each comes
    with its longest fixed piece: a message without that piece cannot match, and a plain
    substring test is far cheaper than the pattern (there are some 300)."""
    patterns = []
    for source in sorted(known_sources(), key=len, reverse=True):
        regex = re.sub(r"\\\{(\w+)\\\}", _placeholder, re.escape(source))
        anchor = max(re.split(r"\{\w+\}", source), key=len)
        patterns.append((re.compile(regex), source, anchor))
    return patterns


def translate(message: str) -> str:
    """The message in the UI language; unknown text (curriculum content) is left as it is."""
    if not message:
        return message
    translations: dict[str, str] | None = None  # looked up when needed: the language may have changed
    for pattern, source, anchor in _patterns():
        if anchor not in message:
            continue
        if translations is None:
            translations = _all_sources_and_translations()
        message = pattern.sub(lambda m, s=source: translations[s].format(**m.groupdict()), message)
    return message
