"""The sentences a Chinese version-2 memo composes (issue 16): the question, the short answer's
wording by kind, the facts relied on and their source, answers in Chinese words. Chinese word
order differs from the English, so these are their own templates, not a translation of the
English strings piece by piece; the fixed phrases live in `memos/words_zh.py`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from forms.countries import load_countries
from memos import labels
from memos.fact_labels import FACTS, OPTIONS
from memos.words import words_for

ZH = words_for("zh")

# House style where it differs from the names in forms/data/countries.json.
COUNTRY_NAMES = {"CN": "中国大陆", "TW": "中国台湾"}
YES_NO = {"yes": "是", "no": "否", "unknown": "不详"}

KIND_WORDING: dict[str, dict[str, str]] = {
    "departure": {
        "proceed": "无异议：离职安排可按计划完成。",
        "proceed_with_conditions": "离职可以进行；请于所示日期前完成下列条件。",
    },
    "travel": {
        "proceed": "本次出差可以进行。",
        "proceed_with_conditions": "于所示日期前满足下列条件后，本次出差可以进行。",
        "hold_pending_approval": "在取得下列审批之前，不得预订或开始行程。",
        "do_not_proceed": "本次出差不得按拟议方案进行。",
    },
    "secondment": {
        "proceed": "本次派驻可以开始。",
        "proceed_with_conditions": "于所示日期前满足下列条件后，本次派驻可以开始。",
        "hold_pending_approval": "在取得下列审批之前，不得开始派驻或安排当事人出境。",
        "do_not_proceed": "本次派驻不能按拟议方案进行。",
    },
    "collaboration": {
        "proceed": "本次合作可以进行。",
        "proceed_with_conditions": "于所示日期前满足下列条件后，本次合作可以进行。",
        "hold_pending_approval": "在取得下列审批之前，不得开始合作，亦不得据此提供任何技术或资料。",
        "do_not_proceed": "本次合作不能按拟议方案进行；不得据此提供任何技术或资料。",
    },
}
_WHAT_IS_HELD = (
    "在取得下列审批之前暂缓的是：超出当事人现已掌握范围的技术、数据和资料的交付；由委托方控制或"
    "协助的、向下一任雇主的任何交接或为其开展的任何工作；以及当事人任何须经审批的出境。"
)
RESIGNATION_HOLD = (
    "辞职依其自身条件生效：劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同（《劳动合同法》"
    "第三十七条），委托方既不能拒绝，也不能中止。" + _WHAT_IS_HELD
)
OTHER_DEPARTURE_HOLD = (
    "解除劳动合同、退休或调动依其自身程序进行；本次审查不中止该程序。" + _WHAT_IS_HELD
)
DEPARTURE_STOP = (
    "委托方不得按拟议方案批准、协助或资助本次流动（见阻断性事项）。这并不阻止辞职生效（《劳动合同法》"
    "第三十七条）：其含义是委托方不交付任何技术、数据或资料，书面告知当事人相关法律限制，并采取"
    "所列措施。"
)
ACCESS_NOUNS = {
    "access.core_source_code": "核心源代码",
    "access.training_data": "训练数据",
    "access.model_weights": "模型权重",
    "access.experiment_records": "实验记录",
    "access.unpublished_capabilities": "未公开的模型能力",
    "access.chip_design": "芯片设计文件",
    "access.important_data": "重要数据",
    "access.personal_information": "个人信息",
}


def country(code: str) -> str:
    """`DE` -> `德国`; an unknown code is printed as given."""
    upper = code.strip().upper()
    known = load_countries().get(upper)
    return COUNTRY_NAMES.get(upper) or (known.zh if known and known.zh else upper)


def format_answer(fact_id: str, value: Any, options: Mapping[str, str] | None = None) -> str:
    """An answer in Chinese: 是/否/不详, the form's Chinese option labels (`options`, from the
    matter's definition), dates as 2026年11月30日, countries by their Chinese names."""
    kind = FACTS[fact_id][1] if fact_id in FACTS else ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(format_answer(fact_id, v, options) for v in value) or "无"
    if isinstance(value, int | float):
        return f"{value:,}"
    text = str(value)
    if text in YES_NO:
        return YES_NO[text]
    if kind == "country":
        return country(text)
    if kind == "date" or (kind == "" and len(text) == 10 and text[4:5] == "-"):
        return ZH.date(text)
    labelled = (options if options is not None else OPTIONS.get(fact_id, {})).get(text)
    if labelled is not None:
        return labelled
    if kind in ("choice", "multi"):
        return labels.humanise(text)
    return text


def kind_wording(kind: str, recommendation: str, answers: Mapping[str, Any]) -> str:
    if kind == "departure" and recommendation == "hold_pending_approval":
        reason = str(answers.get("departure.reason") or "")
        return RESIGNATION_HOLD if reason == "resignation" else OTHER_DEPARTURE_HOLD
    if kind == "departure" and recommendation == "do_not_proceed":
        return DEPARTURE_STOP
    wording = KIND_WORDING.get(kind, {}).get(recommendation)
    return wording or ZH.sentence(ZH.recommendation(recommendation))


class _Answers:
    """The matter's answers in Chinese words, "" for unanswered or unknown."""

    def __init__(self, answers: Mapping[str, Any], options: Mapping[str, Mapping[str, str]]):
        self.answers, self.options = answers, options

    def __call__(self, fact: str) -> str:
        value = self.answers.get(fact)
        if value is None or value == "" or value == "unknown":
            return ""
        return format_answer(fact, value, self.options.get(fact) or None)


def compose_question(kind: str, answers: Mapping[str, Any], client: str,
                     options: Mapping[str, Mapping[str, str]]) -> str:
    a = _Answers(answers, options)
    name = str(answers.get("person.name") or "当事人")
    where = a("destination.country")
    org = a("destination.organization") or a("secondment.host")
    who = client or "委托方"
    if kind == "departure":
        last = a("departure.last_day")
        join = f"，拟加入{where}的{org}" if org and where else (f"，拟加入{org}" if org else "")
        when = f"，最后工作日为{last}" if last else ""
        return (f"{name}拟离职{join}{when}。根据中国出口管制、国家秘密、出入境、数据及商业秘密相关"
                f"规定，{who}应当采取哪些措施、不得从事哪些行为，并应于何时完成？")
    target = (where or "") + (("的" if where else "") + org if org else "")
    if kind == "travel":
        start, end = a("travel.depart_on"), a("travel.return_on")
        span = f"（{start}至{end}）" if start and end else (f"（{start}出发）" if start else "")
        to = f"赴{target}" if target else ""
        return f"{name}拟{to}出境出差{span}，是否可以进行？如可以，应满足哪些条件？"
    if kind == "secondment":
        start = a("secondment.start")
        since = f"自{start}起" if start else ""
        return (f"{name}拟{since}派驻{target or '境外'}，是否可以进行？"
                "如可以，应满足哪些条件？")
    if kind == "collaboration":
        start = a("collab.start_date")
        since = f"（自{start}起）" if start else ""
        with_ = f"与{target}" if target else ""
        return (f"{who}拟{with_}开展涉及{name}的境外合作{since}，是否可以进行？"
                "如可以，应满足哪些条件？")
    return f"{name}的拟议安排是否可以进行？如可以，应满足哪些条件？"


def tier_words(level: int | None) -> str:
    """`一级——关键知识载体` -> `一级知识层级（关键知识载体）`."""
    if level is None:
        return "尚未确定知识层级"
    head, _, tail = ZH.tier(level).partition("——")
    return f"{head}知识层级（{tail}）" if tail else head


def facts_narrative(kind: str, answers: Mapping[str, Any], tier_level: int | None, client: str,
                    options: Mapping[str, Mapping[str, str]]) -> str:
    a = _Answers(answers, options)
    name = str(answers.get("person.name") or "当事人")
    role = "，".join(x for x in (a("person.title"), a("person.department")) if x)
    first = name + (f"（{role}）" if role else "")
    if answers.get("person.nationality"):
        first += f"，国籍为{country(str(answers['person.nationality']))}"
    first += f"，任职于{client}" if client else ""
    first += f"，经评估属于{tier_words(tier_level)}。"
    sentences = [first]
    org = a("destination.organization") or a("secondment.host")
    org_type = a("destination.org_type")
    place = a("destination.country")
    counterparty = org + (f"（{org_type}）" if org and org_type else "")
    at = f"{place}的{counterparty}" if place and counterparty else (counterparty or place)
    if kind == "departure":
        reason = a("departure.reason")
        last = a("departure.last_day")
        nxt = a("departure.next_step")
        line = f"本次离职的事由为{reason}" if reason else "当事人拟离职"
        line += f"，最后工作日为{last}" if last else ""
        line += f"；后续去向：{nxt}" if nxt else ""
        line += f"，将加入{at}" if counterparty else (f"，前往{place}" if place else "")
        sentences.append(line + "。")
    elif kind == "travel":
        purpose = a("travel.purpose")
        start, end = a("travel.depart_on"), a("travel.return_on")
        line = "本次出差" + (f"的目的为{purpose}" if purpose else "")
        line += f"，对接方为{at}" if counterparty else (f"，目的地为{place}" if place else "")
        line += f"，行程自{start}至{end}" if start and end else (f"，{start}出发" if start else "")
        sentences.append(line + "。")
    elif kind == "secondment":
        start, end = a("secondment.start"), a("secondment.end")
        line = "本次派驻" + (f"的接收单位为{at}" if at else "")
        line += f"，期间自{start}至{end}" if start and end else (f"，自{start}起" if start else "")
        sentences.append(line + "。")
    elif kind == "collaboration":
        start = a("collab.start_date")
        line = "本次合作" + (f"的合作方为{at}" if at else "")
        line += f"，自{start}起" if start else ""
        sentences.append(line + "。")
    reach = [noun for fid, noun in ACCESS_NOUNS.items() if answers.get(fid) == "yes"]
    if reach:
        sentences.append(f"当事人可接触{ZH.join(reach)}。")
    if answers.get("tech.areas"):
        sentences.append(f"所涉技术领域包括{a('tech.areas')}。")
    secrets = answers.get("secrets.level")
    if secrets and secrets not in ("none", "unknown"):
        sentences.append(f"当事人为涉密人员（{a('secrets.level')}）。")
    return "".join(sentences)


def facts_source(revision: int | None, saved_at: str, saved_by: str) -> str:
    if revision is None:
        return "尚未记录任何信息采集回答。"
    who = f"由{saved_by}" if saved_by else ""
    return (f"来源：信息采集记录第{revision}版，{who}于{ZH.date(saved_at[:10])}记录。"
            "上述事实未经独立核实。")


def due_words(due: Any, approximate: bool, overdue: bool) -> str:
    if due == "unknown":
        return ZH("unknown_due")
    if not due:
        return ZH("no_set_date")
    try:
        text = ZH.date(dt.date.fromisoformat(str(due)).isoformat())
    except ValueError:
        text = str(due)
    if approximate:
        text += ZH("approx_suffix")
    if overdue:
        text += ZH("overdue_suffix")
    return text


def assumption_text(unknown: bool, text: str) -> str:
    """What `memo draft --assume-missing` adopts in a Chinese memo, for counsel to edit."""
    return f"{'回答为“不详”' if unknown else '未回答'}，有待确认：{text}"

