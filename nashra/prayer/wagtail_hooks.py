from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EditionPrayerSettings


class EditionPrayerSettingsViewSet(SnippetViewSet):
    model = EditionPrayerSettings
    icon = "time"
    menu_label = "مواقيت الصلاة"
    list_display = ["edition", "city_slug", "method", "asr_school"]


register_snippet(EditionPrayerSettingsViewSet)
