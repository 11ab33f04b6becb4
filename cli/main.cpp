// miniphp's command line: `miniphp [options] [file] [args...]`, `miniphp -r CODE`,
// or a script on standard input. The stages run in order (parse, compile, run) and
// each failure ends the way `php -n` ends: the message on stdout, exit status 255.
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <climits>
#include <unistd.h>

#include "cli/large_stack.h"
#include "cli/php_getopt.h"
#include "cli/script_runner.h"
#include "gc/collector.h"
#include "runtime/engine.h"

namespace {

// PHP_BINARY as php_binary_init finds it: argv[0] resolved, through PATH when it names
// no directory; "" unless that is an executable file.
std::string binary_path(const char* argv0)
{
    char resolved[PATH_MAX];
    auto executable = [&](const std::string& candidate) {
        return ::realpath(candidate.c_str(), resolved) != nullptr && ::access(resolved, X_OK) == 0;
    };
    std::string_view name = argv0 != nullptr ? argv0 : "";
    if (name.find('/') != std::string_view::npos)
        return executable(std::string(name)) ? resolved : "";
    const char* path = std::getenv("PATH");
    std::string_view dirs = path != nullptr ? path : "";
    while (!dirs.empty() && !name.empty()) {
        size_t colon = dirs.find(':');
        std::string_view dir = dirs.substr(0, colon);
        dirs = colon == std::string_view::npos ? std::string_view() : dirs.substr(colon + 1);
        if (!dir.empty() && executable(std::string(dir) + "/" + std::string(name)))
            return resolved;
    }
    return "";
}

} // namespace

int main(int argc, char** argv)
{
    // As php_cli.c does: a write to a closed pipe fails with EPIPE (which Output
    // turns into php's exit status 255) instead of killing the process.
    std::signal(SIGPIPE, SIG_IGN);

    miniphp::cli::OptionScan scan = miniphp::cli::scan_options(argc, argv);
    switch (scan.outcome) {
    case miniphp::cli::OptionScan::Outcome::Run: break;
    case miniphp::cli::OptionScan::Outcome::Help: miniphp::cli::print_usage("miniphp"); return 0;
    case miniphp::cli::OptionScan::Outcome::Version:
        std::printf("miniphp %s (cli) - a PHP 8.2 subset\n", MINIPHP_VERSION);
        return 0;
    case miniphp::cli::OptionScan::Outcome::Conflict:
        std::printf("%s\n", scan.error.c_str());
        return 1;
    case miniphp::cli::OptionScan::Outcome::Error:
        std::fprintf(stderr, "%s\n", scan.error.c_str());
        miniphp::cli::print_usage("miniphp");
        return 1;
    }

    // The scan has vetted the options, so CLI11 only collects them; the words after
    // them are the script and its arguments, taken as they are (php_cli.c).
    CLI::App app{"miniphp: a PHP 8.2-subset interpreter with Zend's memory management"};
    app.set_help_flag();

    std::string code;
    std::string file;
    bool dump_opcodes = false;
    bool no_ini = false;
    bool gc_trace = false;
    CLI::Option* code_option = app.add_option("-r", code);
    CLI::Option* file_option = app.add_option("-f", file);
    std::vector<std::string> ini_entries;
    app.add_option("-d", ini_entries)->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_flag("-n", no_ini);
    app.add_flag("--dump-opcodes", dump_opcodes);
    app.add_flag("--gc-trace", gc_trace);

    try {
        app.parse(scan.options_end, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    std::vector<std::string> script_args(argv + scan.options_end, argv + argc);

    const bool run_code = code_option->count() > 0;
    bool read_stdin = false;
    if (!run_code && file_option->count() == 0) {
        // After "--" every word is an argument and the script comes from stdin.
        if (script_args.empty() || scan.ended_by_double_dash) {
            read_stdin = true;
        } else {
            file = script_args.front();
            script_args.erase(script_args.begin());
        }
    }
    miniphp::runtime::engine().set_binary_path(binary_path(argv[0]));
    miniphp::gc::collector().set_trace(gc_trace);
    return miniphp::cli::run_with_stack(miniphp::cli::kInterpreterStackSize, [&] {
        miniphp::cli::ScriptRunner runner;
        runner.set_dump_opcodes(dump_opcodes);
        for (const std::string& entry : ini_entries)
            runner.define_ini_entry(entry);
        if (run_code)
            return runner.run_code(code, script_args);
        if (read_stdin)
            return runner.run_stdin(script_args);
        return runner.run_file(file, script_args);
    });
}
