from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class WireConfig(AppConfig):
    name = "nashra.wire"
    label = "wire"
    verbose_name = gettext_lazy("مكتب الوكالات")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from nashra.articles import canonical
        from nashra.core import events, periodic

        from . import copies, services

        periodic.register(services.poll_due_sources)  # each source is read when its interval is up
        canonical.register(copies.canonical_original)  # a copy's edition may name the original as canonical
        for event in (events.ArticleWithdrawn, events.ArticleMoved, events.ArticlePublished):
            events.subscribe(event, copies.original_changed)
