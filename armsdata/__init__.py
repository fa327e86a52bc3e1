"""armsdata: an open arms-transfer dataset built from news text.

    >>> import armsdata
    >>> records = armsdata.load("records")      # latest release, as a polars DataFrame
    >>> armsdata.versions()                     # every published version, oldest first
"""

from ._version import __version__
from .releases import load, release_path, versions

__all__ = ["__version__", "load", "release_path", "versions"]
