file(REMOVE_RECURSE
  "CMakeFiles/nastavnik.dir/src/main.cc.o"
  "CMakeFiles/nastavnik.dir/src/main.cc.o.d"
  "nastavnik"
  "nastavnik.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/nastavnik.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
