#include "runtime/engine.h"

#include <cstdarg>
#include <cstdio>

#include "runtime/output.h"

namespace miniphp::runtime {

Engine& Engine::instance()
{
    static Engine* engine = new Engine();
    return *engine;
}

SourceLocation Engine::location() const
{
    if (m_hooks != nullptr)
        return m_hooks->current_location();
    return {m_script_name, 0};
}

std::string Engine::stack_trace() const
{
    if (m_hooks != nullptr)
        return m_hooks->stack_trace();
    return "#0 {main}";
}

PendingException Engine::take_exception()
{
    PendingException e = std::move(*m_exception);
    m_exception.reset();
    return e;
}

Outcome Engine::throw_error(std::string_view class_name, std::string message)
{
    SourceLocation where = location();
    PendingException e;
    e.class_name = std::string(class_name);
    e.message = std::move(message);
    e.file = std::string(where.file);
    e.line = where.line;
    e.trace = stack_trace();
    // Without try/catch an earlier pending exception cannot be observed; the first wins.
    if (!m_exception)
        m_exception = std::move(e);
    return Outcome::Threw;
}

namespace {

void report(const char* level, std::string_view message)
{
    SourceLocation where = engine().location();
    Output& out = Output::instance();
    out.write("\n");
    out.write(level);
    out.write(": ");
    out.write(message);
    out.write(" in ");
    out.write(where.file);
    out.write(" on line ");
    out.write(std::to_string(where.line));
    out.write("\n");
}

} // namespace

void warning(std::string_view message) { report("Warning", message); }
void notice(std::string_view message) { report("Notice", message); }
void deprecated(std::string_view message) { report("Deprecated", message); }

void fatal_error(std::string message)
{
    SourceLocation where = engine().location();
    throw FatalError(std::move(message), std::string(where.file), where.line);
}

std::string format(const char* fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    va_list copy;
    va_copy(copy, args);
    int n = std::vsnprintf(nullptr, 0, fmt, copy);
    va_end(copy);
    std::string out;
    if (n > 0) {
        out.resize(static_cast<size_t>(n));
        std::vsnprintf(out.data(), out.size() + 1, fmt, args);
    }
    va_end(args);
    return out;
}

} // namespace miniphp::runtime
