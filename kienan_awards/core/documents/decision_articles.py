"""The articles of an award decision: Article 1 names each award with how many collectives and
individuals receive it, Article 2 the bonus, the last article when the decision takes effect
and who carries it out (the office's dated wording)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.amount_words import amount_in_words
from kienan_awards.core.text import format_decimal

# The order a decision counts and lists recipients in: collectives before people.
KIND_ORDER = ("collective", "household", "individual")
# The titles a decision gives ("Tặng danh hiệu") rather than recognises, by the form's code.
TITLES_GIVEN = ("CSTDCS", "TTLDXS", "CSTD_CITY")
_LABEL = re.compile(r"^\s*(Điều\s+\d+\s*\.)\s*(.*)$", re.S)


@dataclass(frozen=True)
class Article:
    label: str  # "Điều 1.", printed bold
    text: str  # the rest of its first paragraph
    clauses: tuple[str, ...] = ()  # one paragraph each: "1. Công nhận danh hiệu ...;"

    def __str__(self) -> str:
        return "\n".join([f"{self.label} {self.text}", *self.clauses])


@dataclass(frozen=True)
class AwardedGroup:
    """One form of award in a decision and how many of each kind receive it."""

    form: str
    code: str
    is_title: bool
    kinds: Counter


def kind_counts(kinds: Counter, joiner: str) -> str:
    """ "06 tập thể; 23 cá nhân": two digits under ten, as documents count."""
    return joiner.join(
        words.KIND_COUNT.format(count=f"{kinds[kind]:02d}", kind=words.KIND_COUNT_WORDS[kind])
        for kind in KIND_ORDER
        if kinds[kind]
    )


def _verb(group: AwardedGroup) -> str:
    if not group.is_title:
        return words.COMMENDATION_GIVEN
    return words.TITLE_GIVEN if group.code in TITLES_GIVEN else words.TITLE_RECOGNISED


def _award(group: AwardedGroup) -> str:
    if group.is_title:
        return f"{_verb(group)} {words.TITLE_NAMED.format(form=group.form)}"
    return f"{_verb(group)} {group.form}"


def first_article(groups: list[AwardedGroup], years: list[int]) -> Article:
    """One sentence for one award; a lead and one clause an award for several."""
    label = words.ARTICLE_LABEL.format(number=1)
    year = ", ".join(str(y) for y in years)
    merit = words.MERIT_FOR_YEAR.format(year=year)
    if len(groups) == 1:
        (group,) = groups
        counts = kind_counts(group.kinds, words.KIND_COUNTS_IN_SENTENCE)
        template = words.ARTICLE_1_ONE_TITLE if group.is_title else words.ARTICLE_1_ONE_CLAUSE
        text = template.format(award=_award(group), counts=counts, merit=merit, year=year)
        return Article(label, text)
    if all(group.is_title for group in groups):
        verbs = list(dict.fromkeys(_verb(group) for group in groups))
        joined = ", ".join([verbs[0], *(verb.lower() for verb in verbs[1:])])
        lead = words.ARTICLE_1_TITLES_LEAD.format(verbs=joined, year=year)
    else:
        lead = words.ARTICLE_1_MIXED_LEAD.format(merit=merit)
    clauses = [
        words.ARTICLE_1_CLAUSE.format(
            index=index,
            award=_award(group),
            counts=kind_counts(group.kinds, words.KIND_COUNTS_IN_CLAUSE),
        )
        + (";" if index < len(groups) else ".")
        for index, group in enumerate(groups, start=1)
    ]
    return Article(label, lead, tuple(clauses))


def bonus_article(total: int) -> Article:
    label = words.ARTICLE_LABEL.format(number=2)
    if not total:
        return Article(label, words.NO_BONUS_ARTICLE)
    text = words.BONUS_ARTICLE.format(
        total=format_decimal(str(total)), total_words=amount_in_words(total)
    )
    return Article(label, text)


def closing_articles(implementers: list[str]) -> list[Article]:
    """The office's lines on who carries the decision out, the first saying it takes effect
    on signing (unless the office wrote that itself)."""
    if not implementers:
        implementers = [
            f"{words.ARTICLE_LABEL.format(number=3)} {words.IMPLEMENTERS_WHEN_NONE_RECORDED}"
        ]
    articles = []
    for index, line in enumerate(implementers):
        found = _LABEL.match(line)
        label, text = (
            (found[1], found[2])
            if found
            else (words.ARTICLE_LABEL.format(number=3 + index), line.strip())
        )
        if index == 0 and words.TAKES_EFFECT not in text:
            text = f"{words.TAKES_EFFECT} {text}"
        articles.append(Article(label, text))
    return articles
