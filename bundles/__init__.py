"""Case bundles: BagIt export, verification and import."""
