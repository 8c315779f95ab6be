"""``nashra.settings`` plus the one line the lead adds at its end (for runs before it is added).

    DJANGO_SETTINGS_MODULE=tests.security.settings_wired pytest tests/security
"""
# isort: skip_file

from nashra.settings import *  # noqa: F403
from nashra.security.settings_security import *  # noqa: F403, E402
