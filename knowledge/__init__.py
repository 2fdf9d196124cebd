"""The routine's FAQ: validated content, and a Swedish-aware search over it (pure, synchronous)."""

from knowledge.content import (
    DEFAULT_FAQ,
    FaqContent,
    FaqContentError,
    FaqEntry,
    Flow,
    Lang,
    Section,
    Topic,
    load_faq,
)
from knowledge.search import FaqIndex, FaqResult

__all__ = [
    "DEFAULT_FAQ",
    "FaqContent",
    "FaqContentError",
    "FaqEntry",
    "FaqIndex",
    "FaqResult",
    "Flow",
    "Lang",
    "Section",
    "Topic",
    "load_faq",
]
