"""Why a pack was refused, in Vietnamese for the learner and English for the log.

Each refusal is its own class so tests and the UI can tell them apart; the
user message says what to do next, because the person reading it may be at a
village PC with a USB stick and nobody to ask.
"""

from __future__ import annotations

from tutor.errors import TutorError

_GET_ORIGINAL = "Hãy xin lại tệp gốc từ nơi phát hành rồi thử lại."


class PackError(TutorError):
    """A pack file that cannot be trusted or used. Nothing was changed."""

    default_user_message = "Không dùng được gói bài học này. Bài học hiện có vẫn giữ nguyên."

    def __init__(self, log_message: str, user_message: str | None = None):
        super().__init__(log_message, user_message or self.default_user_message)


class PackUnreadable(PackError):
    default_user_message = (
        "Tệp này không phải gói bài học, hoặc đã bị hỏng khi sao chép. "
        "Hãy chép lại tệp rồi thử lại. Bài học hiện có vẫn giữ nguyên."
    )


class PackTampered(PackError):
    default_user_message = (
        "Gói bài học đã bị thay đổi sau khi đóng gói nên không an toàn để dùng. " + _GET_ORIGINAL
    )


class PackBadSignature(PackError):
    default_user_message = (
        "Chữ ký của gói bài học không đúng, có thể gói đã bị sửa. " + _GET_ORIGINAL
    )


class PackUnknownSigner(PackError):
    default_user_message = (
        "Gói bài học này do một nơi chưa được ứng dụng tin cậy ký. "
        "Chỉ dùng gói bài học từ nơi phát hành chính thức."
    )


class PackUnsupportedSchema(PackError):
    default_user_message = (
        "Gói bài học này cần phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi thử lại."
    )


class PackUnsafe(PackError):
    default_user_message = (
        "Gói bài học chứa tên tệp không an toàn nên đã bị từ chối. " + _GET_ORIGINAL
    )


class PackTooLarge(PackError):
    default_user_message = (
        "Gói bài học lớn bất thường nên đã bị từ chối để bảo vệ máy tính. " + _GET_ORIGINAL
    )


class PackMembersMismatch(PackError):
    default_user_message = (
        "Gói bài học bị thiếu hoặc thừa tệp so với danh sách khi đóng gói. " + _GET_ORIGINAL
    )


class PackContentInvalid(PackError):
    default_user_message = (
        "Nội dung gói bài học bị lỗi định dạng. Hãy báo cho nơi phát hành. Bài học hiện có vẫn giữ nguyên."
    )


class PackNotNewer(PackError):
    def __init__(self, installed: str, offered: str):
        super().__init__(
            f"pack version {offered} is older than the installed {installed}",
            f"Gói này (phiên bản {offered}) cũ hơn gói đang dùng (phiên bản {installed}) nên không cài.",
        )
        self.installed = installed
        self.offered = offered


class PackVersionConflict(PackError):
    def __init__(self, version: str):
        super().__init__(
            f"pack version {version} is installed with different content",
            f"Đã có gói phiên bản {version} với nội dung khác. "
            "Hãy hỏi nơi phát hành gói nào mới hơn.",
        )
        self.version = version


class PackIdMismatch(PackError):
    def __init__(self, installed: str, offered: str):
        super().__init__(
            f"pack {offered!r} would replace a different pack {installed!r}",
            "Gói này là một bộ bài học khác với bộ đang dùng nên không cài thay thế.",
        )


class PackImportFailed(PackError):
    default_user_message = (
        "Không cài được gói bài học do lỗi khi ghi dữ liệu. Bài học hiện có vẫn giữ nguyên."
    )


class SourceHasErrors(TutorError):
    """The curriculum source fails ``check_source``; no pack was written."""

    def __init__(self, problems: list):
        errors = [p for p in problems if p.is_error]
        super().__init__(
            f"content source has {len(errors)} error(s); first: {errors[0] if errors else '-'}",
            "Nội dung bài học còn lỗi nên chưa đóng gói được.",
        )
        self.problems = problems


class SigningKeyError(TutorError):
    def __init__(self, log_message: str):
        super().__init__(log_message, "Không đọc được khoá ký gói bài học.")
