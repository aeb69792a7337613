"""Every fixed sentence the core shows to people, under a stable code.

The core speaks Vietnamese: ``render(code, **params)`` gives the Vietnamese text, so the
CLI, logs and the Vietnamese UI read exactly as before. The UI translates at its edge
(tutor.ui.core_text) by code, so an English UI never shows a core sentence untranslated.
Parameters named in ``NUMBER_PARAMS`` are whole numbers; the others are free text on one
line (a quoted excerpt, a label that is itself a catalogued message)."""

from __future__ import annotations

NUMBER_PARAMS = frozenset({
    "count", "limit", "least", "need", "tries", "minutes", "hours", "present", "expected",
    "stars", "found", "total", "wrong", "passed", "counted", "chars", "max_chars", "low", "high",
    "line", "first", "number", "written", "days",
    "percent",
})

CATALOGUE: dict[str, str] = {
    # tutor.errors
    "error.generic": "Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.",
    "pin.wrong_tries_left": "Mã PIN chưa đúng. Bạn còn {tries} lần thử.",
    "pin.wrong": "Mã PIN chưa đúng.",
    "lockout.hours": "Nhập sai quá nhiều lần. Hãy đợi khoảng {hours} giờ rồi thử lại.",
    "lockout.minutes": "Nhập sai quá nhiều lần. Hãy đợi {minutes} phút rồi thử lại.",
    # tutor.progress.messages: a level passed while the PC clock cannot be trusted
    "progress.certificate_waits":
        "Đồng hồ của máy đang sai ngày, nên giấy chứng nhận sẽ được cấp sau, khi đồng hồ "
        "được chỉnh đúng hoặc khi máy đồng bộ với máy chủ. Kết quả của bạn đã được lưu.",
    # tutor.teacher.errors
    "teacher.not_logged_in": "Hãy đăng nhập lại bằng tài khoản giáo viên.",
    "teacher.wrong_password_tries_left": "Tên đăng nhập hoặc mật khẩu chưa đúng. Còn {tries} lần thử.",
    "teacher.wrong_password": "Tên đăng nhập hoặc mật khẩu chưa đúng.",
    # tutor.store.recovery: start-up notices
    "recovery.damaged_restored":
        "Tệp dữ liệu trên máy này bị hỏng nên ứng dụng đã lấy lại bản sao lưu ngày {day}. "
        "Những gì học sau ngày đó trên máy này có thể bị thiếu. "
        "Tệp hỏng vẫn được giữ lại để thầy cô hoặc cán bộ kỹ thuật xem.",
    "recovery.damaged_new":
        "Tệp dữ liệu trên máy này bị hỏng và chưa có bản sao lưu dùng được. "
        "Ứng dụng đã tạo dữ liệu mới. Tệp hỏng vẫn được giữ lại để cán bộ kỹ thuật xem.",
    "recovery.empty_restored":
        "Tệp dữ liệu trên máy này bị trống (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột ngột). "
        "Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu.",
    "recovery.missing_restored":
        "Tệp dữ liệu trên máy này bị mất (có thể do USB bị rút ra khi đang dùng, hoặc máy tắt đột ngột). "
        "Ứng dụng đã lấy lại bản sao lưu ngày {day}. Những gì học sau ngày đó trên máy này có thể bị thiếu.",
    "recovery.learners_elsewhere":
        "Máy này chưa có người học nào, nhưng bản lưu ngày {day} có {found} người học. "
        "Nếu đây là dữ liệu của lớp, hãy bấm “Lấy lại dữ liệu cũ”.",
    "recovery.backup_damaged": "Bản lưu này cũng bị hỏng nên chưa lấy lại được. Hãy báo cho cán bộ kỹ thuật.",
    # tutor.lessons.errors: why a content pack was refused
    "pack.unusable": "Không dùng được gói bài học này. Bài học hiện có vẫn giữ nguyên.",
    "pack.unreadable": "Tệp này không phải gói bài học, hoặc đã bị hỏng khi sao chép. Hãy chép lại tệp rồi thử lại. Bài học hiện có vẫn giữ nguyên.",
    "pack.tampered": "Gói bài học đã bị thay đổi sau khi đóng gói nên không an toàn để dùng. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.",
    "pack.bad_signature": "Chữ ký của gói bài học không đúng, có thể gói đã bị sửa. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.",
    "pack.unknown_signer": "Gói bài học này do một nơi chưa được ứng dụng tin cậy ký. Chỉ dùng gói bài học từ nơi phát hành chính thức.",
    "pack.unsupported_schema": "Gói bài học này cần phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi thử lại.",
    "pack.unsafe": "Gói bài học chứa tên tệp không an toàn nên đã bị từ chối. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.",
    "pack.too_large": "Gói bài học lớn bất thường nên đã bị từ chối để bảo vệ máy tính. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.",
    "pack.members_mismatch": "Gói bài học bị thiếu hoặc thừa tệp so với danh sách khi đóng gói. Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại.",
    "pack.content_invalid": "Nội dung gói bài học bị lỗi định dạng. Hãy báo cho nơi phát hành. Bài học hiện có vẫn giữ nguyên.",
    "pack.import_failed": "Không cài được gói bài học do lỗi khi ghi dữ liệu. Bài học hiện có vẫn giữ nguyên.",
    "pack.not_newer": "Gói này (phiên bản {offered}) cũ hơn gói đang dùng (phiên bản {installed}) nên không cài.",
    "pack.version_conflict": "Đã có gói phiên bản {version} với nội dung khác. Hãy hỏi nơi phát hành gói nào mới hơn.",
    "pack.id_mismatch": "Gói này là một bộ bài học khác với bộ đang dùng nên không cài thay thế.",
    "pack.source_has_errors": "Nội dung bài học còn lỗi nên chưa đóng gói được.",
    "pack.signing_key": "Không đọc được khoá ký gói bài học.",
    # tutor.local_llm.protocol: why the local AI could not answer
    "llm.llama_unavailable": "Phần chạy AI chưa được cài đủ trên máy này. Các bài học khác vẫn dùng bình thường.",
    "llm.model_invalid": "Tệp mô hình AI bị hỏng hoặc không đúng loại. Hãy chép lại tệp mô hình.",
    "llm.load_failed": "Không mở được mô hình AI này. Hãy chọn mô hình khác.",
    "llm.out_of_memory": "Máy không đủ bộ nhớ để chạy mô hình AI này. Hãy đóng bớt chương trình hoặc chọn mô hình nhỏ hơn.",
    "llm.not_loaded": "AI chưa sẵn sàng. Hãy thử lại.",
    "llm.prompt_too_long": "Câu hỏi và bài đọc quá dài cho mô hình này. Hãy hỏi ngắn hơn.",
    "llm.generation_failed": "AI gặp lỗi khi trả lời. Hãy thử lại.",
    "llm.bad_request": "AI gặp lỗi khi trả lời. Hãy thử lại.",
    "llm.no_model": "Máy này chưa có mô hình AI. Các bài học vẫn dùng được; nhờ cán bộ chép mô hình từ USB để luyện với AI.",
    "llm.worker_start_failed": "Không khởi động được phần chạy AI. Các bài học khác vẫn dùng bình thường.",
    "llm.worker_crashed": "Phần chạy AI bị dừng đột ngột. Bấm “Thử lại” để chạy lại.",
    "llm.worker_killed": "Phần chạy AI bị tắt, có thể do máy hết bộ nhớ. Hãy đóng bớt chương trình rồi bấm “Thử lại”.",
    "llm.cpu_unsupported": "Bộ xử lý của máy này đời cũ nên không chạy được AI. Các bài học khác vẫn dùng bình thường.",
    "llm.worker_stuck": "AI không dừng khi được yêu cầu nên đã bị tắt. Bấm “Thử lại” để chạy lại.",
    "llm.closed": "AI đã được tắt.",
    # sync, offline enrollment, progress look-ups, read-aloud, learner profiles
    "sync.unavailable": "Không kết nối được máy chủ đồng bộ. Dữ liệu vẫn lưu trên máy này. Hãy thử lại sau.",
    "sync.hub_not_trusted": "Máy trả lời không phải máy chủ mà máy này đã đăng ký. Dữ liệu vẫn lưu trên máy này. Hãy báo giáo viên kiểm tra mạng.",
    "sync.refused": "Máy chủ đồng bộ từ chối yêu cầu này.",
    "sync.not_enrolled": "Máy này chưa đăng ký với máy chủ đồng bộ. Hãy nhờ giáo viên đăng ký.",
    "sync.loading_profiles": "Đang tải hồ sơ người học…",
    "sync.done": "Đồng bộ xong.",
    "sync.sending_results": "Đang gửi kết quả học…",
    "sync.bundle_damaged": "Tệp dữ liệu USB bị hỏng hoặc đã bị sửa. Không nhập tệp này.",
    "enrol.file_damaged": "Tệp đăng ký không đọc được hoặc đã bị sửa. Hãy xin máy chủ một tệp mới.",
    "enrol.other_hub": "Tệp đăng ký này là của máy chủ khác.",
    "enrol.unreadable": "Không đọc được tệp đăng ký. Hãy kiểm tra USB rồi thử lại.",
    "enrol.not_enrollment": "Tệp này không phải tệp đăng ký của máy chủ.",
    "enrol.expired": "Tệp đăng ký này đã hết hạn. Hãy xin máy chủ một tệp mới.",
    "enrol.already_enrolled": "Máy này đã đăng ký với máy chủ rồi, không cần tệp này.",
    "progress.level_locked": "Cấp độ {level} chưa mở. Hãy hoàn thành bài kiểm tra của cấp trước, hoặc nhờ giáo viên mở giúp.",
    "audio.speech_unavailable": "Máy này chưa đọc to được. Bạn vẫn học bình thường bằng cách đọc chữ trên màn hình.",
    "audio.voice_not_found": "Không tìm thấy giọng đọc đã chọn. Hãy chọn giọng khác trong phần cài đặt.",
    "audio.speech_failed": "Chưa đọc được đoạn này. Hãy bấm nút đọc lại một lần nữa.",
    "audio.bad_recording": "Bản ghi âm bị hỏng hoặc không đúng định dạng. Hãy ghi âm lại.",
    "profile.name_empty": "Hãy nhập tên của bạn.",
    "profile.name_too_long": "Tên dài quá. Hãy dùng tối đa {limit} chữ cái.",
    "profile.choose_picture": "Hãy chọn một hình.",
    "profile.unknown_group": "Nhóm người học hoặc độ tuổi này không có trong danh sách. Hãy chọn lại.",
    "profile.pin_four_digits": "Mã PIN phải có đúng 4 chữ số.",
    "profile.no_learner": "Không tìm thấy người học này.",
    "progress.no_section": "Không tìm thấy phần bài này.",
    "progress.no_question": "Không tìm thấy câu hỏi này.",
    "progress.no_level_test": "Cấp độ này chưa có bài kiểm tra.",
    "progress.no_lesson": "Không tìm thấy bài học này.",
    "progress.no_level": "Không tìm thấy cấp độ này.",
    "progress.test_submitted": "Bài kiểm tra này đã nộp rồi. Hãy bắt đầu một lần kiểm tra mới.",
    "progress.not_in_test": "Câu hỏi này không có trong bài kiểm tra.",
    "progress.no_test": "Không tìm thấy bài kiểm tra này.",
    # tutor.local_llm.gguf and registry: model files, fitness and checks
    "gguf.not_gguf": "Tệp này không phải là mô hình AI (tệp .gguf). Hãy chọn đúng tệp mô hình.",
    "gguf.unsupported_version": "Tệp mô hình này dùng định dạng quá cũ hoặc quá mới. Phần mềm chưa dùng được tệp này.",
    "gguf.truncated": "Tệp mô hình bị thiếu phần cuối, có lẽ chép chưa xong. Hãy chép lại tệp từ USB rồi thử lại.",
    "gguf.corrupt": "Tệp mô hình bị hỏng nên không dùng được. Hãy chép lại một bản khác.",
    "gguf.unreadable": "Không đọc được tệp mô hình. Hãy kiểm tra USB hoặc ổ đĩa rồi thử lại.",
    "model.bundled_missing": "Không tìm thấy mô hình có sẵn của phần mềm. Hãy cài lại phần mềm.",
    "model.bundled_damaged": "Mô hình có sẵn của phần mềm bị hỏng. Hãy cài lại phần mềm.",
    "model.disk_full": "Ổ đĩa không đủ chỗ: mô hình cần {size}, ổ chỉ còn {free} trống. Hãy xoá bớt tệp không cần rồi thử lại.",
    "model.unreadable": "Không đọc được tệp từ USB hoặc ổ đĩa. Hãy cắm lại USB rồi thử lại.",
    "model.new_compression": "Tệp mô hình này dùng kiểu nén mới mà phần mềm chưa hỗ trợ. Hãy chọn mô hình khác.",
    "model.no_avx": "Bộ xử lý của máy này đời cũ (thiếu AVX) nên không chạy được mô hình AI. Các bài học khác vẫn dùng bình thường.",
    "model.too_big": "Mô hình cần khoảng {need} bộ nhớ (RAM) nhưng máy chỉ còn {free} trống. Hãy đóng bớt chương trình khác hoặc chọn mô hình nhỏ hơn.",
    "model.slow_old_cpu": "bộ xử lý đời cũ (thiếu AVX2)",
    "model.slow_low_memory": "bộ nhớ còn trống ít",
    "model.slow_big_model": "mô hình lớn",
    "model.slow": "Máy chạy được nhưng sẽ chậm: {reasons}.",
    "model.good": "Mô hình vừa với máy: cần khoảng {need} trong {free} bộ nhớ còn trống.",
    "model.file_missing": "Tệp mô hình không còn trong máy.",
    "model.unrecorded": "Chưa có dấu kiểm tra cho mô hình này (không được chép vào bằng phần mềm).",
    "model.intact": "Mô hình còn nguyên vẹn.",
    "model.changed": "Tệp mô hình đã bị thay đổi hoặc hỏng. Hãy chép lại từ USB.",
    # tutor.teacher: the teacher area and the volunteer's USB work
    "teacher.username_empty": "Hãy nhập tên đăng nhập.",
    "teacher.username_spaces": "Tên đăng nhập không được có dấu cách. Ví dụ: colan",
    "teacher.username_taken": "Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.",
    "teacher.account_from_hub": "Tài khoản này do máy chủ của xã cấp. Hãy nhờ cán bộ đổi mật khẩu trên máy chủ.",
    "teacher.old_password_wrong": "Mật khẩu cũ chưa đúng.",
    "teacher.choose_lesson_or_test": "Hãy chọn bài học hoặc một bài kiểm tra cấp độ.",
    "teacher.too_many_lessons": "Hãy giao ít bài hơn trong một lần.",
    "teacher.due_not_a_date": "Hạn nộp phải là một ngày.",
    "teacher.due_in_past": "Hạn nộp đã qua. Hãy chọn một ngày từ hôm nay.",
    "teacher.no_assignment": "Không tìm thấy bài đã giao này.",
    "teacher.hub_refused_file": "Máy chủ không nhận tệp này.",
    "teacher.class_name_empty": "Hãy đặt tên cho lớp.",
    "teacher.no_class": "Không tìm thấy lớp này.",
    "teacher.class_archived": "Lớp này đã được cất đi. Hãy mở lại lớp trước.",
    "teacher.class_name_taken": "Đã có một lớp tên này. Hãy chọn tên khác.",
    "teacher.csv_unreadable": "Không đọc được tệp này. Hãy lưu lại từ Excel dưới dạng CSV UTF-8.",
    "teacher.csv_no_names": "Tệp không có tên người học nào.",
    "teacher.csv_too_large": "Tệp quá lớn. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
    "teacher.csv_no_name_column": "Không thấy cột “Họ tên” trong tệp. Hãy đặt tên cột đầu là “Họ tên”.",
    "teacher.merge_with_itself": "Không thể gộp một hồ sơ với chính nó.",
    "teacher.collected": "Đã nhận xong.",
    "teacher.usb_folder_missing": "Không tìm thấy thư mục này trên USB.",
    "teacher.written": "Đã ghi xong.",
    "teacher.sent": "Đã gửi xong.",
    "teacher.folder_missing": "Không tìm thấy thư mục này. Hãy cắm lại USB rồi chọn lại.",
    "teacher.disk_full": "Ổ đĩa đã đầy. Hãy xoá bớt tệp rồi thử lại.",
    # tutor.store.storage_errors
    "storage.startup_disk_full":
        "Ổ đĩa của máy đã đầy nên ứng dụng chưa mở được dữ liệu. "
        "Hãy xoá bớt tệp không cần (phim, ảnh cũ, tệp tải về) để có thêm ít nhất {need} MB trống, "
        "rồi mở lại ứng dụng. Dữ liệu học của mọi người vẫn còn nguyên, chưa bị đổi gì.",
    "storage.startup_locked":
        "Dữ liệu đang được một cửa sổ khác của ứng dụng dùng. "
        "Hãy đóng cửa sổ đó rồi mở lại ứng dụng. Dữ liệu vẫn còn nguyên.",
    "storage.startup_unreadable":
        "Máy chưa đọc được ổ đĩa chứa dữ liệu (có thể USB bị rút ra, hoặc ổ đĩa đang lỗi). "
        "Hãy cắm lại USB hoặc khởi động lại máy, rồi mở lại ứng dụng. Dữ liệu chưa bị đổi gì.",
    "storage.save_disk_full":
        "Ổ đĩa của máy đã đầy nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn còn. "
        "Hãy nhờ người quen máy tính xoá bớt tệp không cần để có thêm ít nhất {need} MB trống, "
        "rồi bấm trả lời lại.",
    "storage.save_busy":
        "Máy đang bận nên câu trả lời vừa rồi chưa được lưu. Hãy đợi một chút rồi bấm lại. "
        "Nếu có hai cửa sổ của ứng dụng đang mở, hãy đóng một cửa sổ.",
    "storage.save_failed":
        "Máy chưa ghi được vào ổ đĩa nên câu trả lời vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn còn. "
        "Nếu dùng USB, hãy kiểm tra USB còn cắm chắc, rồi bấm lại.",
    # tutor.local_llm.checks: what each check of the AI's answer found
    "check.unknown_kind": "Chương trình chưa biết cách kiểm tra này nên bỏ qua.",
    "check.missing_number": "Bài tập thiếu con số để kiểm tra nên bỏ qua.",
    "check.words_within": "Câu trả lời có {count} chữ, trong giới hạn {limit} chữ.",
    "check.words_over": "Câu trả lời có {count} chữ, quá giới hạn {limit} chữ.",
    "check.words_enough": "Câu trả lời có {count} chữ, đủ ít nhất {least} chữ.",
    "check.words_short": "Câu trả lời chỉ có {count} chữ, cần ít nhất {least} chữ.",
    "check.sentences_within": "Câu trả lời có {count} câu, trong giới hạn {limit} câu.",
    "check.sentences_over": "Câu trả lời có {count} câu, quá giới hạn {limit} câu.",
    "check.bullets_none": "Câu trả lời không có gạch đầu dòng nào, cần {wanted} dòng.",
    "check.bullets_few": "Câu trả lời chỉ có {count} gạch đầu dòng, cần {wanted} dòng.",
    "check.bullets_many": "Câu trả lời có {count} gạch đầu dòng, nhiều hơn mức {wanted} dòng.",
    "check.bullets_ok": "Câu trả lời có {count} gạch đầu dòng, đúng mức {wanted} dòng.",
    "check.range_between": "từ {low} đến {high}",
    "check.range_least": "ít nhất {low}",
    "check.range_most": "nhiều nhất {high}",
    "check.mentions": "Câu trả lời có nhắc “{said}”.",
    "check.mentions_missing": "Câu trả lời chưa nhắc tới {phrases}.",
    "check.avoids": "Câu trả lời không nhắc tới {phrases}. Tốt.",
    "check.avoids_failed": "Câu trả lời có nhắc {said}, điều này cần tránh.",
    "check.no_personal_data":
        "Câu trả lời không có thông tin cá nhân như số điện thoại, số căn cước, số tài khoản hay e-mail.",
    "check.personal_data": "Câu trả lời có thông tin cá nhân: {found_data}. Hãy xoá đi trước khi dùng.",
    # Lists: at the edge these only swap the joining word; the items are copied as they are.
    "check.list_or": "{head} hoặc “{last}”",
    "check.list_and": "{head} và {last}”",
    "pii.phone": "số điện thoại",
    "pii.citizen_id": "số căn cước",
    "pii.bank_account": "số tài khoản ngân hàng",
    "pii.email": "địa chỉ e-mail",
    "pii.secret_code": "mã OTP hoặc mật khẩu",
    # tutor.local_llm.rubric: the prompt's parts, stars and suggestions
    "rubric.missing_part": "Chưa thấy {name}.",
    "rubric.found_part": "Có {name}: thấy chữ {cue_words} trong “{excerpt}”.",
    "rubric.suggest": "Thêm {name}: {hint}. Ví dụ cho bài này: “{example}”.",
    "rubric.vague_length": "Bạn đã dặn “{words}”, nhưng AI cần con số để biết dài bao nhiêu.",
    "rubric.personal_data":
        "Câu lệnh có thông tin cá nhân: {found_data}. "
        "Đừng đưa những thông tin này lên AI. Hãy xoá đi, hoặc thay bằng chỗ trống như {placeholder}.",
    "rubric.no_parts_needed": "Bài này không đòi phần nào riêng. Câu lệnh được {stars} sao.",
    "rubric.star_rule":
        "Cách tính sao: đủ mọi phần bài này cần thì 3 sao; có từ một nửa số phần trở lên thì 2 sao; "
        "ít hơn một nửa thì 1 sao. Câu lệnh có thông tin cá nhân thì chỉ được 1 sao.",
    "rubric.stars_capped": "Câu lệnh của bạn có {present}/{expected} phần, nhưng có thông tin cá nhân, nên được 1 sao.",
    "rubric.stars": "Câu lệnh của bạn có {present}/{expected} phần, nên được {stars} sao.",
    "rubric.caution": "Nhưng câu lệnh có thông tin cá nhân: hãy xoá đi trước khi gửi.",
    "rubric.ready": "Câu lệnh đã sẵn sàng.",
    "rubric.complete": "Tốt lắm! Câu lệnh có đủ {expected} phần bài này cần.",
    "rubric.has_parts": "Câu lệnh đã có {parts}.",
    "rubric.has_no_parts": "Câu lệnh chưa có phần nào bài này cần.",
    "rubric.missing_parts": "Còn thiếu {parts}.",
    "rubric.empty": "Bạn chưa gõ câu lệnh. Hãy viết vài câu nhờ AI làm việc.",
    "part.vai_tro": "vai trò",
    "part.boi_canh": "bối cảnh",
    "part.nhiem_vu": "nhiệm vụ",
    "part.dinh_dang": "định dạng",
    "part.do_dai": "độ dài",
    "part.giong_van": "giọng văn",
    "part.vi_du": "ví dụ",
    "part.gioi_han": "giới hạn",
    "hint.vai_tro": "nói AI đóng vai ai, bắt đầu bằng “Bạn là…”",
    "hint.boi_canh": "kể chuyện gì, viết cho ai đọc, ví dụ “Người đọc là…” hoặc “Tôi là…”",
    "hint.nhiem_vu": "nói rõ việc AI cần làm, bắt đầu bằng “Hãy viết…”, “Hãy tóm tắt…”",
    "hint.dinh_dang": "nói cách trình bày: gạch đầu dòng, bảng, danh sách đánh số hay lá thư",
    "hint.do_dai": "ghi con số, ví dụ “dưới 100 chữ”, “3 câu”, “5 gạch đầu dòng”",
    "hint.giong_van": "nói cách nói, ví dụ “giọng thân mật”, “lễ phép”, “trang trọng”, “dễ hiểu”",
    "hint.vi_du": "đưa một ví dụ, bắt đầu bằng “Ví dụ:” hoặc dặn “viết theo mẫu này”",
    "hint.gioi_han": "dặn điều cần tránh, ví dụ “Không thêm thông tin khác”, “Đừng ghi số điện thoại”",
    "placeholder.phone": "[số điện thoại]",
    "placeholder.citizen_id": "[số căn cước]",
    "placeholder.bank_account": "[số tài khoản]",
    "placeholder.email": "[e-mail]",
    "placeholder.secret_code": "[mã]",
    # tutor.local_llm.practice
    "practice.no_answer": "Chưa có câu trả lời của AI để kiểm tra.",
    "practice.checks_passed": "Câu trả lời của AI đạt {passed}/{counted} điều kiện của bài.",
    "practice.mark_too_wide": "Chỗ đánh dấu rộng quá. Hãy chọn đúng câu có lỗi thôi.",
    "practice.mark_not_wrong": "Chỗ này không sai.",
    "practice.mistake_rule":
        "Một chỗ đánh dấu được tính là tìm đúng khi ít nhất một nửa chỗ đó nằm trên chỗ sai, "
        "hoặc nó phủ ít nhất một nửa chỗ sai mà không dài quá hai lần chỗ sai, "
        "hoặc nó là câu chứa trọn chỗ sai. Đánh dấu cả đoạn dài thì không được tính. "
        "3 sao: tìm đủ mọi lỗi và không đánh dấu nhầm. "
        "2 sao: số lỗi tìm được trừ số chỗ nhầm vẫn từ một nửa số lỗi trở lên. "
        "Còn lại: 1 sao.",
    "practice.all_mistakes_found": "Giỏi lắm! Bạn tìm đủ {total} lỗi của AI.",
    "practice.mistakes_found": "Bạn tìm được {found}/{total} lỗi.",
    "practice.wrong_marks": "Có {wrong} chỗ đánh dấu nhầm.",
    "practice.read_again": "Hãy đọc lại từng câu và tự hỏi: điều này có đúng không?",
    "practice.empty_prompt": "Bạn chưa gõ câu lệnh. Hãy viết vài câu nhờ AI làm việc.",
    "practice.prompt_too_long": "Câu lệnh dài quá ({chars} ký tự). Hãy rút gọn còn dưới {max_chars} ký tự.",
    "practice.no_mistake_part": "Bài này không có phần tìm lỗi của AI.",
    # tutor.progress.grading: an answer of the wrong shape (nothing chosen, ...)
    "answer.cannot_grade": "Không chấm được loại câu hỏi này.",
    "answer.choose_one": "Hãy chọn một đáp án.",
    "answer.choose_some": "Hãy chọn ít nhất một đáp án.",
    "answer.choose_again": "Hãy chọn lại các đáp án.",
    "answer.true_or_false": "Hãy chọn Đúng hoặc Sai.",
    "answer.order_all": "Hãy sắp xếp tất cả các bước.",
    "answer.match_all": "Hãy nối hết các cặp.",
    "answer.match_again": "Hãy nối lại các cặp.",
    "answer.type_answer": "Hãy gõ câu trả lời của bạn.",
    "answer.too_long": "Câu trả lời dài quá. Hãy gõ ngắn gọn hơn.",
    # tutor.audio: recordings, speech input and voice packs
    "audio.recording_too_long": "Bản ghi âm dài quá {minutes} phút. Hãy ghi từng đoạn ngắn hơn.",
    "audio.no_speech": "Không nghe thấy tiếng nói trong bản ghi âm. Hãy kiểm tra micrô rồi ghi lại.",
    "audio.recognizer_unavailable": "Máy này chưa nghe được giọng nói. Bạn vẫn gõ chữ bằng bàn phím như thường.",
    "voice.config_missing": "Thiếu tệp cấu hình đi kèm giọng đọc (tệp .onnx.json nằm cạnh tệp .onnx).",
    "voice.config_damaged": "Tệp cấu hình giọng đọc bị hỏng. Hãy chép lại từ nguồn gốc.",
    "voice.not_piper": "Đây không phải giọng đọc Piper. Hãy chọn tệp .onnx của một giọng đọc Piper.",
    "voice.not_a_voice": "Tệp này không phải giọng đọc, hoặc bị chép thiếu. Hãy chép lại tệp .onnx.",
    "voice.runtime_unavailable": "Máy này chưa chạy được giọng đọc mới. Ứng dụng vẫn đọc bằng giọng sẵn có.",
    "voice.damaged": "Tệp giọng đọc bị hỏng hoặc bị chép thiếu. Hãy chép lại từ nguồn gốc.",
    "voice.choose_onnx": "Hãy chọn tệp giọng đọc có đuôi .onnx (kèm tệp .onnx.json cùng tên).",
    "voice.copy_failed": "Chép giọng đọc bị lỗi giữa chừng. Hãy thử lại.",
    "voice.new": "Giọng mới: {speaker}",
    "voice.new_foreign": "Giọng mới: {speaker} (tiếng nước ngoài: {language})",
    "voice.low_memory": "Máy còn {free_mb} MB bộ nhớ trống, giọng này cần khoảng {need_mb} MB. Không nên dùng trên máy này.",
    "voice.memory_ok": "Đủ bộ nhớ (cần khoảng {need_mb} MB, máy còn {free_mb} MB).",
    "voice.fast": "Đọc nhanh: chỉ mất {factor} giây cho mỗi giây lời nói.",
    "voice.slowish": "Đọc được nhưng hơi chậm ({factor} giây cho mỗi giây lời nói): câu đầu sẽ chờ một lúc.",
    "voice.too_slow": "Máy này đọc giọng này quá chậm ({factor} giây cho mỗi giây lời nói). Nên dùng giọng có sẵn.",
    "voice.foreign": "Lưu ý: đây là giọng tiếng nước ngoài ({language}), đọc tiếng Việt sẽ khó nghe.",
    # tutor.lessons, tutor.workspace and tutor.store: content and the data file
    "pack.file_unreadable": "Không mở được tệp gói bài học. Hãy kiểm tra USB hoặc chép tệp vào máy rồi thử lại.",
    "pack.bundled_failed": "Không nạp được gói bài học đi kèm ứng dụng.",
    "content.damaged": "Một phần bài học trên máy này bị hỏng. Hãy nhờ cán bộ kỹ thuật nạp lại gói bài học (Cài đặt → Nạp gói bài học). Tiến độ học của bạn vẫn còn nguyên.",
    "storage.database_too_new": "Dữ liệu này do một phiên bản mới hơn của ứng dụng tạo ra. Hãy cài phiên bản mới nhất rồi mở lại.",
    # tutor.local_llm.registry and hashes: progress lines and the model to suggest
    "model.copying": "Đang chép mô hình… {done} / {total}",
    "model.preparing_bundled": "Đang chuẩn bị mô hình có sẵn… {done} / {total}",
    "model.checking": "Đang kiểm tra tệp mô hình…",
    "model.checked": "Đã kiểm tra xong.",
    "model.recommend_import": "Máy này đủ bộ nhớ cho mô hình {name}, khoảng {size}. Nhờ cán bộ chép tệp {file_name} từ USB vào máy để AI trả lời tốt hơn.",
    "model.recommend_bundled": "Máy này dùng mô hình nhỏ có sẵn trong phần mềm. Mô hình nhỏ trả lời còn yếu: hãy xem câu trả lời của nó như bài tập để kiểm tra.",
    # tutor.teacher: accounts, classes, the CSV import, the volunteer's carrying
    "teacher.username_too_long": "Tên đăng nhập dài quá. Hãy dùng tối đa {limit} chữ cái.",
    "teacher.password_too_short": "Mật khẩu cần ít nhất {least} ký tự.",
    "teacher.password_too_long": "Mật khẩu dài quá. Hãy dùng tối đa {limit} ký tự.",
    "teacher.accounts_from_hub": "Máy này đã đăng ký với máy chủ của xã. Tài khoản giáo viên do cán bộ tạo trên máy chủ, rồi tự về máy này khi đồng bộ.",
    "teacher.class_name_too_long": "Tên lớp dài quá. Hãy dùng tối đa {limit} chữ cái.",
    "teacher.profile_merged_or_archived": "Hồ sơ “{name}” đã được gộp hoặc cất đi.",
    "teacher.profile_already_merged": "Hồ sơ “{name}” đã được gộp vào hồ sơ khác rồi.",
    "teacher.profile_archived": "Hồ sơ “{name}” đã được cất đi.",
    "teacher.csv_line": "Dòng {line}:",
    "teacher.csv_line_no_name": "Dòng {line}: thiếu tên.",
    "teacher.csv_line_bad_font": "Dòng {line}: tên “{name}” bị lỗi phông chữ. Hãy sửa tên rồi nhập lại.",
    "teacher.csv_line_ambiguous": "Dòng {line}: có {count} người tên “{name}”. Hãy ghi thêm mã người học.",
    "teacher.csv_line_duplicate": "Dòng {line}: trùng người với dòng {first}.",
    "teacher.csv_too_many_rows": "Tệp có quá nhiều dòng. Mỗi lần nhập tối đa {limit} người.",
    "teacher.csv_not_utf8": "Tệp này không dùng mã UTF-8 nên tên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Lưu thành → “CSV UTF-8 (Comma delimited)” rồi nhập lại.",
    "teacher.site_revoked": "máy chủ đã thu hồi quyền của máy này, hãy thêm lại điểm học",
    "teacher.site_unreachable": "không kết nối được máy chủ {hub_url}",
    "teacher.site_unknown_hub": "chưa biết máy chủ của điểm học này. Hãy thêm điểm học, hoặc ghi ra USB.",
    "teacher.site_hub_not_trusted": "máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký, nên không lấy danh sách máy từ đó. Hãy báo người quản lý máy chủ.",
    "teacher.hub_not_trusted": "Máy trả lời ở {hub_url} không phải máy chủ mà máy này đã đăng ký. Tệp vẫn nằm trên máy này. Hãy báo người quản lý máy chủ.",
    "teacher.receiving_file": "Đang nhận tệp {number}/{count}…",
    "teacher.writing_file": "Đang ghi tệp {number}/{count}…",
    "teacher.sending_file": "Đang gửi tệp {number}/{count}…",
    "teacher.received_before": "Đã nhận {count} tệp trước đó.",
    "teacher.written_so_far": "Đã ghi {written}/{count} tệp.",
    "teacher.usb_write_failed": "Không ghi được vào USB. Hãy kiểm tra USB rồi thử lại.",
    "teacher.file_unreadable": "không đọc được tệp ({reason}).",
    "teacher.file_not_sent": "không gửi được ({reason}).",
    "teacher.wrong_streak": "Sai {count} câu liền ở {lesson}",
    "teacher.inactive_days": "Không học {days} ngày",
    "teacher.never_studied": "Chưa học lần nào, đã vào lớp {days} ngày",
    # tutor.hub.app: a hub's refusal, shown on the PC (SyncRefused)
    "hub.unsupported_protocol_version": "Máy chủ đồng bộ dùng phiên bản mới hơn. Hãy cập nhật ứng dụng trên máy này.",
    "hub.unauthorized": "Máy này chưa được đăng ký với máy chủ, hoặc đã bị thu hồi. Hãy đăng ký lại.",
    "hub.too_large": "Gói dữ liệu quá lớn.",
    "hub.bad_request": "Dữ liệu gửi lên không đúng dạng.",
    "hub.bad_code": "Mã đăng ký không đúng. Hãy kiểm tra lại mã.",
    "hub.code_expired": "Mã đăng ký này đã hết hạn. Hãy xin mã mới ở người quản lý máy chủ.",
    "hub.too_many_attempts": "Đã thử đăng ký sai quá nhiều lần. Hãy đợi khoảng 10 phút rồi thử lại.",
    "hub.device_revoked": "Máy này đã bị thu hồi ở máy chủ. Hãy nhờ người quản lý máy chủ giúp.",
    "hub.device_key_mismatch": "Mã máy này đã thuộc về một máy khác. Hãy nhờ người quản lý máy chủ giúp.",
    "hub.device_exists": "Mã máy này đã được đăng ký. Hãy nhờ người quản lý máy chủ giúp.",
    "hub.bad_signature": "Chữ ký của máy này không đúng. Máy chủ không nhận dữ liệu này.",
    "hub.replayed": "Yêu cầu này đã được gửi trước đây. Máy chủ không nhận lại.",
    "hub.relay_not_granted": "Máy chủ này chưa được cấp quyền chuyển tiếp. Hãy nhờ người quản lý máy chủ cấp quyền.",
    "hub.unsigned_device": "Máy chủ chưa có khóa của máy này. Hãy đồng bộ lại từ đầu.",
    "hub.out_of_sequence": "Dữ liệu gửi lên không theo đúng thứ tự của máy này. Máy chủ không nhận.",
    # tutor.sync.downloads: packs, models and voices the hub sends down
    # tutor.sync.carried: catalogue items a volunteer carries on a USB stick
    "carried.no_listing": "Không thấy danh mục của điểm học này trong USB.",
    "carried.foreign_hub": "Danh mục trong USB không phải của máy chủ mà máy này đã đăng ký. Máy không dùng.",
    "carried.other_site": "Danh mục trong USB dành cho điểm học khác.",
    "download.progress": "Đang tải về: {name} {percent}%",
    "download.skipped_ram":
        "Không tải {name}: máy cần khoảng {need_ram} bộ nhớ (RAM) để chạy nhưng chỉ còn {free_ram} trống.",
    "download.skipped_cpu": "Không tải {name}: bộ xử lý của máy này đời cũ (thiếu {feature}) nên không chạy được.",
    "download.no_space": "Chưa tải {name}: ổ đĩa cần thêm {size} nhưng chỉ còn {free} trống. Hãy xoá bớt tệp không cần.",
    "download.bad_hash": "Tệp {name} tải về bị hỏng nên đã bị xoá. Máy sẽ tải lại ở lần đồng bộ sau.",
    "download.bad_pack": "Gói bài học {name} không có chữ ký hợp lệ nên đã bị xoá. Máy không dùng gói này.",
    "download.interrupted": "Mất kết nối khi đang tải {name}. Lần đồng bộ sau máy sẽ tải tiếp từ chỗ đã dừng.",
    "download.refused": "Máy chủ không cho tải {name}.",
}


def render(code: str, **params: object) -> str:
    """The Vietnamese text of a catalogued message (KeyError for an unknown code: a bug)."""
    return CATALOGUE[code].format(**params)
