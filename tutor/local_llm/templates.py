"""Turn chat messages into the prompt text a given model was trained on.

llama-cpp-python falls back to the llama-2 ``[INST]`` format, silently, when a
GGUF has no ``tokenizer.chat_template``; a model prompted in a format it never
saw answers badly. So the choice here is explicit, in this order:

1. the model's own Jinja template (rendered in a sandbox), when it has one and
   it renders;
2. for an instruction-tuned model without a template, the format its
   vocabulary or architecture gives away: Gemma turns, ChatML (Qwen, SmolLM2),
   Llama 3 headers, Phi-3 tags;
3. a plain completion prompt for base (pre-trained only) models and anything
   unknown. Never llama-2 by accident.

Why base models get plain prompts: the Gemma 3 270M GGUF on PyPI is the base
model (google/gemma-3-270m, not -it). Prompted with Gemma turns it copied ~80%
of the prompt back; with "...\n\nTrả lời:\n" it wrote an answer (about 25%
copied, and it ended by itself half the time). Of the base-model candidates
(BASE_FORMATS: a worked example first, the request after its notes, answers
shaped to the prompt's bullet count and word limit) the shaped plain prompt won
(BASE_FORMAT). Numbers in MODELS.md.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

log = logging.getLogger(__name__)

ROLES = ("system", "user", "assistant")


@dataclass(frozen=True)
class Message:
    role: str      # "system" | "user" | "assistant"
    content: str

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown chat role {self.role!r}")


@dataclass(frozen=True)
class ModelTraits:
    """The few header facts that decide the prompt format (see gguf.GgufHeader)."""

    architecture: str
    chat_template: str | None = None
    control_tokens: frozenset[str] = frozenset()
    bos_token: str | None = None
    eos_token: str | None = None
    add_bos_token: bool | None = None
    name: str | None = None          # general.name
    finetune: str | None = None      # general.finetune ("it", "Instruct"...)


@dataclass(frozen=True)
class PromptFormat:
    name: str                      # "model", "gemma", "chatml", "llama3", "phi3", "plain"
    render: Callable[[Sequence[Message]], str]
    stop: tuple[str, ...]          # text that ends the assistant's turn
    shape_answers: bool = False    # decode under the request's bullet/length grammar (shaping.py)

    def __call__(self, messages: Sequence[Message]) -> str:
        return self.render([Message(m.role, scrub(m.content)) for m in messages])


# Chat control strings. The prompt is tokenized with special tokens parsed (the
# template's own markers must become control tokens), so a learner's text, or
# an earlier answer fed back, must not carry them: "<end_of_turn>" typed into a
# question would end the turn early and let the text play the model.
_CONTROL = re.compile(r"<\|[A-Za-z0-9_]+\|>|</?(?:start|end)_of_turn>|<bos>|<eos>|</?s>|\[/?INST\]|<</?SYS>>")


def scrub(text: str) -> str:
    return _CONTROL.sub("", text)


# --- the known formats --------------------------------------------------------


def _system_and_turns(messages: Sequence[Message]) -> tuple[str, list[Message]]:
    system = "\n\n".join(m.content for m in messages if m.role == "system")
    return system, [m for m in messages if m.role != "system"]


def render_gemma(messages: Sequence[Message]) -> str:
    # Gemma has no system role: its own template folds the system text into the
    # first user turn. The tokenizer adds <bos>.
    system, turns = _system_and_turns(messages)
    out: list[str] = []
    for index, m in enumerate(turns):
        content = m.content
        if index == 0 and system and m.role == "user":
            content = f"{system}\n\n{content}"
        role = "model" if m.role == "assistant" else "user"
        out.append(f"<start_of_turn>{role}\n{content.strip()}<end_of_turn>\n")
    if not turns and system:
        out.append(f"<start_of_turn>user\n{system.strip()}<end_of_turn>\n")
    out.append("<start_of_turn>model\n")
    return "".join(out)


def render_chatml(messages: Sequence[Message]) -> str:
    out = [f"<|im_start|>{m.role}\n{m.content.strip()}<|im_end|>\n" for m in messages]
    out.append("<|im_start|>assistant\n")
    return "".join(out)


def render_llama3(messages: Sequence[Message]) -> str:
    out = [f"<|start_header_id|>{m.role}<|end_header_id|>\n\n{m.content.strip()}<|eot_id|>"
           for m in messages]
    out.append("<|start_header_id|>assistant<|end_header_id|>\n\n")
    return "".join(out)


def render_phi3(messages: Sequence[Message]) -> str:
    out = [f"<|{m.role}|>\n{m.content.strip()}<|end|>\n" for m in messages]
    out.append("<|assistant|>\n")
    return "".join(out)


def render_plain(messages: Sequence[Message]) -> str:
    """For base models: the request as a document whose next part is the answer.

    One question is given as is (practice prompts are instructions already); a
    conversation becomes "Hỏi:"/"Trả lời:" pairs.
    """
    system, turns = _system_and_turns(messages)
    parts = [system.strip()] if system.strip() else []
    if len(turns) == 1 and turns[0].role == "user":
        parts.append(turns[0].content.strip())
    else:
        parts += [("Hỏi: " if m.role == "user" else "Trả lời: ") + m.content.strip() for m in turns]
    return "\n\n".join(parts) + "\n\nTrả lời:\n"


# One worked example before the request, picked by what the request asks for:
# a base model copies the example's shape (a list, a short message) and its
# habit of answering from the notes given, then ends with the separator.
END_OF_ANSWER = "###"
EXEMPLARS = {
    "list": (
        "Bạn là cán bộ thôn. Dựa vào ghi chép dưới đây, hãy nhắc bà con về buổi tiêm phòng cho gà. "
        "Viết 3 gạch đầu dòng, dưới 40 chữ, giọng gần gũi.\n\n"
        "Ghi chép: tiêm phòng cúm gia cầm, 7 giờ sáng thứ Năm, tại sân nhà văn hóa, mang sổ theo dõi đàn.",
        "- Sáng thứ Năm, lúc 7 giờ, thôn tiêm phòng cúm cho gà.\n"
        "- Bà con mang gà đến sân nhà văn hóa.\n"
        "- Nhớ mang theo sổ theo dõi đàn.",
    ),
    "numbered": (
        "Bạn là giáo viên kiên nhẫn. Hãy hướng dẫn cách gửi ảnh qua Zalo theo từng bước, "
        "mỗi bước một dòng có đánh số, dưới 40 chữ.",
        "1. Mở Zalo và chọn người cần gửi.\n"
        "2. Bấm vào biểu tượng hình ảnh.\n"
        "3. Chọn ảnh muốn gửi.\n"
        "4. Bấm nút gửi.",
    ),
    "text": (
        "Bạn là y sĩ trạm y tế xã. Dựa vào ghi chép dưới đây, hãy viết tin nhắn mời bà con đi khám mắt. "
        "Dưới 40 chữ, giọng lễ phép.\n\n"
        "Ghi chép: khám mắt miễn phí cho người trên 60 tuổi, 8 giờ sáng thứ Bảy, tại trạm y tế, mang căn cước.",
        "Kính mời các cụ trên 60 tuổi đến trạm y tế lúc 8 giờ sáng thứ Bảy để khám mắt miễn phí. "
        "Các cụ nhớ mang theo căn cước. Xin cảm ơn.",
    ),
}


def exemplar_kind(request: str) -> str:
    from tutor.local_llm.shaping import read_shape

    shape = read_shape(request)
    if shape.items is None:
        return "text"
    return "numbered" if shape.numbered else "list"


def render_plain_fewshot(messages: Sequence[Message]) -> str:
    """render_plain with one worked example of the same kind first (one request only)."""
    system, turns = _system_and_turns(messages)
    if not (len(turns) == 1 and turns[0].role == "user"):
        return render_plain(messages)
    ask, answer = EXEMPLARS[exemplar_kind(turns[0].content)]
    parts = [system.strip()] if system.strip() else []
    parts += [ask, f"Trả lời:\n{answer}\n{END_OF_ANSWER}", turns[0].content.strip()]
    return "\n\n".join(parts) + "\n\nTrả lời:\n"


def render_plain_request_last(messages: Sequence[Message]) -> str:
    """render_plain with the material (notes, lesson passages: whatever follows the
    first blank line) before the request, so the request is what the model read last."""
    from tutor.local_llm.shaping import instruction_part

    system, turns = _system_and_turns(messages)
    if not (len(turns) == 1 and turns[0].role == "user"):
        return render_plain(messages)
    message = turns[0].content.strip()
    request = instruction_part(message)
    material = message[len(request):].strip()
    parts = [p for p in (system.strip(), material, request) if p]
    return "\n\n".join(parts) + "\n\nTrả lời:\n"


GEMMA = PromptFormat("gemma", render_gemma, ("<end_of_turn>", "<start_of_turn>"))
CHATML = PromptFormat("chatml", render_chatml, ("<|im_end|>", "<|im_start|>"))
LLAMA3 = PromptFormat("llama3", render_llama3, ("<|eot_id|>", "<|start_header_id|>"))
PHI3 = PromptFormat("phi3", render_phi3, ("<|end|>", "<|user|>"))
# A base model that starts a new "Trả lời:" has finished one answer and is looping.
PLAIN = PromptFormat("plain", render_plain, ("Trả lời:", "\nHỏi:"))
PLAIN_FEWSHOT = PromptFormat("plain-fewshot", render_plain_fewshot, (END_OF_ANSWER, "Trả lời:", "\nHỏi:"))
PLAIN_SHAPED = PromptFormat("plain-shaped", render_plain, PLAIN.stop, shape_answers=True)
PLAIN_FEWSHOT_SHAPED = PromptFormat("plain-fewshot-shaped", render_plain_fewshot, PLAIN_FEWSHOT.stop,
                                    shape_answers=True)
PLAIN_REQUEST_LAST_SHAPED = PromptFormat("plain-request-last-shaped", render_plain_request_last,
                                         PLAIN.stop, shape_answers=True)
# The candidates for a base model, as benchmarks/llm.py --compare-models measures them.
BASE_FORMATS = (PLAIN, PLAIN_FEWSHOT, PLAIN_SHAPED, PLAIN_FEWSHOT_SHAPED, PLAIN_REQUEST_LAST_SHAPED)
# Measured winner (MODELS.md): shaped answers passed more checks (0.72 vs 0.63), all
# ended by themselves (1.00 vs 0.70); the worked example lowered facts (0.15 vs 0.35).
BASE_FORMAT = PLAIN_SHAPED

# The control token that gives a format away, in order of preference.
_BY_TOKEN = (("<start_of_turn>", GEMMA), ("<|im_start|>", CHATML),
             ("<|start_header_id|>", LLAMA3), ("<|assistant|>", PHI3))
_BY_ARCHITECTURE = {
    "gemma": GEMMA, "gemma2": GEMMA, "gemma3": GEMMA, "gemma3n": GEMMA,
    "qwen2": CHATML, "qwen2moe": CHATML, "qwen3": CHATML, "qwen3moe": CHATML,
    "phi3": PHI3,
}
# End-of-turn markers worth stopping on whatever template the model brings.
_END_MARKERS = ("<end_of_turn>", "<|im_end|>", "<|eot_id|>", "<|end|>", "<|endoftext|>")


def choose_format(traits: ModelTraits) -> PromptFormat:
    """The prompt format for a model; never llama-2 unless the model says so."""
    own = model_template_format(traits)
    if own is not None:
        return own
    if not looks_instruction_tuned(traits):
        return BASE_FORMAT
    return known_format(traits)


_TUNED_WORDS = frozenset({"it", "instruct", "instruction", "chat", "sft", "dpo", "rlhf"})


def looks_instruction_tuned(traits: ModelTraits) -> bool:
    """Whether the model was trained to follow chat turns (else it is a base model).

    Converted instruction-tuned models say so in general.finetune ("it",
    "Instruct") or in their name ("Gemma 3 270m It", "Qwen2.5 1.5B Instruct");
    a base model has neither, and no template.
    """
    if traits.chat_template and traits.chat_template.strip():
        return True
    words = set(re.split(r"[^a-z0-9]+", f"{traits.finetune or ''} {traits.name or ''}".lower()))
    return bool(words & _TUNED_WORDS)


def known_format(traits: ModelTraits) -> PromptFormat:
    for token, fmt in _BY_TOKEN:
        if token in traits.control_tokens:
            return fmt
    return _BY_ARCHITECTURE.get(traits.architecture, PLAIN)


def model_template_format(traits: ModelTraits) -> PromptFormat | None:
    """The model's own Jinja template, or None if it has none or it fails to render."""
    if not (traits.chat_template and traits.chat_template.strip()):
        return None
    try:
        template = _compile(traits.chat_template)
    except Exception as exc:  # jinja2 missing or a template our sandbox cannot compile
        log.warning("model chat template unusable (%s); using a known format", exc)
        return None

    bos = traits.bos_token or ""
    eos = traits.eos_token or ""

    def render(messages: Sequence[Message]) -> str:
        text = template.render(
            messages=[{"role": m.role, "content": m.content} for m in messages],
            add_generation_prompt=True, bos_token=bos, eos_token=eos,
        )
        # The tokenizer adds BOS itself when the model asks for it; a second one
        # from the template would shift everything the model sees.
        if bos and traits.add_bos_token is not False and text.startswith(bos):
            text = text[len(bos):]
        return text

    probe = [Message("system", "S"), Message("user", "câu hỏi thử")]
    try:
        sample = render(probe)
    except Exception as exc:
        # Some templates refuse a system message; try without before giving up.
        try:
            sample = render(probe[1:])
        except Exception:
            log.warning("model chat template failed to render (%s); using a known format", exc)
            return None
    if "câu hỏi thử" not in sample:
        return None
    stop = tuple(t for t in _END_MARKERS if t in traits.control_tokens or t in traits.chat_template)
    if eos and eos not in stop:
        stop += (eos,)
    return PromptFormat("model", _fold_system_on_refusal(render), stop)


def _fold_system_on_refusal(render: Callable[[Sequence[Message]], str]) -> Callable[[Sequence[Message]], str]:
    """Templates that reject a system role get the system text in the first user turn."""

    def safe(messages: Sequence[Message]) -> str:
        try:
            return render(messages)
        except Exception:
            system, turns = _system_and_turns(messages)
            if not system or not turns:
                raise
            first = Message(turns[0].role, f"{system}\n\n{turns[0].content}")
            return render([first, *turns[1:]])

    return safe


def _compile(source: str):
    from jinja2.ext import loopcontrols
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        raise ValueError(message)

    def strftime_now(fmt: str) -> str:
        return datetime.now().strftime(fmt)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=[loopcontrols])
    env.globals.update(raise_exception=raise_exception, strftime_now=strftime_now)
    return env.from_string(source)


def messages_from(pairs: Iterable[tuple[str, str]]) -> list[Message]:
    return [Message(role, content) for role, content in pairs]


def traits_of(header) -> ModelTraits:
    """ModelTraits from a gguf.GgufHeader."""
    finetune = header.metadata.get("general.finetune")
    return ModelTraits(header.architecture, header.chat_template, header.control_tokens,
                       header.bos_token, header.eos_token, header.add_bos_token, header.name,
                       finetune if isinstance(finetune, str) else None)
