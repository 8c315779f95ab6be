"""Demo data: a lead pick for an edition's home page (idempotent), so the demo front page leads with
the news an editor would choose rather than whatever was filed last."""

from django.core.exceptions import ValidationError

from nashra.articles.models import ArticlePage

from . import services
from .models import LEAD, Pick


def load_demo(edition, external_id: str) -> bool:
    """Make the story ``external_id`` of ``edition`` its home page's lead, unless the home page already
    has a lead (an editor's choice stays). True when a pick was made."""
    if Pick.objects.filter(edition=edition, section__isnull=True, slot=LEAD).exists():
        return False
    article = ArticlePage.objects.filter(edition=edition, external_id=external_id).first()
    if article is None:
        return False
    try:
        services.add_pick(Pick(edition=edition, article=article, slot=LEAD))
    except ValidationError:  # not live in this database: the page leads with the newest story
        return False
    return True
