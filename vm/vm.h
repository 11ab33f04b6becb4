// The virtual machine: runs a compiled Script and takes it through php's end of
// request.
//
// One dispatch loop (dispatch.cpp) runs every user function: a call pushes the
// callee's frame on the VmStack and the loop continues in it; a return pops it and
// resumes the caller. The C++ stack does not grow with PHP recursion. Builtins are
// called directly from the loop with their arguments in a frame of their own, so they
// appear in traces.
//
// PHP exceptions travel as a pending exception in runtime::Engine; when an
// instruction reports Outcome::Threw the loop unwinds frames (releasing each frame's
// live temporaries, then its compiled variables in slot order, as php does) and, with
// no try/catch yet, the exception ends the script as "Fatal error: Uncaught ...".
//
// The main script's frame is the global scope: its CV slots are the global variables,
// bound to the global symbol table in slot order. It stays alive after the script
// ends so that shutdown can destroy the globals in php's order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/engine.h"
#include "vm/bytecode.h"
#include "vm/exec_state.h"

namespace miniphp::runtime {
struct Object;
class Class;
}

namespace miniphp::vm {

class Vm final : public runtime::ExecutionHooks {
public:
    Vm();
    ~Vm() override;
    Vm(const Vm&) = delete;
    Vm& operator=(const Vm&) = delete;

    // Loads the script (loader.h) if needed, runs it to its end and through shutdown;
    // returns php's exit status.
    int run(Script& script);

    // The VM whose script is running (for builtins that need it), or null.
    static Vm* running();
    ExecState& state() { return m_state; }

    runtime::SourceLocation current_location() const override;
    runtime::Array* backtrace() const override;
    const void* find_user_function(std::string_view lower_name) const override;
    runtime::Outcome call(const runtime::Callable& callable, const runtime::Value* args, uint32_t argc,
                          runtime::Value& result) override;
    runtime::Value* caller_variable(std::string_view name, bool create) override;
    bool resolve_callable(const runtime::Value& value, runtime::Callable& out, std::string& error) override;
    const runtime::Class* find_class(std::string_view name) const override;
    const runtime::Class* calling_scope() const override;
    const runtime::Class* calling_called_scope() const override;
    bool calling_arguments(std::vector<const runtime::Value*>& out) const override;
    runtime::Object* calling_this() const override;
    void verify_heap_exactly() const override;
    runtime::Outcome call_method(const runtime::Method& method, runtime::Object* self, const runtime::Value* args,
                                 uint32_t argc, runtime::Value& result) override;

private:
    // The innermost frame running user code (a builtin's own frame skipped).
    const Frame* calling_user_frame() const;
    // Runs from m_state.frame until `entry` returns, throws, or the script exits
    // (dispatch.cpp).
    Completion execute(Frame* entry);

    // Binds the top-level functions (the compiler made sure their names are free).
    void declare_hoisted_functions(const Script& script);
    // Releases the values `frame` owns: pending calls, live temporaries, then (unless
    // `keep_variables`) its compiled variables in slot order and its extra arguments.
    void release_frame(Frame* frame, bool keep_variables);
    // Pops every frame above `entry` and cleans `entry`, after an exception or exit.
    void unwind(Frame* entry);
    // "Fatal error: Uncaught ..." for `exception` (owned; released here), through its
    // __toString as zend_exception_error does.
    void report_uncaught(runtime::Object* exception);
    void handle_uncaught(runtime::Object* exception);
    void report_fatal(const runtime::FatalError& error);
    void shutdown();
    // One entry per reference held from outside the heap (heap_roots.cpp).
    void list_held_values(std::vector<gc::Refcounted*>& out) const;

    runtime::Outcome call_user(const Function& function, const runtime::Value* args, uint32_t argc,
                               runtime::Value& result, runtime::Object* self = nullptr,
                               const runtime::Class* called_scope = nullptr, runtime::Object* closure = nullptr);
    // Runs the destructor of `object`, whose count the caller holds up.
    void run_destructor(runtime::Object* object);
    // After a collection (zend_gc_root_tmpvars): the live temporaries of every frame
    // are offered to the collector as possible roots.
    void root_live_temporaries();
    // php's shutdown_destructors: lone objects of globals, then every other object.
    void call_destructors_at_shutdown();
    void call_shutdown_functions();
    void declare_hoisted_classes(const Script& script);
    runtime::Outcome call_builtin_back(const runtime::BuiltinFunction& builtin, const runtime::Value* args,
                                       uint32_t argc, runtime::Value& result, runtime::Object* self = nullptr);

    ExecState m_state;
    // exit() ran inside a callback: the outer runs of the loop end as exits too.
    bool m_exiting = false;
    mutable uint64_t m_exact_checks = 0; // verify_heap_exactly calls that qualified
};

} // namespace miniphp::vm
