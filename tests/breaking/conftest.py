"""Breaking fixtures: stories of eg (an older one is the home page's lead by hand) and lb."""

from datetime import timedelta

import pytest

from nashra.picks.models import LEAD, Pick
from tests.delivery.conftest import page_cache  # noqa: F401  (the full-page cache on, a fresh store)
from tests.picks.conftest import START, member  # noqa: F401  (re-exported for the tests)


@pytest.fixture
def stories(editions, article_factory):
    made = {
        "story": article_factory("eg", title="زلزال يضرب المدينة", published_at=START - timedelta(hours=2)),
        "lead": article_factory("eg", title="الخبر الرئيسي المختار", published_at=START - timedelta(hours=3)),
        "newest": article_factory("eg", section="sports", title="أحدث خبر رياضي", published_at=START),
        "draft": article_factory("eg", title="مسودة لم تنشر", publish=False),
        "lb": article_factory("lb", title="خبر من بيروت", published_at=START - timedelta(hours=1)),
    }
    Pick.objects.create(edition=editions["eg"], article=made["lead"], slot=LEAD)
    return made
