"""The build report: what was read, skipped, renamed, linked and warned about.

It lives in the generator's context while the build runs and is written as JSON
at the end, with a one-line summary on the console.
"""

from __future__ import annotations

import logging

from ..linking.records import AMBIGUOUS, RESOLVED, UNRESOLVED

logger = logging.getLogger(__name__)

REPORT_KEY = "seedreader_report"


def report_of(generator) -> dict:
    """The report being collected for this build."""
    return generator.context.setdefault(REPORT_KEY, {})


def summarise(report: dict) -> dict:
    """Counts for the summary line (stored in the report too)."""
    references = report.get("references", [])
    statuses = [r["status"] for r in references]
    written = report.get("articles", 0)
    skipped = len(report.get("skipped", []))
    return {
        "seeds_read": written + skipped,
        "pages_written": written,
        "skipped": skipped,
        "renamed": len(report.get("renamed", [])),
        "not_published": len(report.get("not_published", [])),
        "resolved": statuses.count(RESOLVED),
        "ambiguous": statuses.count(AMBIGUOUS),
        "unresolved": statuses.count(UNRESOLVED),
        "pinned": sum(1 for r in references if r.get("pinned")),
        "warnings": len(report.get("warnings", [])),
        "threads": len(report.get("threads", [])),
    }


def summary_line(summary: dict) -> str:
    """The one-line build summary (pinned READ MORE lines named only when there are some)."""
    pinned = f" ({summary['pinned']} pinned in the links file)" if summary.get("pinned") else ""
    return (
        f"{summary['seeds_read']} seeds read, {summary['pages_written']} pages written, "
        f"{summary['skipped']} skipped, {summary['renamed']} renamed, "
        f"{summary.get('not_published', 0)} other files not published; READ MORE: "
        f"{summary['resolved']} resolved, {summary['ambiguous']} ambiguous, "
        f"{summary['unresolved']} unresolved{pinned}; {summary.get('threads', 0)} story threads; "
        f"{summary['warnings']} warnings"
    )


def seed_warnings(articles) -> list[dict]:
    """Every parser warning of every story, by file."""
    return [
        {"source": article.seed_path, "warning": warning}
        for article in sorted(articles, key=lambda a: a.seed_path)
        for warning in article.seed_warnings
    ]
