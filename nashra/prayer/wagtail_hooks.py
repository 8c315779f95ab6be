from django.utils.translation import gettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EditionPrayerSettings


class EditionPrayerSettingsViewSet(SnippetViewSet):
    model = EditionPrayerSettings
    icon = "time"
    menu_label = gettext_lazy("مواقيت الصلاة")
    list_display = ["edition", "city_slug", "method", "asr_school"]


register_snippet(EditionPrayerSettingsViewSet)
