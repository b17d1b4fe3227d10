<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>This vault&apos;s history has changed</source>
        <translation>本保险库的审计记录已发生变化</translation>
    </message>
    <message>
        <source>Outbound found that {0}.

If you did not restore an older backup, treat this vault as tampered with: keep it unchanged and compare it with the signed memos and bundles you hold (outbound vault check --against FILE).

If you restored an older backup on purpose, the matters and events made after it are not in this vault: recover them from a later backup or from exported case bundles.

Did you restore this vault on purpose, and should Outbound stop warning about it? (Your answer Yes is recorded in the vault&apos;s audit trail.)</source>
        <translation>Outbound 发现：{0}。

如果您没有恢复过较早的备份，请将本保险库视为已被篡改：保持原样，不作任何改动，并与您持有的已签署备忘录和案卷包进行核对（outbound vault check --against 文件）。

如果您是有意恢复较早的备份，该备份之后形成的事项和记录不在本保险库中：请从较新的备份或已导出的案卷包中找回。

您是否有意恢复了本保险库，并希望 Outbound 不再就此发出警告？（选择“是”将记入本保险库的审计记录。）</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Not attached</source>
        <translation>未添加附件</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>No attachments yet.

Drop contracts, NDAs, approvals and other evidence here, or use “Add files…”. Files are copied into the encrypted vault.</source>
        <translation>尚无附件。

可将合同、保密协议、审批文件等证明材料拖放到此处，或使用“添加文件…”。文件将复制到加密保险库中。</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Drop files here to add them to the vault.</source>
        <translation>将文件拖放到此处，即可添加到保险库。</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>添加附件</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into the vault…</source>
        <translation>
            <numerusform>正在将 %n 个文件复制到保险库…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open outside the vault?</source>
        <translation>在保险库外打开？</translation>
    </message>
    <message>
        <source>“{0}” will be written unencrypted to a private temporary folder so another application can open it. The copy is deleted when the vault locks or Outbound quits, but the other application may keep its own copies.</source>
        <translation>“{0}”将以未加密形式写入一个私有临时文件夹，以便其他应用程序打开。保险库锁定或 Outbound 退出时，该副本即被删除，但其他应用程序可能会自行保留副本。</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove {0} from this matter? Checklist items lose them as evidence. The removal is recorded in the history.</source>
        <translation>是否从本事项中移除{0}？相关审查事项将不再以其作为证明材料。移除操作将记入审计记录。</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Chart of the counts</source>
        <translation>数量图表</translation>
    </message>
</context>
<context>
    <name>BundleDialogs</name>
    <message>
        <source>Decryption</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>Archive safety</source>
        <translation>压缩包安全性</translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation>案卷包格式</translation>
    </message>
    <message>
        <source>Export details</source>
        <translation>导出信息</translation>
    </message>
    <message>
        <source>File hashes</source>
        <translation>文件哈希值</translation>
    </message>
    <message>
        <source>File count and size</source>
        <translation>文件数量和大小</translation>
    </message>
    <message>
        <source>Bundle records</source>
        <translation>案卷包记录</translation>
    </message>
    <message>
        <source>Matter data is well formed</source>
        <translation>事项数据格式正确</translation>
    </message>
    <message>
        <source>Records agree with each other</source>
        <translation>记录相互一致</translation>
    </message>
    <message>
        <source>Audit history chain</source>
        <translation>审计记录哈希链</translation>
    </message>
    <message>
        <source>Answers, forms and memos make sense</source>
        <translation>回答、表单和备忘录内容合理</translation>
    </message>
    <message>
        <source>Memo sign-offs</source>
        <translation>备忘录签署</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Opened with the transport passphrase.</source>
        <translation>已使用传输口令打开。</translation>
    </message>
    <message>
        <source>The archive is safe to read.</source>
        <translation>压缩包可安全读取。</translation>
    </message>
    <message>
        <source>A bundle format this version of Outbound reads.</source>
        <translation>本版本 Outbound 可读取的案卷包格式。</translation>
    </message>
    <message>
        <source>It states who exported it and when.</source>
        <translation>载明了导出人和导出时间。</translation>
    </message>
    <message>
        <source>Every file matches the hash recorded at export.</source>
        <translation>每个文件均与导出时记录的哈希值相符。</translation>
    </message>
    <message>
        <source>The number of files and their total size match.</source>
        <translation>文件数量及总大小相符。</translation>
    </message>
    <message>
        <source>The bundle&apos;s own records match the hashes recorded at export.</source>
        <translation>案卷包自身的记录与导出时记录的哈希值相符。</translation>
    </message>
    <message>
        <source>The matter data is complete and well formed.</source>
        <translation>事项数据完整且格式正确。</translation>
    </message>
    <message>
        <source>The records agree with each other.</source>
        <translation>各项记录相互一致。</translation>
    </message>
    <message>
        <source>The audit history is unbroken.</source>
        <translation>审计记录完整无断裂。</translation>
    </message>
    <message>
        <source>Signed by the key shown above.</source>
        <translation>由上方所示密钥签名。</translation>
    </message>
    <message>
        <source>The answers, forms and memo versions are ones Outbound can use.</source>
        <translation>回答、表单和备忘录版本均可由 Outbound 使用。</translation>
    </message>
    <message>
        <source>Each memo sign-off was checked against the memo&apos;s PDF signature.</source>
        <translation>每项备忘录签署均已与该备忘录的 PDF 签名核对。</translation>
    </message>
    <message>
        <source>It could not be opened with the passphrase.</source>
        <translation>无法使用该口令打开。</translation>
    </message>
    <message>
        <source>The archive is damaged or unsafe to read.</source>
        <translation>压缩包已损坏或无法安全读取。</translation>
    </message>
    <message>
        <source>Not a bundle format this version of Outbound reads.</source>
        <translation>不是本版本 Outbound 可读取的案卷包格式。</translation>
    </message>
    <message>
        <source>Who exported it and when is missing or wrong.</source>
        <translation>导出人和导出时间缺失或有误。</translation>
    </message>
    <message>
        <source>A file was changed, added or removed after export.</source>
        <translation>导出后有文件被修改、添加或删除。</translation>
    </message>
    <message>
        <source>The number of files or their total size changed after export.</source>
        <translation>导出后文件数量或总大小发生了变化。</translation>
    </message>
    <message>
        <source>The bundle&apos;s own records were changed after export.</source>
        <translation>导出后案卷包自身的记录被修改。</translation>
    </message>
    <message>
        <source>The matter data is damaged or incomplete.</source>
        <translation>事项数据已损坏或不完整。</translation>
    </message>
    <message>
        <source>The records contradict each other.</source>
        <translation>各项记录相互矛盾。</translation>
    </message>
    <message>
        <source>The audit history was changed or cut.</source>
        <translation>审计记录被修改或截断。</translation>
    </message>
    <message>
        <source>The signature does not hold.</source>
        <translation>签名无效。</translation>
    </message>
    <message>
        <source>Some answers, forms or memo versions are not ones Outbound can use.</source>
        <translation>部分回答、表单或备忘录版本无法由 Outbound 使用。</translation>
    </message>
    <message>
        <source>A memo sign-off does not match the memo&apos;s PDF signature.</source>
        <translation>某项备忘录签署与该备忘录的 PDF 签名不符。</translation>
    </message>
    <message>
        <source>Matches the signed records, but other checks failed: it does not vouch for this bundle</source>
        <translation>与已签名的记录相符，但其他检查未通过：该签名不能证明本案卷包可信</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Missing — the bundle is not signed</source>
        <translation>缺失——案卷包未签名</translation>
    </message>
    <message>
        <source>Invalid — the bundle was changed after it was signed</source>
        <translation>无效——案卷包在签名后被修改</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>案卷包未导出</translation>
    </message>
</context>
<context>
    <name>BundleProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery key and “remember on this computer” keep working.</source>
        <translation>新口令立即取代旧口令。恢复密钥和“在本机记住”仍然有效。</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>更改口令(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Vault check</source>
        <translation>保险库检查</translation>
    </message>
    <message>
        <source>The vault is sound: every check passed.</source>
        <translation>保险库完好：所有检查均已通过。</translation>
    </message>
    <message>
        <source>The check found problems. Restore the vault from a backup, or keep this report for your administrator.</source>
        <translation>检查发现问题。请从备份恢复保险库，或保留本报告交由管理员处理。</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>已检查：</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Export control</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <source>US export control</source>
        <translation>美国出口管制</translation>
    </message>
    <message>
        <source>State secrets</source>
        <translation>国家秘密</translation>
    </message>
    <message>
        <source>Exit and entry</source>
        <translation>出入境</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>数据出境</translation>
    </message>
    <message>
        <source>Trade secrets</source>
        <translation>商业秘密</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>劳动用工</translation>
    </message>
    <message>
        <source>Capital markets</source>
        <translation>资本市场</translation>
    </message>
    <message>
        <source>● Critical</source>
        <translation>● 严重</translation>
    </message>
    <message>
        <source>▲ High</source>
        <translation>▲ 高</translation>
    </message>
    <message>
        <source>◆ Caution</source>
        <translation>◆ 注意</translation>
    </message>
    <message>
        <source>○ Info</source>
        <translation>○ 提示</translation>
    </message>
    <message>
        <source>○ Open</source>
        <translation>○ 待处理</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <source>– Not applicable</source>
        <translation>– 不适用</translation>
    </message>
    <message>
        <source>↑ Escalated</source>
        <translation>↑ 已上报</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法务</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>保密与安全</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>due date unknown: establish the date</source>
        <translation>截止日期不详：请确定日期</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>截止日期 {0}</translation>
    </message>
    <message>
        <source>{0} (approx.: Mon–Fri; public holidays not counted)</source>
        <translation>{0}（约数：按周一至周五计，未扣除法定节假日）</translation>
    </message>
    <message>
        <source>{0} — OVERDUE at assessment: the lead time cannot be met</source>
        <translation>{0}——评估时已逾期：无法满足所需提前期</translation>
    </message>
    <message>
        <source>{0} [{1}; {2}]</source>
        <comment>action: what, owner, due date</comment>
        <translation>{0}［{1}；{2}］</translation>
    </message>
    <message>
        <source>⛔ Blocking</source>
        <translation>⛔ 阻断性</translation>
    </message>
    <message>
        <source>★ New</source>
        <translation>★ 新增</translation>
    </message>
    <message>
        <source>No longer applies</source>
        <translation>不再适用</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>📎 {0}</source>
        <translation>📎 {0}</translation>
    </message>
    <message>
        <source>Review item</source>
        <translation>审查事项</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}</source>
        <translation>{0}：{1}，{2}</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>No review items yet. Answer the intake questions: the checklist is built from the answers and updates after each save.</source>
        <translation>尚无审查事项。请回答信息采集中的问题：审查清单根据回答生成，每次保存后自动更新。</translation>
    </message>
    <message>
        <source>No review items apply to these answers. The required questions are answered and no rule calls for a review; the checklist updates if the answers change.</source>
        <translation>根据现有回答，没有适用的审查事项。必答问题均已回答，且没有规则要求审查；回答变更后审查清单将随之更新。</translation>
    </message>
    <message>
        <source>Knowledge tier</source>
        <translation>知识层级</translation>
    </message>
    <message>
        <source>Why this tier</source>
        <translation>层级依据</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>审查建议</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>改定(&amp;O)…</translation>
    </message>
    <message>
        <source>Override the recommendation</source>
        <translation>改定审查建议</translation>
    </message>
    <message>
        <source>&amp;Clear override</source>
        <translation>撤销改定(&amp;C)</translation>
    </message>
    <message>
        <source>Re-&amp;assess under the new policy…</source>
        <translation>按新审查规则重新评估(&amp;A)…</translation>
    </message>
    <message>
        <source>Re-assess under the new review policy</source>
        <translation>按新审查规则重新评估</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>审查清单</translation>
    </message>
    <message>
        <source>{0} (overridden)</source>
        <translation>{0}（已改定）</translation>
    </message>
    <message>
        <source>Computed: {0}. Overridden by {1} on {2}: {3}</source>
        <translation>系统评估：{0}。{1}于{2}改定：{3}</translation>
    </message>
    <message>
        <source>Provisional: “{0}” until the required facts are answered.</source>
        <translation>暂定：“{0}”，待必要事实回答完毕后确定。</translation>
    </message>
    <message>
        <source>Computed from the checklist.</source>
        <translation>根据审查清单评估得出。</translation>
    </message>
    <message>
        <source>Assessed under review policy {0}; policy {1} is available.</source>
        <translation>按审查规则第{0}版评估；第{1}版已可使用。</translation>
    </message>
    <message>
        <source>Assessed under review policy {0}.</source>
        <translation>按审查规则第{0}版评估。</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>处理决定未记录</translation>
    </message>
    <message>
        <source>Re-assessment not possible</source>
        <translation>无法重新评估</translation>
    </message>
    <message>
        <source>Re-assessment not applied</source>
        <translation>重新评估未生效</translation>
    </message>
    <message>
        <source>Override not saved</source>
        <translation>改定未保存</translation>
    </message>
    <message>
        <source>Override not cleared</source>
        <translation>改定未撤销</translation>
    </message>
    <message>
        <source>This matter has no attachments yet. Use “Add file…” to bring a document into the vault and attach it.</source>
        <translation>本事项尚无附件。请使用“添加文件…”将文件导入保险库并作为附件。</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>无附件</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>关联证明材料</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Evidence not linked</source>
        <translation>证明材料未关联</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附上证明材料</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Outbound</source>
        <translation>欢迎使用 Outbound</translation>
    </message>
    <message>
        <source>Outbound keeps your matters in an encrypted vault on this computer. Create a vault to begin, or open one you already have. The passphrase never leaves this computer and cannot be reset, so choose one you will remember.</source>
        <translation>Outbound 将您的事项保存在本机的加密保险库中。请先创建保险库，或打开已有的保险库。口令不会离开本机，且无法重置，请选择一个您能记住的口令。</translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation>保险库位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the vault location</source>
        <translation>选择保险库位置</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>在本机记住(&amp;M)</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>在本机记住</translation>
    </message>
    <message>
        <source>Keep a key in the system keychain so this computer opens the vault without the passphrase. Anyone who can log in as you can then open it.</source>
        <translation>在系统钥匙串中保存一把密钥，本机无需口令即可打开保险库。届时任何能以您的身份登录本机的人都可以打开它。</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain; the passphrase still works.</source>
        <translation>密钥保存在系统钥匙串中；口令仍然有效。</translation>
    </message>
    <message>
        <source>Not available: {0}.</source>
        <translation>不可用：{0}。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>正在创建保险库</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation>打开已有保险库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation>保险库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation>保险库保存在何处？</translation>
    </message>
    <message>
        <source>Outbound vaults (*.outbound);;All files (*)</source>
        <translation>Outbound 保险库 (*.outbound);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DueController</name>
    <message>
        <source>&amp;Due</source>
        <translation>到期事项(&amp;D)</translation>
    </message>
    <message>
        <source>What is due across open matters (Ctrl+D)</source>
        <translation>各未结事项的到期安排（Ctrl+D）</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>What is due across open matters</source>
        <translation>各未结事项的到期安排</translation>
    </message>
    <message>
        <source>Assigned counsel</source>
        <translation>承办法务人员</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>全部责任部门</translation>
    </message>
    <message>
        <source>Kind of matter</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Counsel:</source>
        <translation>法务人员(&amp;C)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>责任部门(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due tasks and key dates</source>
        <translation>到期任务和关键日期</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一页(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Nothing in “{0}” for these filters.</source>
        <translation>在当前筛选条件下，“{0}”中没有内容。</translation>
    </message>
    <message>
        <source>Key date: {0}</source>
        <translation>关键日期：{0}</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>第 {0} 页</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
</context>
<context>
    <name>EditIdentifiersDialog</name>
    <message>
        <source>Identifiers of {0}</source>
        <translation>{0} 的标识信息</translation>
    </message>
    <message>
        <source>Both are optional: keep only what your organisation needs. Leave a field empty to clear it.</source>
        <translation>两项均非必填：仅保留贵单位需要的信息。留空即清除该项。</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>&amp;Chinese name:</source>
        <translation>中文姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Employee number:</source>
        <translation>工号(&amp;E)：</translation>
    </message>
    <message>
        <source>no matters</source>
        <translation>无事项</translation>
    </message>
    <message>
        <source>Employee number {0} is already {1}&apos;s ({2}). Nothing was saved. If they are the same person, join the two entries; otherwise check the number.</source>
        <translation>工号 {0} 已属于 {1}（{2}）。未作任何保存。如为同一人，请合并两个条目；否则请核对工号。</translation>
    </message>
    <message>
        <source>&amp;Open {0}</source>
        <translation>打开 {0}(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Join them…</source>
        <translation>合并两个条目(&amp;J)…</translation>
    </message>
    <message>
        <source>Join the two entries?</source>
        <translation>合并两个条目？</translation>
    </message>
    <message>
        <source>Join {0} into {1}? {0}&apos;s matters and access confirmations move to {1}, and {0} leaves the register.</source>
        <translation>将 {0} 并入 {1}？{0} 的事项和访问确认将移至 {1}，{0} 将从名册中移除。</translation>
    </message>
    <message>
        <source>Join them</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>未合并</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting {0}</source>
        <translation>正在导出{0}</translation>
    </message>
    <message>
        <source>Writing and signing the case bundle…</source>
        <translation>正在写入并签名案卷包…</translation>
    </message>
    <message>
        <source>Encrypted case bundles (*.age)</source>
        <translation>加密案卷包 (*.age)</translation>
    </message>
    <message>
        <source>Case bundles (*.zip)</source>
        <translation>案卷包 (*.zip)</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>导出{0}</translation>
    </message>
    <message>
        <source>{0} was exported to {1}.</source>
        <translation>{0}已导出至{1}。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>案卷包未导出</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export {0}</source>
        <translation>导出{0}</translation>
    </message>
    <message>
        <source>Export case bundle</source>
        <translation>导出案卷包</translation>
    </message>
    <message>
        <source>The case bundle holds the whole matter: intake answers, checklist, every memo version with its PDF, the attachments and the audit history. It is signed with this vault&apos;s key so the recipient can check where it came from.</source>
        <translation>案卷包包含整个事项：信息采集回答、审查清单、每个备忘录版本及其 PDF、附件和审计记录。案卷包以本保险库的密钥签名，接收方可据此核验其来源。</translation>
    </message>
    <message>
        <source>&amp;Encrypt for transport with a passphrase</source>
        <translation>使用口令进行传输加密(&amp;E)</translation>
    </message>
    <message>
        <source>Encrypt for transport</source>
        <translation>传输加密</translation>
    </message>
    <message>
        <source>For a USB stick or e-mail: without the passphrase the file cannot be read.</source>
        <translation>适用于 U 盘或电子邮件传递：没有口令则无法读取文件。</translation>
    </message>
    <message>
        <source>Transport passphrase</source>
        <translation>传输口令</translation>
    </message>
    <message>
        <source>Repeat transport passphrase</source>
        <translation>再次输入传输口令</translation>
    </message>
    <message>
        <source>Tell the recipient the passphrase another way — in person or by phone — never in the same message as the file.</source>
        <translation>请通过其他途径（当面或电话）告知接收方口令，切勿与文件在同一消息中发送。</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>选择保存位置(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Bundle exported</source>
        <translation>案卷包已导出</translation>
    </message>
    <message>
        <source>{0} was exported and signed. Give the recipient the SHA-256 and the fingerprint by another channel so they can check the file.</source>
        <translation>{0}已导出并签名。请通过其他渠道将 SHA-256 值和指纹告知接收方，以便其核验文件。</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>案卷包文件</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>文件的 SHA-256 值</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>签署方指纹</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Encrypted:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Yes, for transport</source>
        <translation>是，已传输加密</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Signer fingerprint:</source>
        <translation>签署方指纹：</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Show why this is asked and the legal basis (F1)</source>
        <translation>显示提问原因及法律依据 (F1)</translation>
    </message>
    <message>
        <source>Help: {0}</source>
        <translation>说明：{0}</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>carried over — confirm</source>
        <translation>沿用 — 请确认</translation>
    </message>
    <message>
        <source>Filled in from this person&apos;s earlier matter: check it still holds, then confirm or change it.</source>
        <translation>取自此人之前的事项：请核实是否仍然属实，然后确认或修改。</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Matter opened</source>
        <translation>事项已创建</translation>
    </message>
    <message>
        <source>Intake saved</source>
        <translation>信息采集已保存</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Re-assessed under a new review policy</source>
        <translation>已按新审查规则重新评估</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态已更改</translation>
    </message>
    <message>
        <source>Recommendation overridden</source>
        <translation>审查建议已改定</translation>
    </message>
    <message>
        <source>Override cleared</source>
        <translation>改定已撤销</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>Item decided</source>
        <translation>审查事项已作出决定</translation>
    </message>
    <message>
        <source>Evidence linked</source>
        <translation>证明材料已关联</translation>
    </message>
    <message>
        <source>Tasks updated from the checklist</source>
        <translation>根据审查清单更新任务</translation>
    </message>
    <message>
        <source>Task decided</source>
        <translation>任务已处理</translation>
    </message>
    <message>
        <source>Task assigned</source>
        <translation>任务已指派</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>附件已添加</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>附件已移除</translation>
    </message>
    <message>
        <source>Memo version saved</source>
        <translation>备忘录版本已保存</translation>
    </message>
    <message>
        <source>Memo signed</source>
        <translation>备忘录已签署</translation>
    </message>
    <message>
        <source>Preparer also signed under the one-person waiver</source>
        <translation>拟稿人依“一人团队”豁免同时签署</translation>
    </message>
    <message>
        <source>Older vault history accepted</source>
        <translation>已接受较早的保险库审计记录</translation>
    </message>
    <message>
        <source>Case bundle exported</source>
        <translation>案卷包已导出</translation>
    </message>
    <message>
        <source>Case bundle imported</source>
        <translation>案卷包已导入</translation>
    </message>
    <message>
        <source>Vault signing key created</source>
        <translation>保险库签名密钥已创建</translation>
    </message>
    <message>
        <source>Signing key trusted</source>
        <translation>签名密钥已信任</translation>
    </message>
    <message>
        <source>Counsel added</source>
        <translation>法务人员已添加</translation>
    </message>
    <message>
        <source>Counsel certificate stored</source>
        <translation>法务人员证书已存储</translation>
    </message>
    <message>
        <source>Signing passphrase changed</source>
        <translation>签署口令已更改</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <source>Person added to the register</source>
        <translation>人员已加入人员名册</translation>
    </message>
    <message>
        <source>Person&apos;s identifiers changed</source>
        <translation>人员标识信息已更改</translation>
    </message>
    <message>
        <source>Linked to a person</source>
        <translation>已关联人员</translation>
    </message>
    <message>
        <source>Access confirmed</source>
        <translation>访问权限已确认</translation>
    </message>
    <message>
        <source>Register entries joined</source>
        <translation>名册条目已合并</translation>
    </message>
    <message>
        <source>Opened for a person of the register</source>
        <translation>为名册中的人员立项</translation>
    </message>
    <message>
        <source>Carried-over facts confirmed</source>
        <translation>沿用事实已确认</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <source>People register exported</source>
        <translation>人员名册已导出</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>reference prefix</source>
        <translation>编号前缀</translation>
    </message>
    <message>
        <source>page size</source>
        <translation>纸张尺寸</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>闲置锁定</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message numerus="yes">
        <source>Revision {0}, %n answer(s)</source>
        <translation>
            <numerusform>第{0}次修订，%n 项回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier {0}, {1}</source>
        <translation>{0}级，{1}</translation>
    </message>
    <message>
        <source> (provisional: required facts unanswered)</source>
        <translation>（暂定：必要事实未回答）</translation>
    </message>
    <message>
        <source>; new: {0}</source>
        <translation>；新增：{0}</translation>
    </message>
    <message>
        <source>; no longer applies: {0}</source>
        <translation>；不再适用：{0}</translation>
    </message>
    <message>
        <source>Review policy {0} → {1}</source>
        <translation>审查规则第{0}版 → 第{1}版</translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation>{0}的证明材料</translation>
    </message>
    <message>
        <source>Back to the computed recommendation (was {0})</source>
        <translation>恢复为系统评估的审查建议（原为{0}）</translation>
    </message>
    <message>
        <source> — SHA-256 {0}</source>
        <translation> — SHA-256 {0}</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>第{0}版</translation>
    </message>
    <message>
        <source>Version {0} by {1} ({2})</source>
        <translation>第{0}版，由{1}签署（{2}）</translation>
    </message>
    <message>
        <source>, with a digital signature</source>
        <translation>，附数字签名</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message numerus="yes">
        <source>%n core asset(s) confirmed</source>
        <translation>
            <numerusform>已确认 %n 项核心资产</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} joined into this entry</source>
        <translation>{0}已并入本条目</translation>
    </message>
    <message numerus="yes">
        <source>%n standing fact(s) carried over for counsel to confirm</source>
        <translation>
            <numerusform>沿用 %n 项基本事实，待法务人员确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) confirmed</source>
        <translation>
            <numerusform>已确认 %n 项事实</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to {0}</source>
        <translation>
            <numerusform>已将 %n 人写入 {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>已写入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Exported a case bundle ({0})</source>
        <translation>已导出案卷包（{0}）</translation>
    </message>
    <message>
        <source> — {0}</source>
        <translation> — {0}</translation>
    </message>
    <message>
        <source>Imported as a copy of {0}</source>
        <translation>作为{0}的副本导入</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>已导入{0}</translation>
    </message>
    <message>
        <source>; signature valid</source>
        <translation>；签名有效</translation>
    </message>
    <message>
        <source> (key new to this vault)</source>
        <translation>（本保险库首次见到该密钥）</translation>
    </message>
    <message>
        <source>; not signed</source>
        <translation>；未签名</translation>
    </message>
    <message>
        <source>Fingerprint {0}</source>
        <translation>指纹 {0}</translation>
    </message>
    <message>
        <source>a signer</source>
        <translation>某签署方</translation>
    </message>
    <message>
        <source>{0} — fingerprint {1}</source>
        <translation>{0} — 指纹 {1}</translation>
    </message>
    <message>
        <source>A signing certificate for {0}</source>
        <translation>{0}的签名证书</translation>
    </message>
    <message>
        <source>The signing passphrase of {0}</source>
        <translation>{0}的签署口令</translation>
    </message>
    <message>
        <source>Accepted after a restore: {0}</source>
        <translation>恢复备份后已接受：{0}</translation>
    </message>
    <message>
        <source>{0} new, {1} due date(s) changed, {2} no longer apply</source>
        <translation>新增 {0} 项，截止日期变更 {1} 项，不再适用 {2} 项</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>时间（本地）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Every change to this matter is recorded in a hash chain; verification finds any record edited or removed behind the application.</source>
        <translation>本事项的每一项变更都记录在哈希链中；校验可发现绕过本应用修改或删除的任何记录。</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>✗ The chain is broken: {0}</source>
        <translation>✗ 哈希链已断裂：{0}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Chain intact: %n event(s) verified, none changed or removed.</source>
        <translation>
            <numerusform>✓ 哈希链完整：已校验 %n 个事件，均未被修改或删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify: {0}</source>
        <translation>无法校验：{0}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a case bundle</source>
        <translation>导入案卷包</translation>
    </message>
    <message>
        <source>Case bundles (*.zip *.age);;All files (*)</source>
        <translation>案卷包 (*.zip *.age);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{0} is encrypted for transport. Enter the passphrase the sender gave you:</source>
        <translation>{0}已进行传输加密。请输入发送方提供的口令：</translation>
    </message>
    <message>
        <source>Enter the transport passphrase again:</source>
        <translation>请再次输入传输口令：</translation>
    </message>
    <message>
        <source>Transport passphrase</source>
        <translation>传输口令</translation>
    </message>
    <message>
        <source>Verifying {0}</source>
        <translation>正在校验{0}</translation>
    </message>
    <message>
        <source>Checking every file, the signature and the audit history…</source>
        <translation>正在检查每个文件、签名和审计记录…</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>正在导入{0}</translation>
    </message>
    <message>
        <source>Verifying again, then writing the matter in one step…</source>
        <translation>正在再次校验，随后一次性写入事项…</translation>
    </message>
    <message>
        <source>{0} was imported.</source>
        <translation>{0}已导入。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>The bundle was not imported</source>
        <translation>案卷包未导入</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation>案卷包已导入</translation>
    </message>
    <message>
        <source>The matter was imported as a copy, {0} (the original is {1}).</source>
        <translation>事项已作为副本导入，编号{0}（原事项为{1}）。</translation>
    </message>
    <message>
        <source>The matter {0} was imported into this vault.</source>
        <translation>事项{0}已导入本保险库。</translation>
    </message>
    <message>
        <source>Matter reference</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Yes: every check passed and the signature is valid</source>
        <translation>是：所有检查均已通过，签名有效</translation>
    </message>
    <message>
        <source>Contents verified; the bundle was not signed</source>
        <translation>内容已校验；案卷包未签名</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>已校验：</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>签署方指纹</translation>
    </message>
    <message>
        <source>Signer fingerprint:</source>
        <translation>签署方指纹：</translation>
    </message>
    <message>
        <source>Known to this vault</source>
        <translation>本保险库已知</translation>
    </message>
    <message>
        <source>Not known to this vault; the fingerprint was recorded</source>
        <translation>本保险库未知；已记录其指纹</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Verify case bundle</source>
        <translation>校验案卷包</translation>
    </message>
    <message>
        <source>Bundle verification report</source>
        <translation>案卷包校验报告</translation>
    </message>
    <message>
        <source>✓ The bundle verified: every check passed.</source>
        <translation>✓ 案卷包校验通过：所有检查均已通过。</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents verified, but it is not signed.</source>
        <translation>案卷包内容已通过校验，但未签名。</translation>
    </message>
    <message>
        <source>✗ The bundle failed verification. It cannot be imported.</source>
        <translation>✗ 案卷包未通过校验，无法导入。</translation>
    </message>
    <message>
        <source>✗ The bundle failed verification: {0} It cannot be imported.</source>
        <translation>✗ 案卷包未通过校验：{0} 无法导入。</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>未通过的检查</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>导出人：</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未载明</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>签署方指纹</translation>
    </message>
    <message>
        <source>Signer fingerprint:</source>
        <translation>签署方指纹：</translation>
    </message>
    <message>
        <source>Known to this vault (it signed bundles exported from here).</source>
        <translation>本保险库已知（曾为从此处导出的案卷包签名）。</translation>
    </message>
    <message>
        <source>Not known to this vault. Compare the fingerprint with the sender by phone or in person before relying on the bundle.</source>
        <translation>本保险库未知。在依赖该案卷包之前，请通过电话或当面与发送方核对指纹。</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签署方</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>签署方：</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>文件的 SHA-256 值</translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation>文件 SHA-256：</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>校验项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ 未通过</translation>
    </message>
    <message>
        <source>– Not relied on</source>
        <translation>– 不予采信</translation>
    </message>
    <message>
        <source>The signature matches the records signed at export, but the files no longer match those records.</source>
        <translation>签名与导出时签署的记录相符，但文件已与这些记录不符。</translation>
    </message>
    <message>
        <source>⚠ Note</source>
        <translation>⚠ 注意</translation>
    </message>
    <message>
        <source>Import as a &amp;copy with a new reference</source>
        <translation>以新编号作为副本导入(&amp;C)</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>作为副本导入</translation>
    </message>
    <message>
        <source>This matter is already in this vault. A copy keeps both: it gets a new reference and records where it came from.</source>
        <translation>本保险库中已有该事项。作为副本导入将同时保留两者：副本获得新编号，并记录其来源。</translation>
    </message>
    <message>
        <source>Without a signature nothing shows who made this bundle or that it is the one they sent. Import it only if you received it directly from someone you trust.</source>
        <translation>没有签名，就无法证明该案卷包由谁制作，也无法证明它就是对方发送的那一份。仅当您直接从可信任的人处收到时才导入。</translation>
    </message>
    <message>
        <source>I trust where it came from: import the &amp;unsigned bundle</source>
        <translation>我信任其来源：导入未签名的案卷包(&amp;U)</translation>
    </message>
    <message>
        <source>Allow an unsigned bundle</source>
        <translation>允许未签名的案卷包</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <source>Clear the answer (back to not answered)</source>
        <translation>清除回答（恢复为未回答）</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Keep this under {0} characters.</source>
        <translation>请控制在 {0} 个字符以内。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Clear answer: {0}</source>
        <translation>清除回答：{0}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>e.g. 2027-01-15 or {0}</source>
        <translation>例如 2027-01-15 或 {0}</translation>
    </message>
    <message>
        <source>Type a date as 2027-01-15 or {0}, or pick one from the calendar.</source>
        <translation>请按 2027-01-15 或 {0} 的格式输入日期，或从日历中选择。</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Calendar: {0}</source>
        <translation>日历：{0}</translation>
    </message>
    <message>
        <source>Type the date as 2027-01-15 or {0}, or clear it.</source>
        <translation>请按 2027-01-15 或 {0} 的格式输入日期，或将其清除。</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Clear number: {0}</source>
        <translation>清除数字：{0}</translation>
    </message>
    <message>
        <source>Type a code or a name…</source>
        <translation>输入代码或名称…</translation>
    </message>
    <message>
        <source>Choose a country from the list (type a code, or a name in English or Chinese).</source>
        <translation>请从列表中选择国家或地区（输入代码，或中文、英文名称）。</translation>
    </message>
    <message>
        <source>Codes or names, separated by commas</source>
        <translation>代码或名称，以逗号分隔</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The person holds no other citizenship</source>
        <translation>当事人不持有其他国籍</translation>
    </message>
    <message>
        <source>Countries recognised</source>
        <translation>已识别的国家或地区</translation>
    </message>
    <message>
        <source>Not a country: %1. Type codes or names, separated by commas.</source>
        <translation>无法识别的国家或地区：%1。请输入代码或名称，以逗号分隔。</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Set when the matter was created; it decides which questions apply.</source>
        <translation>创建事项时确定；决定适用哪些问题。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Missing facts</source>
        <translation>缺少的事实</translation>
    </message>
    <message>
        <source>Required questions not yet answered; click to go there.</source>
        <translation>尚未回答的必答问题；点击即可跳转。</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Confirm carried-over facts</source>
        <translation>确认沿用的事实</translation>
    </message>
    <message>
        <source>The answers marked “carried over” still hold: stop marking them.</source>
        <translation>标为“沿用”的回答仍然属实：不再标记。</translation>
    </message>
    <message>
        <source>Answers are saved as you type. Leave a question unanswered rather than guess; answer “Unknown” where the facts are still to be established.</source>
        <translation>回答随输入自动保存。请勿猜测作答，宁可留空；事实尚待查明的，请回答“不详”。</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>信息采集表</translation>
    </message>
    <message>
        <source>A problem to fix in this section</source>
        <translation>本部分有待修正的问题</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) not yet answered</source>
        <translation>
            <numerusform>%n 个必答问题尚未回答</numerusform>
        </translation>
    </message>
    <message>
        <source>All required questions answered</source>
        <translation>必答问题已全部回答</translation>
    </message>
    <message>
        <source>✓ Every required question is answered.</source>
        <translation>✓ 所有必答问题均已回答。</translation>
    </message>
    <message>
        <source>Missing facts ({0})</source>
        <translation>缺少的事实（{0}）</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Not saved: fix “{0}” first.</source>
        <translation>未保存：请先修正“{0}”。</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>所有更改均已保存。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Intake not saved</source>
        <translation>信息采集未保存</translation>
    </message>
    <message>
        <source>All changes saved at {0}.</source>
        <translation>所有更改已于{0}保存。</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Select a review item to see its legal basis, the actions it requires, and to record your decision and evidence.</source>
        <translation>选择一个审查事项，即可查看其法律依据和应采取的措施，并记录您的处理决定和证明材料。</translation>
    </message>
    <message>
        <source>Required actions</source>
        <translation>应采取的措施</translation>
    </message>
    <message>
        <source>Evidence to collect</source>
        <translation>应收集的证明材料</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Item status</source>
        <translation>审查事项状态</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>决定说明</translation>
    </message>
    <message>
        <source>What was done or decided, and on what material</source>
        <translation>已采取的措施或作出的决定，以及所依据的材料</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>记录处理决定(&amp;R)</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>记录处理决定</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>已附证明材料</translation>
    </message>
    <message>
        <source>&amp;Link attachment…</source>
        <translation>关联附件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>⛔ Blocking: the move cannot go ahead as proposed.</source>
        <translation>⛔ 阻断：该人员流动不能按拟议方案进行。</translation>
    </message>
    <message>
        <source>★ New since the last assessment.</source>
        <translation>★ 上次评估后新增。</translation>
    </message>
    <message>
        <source>No longer applies after the latest answers; kept with its decision.</source>
        <translation>根据最新回答已不再适用；连同处理决定一并保留。</translation>
    </message>
    <message>
        <source>Last decided by {0}, {1}</source>
        <translation>最近由{0}于{1}作出决定</translation>
    </message>
    <message>
        <source>(removed attachment)</source>
        <translation>（已移除的附件）</translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation>尚未附上证明材料。</translation>
    </message>
    <message>
        <source>(not verified against an official text)</source>
        <translation>（未经官方文本核实）</translation>
    </message>
    <message>
        <source>Text of the provision:</source>
        <translation>条文原文：</translation>
    </message>
    <message>
        <source>Paraphrase:</source>
        <translation>概述（非原文引用）：</translation>
    </message>
    <message>
        <source>Caveat:</source>
        <translation>提示：</translation>
    </message>
</context>
<context>
    <name>LinkPersonDialog</name>
    <message>
        <source>Is this someone already in the register?</source>
        <translation>此人是否已在人员名册中？</translation>
    </message>
    <message>
        <source>The register already holds people who may be {0}. Link this matter to one of them, or keep them apart as a new person.</source>
        <translation>人员名册中已有可能是 {0} 的人员。请将此事项关联到其中一人，或作为新人员分开登记。</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>same Chinese name</source>
        <translation>中文姓名相同</translation>
    </message>
    <message>
        <source>same employee number</source>
        <translation>工号相同</translation>
    </message>
    <message>
        <source>no matters</source>
        <translation>无事项</translation>
    </message>
    <message>
        <source>A different person: add them to the register</source>
        <translation>另一人：加入人员名册</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>The vault is locked</source>
        <translation>保险库已锁定</translation>
    </message>
    <message>
        <source>Unlock it to see its matters.</source>
        <translation>解锁后即可查看其中的事项。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜索中</translation>
    </message>
    <message>
        <source>&amp;New matter…</source>
        <translation>新建事项(&amp;N)…</translation>
    </message>
    <message>
        <source>Open a new matter (Ctrl+N)</source>
        <translation>新建一个事项 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open matter</source>
        <translation>打开事项(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected matter</source>
        <translation>打开所选事项</translation>
    </message>
    <message>
        <source>&amp;Archive matter…</source>
        <translation>归档事项(&amp;A)…</translation>
    </message>
    <message>
        <source>Move the selected matter to the archive</source>
        <translation>将所选事项归档</translation>
    </message>
    <message>
        <source>&amp;People register</source>
        <translation>人员名册(&amp;P)</translation>
    </message>
    <message>
        <source>The people register: who carries the knowledge</source>
        <translation>人员名册：掌握关键知识的人员</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>导入案卷包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a case bundle</source>
        <translation>导入案卷包</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>导出案卷包(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected matter as a case bundle</source>
        <translation>将所选事项导出为案卷包</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即锁定保险库 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Search the matters (Ctrl+F)</source>
        <translation>搜索事项 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Organisation, references, page size, idle lock and counsel</source>
        <translation>机构、编号、纸张尺寸、闲置锁定和法务人员</translation>
    </message>
    <message>
        <source>&amp;Check vault</source>
        <translation>检查保险库(&amp;C)</translation>
    </message>
    <message>
        <source>Verify the vault&apos;s integrity</source>
        <translation>校验保险库的完整性</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>更改口令(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Save an encrypted copy of the vault</source>
        <translation>保存保险库的加密副本</translation>
    </message>
    <message>
        <source>&amp;Rotate data key…</source>
        <translation>轮换数据密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>Re-encrypt the vault with a new data key; the old key stops working</source>
        <translation>用新的数据密钥重新加密保险库；旧密钥随即失效</translation>
    </message>
    <message>
        <source>&amp;About Outbound</source>
        <translation>关于 Outbound(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>视图(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>保险库(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>{0} — Outbound</source>
        <translation>{0} — Outbound</translation>
    </message>
    <message>
        <source>The vault open in this window</source>
        <translation>本窗口中打开的保险库</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matter(s)</source>
        <translation>
            <numerusform>%Ln 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>The matter was opened.</source>
        <translation>事项已打开。</translation>
    </message>
    <message>
        <source>No matter was opened</source>
        <translation>未打开任何事项</translation>
    </message>
    <message>
        <source>Archive matter</source>
        <translation>归档事项</translation>
    </message>
    <message>
        <source>Archive {0} — {1}? Archived matters are kept with their history and can be found with the status filter.</source>
        <translation>是否归档{0} — {1}？已归档的事项连同其审计记录一并保留，可通过状态筛选找到。</translation>
    </message>
    <message>
        <source>The matter was not archived</source>
        <translation>事项未归档</translation>
    </message>
    <message>
        <source>{0} was archived.</source>
        <translation>{0}已归档。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>正在检查保险库…</translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation>保险库检查</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>口令已更改。</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <source>Outbound vaults (*.outbound)</source>
        <translation>Outbound 保险库 (*.outbound)</translation>
    </message>
    <message>
        <source>An encrypted copy was saved to {0}. It opens with the same passphrase and recovery key.</source>
        <translation>加密副本已保存至{0}。可使用相同的口令和恢复密钥打开。</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>备份已保存</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>未进行备份</translation>
    </message>
    <message>
        <source>Rotate the data key</source>
        <translation>轮换数据密钥</translation>
    </message>
    <message>
        <source>Outbound will re-encrypt the whole vault with a new data key. Open matter windows close first. Your passphrase and recovery key keep working. Continue?</source>
        <translation>Outbound 将用新的数据密钥重新加密整个保险库。已打开的事项窗口将先行关闭。您的口令和恢复密钥仍然有效。是否继续？</translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation>正在重新加密保险库…</translation>
    </message>
    <message>
        <source>The vault was re-encrypted with a new key.</source>
        <translation>保险库已用新密钥重新加密。</translation>
    </message>
    <message>
        <source>The data key was not rotated</source>
        <translation>数据密钥未轮换</translation>
    </message>
    <message>
        <source>Outbound — offline review of the cross-border movement of critical AI and semiconductor know-how.</source>
        <translation>Outbound — 关键人工智能与半导体专有技术跨境流动的离线审查工具。</translation>
    </message>
    <message>
        <source>Version %1
Vault format %2 (key file %4)
Review policy, version %3</source>
        <translation>版本 %1
保险库格式 %2（密钥文件 %4）
审查规则 第%3版</translation>
    </message>
    <message>
        <source>About Outbound</source>
        <translation>关于 Outbound</translation>
    </message>
    <message>
        <source>The vault was locked. Unlock it to continue.</source>
        <translation>保险库已锁定。请解锁后继续。</translation>
    </message>
</context>
<context>
    <name>MatterHeader</name>
    <message>
        <source>Matter reference</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <source>Matter title</source>
        <translation>事项标题</translation>
    </message>
    <message>
        <source>Kind and status</source>
        <translation>类型和状态</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the matter</source>
        <translation>重命名事项</translation>
    </message>
    <message>
        <source>Knowledge tier</source>
        <translation>知识层级</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>审查建议</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>C&amp;lose matter</source>
        <translation>结案(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新开启(&amp;O)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>归档(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>取消归档(&amp;U)</translation>
    </message>
    <message>
        <source>Close the signed matter; it becomes read-only until reopened</source>
        <translation>对已签署的事项结案；结案后为只读，重新开启后方可修改</translation>
    </message>
    <message>
        <source>Reopen the matter so it can be changed again</source>
        <translation>重新开启事项，以便再次修改</translation>
    </message>
    <message>
        <source>Archive the matter; it becomes read-only until unarchived</source>
        <translation>归档事项；归档后为只读，取消归档后方可修改</translation>
    </message>
    <message>
        <source>Return the matter to the status it was archived from</source>
        <translation>将事项恢复到归档前的状态</translation>
    </message>
    <message>
        <source>{0} (provisional)</source>
        <translation>{0}（暂定）</translation>
    </message>
    <message>
        <source>Recommendation: {0}</source>
        <translation>审查建议：{0}</translation>
    </message>
    <message>
        <source>Reopen the matter to rename it</source>
        <translation>请重新开启事项后再重命名</translation>
    </message>
    <message>
        <source>This matter is closed: it is read-only until you reopen it.</source>
        <translation>本事项已结案：重新开启之前为只读。</translation>
    </message>
    <message>
        <source>This matter is archived: it is read-only until you unarchive it.</source>
        <translation>本事项已归档：取消归档之前为只读。</translation>
    </message>
</context>
<context>
    <name>MatterListModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>委托方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>审查建议</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>最近截止日期</translation>
    </message>
    <message>
        <source>Recommendation overridden by counsel</source>
        <translation>审查建议已由法务人员改定</translation>
    </message>
    <message>
        <source>Provisional: the computed recommendation would be “{0}” once the intake is complete</source>
        <translation>暂定：信息采集完成后，系统评估的审查建议将为“{0}”</translation>
    </message>
    <message>
        <source>{0}, overridden by counsel</source>
        <translation>{0}，已由法务人员改定</translation>
    </message>
    <message>
        <source>Incomplete: {0} unanswered</source>
        <translation>信息不全：{0}个问题未回答</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <translation>{0}——已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s) with a due date still unknown</source>
        <translation>
            <numerusform>%n 项待处理任务的截止日期尚不详</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatterListPanel</name>
    <message>
        <source>Search references, people, organisations, summaries and notes</source>
        <translation>搜索编号、人员、机构、摘要和说明</translation>
    </message>
    <message>
        <source>Search matters</source>
        <translation>搜索事项</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation>除已归档外全部</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>按层级筛选</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>No matters yet</source>
        <translation>尚无事项</translation>
    </message>
    <message>
        <source>Press Ctrl+N to open one — choose its kind (departure, secondment, travel or collaboration) and Outbound walks you through the intake.</source>
        <translation>按 Ctrl+N 新建事项——选择其类型（离职、境外派驻、出境出差或境外合作），Outbound 将引导您完成信息采集。</translation>
    </message>
    <message>
        <source>&amp;New matter…</source>
        <translation>新建事项(&amp;N)…</translation>
    </message>
    <message>
        <source>No matters match</source>
        <translation>没有匹配的事项</translation>
    </message>
    <message>
        <source>Nothing matches this search and these filters.</source>
        <translation>没有符合当前搜索和筛选条件的事项。</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>清除搜索和筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>MatterWindow</name>
    <message>
        <source>Matter sections</source>
        <translation>事项栏目</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>信息采集(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation>审查清单(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Memo</source>
        <translation>备忘录(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>附件(&amp;T)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>审计记录(&amp;S)</translation>
    </message>
    <message>
        <source>{0} — {1} — Outbound</source>
        <translation>{0} — {1} — Outbound</translation>
    </message>
    <message>
        <source>Rename matter</source>
        <translation>重命名事项</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Matter not renamed</source>
        <translation>事项未重命名</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message>
        <source>Prepared</source>
        <translation>拟稿</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>MemoLanguage</name>
    <message>
        <source>Bilingual (中文, then English)</source>
        <translation>双语（中文在前，英文在后）</translation>
    </message>
</context>
<context>
    <name>MemoTab</name>
    <message>
        <source>Memo language</source>
        <translation>备忘录语言</translation>
    </message>
    <message>
        <source>The language of the memo&apos;s composed parts in the next version you save; a saved or signed version keeps its own.</source>
        <translation>下一个保存版本中由系统生成部分所用的语言；已保存或已签署的版本保持其原有语言。</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>e.g. General Counsel; HR Director</source>
        <translation>例如：总法律顾问；人力资源总监</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The opening paragraph: what was reviewed and the conclusion in a few sentences.</source>
        <translation>开篇段落：用几句话说明审查了什么以及结论。</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Conditions and required actions in your words (the checklist&apos;s actions are listed anyway).</source>
        <translation>用您自己的话写明条件和应采取的措施（审查清单中的措施会另行列出）。</translation>
    </message>
    <message>
        <source>Memo &amp;language:</source>
        <translation>备忘录语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>条件(&amp;C)：</translation>
    </message>
    <message>
        <source>Notes by area</source>
        <translation>分领域意见</translation>
    </message>
    <message>
        <source>Memo versions</source>
        <translation>备忘录版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Save &amp;version</source>
        <translation>保存版本(&amp;V)</translation>
    </message>
    <message>
        <source>Save the memo as a new version (Ctrl+S)</source>
        <translation>将备忘录保存为新版本 (Ctrl+S)</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>签署(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected version (Ctrl+P)</source>
        <translation>打印所选版本 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>预览状态</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Memo preview</source>
        <translation>备忘录预览</translation>
    </message>
    <message>
        <source>Note on {0}</source>
        <translation>关于{0}的意见</translation>
    </message>
    <message>
        <source>Your analysis for this area (optional)</source>
        <translation>您对该领域的分析（选填）</translation>
    </message>
    <message>
        <source>Notes by area — none yet: areas appear once the checklist has items.</source>
        <translation>分领域意见——暂无：审查清单出现审查事项后将显示相应领域。</translation>
    </message>
    <message>
        <source>Working draft</source>
        <translation>工作草稿</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>What you type is kept in the vault as you go; Save version makes it a version you can sign.</source>
        <translation>您输入的内容随时保存在保险库中；“保存版本”将其保存为可签署的版本。</translation>
    </message>
    <message>
        <source>✓ Signed</source>
        <translation>✓ 已签署</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>v{0}</source>
        <translation>v{0}</translation>
    </message>
    <message>
        <source>Wait until the current step finishes.</source>
        <translation>请等待当前步骤完成。</translation>
    </message>
    <message>
        <source>To print or save as PDF, select a saved version (the working draft is not one).</source>
        <translation>如需打印或另存为 PDF，请选择已保存的版本（工作草稿不是版本）。</translation>
    </message>
    <message>
        <source>Save a version first (Save version); a saved version can be printed or saved as PDF.</source>
        <translation>请先保存版本（保存版本）；已保存的版本可以打印或另存为 PDF。</translation>
    </message>
    <message>
        <source>Save the selected version as a PDF file</source>
        <translation>将所选版本另存为 PDF 文件</translation>
    </message>
    <message>
        <source>Sign the selected version (or the latest)</source>
        <translation>签署所选版本（或最新版本）</translation>
    </message>
    <message>
        <source>Save a version first; signing applies to a saved version.</source>
        <translation>请先保存版本；签署仅适用于已保存的版本。</translation>
    </message>
    <message>
        <source>Your memo text could not be kept in the vault: {0}</source>
        <translation>您的备忘录内容未能保存到保险库：{0}</translation>
    </message>
    <message>
        <source>Memo text not kept</source>
        <translation>备忘录内容未保存</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>The preview could not be rendered: {0}</source>
        <translation>无法生成预览：{0}</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the working draft (not a version yet) — %n page(s)</source>
        <translation>
            <numerusform>工作草稿预览（尚未成为版本）— 共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {0}, signed — %n page(s)</source>
        <translation>
            <numerusform>第{0}版，已签署 — 共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {0}, draft — %n page(s)</source>
        <translation>
            <numerusform>第{0}版，草稿 — 共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Version not saved</source>
        <translation>版本未保存</translation>
    </message>
    <message>
        <source>The certificate file could not be read: {0}</source>
        <translation>无法读取证书文件：{0}</translation>
    </message>
    <message>
        <source>Signing version {0}…</source>
        <translation>正在签署第{0}版…</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <source>Select a saved version to print or export; save the working draft as a version first.</source>
        <translation>请选择已保存的版本进行打印或导出；请先将工作草稿保存为版本。</translation>
    </message>
    <message>
        <source>Select a saved version to print.</source>
        <translation>请选择要打印的已保存版本。</translation>
    </message>
    <message>
        <source>Preparing pages for printing…</source>
        <translation>正在准备打印页面…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation>本安装不支持打印。</translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation>打印{0}</translation>
    </message>
    <message>
        <source>Save memo as PDF</source>
        <translation>将备忘录另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation>无法写入 PDF：{0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存{0}</translation>
    </message>
</context>
<context>
    <name>NameField</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>e.g. Wang Li</source>
        <translation>例如：王力</translation>
    </message>
</context>
<context>
    <name>NewMatterDialog</name>
    <message>
        <source>New matter</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <source>What kind of move is this matter about?</source>
        <translation>本事项涉及哪种类型的人员或技术流动？</translation>
    </message>
    <message>
        <source>&amp;Title (optional — filled in from the intake if blank):</source>
        <translation>标题(&amp;T)（选填——留空则根据信息采集自动填写）：</translation>
    </message>
    <message>
        <source>Matter title</source>
        <translation>事项标题</translation>
    </message>
    <message>
        <source>&amp;Person (optional — links the matter to the people register):</source>
        <translation>人员(&amp;P)（可选 — 将事项关联到人员名册）：</translation>
    </message>
    <message>
        <source>Person&apos;s full name</source>
        <translation>人员全名</translation>
    </message>
    <message>
        <source>C&amp;reate matter</source>
        <translation>创建事项(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NewMatterForPersonDialog</name>
    <message>
        <source>New matter for {0}</source>
        <translation>为 {0} 新建事项</translation>
    </message>
    <message>
        <source>What kind of matter? Their role, access, secret-related level and key position are filled in from their latest intake, marked for you to confirm.</source>
        <translation>新建哪类事项？其岗位角色、访问权限、涉密等级和关键岗位将取自其最近一次信息采集，并标记供您确认。</translation>
    </message>
    <message>
        <source>C&amp;reate matter</source>
        <translation>创建事项(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Several words you will remember</source>
        <translation>由几个您能记住的词组成</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Passphrase match</source>
        <translation>口令一致性</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation>✓ 两次输入的口令一致。</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override the recommendation</source>
        <translation>改定审查建议</translation>
    </message>
    <message>
        <source>The computed recommendation is “{0}”. An override is printed in the memo beside the computed one, with your reason, your name and the date.</source>
        <translation>系统评估的审查建议为“{0}”。改定结果将与系统评估结果并列载入备忘录，并注明您的理由、姓名和日期。</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>审查建议</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>改定理由</translation>
    </message>
    <message>
        <source>Why the computed recommendation does not fit…</source>
        <translation>系统评估的审查建议为何不适当…</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>审查建议(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>改定(&amp;O)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Everyone in the register</source>
        <translation>名册中的全部人员</translation>
    </message>
    <message>
        <source>Tier-1 people</source>
        <translation>一级人员</translation>
    </message>
    <message>
        <source>Tier 1 and 2: access last confirmed over 6 months ago</source>
        <translation>一级和二级：访问权限超过6个月未确认</translation>
    </message>
    <message>
        <source>People with an open matter</source>
        <translation>有未结事项的人员</translation>
    </message>
    <message>
        <source>Inside a confidentiality period or a non-compete</source>
        <translation>处于脱密期或竞业限制期内</translation>
    </message>
    <message>
        <source>Key positions without a review in the last 12 months</source>
        <translation>近12个月未审查的关键岗位</translation>
    </message>
    <message>
        <source>Core source code</source>
        <translation>核心源代码</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Model weights download</source>
        <translation>模型权重下载</translation>
    </message>
    <message>
        <source>Experiment logs and failure records</source>
        <translation>实验日志和故障记录</translation>
    </message>
    <message>
        <source>Unpublished capabilities</source>
        <translation>未公开的能力</translation>
    </message>
    <message>
        <source>Chip design data</source>
        <translation>芯片设计数据</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>registered personnel whose private exit needs the unit&apos;s approval</source>
        <translation>登记备案人员，因私出境须经单位审批</translation>
    </message>
    <message>
        <source>state-secret personnel under exit management</source>
        <translation>涉密人员出境管理</translation>
    </message>
    <message>
        <source>an authority&apos;s instruction</source>
        <translation>有关机关的要求</translation>
    </message>
    <message>
        <source>No matter was opened</source>
        <translation>未打开任何事项</translation>
    </message>
    <message>
        <source>no matters</source>
        <translation>无事项</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>是否为同一人？</translation>
    </message>
    <message>
        <source>The register already has {0} ({1}), who may be the person of the imported matter {2}. Join the two entries? The register&apos;s entry is kept.</source>
        <translation>人员名册中已有 {0}（{1}），可能与导入事项 {2} 的人员为同一人。是否合并这两个条目？保留名册中原有的条目。</translation>
    </message>
    <message>
        <source>Join them</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>未合并</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People register</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <source>Register view</source>
        <translation>名册视图</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print register (PDF)…</source>
        <translation>打印名册 (PDF)(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Back to matters</source>
        <translation>返回事项(&amp;B)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Key position</source>
        <translation>关键岗位</translation>
    </message>
    <message>
        <source>Confidentiality period ends</source>
        <translation>脱密期届满</translation>
    </message>
    <message>
        <source>Non-compete ends</source>
        <translation>竞业限制届满</translation>
    </message>
    <message>
        <source>Access last confirmed</source>
        <translation>访问权限最近确认</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The register could not be read</source>
        <translation>无法读取人员名册</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>No one is in this view.</source>
        <translation>此视图中没有人员。</translation>
    </message>
    <message numerus="yes">
        <source>People in this view: %n</source>
        <translation>
            <numerusform>此视图中共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>将名册导出为 CSV</translation>
    </message>
    <message>
        <source>Print the register as PDF</source>
        <translation>将名册打印为 PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The register was saved to {0}.</source>
        <translation>名册已保存到 {0}。</translation>
    </message>
    <message>
        <source>The register was not saved</source>
        <translation>名册未保存</translation>
    </message>
</context>
<context>
    <name>PersonWindow</name>
    <message>
        <source>&amp;New matter for this person…</source>
        <translation>为此人新建事项(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Set or clear the Chinese name and the employee number.</source>
        <translation>设置或清除中文姓名和工号。</translation>
    </message>
    <message>
        <source>Standing facts (from the latest intake)</source>
        <translation>基本事实（取自最近一次信息采集）</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>层级历史</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Access to the core assets</source>
        <translation>核心资产访问权限</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Can reach</source>
        <translation>可接触</translation>
    </message>
    <message>
        <source>&amp;Confirm access</source>
        <translation>确认访问权限(&amp;C)</translation>
    </message>
    <message>
        <source>Record that the access shown was checked today, without opening a new matter.</source>
        <translation>记录今日已核实所示访问权限，无需新建事项。</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Person — Outbound</source>
        <translation>人员 — Outbound</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位角色</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Other citizenships</source>
        <translation>其他国籍</translation>
    </message>
    <message>
        <source>Key position</source>
        <translation>关键岗位</translation>
    </message>
    <message>
        <source>Secret-related level</source>
        <translation>涉密等级</translation>
    </message>
    <message>
        <source>Confidentiality period ends</source>
        <translation>脱密期届满</translation>
    </message>
    <message>
        <source>Non-compete ends</source>
        <translation>竞业限制届满</translation>
    </message>
    <message>
        <source>Employer holds travel documents</source>
        <translation>单位保管出入境证件</translation>
    </message>
    <message>
        <source>The person&apos;s record could not be read</source>
        <translation>无法读取此人的记录</translation>
    </message>
    <message>
        <source>{0} — Outbound</source>
        <translation>{0} — Outbound</translation>
    </message>
    <message>
        <source>Current tier: {0}</source>
        <translation>当前层级：{0}</translation>
    </message>
    <message>
        <source>under: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Access has never been confirmed.</source>
        <translation>访问权限从未确认。</translation>
    </message>
    <message>
        <source>Confirmed {0} by {1}, from the intake of {2}.</source>
        <translation>{1} 于 {0} 确认，取自 {2} 的信息采集。</translation>
    </message>
    <message>
        <source>Confirmed {0} by {1}, without a new matter.</source>
        <translation>{1} 于 {0} 确认，未新建事项。</translation>
    </message>
    <message>
        <source>Access not confirmed</source>
        <translation>访问权限未确认</translation>
    </message>
    <message>
        <source>No matter was opened</source>
        <translation>未打开任何事项</translation>
    </message>
</context>
<context>
    <name>PolicyChangeDialog</name>
    <message>
        <source>Re-assess under review policy {0}</source>
        <translation>按审查规则第{0}版重新评估</translation>
    </message>
    <message>
        <source>What the re-assessment changes</source>
        <translation>重新评估带来的变化</translation>
    </message>
    <message>
        <source>&amp;Re-assess</source>
        <translation>重新评估(&amp;R)</translation>
    </message>
    <message>
        <source>This matter was assessed under review policy {0}. Re-assessing it under policy {1} keeps every decision, note and piece of evidence; signed memos are not changed.</source>
        <translation>本事项按审查规则第{0}版评估。按第{1}版重新评估将保留所有处理决定、说明和证明材料；已签署的备忘录不受影响。</translation>
    </message>
    <message>
        <source>Knowledge tier: {0} → {1}</source>
        <translation>知识层级：{0} → {1}</translation>
    </message>
    <message>
        <source>Recommendation: {0} → {1}</source>
        <translation>审查建议：{0} → {1}</translation>
    </message>
    <message>
        <source>New items (arrive open, marked new):</source>
        <translation>新增审查事项（状态为待处理，并标记为新增）：</translation>
    </message>
    <message>
        <source>Items whose terms change (new actions, owners and due dates):</source>
        <translation>内容有变化的审查事项（新的措施、责任部门和截止日期）：</translation>
    </message>
    <message>
        <source>Items that no longer apply (kept with their decisions):</source>
        <translation>不再适用的审查事项（连同处理决定一并保留）：</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way into the vault. It is shown only now. Save or print the recovery kit and keep it somewhere safe, apart from this computer.</source>
        <translation>如果忘记口令，此密钥是进入保险库的唯一途径。它仅在此时显示一次。请保存或打印恢复密钥单，并存放在本机以外的安全地点。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Save recovery kit…</source>
        <translation>保存恢复密钥单(&amp;S)…</translation>
    </message>
    <message>
        <source>Save recovery kit as PDF</source>
        <translation>将恢复密钥单另存为 PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print recovery kit</source>
        <translation>打印恢复密钥单</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere &amp;safe</source>
        <translation>我已将恢复密钥存放在安全地点(&amp;S)</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>我已将恢复密钥存放在安全地点</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>保存恢复密钥单</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The recovery kit was saved to {0}.</source>
        <translation>恢复密钥单已保存至{0}。</translation>
    </message>
    <message>
        <source>The recovery kit was not saved</source>
        <translation>恢复密钥单未保存</translation>
    </message>
    <message>
        <source>The recovery kit cannot be printed</source>
        <translation>无法打印恢复密钥单</translation>
    </message>
    <message>
        <source>Outbound recovery kit</source>
        <translation>Outbound 恢复密钥单</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>← Matters</source>
        <translation>← 事项</translation>
    </message>
    <message>
        <source>Back to the list of matters</source>
        <translation>返回事项列表</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>统计维度</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>立项日期自</translation>
    </message>
    <message>
        <source>Opened to</source>
        <translation>立项日期至</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Counted by the day each matter was opened, both dates included, in this computer&apos;s time zone; matters of every status count, archived ones too. A matter whose intake leaves required facts unanswered is provisional: by tier and by recommendation it counts as provisional, not under its provisional tier or recommendation (counsel&apos;s override counts as chosen).</source>
        <translation>按事项的立项日期统计，起止两日均包含在内，日期以本机时区为准；各状态的事项均计入，包括已归档的事项。信息采集仍有必答问题未回答的事项为暂定：按层级和按审查建议统计时计为“暂定”，不计入其暂定的层级或审查建议（法务人员改定的审查建议按改定结果计入）。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Pick a bar or a row to see the matters behind it.</source>
        <translation>点击条形或表格行，查看其对应的事项。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>审查建议</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>委托方</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>No recommendation yet</source>
        <translation>尚无审查建议</translation>
    </message>
    <message>
        <source>No client given</source>
        <translation>未填写委托方</translation>
    </message>
    <message>
        <source>{0} (provisional)</source>
        <translation>{0}（暂定）</translation>
    </message>
    <message>
        <source>{0} (overridden)</source>
        <translation>{0}（已改定）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立项日期</translation>
    </message>
    <message>
        <source>Double-click a matter to open it</source>
        <translation>双击事项即可打开</translation>
    </message>
    <message>
        <source>The first date is after the last one; choose an earlier start.</source>
        <translation>起始日期晚于截止日期，请选择更早的起始日期。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>无法生成报告</translation>
    </message>
    <message>
        <source>Matters by kind</source>
        <translation>按类型统计的事项</translation>
    </message>
    <message>
        <source>Matters by tier</source>
        <translation>按层级统计的事项</translation>
    </message>
    <message>
        <source>Matters by status</source>
        <translation>按状态统计的事项</translation>
    </message>
    <message>
        <source>Matters by recommendation</source>
        <translation>按审查建议统计的事项</translation>
    </message>
    <message>
        <source>Matters by client</source>
        <translation>按委托方统计的事项</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) opened in the period</source>
        <translation>
            <numerusform>期间内立项的事项共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>; {0} provisional</source>
        <translation>，其中 {0} 项暂定</translation>
    </message>
    <message>
        <source>(the chart shows the {0} largest of {1} groups)</source>
        <translation>（图表仅显示 {1} 个分组中数量最多的 {0} 个）</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>视图(&amp;W)</translation>
    </message>
    <message>
        <source>Provisional — intake incomplete</source>
        <translation>暂定 — 信息不全</translation>
    </message>
    <message>
        <source>No matter was opened in this period.</source>
        <translation>此期间内没有立项的事项。</translation>
    </message>
    <message>
        <source>{0}: loading the matters…</source>
        <translation>{0}：正在读取事项…</translation>
    </message>
    <message>
        <source>The matters were not read</source>
        <translation>未能读取事项</translation>
    </message>
    <message numerus="yes">
        <source>{0} — %n matter(s)</source>
        <translation>
            <numerusform>{0} — %n 项事项</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first {0} shown; Export CSV… lists them all)</source>
        <translation>（仅显示前 {0} 项；“导出 CSV…”可列出全部）</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>报告未导出</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>将报告导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to {0}.</source>
        <translation>报告已保存至 {0}。</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>Counts of matters by kind, tier, status, recommendation or client</source>
        <translation>按类型、层级、状态、审查建议或委托方统计事项数量</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vault settings</source>
        <translation>保险库设置</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>本保险库</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Shown in memo headings</source>
        <translation>显示在备忘录抬头</translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation>编号前缀</translation>
    </message>
    <message>
        <source>Matter references read PREFIX-YEAR-NUMBER, e.g. OB-2026-0001.</source>
        <translation>事项编号格式为 PREFIX-YEAR-NUMBER（前缀-年份-序号），例如 OB-2026-0001。</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>纸张尺寸</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reference prefix:</source>
        <translation>编号前缀(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>纸张尺寸(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>闲置锁定时间(&amp;L)：</translation>
    </message>
    <message>
        <source>Memo marking</source>
        <translation>备忘录保密标识</translation>
    </message>
    <message>
        <source>Our organisation&apos;s marking (text below)</source>
        <translation>本机构的保密标识（见下方文字）</translation>
    </message>
    <message>
        <source>US privilege legend (no effect under PRC law)</source>
        <translation>美国律师-客户特权声明（依中国法律不产生效力）</translation>
    </message>
    <message>
        <source>Marking text</source>
        <translation>标识文字</translation>
    </message>
    <message>
        <source>e.g. Confidential — internal legal advice</source>
        <translation>例如：机密——内部法律意见</translation>
    </message>
    <message>
        <source>US counsel confirmation text</source>
        <translation>美国律师确认说明</translation>
    </message>
    <message>
        <source>Printed in a memo&apos;s scope when it gives conclusions on US law.</source>
        <translation>备忘录就美国法律给出结论时，印在其适用范围部分。</translation>
    </message>
    <message>
        <source>One-person team: the preparer may also review and approve (recorded)</source>
        <translation>一人团队：拟稿人也可审核和批准（将被记录）</translation>
    </message>
    <message>
        <source>Memo language</source>
        <translation>备忘录语言</translation>
    </message>
    <message>
        <source>The language of new memos. A memo already begun keeps its own language.</source>
        <translation>新备忘录所用的语言。已开始起草的备忘录保持其原有语言。</translation>
    </message>
    <message>
        <source>Memo la&amp;nguage:</source>
        <translation>备忘录语言(&amp;N)：</translation>
    </message>
    <message>
        <source>Memo &amp;marking:</source>
        <translation>备忘录保密标识(&amp;M)：</translation>
    </message>
    <message>
        <source>Marking &amp;text:</source>
        <translation>标识文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;US law note:</source>
        <translation>美国法律说明(&amp;U)：</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>Recorded in each matter&apos;s history for what you do, and the From line of the memos you draft. Kept on this computer, not in the vault.</source>
        <translation>用于在各事项审计记录中记载您的操作，并作为您草拟的备忘录的发件人。保存在本机，不保存在保险库中。</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>Set by OUTBOUND_ACTOR for this session.</source>
        <translation>本次会话由 OUTBOUND_ACTOR 设定。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when Outbound next starts.</source>
        <translation>新语言将在下次启动 Outbound 时生效。</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>法务人员</translation>
    </message>
    <message>
        <source>Counsel and certificates are saved as soon as you add them.</source>
        <translation>法务人员和证书添加后即时保存。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <source>New counsel name</source>
        <translation>新法务人员姓名</translation>
    </message>
    <message>
        <source>Title, e.g. Senior Legal Counsel</source>
        <translation>职务，例如：高级法务经理</translation>
    </message>
    <message>
        <source>New counsel title</source>
        <translation>新法务人员职务</translation>
    </message>
    <message>
        <source>&amp;Add counsel</source>
        <translation>添加法务人员(&amp;A)</translation>
    </message>
    <message>
        <source>Create personal &amp;certificate</source>
        <translation>创建个人证书(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import a certificate file (.p12 / .pfx)…</source>
        <translation>导入证书文件 (.p12 / .pfx)(&amp;I)…</translation>
    </message>
    <message>
        <source>Change &amp;signing passphrase…</source>
        <translation>更改签署口令(&amp;S)…</translation>
    </message>
    <message>
        <source>Rotat&amp;e certificate…</source>
        <translation>轮换证书(&amp;E)…</translation>
    </message>
    <message>
        <source>A new personal certificate; memos already signed still verify</source>
        <translation>换发新的个人证书；已签署的备忘录仍可验证</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>证书文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Type the counsel&apos;s name first.</source>
        <translation>请先输入法务人员的姓名。</translation>
    </message>
    <message>
        <source>Select a counsel in the list to give them a signing certificate.</source>
        <translation>请在列表中选择一位法务人员，为其配发签名证书。</translation>
    </message>
    <message>
        <source>Add counsel first; then give them a signing certificate.</source>
        <translation>请先添加法务人员，再为其配发签名证书。</translation>
    </message>
    <message>
        <source>This counsel has a certificate: Rotate certificate… makes a new one.</source>
        <translation>该法务人员已有证书：如需新证书，请使用“轮换证书…”。</translation>
    </message>
    <message>
        <source>Counsel not added</source>
        <translation>法务人员未添加</translation>
    </message>
    <message>
        <source>A personal certificate was created for {0}.</source>
        <translation>已为{0}创建个人证书。</translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>证书密码</translation>
    </message>
    <message>
        <source>Password of {0}:</source>
        <translation>{0}的密码：</translation>
    </message>
    <message>
        <source>Yes — needs a signing passphrase</source>
        <translation>有——须设置签署口令</translation>
    </message>
    <message>
        <source>Set &amp;signing passphrase…</source>
        <translation>设置签署口令(&amp;S)…</translation>
    </message>
    <message>
        <source>This counsel&apos;s signing key has no signing passphrase of its own, so it cannot sign until one is set.</source>
        <translation>该法务人员的签名密钥没有自己的签署口令，设置之前无法签署。</translation>
    </message>
    <message>
        <source>This counsel has no signing certificate yet.</source>
        <translation>该法务人员尚无签名证书。</translation>
    </message>
    <message>
        <source>{0}&apos;s signing passphrase was set.</source>
        <translation>已为{0}设置签署口令。</translation>
    </message>
    <message>
        <source>{0}&apos;s signing passphrase was changed.</source>
        <translation>{0}的签署口令已更改。</translation>
    </message>
    <message>
        <source>{0} has a new personal certificate.</source>
        <translation>{0}已换发新的个人证书。</translation>
    </message>
    <message>
        <source>The certificate was imported for {0}.</source>
        <translation>已为{0}导入证书。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign version {0}</source>
        <translation>签署第{0}版</translation>
    </message>
    <message>
        <source>Signing locks version {0} for good: any later edit becomes a new version. The signature records who signed, when, in what capacity, and the memo&apos;s SHA-256 fingerprint.</source>
        <translation>签署后第{0}版将永久锁定：此后的任何修改都将成为新版本。签名记录签署人、签署时间、签署身份以及备忘录的 SHA-256 指纹。</translation>
    </message>
    <message>
        <source>What a final signature needs</source>
        <translation>最终签署所需条件</translation>
    </message>
    <message>
        <source>Only a “Prepared by” (draft) signature is possible on this version; a review or approval needs: {0}. Order: prepared, reviewed, approved; the preparer does not review or approve the same version.</source>
        <translation>此版本目前只能以“拟稿”（草稿）身份签署；审核或批准还需要：{0}。签署顺序：拟稿、审核、批准；拟稿人不得审核或批准同一版本。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>This version may be signed as final. Order: prepared, reviewed, approved; the preparer does not review or approve the same version.</source>
        <translation>此版本可以作为最终版本签署。签署顺序：拟稿、审核、批准；拟稿人不得审核或批准同一版本。</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>法务人员</translation>
    </message>
    <message>
        <source>No counsel in this vault yet</source>
        <translation>本保险库尚无法务人员</translation>
    </message>
    <message>
        <source>&amp;New counsel…</source>
        <translation>新增法务人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a counsel to this vault</source>
        <translation>向本保险库添加法务人员</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>签署身份</translation>
    </message>
    <message>
        <source>Why a capacity is not offered</source>
        <translation>某一签署身份不可选的原因</translation>
    </message>
    <message>
        <source>&amp;Counsel:</source>
        <translation>法务人员(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>签署身份(&amp;A)：</translation>
    </message>
    <message>
        <source>New counsel name</source>
        <translation>新法务人员姓名</translation>
    </message>
    <message>
        <source>e.g. Wang Li</source>
        <translation>例如：王力</translation>
    </message>
    <message>
        <source>New counsel title</source>
        <translation>新法务人员职务</translation>
    </message>
    <message>
        <source>e.g. Senior Legal Counsel</source>
        <translation>例如：高级法务经理</translation>
    </message>
    <message>
        <source>A&amp;dd counsel</source>
        <translation>添加法务人员(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>Digital signature in the PDF</source>
        <translation>PDF 中的数字签名</translation>
    </message>
    <message>
        <source>Create &amp;personal certificate…</source>
        <translation>创建个人证书(&amp;P)…</translation>
    </message>
    <message>
        <source>✓ {0} has a signing certificate in this vault: the PDF will carry their digital signature. Type {0}&apos;s own signing passphrase below.</source>
        <translation>✓ {0}在本保险库中有签名证书：PDF 将附带其数字签名。请在下方输入{0}本人的签署口令。</translation>
    </message>
    <message>
        <source>{0}&apos;s signing key has no signing passphrase of its own, so it cannot sign: the vault passphrase alone must not sign as them. Set {0}&apos;s signing passphrase now (the certificate stays the same).</source>
        <translation>{0}的签名密钥没有自己的签署口令，因此无法签署：仅凭保险库口令不得以其名义签署。请现在设置{0}的签署口令（证书保持不变）。</translation>
    </message>
    <message>
        <source>{0} has no signing certificate yet. Every signature is a digital signature in the PDF: create a personal certificate (protected by {0}&apos;s own signing passphrase) or import a certificate file.</source>
        <translation>{0} 尚无签名证书。每一次签署都是 PDF 中的数字签名：请创建个人证书（由{0}本人的签署口令保护），或导入证书文件。</translation>
    </message>
    <message>
        <source>Type the signing passphrase that will protect the imported certificate, twice.</source>
        <translation>请输入两次用于保护所导入证书的签署口令。</translation>
    </message>
    <message>
        <source>Create a certificate for {0} or import one first.</source>
        <translation>请先为{0}创建或导入证书。</translation>
    </message>
    <message>
        <source>Set {0}&apos;s signing passphrase first.</source>
        <translation>请先设置{0}的签署口令。</translation>
    </message>
    <message>
        <source>Type {0}&apos;s signing passphrase.</source>
        <translation>请输入{0}的签署口令。</translation>
    </message>
    <message>
        <source>counsel&apos;s summary is not written</source>
        <translation>法务人员的摘要尚未撰写</translation>
    </message>
    <message numerus="yes">
        <source>%n required fact(s) neither answered nor listed as an assumption</source>
        <translation>
            <numerusform>%n 项必要事实既未回答，也未列为假设</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message numerus="yes">
        <source>no decision on %n critical or blocking item(s): {0}</source>
        <translation>
            <numerusform>%n 项关键或阻断事项尚未作出决定：{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such capacity; choose prepared, reviewed or approved.</source>
        <translation>没有这种签署身份；请选择拟稿、审核或批准。</translation>
    </message>
    <message>
        <source>Only a “Prepared” (draft) signature is possible on this version; a review or approval needs: {0}.</source>
        <translation>此版本目前只能以“拟稿”（草稿）身份签署；审核或批准还需要：{0}。</translation>
    </message>
    <message>
        <source>This version cannot be signed as “{0}” yet: it has no “{1}” signature (order: prepared, reviewed, approved).</source>
        <translation>此版本尚不能以“{0}”身份签署：它还没有“{1}”签名（签署顺序：拟稿、审核、批准）。</translation>
    </message>
    <message>
        <source>{0} prepared this version and may not also sign it as “{1}”: another counsel must, or turn on the one-person waiver in Settings.</source>
        <translation>{0}是此版本的拟稿人，不得再以“{1}”身份签署：须由其他法务人员签署，或在“设置”中开启“一人团队”豁免。</translation>
    </message>
    <message>
        <source>{0} already signed this version as “{1}”.</source>
        <translation>{0}已以“{1}”身份签署此版本。</translation>
    </message>
    <message>
        <source>This version already has its “Prepared” signature.</source>
        <translation>此版本已有“拟稿”签名。</translation>
    </message>
    <message>
        <source>{0} has no signing certificate: create a personal certificate or import a certificate file, in the Sign dialog or in Settings.</source>
        <translation>{0}尚无签名证书：请在签署对话框或“设置”中创建个人证书或导入证书文件。</translation>
    </message>
    <message>
        <source>{0}&apos;s signing passphrase is needed to sign.</source>
        <translation>签署需要{0}的签署口令。</translation>
    </message>
    <message>
        <source>The signing passphrase for {0} is wrong; nothing was signed or changed.</source>
        <translation>{0}的签署口令不正确；未签署，也未更改任何内容。</translation>
    </message>
    <message>
        <source>{0}&apos;s signing key has no signing passphrase of its own yet, so the vault passphrase alone would sign as them; nothing was signed. Set {0}&apos;s signing passphrase first.</source>
        <translation>{0}的签名密钥还没有本人的签署口令，仅凭保险库口令即可以其名义签署；因此未签署。请先设置{0}的签署口令。</translation>
    </message>
    <message>
        <source>{0}&apos;s signing passphrase is needed to keep the imported certificate under their own protection; nothing was signed.</source>
        <translation>需要{0}的签署口令，导入的证书才能由其本人保护；未签署。</translation>
    </message>
    <message>
        <source>{0}&apos;s signing key cannot be opened with this vault&apos;s key; import their certificate again.</source>
        <translation>无法用此保险库的密钥打开{0}的签名密钥；请重新导入其证书。</translation>
    </message>
    <message>
        <source>{0} is closed and read-only; reopen it first to change it.</source>
        <translation>{0}已结案，为只读；请先重新开启再修改。</translation>
    </message>
    <message>
        <source>{0} is archived and read-only; unarchive it first to change it.</source>
        <translation>{0}已归档，为只读；请先取消归档再修改。</translation>
    </message>
    <message>
        <source>A self-signed certificate kept in this vault, for this counsel</source>
        <translation>为该法务人员创建的自签名证书，保存在本保险库中</translation>
    </message>
    <message>
        <source>Set si&amp;gning passphrase…</source>
        <translation>设置签署口令(&amp;G)…</translation>
    </message>
    <message>
        <source>Certificate file (.p12 / .pfx)</source>
        <translation>证书文件 (.p12 / .pfx)</translation>
    </message>
    <message>
        <source>Optional: import a certificate file (.p12 / .pfx)</source>
        <translation>选填：导入证书文件 (.p12 / .pfx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Import a certificate file (.p12 / .pfx)</source>
        <translation>导入证书文件 (.p12 / .pfx)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>证书密码</translation>
    </message>
    <message>
        <source>Password of the certificate file</source>
        <translation>证书文件的密码</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Signing passphrase</source>
        <translation>签署口令</translation>
    </message>
    <message>
        <source>The signer&apos;s own passphrase (not the vault&apos;s)</source>
        <translation>签署人本人的口令（不是保险库口令）</translation>
    </message>
    <message>
        <source>Signing pass&amp;phrase:</source>
        <translation>签署口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Repeat the signing passphrase</source>
        <translation>再次输入签署口令</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>再次输入(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <source>Who signs? Add the counsel here; they are kept in this vault&apos;s counsel list.</source>
        <translation>由谁签署？请在此添加法务人员；其将保存在本保险库的法务人员名单中。</translation>
    </message>
    <message>
        <source>Add another counsel to this vault:</source>
        <translation>向本保险库添加另一位法务人员：</translation>
    </message>
    <message>
        <source>Counsel not added</source>
        <translation>法务人员未添加</translation>
    </message>
    <message>
        <source>Choose or add the counsel who signs.</source>
        <translation>请选择或添加签署的法务人员。</translation>
    </message>
    <message>
        <source>Add the counsel who signs above.</source>
        <translation>请在上方添加签署的法务人员。</translation>
    </message>
    <message>
        <source>No counsel are registered in this vault yet.</source>
        <translation>本保险库尚未登记法务人员。</translation>
    </message>
    <message>
        <source>Choose the counsel who signs first.</source>
        <translation>请先选择签署的法务人员。</translation>
    </message>
</context>
<context>
    <name>SigningPassphrase</name>
    <message>
        <source>Set signing passphrase</source>
        <translation>设置签署口令</translation>
    </message>
    <message>
        <source>{0}&apos;s signing key was kept without a signing passphrase of its own, so it cannot sign: the vault passphrase alone must not sign as them. Set the passphrase {0} will type at every signature; the certificate stays the same.</source>
        <translation>{0}的签名密钥保存时没有自己的签署口令，因此无法签署：仅凭保险库口令不得以其名义签署。请设置{0}每次签署时输入的口令；证书保持不变。</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>设置口令(&amp;S)</translation>
    </message>
    <message>
        <source>Change signing passphrase</source>
        <translation>更改签署口令</translation>
    </message>
    <message>
        <source>The new passphrase protects {0}&apos;s signing key from now on; the old one stops signing. The certificate stays the same.</source>
        <translation>自现在起由新口令保护{0}的签名密钥；旧口令不再能签署。证书保持不变。</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>更改口令(&amp;C)</translation>
    </message>
    <message>
        <source>Rotate certificate</source>
        <translation>轮换证书</translation>
    </message>
    <message>
        <source>A new personal certificate replaces {0}&apos;s current one, its key under a new signing passphrase. Memos already signed keep their signatures and still verify.</source>
        <translation>新的个人证书将取代{0}当前的证书，其密钥由新的签署口令保护。已签署的备忘录保留其签名，仍可验证。</translation>
    </message>
    <message>
        <source>&amp;Rotate certificate</source>
        <translation>轮换证书(&amp;R)</translation>
    </message>
    <message>
        <source>Signing passphrase for {0}</source>
        <translation>{0}的签署口令</translation>
    </message>
    <message>
        <source>{0}&apos;s signing key is kept in this vault under their own signing passphrase, asked at every signature: the vault passphrase alone cannot sign as them.</source>
        <translation>{0}的签名密钥保存在本保险库中，由其本人的签署口令保护，每次签署时都须输入：仅凭保险库口令无法以其名义签署。</translation>
    </message>
    <message>
        <source>&amp;Keep certificate</source>
        <translation>保存证书(&amp;K)</translation>
    </message>
</context>
<context>
    <name>SigningPassphraseDialog</name>
    <message>
        <source>Current signing passphrase</source>
        <translation>当前签署口令</translation>
    </message>
    <message>
        <source>C&amp;urrent signing passphrase:</source>
        <translation>当前签署口令(&amp;U)：</translation>
    </message>
    <message>
        <source>New signing passphrase</source>
        <translation>新签署口令</translation>
    </message>
    <message>
        <source>Repeat the new signing passphrase</source>
        <translation>再次输入新签署口令</translation>
    </message>
    <message>
        <source>Not the vault&apos;s: only this counsel should know it</source>
        <translation>不是保险库口令：只应由该法务人员本人知晓</translation>
    </message>
    <message>
        <source>&amp;New signing passphrase:</source>
        <translation>新签署口令(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Type the current signing passphrase, then the new one twice.</source>
        <translation>请输入当前签署口令，再输入两次新口令。</translation>
    </message>
    <message>
        <source>Type the new signing passphrase twice (at least “Fair”).</source>
        <translation>请输入两次新签署口令（强度至少为“一般”）。</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <source>An estimate from length, kinds of characters and common patterns. Long passphrases of several unrelated words are both strong and easy to remember.</source>
        <translation>根据长度、字符种类和常见模式估算。由几个互不相关的词组成的长口令既安全又便于记忆。</translation>
    </message>
    <message>
        <source>Use at least 10 characters — four or more unrelated words work well.</source>
        <translation>请至少使用 10 个字符——四个或更多互不相关的词效果很好。</translation>
    </message>
    <message>
        <source>Contains a commonly used password.</source>
        <translation>包含常用密码。</translation>
    </message>
    <message>
        <source>Avoid keyboard runs, sequences and repeated characters.</source>
        <translation>避免使用键盘连续键、顺序字符和重复字符。</translation>
    </message>
    <message>
        <source>Add another word or mix in digits and symbols.</source>
        <translation>再加一个词，或混用数字和符号。</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Tasks of this item</source>
        <translation>本审查事项的任务</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task note</source>
        <translation>任务备注</translation>
    </message>
    <message>
        <source>Note: what was done, or why it is not needed</source>
        <translation>备注：已完成的工作，或无需办理的理由</translation>
    </message>
    <message>
        <source>Evidence for the task</source>
        <translation>任务的证明材料</translation>
    </message>
    <message>
        <source>An attachment of this matter that shows the action was done (add files on the Attachments tab)</source>
        <translation>本事项中证明该行动已完成的附件（可在“附件”标签页添加文件）</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>完成(&amp;O)</translation>
    </message>
    <message>
        <source>Not nee&amp;ded</source>
        <translation>无需办理(&amp;D)</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>指派(&amp;G)…</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>重新打开(&amp;P)</translation>
    </message>
    <message>
        <source>No evidence attached</source>
        <translation>未附证明材料</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>证明材料：{0}</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>措施 {0}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source> (no longer applies)</source>
        <translation>（不再适用）</translation>
    </message>
    <message>
        <source>Say in the note why the action is not needed.</source>
        <translation>请在备注中说明该措施无需办理的理由。</translation>
    </message>
    <message>
        <source>The task was not updated</source>
        <translation>任务未更新</translation>
    </message>
    <message>
        <source>Assign the task</source>
        <translation>指派任务</translation>
    </message>
    <message>
        <source>Counsel, or anyone else by name (HR, IT, security):</source>
        <translation>法务人员，或其他任何人的姓名（人力资源、IT、保密与安全）：</translation>
    </message>
    <message>
        <source>The task was not assigned</source>
        <translation>任务未指派</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需办理</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>未来 30 天</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>最后工作日</translation>
    </message>
    <message>
        <source>Travel starts</source>
        <translation>出行开始</translation>
    </message>
    <message>
        <source>Travel ends</source>
        <translation>出行结束</translation>
    </message>
    <message>
        <source>Secondment starts</source>
        <translation>派驻开始</translation>
    </message>
    <message>
        <source>Secondment ends</source>
        <translation>派驻结束</translation>
    </message>
    <message>
        <source>Collaboration starts</source>
        <translation>合作开始</translation>
    </message>
    <message>
        <source>Confidentiality (脱密) period ends</source>
        <translation>脱密期届满</translation>
    </message>
    <message>
        <source>Non-compete ends</source>
        <translation>竞业限制期届满</translation>
    </message>
    <message>
        <source>Licence decision window opens (apply by)</source>
        <translation>许可审批期开始（最迟申请日）</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>unknown — establish the date</source>
        <translation>不详——请确定日期</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>{0} (approx.: Mon–Fri; public holidays not counted)</source>
        <translation>{0}（约数：按周一至周五计，未扣除法定节假日）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>{0} — changed from {1}</source>
        <translation>{0}——原为 {1}</translation>
    </message>
    <message>
        <source>{0}, action {1}</source>
        <translation>{0}，措施 {1}</translation>
    </message>
    <message>
        <source>{0}+</source>
        <translation>{0}+</translation>
    </message>
    <message>
        <source>Due: {0} overdue, {1} due this week</source>
        <translation>到期：{0} 项已逾期，{1} 项本周到期</translation>
    </message>
    <message>
        <source>{0} (approx.)</source>
        <translation>{0}（约数）</translation>
    </message>
    <message>
        <source>Key dates: {0}</source>
        <translation>关键日期：{0}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault — Outbound</source>
        <translation>解锁保险库 — Outbound</translation>
    </message>
    <message>
        <source>Unlock a vault</source>
        <translation>解锁保险库</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>最近使用的保险库</translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation>其他保险库(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose another vault file</source>
        <translation>选择其他保险库文件</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>改用恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>改用恢复密钥</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>解锁错误</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>新建保险库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>创建新的保险库</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>保险库(&amp;V)：</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <source>Outbound vaults (*.outbound);;All files (*)</source>
        <translation>Outbound 保险库 (*.outbound);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>恢复密钥(&amp;R)：</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The 32 characters of the recovery kit. Case, spaces and dashes do not matter; dashes are added as you type.</source>
        <translation>恢复密钥单上的 32 个字符。不区分大小写，空格和连字符不影响识别；输入时会自动添加连字符。</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Outbound — create a vault</source>
        <translation>Outbound — 创建保险库</translation>
    </message>
    <message>
        <source>The vault was created, but it could not be remembered: {0}</source>
        <translation>保险库已创建，但未能在本机记住：{0}</translation>
    </message>
</context>
<context>
    <name>WindowLanguage</name>
    <message>
        <source>en</source>
        <comment>Translate as zh: the content language</comment>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>YourNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Outbound records who does what in each matter&apos;s history, and memos you draft are from you. Choose your name from the vault&apos;s counsel, or type it.</source>
        <translation>Outbound 会在各事项的审计记录中记载操作人，您草拟的备忘录以您为发件人。请从保险库的法务人员中选择您的姓名，或直接输入。</translation>
    </message>
    <message>
        <source>Outbound records who does what in each matter&apos;s history, and memos you draft are from you. Type your name as it should appear on a memo.</source>
        <translation>Outbound 会在各事项的审计记录中记载操作人，您草拟的备忘录以您为发件人。请按备忘录上应显示的样式输入您的姓名。</translation>
    </message>
    <message>
        <source>Kept on this computer only; change it any time in Vault ▸ Settings.</source>
        <translation>仅保存在本机；可随时在“保险库 ▸ 设置”中更改。</translation>
    </message>
    <message>
        <source>&amp;Add me to this vault&apos;s counsel (counsel sign memos)</source>
        <translation>将我添加为本保险库的法务人员（由法务人员签署备忘录）(&amp;A)</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>您的职务</translation>
    </message>
    <message>
        <source>e.g. Senior Legal Counsel</source>
        <translation>例如：高级法务经理</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>Counsel not added</source>
        <translation>法务人员未添加</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something unexpected went wrong ({0}). Nothing further was changed; please try again, and report the problem if it persists.</source>
        <translation>发生意外错误（{0}）。未作进一步更改；请重试，如问题仍然存在，请报告该问题。</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>this passphrase does not open the vault</source>
        <translation>该口令无法打开此保险库</translation>
    </message>
    <message>
        <source>this recovery key does not open the vault</source>
        <translation>该恢复密钥无法打开此保险库</translation>
    </message>
    <message>
        <source>an empty passphrase is not allowed</source>
        <translation>口令不能为空</translation>
    </message>
    <message>
        <source>this vault has no passphrase; unlock it with the recovery key</source>
        <translation>此保险库未设置口令；请使用恢复密钥解锁</translation>
    </message>
    <message>
        <source>this vault is not remembered on this computer</source>
        <translation>本机未记住此保险库</translation>
    </message>
    <message>
        <source>this computer has no secure system keychain</source>
        <translation>本机没有安全的系统钥匙串</translation>
    </message>
    <message>
        <source>the vault is locked; unlock it first</source>
        <translation>保险库已锁定；请先解锁</translation>
    </message>
    <message>
        <source>the vault is being changed by another process (a passphrase change or a data-key rotation); try again when it has finished</source>
        <translation>另一进程正在修改保险库（更改口令或轮换数据密钥）；请待其完成后重试</translation>
    </message>
    <message>
        <source>a matter needs a title</source>
        <translation>事项须有标题</translation>
    </message>
    <message>
        <source>an override needs a written reason</source>
        <translation>改定须写明理由</translation>
    </message>
    <message>
        <source>counsel need a name</source>
        <translation>法务人员须有姓名</translation>
    </message>
    <message>
        <source>draft the memo first: this matter has no memo version</source>
        <translation>请先草拟备忘录：本事项尚无备忘录版本</translation>
    </message>
    <message>
        <source>this matter has no memo version yet; draft the memo first</source>
        <translation>本事项尚无备忘录版本；请先草拟备忘录</translation>
    </message>
    <message>
        <source>the idle lock must be between 1 and 480 minutes</source>
        <translation>闲置锁定时间须在 1 至 480 分钟之间</translation>
    </message>
    <message>
        <source>the organisation name must be text of at most 300 characters</source>
        <translation>机构名称须为不超过 300 个字符的文本</translation>
    </message>
    <message>
        <source>The certificate file could not be opened: the password is wrong or the file is not a valid PKCS#12 (.p12/.pfx) file.</source>
        <translation>无法打开证书文件：证书密码不正确，或该文件不是有效的 PKCS#12（.p12/.pfx）文件。</translation>
    </message>
    <message>
        <source>The certificate file holds no private key and certificate pair.</source>
        <translation>该证书文件中没有成对的私钥和证书。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Departure</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Overseas secondment</source>
        <translation>境外派驻</translation>
    </message>
    <message>
        <source>Overseas travel</source>
        <translation>出境出差</translation>
    </message>
    <message>
        <source>Overseas collaboration</source>
        <translation>境外合作</translation>
    </message>
    <message>
        <source>Someone leaves the company — to a new employer, a start-up or abroad. Covers non-compete, confidentiality, return of materials and export of know-how.</source>
        <translation>人员离开公司——入职新雇主、创业或出境。涵盖竞业限制、保密义务、资料返还和专有技术出口。</translation>
    </message>
    <message>
        <source>Someone is posted to work at an overseas affiliate, partner or customer for a period, keeping their employment.</source>
        <translation>人员在保留劳动关系的前提下，被派往境外关联公司、合作伙伴或客户处工作一段时间。</translation>
    </message>
    <message>
        <source>A business trip abroad: conferences, customer visits, negotiations — what the person carries, presents and discusses.</source>
        <translation>出境商务出差：会议、客户拜访、商务谈判——审查当事人携带、展示和讨论的内容。</translation>
    </message>
    <message>
        <source>Joint research, technical services or data exchange with an overseas party, including open-source releases.</source>
        <translation>与境外主体开展联合研究、技术服务或数据交换，包括开源发布。</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>信息采集</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Memo draft</source>
        <translation>备忘录草拟</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tier {0}</source>
        <translation>{0}级</translation>
    </message>
    <message>
        <source>Tier 1 — critical knowledge carrier</source>
        <translation>一级——关键知识载体</translation>
    </message>
    <message>
        <source>Tier 2 — sensitive access</source>
        <translation>二级——接触敏感信息</translation>
    </message>
    <message>
        <source>Tier 3 — general staff</source>
        <translation>三级——一般员工</translation>
    </message>
    <message>
        <source>Proceed</source>
        <translation>可以进行</translation>
    </message>
    <message>
        <source>Proceed with conditions</source>
        <translation>附条件进行</translation>
    </message>
    <message>
        <source>Hold pending approval</source>
        <translation>暂缓，待审批</translation>
    </message>
    <message>
        <source>Do not proceed</source>
        <translation>不予进行</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation>本安装不支持打印。</translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation>打印{0}</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message numerus="yes">
        <source>Incomplete — %n required fact unanswered</source>
        <translation>
            <numerusform>信息不全——%n 项必要事实未回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete — %n required facts unanswered</source>
        <translation>
            <numerusform>信息不全——%n 项必要事实未回答</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (overridden)</source>
        <translation>{0}（已改定）</translation>
    </message>
</context>
</TS>
