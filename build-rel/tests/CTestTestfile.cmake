# CMake generated Testfile for 
# Source directory: /work/wt-core/tests
# Build directory: /work/wt-core/build-rel/tests
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/wt-core/build-rel/tests/unit_tests_include-b12d07c.cmake")
include("/work/wt-core/build-rel/tests/e2e_tests_include-b12d07c.cmake")
subdirs("browser")
