
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt-core/tests/date_test.cc" "tests/CMakeFiles/unit_tests.dir/date_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/date_test.cc.o.d"
  "/work/wt-core/tests/deadline_test.cc" "tests/CMakeFiles/unit_tests.dir/deadline_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/deadline_test.cc.o.d"
  "/work/wt-core/tests/feeds_unit_test.cc" "tests/CMakeFiles/unit_tests.dir/feeds_unit_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/feeds_unit_test.cc.o.d"
  "/work/wt-core/tests/frontmatter_test.cc" "tests/CMakeFiles/unit_tests.dir/frontmatter_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/frontmatter_test.cc.o.d"
  "/work/wt-core/tests/links_test.cc" "tests/CMakeFiles/unit_tests.dir/links_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/links_test.cc.o.d"
  "/work/wt-core/tests/markdown_test.cc" "tests/CMakeFiles/unit_tests.dir/markdown_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/markdown_test.cc.o.d"
  "/work/wt-core/tests/readme_test.cc" "tests/CMakeFiles/unit_tests.dir/readme_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/readme_test.cc.o.d"
  "/work/wt-core/tests/roadmap_import_test.cc" "tests/CMakeFiles/unit_tests.dir/roadmap_import_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/roadmap_import_test.cc.o.d"
  "/work/wt-core/tests/test_main.cc" "tests/CMakeFiles/unit_tests.dir/test_main.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/test_main.cc.o.d"
  "/work/wt-core/tests/text_test.cc" "tests/CMakeFiles/unit_tests.dir/text_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/text_test.cc.o.d"
  "/work/wt-core/tests/yaml_fields_test.cc" "tests/CMakeFiles/unit_tests.dir/yaml_fields_test.cc.o" "gcc" "tests/CMakeFiles/unit_tests.dir/yaml_fields_test.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/wt-core/build-rel/CMakeFiles/nastavnik_core.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
