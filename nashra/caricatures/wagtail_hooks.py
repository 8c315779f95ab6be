from django.utils.translation import gettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Artist, Caricature


class CaricatureViewSet(SnippetViewSet):
    model = Caricature
    icon = "image"
    menu_label = gettext_lazy("كاريكاتير")
    list_display = ["title", "artist", "edition", "published_at", "live"]
    list_filter = ["edition", "artist", "live"]


class ArtistViewSet(SnippetViewSet):
    model = Artist
    icon = "user"
    menu_label = gettext_lazy("الرسامون")
    list_display = ["name", "slug"]


class CaricatureGroup(SnippetViewSetGroup):
    items = (CaricatureViewSet, ArtistViewSet)
    menu_icon = "image"
    menu_label = gettext_lazy("كاريكاتير")
    menu_name = "caricatures"


register_snippet(CaricatureGroup)
