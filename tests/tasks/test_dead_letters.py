"""A task that keeps failing is retried, then kept as a dead letter an administrator can retry."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from nashra.deadletters.models import DeadLetter
from nashra.deadletters.retry import retrying

CALLS = []


@task()
@retrying(tries=3)
def flaky(name):
    CALLS.append(name)
    if name != "works":
        raise RuntimeError(f"لا يعمل {name}")
    return name


@task(backend="database")
@retrying(tries=2, backoff=0)
def flaky_in_the_queue(name):
    CALLS.append(name)
    raise RuntimeError("still broken")


@pytest.fixture(autouse=True)
def _calls():
    CALLS.clear()


@pytest.mark.django_db
def test_after_all_tries_the_call_becomes_a_dead_letter():
    flaky.enqueue("mail")
    assert CALLS == ["mail", "mail", "mail"]
    letter = DeadLetter.objects.get()
    assert (letter.task_path, letter.args, letter.tries) == ("tests.tasks.test_dead_letters.flaky", ["mail"], 3)
    assert "RuntimeError" in letter.error


@pytest.mark.django_db
def test_a_task_that_works_leaves_no_letter():
    flaky.enqueue("works")
    assert CALLS == ["works"] and not DeadLetter.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_in_the_database_queue_a_failed_try_is_queued_again_then_kept_as_a_letter():
    flaky_in_the_queue.enqueue("x")
    call_command("worker", batch=True, verbosity=0)  # backoff 0: the second try is due at once
    assert CALLS == ["x", "x"]
    second = DBTaskResult.objects.get(status="FAILED")
    assert second.run_after is not None and second.args_kwargs["kwargs"] == {"_attempt": 2}
    assert DeadLetter.objects.get().tries == 2


@pytest.mark.django_db
def test_admins_see_dead_letters_and_retry_them(client, django_user_model):
    letter = DeadLetter.objects.create(task_path="tests.tasks.test_dead_letters.flaky", args=["works"], error="E",
                                       tries=3)
    admin = django_user_model.objects.create_superuser("boss", "boss@nashra.example", "x")
    client.force_login(admin)
    page = client.get(reverse("dead_letters_admin"))
    assert "المهام المتعثرة" in page.content.decode()
    client.post(reverse("dead_letter_retry", args=[letter.pk]))
    assert CALLS == ["works"] and not DeadLetter.objects.exists()


@pytest.mark.django_db
def test_editors_cannot_see_them(client, django_user_model):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("ed", "ed@nashra.example", "x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    letter = DeadLetter.objects.create(task_path="tests.tasks.test_dead_letters.flaky", args=["works"], error="E",
                                       tries=3)
    assert client.get(reverse("dead_letters_admin")).status_code == 302  # Wagtail's «no permission» redirect
    client.post(reverse("dead_letter_retry", args=[letter.pk]))
    assert CALLS == [] and DeadLetter.objects.filter(pk=letter.pk).exists()
