"""«اختيارات المحررين» in the newsroom: editors and admins of an edition set its picks; reporters
and moderators cannot, and an editor of one edition neither sees nor changes another's. Bad input is
an Arabic message on the form, never a 500; times are typed in the edition's own zone."""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nashra.picks.models import LEAD, Pick
from tests.picks.conftest import member, picks_url

pytestmark = pytest.mark.django_db


def add(client, edition, article, slot="lead", expires="", section=None):
    return client.post(picks_url(edition, section), {
        "action": "add", "article": str(article.pk), "slot": slot, "expires_at": expires})


def denied(response) -> bool:
    """Wagtail answers PermissionDenied in the admin with a 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and "picks" not in response["Location"])


def test_an_editor_picks_a_lead_and_readers_see_it(editions, stories):
    client = member(editions, "eg", "editor")
    page = client.get(picks_url(editions["eg"]))
    assert page.status_code == 200
    body = page.content.decode()
    assert "اختيارات المحررين" in body and "خبر سياسي مهم" in body
    assert "مسودة لم تنشر" not in body and "خبر من بيروت" not in body  # the chooser: live eg stories only
    response = add(client, editions["eg"], stories["politics"])
    assert response.status_code == 302
    assert Pick.objects.get().slot == LEAD
    home = Client(HTTP_HOST="eg.localhost").get("/").content.decode()
    assert "خبر سياسي مهم" in home[home.index('<article class="top-story">'):home.index("</article>")]
    listing = client.get(picks_url(editions["eg"])).content.decode()
    assert "يظهر" in listing and "خبر سياسي مهم" in listing


@pytest.mark.parametrize("role", ["reporter", "moderator"])
def test_reporters_and_moderators_cannot_reach_the_picks(editions, stories, role):
    client = member(editions, "eg", role)
    assert denied(client.get(reverse("picks_admin")))
    assert denied(add(client, editions["eg"], stories["politics"]))
    assert not Pick.objects.exists()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("picks_admin") not in dashboard  # no menu item


def test_an_editor_of_lb_can_neither_see_nor_change_egs_picks(editions, stories):
    eg_editor = member(editions, "eg", "editor")
    add(eg_editor, editions["eg"], stories["politics"])
    pick = Pick.objects.get()
    lb_editor = member(editions, "lb", "editor")
    assert denied(lb_editor.get(picks_url(editions["eg"])))
    assert denied(add(lb_editor, editions["eg"], stories["politics2"], slot="featured"))
    for action in ("remove", "up", "down", "expiry"):
        assert denied(lb_editor.post(picks_url(editions["eg"]), {"action": action, "pick": str(pick.pk)}))
        # Posted to their own edition's page, eg's pick is not theirs either.
        lb_editor.post(picks_url(editions["lb"]), {"action": action, "pick": str(pick.pk)})
    assert list(Pick.objects.values_list("pk", "expires_at")) == [(pick.pk, None)]
    own = lb_editor.get(picks_url(editions["lb"])).content.decode()
    assert "خبر سياسي مهم" not in own and "مصر اليوم" not in own  # the edition menu lists lb only
    assert "خبر من بيروت" in own


def test_an_edition_admin_and_a_superuser_may_set_picks(editions, stories):
    assert add(member(editions, "eg", "admin"), editions["eg"], stories["politics"]).status_code == 302
    root = User.objects.create_superuser("root-picks", password="x" * 12)
    client = Client()
    client.force_login(root)
    assert add(client, editions["lb"], stories["lb"]).status_code == 302
    assert Pick.objects.count() == 2


@pytest.mark.parametrize("case, expected", [
    ("other_edition", "ليس من إصدار «مصر اليوم»"),
    ("draft", "غير منشور"),
    ("past", "وقت الانتهاء مضى"),
    ("garbage_time", "اكتب الوقت كاملًا"),
    ("no_article", "اختر خبرًا"),
    ("unknown_article", "هذا الخبر غير موجود"),
    ("bad_slot", "اختر «رئيسي» أو «مميز»"),
    ("second_lead", "خبر رئيسي بالفعل"),
])
def test_bad_input_gets_an_arabic_message(editions, stories, case, expected):
    client = member(editions, "eg", "editor")
    eg = editions["eg"]
    data = {"action": "add", "article": str(stories["politics"].pk), "slot": "lead", "expires_at": ""}
    if case == "other_edition":
        data["article"] = str(stories["lb"].pk)
    elif case == "draft":
        data["article"] = str(stories["draft"].pk)
    elif case == "past":
        data["expires_at"] = "2020-01-01T10:00"
    elif case == "garbage_time":
        data["expires_at"] = "غدا صباحا"
    elif case == "no_article":
        data["article"] = ""
    elif case == "unknown_article":
        data["article"] = "999999999"
    elif case == "bad_slot":
        data["slot"] = "<script>"
    elif case == "second_lead":
        add(client, eg, stories["politics2"])
    response = client.post(picks_url(eg), data)
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert Pick.objects.filter(article=stories["politics"]).count() == 0


def test_odd_urls_and_actions_are_not_errors(editions, stories):
    client = member(editions, "eg", "editor")
    url = reverse("picks_admin")
    assert client.get(url + "?edition=abc").status_code == 404
    assert client.get(url + f"?edition={editions['eg'].pk}&section=abc").status_code == 404
    lb_section = editions["sections"]["lb"]["politics"]
    assert client.get(url + f"?edition={editions['eg'].pk}&section={lb_section.pk}").status_code == 404
    for data in ({"action": "remove", "pick": "x"}, {"action": "dance", "pick": "1"}, {}):
        assert client.post(picks_url(editions["eg"]), data).status_code == 302


def test_times_are_read_and_shown_in_the_editions_zone(editions, stories):
    client = member(editions, "eg", "editor")
    tomorrow = (timezone.now() + timedelta(days=1)).astimezone(editions["eg"].date_style.tz)
    typed = tomorrow.strftime("%Y-%m-%dT10:30")
    assert add(client, editions["eg"], stories["politics"], expires=typed).status_code == 302
    stored = Pick.objects.get().expires_at
    cairo = datetime.fromisoformat(typed).replace(tzinfo=editions["eg"].date_style.tz)
    assert stored == cairo.astimezone(UTC)
    screen = client.get(picks_url(editions["eg"])).content.decode()
    assert f'value="{typed.replace("T", " ")}"' in screen
    assert 'type="datetime-local"' not in screen  # a plain box with an Arabic hint, not the browser's picker


def test_an_expiry_typed_in_hindi_digits_is_read(editions, stories):
    client = member(editions, "eg", "editor")
    tomorrow = (timezone.now() + timedelta(days=1)).astimezone(editions["eg"].date_style.tz)
    typed = tomorrow.strftime("%Y-%m-%d 10:30")
    hindi = typed.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert add(client, editions["eg"], stories["politics"], expires=hindi).status_code == 302
    cairo = datetime.fromisoformat(typed).replace(tzinfo=editions["eg"].date_style.tz)
    assert Pick.objects.get().expires_at == cairo.astimezone(UTC)


def test_an_editor_retimes_reorders_and_removes(editions, stories):
    client = member(editions, "eg", "editor")
    eg = editions["eg"]
    for name in ("politics", "politics2"):
        add(client, eg, stories[name], slot="featured")
    first, second = Pick.objects.order_by("sort_order")
    client.post(picks_url(eg), {"action": "down", "pick": str(first.pk)})
    assert list(Pick.objects.order_by("sort_order").values_list("pk", flat=True)) == [second.pk, first.pk]
    past = client.post(picks_url(eg), {"action": "expiry", "pick": str(first.pk),
                                       f"p{first.pk}-expires_at": "2020-01-01T10:00"}, follow=True)
    assert "وقت الانتهاء مضى" in past.content.decode()
    client.post(picks_url(eg), {"action": "remove", "pick": str(first.pk)})
    assert list(Pick.objects.values_list("pk", flat=True)) == [second.pk]
