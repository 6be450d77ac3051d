
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt-core/tests/browser_test.cc" "tests/browser/CMakeFiles/browser_tests.dir/__/browser_test.cc.o" "gcc" "tests/browser/CMakeFiles/browser_tests.dir/__/browser_test.cc.o.d"
  "/work/wt-core/tests/site_fixture.cc" "tests/browser/CMakeFiles/browser_tests.dir/__/site_fixture.cc.o" "gcc" "tests/browser/CMakeFiles/browser_tests.dir/__/site_fixture.cc.o.d"
  "/work/wt-core/tests/test_main.cc" "tests/browser/CMakeFiles/browser_tests.dir/__/test_main.cc.o" "gcc" "tests/browser/CMakeFiles/browser_tests.dir/__/test_main.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
