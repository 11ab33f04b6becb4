#include "vm/vm.h"

#include <cassert>
#include <cstdlib>
#include <string_view>

#include "gc/collector.h"
#include "runtime/array.h"
#include "runtime/closure.h"
#include "runtime/collector_hooks.h"
#include "runtime/conversions.h"
#include "runtime/exceptions.h"
#include "runtime/ini.h"
#include "runtime/object.h"
#include "runtime/object_store.h"
#include "runtime/ini.h"
#include "runtime/output.h"
#include "runtime/property_access.h"
#include "runtime/reference.h"
#include "runtime/string.h"
#include "vm/handlers/objects.h"
#include "vm/closure_methods.h"
#include "vm/loader.h"
#include "vm/property_types.h"
#include "vm/unwinding.h"

namespace miniphp::vm {

using runtime::Value;

namespace {

// The VM whose script is running: the runtime's destructor hook reaches it here.
Vm* g_running = nullptr;

// While alive, no PHP code is running (php's end of request): what is called then
// (shutdown functions, destructors) shows "[internal function]" in traces.
class InternalCaller {
public:
    explicit InternalCaller(ExecState& state) : m_state(state) { state.frame = &m_frame; }
    ~InternalCaller() { m_state.frame = m_state.main; }
    InternalCaller(const InternalCaller&) = delete;
    InternalCaller& operator=(const InternalCaller&) = delete;

private:
    ExecState& m_state;
    Frame m_frame{};
};

} // namespace

Vm::Vm() = default;

Vm::~Vm()
{
    if (runtime::Object* pending = runtime::engine().take_exception())
        runtime::release(runtime::Value::object(pending));
}

void Vm::declare_hoisted_functions(const Script& script)
{
    // The compiler has already refused a name that is taken (ScriptCompiler::bind_function).
    for (uint32_t index : script.hoisted) {
        std::string error;
        [[maybe_unused]] bool declared = m_state.functions.declare(*script.functions[index], error);
        assert(declared);
    }
}

void Vm::declare_hoisted_classes(const Script& script)
{
    // The compiler has bound these early: their parents are hoisted before them and
    // their names are free. What inheritance still finds wrong (an abstract method
    // left) is a compile-time fatal error in php: nothing has run yet.
    for (uint32_t index : script.hoisted_classes) {
        std::string error;
        bool fatal = false;
        ClassDecl& decl = *script.classes[index];
        if (m_state.classes.declare(decl, error, fatal) == nullptr)
            throw runtime::FatalError(error, script.file, decl.line);
    }
}

Vm* Vm::running() { return g_running; }

int Vm::run(Script& script)
{
    load(script);
    m_state.script = &script;
    runtime::engine().set_hooks(this);
    g_running = this;
    runtime::set_destructor_hook([](runtime::Object* object) { g_running->run_destructor(object); });
    runtime::install_collector_hooks();
    gc::collector().set_after_collection([] { g_running->root_live_temporaries(); });
    gc::collector().set_enabled(runtime::Ini::instance().flag("zend.enable_gc")); // gc_init at startup
    install_closure_methods();
    runtime::set_property_type_check(check_property_type);
    for (const auto& function : script.functions)
        function->default_cache.assign(function->default_cache.size(), runtime::Value{});

    const Function& main = *script.main;
    Frame* frame = m_state.stack.push(main.frame_slots());
    frame->function = &main;
    frame->pc = main.executable.code();
    m_state.main = frame;
    m_state.globals.bind(script, frame->slots());
    m_state.frame = frame;

    declare_hoisted_functions(script);
    try {
        declare_hoisted_classes(script);
        Completion completion = execute(frame);
        if (completion == Completion::Threw)
            handle_uncaught(runtime::engine().take_exception());
    } catch (const runtime::FatalError& error) {
        report_fatal(error);
        // After a fatal error php runs no more destructors (zend_objects_store_mark_destructed).
        runtime::ObjectStore::instance().mark_destructed();
        unwind(m_state.main);
        m_state.exit_status = 255;
    }
    shutdown();
    runtime::set_destructor_hook(nullptr);
    g_running = nullptr;
    runtime::engine().set_hooks(nullptr);
    return m_state.exit_status;
}

void Vm::release_frame(Frame* frame, bool keep_variables)
{
    vm::release_frame(m_state, frame, keep_variables);
}

void Vm::unwind(Frame* entry)
{
    for (;;) {
        Frame* frame = m_state.frame;
        release_frame(frame, frame == m_state.main);
        if (frame == entry)
            return;
        m_state.frame = frame->caller;
        m_state.stack.pop(frame);
    }
}

// zend_user_exception_handler: set_exception_handler's callback gets an exception
// nothing caught (and the script ends normally); without one, or when it throws in
// turn, the exception is a fatal error.
void Vm::handle_uncaught(runtime::Object* exception)
{
    Value handler = runtime::user_exception_handler();
    if (!handler.is_null()) {
        runtime::user_exception_handler() = Value::null(); // called once, as php does
        runtime::Callable callable;
        std::string error;
        if (resolve_callable(handler, callable, error)) {
            Value args[1] = {Value::object(exception)};
            Value result = Value::null();
            runtime::Outcome outcome = call(callable, args, 1, result);
            runtime::release(result);
            runtime::release(handler);
            runtime::release(args[0]);
            if (outcome == runtime::Outcome::Ok)
                return;
            exception = runtime::engine().take_exception();
            if (exception == nullptr)
                return; // exit() in the handler
        } else {
            runtime::release(handler);
        }
    }
    report_uncaught(exception);
    m_state.exit_status = 255;
}

// zend_exception_error: the text is what the exception's __toString gives (a user
// override included), the place its file and line properties.
void Vm::report_uncaught(runtime::Object* exception)
{
    runtime::Value text = runtime::Value::null();
    const runtime::Method* to_string = exception->class_entry->magic_to_string();
    if (to_string != nullptr && to_string->user != nullptr) {
        runtime::Value result = runtime::Value::null();
        if (call_user(*to_string->user, nullptr, 0, result, exception, exception->class_entry) == runtime::Outcome::Ok &&
            result.is_string())
            runtime::copy_value(text, result);
        runtime::release(result);
        if (runtime::Object* inner = runtime::engine().take_exception()) {
            runtime::Value file = runtime::deref(inner->slots[runtime::kFileSlot]);
            runtime::Value line = runtime::deref(inner->slots[runtime::kLineSlot]);
            runtime::report_error("Warning",
                                  "Uncaught " + inner->class_entry->name() +
                                      " in exception handling during call to " + exception->class_entry->name() +
                                      "::__toString()",
                                  file.is_string() ? file.as_string()->view() : "Unknown",
                                  line.is_long() ? static_cast<uint32_t>(line.as_long()) : 0);
            runtime::release(runtime::Value::object(inner));
        }
    } else {
        text = runtime::Value::string(runtime::String::create(runtime::throwable_to_string(exception)));
    }
    std::string message = "Uncaught ";
    runtime::append_string(message, text);
    message += "\n  thrown";
    runtime::release(text);
    std::string file;
    runtime::append_string(file, runtime::deref(exception->slots[runtime::kFileSlot]));
    auto line = static_cast<uint32_t>(runtime::to_long(runtime::deref(exception->slots[runtime::kLineSlot])));
    runtime::report_error("Fatal error", message, file.empty() ? "Unknown" : file, line);
    runtime::release(runtime::Value::object(exception));
}

void Vm::report_fatal(const runtime::FatalError& error)
{
    runtime::report_error("Fatal error", error.what(), error.file, error.line);
}

// php_call_shutdown_functions: each registered callback in turn (those registered
// meanwhile too); an uncaught exception or exit ends the list.
void Vm::call_shutdown_functions()
{
    std::vector<Value> call;
    runtime::Engine& engine = runtime::engine();
    InternalCaller internal(m_state);
    try {
        while (engine.take_shutdown_function(call)) {
            runtime::Callable callable;
            std::string error;
            Value result = Value::null();
            runtime::Outcome outcome = runtime::Outcome::Ok;
            if (resolve_callable(call[0], callable, error))
                outcome = this->call(callable, call.data() + 1, static_cast<uint32_t>(call.size() - 1), result);
            runtime::release(result);
            for (const Value& v : call)
                runtime::release(v);
            call.clear();
            if (outcome == runtime::Outcome::Threw) {
                if (runtime::Object* exception = engine.take_exception()) {
                    report_uncaught(exception);
                    m_state.exit_status = 255;
                }
                engine.clear_shutdown_functions();
                return;
            }
        }
    } catch (const runtime::FatalError& error) {
        for (const Value& v : call)
            runtime::release(v);
        engine.clear_shutdown_functions();
        report_fatal(error);
        runtime::ObjectStore::instance().mark_destructed();
        m_state.exit_status = 255;
    }
}

// shutdown_destructors: passes over the global symbol table, last entry first,
// releasing every global that holds an object nobody else holds, repeated while a
// pass removes something; then the destructor of every object still alive, in handle
// order. An exception escaping a destructor here is reported as uncaught and no
// other destructor runs.
void Vm::call_destructors_at_shutdown()
{
    InternalCaller internal(m_state);
    runtime::ObjectStore& store = runtime::ObjectStore::instance();
    auto failed = [this, &store] {
        if (!runtime::engine().has_exception())
            return false;
        report_uncaught(runtime::engine().take_exception());
        m_state.exit_status = 255;
        store.mark_destructed();
        return true;
    };
    try {
        uint32_t symbols = 0;
        do {
            symbols = m_state.globals.size();
            m_state.globals.release_lone_objects();
            if (failed())
                return;
        } while (symbols != m_state.globals.size());
        store.call_destructors_checked([&failed] { return failed(); });
    } catch (const runtime::FatalError& error) {
        report_fatal(error);
        store.mark_destructed();
        m_state.exit_status = 255;
    }
}

// php_request_shutdown, reduced to what exists so far: the destructors, then output
// is flushed, the global symbol table destroyed in reverse order, and what is left
// of the objects freed.
void Vm::shutdown()
{
    m_state.frame = m_state.main;
    // MINIPHP_VERIFY_HEAP=strict: at the end of the script every count must equal
    // the references held to its value.
    if (const char* verify = std::getenv("MINIPHP_VERIFY_HEAP"); verify != nullptr && std::string_view(verify) == "strict") {
        std::vector<gc::Refcounted*> held;
        list_held_values(held);
        gc::collector().verify_counts(held);
    }
    call_shutdown_functions();
    call_destructors_at_shutdown();
    runtime::Output::instance().flush();
    m_state.frame = m_state.main;
    try {
        m_state.globals.release_request_arrays();
        m_state.globals.destroy();
        release_frame(m_state.main, false);
        m_state.classes.release_static_values();
        auto release_statics = [](const Function& function) {
            if (runtime::Array* statics = function.static_values) {
                function.static_values = nullptr;
                runtime::release(Value::array(statics));
            }
        };
        release_statics(*m_state.script->main);
        for (const auto& function : m_state.script->functions)
            release_statics(*function);
        // Every destructor has run by now, so a collection calls no PHP code: it
        // frees the cycles php leaves to its memory manager's wholesale release, so
        // that debug builds can report every other block still allocated as a leak.
        gc::collector().collect_cycles();
    } catch (const runtime::FatalError& error) {
        report_fatal(error);
        m_state.exit_status = 255;
    }
    m_state.stack.pop(m_state.main);
    m_state.main = nullptr;
    m_state.frame = nullptr;
    runtime::ObjectStore::instance().free_all();
    runtime::ObjectStore::instance().reset();
    runtime::engine().forget_last_error();
    runtime::Ini::instance().release_modified();
}

} // namespace miniphp::vm
