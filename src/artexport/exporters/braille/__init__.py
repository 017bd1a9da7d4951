"""The ``braille`` format: BRF and PEF through liblouis (see :mod:`.exporter`).

Importing this package loads liblouis (:mod:`.liblouis`); where it is not installed the
import fails with :class:`~.liblouis.LiblouisUnavailable` (an ``ImportError``), which the
exporter registry reports as the reason ``braille`` is unavailable.
"""

from __future__ import annotations

from .exporter import BrailleExporter, BrailleOptions
from .liblouis import LiblouisUnavailable

__all__ = ["BrailleExporter", "BrailleOptions", "LiblouisUnavailable"]
