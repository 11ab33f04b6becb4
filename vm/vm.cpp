#include "vm/vm.h"

#include <cassert>

#include "runtime/output.h"
#include "vm/loader.h"

namespace miniphp::vm {

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

int Vm::run(Script& script)
{
    load(script);
    m_state.script = &script;
    runtime::engine().set_hooks(this);
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
        Completion completion = execute(frame);
        if (completion == Completion::Threw) {
            report_uncaught(runtime::engine().take_exception());
            m_state.exit_status = 255;
        }
    } catch (const runtime::FatalError& error) {
        report_fatal(error);
        unwind(m_state.main);
        m_state.exit_status = 255;
    }
    shutdown();
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
    text += " in " + exception.file + ":" + std::to_string(exception.line) + "\nStack trace:\n" + exception.trace +
            "\n  thrown";
    runtime::report_error("Fatal error", text, exception.file, exception.line);
}

void Vm::report_fatal(const runtime::FatalError& error)
{
    runtime::report_error("Fatal error", error.what(), error.file, error.line);
}

// php_request_shutdown, reduced to what exists so far: output is flushed, then the
// global symbol table is destroyed in reverse order.
void Vm::shutdown()
{
    runtime::Output::instance().flush();
    m_state.frame = m_state.main;
    m_state.globals.destroy();
    release_frame(m_state.main, false);
    m_state.stack.pop(m_state.main);
    m_state.main = nullptr;
    m_state.frame = nullptr;
}

} // namespace miniphp::vm
