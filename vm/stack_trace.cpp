// Where execution is and how it got there, as php's exceptions record it
// (zend_fetch_debug_backtrace and zend_exceptions.c's trace string).
#include <cassert>
#include <cmath>
#include <string>

#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/ini.h"
#include "runtime/conversions.h"
#include "runtime/object.h"
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

// smart_str_append_escaped: C escapes for control characters and backslashes,
// \xHH for other bytes outside printable ASCII.
void append_escaped(std::string& out, std::string_view s)
{
    static const char kHex[] = "0123456789ABCDEF";
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\f': out += "\\f"; continue;
        case '\v': out += "\\v"; continue;
        case '\\': out += "\\\\"; continue;
        case 27: out += "\\e"; continue;
        default: break;
        }
        if (c < 32 || c > 126) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
}

// One argument as a trace shows it (_build_trace_args).
void append_trace_argument(std::string& out, const runtime::Value& given)
{
    const runtime::Value& v = runtime::deref(given);
    switch (v.type()) {
    case runtime::Type::Undef:
    case runtime::Type::Null: out += "NULL"; break;
    case runtime::Type::False: out += "false"; break;
    case runtime::Type::True: out += "true"; break;
    case runtime::Type::Long: out += std::to_string(v.as_long()); break;
    case runtime::Type::Double: {
        // smart_str_append_double with zero_frac: finite integral values keep ".0".
        double d = v.as_double();
        std::string text = runtime::format_double_precision(d, runtime::float_precision());
        if (std::isfinite(d) && text.find_first_of(".eE") == std::string::npos)
            text += ".0";
        out += text;
        break;
    }
    case runtime::Type::String: {
        std::string_view s = v.as_string()->view();
        out += '\'';
        append_escaped(out, s.substr(0, 15));
        if (s.size() > 15)
            out += "...";
        out += '\'';
        break;
    }
    case runtime::Type::Array: out += "Array"; break;
    case runtime::Type::Object:
        out += "Object(";
        out += v.as_object()->class_entry->name();
        out += ')';
        break;
    default: out += "Object"; break;
    }
}

std::string_view frame_function_name(const Frame& frame)
{
    if (frame.function != nullptr)
        return frame.function->name;
    return frame.builtin->name;
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

std::string Vm::stack_trace() const
{
    std::string out;
    int index = 0;
    for (const Frame* frame = m_state.frame; frame != nullptr && frame->caller != nullptr; frame = frame->caller) {
        // Called from a builtin (a callback): php names no file and line.
        const Frame* call_site = frame->caller->function != nullptr ? frame->caller : nullptr;
        out += '#';
        out += std::to_string(index++);
        out += ' ';
        if (call_site != nullptr) {
            out += call_site->function->file;
            out += '(';
            out += std::to_string(call_site->pc->line);
            out += "): ";
        } else {
            out += "[internal function]: ";
        }
        // A method is named after the class declaring it (zend_fetch_debug_backtrace).
        if (frame->function != nullptr && frame->function->scope != nullptr) {
            out += frame->function->scope->name();
            out += frame->this_object != nullptr ? "->" : "::";
        }
        out.append(frame_function_name(*frame));
        out += '(';
        for (uint32_t i = 0; i < frame->num_args; ++i) {
            if (i > 0)
                out += ", ";
            append_trace_argument(out, frame->slots()[frame->argument_slot(i)]);
        }
        out += ")\n";
    }
    out += '#';
    out += std::to_string(index);
    out += " {main}";
    return out;
}

} // namespace miniphp::vm
