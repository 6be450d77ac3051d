file(REMOVE_RECURSE
  "CMakeFiles/browser_tests.dir/__/browser_test.cc.o"
  "CMakeFiles/browser_tests.dir/__/browser_test.cc.o.d"
  "CMakeFiles/browser_tests.dir/__/site_fixture.cc.o"
  "CMakeFiles/browser_tests.dir/__/site_fixture.cc.o.d"
  "CMakeFiles/browser_tests.dir/__/test_main.cc.o"
  "CMakeFiles/browser_tests.dir/__/test_main.cc.o.d"
  "browser_tests"
  "browser_tests.pdb"
  "browser_tests_tests-b12d07c.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/browser_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
