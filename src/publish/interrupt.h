#pragma once
// Ctrl+C (SIGINT) and SIGTERM during a publish: the current file is left
// under its temporary name and the publish stops cleanly; running it again
// continues where it stopped.
namespace nastavnik {

// Installs the handlers (once); until then interrupt_requested() is false.
void catch_interrupts();
bool interrupt_requested();

}  // namespace nastavnik
