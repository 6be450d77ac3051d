#pragma once
// The golden snapshot of the demo (tests/golden/), shared by the tests that
// build variants of the demo which must give the same output.
#include "site_fixture.h"

// A copy of the demo's sources (site.yaml, content, static, templates) in `to`.
void copy_demo_sources(const fixture::fs::path& to);
// Builds the sources in `src` with the snapshot's date and checks every output
// file against tests/golden (paths, sums, a readable diff of the first few).
void check_against_golden(const fixture::fs::path& src);
