"""Reading a number back from the order the bidi algorithm drew it in (UAX #9).

Each case is worked out from the algorithm's rules, not from the code: after an Arabic
letter, European digits are Arabic numbers (W2); a single comma, full stop, colon or
slash between two numbers of one kind joins them (W4), and so does a plus or minus
sign between two European numbers (W4); percent and similar signs join a European
number next to them (W5); the rest sits between the numbers at the paragraph's level
and the numbers are laid out right to left (L2). The end-to-end check is
test_pdf_text_layer.py (WeasyPrint's own layout, read back by poppler).
"""

from __future__ import annotations

import pytest

from artexport.exporters.pdf_post.bidi import number_text


@pytest.mark.parametrize(("drawn", "arabic_context", "written"), [
    ("2024-2011", True, "2011-2024"),     # hyphen between Arabic numbers: not joined
    ("2011-2024", False, "2011-2024"),    # between European numbers: joined (W4)
    ("2024–2000", False, "2000–2024"),    # an en dash never joins (other neutral)
    ("2024–2000", True, "2000–2024"),
    ("%50", True, "50%"),                  # percent after an Arabic number: apart
    ("50%", False, "50%"),                 # after a European number: joined (W5)
    ("5-", True, "-5"),                    # a minus sign before an Arabic number
    ("3.5", True, "3.5"),                  # decimal point joins (W4)
    ("18/01/2024", True, "18/01/2024"),    # so do slashes
    ("10:30", True, "10:30"),              # and colons
    ("٢٠٢٤-٢٠١١", False, "٢٠١١-٢٠٢٤"),     # Arabic-Indic digits are Arabic numbers
    ("١٢٫٥", False, "١٢٫٥"),               # Arabic decimal separator joins
    ("۲۰۲۴-۲۰۱۱", True, "۲۰۱۱-۲۰۲۴"),     # Persian digits after Persian letters
    ("966+", False, "+966"),               # a sign before a number: at the text's level
    ("966+", True, "+966"),
])
def test_number_read_back_from_its_layout(drawn: str, arabic_context: bool,
                                          written: str) -> None:
    assert number_text(drawn, arabic_context) == written
