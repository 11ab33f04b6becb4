#include "tests/phpt/child_process.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace miniphp::phpt {

namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline)
{
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return left.count() < 0 ? 0 : static_cast<int>(left.count());
}

// Has the child exited? Leaves it a zombie (WNOWAIT), so its pid, which is also its
// process group id, cannot be reused before we kill the group and reap it.
bool child_has_exited(pid_t pid)
{
    siginfo_t info{};
    int rc = waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT);
    return rc == 0 && info.si_pid == pid;
}

} // namespace

std::string ChildResult::describe_status(std::chrono::seconds timeout) const
{
    if (!spawn_error.empty())
        return "could not start: " + spawn_error;
    if (timed_out)
        return "timed out after " + std::to_string(timeout.count()) + "s";
    if (output_overflow)
        return "killed after printing more than " + std::to_string(kMaxOutput) + " bytes";
    if (signal != 0) {
        // sigdescr_np, unlike strsignal, is safe to call from the worker threads.
        const char* name = sigdescr_np(signal);
        return "killed by signal " + std::to_string(signal) + (name ? std::string(" (") + name + ")" : "");
    }
    return "exit status " + std::to_string(exit_code);
}

ChildResult run_child(const std::vector<std::string>& argv, const std::string& cwd,
                      const std::string& stdin_data, std::chrono::seconds timeout)
{
    ChildResult result;
    int out_pipe[2];
    int in_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) != 0) {
        result.spawn_error = std::string("pipe: ") + strerror(errno);
        return result;
    }
    if (pipe2(in_pipe, O_CLOEXEC) != 0) {
        result.spawn_error = std::string("pipe: ") + strerror(errno);
        close(out_pipe[0]);
        close(out_pipe[1]);
        return result;
    }
    // Build argv before fork: between fork and exec only async-signal-safe calls.
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    // The child reports exec failure through this pipe; success closes it silently.
    int err_pipe[2];
    if (pipe2(err_pipe, O_CLOEXEC) != 0) {
        result.spawn_error = std::string("pipe: ") + strerror(errno);
        for (int fd : {out_pipe[0], out_pipe[1], in_pipe[0], in_pipe[1]})
            close(fd);
        return result;
    }

    pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        dup2(in_pipe[0], 0);
        dup2(out_pipe[1], 1);
        dup2(out_pipe[1], 2);
        signal(SIGPIPE, SIG_DFL);
        if (chdir(cwd.c_str()) == 0)
            execvp(args[0], args.data());
        int err = errno;
        ssize_t ignored = write(err_pipe[1], &err, sizeof err);
        (void)ignored;
        _exit(127);
    }
    close(out_pipe[1]);
    close(in_pipe[0]);
    close(err_pipe[1]);
    if (pid < 0) {
        result.spawn_error = std::string("fork: ") + strerror(errno);
        close(out_pipe[0]);
        close(in_pipe[1]);
        close(err_pipe[0]);
        return result;
    }
    // Also set the group from the parent, so a kill can never race the child's setpgid.
    setpgid(pid, pid);

    int exec_errno = 0;
    if (read(err_pipe[0], &exec_errno, sizeof exec_errno) == sizeof exec_errno)
        result.spawn_error = argv[0] + ": " + strerror(exec_errno);
    close(err_pipe[0]);

    const Clock::time_point deadline = Clock::now() + timeout;
    int in_fd = in_pipe[1];
    size_t written = 0;
    if (stdin_data.empty() || !result.spawn_error.empty()) {
        close(in_fd);
        in_fd = -1;
    } else {
        fcntl(in_fd, F_SETFL, fcntl(in_fd, F_GETFL) | O_NONBLOCK);
    }
    int out_fd = out_pipe[0];
    char buffer[65536];
    bool kill_group = false;
    bool child_exited = false;
    Clock::time_point grace_end{};
    while (out_fd >= 0) {
        pollfd fds[2];
        int count = 0;
        fds[count++] = {out_fd, POLLIN, 0};
        if (in_fd >= 0)
            fds[count++] = {in_fd, POLLOUT, 0};
        // Wake up now and then to notice the child's exit: a grandchild that
        // inherited the pipe must not hold the test until its timeout.
        int ready = poll(fds, count, std::min(remaining_ms(deadline), 50));
        if (ready < 0 && errno == EINTR)
            continue;
        if (!child_exited && child_has_exited(pid)) {
            child_exited = true;
            grace_end = Clock::now() + std::chrono::milliseconds(200);
        }
        if (ready == 0) {
            if (child_exited && Clock::now() >= grace_end) {
                kill_group = true; // only the leftovers in its group remain
                break;
            }
            if (remaining_ms(deadline) == 0) {
                result.timed_out = true;
                kill_group = true;
                break;
            }
            continue;
        }
        if (in_fd >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t n = write(in_fd, stdin_data.data() + written, stdin_data.size() - written);
            if (n > 0)
                written += static_cast<size_t>(n);
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                written = stdin_data.size(); // the child closed its stdin: stop feeding
            if (written == stdin_data.size()) {
                close(in_fd);
                in_fd = -1;
            }
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            ssize_t n = read(out_fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                close(out_fd);
                out_fd = -1;
                break;
            }
            result.output.append(buffer, static_cast<size_t>(n));
            if (result.output.size() > kMaxOutput) {
                result.output_overflow = true;
                kill_group = true;
                break;
            }
        }
    }
    if (in_fd >= 0)
        close(in_fd);
    if (out_fd >= 0)
        close(out_fd);

    // EOF normally means the child is gone; if it closed its output but lingers,
    // keep polling for its exit until the deadline. waitid(WNOWAIT) leaves the child
    // a zombie, so its pid (the group id) cannot be reused before the group kill.
    for (;;) {
        if (kill_group || child_has_exited(pid))
            break;
        if (remaining_ms(deadline) == 0) {
            result.timed_out = true;
            kill_group = true;
            break;
        }
        usleep(2000);
    }
    // Whatever the child left behind in its group goes too.
    kill(-pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status))
        result.exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status) && !kill_group)
        result.signal = WTERMSIG(status);
    return result;
}

} // namespace miniphp::phpt
