#include "vm/vm.h"

#include <cassert>

#include "runtime/object.h"
#include "runtime/object_store.h"
#include "runtime/output.h"
#include "vm/handlers/objects.h"
#include "vm/loader.h"

namespace miniphp::vm {

namespace {

// The VM whose script is running: the runtime's destructor hook reaches it here.
Vm* g_running = nullptr;

} // namespace

Vm::Vm() = default;

Vm::~Vm()
{
    if (runtime::engine().exception().has_value())
        (void)runtime::engine().take_exception();
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
    // their names are free.
    for (uint32_t index : script.hoisted_classes) {
        std::string error;
        bool fatal = false;
        [[maybe_unused]] const runtime::Class* declared = m_state.classes.declare(*script.classes[index], error, fatal);
        assert(declared != nullptr);
    }
}

int Vm::run(Script& script)
{
    load(script);
    m_state.script = &script;
    runtime::engine().set_hooks(this);
    g_running = this;
    runtime::set_destructor_hook([](runtime::Object* object) { g_running->run_destructor(object); });
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
    declare_hoisted_classes(script);
    try {
        Completion completion = execute(frame);
        if (completion == Completion::Threw) {
            report_uncaught(runtime::engine().take_exception());
            m_state.exit_status = 255;
        }
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
    // Calls that were being set up when the frame was left (cleanup_unfinished_calls).
    while (Frame* call = frame->pending_call) {
        frame->pending_call = call->enclosing_pending;
        for (uint32_t i = 0, n = call->slot_count(); i < n; ++i)
            runtime::release_and_clear(call->slots()[i]);
        if (runtime::Object* self = call->this_object) {
            call->this_object = nullptr;
            runtime::release(runtime::Value::object(self));
        }
        m_state.stack.pop(call);
    }
    runtime::Value* slots = frame->slots();
    // Only refcounted values need work (the stack invariant of frame.h).
    auto release_range = [slots](uint32_t from, uint32_t to) {
        for (uint32_t i = from; i < to; ++i) {
            if (slots[i].is_refcounted())
                runtime::release_and_clear(slots[i]);
        }
    };
    if (frame->function == nullptr) {
        release_range(0, frame->num_slots);
        return;
    }
    const Function& function = *frame->function;
    // Live temporaries first (cleanup_live_vars), then the variables in slot order.
    release_range(function.num_cvs(), function.frame_slots());
    if (keep_variables)
        return;
    release_range(0, function.num_cvs());
    release_range(function.frame_slots(), frame->slot_count());
    if (runtime::Object* self = frame->this_object) {
        frame->this_object = nullptr;
        runtime::release(runtime::Value::object(self));
    }
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

void Vm::report_uncaught(const runtime::PendingException& exception)
{
    std::string text = "Uncaught " + exception.class_name;
    if (!exception.message.empty())
        text += ": " + exception.message;
    // Exception::__toString: an argument error naming its call site also names where
    // the function is defined (the exception's file and line).
    if ((exception.class_name == "TypeError" || exception.class_name == "ArgumentCountError") &&
        exception.message.find(", called in ") != std::string::npos)
        text += " and defined";
    text += " in " + exception.file + ":" + std::to_string(exception.line) + "\nStack trace:\n" + exception.trace +
            "\n  thrown";
    runtime::report_error("Fatal error", text, exception.file, exception.line);
}

void Vm::report_fatal(const runtime::FatalError& error)
{
    runtime::report_error("Fatal error", error.what(), error.file, error.line);
}

// shutdown_destructors: passes over the global symbol table, last entry first,
// releasing every global that holds an object nobody else holds, repeated while a
// pass removes something; then the destructor of every object still alive, in handle
// order. An exception escaping a destructor here is reported as uncaught and no
// other destructor runs.
void Vm::call_destructors_at_shutdown()
{
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
    call_destructors_at_shutdown();
    runtime::Output::instance().flush();
    m_state.frame = m_state.main;
    try {
        m_state.globals.destroy();
        release_frame(m_state.main, false);
    } catch (const runtime::FatalError& error) {
        report_fatal(error);
        m_state.exit_status = 255;
    }
    m_state.stack.pop(m_state.main);
    m_state.main = nullptr;
    m_state.frame = nullptr;
    runtime::ObjectStore::instance().free_all();
    runtime::ObjectStore::instance().reset();
}

} // namespace miniphp::vm
