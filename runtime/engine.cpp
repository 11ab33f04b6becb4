#include "runtime/engine.h"

#include <cassert>
#include <deque>
#include <cstdarg>
#include <cstdio>

#include "runtime/exceptions.h"
#include "runtime/ini.h"
#include "runtime/string.h"
#include "runtime/value.h"
#include "runtime/output.h"

namespace miniphp::runtime {

const Class* ExecutionHooks::find_class(std::string_view) const { return nullptr; }
const Class* ExecutionHooks::calling_scope() const { return nullptr; }
const Class* ExecutionHooks::calling_called_scope() const { return nullptr; }
bool ExecutionHooks::calling_arguments(std::vector<const Value*>&) const { return false; }
Object* ExecutionHooks::calling_this() const { return nullptr; }
Outcome ExecutionHooks::call_method(const Method&, Object*, const Value*, uint32_t, Value&)
{
    return throw_error("Error", "Methods cannot be called here");
}

void Engine::remember_error(std::string_view message)
{
    // The new message is made before the old one goes, as php_error_cb does. php
    // formats it in a growing buffer trimmed to its length by a reallocation, which
    // leaves it in String::safe_allocation_size's bin.
    String* kept = String::create_in_block(message.size(), String::safe_allocation_size(message.size()));
    copy_bytes(kept->data(), message.data(), message.size());
    forget_last_error();
    m_last_error = kept;
}

void Engine::forget_last_error()
{
    if (m_last_error != nullptr)
        String::destroy(m_last_error);
    m_last_error = nullptr;
}

SourceLocation Engine::location() const
{
    if (m_hooks != nullptr)
        return m_hooks->current_location();
    return {m_script_name, 0};
}

namespace {

std::deque<std::vector<Value>>& shutdown_functions()
{
    static auto* calls = new std::deque<std::vector<Value>>();
    return *calls;
}

} // namespace

Value& user_exception_handler()
{
    static auto* handler = new Value(Value::null());
    return *handler;
}

const std::deque<std::vector<Value>>& queued_shutdown_functions() { return shutdown_functions(); }

void Engine::add_shutdown_function(std::vector<Value> call) { shutdown_functions().push_back(std::move(call)); }

bool Engine::take_shutdown_function(std::vector<Value>& call)
{
    if (shutdown_functions().empty())
        return false;
    call = std::move(shutdown_functions().front());
    shutdown_functions().pop_front();
    return true;
}

void Engine::clear_shutdown_functions()
{
    for (std::vector<Value>& call : shutdown_functions())
        for (const Value& v : call)
            release(v);
    shutdown_functions().clear();
}

Outcome Engine::throw_exception(Object* exception)
{
    if (m_exception != nullptr)
        set_previous(exception, m_exception);
    m_exception = exception;
    return Outcome::Threw;
}

Outcome Engine::throw_error(std::string_view class_name, std::string_view message, int64_t code)
{
    const Class* cls = find_builtin_class(ascii_lower(class_name));
    assert(cls != nullptr);
    return throw_exception(make_exception(cls, message, code));
}

namespace {

void report(int level_bit, const char* level, std::string_view message)
{
    engine().remember_error(message);
    if ((engine().error_reporting() & level_bit) == 0)
        return;
    SourceLocation where = engine().location();
    report_error(level, message, where.file, where.line);
}

} // namespace

void report_error(std::string_view level, std::string_view message, std::string_view file, uint32_t line)
{
    if (!Ini::instance().display_errors())
        return;
    Output& out = Output::instance();
    out.write("\n");
    out.write(level);
    out.write(": ");
    out.write(message);
    out.write(" in ");
    out.write(file);
    out.write(" on line ");
    out.write(std::to_string(line));
    out.write("\n");
}

// E_WARNING, E_NOTICE, E_DEPRECATED
void warning(std::string_view message) { report(2, "Warning", message); }
void notice(std::string_view message) { report(8, "Notice", message); }
void deprecated(std::string_view message) { report(8192, "Deprecated", message); }

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
