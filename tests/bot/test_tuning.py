"""The msrest speed-up keeps the retry policy exactly as msrest defines it."""

from __future__ import annotations

from msrest.universal_http.requests import ClientRetryPolicy

from bot.tuning import speed_up_retry_policy


def test_retry_policy_is_unchanged_by_the_speed_up() -> None:
    original = [i for i in range(500) if i != 408] + [501, 505]
    expected = [i for i in range(999) if i not in original]
    speed_up_retry_policy()
    speed_up_retry_policy()  # idempotent
    policy = ClientRetryPolicy()
    assert isinstance(ClientRetryPolicy.safe_codes, frozenset)
    assert list(policy.policy.status_forcelist) == expected
    assert policy.retries == 3
