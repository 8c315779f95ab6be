"""Every edition gets its newsroom (groups per role, image collection, approval workflow) however it is
made — in the newsroom, by the demo loader or by an import — and keeps it, by key, when renamed.

Any Site or Edition saved or deleted: the host → edition answer (:mod:`.resolve`) is read again."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from . import resolve
from .models import Edition

for _model in (Site, Edition):
    for _event, _signal in (("saved", post_save), ("deleted", post_delete)):
        _signal.connect(resolve.invalidate, sender=_model, dispatch_uid=f"nashra-resolve-{_model.__name__}-{_event}")


@receiver(post_save, sender=Edition, dispatch_uid="nashra-edition-newsroom")
def edition_saved(sender, instance: Edition, raw=False, **kwargs):
    if raw or instance.site_id is None or instance.site.root_page_id is None:
        return  # fixtures load rows as they are; an edition without a home page has no tree yet
    from .services import ensure_groups_and_workflow

    ensure_groups_and_workflow(instance)
