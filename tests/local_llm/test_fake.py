"""FakeLLM and NoModel: the stand-ins UI tests drive instead of a real model."""

import threading

import pytest

from tutor.cancel import CancelToken
from tutor.local_llm import protocol
from tutor.local_llm.api import GenerationRequest, LLMError
from tutor.local_llm.engine import open_llm
from tutor.local_llm.fake import FakeLLM, NoModel, split_pieces

REQ = GenerationRequest.chat("Xin chào", max_tokens=50)


def test_fake_streams_the_scripted_answer_piece_by_piece():
    llm = FakeLLM(["AI là chương trình máy tính.", ["Một ", "hai"]])
    pieces = []
    first = llm.generate(REQ, pieces.append)
    assert first.text == "AI là chương trình máy tính." and first.finish_reason == "stop"
    assert pieces == ["AI", " là", " chương", " trình", " máy", " tính."]
    assert llm.generate(REQ).text == "Một hai"
    assert llm.generate(REQ).text == "Một hai"  # the last entry repeats
    assert llm.requests == [REQ, REQ, REQ]


def test_fake_respects_max_tokens():
    result = FakeLLM(["một hai ba bốn năm"]).generate(GenerationRequest.chat("x", max_tokens=2))
    assert result.text == "một hai" and result.finish_reason == "length"


def test_fake_raises_scripted_errors():
    llm = FakeLLM([LLMError(protocol.WORKER_CRASHED, "boom"), "ổn rồi"])
    with pytest.raises(LLMError) as info:
        llm.generate(REQ)
    assert info.value.code == protocol.WORKER_CRASHED
    assert "Thử lại" in info.value.user_message
    assert llm.generate(REQ).text == "ổn rồi"


def _run_in_thread(llm, **kwargs):
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("result", llm.generate(REQ, **kwargs)))
    thread.start()
    return thread, box


def test_fake_holds_mid_answer_until_stopped():
    llm = FakeLLM(["một hai ba bốn"], hold_after=2)
    pieces = []
    thread, box = _run_in_thread(llm, on_token=pieces.append)
    assert llm.holding.wait(5)
    assert pieces == ["một", " hai"]
    llm.stop()
    thread.join(5)
    assert box["result"].stopped and box["result"].text == "một hai"


def test_fake_hold_released_finishes_and_cancel_stops():
    llm = FakeLLM(["một hai ba"], hold_after=1)
    thread, box = _run_in_thread(llm)
    assert llm.holding.wait(5)
    llm.release()
    thread.join(5)
    assert box["result"].text == "một hai ba" and not box["result"].stopped

    cancel = CancelToken()
    thread, box = _run_in_thread(llm, cancel=cancel)
    assert llm.holding.wait(5)
    cancel.cancel()
    thread.join(5)
    assert box["result"].stopped and box["result"].text == "một"


def test_split_pieces_round_trips():
    for text in ("", "một", "  hai  ba ", "dòng 1\n- dòng 2\n"):
        assert "".join(split_pieces(text)) == text


def test_no_model_explains_itself():
    llm = NoModel()
    assert not llm.available
    with pytest.raises(LLMError) as info:
        llm.generate(REQ)
    assert info.value.code == protocol.NO_MODEL
    assert "chưa có mô hình" in info.value.user_message
    llm.stop()
    llm.close()


def test_open_llm_without_a_model_file_gives_no_model(tmp_path):
    assert isinstance(open_llm(None), NoModel)
    assert isinstance(open_llm(tmp_path / "missing.gguf"), NoModel)


def test_requests_are_validated():
    with pytest.raises(ValueError):
        GenerationRequest()
    with pytest.raises(ValueError):
        GenerationRequest.chat("x", max_tokens=0)
    with pytest.raises(ValueError):
        GenerationRequest(prompt="x", messages=REQ.messages)
