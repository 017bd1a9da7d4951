"""Telephone numbers, and what is said digit by digit like them, as words for a speech
engine: a number in dashed or spaced groups, with a country code ("+966 50 123 4567") or a
trunk zero ("0300 1234567", "04-765-4321"), American and British numbers, a local number
after "call", and a team's formation ("4-3-3"): each digit said, a pause between groups,
as people read them out (they were read as ranges and amounts)."""

from __future__ import annotations

import re

from .number_tokens import before, digit_groups_said, digits_one_by_one
from .spoken_amounts import PLUS_WORDS

__all__ = ["DIGIT_GROUPS", "after_telephone", "digit_groups", "telephone_numbers"]


# Three or more space-separated digit groups are a phone or fax number ("71 238 222"):
# read digit by digit, a pause between groups, as people read them out.
DIGIT_GROUPS = re.compile(r"(?P<plus>(?<![\w+])\+)?(?<![\d.,٫٬])\d{1,4}(?:[ ]\d{1,4}){2,}"
                          r"(?!\d|[.,٫٬]\d)")  # (a full stop after it ends the sentence)


def digit_groups(m: re.Match[str], primary: str) -> str:
    """"71 238 222" -> "سبعة واحد، اثنان ثلاثة ثمانية، اثنان اثنان اثنان"; a "+"
    before a country code is said."""
    said = digit_groups_said(m.group().lstrip("+").split(), primary)
    return f"{PLUS_WORDS[primary]} {said}" if m.group("plus") else said  # "+966 11 ..."


# "555-123-4567", "(020) 555-0199": a telephone number, digit by digit, its groups apart
# (it was read as the range "five hundred fifty-five to one hundred twenty-three")
_DASHED_PHONE = re.compile(r"(?<![\w.,+-])(?:1-)?\(?\d{3}\)?[ -]\d{3}-\d{4}(?![\w-])")
# "0800 123 4567", "020 7946 0958", a mobile's "07700 900123": a British number in spaced
# groups, its trunk "0" first
_SPACED_PHONE = re.compile(r"(?<![\w.,+-])0\d{2,4}(?:(?:[ \t]\d{3,4}){1,2}|(?<=0\d{4})[ \t]\d{6})"
                           r"(?![\w-]|[.,]\d)")
# A local number without its area code, "555-0134": a range never ends on a leading
# zero, and "call 867-5309" names a telephone; "500-1000 people" stays a range
_LOCAL_PHONE = re.compile(r"(?<![\w.,+-])(\d{3})-(\d{4})(?![\w-])")
_PHONE_WORDS = frozenset({"call", "dial", "phone", "telephone", "tel", "tel.", "text",
                          "fax", "hotline"})


def _local_phone(m: re.Match[str], primary: str) -> str:
    """A ``_LOCAL_PHONE`` match digit by digit when it is a telephone number."""
    words = re.split(r"[;.!?]\s", before(m).lower())[-1].split()[-3:]
    if m.group(2).startswith("0") or (primary == "en" and _PHONE_WORDS.intersection(words)):
        return digit_groups_said([m.group(1), m.group(2)], primary)
    return m.group()


# "+92 300 1234567", "+989121234567": a country code and its number (they were read as
# hundreds of millions); "0300 1234567", "04-765-4321", "011-4567-890": a trunk zero and
# groups of digits, eight digits or more (they were ranges and amounts)
# (after "و", "ب" or "ل" joined to it too: "و+966 11 ...", whose "+" was said in English)
_PLUS_PHONE = re.compile(r"(?:(?<![\w+])|(?<=(?<!\w)[وبل]))\+\d[\d \t-]{6,18}\d(?!\d|[.,]\d)")
_ZERO_PHONE = re.compile(r"(?<![\w.,+/-])0\d{1,4}(?:[ -]\d{2,8}){1,3}(?![\w/-]|[.,]\d)")
# "111-786-786" (Pakistan's UAN numbers), "(042) 35761234": three dashed groups of three
# or four digits, an area code in brackets (they were a range and crores)
_GROUPED_PHONE = re.compile(r"(?<![\w.,+/-])(?:\d{3,4}-\d{3,4}-\d{3,4}|\(0\d{1,4}\)[ \t-]?\d{5,8})"
                            r"(?![\w/-]|[.,]\d)")
_YEARS = re.compile(r"(?:(?:19|20)\d\d-?){3}")
_PHONE_PLUS = {"ar": "زائد", "fa": "مثبت", "ur": "پلس", "en": "plus"}
# "3-5-2", "4-3-3": a team's formation, ten outfield players (a range and a score before)
_FORMATION = re.compile(r"(?<![\w.,-])[1-6](?:-[1-6]){2,3}(?![\w-]|[.,]\d)")


def _phone_groups(m: re.Match[str], primary: str) -> str:
    groups = re.findall(r"\d+", m.group())
    digits = sum(map(len, groups))
    if not 8 <= digits <= 15:
        return m.group()
    if len(groups) == 3 and len(groups[2]) == 4 and groups[2][:2] in ("19", "20") \
            and int(groups[1]) <= 12:
        return m.group()  # "01-02-2024": a date
    said = digit_groups_said(groups, primary)
    return f"{_PHONE_PLUS.get(primary, 'plus')} {said}" if m.group().startswith("+") else said


def telephone_numbers(text: str, primary: str) -> str:
    """Telephone numbers in ``text`` digit by digit, their groups apart; a team's
    formation ("4-3-3") digit by digit too."""
    def said(m: re.Match[str]) -> str:
        return digit_groups_said(re.findall(r"\d+", m.group()), primary)
    text = _DASHED_PHONE.sub(said, text)
    text = _PLUS_PHONE.sub(lambda m: _phone_groups(m, primary), text)
    if primary != "en":
        text = _ZERO_PHONE.sub(lambda m: _phone_groups(m, primary), text)
        text = _GROUPED_PHONE.sub(lambda m: m.group() if _YEARS.fullmatch(m.group())
                                  else _phone_groups(m, primary), text)
    text = _FORMATION.sub(
        lambda m: " ".join(digits_one_by_one(d, primary) for d in m.group().split("-"))
        if sum(map(int, m.group().split("-"))) == 10 else m.group(), text)
    text = _LOCAL_PHONE.sub(lambda m: _local_phone(m, primary), text)
    if primary == "ar":  # a postal code or a code named so ("اثني عشر ألفًا..." was said)
        text = _AR_CODE.sub(lambda m: m.group(1) + digits_one_by_one(m.group(2), primary), text)
    return _SPACED_PHONE.sub(said, text) if primary == "en" else text


_AR_CODE = re.compile(r"((?:الرمز|رمز|الرقم) البريدي[ \t:]*|(?:كود|الكود|رمز|الرمز) "
                      r"(?:الخصم|التفعيل|التحقق|السهم)[ \t:]+)(\d{3,10})(?![\d.,])")


# A telephone number said digit by digit, then "أو" or "و": the number after it is
# another ("+966 11 412 3456 أو 920012345"; it was "تسعمئة وعشرين مليونًا...")
_AFTER_TELEPHONE = re.compile(r"(?:(?:صفر|واحد|اثنان|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة)"
                              r"[ \t،,]+){4,}(?:أو|و)[ \t]*$")


def after_telephone(text_before: str) -> bool:
    """Whether ``text_before`` (Arabic, its numbers in words) ends on a telephone number
    said digit by digit and "or" ("and"): the number that follows is one too."""
    return _AFTER_TELEPHONE.search(text_before) is not None
