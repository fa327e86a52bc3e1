"""armsdata: an open arms-transfer dataset built from news text.

    >>> import armsdata
    >>> records = armsdata.load("records")      # latest release, as a polars DataFrame
    >>> armsdata.versions()                     # every published version, oldest first

A table or version that is not there raises armsdata.UsageError, a damaged release
armsdata.ArmsdataError (UsageError's base): catch ArmsdataError for both.
"""

from ._version import __version__
from .build.errors import ArmsdataError, UsageError
from .releases import load, release_path, versions

__all__ = ["__version__", "ArmsdataError", "UsageError", "load", "release_path", "versions"]
