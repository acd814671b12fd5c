"""RadGate shared core: settings, database, logging and the `radgate` CLI."""

from radgate.settings import Environment, Settings, get_settings

__all__ = ["Environment", "Settings", "get_settings"]
