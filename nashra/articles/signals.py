"""Keep an edition's «آخر تحديث» equal to its latest publish."""

from django.db.models import F
from django.db.models.functions import Greatest
from wagtail.signals import page_published

from nashra.editions.models import Edition


def touch_edition(edition_id, moment) -> None:
    if edition_id is None or moment is None:
        return
    Edition.objects.filter(pk=edition_id, last_published_at__isnull=True).update(last_published_at=moment)
    Edition.objects.filter(pk=edition_id).update(last_published_at=Greatest(F("last_published_at"), moment))


def on_page_published(sender, instance, revision=None, **kwargs):
    edition_id = getattr(instance, "edition_id", None)
    touch_edition(edition_id, instance.last_published_at)


page_published.connect(on_page_published, dispatch_uid="nashra-touch-edition")
