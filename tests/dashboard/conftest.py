import pytest


@pytest.fixture
def member(editions):
    """A newsroom user of one edition in one role (groups made by the edition set-up)."""
    from django.contrib.auth.models import Group, User

    from nashra.editions.services import group_name

    def make(slug="eg", role="reporter", name=None):
        user = User.objects.create_user(name or f"{slug}-{role}", password="x" * 12)
        user.groups.add(Group.objects.get(name=group_name(editions[slug], role)))
        return user

    return make


@pytest.fixture
def add_events():
    """Raw view events as the beacon's flush writes them: (ts, article, source) for an edition."""
    from nashra.dashboard.models import ViewEvent

    def add(edition, rows):
        ViewEvent.objects.bulk_create([ViewEvent(ts=ts, edition_id=edition.pk, article_id=article.pk, source=source)
                                       for ts, article, source in rows])

    return add
