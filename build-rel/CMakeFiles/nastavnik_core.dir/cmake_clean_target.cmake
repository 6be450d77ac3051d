file(REMOVE_RECURSE
  "libnastavnik_core.a"
)
