#pragma once
// Runs fn(i) for i in [0, n) on `jobs` threads; each thread takes the next
// index from a shared counter, so uneven items balance themselves.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace nastavnik {

inline int default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

// `fn(i, worker)` gets the worker index in [0, jobs) so callers can keep
// per-thread state (e.g. parsed templates) without locks.
template <typename Fn>
void parallel_for(size_t n, int jobs, Fn&& fn) {
  jobs = std::max(1, std::min<int>(jobs, static_cast<int>(n)));
  if (jobs <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto work = [&](int worker) {
    try {
      for (size_t i; (i = next.fetch_add(1)) < n;) fn(i, worker);
    } catch (...) {
      std::lock_guard lock(error_mutex);
      if (!error) error = std::current_exception();
      next = n;
    }
  };
  std::vector<std::thread> threads;
  for (int w = 1; w < jobs; ++w) threads.emplace_back(work, w);
  work(0);
  for (auto& t : threads) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace nastavnik
