"""The Qt application and the command line."""

# The application's version: the package metadata (pyproject's dynamic version), `--version`
# and the About box all read it here.
__version__ = "0.1.0"
