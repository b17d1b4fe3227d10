"""The Chinese phrasebook of the version-2 memo: the same keys as `memos/words_en.py`, written
as PRC in-house counsel write a 审查备忘录 (terms fixed in docs/glossary-zh.md). Full-width
punctuation; no space between Chinese and digits."""

from __future__ import annotations

SECTION_TITLES = (
    "一、问题与简要结论",
    "二、所依据的事实",
    "三、假设与待定事项",
    "四、分领域分析",
    "五、行动计划",
    "六、审批与签署",
    "七、范围与限制",
    "附录A　问题与回答",
    "附录B　法律依据",
    "附录C　审查清单记录",
)

PHRASES: dict[str, str] = {
    # Heading block and page furniture
    "memorandum": "法律审查备忘录",
    "to": "收件人",
    "from": "发件人",
    "date": "日期",
    "re": "事由",
    "reference": "事项编号",
    "basis": "审查依据",
    "state_signed": "已签署",
    "state_partly_signed": "草稿——已拟稿签署，尚未定稿",
    "state_draft": "草稿——未签署",
    "reference_line": "{reference}，第{version}版（{state}）",
    "policy_basis": "依据审查规则第{version}版评估",
    "law_as_of": "法律截至{date}",
    "basis_separator": "；",
    "footer": "{reference} · 第{version}版 · SHA-256 {fingerprint}",
    "page_of": "第{page}页，共{pages}页",
    "draft_mark": "草稿",
    # 1 Question and short answer
    "question_line": "<b>问题：</b>{text}",
    "short_answer_line": "<b>简要结论：</b>{text}",
    "tier_suffix": " · <b>知识层级：</b>{tier}",
    "override_line": (
        "<b>审查建议（法务人员改定）：</b>{counsel} · <b>系统评估建议：</b>{computed}{tier}"
    ),
    "override_reason_line": "<b>改定理由：</b>{reason}（{author}，{date}）",
    "recommendation_line": "<b>审查建议：</b>{recommendation}{tier}",
    "held_line": "<b>暂缓事项：</b>第五部分所列下列事项的措施：{items}",
    "conditional_line": "<b>所附条件：</b>第五部分所列下列事项的措施：{items}",
    "list_separator": "；",
    "approve": "由另一名法务人员审核、并由有权限的法务人员批准本备忘录（见第六部分）",
    "approve_owners": "；所需措施分别由{owners}负责（见第五部分）",
    "approve_line": "<b>审批要求：</b>{text}",
    "lifts_line": (
        "<b>解除条件：</b>所列各事项均标记为已完成，或经说明理由标记为不适用，并由法务人员记录"
        "解除。"
    ),
    # 2 Facts relied on
    "summary_line": "<b>法务人员摘要：</b>{text}",
    "no_summary": "法务人员尚未撰写摘要。",
    "full_record": "问题与回答的完整记录见附录A。",
    # 3 Assumptions
    "nothing_assumed": "全部必答问题均已回答，本备忘录未作任何假设。",
    "assumes": "本意见基于以下假设；各项假设均有待确认，如实际情况不同，结论可能随之改变：",
    "open_points": (
        "待定事项：法务人员尚未就下列必答问题作出假设。在各项问题获得回答或作出假设之前，本意见"
        "不能定稿。"
    ),
    "unknown_lead": "回答为“不详”，且有结论以此为前提：",
    "unanswered_lead": "未回答：",
    # 4 Analysis
    "law_us": "美国法；须经具有美国执业资格的律师确认",
    "law_prc": "中国法",
    "area_heading": "4.{n} {area}（{law}）",
    "decision_meta": "处理决定：{decision}",
    "blocking_meta": "<b>阻断性</b>",
    "basis_line": "<b>法律依据：</b>{cites}",
    "note_line": "<b>法务人员意见：</b>{note}",
    "to_confirm_line": "<b>待确认：</b>本结论以回答为“不详”的下列事实为前提：{facts}",
    "press_caveat": (
        "本事项部分依据媒体报道（路透社援引彭博社，2026年5月26日），即部分人工智能研究人员出境前"
        "须经审批。该措施仅见于报道，未经核实，亦无公开的实施文件。应将其作为需向公司及主管机关"
        "核实的做法，而非法律规定。"
    ),
    "no_items": "根据已回答的事实，未触发任何审查事项。",
    "comments_line": "<b>法务人员补充意见：</b>{note}",
    "reported_unverified": "（仅见报道，未经核实）",
    "not_verified": "（未经官方文本核对）",
    # 5 Action plan
    "no_actions": "审查清单未产生需采取的措施。",
    "actions_intro": (
        "以下为审查清单要求采取的全部措施，按截止日期先后排列。除状态另有说明外，各项措施均有待"
        "落实。"
    ),
    "col_number": "序号",
    "col_action": "措施",
    "col_owner": "责任部门",
    "col_due": "截止日期",
    "col_status": "状态",
    "evidence_line": "<br/>证明材料：{evidence}",
    "approx_note": "* 约数：按周一至周五计算工作日，未扣除法定节假日。",
    # 6 Approvals and sign-off
    "signoff_intro": (
        "由拟稿法务人员以拟稿人身份签署，另一名法务人员审核，并由有权限的法务人员批准；拟稿人不"
        "得审核或批准同一版本。"
    ),
    "signoff_draft": "本版本为草稿：尚未签署，不构成已出具的法律意见。",
    "waiver": "单人豁免：保险库设置允许拟稿人审核或批准同一版本；该豁免已记入保险库审计记录。",
    "col_capacity": "签署身份",
    "col_name": "姓名及职务",
    "col_signed": "签署时间（UTC）",
    "col_certificate": "证书",
    "col_signature": "签名",
    "wet_ink": "签名：____________________",
    "digitally_signed": "已数字签名（PDF签名）",
    # 7 Scope and limits
    "scope_first": (
        "本备忘录仅涉及以下法域的法律：{laws}{as_of}；对其他任何法律不发表结论。所引用的法律依据"
        "列于附录B。"
    ),
    "as_of": "，截至{date}",
    "as_of_its_date": "，截至本备忘录日期",
    "prc": "中华人民共和国",
    "us_export_only": "美国（仅限出口管制）",
    # The signed memo's fingerprint block (the English memo prints memos.sections' own)
    "fingerprint_title": "<b>备忘录指纹</b>（备忘录内容的SHA-256值，不含签名）",
    "fingerprint_note": "纸质文本可扫描二维码，或将本指纹与存档的已签署版本比对，以核验其一致性。",
    "history_title": "<b>签署时的保险库审计记录</b>（{events}条审计事件）",
    # Appendix A
    "tier_decided_by": "知识层级：{tier}。判定依据：",
    "col_question": "问题",
    "col_answer": "回答",
    "no_intake": "尚未记录任何信息采集回答。",
    "unanswered_once": "未回答的问题已在第三部分一并列明。",
    "questions_not_answered": "未回答的问题",
    # Appendix B
    "paraphrase_note": (
        "下列摘要系为便于理解而作的概括，并非对相关法律文件的引用；援引任何条款前，请查阅官方"
        "文本。条文原文（如有）以引号标明。媒体报道仅作为需核实的做法引用，不作为法律。"
    ),
    "no_bases": "本备忘录未引用法律依据。",
    "ref_id": "编号 {id}",
    "provision": "条款：{article}",
    "in_force": "施行日期：{date}",
    "source": "来源：{source}",
    "meta_separator": " · ",
    "unverified_report": "<b>未经核实的报道，不构成法律</b>",
    "unverified_law": "<b>未经官方文本核对</b>",
    "provision_text": "<b>条文：</b>“{text}”",
    "provision_source": "条文引自：{source}",
    # Appendix C
    "checklist_empty": "审查清单为空：未触发任何事项。",
    "col_item": "审查事项",
    "col_severity": "严重程度",
    "col_decision": "处理决定",
    "item_note": "<br/><i>意见：</i>{note}",
    "item_evidence": "<br/><i>证明材料：</i>{evidence}",
    "no_longer_applies": "<br/><i>因回答变更已不再适用；保留备查。</i>",
    "blocking_cell": "<br/><b>阻断性</b>",
    # Composed sentences (memos.compose_v2)
    "unknown_due": "不详——须确定日期",
    "no_set_date": "未设定日期",
    "approx_suffix": "（约）*",
    "overdue_suffix": "——已逾期",
    "to_assign": "待指定",
    "open_facts_prefix": "可以进行，但以所列待定事实为前提。",
    "disclaimer": (
        "本备忘录系根据其中所述、截至所示日期记录的事实，以及截至所示日期的法律，向收件人提供的"
        "意见。本备忘录并非向被审查人员或任何其他人提供的意见；如事实发生变化或与所述不符，不得"
        "依赖本备忘录。本备忘录不涉及税务、移民事项，亦不涉及所列法域以外任何法域的法律。"
    ),
    "us_counsel_note": "有关美国法的结论仅供参考，须经具有美国执业资格的律师确认后方可依赖。",
    "addressee": "{client}法务合规部",
    "us_privilege_legend": "特权保密文件——律师与委托人间的保密通信／律师工作成果（依美国法）",
}

OWNERS = {
    "legal": "法务",
    "hr": "人力资源",
    "security": "保密与安全",
    "it": "信息技术",
    "management": "管理层",
    "the_person": "当事人",
}

DECISIONS = {
    "open": "待处理——尚未作出决定",
    "done": "已完成",
    "not_applicable": "不适用",
    "escalated": "已上报",
}

CAPACITIES = {"prepared": "拟稿", "reviewed": "审核", "approved": "批准"}

RECOMMENDATIONS = {
    "proceed": "可以进行",
    "proceed_with_conditions": "附条件进行",
    "hold_pending_approval": "暂缓，待审批",
    "do_not_proceed": "不予进行",
}

TIERS = {
    1: "一级——关键知识载体",
    2: "二级——接触敏感信息",
    3: "三级——一般员工",
}
TIER_UNKNOWN = "尚未确定"

SEVERITIES = {"info": "提示", "caution": "注意", "high": "高", "critical": "严重"}

STATUSES = {"open": "待处理", "done": "已完成", "not_applicable": "不适用", "escalated": "已上报"}

AREAS = {
    "export control": "出口管制",
    "state secrets": "国家秘密",
    "exit and entry": "出入境",
    "data export": "数据出境",
    "trade secrets": "商业秘密",
    "employment": "劳动用工",
    "US export control": "美国出口管制",
    "capital markets": "资本市场",
}

# The CJK font has a single weight, so a bold Chinese label would print like the text after it:
# a Chinese memo's run-in labels (问题：, 简要结论： …) are set bold and in the heading colour.
_LABEL_OPEN, _LABEL_CLOSE = '<b><font color="#1F2A44">', "</font></b>"
PHRASES = {
    key: text.replace("<b>", _LABEL_OPEN).replace("</b>", _LABEL_CLOSE)
    for key, text in PHRASES.items()
}
