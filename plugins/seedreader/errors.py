"""The one error type the seed reader raises."""

from __future__ import annotations


class SeedError(ValueError):
    """A seed that cannot become an article, with the file, line and reason."""

    def __init__(self, reason: str, path: str | None = None, line: int | None = None):
        self.reason = reason
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "<text>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.reason}"

    def __reduce__(self):
        return (type(self), (self.reason, self.path, self.line))
