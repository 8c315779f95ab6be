"""``django-admin load_articles EXPORT.json``: fill the stock site with Nashra's demo stories.

``bench/run.py`` exports every live article of the measured Nashra edition (sections, text, lead
images); this creates the same tree here as an editor would (a HomePage as the site root, a
SectionPage per section in nav order, each ArticlePage published through a revision, each image
file copied into this site's media), so both article pages list the same stories. Prints the
measured article's URL as JSON.
"""

import json
from datetime import datetime
from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand
from wagtail.images.models import Image
from wagtail.models import Page, Site

from stock_wagtail.models import ArticlePage, HomePage, SectionPage


class Command(BaseCommand):
    help = "Create the exported sections and articles under a new HomePage."

    def add_arguments(self, parser):
        parser.add_argument("export")

    def handle(self, *args, **options):
        data = json.loads(Path(options["export"]).read_text(encoding="utf-8"))
        root = Page.get_first_root_node()
        welcome = Site.objects.get(is_default_site=True).root_page
        home = root.add_child(instance=HomePage(title=data["site_name"], slug="home-stock"))
        Site.objects.filter(is_default_site=True).update(root_page=home, site_name=data["site_name"])
        welcome.delete()
        sections = {}
        for section in data["sections"]:
            sections[section["slug"]] = home.add_child(
                instance=SectionPage(title=section["title"], slug=section["slug"], show_in_menus=True)
            )
        images = {}
        measured = None
        for item in sorted(data["articles"], key=lambda a: a["published_at"]):
            path = item["image_path"]
            if path and path not in images:
                with open(path, "rb") as handle:
                    images[path] = Image.objects.create(title=item["image_title"],
                                                        file=File(handle, name=Path(path).name))
            page = ArticlePage(
                title=item["title"], slug=item["slug"], subtitle=item["subtitle"], dateline=item["dateline"],
                byline=item["byline"], published_at=datetime.fromisoformat(item["published_at"]),
                lead_image=images.get(path), lead_image_caption=item["caption"],
                lead_image_credit=item["credit"], body=item["body"], breaking=item["breaking"],
            )
            page.tags.add(*item["tags"])
            sections[item["section"]].add_child(instance=page)
            page.save_revision().publish()
            if item["id"] == data["measured"]:
                measured = page
        self.stdout.write(json.dumps({"url": measured.get_url_parts()[2], "articles": len(data["articles"])}))
