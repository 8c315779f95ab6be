"""A pick is refused, in Arabic, for every story readers could not see on that page, and a page keeps
one lead and at most six featured stories."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from nashra.picks import services
from nashra.picks.models import FEATURED, LEAD, MAX_FEATURED, Pick

pytestmark = pytest.mark.django_db


def refusal(pick) -> str:
    with pytest.raises(ValidationError) as caught:
        services.add_pick(pick)
    return " ".join(caught.value.messages)


def test_a_story_of_another_edition_is_refused(editions, stories):
    message = refusal(Pick(edition=editions["eg"], article=stories["lb"], slot=LEAD))
    assert "ليس من إصدار «مصر اليوم»" in message
    assert not Pick.objects.exists()


def test_a_draft_is_refused(editions, stories):
    assert "غير منشور" in refusal(Pick(edition=editions["eg"], article=stories["draft"], slot=LEAD))


def test_a_past_expiry_is_refused(editions, stories):
    pick = Pick(edition=editions["eg"], article=stories["politics"], slot=LEAD,
                expires_at=timezone.now() - timedelta(minutes=1))
    assert "وقت الانتهاء مضى" in refusal(pick)


def test_a_section_page_takes_only_its_own_stories(editions, stories):
    politics = editions["sections"]["eg"]["politics"]
    assert "ليس من قسم «سياسة»" in refusal(Pick(edition=editions["eg"], section=politics,
                                                 article=stories["newest"], slot=LEAD))
    lb_politics = editions["sections"]["lb"]["politics"]
    assert "هذا القسم ليس من هذا الإصدار" in refusal(Pick(edition=editions["eg"], section=lb_politics,
                                                          article=stories["politics"], slot=LEAD))


def test_one_lead_per_page_and_one_place_per_story(editions, stories):
    eg = editions["eg"]
    services.add_pick(Pick(edition=eg, article=stories["politics"], slot=LEAD))
    assert "خبر رئيسي بالفعل («خبر سياسي مهم»)" in refusal(Pick(edition=eg, article=stories["politics2"], slot=LEAD))
    assert "مختار لهذه الصفحة بالفعل" in refusal(Pick(edition=eg, article=stories["politics"], slot=FEATURED))
    # The same story may lead its section's page too: another page.
    services.add_pick(Pick(edition=eg, section=editions["sections"]["eg"]["politics"],
                           article=stories["politics"], slot=LEAD))


def test_at_most_six_featured_stories(editions, article_factory):
    eg = editions["eg"]
    for n in range(MAX_FEATURED):
        services.add_pick(Pick(edition=eg, article=article_factory("eg", title=f"مميز {n}"), slot=FEATURED))
    message = refusal(Pick(edition=eg, article=article_factory("eg", title="واحد زائد"), slot=FEATURED))
    assert "لأكثر من 6 أخبار مميزة" in message
    assert list(Pick.objects.filter(slot=FEATURED).values_list("sort_order", flat=True)) == list(range(6))


def test_an_expired_lead_gives_way_to_a_new_one(editions, stories):
    eg = editions["eg"]
    old = services.add_pick(Pick(edition=eg, article=stories["politics"], slot=LEAD))
    Pick.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    services.add_pick(Pick(edition=eg, article=stories["politics2"], slot=LEAD))
    assert list(Pick.objects.values_list("article__title", flat=True)) == ["خبر سياسي ثان"]


def test_reordering_swaps_neighbours_only(editions, stories):
    eg = editions["eg"]
    picks = [services.add_pick(Pick(edition=eg, article=stories[name], slot=FEATURED))
             for name in ("politics", "politics2", "politics3")]
    assert services.move_pick(picks[2], -1)
    assert not services.move_pick(Pick.objects.get(pk=picks[0].pk), -1)  # already first
    order = Pick.objects.order_by("sort_order").values_list("article__title", flat=True)
    assert list(order) == ["خبر سياسي مهم", "خبر سياسي ثالث", "خبر سياسي ثان"]


@pytest.mark.parametrize("typed", ["2026-12-05\x0018:30", "2026-12-05\t18:30", "2026-12-05 18:30\x00",
                                   "2026-12-05\x1f18:30"])
def test_a_time_with_a_control_character_is_refused_in_arabic(typed):
    """Django reads ISO 8601 first, where any one character may part date from time: not a NUL."""
    from django import forms as django_forms

    from nashra.picks.forms import ExpiryField

    with pytest.raises(django_forms.ValidationError) as refused:
        ExpiryField().clean(typed)
    assert refused.value.messages == ["اكتب الوقت كاملًا: التاريخ ثم الساعة والدقيقة."]


def test_a_time_in_arabic_digits_or_iso_form_is_read():
    from nashra.picks.forms import ExpiryField

    assert ExpiryField().clean("٢٠٢٦-١٢-٠٥ ١٨:٣٠").strftime("%Y-%m-%d %H:%M") == "2026-12-05 18:30"
    assert ExpiryField().clean("2026-12-05T18:30").strftime("%H:%M") == "18:30"
