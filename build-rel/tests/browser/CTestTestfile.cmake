# CMake generated Testfile for 
# Source directory: /work/wt-core/tests/browser
# Build directory: /work/wt-core/build-rel/tests/browser
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/wt-core/build-rel/tests/browser/browser_tests_include-b12d07c.cmake")
