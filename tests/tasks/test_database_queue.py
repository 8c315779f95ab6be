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


def test_a_task_of_a_worker_that_died_runs_again_and_a_live_workers_task_is_left_alone(monkeypatch):
    from django_tasks_db.models import DBTaskResult

    from nashra.deadletters import orphans

    dead = add_numbers.using(backend="database").enqueue(1, 1)
    alive = add_numbers.using(backend="database").enqueue(2, 2)
    other_host = add_numbers.using(backend="database").enqueue(3, 3)
    for result, worker in ((dead, orphans.worker_name(999_999_999)), (alive, orphans.worker_name()),
                           (other_host, "elsewhere:1")):
        DBTaskResult.objects.get(pk=result.id).claim(worker)
    monkeypatch.setattr(orphans, "_alive", lambda pid: pid != 999_999_999)
    assert orphans.requeue_dead_workers_tasks() == 1
    statuses = {str(pk): status for pk, status in DBTaskResult.objects.values_list("id", "status")}
    assert statuses[dead.id] == "READY" and statuses[alive.id] == "RUNNING" and statuses[other_host.id] == "RUNNING"

    call_command("worker", batch=True, verbosity=0)  # a new worker runs it
    dead.refresh()
    assert dead.status == TaskResultStatus.SUCCESSFUL and dead.return_value == 2


def test_a_task_running_far_too_long_is_put_back_by_the_scheduler(settings):
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from nashra.deadletters import orphans

    stuck = add_numbers.using(backend="database").enqueue(1, 1)
    recent = add_numbers.using(backend="database").enqueue(2, 2)
    DBTaskResult.objects.get(pk=stuck.id).claim("elsewhere:1")
    DBTaskResult.objects.get(pk=recent.id).claim("elsewhere:2")
    DBTaskResult.objects.filter(pk=stuck.id).update(started_at=timezone.now() - timedelta(hours=1))
    settings.NASHRA_TASK_RUNNING_TIMEOUT = 1800
    assert orphans.requeue_stuck_tasks() == 1
    assert DBTaskResult.objects.get(pk=stuck.id).status == "READY"
    assert DBTaskResult.objects.get(pk=recent.id).status == "RUNNING"


def test_a_worker_is_alive_while_its_process_runs_and_another_program_is_not_a_worker():
    import subprocess
    import sys

    from nashra.deadletters import orphans

    worker = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)", "worker"])
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        import time

        deadline = time.monotonic() + 10  # right after the fork, /proc shows the parent's command line
        while not orphans._alive(worker.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert orphans._alive(worker.pid) and not orphans._alive(other.pid)
    finally:
        worker.kill()
        other.kill()
        worker.wait()
        other.wait()
    assert not orphans._alive(worker.pid)
