"""A task for checking the queue end to end (`nashra worker` runs it; the tests use it)."""

from django_tasks import task


@task()
def add_numbers(a: int, b: int) -> int:
    return a + b
