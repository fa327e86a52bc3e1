"""The one exception type the pipeline raises for problems a user can fix."""


class ArmsdataError(Exception):
    """A problem with the user's input or data, reported as one line without a traceback."""
