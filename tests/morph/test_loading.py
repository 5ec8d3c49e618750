"""Model-loading helpers (issue 3): arrays outside numpy's huge-page requests are plain,
zero-filled, writable memory, private to each process after a fork."""
from __future__ import annotations

import os

import numpy as np
import pytest

from khabar.morph import tagger as tagger_mod
from khabar.morph.loading import zeros


def test_zeros_is_a_zero_filled_writable_array():
    a = zeros((1000, 34), np.float32)
    assert a.shape == (1000, 34) and a.dtype == np.float32 and a.flags.writeable
    assert not a.any()
    a[999, 33] = 2.5
    assert a.sum() == 2.5
    assert zeros((0, 5)).shape == (0, 5)
    with pytest.raises(ValueError):
        zeros((-1, 5))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_process_writes_its_own_copy():
    a = zeros((4096,), np.float32)
    a[0] = 1.0
    pid = os.fork()
    if pid == 0:            # child: its writes must not reach the parent
        a[:] = 7.0
        os._exit(0 if a[0] == 7.0 else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert a[0] == 1.0 and not a[1:].any()


def test_the_tagger_cache_and_weights_use_it():
    t = tagger_mod.get_tagger()
    for arr in (t.C, t.W, t.lemmatizer.CW):
        assert arr.flags.writeable and not arr.flags.owndata   # a view of its own map
    # a word tagged in the parent after a fork is unaffected by the child's tagging
    words = ["قال", "الوزير", "إن", "الحكومة", "ستواصل", "دعم", "المستشفيات", "."]
    before = t.tag(words)
    pid = os.fork() if hasattr(os, "fork") else -1
    if pid == 0:
        t._reset_cache()
        t.tag(["الكهروضوئيات", "بالوفدين", "لسكانها", "استراتيجياتهم"] * 50)
        os._exit(0)
    if pid > 0:
        os.waitpid(pid, 0)
    assert t.tag(words) == before       # its cached rows were not overwritten
