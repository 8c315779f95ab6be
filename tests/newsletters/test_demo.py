"""The demo's newsletter: eg gets a daily digest list and one sent issue in its web archive; running
the demo again adds nothing."""

import pytest

from nashra.newsletters.demo import load_demo
from nashra.newsletters.models import DIGEST, Issue, NewsletterList


@pytest.mark.django_db
def test_the_demo_adds_a_digest_and_one_sent_issue_to_the_archive(editions, article_factory, reader):
    article_factory(title="خبر العرض التجريبي")
    assert load_demo(editions["eg"]) is True
    assert load_demo(editions["eg"]) is False
    newsletter = NewsletterList.objects.get()
    assert newsletter.kind == DIGEST and newsletter.send_hour == 7
    issue = Issue.objects.get()
    assert issue.status == Issue.SENT
    assert issue.subject in reader.get("/newsletters/").content.decode()
    assert "خبر العرض التجريبي" in reader.get(f"/newsletters/{issue.pk}/").content.decode()
