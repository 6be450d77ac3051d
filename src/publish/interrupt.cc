#include "publish/interrupt.h"

#include <signal.h>

#include <atomic>

namespace nastavnik {

namespace {
std::atomic<bool> requested{false};
extern "C" void on_signal(int) { requested = true; }
}  // namespace

void catch_interrupts() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool interrupt_requested() { return requested; }

}  // namespace nastavnik
