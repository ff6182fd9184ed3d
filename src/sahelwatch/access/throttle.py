"""Login throttling: failed sign-ins counted per account and per address in a sliding window.

Past ``per_account`` failures for one account, or ``per_address`` from one address, within ``window_s``
seconds, further attempts are refused (HTTP 429) until the oldest failure leaves the window, whether or not
the password is right. Memory is bounded: at most ``max_keys`` keys are tracked, the least recently failed
forgotten first. The counts live in the serving process (a restart clears them).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from typing import Callable


class Throttled(Exception):
    def __init__(self, retry_after: int, scope: str):
        self.retry_after = retry_after
        self.scope = scope
        super().__init__(f"too many failed sign-ins for this {scope}; retry in {retry_after} s")


class LoginThrottle:
    def __init__(self, *, per_account: int = 5, per_address: int = 20, window_s: float = 900.0,
                 max_keys: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self.limits = {"account": per_account, "address": per_address}
        self.window_s = window_s
        self.max_keys = max_keys
        self._clock = clock
        self._fails: OrderedDict[tuple[str, str], deque] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque:
        q = self._fails.get(key)
        if q is None:
            return deque()
        while q and q[0] <= now - self.window_s:
            q.popleft()
        if not q:
            del self._fails[key]
        return q

    def check(self, account: str, address: str) -> None:
        """Raise :class:`Throttled` if either the account or the address is over its limit."""
        now = self._clock()
        with self._lock:
            for scope, value in (("account", account.lower()), ("address", address)):
                q = self._recent((scope, value), now)
                if len(q) >= self.limits[scope]:
                    raise Throttled(max(1, int(q[0] + self.window_s - now) + 1), scope)

    def failed(self, account: str, address: str) -> None:
        now = self._clock()
        with self._lock:
            for key in (("account", account.lower()), ("address", address)):
                q = self._fails.setdefault(key, deque(maxlen=max(self.limits.values())))
                q.append(now)
                self._fails.move_to_end(key)
            while len(self._fails) > self.max_keys:
                self._fails.popitem(last=False)

    def succeeded(self, account: str) -> None:
        with self._lock:
            self._fails.pop(("account", account.lower()), None)
