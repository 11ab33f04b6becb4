// miniphp's command line: `miniphp [options] [file] [args...]`, `miniphp -r CODE`,
// or a script on standard input. The stages run in order (parse, compile, run) and
// each failure ends the way `php -n` ends: the message on stdout, exit status 255.
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <string>

#include "cli/large_stack.h"
#include "cli/php_getopt.h"
#include "cli/script_runner.h"

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

    // The scan has vetted the options, so CLI11 only collects them.
    CLI::App app{"miniphp: a PHP 8.2-subset interpreter with Zend's memory management"};
    app.set_help_flag();

    std::string code;
    std::string file;
    std::vector<std::string> script_args;
    bool dump_opcodes = false;
    bool no_ini = false;
    CLI::Option* code_option = app.add_option("-r", code);
    CLI::Option* file_option = app.add_option("-f", file);
    app.add_flag("-n", no_ini);
    app.add_flag("--dump-opcodes", dump_opcodes);
    app.add_option("args", script_args);
    app.prefix_command();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    for (const std::string& extra : app.remaining())
        script_args.push_back(extra);

    const bool run_code = code_option->count() > 0;
    bool read_stdin = false;
    if (!run_code && file_option->count() == 0) {
        if (script_args.empty() || scan.ended_by_double_dash) {
            read_stdin = true;
        } else {
            file = script_args.front();
            script_args.erase(script_args.begin());
        }
    }
    return miniphp::cli::run_with_stack(miniphp::cli::kInterpreterStackSize, [&] {
        miniphp::cli::ScriptRunner runner;
        runner.set_dump_opcodes(dump_opcodes);
        if (run_code)
            return runner.run_code(code, script_args);
        if (read_stdin) {
            std::string source((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
            return runner.run_source(source, "Standard input code", true);
        }
        return runner.run_file(file, script_args);
    });
}
