file(REMOVE_RECURSE
  "CMakeFiles/e2e_tests.dir/e2e_test.cc.o"
  "CMakeFiles/e2e_tests.dir/e2e_test.cc.o.d"
  "CMakeFiles/e2e_tests.dir/feeds_test.cc.o"
  "CMakeFiles/e2e_tests.dir/feeds_test.cc.o.d"
  "CMakeFiles/e2e_tests.dir/incremental_test.cc.o"
  "CMakeFiles/e2e_tests.dir/incremental_test.cc.o.d"
  "CMakeFiles/e2e_tests.dir/mentors_test.cc.o"
  "CMakeFiles/e2e_tests.dir/mentors_test.cc.o.d"
  "CMakeFiles/e2e_tests.dir/photos_test.cc.o"
  "CMakeFiles/e2e_tests.dir/photos_test.cc.o.d"
  "CMakeFiles/e2e_tests.dir/practices_test.cc.o"
  "CMakeFiles/e2e_tests.dir/practices_test.cc.o.d"
  "CMakeFiles/e2e_tests.dir/roadmap_e2e_test.cc.o"
  "CMakeFiles/e2e_tests.dir/roadmap_e2e_test.cc.o.d"
  "CMakeFiles/e2e_tests.dir/serve_test.cc.o"
  "CMakeFiles/e2e_tests.dir/serve_test.cc.o.d"
  "CMakeFiles/e2e_tests.dir/site_fixture.cc.o"
  "CMakeFiles/e2e_tests.dir/site_fixture.cc.o.d"
  "CMakeFiles/e2e_tests.dir/test_main.cc.o"
  "CMakeFiles/e2e_tests.dir/test_main.cc.o.d"
  "e2e_tests"
  "e2e_tests.pdb"
  "e2e_tests_tests-b12d07c.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/e2e_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
