"""Write small synthetic GGUF files for tests (header + zero-filled tensor data)."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

from tutor.local_llm import gguf as g

# A tiny llama-like model: header facts only, weights are zeros.
BASE_KV: list[tuple[str, int, Any]] = [
    ("general.architecture", g.T_STRING, "llama"),
    ("general.name", g.T_STRING, "Tiny Test"),
    ("general.size_label", g.T_STRING, "1M"),
    ("general.file_type", g.T_UINT32, 15),
    ("llama.context_length", g.T_UINT32, 4096),
    ("llama.block_count", g.T_UINT32, 2),
    ("llama.embedding_length", g.T_UINT32, 64),
    ("llama.attention.head_count", g.T_UINT32, 4),
    ("tokenizer.ggml.tokens", g.T_ARRAY, (g.T_STRING, ["<unk>", "<|im_start|>", "<|im_end|>", "xin", "chào"])),
    ("tokenizer.ggml.scores", g.T_ARRAY, (g.T_FLOAT32, [0.0] * 5)),
    ("tokenizer.ggml.bos_token_id", g.T_UINT32, 1),
    ("tokenizer.ggml.eos_token_id", g.T_UINT32, 2),
    ("tokenizer.ggml.add_bos_token", g.T_BOOL, False),
]
BASE_TENSORS: list[tuple[str, tuple[int, ...], int]] = [
    ("token_embd.weight", (256, 5), 12),     # Q4_K: 5 blocks of 256
    ("blk.0.attn_norm.weight", (64,), 0),    # F32
    ("output.weight", (256, 8), 8),          # Q8_0
]


def _string(s: str) -> bytes:
    raw = s.encode("utf-8")
    return struct.pack("<Q", len(raw)) + raw


def _value(value_type: int, value: Any) -> bytes:
    if value_type == g.T_STRING:
        return _string(value)
    if value_type == g.T_ARRAY:
        item_type, items = value
        out = struct.pack("<IQ", item_type, len(items))
        return out + b"".join(_value(item_type, item) for item in items)
    return struct.pack(g._SCALAR_FORMATS[value_type], value)


def header_bytes(kv=None, tensors=None, version: int = 3, alignment: int = 32) -> tuple[bytes, int]:
    """The header (padded to alignment) and the size of the tensor data after it."""
    kv = BASE_KV if kv is None else kv
    tensors = BASE_TENSORS if tensors is None else tensors
    out = bytearray(g.MAGIC + struct.pack("<IQQ", version, len(tensors), len(kv)))
    for key, value_type, value in kv:
        out += _string(key) + struct.pack("<I", value_type) + _value(value_type, value)
    offset = 0
    for name, dims, ggml_type in tensors:
        out += _string(name) + struct.pack("<I", len(dims)) + b"".join(struct.pack("<Q", d) for d in dims)
        out += struct.pack("<IQ", ggml_type, offset)
        _, block, block_bytes = g.GGML_TYPES[ggml_type]
        elements = 1
        for d in dims:
            elements *= d
        size = elements // block * block_bytes
        offset += -(-size // alignment) * alignment
    out += b"\0" * (-len(out) % alignment)
    return bytes(out), offset


def write_gguf(path: Path, kv=None, tensors=None, version: int = 3, alignment: int = 32,
               extra_bytes: int = 0) -> Path:
    header, data_size = header_bytes(kv, tensors, version, alignment)
    path = Path(path)
    path.write_bytes(header + b"\0" * (data_size + extra_bytes))
    return path


def with_kv(**changes: tuple[int, Any]) -> list[tuple[str, int, Any]]:
    """BASE_KV with some keys replaced or added: with_kv(**{"general.name": (T_STRING, "x")})."""
    kv = [(k, t, v) for k, t, v in BASE_KV if k not in changes]
    return kv + [(k, t, v) for k, (t, v) in changes.items()]
