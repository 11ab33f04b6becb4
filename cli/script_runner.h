// ScriptRunner: source text to exit status. Parses, compiles, runs, and reports each
// stage's failure as php -n does; in debug builds it also checks that everything the
// script allocated was freed.
#pragma once

#include <string>
#include <vector>

namespace miniphp::cli {

class ScriptRunner {
public:
    ScriptRunner();

    // `args` are the script's arguments, which follow the script's own name in $argv.
    // -d name[=value]: sets an ini entry before the script runs ("1" without a value),
    // warning as php does at startup ("in Unknown on line 0") if the value is refused.
    void define_ini_entry(const std::string& entry);
    int run_file(const std::string& path, const std::vector<std::string>& args);
    int run_code(const std::string& code, const std::vector<std::string>& args);
    int run_stdin(const std::vector<std::string>& args);
    // `name` is how messages name the script (a full path, "Standard input code");
    // a "#!" first line is skipped for files and standard input, as php's CLI does.
    int run_source(const std::string& source, const std::string& name, bool skip_shebang);

    void set_dump_opcodes(bool on) { m_dump_opcodes = on; }

private:
    bool m_dump_opcodes = false;
};

} // namespace miniphp::cli
