"""Why a pack was refused, in Vietnamese for the learner and English for the log.

Each refusal is its own class so tests and the UI can tell them apart; the
user message says what to do next, because the person reading it may be at a
village PC with a USB stick and nobody to ask.
"""

from __future__ import annotations

from tutor.errors import TutorError

# Each refusal's Vietnamese text is catalogued in tutor.messages under its message_code.

class PackError(TutorError):
    """A pack file that cannot be trusted or used. Nothing was changed."""

    message_code = "pack.unusable"

    def __init__(self, log_message: str, user_message: str | None = None, *,
                 code: str | None = None, params: dict | None = None):
        if user_message is None and code is None:
            code = self.message_code
        super().__init__(log_message, user_message, code=code, params=params)


class PackUnreadable(PackError):
    message_code = "pack.unreadable"


class PackTampered(PackError):
    message_code = "pack.tampered"


class PackBadSignature(PackError):
    message_code = "pack.bad_signature"


class PackUnknownSigner(PackError):
    message_code = "pack.unknown_signer"


class PackUnsupportedSchema(PackError):
    message_code = "pack.unsupported_schema"


class PackUnsafe(PackError):
    message_code = "pack.unsafe"


class PackTooLarge(PackError):
    message_code = "pack.too_large"


class PackMembersMismatch(PackError):
    message_code = "pack.members_mismatch"


class PackContentInvalid(PackError):
    message_code = "pack.content_invalid"


class PackNotNewer(PackError):
    def __init__(self, installed: str, offered: str):
        super().__init__(
            f"pack version {offered} is older than the installed {installed}",
            code="pack.not_newer", params={"offered": offered, "installed": installed},
        )
        self.installed = installed
        self.offered = offered


class PackVersionConflict(PackError):
    def __init__(self, version: str):
        super().__init__(
            f"pack version {version} is installed with different content",
            code="pack.version_conflict", params={"version": version},
        )
        self.version = version


class PackIdMismatch(PackError):
    def __init__(self, installed: str, offered: str):
        super().__init__(
            f"pack {offered!r} would replace a different pack {installed!r}",
            code="pack.id_mismatch",
        )


class PackImportFailed(PackError):
    message_code = "pack.import_failed"


class SourceHasErrors(TutorError):
    """The curriculum source fails ``check_source``; no pack was written."""

    def __init__(self, problems: list):
        errors = [p for p in problems if p.is_error]
        super().__init__(
            f"content source has {len(errors)} error(s); first: {errors[0] if errors else '-'}",
            code="pack.source_has_errors",
        )
        self.problems = problems


class SigningKeyError(TutorError):
    def __init__(self, log_message: str):
        super().__init__(log_message, code="pack.signing_key")
