"""Case bundles: BagIt export, verification and import (format: docs/bundle-format.md).

The bundle format only, from plain values and streams: no database. Exporting a matter from the
vault and importing one into it are use cases in `casework` (bundle_export, bundle_import).

Public entry points (import the submodules directly; this package imports nothing heavy):
- `bundles.verify.verify_bundle(path, *, memo_checks, passphrase=None, key_known=None, ...)
  -> VerifyReport`; `memo_checks` (`bundles.memo_checks.MemoChecks`) is the caller's memo
  knowledge, since the format imports nothing of `memos`: the application verifies through
  `casework.bundle_verify.verify_bundle`, which supplies it.
- `bundles.limits.Limits`, `bundles.errors.BundleError` and its subclasses.
"""
