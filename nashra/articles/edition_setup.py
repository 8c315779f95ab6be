"""Creating an edition: its Site, its home page and its settings, in one idempotent call.

It lives here, not in :mod:`nashra.editions`, because an edition's home is an
:class:`~nashra.articles.models.EditionHomePage`: the articles app builds on editions, never the
reverse. Saving the edition makes its newsroom groups, collection and workflow
(:mod:`nashra.editions.signals` → :mod:`nashra.editions.services`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Page, Site

from nashra.editions.models import Edition
from nashra.editions.services import make_default_site

from .models import EditionHomePage


@dataclass
class EditionSpec:
    slug: str
    name: str
    hostname: str
    city_name: str
    time_zone: str
    month_style: str
    digits: str = "latin"
    port: int = 80
    is_default_site: bool = False
    tagline: str = ""



@transaction.atomic
def ensure_edition(spec: EditionSpec) -> Edition:
    """Create or update an edition and everything it needs. Idempotent."""
    edition = Edition.objects.select_related("site").filter(slug=spec.slug).first()
    if edition is None:
        root = Page.get_first_root_node()
        home = EditionHomePage(title=spec.name, slug=f"home-{spec.slug}")
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(hostname=spec.hostname, port=spec.port).first()
        if site is None:
            site = Site(hostname=spec.hostname, port=spec.port)
        site.root_page = home
        site.site_name = spec.name
        site.is_default_site = spec.is_default_site
        site.save()
        edition = Edition(site=site, slug=spec.slug)
    elif (edition.site.hostname, edition.site.port) != (spec.hostname, spec.port):
        edition.site.hostname, edition.site.port = spec.hostname, spec.port
        edition.site.save()
    if spec.is_default_site:
        make_default_site(edition.site)
    for field in ("name", "city_name", "time_zone", "month_style", "digits", "tagline"):
        setattr(edition, field, getattr(spec, field))
    edition.full_clean(exclude=["site"])
    edition.save()  # the post_save receiver (signals.py) makes its groups, collection and workflow
    return edition
