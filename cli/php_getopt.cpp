#include "cli/php_getopt.h"

#include <cstdio>
#include <cstring>
#include <optional>
#include <string_view>

namespace miniphp::cli {

namespace {

// Short options that take a value (the rest of the word, or the next word).
bool takes_value(char c) { return c == 'r' || c == 'f' || c == 'd'; }
bool is_flag(char c) { return c == 'n'; }

// -h and -v (--help, --version) end the scan at once, whatever follows them.
std::optional<OptionScan::Outcome> stops_at_once(char c)
{
    if (c == 'h')
        return OptionScan::Outcome::Help;
    if (c == 'v')
        return OptionScan::Outcome::Version;
    return std::nullopt;
}

std::string error_at(int argument, int character, const std::string& what)
{
    return "Error in argument " + std::to_string(argument) + ", char " + std::to_string(character) + ": " + what;
}

} // namespace

OptionScan scan_options(int argc, char** argv)
{
    OptionScan scan;
    // php checks how -r and -f combine only once every option is known to be valid.
    std::string conflict;
    bool direct_code = false;
    bool script_file = false;
    auto note_conflict = [&](const char* message) {
        if (conflict.empty())
            conflict = message;
    };
    auto finish = [&]() -> OptionScan& {
        if (!conflict.empty()) {
            scan.outcome = OptionScan::Outcome::Conflict;
            scan.error = conflict;
        }
        return scan;
    };
    for (int i = 1; i < argc; ++i) {
        std::string_view word = argv[i];
        // The script (or "-" for standard input) and "--" end the options.
        if (word == "--") {
            scan.ended_by_double_dash = true;
            scan.options_end = i + 1;
            return finish();
        }
        if (word.size() < 2 || word[0] != '-') {
            scan.options_end = i;
            return finish();
        }
        if (word[1] == '-') {
            std::string_view name = word.substr(2);
            if (auto outcome = stops_at_once(name == "help" ? 'h' : name == "version" ? 'v' : '\0')) {
                scan.outcome = *outcome;
                return scan;
            }
            if (name == "dump-opcodes")
                continue;
            // php reads an unknown long option as option '-' missing its argument.
            scan.outcome = OptionScan::Outcome::Error;
            scan.error = error_at(i, 2, "no argument for option -");
            return scan;
        }
        for (size_t j = 1; j < word.size(); ++j) {
            char c = word[j];
            const int character = static_cast<int>(j) + 1;
            if (auto outcome = stops_at_once(c)) {
                scan.outcome = *outcome;
                return scan;
            }
            if (is_flag(c))
                continue;
            if (c == 'f') {
                if (direct_code)
                    note_conflict("Either execute direct code, process stdin or use a file.");
                else if (script_file)
                    note_conflict("You can use -f only once.");
                script_file = true;
            } else if (c == 'r') {
                if (direct_code)
                    note_conflict("You can use -r only once.");
                direct_code = true;
            }
            if (takes_value(c)) {
                if (j + 1 == word.size()) {
                    if (i + 1 >= argc) {
                        scan.outcome = OptionScan::Outcome::Error;
                        scan.error = error_at(i, character, std::string("no argument for option ") + c);
                        return scan;
                    }
                    ++i; // the value is the next word
                }
                break;
            }
            scan.outcome = OptionScan::Outcome::Error;
            scan.error = error_at(i, character, std::string("option not found ") + c);
            return scan;
        }
    }
    scan.options_end = argc;
    return finish();
}

void print_usage(const char* program)
{
    std::printf("Usage: %s [options] [-f] <file> [--] [args...]\n"
                "   %s [options] -r <code> [--] [args...]\n"
                "   %s [options] -- [args...]\n"
                "\n"
                "  -d foo[=bar]     Define INI entry foo with value 'bar'\n"
                "  -f <file>        Parse and execute <file>.\n"
                "  -h               This help\n"
                "  -n               No configuration (ini) files will be used (always the case)\n"
                "  -r <code>        Run PHP <code> without using script tags <?..?>\n"
                "  -v               Version number\n"
                "  --dump-opcodes   Print the compiled bytecode instead of running it\n"
                "\n"
                "  args...          Arguments passed to script. Use -- args when first argument\n"
                "                   starts with - or script is read from stdin\n"
                "\n",
                program, program, program);
}

} // namespace miniphp::cli
