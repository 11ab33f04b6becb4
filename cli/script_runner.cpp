#include "cli/script_runner.h"

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "compiler/compiler.h"
#include "gc/heap.h"
#include "parser/parser.h"
#include "runtime/engine.h"
#include "runtime/ini.h"
#include "runtime/messages.h"
#include "runtime/output.h"
#include "runtime/string.h"
#include "vm/loader.h"
#include "vm/vm.h"

namespace miniphp::cli {

namespace {

// Pages php -n 8.2 holds in its main chunk before a small script runs beyond those
// miniphp holds, so that its first chunk fills up, and memory_limit is reached, about
// where php's does. An approximation, chosen by measuring: 1-page blocks fit 371 times
// under php and 430 under miniphp without the reserve; filling 2 MiB with 160-byte
// strings stops at 8193 under php, 11424 without it and 8192 with it; 5000-byte
// strings at 186, 210 and 182. php's exact figure depends on the script (its compiled
// code sits in those pages) and on how full its runs of small blocks are.
constexpr uint32_t kPhpStartupPages = 50;

// The heap calls this when memory_limit would be passed (zend_mm_safe_error).
[[noreturn]] void out_of_memory(size_t limit, size_t requested)
{
    runtime::fatal_error(runtime::format(runtime::msg::MemoryExhausted,
                                         limit, requested));
}

// The heap calls this when a huge request cannot be rounded up to whole pages
// (zend_mm_alloc_huge).
[[noreturn]] void allocation_overflow(size_t size, size_t page_size)
{
    runtime::fatal_error(runtime::format(runtime::msg::PageRoundingOverflow, size, page_size));
}

// php prints the primary script's full path in messages.
std::string full_path(const std::string& path)
{
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved) != nullptr)
        return resolved;
    return path;
}

// Debug builds: everything the script allocated must be gone by now.
void check_for_leaks()
{
#ifdef MINIPHP_DEBUG
    gc::Heap& heap = gc::heap();
    if (heap.live_blocks() != 0)
        std::fprintf(stderr, "miniphp: leak: %zu blocks (%zu bytes) still allocated at shutdown\n",
                     heap.live_blocks(), heap.usage());
#endif
}

// $argv: the script as the command line named it, then its arguments.
void set_script_arguments(const std::string& script, const std::vector<std::string>& args)
{
    std::vector<std::string> argv{script};
    argv.insert(argv.end(), args.begin(), args.end());
    runtime::engine().set_script_arguments(std::move(argv));
}

} // namespace

ScriptRunner::ScriptRunner()
{
    gc::heap().set_out_of_memory_handler(out_of_memory);
    gc::heap().set_overflow_handler(allocation_overflow);
    runtime::InternTable::instance().intern_permanent_strings();
    gc::heap().reserve_startup_pages(kPhpStartupPages);
}

void ScriptRunner::define_ini_entry(const std::string& entry)
{
    size_t equals = entry.find('=');
    std::string name = entry.substr(0, equals);
    std::string value = equals == std::string::npos ? "1" : entry.substr(equals + 1);
    // Before any script, php names no file in messages.
    runtime::Engine& engine = runtime::engine();
    std::string script = engine.script_name();
    engine.set_script_name("Unknown");
    runtime::Ini::instance().set(name, value);
    runtime::Ini::instance().release_modified(); // start-up values are not changes
    engine.set_script_name(script);
}

int ScriptRunner::run_file(const std::string& path, const std::vector<std::string>& args)
{
    set_script_arguments(path, args);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::printf("Could not open input file: %s\n", path.c_str());
        return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return run_source(text.str(), full_path(path), true);
}

int ScriptRunner::run_code(const std::string& code, const std::vector<std::string>& args)
{
    set_script_arguments("Standard input code", args);
    // -r code runs as if it followed an open tag on the same line.
    return run_source("<?php " + code, "Command line code", false);
}

int ScriptRunner::run_stdin(const std::vector<std::string>& args)
{
    set_script_arguments("Standard input code", args);
    std::string source((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return run_source(source, "Standard input code", true);
}

int ScriptRunner::run_source(const std::string& source, const std::string& name, bool skip_shebang)
{
    runtime::Engine& engine = runtime::engine();
    engine.set_script_name(name);
    runtime::Output& out = runtime::Output::instance();
    int status = 0;
    bool clean = true;
    {
        lexer::LexerOptions options;
        options.skip_shebang = skip_shebang;
        parser::ParseResult parsed = parser::parse(source, options);
        for (const lexer::LexerMessage& warning : parsed.warnings)
            runtime::report_error("Warning", warning.message, name, warning.line);
        if (!parsed.ok()) {
            // A few compile errors are raised while parsing; one scanner error has no
            // line, which php reports as "[no active file]".
            runtime::report_error(parsed.error_is_fatal ? "Fatal error" : "Parse error", parsed.error,
                                  parsed.error_line == 0 ? "[no active file]" : name, parsed.error_line);
            out.flush();
            return 255;
        }
        compiler::CompileResult compiled = compiler::compile(*parsed.ast, name);
        for (const compiler::CompileMessage& message : compiled.messages)
            runtime::report_error(message.level, message.message, name, message.line);
        if (!compiled.ok()) {
            out.flush();
            return 255;
        }
        parsed.ast.reset();
        if (m_dump_opcodes) {
            vm::load(*compiled.script);
            out.write(vm::disassemble(*compiled.script->main));
            for (const auto& function : compiled.script->functions)
                out.write(vm::disassemble(*function));
            for (const auto& decl : compiled.script->classes)
                for (const auto& method : decl->methods)
                    out.write(vm::disassemble(*method));
            out.flush();
            return 0;
        }
        try {
            vm::Vm machine;
            status = machine.run(*compiled.script);
        } catch (const runtime::FatalError& error) {
            // A fatal error outside any script code (during shutdown).
            runtime::report_error("Fatal error", error.what(), error.file, error.line);
            status = 255;
            clean = false;
        }
    }
    out.flush();
    out.release_heap_block();
    runtime::InternTable::instance().clear();
    if (clean && status != 255)
        check_for_leaks();
    return status;
}

} // namespace miniphp::cli
