"""GGUF header reading: facts from good files, a clear refusal for bad ones."""

import struct

import pytest

from tests.local_llm.ggufmaker import BASE_KV, header_bytes, with_kv, write_gguf
from tutor.local_llm import gguf as g
from tutor.local_llm.gguf import GgufError, read_header


def test_reads_the_facts_of_a_good_file(tmp_path):
    path = write_gguf(tmp_path / "tiny.gguf")
    h = read_header(path)
    assert h.architecture == "llama"
    assert h.name == "Tiny Test"
    assert h.parameters_label == "1M"
    assert h.file_type == "Q4_K_M"
    assert h.context_length == 4096
    assert h.parameter_count == 256 * 5 + 64 + 256 * 8
    assert h.tensor_count == 3
    assert h.has_chat_template is False
    assert h.bos_token == "<|im_start|>" and h.eos_token == "<|im_end|>"
    assert {"<|im_start|>", "<|im_end|>"} <= h.control_tokens
    assert h.add_bos_token is False
    assert h.data_end <= h.file_size == path.stat().st_size
    assert h.metadata["llama.block_count"] == 2


def test_chat_template_and_all_scalar_types_are_read(tmp_path):
    kv = with_kv(**{
        "tokenizer.chat_template": (g.T_STRING, "{{ messages[0]['content'] }}"),
        "x.u8": (g.T_UINT8, 7), "x.i8": (g.T_INT8, -7), "x.u16": (g.T_UINT16, 700),
        "x.i16": (g.T_INT16, -700), "x.i32": (g.T_INT32, -70000), "x.f32": (g.T_FLOAT32, 0.5),
        "x.u64": (g.T_UINT64, 2**40), "x.i64": (g.T_INT64, -(2**40)), "x.f64": (g.T_FLOAT64, 0.25),
        "x.nested": (g.T_ARRAY, (g.T_ARRAY, [(g.T_UINT8, [1, 2]), (g.T_UINT8, [3])])),
    })
    h = read_header(write_gguf(tmp_path / "t.gguf", kv=kv))
    assert h.has_chat_template and "messages" in h.chat_template
    m = h.metadata
    assert (m["x.u8"], m["x.i8"], m["x.u16"], m["x.i16"], m["x.i32"]) == (7, -7, 700, -700, -70000)
    assert (m["x.f32"], m["x.u64"], m["x.i64"], m["x.f64"]) == (0.5, 2**40, -(2**40), 0.25)
    assert "x.nested" not in m  # walked past, not kept


def test_without_file_type_the_dominant_tensor_type_names_the_quantisation(tmp_path):
    kv = [e for e in BASE_KV if e[0] not in ("general.file_type", "general.size_label")]
    h = read_header(write_gguf(tmp_path / "t.gguf", kv=kv))
    assert h.file_type == "Q8_0"  # output.weight is the biggest tensor
    assert h.parameters_label == "1M"


def test_long_vocabulary_is_walked_not_kept(tmp_path):
    tokens = ["<bos>", "<eos>"] + [f"w{i}" for i in range(5000)] + ["<start_of_turn>"]
    kv = with_kv(**{"tokenizer.ggml.tokens": (g.T_ARRAY, (g.T_STRING, tokens)),
                    "tokenizer.ggml.bos_token_id": (g.T_UINT32, 0),
                    "tokenizer.ggml.eos_token_id": (g.T_UINT32, 1)})
    h = read_header(write_gguf(tmp_path / "t.gguf", kv=kv))
    assert "tokenizer.ggml.tokens" not in h.metadata
    assert "<start_of_turn>" in h.control_tokens
    assert (h.bos_token, h.eos_token) == ("<bos>", "<eos>")


def _refusal(path) -> GgufError:
    with pytest.raises(GgufError) as info:
        read_header(path)
    err = info.value
    assert err.user_message and err.user_message != err.log_message
    return err


def test_non_gguf_is_refused(tmp_path):
    for name, content in (("empty.gguf", b""), ("text.gguf", b"xin chao, day la van ban"),
                          ("zip.gguf", b"PK\x03\x04" + b"\0" * 100)):
        err = _refusal(_write(tmp_path / name, content))
        assert err.kind == "not_gguf"
        assert "không phải" in err.user_message


def _write(path, content: bytes):
    path.write_bytes(content)
    return path


def test_truncated_file_is_refused(tmp_path):
    good = write_gguf(tmp_path / "good.gguf").read_bytes()
    header, _ = header_bytes()
    for cut in (len(good) - 1, len(header) + 10, len(header) - 20, 30, 10):
        err = _refusal(_write(tmp_path / f"cut{cut}.gguf", good[:cut]))
        assert err.kind in ("truncated", "corrupt"), cut
    # Cut inside the tensor data: the header is intact but the data is short.
    assert _refusal(_write(tmp_path / "short.gguf", good[:-1])).kind == "truncated"
    assert "chép" in _refusal(tmp_path / "short.gguf").user_message


def test_unsupported_versions_are_refused(tmp_path):
    for version in (1, 4, 0x03000000):  # ancient, future, big-endian
        err = _refusal(write_gguf(tmp_path / f"v{version}.gguf", version=version))
        assert err.kind == "unsupported_version"


def _flip(path, offset: int, value: int):
    data = bytearray(path.read_bytes())
    data[offset] = value
    path.write_bytes(bytes(data))
    return path


def test_flipped_header_bytes_are_refused(tmp_path):
    good = write_gguf(tmp_path / "good.gguf")
    raw = good.read_bytes()
    key_type_at = 4 + 4 + 8 + 8 + 8 + len("general.architecture")  # value type of the first key
    cases = {
        "magic": (0, ord("X")),
        "kv count high byte": (4 + 4 + 8 + 7, 0x7F),
        "tensor count": (4 + 4 + 3, 0x10),
        "first key length high byte": (24 + 6, 0x40),
        "value type": (key_type_at, 0xEE),
        "architecture key spelling": (24 + 8 + 1, ord("X")),  # "gXneral.architecture"
    }
    for label, (offset, value) in cases.items():
        assert raw[offset] != value, label
        path = tmp_path / f"{label}.gguf"
        path.write_bytes(raw)
        err = _refusal(_flip(path, offset, value))
        assert err.kind == ("not_gguf" if label == "magic" else "corrupt"), label


def test_corrupt_tensor_info_is_refused(tmp_path):
    too_many_dims = [("t", (1, 1, 1, 1, 1), 0)]
    assert _refusal(write_gguf(tmp_path / "dims.gguf", tensors=too_many_dims)).kind == "corrupt"
    header, _ = header_bytes(tensors=[("t", (32,), 0)])
    # Overwrite the tensor's ggml type (4 bytes before its 8-byte offset at the end
    # of the tensor info) with an unknown one: reported, not fatal.
    at = header.rindex(b"t" + struct.pack("<I", 1)) + 1 + 4 + 8
    data = bytearray(header + b"\0" * 128)
    data[at:at + 4] = struct.pack("<I", 200)
    h = read_header(_write(tmp_path / "unknown.gguf", bytes(data)))
    assert h.unknown_tensor_types == (200,)


def test_a_huge_declared_count_cannot_exhaust_memory(tmp_path):
    kv = with_kv(**{"tokenizer.ggml.tokens": (g.T_ARRAY, (g.T_STRING, ["a"]))})
    header, _ = header_bytes(kv=kv)
    marker = struct.pack("<IQ", g.T_STRING, 1)
    at = header.index(marker) + 4
    data = bytearray(write_gguf(tmp_path / "t.gguf", kv=kv).read_bytes())
    data[at:at + 8] = struct.pack("<Q", 2**40)
    err = _refusal(_write(tmp_path / "huge.gguf", bytes(data)))
    assert err.kind == "corrupt"


def test_unreadable_path_gets_a_message(tmp_path):
    err = _refusal(tmp_path / "missing.gguf")
    assert err.kind == "unreadable"
