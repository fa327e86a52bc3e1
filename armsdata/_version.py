# One version for the package and its data (Frictionless "Data Package Version" recipe):
# MAJOR when a field is renamed, removed or retyped or a constraint tightened; MINOR when
# records, fields or tables are added; PATCH for corrected values.
__version__ = "0.59.0"
# The release's date, written as `created` in datapackage.json (never the wall clock, so
# that rebuilding a release gives the same bytes).
__release_date__ = "2026-12-08"
