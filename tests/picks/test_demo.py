"""`nashra demo`: the Egyptian front page leads with a politics story an editor picked, not the décor
piece that is the newest; running it again changes nothing."""

import pytest
from django.core.management import call_command
from django.test import Client

from nashra.articles.models import ArticlePage
from nashra.picks.models import LEAD, Pick


@pytest.mark.django_db
def test_demo_leads_egypt_with_a_politics_pick(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("demo", port=8000, stdout=open("/dev/null", "w"))
    lead = ArticlePage.objects.get(external_id="demo-eg-001")
    newest = ArticlePage.objects.live().filter(edition=lead.edition).order_by("-published_at").first()
    assert newest.pk != lead.pk and lead.section.slug == "politics"
    html = Client(HTTP_HOST="eg.localhost:8000").get("/").content.decode()
    top = html[html.index('<article class="top-story">'):]
    assert lead.title in top[:top.index("</article>")]
    call_command("demo", port=8000, stdout=open("/dev/null", "w"))
    assert list(Pick.objects.values_list("article_id", "slot", "section_id")) == [(lead.pk, LEAD, None)]
