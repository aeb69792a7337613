"""Read a GGUF model's header without loading its weights.

The app must describe a model (what it is, how big, whether it fits this PC)
before it hands the file to llama.cpp, and must refuse files that would crash or
mislead the worker: not a GGUF at all, copied only in part from a USB stick, or
with a damaged header. Everything here reads the file in bounded pieces: every
length the file declares is checked against the bytes that are really left, so
a corrupt count can neither exhaust memory nor make us read forever.

Layout (GGUF v2/v3, little-endian): magic ``GGUF``, uint32 version, uint64
tensor count, uint64 key/value count, the key/value pairs, the tensor infos
(name, dims, ggml type, offset), padding to ``general.alignment``, tensor data.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from tutor.errors import TutorError
from tutor.messages import render

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
DEFAULT_ALIGNMENT = 32
MAX_DIMS = 4  # GGML_MAX_DIMS

# Bounds for what a sane header may declare. Real files stay far below them
# (a 70B model has ~700 tensors, ~40 keys; a vocabulary ~260k entries).
MAX_KEY_BYTES = 64 * 1024
MAX_KV_COUNT = 100_000
MAX_TENSOR_COUNT = 1_000_000
MAX_ARRAY_ITEMS = 50_000_000
MAX_NAME_BYTES = 64 * 1024
# Strings we keep (chat templates can be tens of KB); longer ones are skipped.
MAX_KEPT_STRING_BYTES = 1024 * 1024
# Short arrays are kept (per-layer numbers); long ones are only walked.
MAX_KEPT_ARRAY_ITEMS = 256
# Vocabulary entries that look like control tokens ("<bos>", "<|im_start|>") are
# remembered so templates can be chosen and bos/eos named; bounded.
MAX_CONTROL_TOKENS = 20_000
MAX_CONTROL_TOKEN_CHARS = 48

# GGUF value types.
T_UINT8, T_INT8, T_UINT16, T_INT16, T_UINT32, T_INT32, T_FLOAT32, T_BOOL = range(8)
T_STRING, T_ARRAY, T_UINT64, T_INT64, T_FLOAT64 = range(8, 13)
_SCALAR_FORMATS = {
    T_UINT8: "<B", T_INT8: "<b", T_UINT16: "<H", T_INT16: "<h", T_UINT32: "<I",
    T_INT32: "<i", T_FLOAT32: "<f", T_BOOL: "<?", T_UINT64: "<Q", T_INT64: "<q",
    T_FLOAT64: "<d",
}

# ggml tensor types: (elements per block, bytes per block). Used to find where
# the tensor data ends (truncation) and to name the quantisation.
GGML_TYPES: dict[int, tuple[str, int, int]] = {
    0: ("F32", 1, 4), 1: ("F16", 1, 2), 2: ("Q4_0", 32, 18), 3: ("Q4_1", 32, 20),
    6: ("Q5_0", 32, 22), 7: ("Q5_1", 32, 24), 8: ("Q8_0", 32, 34), 9: ("Q8_1", 32, 36),
    10: ("Q2_K", 256, 84), 11: ("Q3_K", 256, 110), 12: ("Q4_K", 256, 144),
    13: ("Q5_K", 256, 176), 14: ("Q6_K", 256, 210), 15: ("Q8_K", 256, 292),
    16: ("IQ2_XXS", 256, 66), 17: ("IQ2_XS", 256, 74), 18: ("IQ3_XXS", 256, 98),
    19: ("IQ1_S", 256, 50), 20: ("IQ4_NL", 32, 18), 21: ("IQ3_S", 256, 110),
    22: ("IQ2_S", 256, 82), 23: ("IQ4_XS", 256, 136), 24: ("I8", 1, 1), 25: ("I16", 1, 2),
    26: ("I32", 1, 4), 27: ("I64", 1, 8), 28: ("F64", 1, 8), 29: ("IQ1_M", 256, 56),
    30: ("BF16", 1, 2), 34: ("TQ1_0", 256, 54), 35: ("TQ2_0", 256, 66),
    39: ("MXFP4", 32, 17), 40: ("NVFP4", 64, 36), 41: ("Q1_0", 128, 18), 42: ("Q2_0", 64, 18),
}

# general.file_type (llama_ftype): the quantisation people see in file names.
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
    10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M",
    16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S",
    22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M",
    28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0",
    37: "TQ2_0", 38: "MXFP4_MOE", 39: "NVFP4", 40: "Q1_0", 41: "Q2_0",
}


class GgufError(TutorError):
    """A file the app will not hand to llama.cpp; ``kind`` says why."""

    # The text for each kind is catalogued in tutor.messages as "gguf.<kind>".
    MESSAGES: ClassVar[dict[str, str]] = {
        kind: render(f"gguf.{kind}")
        for kind in ("not_gguf", "unsupported_version", "truncated", "corrupt", "unreadable")
    }

    def __init__(self, kind: str, detail: str, path: Path | None = None):
        where = f"{path}: " if path else ""
        super().__init__(f"GGUF {kind}: {where}{detail}", code=f"gguf.{kind}")
        self.kind = kind
        self.path = path


@dataclass(frozen=True)
class GgufHeader:
    """What the header says about a model, plus checks of the file's extent."""

    path: Path
    file_size: int
    version: int
    tensor_count: int
    alignment: int
    data_offset: int          # where tensor data starts
    data_end: int             # where the last tensor ends (file may be longer: padding)
    architecture: str
    name: str | None
    size_label: str | None
    parameter_count: int      # sum of tensor elements
    file_type: str | None     # "Q4_K_M"; from general.file_type or the dominant tensor type
    context_length: int | None
    chat_template: str | None
    add_bos_token: bool | None
    bos_token: str | None
    eos_token: str | None
    control_tokens: frozenset[str]
    unknown_tensor_types: tuple[int, ...]
    metadata: dict[str, Any] = field(repr=False, default_factory=dict)

    @property
    def has_chat_template(self) -> bool:
        return bool(self.chat_template and self.chat_template.strip())

    @property
    def parameters_label(self) -> str:
        """"135M", "1.5B": the size label when the file has one, else estimated."""
        if self.size_label:
            return self.size_label
        n = self.parameter_count
        if n >= 1e9:
            return f"{n / 1e9:.1f}B".replace(".0B", "B")
        return f"{max(1, round(n / 1e6))}M"


class _Truncated(Exception):
    pass


class _Reader:
    """Sequential little-endian reads that never go past the end of the file."""

    def __init__(self, stream: BinaryIO, size: int):
        self._f = stream
        self.size = size
        self.pos = 0

    @property
    def left(self) -> int:
        return self.size - self.pos

    def take(self, n: int) -> bytes:
        if n < 0 or n > self.left:
            raise _Truncated(f"needs {n} bytes at offset {self.pos}, {self.left} left")
        data = self._f.read(n)
        if len(data) != n:  # the file shrank under us (USB pulled out)
            raise _Truncated(f"short read at offset {self.pos}")
        self.pos += n
        return data

    def skip(self, n: int) -> None:
        if n < 0 or n > self.left:
            raise _Truncated(f"skip of {n} bytes at offset {self.pos}, {self.left} left")
        self._f.seek(n, 1)
        self.pos += n

    def scalar(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def u32(self) -> int:
        return self.scalar("<I")

    def u64(self) -> int:
        return self.scalar("<Q")

    def string_length(self, limit: int) -> int:
        n = self.u64()
        if n > self.size:  # longer than the whole file: a damaged length, not a short copy
            raise _Corrupt(f"string of {n} bytes at offset {self.pos} in a {self.size}-byte file")
        if n > self.left:
            raise _Truncated(f"string of {n} bytes at offset {self.pos}, {self.left} left")
        if n > limit:
            raise _Corrupt(f"string of {n} bytes at offset {self.pos} exceeds {limit}")
        return n

    def text(self, limit: int) -> str:
        n = self.string_length(limit)
        return self.take(n).decode("utf-8")


class _Corrupt(Exception):
    pass


def read_header(path: str | Path) -> GgufHeader:
    """Parse ``path``'s header and check the tensor data fits in the file.

    Raises GgufError (with a Vietnamese ``user_message``) for anything llama.cpp
    should not be asked to load.
    """
    path = Path(path)
    try:
        with open(path, "rb", buffering=1 << 20) as stream:
            size = path.stat().st_size
            return _parse(path, _Reader(stream, size))
    except GgufError:
        raise
    except _Truncated as exc:
        raise GgufError("truncated", str(exc), path) from exc
    except (_Corrupt, UnicodeDecodeError, struct.error, OverflowError) as exc:
        raise GgufError("corrupt", str(exc), path) from exc
    except OSError as exc:
        raise GgufError("unreadable", str(exc), path) from exc


def _parse(path: Path, r: _Reader) -> GgufHeader:
    if r.size < 4 or r.take(4) != MAGIC:
        raise GgufError("not_gguf", "no GGUF magic", path)
    version = r.u32()
    if version not in SUPPORTED_VERSIONS:
        # A byte-swapped version means a big-endian file; 1 is the pre-2023 layout.
        raise GgufError("unsupported_version", f"version {version}", path)
    tensor_count = r.u64()
    kv_count = r.u64()
    if kv_count > MAX_KV_COUNT or tensor_count > MAX_TENSOR_COUNT:
        raise _Corrupt(f"implausible counts: {tensor_count} tensors, {kv_count} keys")

    scan = _VocabScan()
    meta: dict[str, Any] = {}
    for _ in range(kv_count):
        key = r.text(MAX_KEY_BYTES)
        value_type = r.u32()
        meta[key] = _value(r, value_type, scan if key == "tokenizer.ggml.tokens" else None)

    alignment = meta.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise _Corrupt(f"bad alignment {alignment!r}")

    tensors = _TensorTotals()
    for _ in range(tensor_count):
        tensors.add(r, alignment)
    data_offset = -(-r.pos // alignment) * alignment
    data_end = data_offset + tensors.data_end
    if data_end > r.size:
        raise _Truncated(f"tensor data ends at {data_end}, file has {r.size} bytes")

    architecture = meta.get("general.architecture")
    if not isinstance(architecture, str) or not architecture:
        raise _Corrupt("no general.architecture")

    def _str(key: str) -> str | None:
        value = meta.get(key)
        return value if isinstance(value, str) and value.strip() else None

    def _int(key: str) -> int | None:
        value = meta.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    file_type_code = _int("general.file_type")
    file_type = FILE_TYPES.get(file_type_code) if file_type_code is not None else None
    add_bos = meta.get("tokenizer.ggml.add_bos_token")
    bos_id = _int("tokenizer.ggml.bos_token_id")
    eos_id = _int("tokenizer.ggml.eos_token_id")
    kept = {k: v for k, v in meta.items() if k != "tokenizer.chat_template" and v is not _SKIPPED}
    return GgufHeader(
        path=path, file_size=r.size, version=version, tensor_count=tensor_count,
        alignment=alignment, data_offset=data_offset, data_end=data_end,
        architecture=architecture, name=_str("general.name"),
        size_label=_str("general.size_label"), parameter_count=tensors.parameters,
        file_type=file_type or tensors.dominant_type(),
        context_length=_int(f"{architecture}.context_length"),
        chat_template=_str("tokenizer.chat_template"),
        add_bos_token=add_bos if isinstance(add_bos, bool) else None,
        bos_token=scan.control.get(bos_id) if bos_id is not None else None,
        eos_token=scan.control.get(eos_id) if eos_id is not None else None,
        control_tokens=frozenset(scan.control.values()),
        unknown_tensor_types=tuple(sorted(tensors.unknown_types)),
        metadata=kept,
    )


_SKIPPED = object()  # a value too long to keep; the header walked past it


class _VocabScan:
    """Collects control-looking tokens while walking tokenizer.ggml.tokens."""

    def __init__(self) -> None:
        self.control: dict[int, str] = {}

    def see(self, index: int, raw: bytes) -> None:
        if (len(self.control) < MAX_CONTROL_TOKENS and 2 < len(raw) <= MAX_CONTROL_TOKEN_CHARS
                and raw[:1] in (b"<", b"[") and raw[-1:] in (b">", b"]")):
            self.control[index] = raw.decode("utf-8", "replace")


def _value(r: _Reader, value_type: int, scan: _VocabScan | None = None) -> Any:
    if value_type in _SCALAR_FORMATS:
        return r.scalar(_SCALAR_FORMATS[value_type])
    if value_type == T_STRING:
        n = r.string_length(limit=r.left)
        if n > MAX_KEPT_STRING_BYTES:
            r.skip(n)
            return _SKIPPED
        return r.take(n).decode("utf-8")
    if value_type == T_ARRAY:
        return _array(r, scan)
    raise _Corrupt(f"unknown value type {value_type} at offset {r.pos - 4}")


def _array(r: _Reader, scan: _VocabScan | None) -> Any:
    item_type = r.u32()
    count = r.u64()
    if count > MAX_ARRAY_ITEMS:
        raise _Corrupt(f"array of {count} items")
    if item_type in _SCALAR_FORMATS:
        width = struct.calcsize(_SCALAR_FORMATS[item_type])
        if count * width > r.size:
            raise _Corrupt(f"array of {count}x{width} bytes in a {r.size}-byte file")
        if count * width > r.left:
            raise _Truncated(f"array of {count}x{width} bytes, {r.left} left")
        if count > MAX_KEPT_ARRAY_ITEMS:
            r.skip(count * width)
            return _SKIPPED
        fmt = "<" + _SCALAR_FORMATS[item_type][1] * count
        return list(struct.unpack(fmt, r.take(count * width)))
    if item_type == T_STRING:
        if count * 8 > r.size:  # each item has at least its 8-byte length
            raise _Corrupt(f"string array of {count} items in a {r.size}-byte file")
        if count * 8 > r.left:
            raise _Truncated(f"string array of {count} items, {r.left} bytes left")
        kept: list[str] = []
        for index in range(count):
            n = r.string_length(limit=r.left)
            raw = r.take(n)
            if scan is not None:
                scan.see(index, raw)
            if count <= MAX_KEPT_ARRAY_ITEMS:
                kept.append(raw.decode("utf-8"))
        return kept if count <= MAX_KEPT_ARRAY_ITEMS else _SKIPPED
    if item_type == T_ARRAY:
        # Nested arrays are legal but unused by llama.cpp; walk them for their extent.
        for _ in range(count):
            _array(r, None)
        return _SKIPPED
    raise _Corrupt(f"unknown array item type {item_type} at offset {r.pos - 12}")


class _TensorTotals:
    """Walks tensor infos keeping only totals (no per-tensor list in memory)."""

    def __init__(self) -> None:
        self.parameters = 0
        self.data_end = 0
        self.unknown_types: set[int] = set()
        self._bytes_by_type: dict[str, int] = {}

    def add(self, r: _Reader, alignment: int) -> None:
        name_length = r.string_length(MAX_NAME_BYTES)
        r.skip(name_length)
        n_dims = r.u32()
        if not 1 <= n_dims <= MAX_DIMS:
            raise _Corrupt(f"tensor with {n_dims} dimensions at offset {r.pos - 4}")
        elements = 1
        dims = [r.u64() for _ in range(n_dims)]
        for d in dims:
            elements *= d
        if elements >= 1 << 48:
            raise _Corrupt(f"tensor of {elements} elements")
        ggml_type = r.u32()
        offset = r.u64()
        if offset % alignment:
            raise _Corrupt(f"tensor offset {offset} not aligned to {alignment}")
        self.parameters += elements
        known = GGML_TYPES.get(ggml_type)
        if known is None:
            self.unknown_types.add(ggml_type)
            nbytes = 0  # unknown size: at least the offset must lie in the file
        else:
            type_name, block, block_bytes = known
            if dims[0] % block:
                raise _Corrupt(f"tensor row of {dims[0]} is not a multiple of block {block}")
            nbytes = elements // block * block_bytes
            self._bytes_by_type[type_name] = self._bytes_by_type.get(type_name, 0) + nbytes
        self.data_end = max(self.data_end, offset + nbytes)

    def dominant_type(self) -> str | None:
        if not self._bytes_by_type:
            return None
        return max(self._bytes_by_type.items(), key=lambda kv: kv[1])[0]
