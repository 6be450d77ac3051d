
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt-core/tests/e2e_test.cc" "tests/CMakeFiles/e2e_tests.dir/e2e_test.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/e2e_test.cc.o.d"
  "/work/wt-core/tests/feeds_test.cc" "tests/CMakeFiles/e2e_tests.dir/feeds_test.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/feeds_test.cc.o.d"
  "/work/wt-core/tests/incremental_test.cc" "tests/CMakeFiles/e2e_tests.dir/incremental_test.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/incremental_test.cc.o.d"
  "/work/wt-core/tests/mentors_test.cc" "tests/CMakeFiles/e2e_tests.dir/mentors_test.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/mentors_test.cc.o.d"
  "/work/wt-core/tests/photos_test.cc" "tests/CMakeFiles/e2e_tests.dir/photos_test.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/photos_test.cc.o.d"
  "/work/wt-core/tests/practices_test.cc" "tests/CMakeFiles/e2e_tests.dir/practices_test.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/practices_test.cc.o.d"
  "/work/wt-core/tests/roadmap_e2e_test.cc" "tests/CMakeFiles/e2e_tests.dir/roadmap_e2e_test.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/roadmap_e2e_test.cc.o.d"
  "/work/wt-core/tests/serve_test.cc" "tests/CMakeFiles/e2e_tests.dir/serve_test.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/serve_test.cc.o.d"
  "/work/wt-core/tests/site_fixture.cc" "tests/CMakeFiles/e2e_tests.dir/site_fixture.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/site_fixture.cc.o.d"
  "/work/wt-core/tests/test_main.cc" "tests/CMakeFiles/e2e_tests.dir/test_main.cc.o" "gcc" "tests/CMakeFiles/e2e_tests.dir/test_main.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/wt-core/build-rel/CMakeFiles/nastavnik_core.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
