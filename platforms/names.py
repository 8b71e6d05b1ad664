"""Finding a published platform from what a reader typed: its slug, a name or alias in any language, or part of one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from overdue_site.traditional import to_simplified

# The value of the platform field that stands for "my platform is not listed" (the general industry profile).
OTHER = "other"


def normalize_name(text: str | None) -> str:
    """Compare names as readers type them: full-width folded (NFKC), trimmed, case-folded, Traditional → Simplified."""
    text = unicodedata.normalize("NFKC", text or "").strip().casefold()
    text = re.sub(r"\s+", " ", text)
    return to_simplified(text)


def platform_names(platform: Any, languages: Sequence[str]) -> set[str]:
    """Every name and alias of a platform in every language, normalised."""
    names: set[str] = set()
    for language in languages:
        suffix = language.replace("-", "_")
        names.add(getattr(platform, f"name_{suffix}", "") or "")
        names.update(line for line in (getattr(platform, f"aliases_{suffix}", "") or "").splitlines())
    names.add(getattr(platform, "name", "") or "")
    return {normalized for normalized in map(normalize_name, names) if normalized}


def own_names(platform: Any, languages: Sequence[str]) -> set[str]:
    """A platform's own names (not its aliases) in every language, normalised."""
    names = {getattr(platform, f"name_{language.replace('-', '_')}", "") or "" for language in languages}
    names.add(getattr(platform, "name", "") or "")
    return {normalized for normalized in map(normalize_name, names) if normalized}


def match_strength(wanted: str, platform: Any, languages: Sequence[str]) -> int:
    """How well a platform answers to a (normalised) name, 0 for not at all.

    Its own name beats an alias; among aliases, one that is part of the platform's name ("借呗" for 蚂蚁借呗) beats one
    that is not (借呗 as another name of 支付宝, the app it lives in); a whole name beats part of one.
    """
    names = own_names(platform, languages)
    known = platform_names(platform, languages)
    if wanted in names:
        return 5
    if wanted in known:
        return 4 if any(wanted in name for name in names) else 3
    if len(wanted) >= 2 and any(wanted in name for name in names):
        return 2
    if len(wanted) >= 2 and any(wanted in name for name in known):
        return 1
    return 0


@dataclass(frozen=True)
class PlatformMatch:
    """What a reader's platform text resolved to.

    platform: the best match (None if none, or several match equally well); candidates: the equally good matches
    when there is no single best one; alternatives: other platforms the text also fits, less well (offered as
    "did you mean …?", never as an error); by_slug: True when the text was already canonical (the slug, or
    "other"), so no redirect is needed; is_other: the reader chose "my platform is not listed" (platform is then the
    general profile, or None if there is no published general profile).
    """

    platform: Any = None
    candidates: tuple = ()
    alternatives: tuple = ()
    by_slug: bool = False
    is_other: bool = False

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def resolve_platform(
    text: str, platforms: Sequence[Any], *, languages: Sequence[str], other_labels: Iterable[str] = ()
) -> PlatformMatch:
    """Match a reader's text against published platforms: slug, then the best name or alias (see match_strength).

    ``platforms`` must hold only what readers may see (published platforms, the general profile included).
    "other" (or the translated "not listed" label, in any language) stands for the general industry profile.
    """
    raw = unicodedata.normalize("NFKC", text or "").strip()
    if not raw:
        return PlatformMatch()
    by_slug = {p.slug: p for p in platforms}
    if raw in by_slug:
        return PlatformMatch(platform=by_slug[raw], by_slug=True)
    wanted = normalize_name(raw)
    if wanted == OTHER or wanted in {normalize_name(label) for label in other_labels}:
        general = next((p for p in platforms if p.is_general_profile), None)
        return PlatformMatch(platform=general, by_slug=raw == OTHER, is_other=True)
    lowered = {slug.casefold(): p for slug, p in by_slug.items()}
    if wanted in lowered:
        return PlatformMatch(platform=lowered[wanted])
    ranked = sorted(
        ((strength, p) for p in platforms if (strength := match_strength(wanted, p, languages))),
        key=lambda pair: -pair[0],
    )
    if not ranked:
        return PlatformMatch()
    best = ranked[0][0]
    top = tuple(p for strength, p in ranked if strength == best)
    if len(top) > 1:
        return PlatformMatch(candidates=top)
    return PlatformMatch(platform=top[0], alternatives=tuple(p for strength, p in ranked[1:]))
