from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """The newsroom's own face: Nashra's name and mark instead of Wagtail's, no upstream release notes or
    editor guide links, and Arabic wording for the few Wagtail messages that stay in English or say the
    wrong thing. Listed before ``wagtail.admin`` so its templates and catalogue come first."""

    name = "nashra.newsroom"
    label = "newsroom"
    verbose_name = _("غرفة الأخبار")

    def ready(self):
        from .upstream_labels import translate_site_columns
        from .zones import name_the_zones_in_arabic

        name_the_zones_in_arabic()
        translate_site_columns()
