"""The honour roll's results in tiers, each read from an index, best tier first.

1. the recipient's name is the query as typed (marks, not case, spaces or tone position);
2. the recipient's name is the query without diacritics;
3. the recipient's names hold the query's words next to each other, in order (the last as the
   start of a word unless the clerk typed a space after it);
4. the recipient's names hold every word, in any order;
5. the words are found across the names and the unit, achievement or decision number.

Tiers 1 and 2 are lookups of the recipient's folded name (search_index_entries_name); tiers 3 to 5
are full-text queries over the names column alone or with the others, each excluding the
tiers before it. Within a tier the words spelt as typed come first when the query carries
diacritics (a query over the spelt columns), then the newest awards: the index's rowid is the
award's place in that order, so each query walks the index newest first and stops at the
rows it needs; the first 200 of a common name never read the rest.

A one-word query typed with diacritics ("hòa") takes the word whole first, through every
tier, and then the words that only begin with it ("Hoàng").
"""

from __future__ import annotations

from dataclasses import dataclass

from kienan_awards.core.search.search_text import NO_TONE, TONES, SearchWords

# The index's rowid holds the award's id in its low 32 bits, inverted so that among awards
# of one year and day the first written comes first (schema_v16_search_tiers.sql).
AWARD_OF_ROWID = "(4294967295 - ({rowid} & 4294967295))"
UNIT_TIER = 5
# The index keeps the words' first one and two letters as words of their own (schema step 20).
PREFIX_INDEXED = 2


@dataclass(frozen=True)
class ResultGroup:
    start: int  # the row it starts at
    tier: int  # 1 to 5
    begins_with: bool = False  # words that only begin with the one word typed


@dataclass(frozen=True)
class TieredIds:
    ids: list[int]
    groups: list[ResultGroup]  # where each tier (or part of one) starts, in order

    def group_at(self, row: int) -> ResultGroup | None:
        """The group a row starts, if it starts one."""
        return next((group for group in self.groups if group.start == row), None)


@dataclass(frozen=True)
class TierStep:
    """One query of the plan: a lookup of the recipient's name, or a full-text expression."""

    tier: int
    begins_with: bool = False
    match: str | None = None  # the full-text expression; None: the name lookup
    same_spelling: bool = True  # the lookup's spelt name equal (tier 1) or not (tier 2)


def _quoted(token: str, prefix: bool = False) -> str:
    return '"' + token.replace('"', '""') + '"' + ("*" if prefix else "")


Completions = dict[str, tuple[str, ...]]


def _prefixed(phrase: tuple[str, ...], completions: Completions) -> str:
    """A phrase whose last word is the start of a word: the phrases of the whole words of
    the index it begins, when they were looked up, else the index's own prefix query."""
    whole = completions.get(phrase[-1])
    if whole is None:
        return _quoted(" ".join(phrase), True)
    if not whole:
        return _quoted(" ".join(phrase))  # no word of the index begins so: nothing is found
    return "(" + " OR ".join(_quoted(" ".join((*phrase[:-1], word))) for word in whole) + ")"


def _every(columns: str, words: tuple[str, ...], prefix: bool, completions: Completions) -> str:
    last = _prefixed(words[-1:], completions) if prefix else _quoted(words[-1])
    terms = [_quoted(word) for word in words[:-1]] + [last]
    return f"{{{columns}}} : ({' AND '.join(terms)})"


def _phrase(columns: str, words: tuple[str, ...], prefix: bool, completions: Completions) -> str:
    phrase = _prefixed(words, completions) if prefix else _quoted(" ".join(words))
    return f"{{{columns}}} : {phrase}"


def _spelt(columns: str, spelt: tuple[str, ...], prefix: bool, completions: Completions) -> str:
    """The spelt words, the last as the start of a word: its letters, with its tone when one
    was typed (the tone leads the spelt word), else with any tone."""
    terms = [_quoted(word) for word in spelt[:-1]]
    last = spelt[-1]
    if not prefix:
        terms.append(_quoted(last))
    elif last[0] != NO_TONE:
        terms.append(_prefixed((last,), completions))
    else:
        toned = (_prefixed((tone + last[1:],), completions) for tone in TONES)
        terms.append("(" + " OR ".join(toned) + ")")
    return f"{{{columns}}} : ({' AND '.join(terms)})"


def prefixes_to_complete(words: SearchWords) -> list[str]:
    """The words still being typed that the index has no prefix index for (longer than two
    letters, folded and spelt): their whole words are best looked up first."""
    if not words.last_is_prefix:
        return []
    found = [words.folded[-1]]
    if words.marked:
        last = words.spelt[-1]
        found += [last] if last[0] != NO_TONE else [tone + last[1:] for tone in TONES]
    return [prefix for prefix in found if len(prefix) > PREFIX_INDEXED]


def _but(first: str, *others: str) -> str:
    return " NOT ".join(f"({part})" for part in (first, *others))


def match_expression(words: SearchWords, names_only: bool = False) -> str:
    """Every award of every tier (or of tiers 1 to 4), as one full-text expression."""
    columns = "names" if names_only else "names others"
    return _every(columns, words.folded, words.last_is_prefix, words.completions)


def whole_word_first(words: SearchWords) -> bool:
    """A one-word query typed with diacritics: the word whole first, through every tier."""
    return words.marked and len(words.folded) == 1 and words.last_is_prefix


def tier_plan(words: SearchWords, names_only: bool = False) -> list[TierStep]:
    """The queries that give the tiers in order."""
    steps = [TierStep(1), TierStep(2, same_spelling=False)]
    if whole_word_first(words):
        steps += _full_text_steps(words, names_only, prefix=False)
        steps += _beginning_steps(words, names_only)
    else:
        steps += _full_text_steps(words, names_only, prefix=words.last_is_prefix)
    return steps


def _exact_first(
    tier: int, match: str, words: SearchWords, columns: str, prefix: bool, begins: bool = False
) -> list[TierStep]:
    if not words.marked:
        return [TierStep(tier, begins, match)]
    spelt = _spelt(columns, words.spelt, prefix, words.completions)
    return [
        TierStep(tier, begins, f"({match}) AND ({spelt})"),
        TierStep(tier, begins, _but(match, spelt)),
    ]


def _full_text_steps(words: SearchWords, names_only: bool, prefix: bool) -> list[TierStep]:
    folded, completions = words.folded, words.completions
    in_order = _phrase("names", folded, prefix, completions)
    in_names = _every("names", folded, prefix, completions)
    steps = _exact_first(3, in_order, words, "spelled_names", prefix)
    if len(folded) > 1:
        steps += _exact_first(4, _but(in_names, in_order), words, "spelled_names", prefix)
    if not names_only:
        anywhere = _but(_every("names others", folded, prefix, completions), in_names)
        steps += _exact_first(UNIT_TIER, anywhere, words, "spelled_names spelled_others", prefix)
    return steps


def _beginning_steps(words: SearchWords, names_only: bool) -> list[TierStep]:
    """The one word's second pass: names and units with a word that only begins with it."""
    folded, completions = words.folded, words.completions
    begins = _but(
        _every("names", folded, True, completions), _every("names", folded, False, completions)
    )
    steps = _exact_first(3, begins, words, "spelled_names", True, begins=True)
    if not names_only:
        anywhere = _but(
            _every("names others", folded, True, completions),
            _every("names others", folded, False, completions),
            _every("names", folded, True, completions),
        )
        steps += _exact_first(
            UNIT_TIER, anywhere, words, "spelled_names spelled_others", True, begins=True
        )
    return steps


# A query matching few awards is read in one pass and each award placed in its tier here, by
# the same rules as the plan's queries: cheaper than a query a tier when most tiers are empty.
FEW_MATCHES = 1000


@dataclass(frozen=True)
class IndexEntry:
    """An award's row of search_index_entries, as the tiers read it."""

    recency: int
    award_id: int
    name_folded: str
    name_spelled: str
    names: str
    others: str
    spelled_names: str
    spelled_others: str


def _word_in(word: str, tokens: list[str], prefix: bool) -> bool:
    return any(token == word or (prefix and token.startswith(word)) for token in tokens)


def _in_order(words: tuple[str, ...], tokens: list[str], prefix: bool) -> bool:
    count = len(words)
    for start in range(len(tokens) - count + 1):
        if all(tokens[start + n] == word for n, word in enumerate(words[:-1])) and (
            tokens[start + count - 1] == words[-1]
            or (prefix and tokens[start + count - 1].startswith(words[-1]))
        ):
            return True
    return False


def _spelt_in(spelt: tuple[str, ...], tokens: list[str], prefix: bool) -> bool:
    if not all(word in tokens for word in spelt[:-1]):
        return False
    last = spelt[-1]
    if not prefix:
        return last in tokens
    if last[0] != NO_TONE:
        return any(token.startswith(last) for token in tokens)
    return any(token[1:].startswith(last[1:]) for token in tokens)


def _tier(words: SearchWords, entry: IndexEntry, prefix: bool) -> tuple[int, bool] | None:
    """The tier of an entry and whether it is spelt as typed; None when the words miss it."""
    folded = words.folded
    names = entry.names.split(" ") if entry.names else []
    if entry.name_folded == words.name:
        return (1, True) if entry.name_spelled == words.spelt_name else (2, False)
    if _in_order(folded, names, prefix):
        tier, spelt_columns = 3, entry.spelled_names
    elif all(_word_in(w, names, prefix and n == len(folded) - 1) for n, w in enumerate(folded)):
        tier, spelt_columns = 4, entry.spelled_names
    else:
        anywhere = names + (entry.others.split(" ") if entry.others else [])
        last = len(folded) - 1
        if not all(_word_in(w, anywhere, prefix and n == last) for n, w in enumerate(folded)):
            return None
        tier = UNIT_TIER
        spelt_columns = f"{entry.spelled_names or ''} {entry.spelled_others or ''}"
    exact = words.marked and _spelt_in(words.spelt, spelt_columns.split(), prefix)
    return tier, exact


def tier_order(words: SearchWords, entry: IndexEntry, names_only: bool = False):
    """The key that sorts an entry where the plan's queries put it (None: not a result):
    the one word's second pass after the first, then the tier, the exact spelling, the
    newest first. Also the entry's group: (tier, begins_with)."""
    whole_first = whole_word_first(words)
    found = _tier(words, entry, prefix=words.last_is_prefix and not whole_first)
    begins = False
    if whole_first and (found is None or (names_only and found[0] == UNIT_TIER)):
        found, begins = _tier(words, entry, prefix=True), True
    if found is None or (names_only and found[0] == UNIT_TIER):
        return None
    tier, exact = found
    return (begins, tier, not exact, -entry.recency), (tier, begins)
