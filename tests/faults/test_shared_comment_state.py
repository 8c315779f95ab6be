"""Two worker processes, one reader address: the security code drawn by one worker is accepted by
the other, and the address gets exactly its quota of comments in total (not its quota per worker).

Before: 12 of 20 real submissions on separate connections were refused as «wrong code», and two
workers let an address post 10 comments instead of 5; on Redis 30 simultaneous comments got 8 in.
"""

from concurrent.futures import ThreadPoolExecutor

import pytest

from nashra.comments.services import DEFAULT_RATES
from tests.faults.comment_client import article_id, post_comment
from tests.live import Servers

LIMIT = DEFAULT_RATES["address"][0]


@pytest.mark.parametrize("shared", ["journal", "redis"])
def test_every_worker_knows_the_code_and_the_address_quota_is_shared(shared, migrated_template, tmp_path):
    with Servers(shared, migrated_template, tmp_path, count=1, workers=2, threads=1) as servers:
        port = servers.ports[0]
        article = article_id(port, servers.url)
        answers = [post_comment(port, article, n) for n in range(LIMIT + 3)]
        statuses = [status for status, _body in answers]
        assert statuses == [201] * LIMIT + [429] * 3, answers


@pytest.mark.parametrize("shared", ["journal", "redis"])
def test_simultaneous_comments_from_one_address_get_exactly_the_quota(shared, migrated_template, tmp_path):
    with Servers(shared, migrated_template, tmp_path, count=1, workers=2, threads=2) as servers:
        port = servers.ports[0]
        article = article_id(port, servers.url)
        with ThreadPoolExecutor(max_workers=16) as pool:
            answers = list(pool.map(lambda n: post_comment(port, article, n), range(16)))
        statuses = sorted(status for status, _body in answers)
        assert statuses == [201] * LIMIT + [429] * (16 - LIMIT), answers


def test_a_wrong_code_is_still_refused(migrated_template, tmp_path):
    with Servers("journal", migrated_template, tmp_path, count=1, workers=2, threads=1) as servers:
        port = servers.ports[0]
        status, body = post_comment(port, article_id(port, servers.url), 1, answer_wrong=True)
        assert status == 400 and "captcha_answer" in body.get("errors", {}), body
