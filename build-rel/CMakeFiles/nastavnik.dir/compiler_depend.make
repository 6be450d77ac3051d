# Empty compiler generated dependencies file for nastavnik.
# This may be replaced when dependencies are built.
