"""Khabar's error hierarchy.

Every error a user can cause derives from :class:`KhabarError`; its message names the
bad value and says what to do. The CLI maps any ``KhabarError`` to exit status 2.
"""
from __future__ import annotations


class KhabarError(Exception):
    """Root of all errors raised on purpose by Khabar."""


class InputError(KhabarError):
    """Input that cannot be read: undecodable bytes, a bad JSON line, a missing file."""


class ResourceError(KhabarError):
    """A model or data file that should ship with Khabar is missing or damaged."""


class ConfigError(KhabarError):
    """A bad option, an unknown component name, or a pipeline whose requirements are unmet."""


class SchemaError(InputError):
    """A serialized document that does not follow Khabar's JSON contract."""
