<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Attachments</name>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments yet.

Drop contracts, NDAs, approvals and other evidence here, or use “Add files…”. Files are copied into the encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to add them to the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into the vault…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open outside the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” will be written unencrypted to a private temporary folder so another application can open it. The copy is deleted when the vault locks or Outbound quits, but the other application may keep its own copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} from this matter? Checklist items lose them as evidence. The removal is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDialogs</name>
    <message>
        <source>Decryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File count and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter data is well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records agree with each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit history chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers, forms and memos make sense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with the transport passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is safe to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle format this version of Outbound reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It states who exported it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file matches the hash recorded at export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of files and their total size match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s own records match the hashes recorded at export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter data is complete and well formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records agree with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit history is unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the key shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be opened with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged or unsafe to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a bundle format this version of Outbound reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who exported it and when is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file was changed, added or removed after export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of files or their total size changed after export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s own records were changed after export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter data is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit history was changed or cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the signed records, but other checks failed: it does not vouch for this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing — the bundle is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid — the bundle was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery key and “remember on this computer” keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Vault check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is sound: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found problems. Restore the vault from a backup, or keep this report for your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Export control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US export control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit and entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date unknown: establish the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(approx.: Mon–Fri; public holidays not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE at assessment: the lead time cannot be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📎 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>No review items yet. Answer the intake questions: the checklist is built from the answers and updates after each save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review items apply to these answers. The required questions are answered and no rule calls for a review; the checklist updates if the answers change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;assess under the new policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assess under the new review policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: {0}. Overridden by {1} on {2}: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: “{0}” until the required facts are answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed under review policy {0}; policy {1} is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed under review policy {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter has no attachments yet. Use “Add file…” to bring a document into the vault and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound keeps your matters in an encrypted vault on this computer. Create a vault to begin, or open one you already have. The passphrase never leaves this computer and cannot be reset, so choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a key in the system keychain so this computer opens the vault without the passphrase. Anyone who can log in as you can then open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in the system keychain; the passphrase still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound vaults (*.outbound);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and signing the case bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted case bundles (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was exported to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case bundle holds the whole matter: intake answers, checklist, every memo version with its PDF, the attachments and the audit history. It is signed with this vault&apos;s key so the recipient can check where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt for transport with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt for transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a USB stick or e-mail: without the passphrase the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat transport passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the recipient the passphrase another way — in person or by phone — never in the same message as the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was exported and signed. Give the recipient the SHA-256 and the fingerprint by another channel so they can check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, for transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show why this is asked and the legal basis (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Matter opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessed under a new review policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo version saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault signing key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel certificate stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revision {0}, %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tier {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (provisional: required facts unanswered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; new: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no longer applies: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review policy {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the computed recommendation (was {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — SHA-256 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} by {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with a digital signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a case bundle ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as a copy of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (key new to this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — fingerprint {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing certificate for {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this matter is recorded in a hash chain; verification finds any record edited or removed behind the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The chain is broken: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Chain intact: %n event(s) verified, none changed or removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundles (*.zip *.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is encrypted for transport. Enter the passphrase the sender gave you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the transport passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every file, the signature and the audit history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying again, then writing the matter in one step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter was imported as a copy, {0} (the original is {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter {0} was imported into this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: every check passed and the signature is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents verified; the bundle was not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to this vault; the fingerprint was recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Verify case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The bundle verified: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s contents verified, but it is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The bundle failed verification. It cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The bundle failed verification: {0} It cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to this vault (it signed bundles exported from here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to this vault. Compare the fingerprint with the sender by phone or in person before relying on the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Not relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches the records signed at export, but the files no longer match those records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as a &amp;copy with a new reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter is already in this vault. A copy keeps both: it gets a new reference and records where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a signature nothing shows who made this bundle or that it is the one they sent. Import it only if you received it directly from someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I trust where it came from: import the &amp;unsigned bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an unsigned bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <source>Clear the answer (back to not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this under {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2027-01-15 or {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as 2027-01-15 or {0}, or pick one from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2027-01-15 or {0}, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear number: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list (type a code, or a name in English or Chinese).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes or names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person holds no other citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a country: %1. Type codes or names, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Set when the matter was created; it decides which questions apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required questions not yet answered; click to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are saved as you type. Leave a question unanswered rather than guess; answer “Unknown” where the facts are still to be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem to fix in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) not yet answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All required questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Every required question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing facts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix “{0}” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Select a review item to see its legal basis, the actions it requires, and to record your decision and evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done or decided, and on what material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ Blocking: the move cannot go ahead as proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ New since the last assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer applies after the latest answers; kept with its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last decided by {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed attachment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>The vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it to see its matters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new matter (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected matter to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected matter as a case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the matters (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, references, page size, idle lock and counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the vault&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an encrypted copy of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate data key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the vault with a new data key; the old key stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundles are not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault open in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln matter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The matter was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matter was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {0} — {1}? Archived matters are kept with their history and can be found with the status filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter was not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound vaults (*.outbound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted copy was saved to {0}. It opens with the same passphrase and recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound will re-encrypt the whole vault with a new data key. Open matter windows close first. Your passphrase and recovery key keep working. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was re-encrypted with a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key was not rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound — offline review of the cross-border movement of critical AI and semiconductor know-how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1
Vault format %2
Review policy, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was locked. Unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterHeader</name>
    <message>
        <source>Matter reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the signed matter; it becomes read-only until reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the matter so it can be changed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the matter; it becomes read-only until unarchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the matter to the status it was archived from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the matter to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter is closed: it is read-only until you reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter is archived: it is read-only until you unarchive it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterListModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation overridden by counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: the computed recommendation would be “{0}” once the intake is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, overridden by counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: {0} unanswered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterListPanel</name>
    <message>
        <source>Search references, people, organisations, summaries and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N to open one — choose its kind (departure, secondment, travel or collaboration) and Outbound walks you through the intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matters match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches this search and these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterWindow</name>
    <message>
        <source>Matter sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} — Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoTab</name>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. General Counsel; HR Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening paragraph: what was reviewed and the conclusion in a few sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions and required actions in your words (the checklist&apos;s actions are listed anyway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the memo as a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected version (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your analysis for this area (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes by area — none yet: areas appear once the checklist has items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you type is kept in the vault as you go; Save version makes it a version you can sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current step finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To print or save as PDF, select a saved version (the working draft is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a version first (Save version); a saved version can be printed or saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected version as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the selected version (or the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a version first; signing applies to a saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your memo text could not be kept in the vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo text not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be rendered: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview of the working draft (not a version yet) — %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {0}, signed — %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {0}, draft — %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Version not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing version {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved version to print or export; save the working draft as a version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved version to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing pages for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save memo as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameField</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Wang Li</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMatterDialog</name>
    <message>
        <source>New matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of move is this matter about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title (optional — filled in from the intake if blank):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate matter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several words you will remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computed recommendation is “{0}”. An override is printed in the memo beside the computed one, with your reason, your name and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the computed recommendation does not fit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyChangeDialog</name>
    <message>
        <source>Re-assess under review policy {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the re-assessment changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matter was assessed under review policy {0}. Re-assessing it under policy {1} keeps every decision, note and piece of evidence; signed memos are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge tier: {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New items (arrive open, marked new):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose terms change (new actions, owners and due dates):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that no longer apply (kept with their decisions):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way into the vault. It is shown only now. Save or print the recovery kit and keep it somewhere safe, apart from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save recovery kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery kit as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere &amp;safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit was saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vault settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in memo headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter references read PREFIX-YEAR-NUMBER, e.g. OB-2026-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in each matter&apos;s history for what you do, and the From line of the memos you draft. Kept on this computer, not in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by OUTBOUND_ACTOR for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Outbound next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel and certificates are saved as soon as you add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New counsel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, e.g. Senior Legal Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New counsel title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create personal &amp;certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the counsel&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a counsel in the list to give them a signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add counsel first; then give them a signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal certificate was created for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was imported for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing locks version {0} for good: any later edit becomes a new version. The signature records who signed, when, in what capacity, and the memo&apos;s SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counsel in this vault yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New counsel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a counsel to this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counsel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New counsel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Wang Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New counsel title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Senior Legal Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital signature in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;personal certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-signed certificate kept in this vault, for this counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file (.p12 / .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: import a certificate file (.p12 / .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a certificate file (.p12 / .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs? Add the counsel here; they are kept in this vault&apos;s counsel list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another counsel to this vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a personal certificate for {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add the counsel who signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {0} has a signing certificate in this vault: the PDF will carry their digital signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no signing certificate yet. The signature is recorded either way; for a digital signature in the PDF, create a personal certificate or import a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the counsel who signs above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counsel are registered in this vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the counsel who signs first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate from length, kinds of characters and common patterns. Long passphrases of several unrelated words are both strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 10 characters — four or more unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid keyboard runs, sequences and repeated characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or mix in digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault — Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound vaults (*.outbound);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 32 characters of the recovery kit. Case, spaces and dashes do not matter; dashes are added as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Outbound — create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was created, but it could not be remembered: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YourNameDialog</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound records who does what in each matter&apos;s history, and memos you draft are from you. Choose your name from the vault&apos;s counsel, or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound records who does what in each matter&apos;s history, and memos you draft are from you. Type your name as it should appear on a memo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer only; change it any time in Vault ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add me to this vault&apos;s counsel (counsel sign memos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Senior Legal Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something unexpected went wrong ({0}). Nothing further was changed; please try again, and report the problem if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas secondment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone leaves the company — to a new employer, a start-up or abroad. Covers non-compete, confidentiality, return of materials and export of know-how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is posted to work at an overseas affiliate, partner or customer for a period, keeping their employment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business trip abroad: conferences, customer visits, negotiations — what the person carries, presents and discusses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint research, technical services or data exchange with an overseas party, including open-source releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1 — critical knowledge carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2 — sensitive access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 3 — general staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not proceed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message numerus="yes">
        <source>Incomplete — %n required fact unanswered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete — %n required facts unanswered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
