// Where execution is and how it got there, as php's exceptions record it
// (zend_fetch_debug_backtrace).
#include <cassert>
#include <string>

#include "runtime/array.h"
#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/closure.h"
#include "runtime/reference.h"
#include "runtime/string.h"
#include "vm/vm.h"

namespace miniphp::vm {

namespace {

// The innermost frame running user code (builtins have no line of their own).
const Frame* user_frame(const Frame* frame)
{
    while (frame != nullptr && frame->function == nullptr)
        frame = frame->caller;
    return frame;
}

// A key of a frame array, as php's known strings are: interned.
runtime::String* key(std::string_view name) { return runtime::InternTable::instance().intern(name); }

void add(runtime::Array* frame, std::string_view name, runtime::Value value)
{
    frame->lookup_or_insert(key(name))->copy_from(value);
}

runtime::Value string_value(std::string_view text) { return runtime::Value::string(runtime::String::create(text)); }

// The arguments a frame was called with, as they are now (debug_backtrace_get_args).
runtime::Array* frame_arguments(const Frame& frame)
{
    if (frame.num_args == 0)
        return runtime::Array::empty();
    runtime::Array* args = runtime::Array::create_packed(frame.num_args);
    for (uint32_t i = 0; i < frame.num_args; ++i) {
        const runtime::Value& v = runtime::deref(frame.slots()[frame.argument_slot(i)]);
        runtime::Value* slot = args->append();
        if (v.is_undef())
            slot->copy_from(runtime::Value::null());
        else
            runtime::copy_value(*slot, v);
    }
    return args;
}

} // namespace

runtime::SourceLocation Vm::current_location() const
{
    const Frame* frame = user_frame(m_state.frame);
    if (frame == nullptr || m_state.script == nullptr)
        return {runtime::engine().script_name(), 0};
#ifdef MINIPHP_DEBUG
    // A handler that lets something observe the location must have saved its pc
    // (or that of its OpData, which is part of the same operation and on its line).
    assert(m_state.live_pc == nullptr || frame->pc == m_state.live_pc ||
           (frame->pc == m_state.live_pc + 1 && frame->pc->opcode == Opcode::OpData));
#endif
    return {frame->function->file, frame->pc != nullptr ? frame->pc->line : 0};
}

runtime::Array* Vm::backtrace() const
{
    runtime::Array* trace = runtime::Array::create();
    for (const Frame* frame = m_state.frame; frame != nullptr && frame->caller != nullptr; frame = frame->caller) {
        runtime::Array* entry = runtime::Array::create();
        // Called from a builtin (a callback): php names no file and line.
        if (const Frame* call_site = frame->caller; call_site->function != nullptr) {
            add(entry, "file", string_value(call_site->function->file));
            add(entry, "line", runtime::Value::integer(call_site->pc->line));
        }
        std::string_view class_name;
        std::string_view function_name;
        if (frame->function != nullptr) {
            function_name = frame->function->name;
            if (frame->function->is_closure) {
                if (const runtime::Class* scope = runtime::closure_data(frame->closure)->scope)
                    class_name = scope->name();
            } else if (frame->function->scope != nullptr) {
                class_name = frame->function->scope->name();
            }
        } else {
            // A built-in method is registered as "Class::method".
            function_name = frame->builtin->name;
            if (size_t colons = function_name.find("::"); colons != std::string_view::npos) {
                class_name = function_name.substr(0, colons);
                function_name.remove_prefix(colons + 2);
            }
        }
        add(entry, "function", string_value(function_name));
        if (!class_name.empty()) {
            add(entry, "class", string_value(class_name));
            add(entry, "type", runtime::Value::string(key(frame->this_object != nullptr ? "->" : "::")));
        }
        add(entry, "args", runtime::Value::array(frame_arguments(*frame)));
        trace->append()->copy_from(runtime::Value::array(entry));
    }
    return trace;
}

} // namespace miniphp::vm
