"""Publishing to GitHub Pages: a publish build, then ghp-import onto a branch, pushed to a remote.

The site URL comes from, in order: the caller, the settings (``SITEURL``, read
from the environment by ``publishconf.py``), the custom domain, or the GitHub
remote's Pages address (``https://USER.github.io/REPO``).

A story whose URL changed since the last publish (a new slug or title) keeps its old
URL working: the new output's manifest (``api/articles.json``) is compared with the
published branch's, and a redirect page is written at each old URL (see ``write_redirects``).
"""

from __future__ import annotations

import html
import json
import logging
import os
import posixpath
import re
import subprocess
import sys
from collections.abc import Mapping

from ..engine.build import BuildResult, build_site, load_settings
from ..settings import read_options

logger = logging.getLogger(__name__)

#: ``git@github.com:USER/REPO.git``, ``https://github.com/USER/REPO``, ...
GITHUB_REMOTE_RE = re.compile(r"github\.com[:/](?P<owner>[^/]+)/(?P<repo>[^/]+?)(?:\.git)?/?$")
#: A custom domain as GitHub's CNAME file holds it: a bare host name.
HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
#: Tells GitHub Pages not to run Jekyll (which would drop files and folders starting with "_").
NOJEKYLL = ".nojekyll"
CNAME = "CNAME"
#: The setting (and environment variable) naming the custom domain.
CNAME_SETTING = "GITHUB_PAGES_CNAME"
#: A story URL a redirect may be written at: relative, in the site, no query or fragment.
SITE_PATH_RE = re.compile(r"^(?!/)(?!.*(?:^|/)\.\.?(?:/|$))[^\\?#:\x00-\x1f]+$")
#: The list of the redirects publish wrote, next to the manifest (``api/redirects.json``).
REDIRECTS = "redirects.json"
#: The page at a moved story's old URL: sends the reader (and search engines) to the new one.
#: Valid HTML5 with no script, so the site's Content-Security-Policy has nothing to block.
REDIRECT_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved: {title}</title>
<meta http-equiv="refresh" content="0; url={href}">
<link rel="canonical" href="{href}">
<meta name="robots" content="noindex">
</head>
<body>
<p>This story has moved to <a href="{href}">{href}</a>.</p>
</body>
</html>
"""


class DeployError(RuntimeError):
    """Publishing could not go ahead: no site URL, no such remote, or git refused."""


def publish(
    settings_file: str,
    *,
    repo: str,
    remote: str = "origin",
    branch: str = "gh-pages",
    siteurl: str = "",
    cname: str = "",
    seeds: str | None = None,
    output: str | None = None,
    message: str = "",
) -> BuildResult:
    """Build with ``settings_file`` and push the output to ``branch`` on ``remote`` of ``repo``."""
    remote_url = git_remote_url(repo, remote)
    settings = load_settings(settings_file, seeds, output)
    cname = clean_cname(cname or settings.get(CNAME_SETTING, ""))
    url = site_url(siteurl or settings.get("SITEURL", ""), cname, remote_url)
    logger.info("Publishing for %s to %s %s", url, remote, branch)
    result = build_site(settings_file, seeds=seeds, output=output, search=True, overrides=url_overrides(url))
    write_pages_files(result.output, cname)
    redirect_moved_stories(
        result.output, result.settings, repo=repo, remote=remote, branch=branch, siteurl=url
    )
    ghp_import(
        result.output,
        repo=repo,
        remote=remote,
        branch=branch,
        message=message or commit_message(repo, result.settings.get("SITENAME", "site")),
    )
    return result


def url_overrides(url: str) -> dict:
    """Settings that put ``url`` in every absolute link and feed."""
    return {"SITEURL": url, "FEED_DOMAIN": url}


def site_url(siteurl: str, cname: str, remote_url: str) -> str:
    """The URL the site will be served from, without a trailing slash."""
    if siteurl:
        return siteurl.rstrip("/")
    if cname:
        return f"https://{cname}"
    pages = github_pages_url(remote_url)
    if not pages:
        raise DeployError(
            f"cannot tell the site's URL from remote {remote_url!r}: set SITEURL or pass --siteurl"
        )
    return pages


def github_pages_url(remote_url: str) -> str:
    """``https://USER.github.io/REPO`` for a GitHub remote (``USER.github.io`` serves at the root)."""
    match = GITHUB_REMOTE_RE.search(remote_url.strip())
    if not match:
        return ""
    host = f"{match['owner'].lower()}.github.io"
    if match["repo"].lower() == host:
        return f"https://{host}"
    return f"https://{host}/{match['repo']}"


def clean_cname(cname: str) -> str:
    """A custom domain as a bare host name; a pasted URL loses its scheme and slashes."""
    host = re.sub(r"^https?://", "", cname.strip()).strip("/")
    if host and not HOSTNAME_RE.match(host):
        raise DeployError(f"{CNAME_SETTING}={cname!r} is not a host name like www.example.com")
    return host


def write_pages_files(output: str, cname: str = "") -> None:
    """``.nojekyll`` always, ``CNAME`` when there is a custom domain."""
    with open(os.path.join(output, NOJEKYLL), "w", encoding="utf-8"):
        pass
    if cname:
        with open(os.path.join(output, CNAME), "w", encoding="utf-8") as handle:
            handle.write(cname + "\n")


def write_redirects(
    output: str,
    old_manifest: str,
    *,
    old_redirects: str = "",
    siteurl: str = "",
    manifest: str = "api/articles.json",
) -> dict[str, str]:
    """Write a redirect page at the old URL of every story whose URL changed; return {old: new}.

    ``old_manifest``: the manifest's JSON text as last published; a story is the same when
    its ``source`` (seed path) is. ``old_redirects``: the ``REDIRECTS`` list last published,
    so a story that moved twice is still found at its first URL. A removed story gets
    nothing (a 404 is right), nor does an old URL the new output has a file at. The link is
    absolute under ``siteurl``, else relative to the old page, so it works at a domain root
    and under a project path alike. The redirects written are listed in ``REDIRECTS``.
    """
    stories = _stories(_read_text(os.path.join(output, manifest)), "new manifest")
    written: list[dict] = []
    redirected: set[str] = set()
    for source, old_url in old_story_urls(old_manifest, old_redirects):
        story = stories.get(source)
        if story is None or story["url"] == old_url or old_url in redirected:
            continue
        if not SITE_PATH_RE.match(old_url):
            logger.warning("Not redirecting %s from %r: not a path in the site", source, old_url)
            continue
        path = os.path.join(output, *_file_of(old_url).split("/"))
        if os.path.exists(path):
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        href = redirect_href(old_url, story["url"], siteurl)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(redirect_page(href, story.get("title") or source))
        written.append({"url": old_url, "source": source, "to": story["url"]})
        redirected.add(old_url)
    if written:
        listing = os.path.join(output, *redirects_path(manifest).split("/"))
        with open(listing, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(written, ensure_ascii=False, indent=2) + "\n")
    return {entry["url"]: entry["to"] for entry in written}


def old_story_urls(old_manifest: str, old_redirects: str = "") -> list[tuple[str, str]]:
    """(source, URL) of every URL a story was published at: its last, and any redirected."""
    entries = _entries(old_manifest, "published manifest")
    entries += _entries(old_redirects or "[]", "published redirects")
    return sorted({(entry["source"], entry["url"]) for entry in entries}, key=lambda pair: (pair[1], pair[0]))


def redirects_path(manifest: str) -> str:
    """Where ``REDIRECTS`` goes: next to the manifest (``api/redirects.json``)."""
    return posixpath.join(posixpath.dirname(manifest), REDIRECTS)


def redirect_page(href: str, title: str) -> str:
    """The HTML of a page that sends the reader to ``href`` (see ``REDIRECT_PAGE``)."""
    return REDIRECT_PAGE.format(href=html.escape(href), title=html.escape(str(title)))


def redirect_href(old_url: str, new_url: str, siteurl: str = "") -> str:
    """``new_url`` (site-relative) as a link on the page at ``old_url``.

    With a site URL it is absolute; without (a development build) it is relative to the
    old page's folder, as a site-root path would break under a project path.
    """
    if siteurl:
        return f"{siteurl.rstrip('/')}/{new_url}"
    href = posixpath.relpath(new_url or ".", posixpath.dirname(_file_of(old_url)) or ".")
    return href + "/" if new_url.endswith("/") or not new_url else href


def redirect_moved_stories(
    output: str, settings: Mapping[str, object], *, repo: str, remote: str, branch: str, siteurl: str
) -> dict[str, str]:
    """Compare the new output's manifest with the published branch's; redirect the moved stories."""
    manifest = read_options(settings).manifest
    old = published_file(repo, remote, branch, manifest) if manifest else None
    if old is None:  # a first publish, or no manifest
        return {}
    redirects = published_file(repo, remote, branch, redirects_path(manifest), fetch=False)
    moved = write_redirects(output, old, old_redirects=redirects or "", siteurl=siteurl, manifest=manifest)
    for old_url, new_url in moved.items():
        logger.info("Moved: %s redirects to %s", old_url, new_url)
    return moved


def published_file(repo: str, remote: str, branch: str, path: str, *, fetch: bool = True) -> str | None:
    """The text of ``path`` on the branch being replaced: ``remote``'s, else the local one.

    ``fetch``: bring ``remote``'s branch up to date first. None when neither has the file
    (a first publish).
    """
    if fetch:  # fails on a first publish (no such branch yet): then the local one, if any
        _git(repo, "fetch", "--quiet", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}")
    for ref in (f"refs/remotes/{remote}/{branch}", f"refs/heads/{branch}"):
        shown = _git(repo, "show", f"{ref}:{path}")
        if shown.returncode == 0:
            return shown.stdout
    return None


def _stories(text: str, where: str) -> dict[str, dict]:
    """{source: entry} of a manifest's stories."""
    return {entry["source"]: entry for entry in _entries(text, where)}


def _entries(text: str, where: str) -> list[dict]:
    """The entries of a JSON list that have a ``source`` and a ``url`` (strings)."""
    try:
        entries = json.loads(text)
    except ValueError as error:
        raise DeployError(f"the {where} is not JSON: {error}") from error
    if not isinstance(entries, list):
        raise DeployError(f"the {where} is not a list of stories")
    return [
        entry
        for entry in entries
        if isinstance(entry, dict)
        and isinstance(entry.get("source"), str)
        and isinstance(entry.get("url"), str)
    ]


def _file_of(url: str) -> str:
    """The file a site-relative URL is served from (``2026/05/slug/`` -> ``.../index.html``)."""
    return url + "index.html" if url.endswith("/") or not url else url


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as error:
        raise DeployError(f"cannot read the story manifest {path}: {error}") from error


def git_remote_url(repo: str, remote: str) -> str:
    """The URL of ``remote`` in ``repo``; ``DeployError`` when there is no such remote."""
    result = _git(repo, "remote", "get-url", remote)
    if result.returncode != 0:
        raise DeployError(f"no git remote named {remote!r} in {repo}: {result.stderr.strip()}")
    return result.stdout.strip()


def commit_message(repo: str, sitename: str) -> str:
    """Name the commit the site was built from, when there is one."""
    head = _git(repo, "rev-parse", "--short", "HEAD")
    source = f" from {head.stdout.strip()}" if head.returncode == 0 else ""
    return f"Publish {sitename}{source}"


def ghp_import(output: str, *, repo: str, remote: str, branch: str, message: str) -> None:
    """Commit ``output`` as the whole of ``branch`` (history kept) and force-push it to ``remote``."""
    command = [
        sys.executable,
        "-m",
        "ghp_import",
        "--no-jekyll",
        "--push",
        "--force",
        "--remote",
        remote,
        "--branch",
        branch,
        "--message",
        message,
        output,
    ]
    result = subprocess.run(command, cwd=repo, check=False)
    if result.returncode != 0:
        raise DeployError(f"ghp-import failed (exit {result.returncode}); see git's message above")


def _git(repo: str, *args: str) -> subprocess.CompletedProcess:
    # UTF-8 whatever the locale: a published manifest holds the stories' titles.
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, encoding="utf-8", errors="replace", check=False
    )
