"""The bulk importer numbers new pages itself (:func:`nashra.importing.bulk._step`): its paths must be the
ones treebeard would give, or Wagtail would find the tree broken once a section has many children."""

import pytest
from wagtail.models import Page

from nashra.importing.bulk import _STEPS, _step


@pytest.mark.parametrize("number", [1, 9, 10, 35, 36, 37, 1295, 1296, 46655, 46656, 999_999, _STEPS - 1])
def test_a_step_is_what_treebeard_appends_to_the_parent_path(number):
    parent = "000100020003"
    assert parent + _step(number) == Page._get_path(parent, 4, number)


def test_the_last_position_of_a_level_is_the_one_treebeard_cannot_go_past():
    assert _step(_STEPS - 1) == Page.alphabet[-1] * Page.steplen
    assert len(Page._int2str(_STEPS)) > Page.steplen  # what bulk.SectionFull guards against
