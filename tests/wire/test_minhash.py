"""Clustering: harakat and hamza spellings do not split a story, versions and other agencies' takes
join it, different stories stay apart; ``nashra wire-cluster`` prints one cluster per line."""

import json

from django.core.management import call_command

from nashra.wire import minhash

A = "أكد وزير الخارجية المصري خلال لقائه نظيره الأردني أهمية التنسيق لخفض التصعيد في المنطقة"
A_MARKED = "أكّد وزير الخارجيّة المصريّ خلال لقائه نظيره الأردنيّ أهمّية التنسيق لخفض التصعيد في المنطقة"
OTHER = "افتتحت وزارة المياه المرحلة الأولى من مشروع تحلية مياه البحر في العقبة بطاقة خمسين مليون متر"


def test_harakat_do_not_change_the_sketch():
    assert minhash.sketch(A) == minhash.sketch(A_MARKED)
    assert minhash.containment(minhash.sketch(A), minhash.sketch(A_MARKED)) == 1.0
    assert minhash.containment(minhash.sketch(A), minhash.sketch(OTHER)) < minhash.THRESHOLD


def test_sketch_round_trips_through_its_stored_form():
    sig = minhash.sketch(A)
    assert minhash.decode(minhash.encode(sig)) == sig
    assert minhash.decode("garbage")[-1] == 0


def test_dev_set_pairs_are_told_apart(tmp_path):
    pairs = [json.loads(line) for line in open("tests/wire/data/pairs.jsonl", encoding="utf-8")]
    wrong = [p["kind"] for p in pairs
             if (minhash.containment(minhash.sketch(p["a"]), minhash.sketch(p["b"])) >= minhash.THRESHOLD)
             != p["same"]]
    assert wrong == []


def test_cluster_texts_names_clusters_by_their_first_item():
    clusters = minhash.cluster_texts([("a", A), ("b", OTHER), ("c", A_MARKED), ("d", "")])
    assert clusters == {"a": "a", "b": "b", "c": "a", "d": "d"}


def test_wire_cluster_command(tmp_path, capsys):
    path = tmp_path / "items.jsonl"
    rows = [{"id": 1, "agency": "أ ش أ", "title": "", "body": A},
            {"id": 2, "agency": "بترا", "title": "", "body": A_MARKED},
            {"id": 3, "agency": "واس", "title": "", "body": OTHER}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    call_command("wire-cluster", str(path))
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out == [{"id": 1, "cluster": 1}, {"id": 2, "cluster": 1}, {"id": 3, "cluster": 3}]
