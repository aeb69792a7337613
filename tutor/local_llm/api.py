"""The small interface the rest of the app uses to talk to a local model.

Qt-free and blocking: ``generate`` runs on a worker thread the caller owns
(the UI's pool), streams text pieces to ``on_token`` on that same thread, and
returns a Result. ``stop()`` may be called from any thread; so may
``cancel.cancel()`` on the token passed in. Three implementations: WorkerLLM
(engine.py, the real one), FakeLLM (scripted, for UI tests) and NoModel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from tutor.cancel import CancelToken
from tutor.errors import TutorError
from tutor.local_llm import protocol
from tutor.local_llm.templates import Message

OnToken = Callable[[str], None]

# A GBNF grammar for a JSON object: small models emit parseable JSON more often
# under it. It does not enforce ranges or required keys: validate, and retry.
JSON_GRAMMAR = r'''
root   ::= object
value  ::= object | array | string | number | ("true" | "false" | "null") ws
object ::= "{" ws ( string ":" ws value ("," ws string ":" ws value)* )? "}" ws
array  ::= "[" ws ( value ("," ws value)* )? "]" ws
string ::= "\"" ( [^"\\\x7F\x00-\x1F] | "\\" (["\\bfnrt] | "u" [0-9a-fA-F]{4}) )* "\"" ws
number ::= ("-"? ([0-9] | [1-9] [0-9]{0,15})) ("." [0-9]+)? ([eE] [-+]? [0-9] [1-9]{0,15})? ws
ws     ::= | " " | "\n" [ \t]{0,20}
'''


class LLMError(TutorError):
    """A typed failure of the local model; ``code`` is one of protocol's codes."""

    def __init__(self, code: str, log_message: str = ""):
        super().__init__(f"local LLM {code}: {log_message}".rstrip(": "), protocol.user_message(code))
        self.code = code


@dataclass(frozen=True)
class GenerationRequest:
    """Either chat ``messages`` (formatted with the model's template) or a raw ``prompt``.

    For a question about a lesson, put the lesson first and the question last:
    the worker reuses the KV cache for a shared prefix, so the second question
    about the same lesson starts answering much sooner.
    """

    messages: tuple[Message, ...] = ()
    prompt: str | None = None
    max_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 0.95
    repeat_penalty: float = 1.1   # small models loop without it
    stop: tuple[str, ...] = ()
    seed: int | None = None
    grammar: str | None = None    # GBNF, e.g. JSON_GRAMMAR
    max_seconds: float | None = None  # wall-clock cap; None: guards.DEFAULT_MAX_SECONDS
    # Hold the answer to the bullets/length this text asks (shaping.py). None: the
    # model's format decides (base models: the user message); "": never.
    shape_from: str | None = None

    def __post_init__(self) -> None:
        if bool(self.messages) == bool(self.prompt):
            raise ValueError("give either messages or a prompt")
        if self.max_tokens < 1:
            raise ValueError("max_tokens must be at least 1")

    @classmethod
    def chat(cls, user: str, system: str | None = None, **options) -> GenerationRequest:
        messages = ((Message("system", system),) if system else ()) + (Message("user", user),)
        return cls(messages=messages, **options)

    def to_wire(self, request_id: str) -> dict:
        return {
            "op": "generate", "id": request_id,
            "messages": [{"role": m.role, "content": m.content} for m in self.messages] or None,
            "prompt": self.prompt, "max_tokens": self.max_tokens,
            "temperature": self.temperature, "top_p": self.top_p,
            "repeat_penalty": self.repeat_penalty, "stop": list(self.stop), "seed": self.seed,
            "grammar": self.grammar, "max_seconds": self.max_seconds,
            "shape_from": self.shape_from,
        }


@dataclass(frozen=True)
class GenerationStats:
    tokens: int = 0               # generated
    seconds: float = 0.0          # from request to last token, in the worker
    prompt_tokens: int = 0
    ttft: float | None = None     # time to first token, in the worker
    prompt_reused: int = 0        # prompt tokens served from the KV cache
    n_ctx: int = 0
    threads: int = 0              # llama.cpp threads this answer ran on
    cap: str | None = None        # what ended it: "tokens", "time", "repetition" (cut short), "shape" (complete)

    @property
    def tokens_per_second(self) -> float | None:
        """Decode speed, excluding the prompt."""
        if self.ttft is None or self.tokens < 2 or self.seconds <= self.ttft:
            return None
        return (self.tokens - 1) / (self.seconds - self.ttft)

    @classmethod
    def from_wire(cls, data: dict) -> GenerationStats:
        return cls(tokens=int(data.get("tokens", 0)), seconds=float(data.get("seconds", 0.0)),
                   prompt_tokens=int(data.get("prompt_tokens", 0)), ttft=data.get("ttft"),
                   prompt_reused=int(data.get("prompt_reused", 0)), n_ctx=int(data.get("n_ctx", 0)),
                   threads=int(data.get("threads") or 0), cap=data.get("cap"))


@dataclass(frozen=True)
class GenerationResult:
    text: str
    finish_reason: str            # "stop" (model ended), "length" (cut short: stats.cap says why), "cancelled"
    stats: GenerationStats = field(default_factory=GenerationStats)

    @property
    def stopped(self) -> bool:
        """True when the learner (or the app) stopped it; ``text`` is what came so far."""
        return self.finish_reason == "cancelled"


class LocalLLM(Protocol):
    @property
    def available(self) -> bool:
        """False when there is no model to run (NoModel, or a model known not to load)."""

    @property
    def name(self) -> str:
        """What to show people: the model's display name."""

    def generate(self, request: GenerationRequest, on_token: OnToken | None = None,
                 cancel: CancelToken | None = None) -> GenerationResult:
        """Blocking; raises LLMError. A stop or cancel returns a Result with stopped True."""

    def stop(self) -> None:
        """Stop the running generation (any thread); the model stays loaded."""

    def close(self) -> None:
        """Free the model and end any worker process."""


def as_messages(pairs: Sequence[tuple[str, str]]) -> tuple[Message, ...]:
    return tuple(Message(role, content) for role, content in pairs)
