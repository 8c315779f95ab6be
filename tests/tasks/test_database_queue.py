"""The database queue: a task enqueued waits in the database until `nashra worker` runs it."""

import pytest
from django.core.management import call_command
from django_tasks import TaskResultStatus, task_backends

from nashra.core.sample_tasks import add_numbers

pytestmark = pytest.mark.django_db(transaction=True)


def test_tests_run_tasks_at_once_by_default():
    assert type(task_backends["default"]).__name__ == "ImmediateBackend"


def test_a_queued_task_waits_until_the_worker_runs_it_and_its_result_is_saved():
    result = add_numbers.using(backend="database").enqueue(2, 40)
    assert result.status == TaskResultStatus.READY
    result.refresh()
    assert result.status == TaskResultStatus.READY  # nothing ran it yet

    call_command("worker", batch=True, verbosity=0)

    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 42


def test_a_failing_task_is_recorded_as_failed_with_its_error():
    result = add_numbers.using(backend="database").enqueue(2, "x")
    call_command("worker", batch=True, verbosity=0)
    result.refresh()
    assert result.status == TaskResultStatus.FAILED
    assert "TypeError" in result.errors[0].exception_class_path


def test_old_finished_results_are_pruned_and_recent_or_waiting_ones_kept():
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from nashra.deadletters.housekeeping import prune_task_results

    done = add_numbers.using(backend="database").enqueue(1, 1)
    failed = add_numbers.using(backend="database").enqueue(1, "x")
    call_command("worker", batch=True, verbosity=0)
    waiting = add_numbers.using(backend="database").enqueue(2, 2)
    assert prune_task_results(force=True) == 0  # all recent
    later = timezone.now() + timedelta(days=8)
    assert prune_task_results(now=later, force=True) == 1  # the successful one; the failed one stays 30 days
    left = set(DBTaskResult.objects.values_list("id", flat=True))
    assert {str(i) for i in left} == {str(failed.id), str(waiting.id)}
    assert prune_task_results(now=timezone.now() + timedelta(days=31), force=True) == 1
    assert prune_task_results(now=later) == 0  # at most once an hour unless forced
    assert DBTaskResult.objects.filter(id=waiting.id).exists()
    assert str(done.id) not in {str(i) for i in left}
