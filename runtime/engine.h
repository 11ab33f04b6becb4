// Engine: the per-process execution state the runtime shares with the VM, like
// Zend's executor globals: where execution is (for messages), the pending PHP
// exception, and the error-reporting entry points every builtin and helper uses.
//
// Two kinds of failure, kept apart:
//   - PHP exceptions (Error, TypeError, DivisionByZeroError, ...) are objects: a
//     helper calls throw_error(), which makes one and leaves it pending here
//     (EG(exception)), and returns Outcome::Threw; the caller passes that up and
//     the VM looks for a catch, unwinding frames.
//   - Fatal errors (memory exhausted, "Cannot redeclare") end the script: they
//     unwind the C++ stack as one FatalError exception caught in cli/.
// Internal bugs are assertions, never either of these.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace miniphp::runtime {

struct SourceLocation {
    std::string_view file;
    uint32_t line = 0;
};

class Value;
class Array;
struct BuiltinFunction;
struct Method;
struct Object;
struct String;

class Class;

// A function a builtin was given to call back (usort's $callback): a user function
// (a vm::Function, opaque here) or another builtin, with the object it is called on
// ($this of a method or of a closure), the class static:: names, and the Closure
// whose code it is. The pointers are borrowed from the callback value.
struct Callable {
    const void* user = nullptr;
    const BuiltinFunction* builtin = nullptr;
    Object* self = nullptr;
    const Class* called_scope = nullptr;
    Object* closure = nullptr;
};

enum class [[nodiscard]] Outcome : uint8_t { Ok, Threw };

// Implemented by the VM: where execution is and how the call stack looks, and calls
// back into PHP code from builtins.
class ExecutionHooks {
public:
    virtual ~ExecutionHooks() = default;
    virtual SourceLocation current_location() const = 0;
    // The calls that led here as an exception records them (zend_fetch_debug_backtrace):
    // a new array, one frame array per call, innermost first.
    virtual Array* backtrace() const = 0;
    // The user function declared under `lower_name`, or nullptr.
    virtual const void* find_user_function(std::string_view lower_name) const = 0;
    // What `value` calls (zend_is_callable_ex): false with php's reason ("no array or
    // string given", "function \"f\" not found or invalid function name", ...).
    virtual bool resolve_callable(const Value& value, Callable& out, std::string& error) = 0;
    // Calls `callable` with `argc` arguments (copied; a Reference is passed as it is)
    // and stores its owned return value in `result`. Re-entrant: the callee may call
    // builtins that call back again. Threw: an exception is pending (or the script
    // is exiting).
    virtual Outcome call(const Callable& callable, const Value* args, uint32_t argc, Value& result) = 0;
    // The slot of variable `name` in the scope of the PHP code that called the
    // running builtin (compact, extract): nullptr if it has none there; with
    // `create`, the global scope adds one (a function's variables are fixed).
    virtual Value* caller_variable(std::string_view name, bool create) = 0;

    // What the class and object builtins ask about the PHP code that called them.
    // The defaults describe a caller with no classes and no function around it.
    //
    // The class declared under `name` (any case, a leading backslash ignored), or
    // nullptr: zend_lookup_class without autoloading.
    virtual const Class* find_class(std::string_view name) const;
    // The class of the method the calling code runs in, null at top level and in
    // plain functions (zend_get_executed_scope).
    virtual const Class* calling_scope() const;
    // static:: of that method (zend_get_called_scope), null outside methods.
    virtual const Class* calling_called_scope() const;
    // The arguments the calling function received, as func_get_args() reads them:
    // the parameters' current slots, then the extra arguments (each may be a
    // Reference or Undef). False when the caller is the global scope.
    virtual bool calling_arguments(std::vector<const Value*>& out) const;
    // $this of the calling code (xdebug_debug_zval('this')), null where there is none.
    virtual Object* calling_this() const;
    // Calls `method` with $this = `self` (static:: its class) as call() calls a
    // function (__clone). The default throws an Error: no code can run.
    virtual Outcome call_method(const Method& method, Object* self, const Value* args, uint32_t argc, Value& result);
    // MINIPHP_VERIFY_HEAP=strict, after gc_collect_cycles(): every count must equal
    // the references held, where no C++ caller can hold uncounted ones. No-op default.
    virtual void verify_heap_exactly() const {}
};

// A fatal error: the script stops after php's "Fatal error: ..." line. When
// `uncaught` is set, `message` is the whole "Uncaught ..." text.
struct FatalError : std::runtime_error {
    FatalError(std::string message, std::string file, uint32_t line)
        : std::runtime_error(message), file(std::move(file)), line(line)
    {
    }
    std::string file;
    uint32_t line;
};

class Engine {
public:
    static Engine& instance();

    void set_hooks(ExecutionHooks* hooks) { m_hooks = hooks; }
    ExecutionHooks* hooks() const { return m_hooks; }
    SourceLocation location() const;

    // The script's name as php prints it in messages (full path,
    // "Command line code" or "Standard input code").
    void set_script_name(std::string name) { m_script_name = std::move(name); }
    const std::string& script_name() const { return m_script_name; }

    // The request's $argv as php's CLI builds it: the script as named on the command
    // line (or "Standard input code"), then its arguments. $argc counts them.
    void set_script_arguments(std::vector<std::string> argv) { m_script_arguments = std::move(argv); }
    const std::vector<std::string>& script_arguments() const { return m_script_arguments; }

    // PHP_BINARY: the interpreter's own path, or "" when it cannot be found.
    void set_binary_path(std::string path) { m_binary_path = std::move(path); }
    const std::string& binary_path() const { return m_binary_path; }

    // error_reporting(): the @ operator lowers it to the fatal levels while it runs.
    static constexpr int kAllErrors = 32767;
    static constexpr int kFatalErrors = 4437; // E_ERROR|E_CORE_ERROR|E_COMPILE_ERROR|E_USER_ERROR|E_RECOVERABLE_ERROR|E_PARSE
    int error_reporting() const { return m_error_reporting; }
    // php's PG(last_error_message): every error's message is kept (whether shown or
    // not) until the next one replaces it, in a string of its length.
    void remember_error(std::string_view message);
    void forget_last_error();
    void set_error_reporting(int level) { m_error_reporting = level; }
    // The end of an `@` (or an exception leaving it): the level saved at its start
    // comes back, unless the code inside set a level that shows more than fatal
    // errors (error_reporting(E_ALL) inside `@` lasts).
    void end_silence(int saved)
    {
        if ((m_error_reporting & ~kFatalErrors) == 0 && (saved & ~kFatalErrors) != 0)
            m_error_reporting = saved;
    }

    bool has_exception() const { return m_exception != nullptr; }
    // The pending exception (owned here), or null.
    Object* exception() const { return m_exception; }
    // Takes the pending exception (and its reference) away.
    Object* take_exception()
    {
        Object* e = m_exception;
        m_exception = nullptr;
        return e;
    }
    // Puts back an exception taken aside; nothing may be pending.
    void restore_exception(Object* exception) { m_exception = exception; }

    // register_shutdown_function: each call is the callback then its arguments, owned
    // here until it runs at the end of the script, first registered first.
    void add_shutdown_function(std::vector<Value> call);
    bool take_shutdown_function(std::vector<Value>& call);
    // Drops the calls left (after one failed); the caller releases nothing.
    void clear_shutdown_functions();

    // zend_throw_exception_internal: `exception` (one reference, given) becomes the
    // pending one; one already pending becomes the end of its `previous` chain.
    Outcome throw_exception(Object* exception);
    // Throws a new exception of the built-in class `class_name` with the current
    // location and trace.
    Outcome throw_error(std::string_view class_name, std::string_view message, int64_t code = 0);

private:
    ExecutionHooks* m_hooks = nullptr;
    std::string m_script_name;
    std::vector<std::string> m_script_arguments;
    std::string m_binary_path;
    Object* m_exception = nullptr;
    int m_error_reporting = kAllErrors;
    String* m_last_error = nullptr;
};

// The process-wide engine state, read on every call and return: a plain pointer, not
// a function-local static with its guard. Never destroyed.
namespace detail {
inline Engine* const g_engine = new Engine();
}
inline Engine& Engine::instance() { return *detail::g_engine; }
inline Engine& engine() { return *detail::g_engine; }

// set_exception_handler's callable, owned here (null when there is none): it is
// called with an exception nothing caught, instead of the fatal error.
Value& user_exception_handler();
// The calls register_shutdown_function() has queued (each the callable, then its
// arguments), for the heap verifier.
const std::deque<std::vector<Value>>& queued_shutdown_functions();

inline Outcome throw_error(std::string_view class_name, std::string_view message, int64_t code = 0)
{
    return engine().throw_error(class_name, message, code);
}

// "\nWarning: MESSAGE in FILE on line N\n", and the same for the other levels.
void warning(std::string_view message);
void notice(std::string_view message);
void deprecated(std::string_view message);

// Prints "\nLEVEL: MESSAGE in FILE on line N\n" regardless of error_reporting (for the
// fatal levels: "Fatal error", "Parse error").
void report_error(std::string_view level, std::string_view message, std::string_view file, uint32_t line);

// Ends the script with "\nFatal error: MESSAGE in FILE on line N\n".
[[noreturn]] void fatal_error(std::string message);

// printf-style formatting into a std::string (for messages built from the table).
std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

} // namespace miniphp::runtime
