"""Publishing to GitHub Pages: a publish build, then ghp-import onto a branch, pushed to a remote.

The site URL comes from, in order: the caller, the settings (``SITEURL``, read
from the environment by ``publishconf.py``), the custom domain, or the GitHub
remote's Pages address (``https://USER.github.io/REPO``).
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys

from .build import BuildResult, build_site, load_settings

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


class DeployError(RuntimeError):
    """Publishing could not go ahead: no site URL, no such remote, or git refused."""


def publish(settings_file: str, *, repo: str, remote: str = "origin", branch: str = "gh-pages",
            siteurl: str = "", cname: str = "", seeds: str | None = None, output: str | None = None,
            message: str = "") -> BuildResult:
    """Build with ``settings_file`` and push the output to ``branch`` on ``remote`` of ``repo``."""
    remote_url = git_remote_url(repo, remote)
    settings = load_settings(settings_file, seeds, output)
    cname = clean_cname(cname or settings.get(CNAME_SETTING, ""))
    url = site_url(siteurl or settings.get("SITEURL", ""), cname, remote_url)
    logger.info("Publishing for %s to %s %s", url, remote, branch)
    result = build_site(settings_file, seeds=seeds, output=output, search=True, overrides=url_overrides(url))
    write_pages_files(result.output, cname)
    ghp_import(result.output, repo=repo, remote=remote, branch=branch,
               message=message or commit_message(repo, result.settings.get("SITENAME", "site")))
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
    command = [sys.executable, "-m", "ghp_import", "--no-jekyll", "--push", "--force",
               "--remote", remote, "--branch", branch, "--message", message, output]
    result = subprocess.run(command, cwd=repo, check=False)
    if result.returncode != 0:
        raise DeployError(f"ghp-import failed (exit {result.returncode}); see git's message above")


def _git(repo: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
