"""The data layer's messages (wz_desktop.domain.text): a Text is its Chinese str everywhere, and
remembers template and arguments so that the window can translate it (no Qt here)."""
from __future__ import annotations

import copy
import pickle

import pytest

from wz_desktop.domain.lifecycle import DispatchInvalid
from wz_desktop.domain.text import SEMICOLON, Joined, Text, joined, msg, render, text_of, word
from wz_desktop.domain.workflow import Call, CallInvalid, WorkflowError, check_call_transition, validate_call
from wz_desktop.domain.records import CallStatus
from wz_desktop.store.errors import NotAllowed, StoreError

ENGLISH = {
    ("Domain", "任务类别“{kind}”无效。"): 'The task kind "{kind}" is not valid.',
    ("Domain", "{field}：{message}"): "{field}: {message}",
    ("Domain", "；"): "; ",
    ("Domain", "、"): ", ",
    ("Domain", "接报时间"): "Received at",
    ("Domain", "请选择信息来源。"): "Please choose the source.",
    ("Domain", "来电不能从“{old}”改为“{new}”。"): 'A call cannot go from "{old}" to "{new}".',
    ("CallStatus", "接报"): "Logged",
    ("CallStatus", "出队"): "Dispatched",
    ("Domain", "坏的"): "{missing}",
}


def english(context: str, text: str) -> str:
    return ENGLISH.get((context, text), text)


def test_a_text_is_its_chinese_string():
    text = msg("任务类别“{kind}”无效。", kind="救援")
    assert isinstance(text, str) and isinstance(text, Text)
    assert text == "任务类别“救援”无效。" and str(text) == "任务类别“救援”无效。"
    assert f"{text}" == "任务类别“救援”无效。" and "救援" in text and text.startswith("任务类别")
    assert hash(text) == hash("任务类别“救援”无效。") and {text: 1}["任务类别“救援”无效。"] == 1
    assert text.template == "任务类别“{kind}”无效。" and text.args == {"kind": "救援"} and text.context == "Domain"
    assert str(WorkflowError(text)) == "任务类别“救援”无效。"
    # braces are written as in str.format, with or without arguments
    assert msg("例如 WZ{{year}}") == "例如 WZ{year}"
    assert msg("{what}：{reason}", what=msg("无法添加队员"), reason="UNIQUE") == "无法添加队员：UNIQUE"


def test_a_text_survives_pickle_and_copy():
    text = msg("{field}：{message}", field=msg("接报时间"), message="请填写")
    for other in (pickle.loads(pickle.dumps(text)), copy.copy(text), copy.deepcopy(text)):
        assert other == text and isinstance(other, Text)
        assert other.template == text.template and other.args == text.args
    listed = joined(["a", msg("接报时间")], SEMICOLON)
    again = pickle.loads(pickle.dumps(listed))
    assert isinstance(again, Joined) and again == "a；接报时间" and render(again, english) == "a; Received at"


def test_render_translates_the_template_and_the_arguments_that_are_texts():
    assert render(msg("任务类别“{kind}”无效。", kind="xx"), english) == 'The task kind "xx" is not valid.'
    status = msg("来电不能从“{old}”改为“{new}”。", old=word("接报", "CallStatus"), new=word("出队", "CallStatus"))
    assert status == "来电不能从“接报”改为“出队”。"
    assert render(status, english) == 'A call cannot go from "Logged" to "Dispatched".'
    assert render(joined(["甲", "乙"]), english) == "甲, 乙"
    # without a Text, or with no translation, or with a translation that cannot be filled in: the text as it is
    assert render("普通的字", english) == "普通的字"
    assert render(ValueError("x"), english) == "x"
    assert render(msg("没有译文 {n}", n=3), english) == "没有译文 3"
    assert render(msg("坏的"), english) == "坏的"
    # Chinese with no translator at all
    assert render(status, lambda context, text: text) == str(status)


def test_the_text_of_an_exception():
    refused = NotAllowed(msg("请选择信息来源。"))
    assert text_of(refused) is refused.args[0] and isinstance(refused, StoreError)
    assert text_of(StoreError("普通")) is None and text_of(KeyError("x")) is None and text_of(None) is None
    call_invalid = CallInvalid({"received_at": msg("请选择信息来源。")})
    assert str(call_invalid) == "接报时间：请选择信息来源。"
    assert render(call_invalid, english) == "Received at: Please choose the source."
    # an exception as an argument is rendered through its own Text
    wrapped = msg("{field}：{message}", field="x", message=call_invalid)
    assert render(wrapped, english) == "x: Received at: Please choose the source."


def test_the_domain_raises_and_returns_texts():
    with pytest.raises(WorkflowError) as caught:
        check_call_transition(CallStatus.LOGGED, CallStatus.DISPATCHED)
    assert isinstance(caught.value.args[0], Text)
    with pytest.raises(WorkflowError) as caught:
        Call(suggested_kind="没有这类")
    assert render(caught.value, english) == 'The task kind "没有这类" is not valid.'
    errors = validate_call(Call())
    assert errors["source"] == "请选择信息来源。" and isinstance(errors["source"], Text)
    assert all(isinstance(v, Text) for v in errors.values())
    invalid = DispatchInvalid({"summary": msg("请选择信息来源。")})
    assert str(invalid) == "事件摘要：请选择信息来源。" and isinstance(text_of(invalid), Text)
