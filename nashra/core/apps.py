from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class CoreConfig(AppConfig):
    name = "nashra.core"
    label = "nashra_core"
    verbose_name = gettext_lazy("نشرة")

    def ready(self):
        from nashra.core import checks  # noqa: F401  (registers the deploy checks)
        from nashra.core.workflow_mail import route_workflow_mails_through_tasks

        route_workflow_mails_through_tasks()
        from nashra.core import periodic
        from nashra.deadletters.housekeeping import prune_task_results
        from nashra.deadletters.orphans import requeue_stuck_tasks

        periodic.register(prune_task_results)  # the task queue's finished results do not pile up
        periodic.register(requeue_stuck_tasks)  # nor do tasks whose worker's host never came back
