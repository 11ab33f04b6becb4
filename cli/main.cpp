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
#include "cli/script_runner.h"

int main(int argc, char** argv)
{
    // As php_cli.c does: a write to a closed pipe fails with EPIPE (which Output
    // turns into php's exit status 255) instead of killing the process.
    std::signal(SIGPIPE, SIG_IGN);

    CLI::App app{"miniphp: a PHP 8.2-subset interpreter with Zend's memory management"};
    app.set_help_flag("-h,--help", "This help");

    std::string code;
    std::string file;
    std::vector<std::string> script_args;
    bool show_version = false;
    bool dump_opcodes = false;
    bool no_ini = false;
    app.add_option("-r", code, "Run PHP <code> without using script tags <?..?>");
    app.add_option("-f", file, "Parse and execute <file>");
    app.add_flag("-v,--version", show_version, "Version number");
    app.add_flag("-n", no_ini, "No configuration (ini) files will be used (always the case)");
    app.add_flag("--dump-opcodes", dump_opcodes, "Print the compiled bytecode instead of running it");
    app.add_option("args", script_args, "The script (unless -f or -r is given) and its arguments");
    app.prefix_command();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    if (show_version) {
        std::printf("miniphp %s (cli) - a PHP 8.2 subset\n", MINIPHP_VERSION);
        return 0;
    }
    for (const std::string& extra : app.remaining())
        script_args.push_back(extra);

    if (file.empty() && code.empty() && !script_args.empty()) {
        file = script_args.front();
        script_args.erase(script_args.begin());
    }
    return miniphp::cli::run_with_stack(miniphp::cli::kInterpreterStackSize, [&] {
        miniphp::cli::ScriptRunner runner;
        runner.set_dump_opcodes(dump_opcodes);
        if (!code.empty())
            return runner.run_code(code, script_args);
        if (file.empty() || file == "-") {
            std::string source((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
            return runner.run_source(source, "Standard input code", true);
        }
        return runner.run_file(file, script_args);
    });
}
