"""Test support re-exports (the loopback server lives in radgate.testing for tests and bench alike)."""

from radgate.testing import LoopbackServer

__all__ = ["LoopbackServer"]
