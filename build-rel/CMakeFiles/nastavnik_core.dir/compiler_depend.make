# Empty compiler generated dependencies file for nastavnik_core.
# This may be replaced when dependencies are built.
