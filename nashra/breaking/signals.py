"""A story published again while breaking mode is on keeps its ticker flag: the revision an editor
publishes was written before the switch (or with the box unticked) and would otherwise drop it."""

from __future__ import annotations

from django.db.models.signals import pre_save

from .models import BreakingSwitch


def keep_breaking_flag(sender, instance, **kwargs) -> None:
    if instance.pk is None or (instance.is_breaking and kwargs.get("update_fields") is not None):
        return
    switch = BreakingSwitch.objects.active().filter(page_id=instance.pk).only("ends_at").first()
    if switch is not None:
        instance.is_breaking = True
        instance.breaking_until = switch.ends_at


def connect() -> None:
    from nashra.articles.models import ArticlePage

    pre_save.connect(keep_breaking_flag, sender=ArticlePage, dispatch_uid="breaking-keep-flag")
