
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt-core/build-rel/embedded_theme.cc" "CMakeFiles/nastavnik_core.dir/embedded_theme.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/embedded_theme.cc.o.d"
  "/work/wt-core/src/build_state.cc" "CMakeFiles/nastavnik_core.dir/src/build_state.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/build_state.cc.o.d"
  "/work/wt-core/src/cli.cc" "CMakeFiles/nastavnik_core.dir/src/cli.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/cli.cc.o.d"
  "/work/wt-core/src/config.cc" "CMakeFiles/nastavnik_core.dir/src/config.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/config.cc.o.d"
  "/work/wt-core/src/content.cc" "CMakeFiles/nastavnik_core.dir/src/content.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/content.cc.o.d"
  "/work/wt-core/src/date.cc" "CMakeFiles/nastavnik_core.dir/src/date.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/date.cc.o.d"
  "/work/wt-core/src/deadline.cc" "CMakeFiles/nastavnik_core.dir/src/deadline.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/deadline.cc.o.d"
  "/work/wt-core/src/diagnostics.cc" "CMakeFiles/nastavnik_core.dir/src/diagnostics.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/diagnostics.cc.o.d"
  "/work/wt-core/src/document.cc" "CMakeFiles/nastavnik_core.dir/src/document.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/document.cc.o.d"
  "/work/wt-core/src/event.cc" "CMakeFiles/nastavnik_core.dir/src/event.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/event.cc.o.d"
  "/work/wt-core/src/feeds.cc" "CMakeFiles/nastavnik_core.dir/src/feeds.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/feeds.cc.o.d"
  "/work/wt-core/src/frontmatter.cc" "CMakeFiles/nastavnik_core.dir/src/frontmatter.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/frontmatter.cc.o.d"
  "/work/wt-core/src/hash.cc" "CMakeFiles/nastavnik_core.dir/src/hash.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/hash.cc.o.d"
  "/work/wt-core/src/image.cc" "CMakeFiles/nastavnik_core.dir/src/image.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/image.cc.o.d"
  "/work/wt-core/src/indicators.cc" "CMakeFiles/nastavnik_core.dir/src/indicators.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/indicators.cc.o.d"
  "/work/wt-core/src/indicators_view.cc" "CMakeFiles/nastavnik_core.dir/src/indicators_view.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/indicators_view.cc.o.d"
  "/work/wt-core/src/links.cc" "CMakeFiles/nastavnik_core.dir/src/links.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/links.cc.o.d"
  "/work/wt-core/src/markdown.cc" "CMakeFiles/nastavnik_core.dir/src/markdown.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/markdown.cc.o.d"
  "/work/wt-core/src/mentor.cc" "CMakeFiles/nastavnik_core.dir/src/mentor.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/mentor.cc.o.d"
  "/work/wt-core/src/news.cc" "CMakeFiles/nastavnik_core.dir/src/news.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/news.cc.o.d"
  "/work/wt-core/src/output.cc" "CMakeFiles/nastavnik_core.dir/src/output.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/output.cc.o.d"
  "/work/wt-core/src/practice.cc" "CMakeFiles/nastavnik_core.dir/src/practice.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/practice.cc.o.d"
  "/work/wt-core/src/render.cc" "CMakeFiles/nastavnik_core.dir/src/render.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/render.cc.o.d"
  "/work/wt-core/src/roadmap.cc" "CMakeFiles/nastavnik_core.dir/src/roadmap.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/roadmap.cc.o.d"
  "/work/wt-core/src/roadmap_import.cc" "CMakeFiles/nastavnik_core.dir/src/roadmap_import.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/roadmap_import.cc.o.d"
  "/work/wt-core/src/roadmap_view.cc" "CMakeFiles/nastavnik_core.dir/src/roadmap_view.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/roadmap_view.cc.o.d"
  "/work/wt-core/src/scaffold.cc" "CMakeFiles/nastavnik_core.dir/src/scaffold.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/scaffold.cc.o.d"
  "/work/wt-core/src/search.cc" "CMakeFiles/nastavnik_core.dir/src/search.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/search.cc.o.d"
  "/work/wt-core/src/server.cc" "CMakeFiles/nastavnik_core.dir/src/server.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/server.cc.o.d"
  "/work/wt-core/src/site.cc" "CMakeFiles/nastavnik_core.dir/src/site.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/site.cc.o.d"
  "/work/wt-core/src/text.cc" "CMakeFiles/nastavnik_core.dir/src/text.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/text.cc.o.d"
  "/work/wt-core/src/theme.cc" "CMakeFiles/nastavnik_core.dir/src/theme.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/theme.cc.o.d"
  "/work/wt-core/src/timezone.cc" "CMakeFiles/nastavnik_core.dir/src/timezone.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/timezone.cc.o.d"
  "/work/wt-core/src/watcher.cc" "CMakeFiles/nastavnik_core.dir/src/watcher.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/watcher.cc.o.d"
  "/work/wt-core/src/yaml_fields.cc" "CMakeFiles/nastavnik_core.dir/src/yaml_fields.cc.o" "gcc" "CMakeFiles/nastavnik_core.dir/src/yaml_fields.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
