"""Case bundles: BagIt export, verification and import (format: docs/bundle-format.md).

Public entry points (import the submodules directly; this package imports nothing heavy):
- `bundles.export.export_matter(vault, matter_ref, dest, *, actor, ...) -> ExportResult`
- `bundles.verify.verify_bundle(path, *, passphrase=None, vault=None, ...) -> VerifyReport`
- `bundles.import_.import_bundle(vault, path, *, actor, ...) -> ImportResult`
- `bundles.limits.Limits`, `bundles.errors.BundleError` and its subclasses.
"""
