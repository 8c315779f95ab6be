"""``nashra demo``: load the demo network (idempotent; ``make run`` calls it)."""

import dataclasses
import json
import os
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from nashra.articles.edition_setup import ensure_edition
from nashra.articles.models import SectionPage
from nashra.dashboard.demo import load_demo as load_numbers
from nashra.demo.caricatures import load_demo as load_caricatures
from nashra.demo.drawings import scene_for
from nashra.demo.footer_pages import load_demo as load_footer_pages
from nashra.demo.images import demo_picture
from nashra.demo.network import ACCOUNTS, EDITIONS, SECTIONS
from nashra.demo.redate import redate_record
from nashra.demo.rich_articles import load_demo as load_rich_articles
from nashra.editions.models import NetworkSettings
from nashra.editions.services import group_name
from nashra.horoscopes.demo import load_demo as load_horoscopes
from nashra.importing.services import import_records
from nashra.liveblog.demo import load_demo as load_live_blog
from nashra.newsletters.demo import load_demo as load_newsletters
from nashra.picks.demo import load_demo as load_picks
from nashra.prayer.demo import load_demo as load_prayer
from nashra.wire.demo import load_demo as load_wire

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DEFAULT_PASSWORD = "nashra-demo-2025"
#: The home page's lead pick per edition: news, not the décor piece that happens to be the newest.
DEMO_LEADS = {"eg": "demo-eg-001"}
DEMO_ADDRESS = "مجموعة نشرة الإعلامية — 12 شارع الصحافة، وسط البلد، القاهرة"


class Command(BaseCommand):
    help = "Create or refresh the demo network (editions eg and lb, sections, articles, accounts)."

    def add_arguments(self, parser):
        parser.add_argument("--password", default=os.environ.get("NASHRA_DEMO_PASSWORD", DEFAULT_PASSWORD))
        parser.add_argument("--port", type=int, default=int(os.environ.get("NASHRA_PORT", "8000")))
        parser.add_argument(
            "--keep-dates", action="store_true",
            help="keep the stories' original dates (Dec 2025, the seed page's) instead of moving them to today",
        )

    def handle(self, *args, password, port, keep_dates=False, **options):
        editions = {}
        for spec in EDITIONS:
            with transaction.atomic():
                edition = ensure_edition(dataclasses.replace(spec, port=port))
                ensure_sections(edition)
            editions[spec.slug] = edition
        network = NetworkSettings.load()  # creates the row with the group footer defaults
        if not network.address:  # the seed's footer gives the group's address
            network.address = DEMO_ADDRESS
            network.save()
        load_footer_pages()
        shift = timedelta(0) if keep_dates else days_to_today(list(editions))
        for slug, edition in editions.items():
            report = import_records(demo_records(slug, shift), edition, base_dir=picture_dir())
            self.stdout.write(
                f"{edition.name} ({slug}): {report.created} new, {report.updated} updated, "
                f"{len(report.errors)} errors"
            )
            for line_no, message in report.errors:
                self.stderr.write(f"  line {line_no}: {message}")
        for edition in editions.values():
            load_prayer(edition)
            load_horoscopes(edition)
            load_caricatures(edition)
            load_rich_articles(edition)
        for slug, external_id in DEMO_LEADS.items():
            if slug in editions:
                load_picks(editions[slug], external_id)
        wire_items = load_wire(list(editions.values()))
        self.stdout.write(f"wire desk: {wire_items} agency items in the queue")
        if "eg" in editions:
            load_newsletters(editions["eg"])
        if "eg" in editions:
            load_live_blog(editions["eg"])
        for edition in editions.values():
            load_numbers(edition)  # after the stories: the dashboard's views are views of them
        ensure_accounts(editions, password)
        self.stdout.write(self.style.SUCCESS(login_help(port, password)))


def ensure_sections(edition):
    home = edition.site.root_page
    for order, (slug, name) in enumerate(SECTIONS, start=1):
        if SectionPage.objects.child_of(home).filter(slug=slug).exists():
            continue
        section = SectionPage(title=name, slug=slug, nav_order=order)
        home.add_child(instance=section)
        section.save_revision().publish()


def picture_dir() -> Path:
    return Path(settings.DATA_DIR) / "demo-pictures"


def _read(slug):
    with open(DATA_DIR / f"{slug}.jsonl", encoding="utf-8") as lines:
        for line_no, line in enumerate(lines, start=1):
            if line.strip():
                yield line_no, json.loads(line)


def days_to_today(slugs) -> timedelta:
    """Whole days that bring the newest demo story to today (or yesterday, before its time of day).

    The stories were written around the seed page (30 Nov – 9 Dec 2025); moved
    by whole days they keep their spacing and times of day, so the demo looks
    like a live edition: «آخر الأخبار» is from today and the news sitemap is not empty.
    """
    stamps = [datetime.fromisoformat(r["published_at"]) for slug in slugs for _, r in _read(slug)
              if r.get("published_at")]
    if not stamps:
        return timedelta(0)
    newest, now = max(stamps), timezone.now()
    days = (now.date() - newest.astimezone(now.tzinfo).date()).days
    if newest + timedelta(days=days) > now:
        days -= 1
    return timedelta(days=max(0, days))


def demo_records(slug, shift: timedelta = timedelta(0)):
    for line_no, record in _read(slug):
        if shift and record.get("published_at"):
            written = datetime.fromisoformat(record["published_at"])
            record = redate_record(record, written.date(), shift.days)
            record["published_at"] = (written + shift).isoformat()
        if isinstance(record.get("image"), dict) and not record["image"].get("path"):
            scene = scene_for(record.get("section"), record.get("title", ""))
            record["image"]["path"] = demo_picture(record["external_id"], picture_dir(), scene=scene).name
        yield line_no, record


def ensure_accounts(editions, password):
    User = get_user_model()
    for username, (edition_slug, role) in ACCOUNTS.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, email=f"{username}@example.invalid")
            user.set_password(password)
        user.is_staff = role == "superuser"
        user.is_superuser = role == "superuser"
        user.save()
        if edition_slug:
            user.groups.add(Group.objects.get(name=group_name(editions[edition_slug], role)))


def login_help(port, password):
    rows = "\n".join(
        f"    {name:<14} {('كل الإصدارات' if ed is None else ed)} / {role}" for name, (ed, role) in ACCOUNTS.items()
    )
    return (
        "\nNashra demo network is ready:\n"
        f"  مصر اليوم   http://127.0.0.1:{port}/   (also http://eg.localhost:{port}/)\n"
        f"  لبنان اليوم  http://lb.localhost:{port}/\n"
        f"  Newsroom    http://127.0.0.1:{port}/{settings.NASHRA_ADMIN_PATH}/  password for every demo account: "
        f"{password}\n{rows}\n"
    )
