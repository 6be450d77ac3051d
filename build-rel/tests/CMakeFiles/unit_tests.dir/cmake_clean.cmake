file(REMOVE_RECURSE
  "CMakeFiles/unit_tests.dir/date_test.cc.o"
  "CMakeFiles/unit_tests.dir/date_test.cc.o.d"
  "CMakeFiles/unit_tests.dir/deadline_test.cc.o"
  "CMakeFiles/unit_tests.dir/deadline_test.cc.o.d"
  "CMakeFiles/unit_tests.dir/feeds_unit_test.cc.o"
  "CMakeFiles/unit_tests.dir/feeds_unit_test.cc.o.d"
  "CMakeFiles/unit_tests.dir/frontmatter_test.cc.o"
  "CMakeFiles/unit_tests.dir/frontmatter_test.cc.o.d"
  "CMakeFiles/unit_tests.dir/links_test.cc.o"
  "CMakeFiles/unit_tests.dir/links_test.cc.o.d"
  "CMakeFiles/unit_tests.dir/markdown_test.cc.o"
  "CMakeFiles/unit_tests.dir/markdown_test.cc.o.d"
  "CMakeFiles/unit_tests.dir/readme_test.cc.o"
  "CMakeFiles/unit_tests.dir/readme_test.cc.o.d"
  "CMakeFiles/unit_tests.dir/roadmap_import_test.cc.o"
  "CMakeFiles/unit_tests.dir/roadmap_import_test.cc.o.d"
  "CMakeFiles/unit_tests.dir/test_main.cc.o"
  "CMakeFiles/unit_tests.dir/test_main.cc.o.d"
  "CMakeFiles/unit_tests.dir/text_test.cc.o"
  "CMakeFiles/unit_tests.dir/text_test.cc.o.d"
  "CMakeFiles/unit_tests.dir/yaml_fields_test.cc.o"
  "CMakeFiles/unit_tests.dir/yaml_fields_test.cc.o.d"
  "unit_tests"
  "unit_tests.pdb"
  "unit_tests_tests-b12d07c.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/unit_tests.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
