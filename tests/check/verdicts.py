"""One way for the check tests to say what a user sees: a claim's verdict (or one it
must not get), and a word of its reason."""

from __future__ import annotations

from cstofacts.check import Checker


def assert_verdict(checker: Checker, claim: str, expected: str, reason_has: str = "") -> None:
    result = checker.check(claim)
    assert result.verdict == expected, f"{claim!r}: {result.verdict}, {result.reason}"
    assert reason_has in result.reason, result.reason


def assert_not_verdict(checker: Checker, claim: str, unwanted: str, reason_has: str = "") -> None:
    result = checker.check(claim)
    assert result.verdict != unwanted, f"{claim!r}: {result.verdict}, {result.reason}"
    assert reason_has in result.reason, result.reason
