"""The event coder stage (see :mod:`.coder`)."""

from .coder import EventCoder

__all__ = ["EventCoder"]
