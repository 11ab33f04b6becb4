#include "vm/vm.h"

#include "runtime/output.h"

namespace miniphp::vm {

Vm::Vm() = default;

Vm::~Vm()
{
    if (runtime::engine().exception().has_value())
        (void)runtime::engine().take_exception();
}

bool Vm::declare_hoisted_functions(const Script& script)
{
    for (uint32_t index : script.hoisted) {
        const Function& function = *script.functions[index];
        std::string error;
        if (!m_functions.declare(function, error)) {
            runtime::report_error("Fatal error", error, function.file, function.start_line);
            return false;
        }
    }
    return true;
}

int Vm::run(const Script& script)
{
    m_script = &script;
    runtime::engine().set_hooks(this);
    for (const auto& function : script.functions) {
        function->call_cache.assign(function->call_cache.size(), CallTarget{});
        function->default_cache.assign(function->default_cache.size(), runtime::Value{});
    }

    const Function& main = *script.main;
    m_main = m_stack.push(main.frame_slots());
    m_main->function = &main;
    m_main->pc = main.code.data();
    m_globals.bind(main, m_main->slots());
    m_frame = m_main;

    if (!declare_hoisted_functions(script)) {
        m_exit_status = 255;
    } else {
        try {
            Completion completion = execute(m_main);
            if (completion == Completion::Threw) {
                report_uncaught(runtime::engine().take_exception());
                m_exit_status = 255;
            }
        } catch (const runtime::FatalError& error) {
            report_fatal(error);
            unwind(m_main);
            m_exit_status = 255;
        }
    }
    shutdown();
    runtime::engine().set_hooks(nullptr);
    return m_exit_status;
}

void Vm::release_frame(Frame* frame, bool keep_variables)
{
    // Calls that were being set up when the frame was left (cleanup_unfinished_calls).
    while (Frame* call = frame->pending_call) {
        frame->pending_call = call->enclosing_pending;
        for (uint32_t i = 0; i < call->num_slots; ++i)
            runtime::release_and_clear(call->slots()[i]);
        m_stack.pop(call);
    }
    runtime::Value* slots = frame->slots();
    // Only refcounted values need work; most slots of a returning frame hold numbers.
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
    release_range(function.frame_slots(), frame->num_slots);
}

void Vm::unwind(Frame* entry)
{
    for (;;) {
        Frame* frame = m_frame;
        release_frame(frame, frame == m_main);
        if (frame == entry)
            return;
        m_frame = frame->caller;
        m_stack.pop(frame);
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
    m_frame = m_main;
    m_globals.destroy();
    release_frame(m_main, false);
    m_stack.pop(m_main);
    m_main = nullptr;
    m_frame = nullptr;
}

} // namespace miniphp::vm
