# Empty dependencies file for nastavnik.
# This may be replaced when dependencies are built.
