// A first pass over argv with php_getopt's rules, before CLI11 parses it: php stops
// at the first -h or -v it meets, and a mistake ends with php's message on stderr
// ("Error in argument 2, char 2: option not found x"), the usage text and status 1.
#pragma once

#include <string>

namespace miniphp::cli {

struct OptionScan {
    // Error: a malformed option (message for stderr, then the usage text).
    // Conflict: well-formed options that cannot go together, such as -r twice
    // (message for stdout). Both end with status 1.
    enum class Outcome { Run, Help, Version, Error, Conflict };
    Outcome outcome = Outcome::Run;
    std::string error; // for Error and Conflict, without the trailing newline
    // The options ended with "--": every later word is an argument, none the script.
    bool ended_by_double_dash = false;
    // argv[options_end] is the first word after the options (and after "--"):
    // the script, then its arguments (php_optind).
    int options_end = 0;
};

OptionScan scan_options(int argc, char** argv);

// php's usage text, listing the options miniphp has.
void print_usage(const char* program);

} // namespace miniphp::cli
