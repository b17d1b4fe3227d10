"""Icons, fonts, translations and memo styles shipped with Outbound."""
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
FONTS_DIR = RESOURCES_DIR / "fonts"
