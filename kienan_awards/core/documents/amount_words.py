"""An amount of money in Vietnamese words, as a bonus sheet and Article 2 write it:
29160000 -> "Hai mươi chín triệu một trăm sáu mươi nghìn đồng"."""

from __future__ import annotations

from kienan_awards.core import vocabulary as words


def _group_in_words(number: int, whole: bool) -> list[str]:
    """Three digits; whole: a group after a higher one, read with its hundreds and "linh"
    ("một triệu không trăm linh năm nghìn")."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    said: list[str] = []
    if whole or hundreds:
        said += [words.DIGIT_WORDS[hundreds], words.HUNDRED]
    if tens == 0:
        if units and said:
            said.append(words.ZERO_TENS)
        if units:
            said.append(words.DIGIT_WORDS[units])
        return said
    if tens == 1:
        said.append(words.TEN)
        if units == 5:
            said.append(words.FIVE_AFTER_TENS)
        elif units:
            said.append(words.DIGIT_WORDS[units])
        return said
    said += [words.DIGIT_WORDS[tens], words.TENS]
    special = {1: words.ONE_AFTER_TENS, 4: words.FOUR_AFTER_TENS, 5: words.FIVE_AFTER_TENS}
    if units:
        said.append(special.get(units, words.DIGIT_WORDS[units]))
    return said


def number_in_words(number: int) -> str:
    """A whole number >= 0 in lower-case words; past the billions the billions are said again
    ("một nghìn tỷ")."""
    if number == 0:
        return words.DIGIT_WORDS[0]
    groups: list[int] = []
    while number:
        groups.append(number % 1000)
        number //= 1000
    said: list[str] = []
    for place in range(len(groups) - 1, -1, -1):
        group = groups[place]
        if group == 0:
            continue
        said += _group_in_words(group, whole=bool(said))
        billions = [words.THOUSANDS_WORDS[3]] * (place // 3)
        said += [scale for scale in (words.THOUSANDS_WORDS[place % 3], *billions) if scale]
    return " ".join(said)


def amount_in_words(amount: int) -> str:
    """ "Hai mươi chín triệu một trăm sáu mươi nghìn đồng": capitalised, with the currency."""
    text = f"{number_in_words(amount)} {words.CURRENCY}"
    return text[0].upper() + text[1:]
