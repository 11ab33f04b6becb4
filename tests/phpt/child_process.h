// Runs one interpreter process for a test and captures what it printed.
//
// stdout and stderr share one pipe, so their interleaving is the order the child
// wrote them in (run-tests.php reads both into one string too). The child runs in
// its own process group, in the script's directory, with the STDIN section (or
// nothing) on its standard input. When the timeout passes, or it prints more than
// kMaxOutput bytes, the whole group is killed; once the child itself has exited,
// whatever is left of its group is killed too, after a short grace for output
// still in the pipe, so a lingering grandchild cannot keep the pipe open. Every pipe is opened close-on-exec: the runner spawns from several
// threads at once, and a write end leaked into a sibling would delay our EOF until
// that sibling exits.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace miniphp::phpt {

struct ChildResult {
    std::string output;
    int exit_code = -1;     // the exit status when the child exited normally
    int signal = 0;         // the terminating signal, or 0
    bool timed_out = false;
    bool output_overflow = false;
    std::string spawn_error; // non-empty when the program could not be started

    bool exited() const
    {
        return spawn_error.empty() && signal == 0 && !timed_out && !output_overflow;
    }
    // "exit status 3", "killed by signal 11", "timed out after 10s", ...
    std::string describe_status(std::chrono::seconds timeout) const;
};

constexpr size_t kMaxOutput = 16 * 1024 * 1024;

ChildResult run_child(const std::vector<std::string>& argv, const std::string& cwd,
                      const std::string& stdin_data, std::chrono::seconds timeout);

} // namespace miniphp::phpt
