"""Where the tests import the fake Bot API from: the package tests/fakebotapi, under its old name."""
from __future__ import annotations

from fakebotapi import *  # noqa: F401,F403
from fakebotapi import __all__  # noqa: F401
