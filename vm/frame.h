// A call frame: the header that sits on the VM stack in front of a call's value
// slots, like Zend's zend_execute_data.
//
//   [Frame header][slot 0 .. num_cvs-1: CVs][Tmps][extra arguments]
//
// Arguments are sent straight into the callee's first slots, which are its
// parameters' CVs; arguments beyond the declared parameters go after the Tmps. For a
// builtin, the slots are just the arguments.
#pragma once

#include <cstdint>

#include "runtime/value.h"
#include "vm/bytecode.h"

namespace miniphp::runtime {
struct BuiltinFunction;
}

namespace miniphp::vm {

struct Frame {
    const Function* function = nullptr;               // user code, or
    const runtime::BuiltinFunction* builtin = nullptr; // a builtin
    const Instruction* pc = nullptr;  // instruction being executed (a caller's: its DoCall)
    Frame* caller = nullptr;          // the frame that made the call; null for the script
    Frame* pending_call = nullptr;    // innermost call this frame is setting up
    Frame* enclosing_pending = nullptr; // the caller's previous pending call (nesting f(g()))
    runtime::Value* return_slot = nullptr; // where the return value goes; null: discard
    uint32_t num_args = 0;
    uint32_t num_slots = 0;

    runtime::Value* slots() { return reinterpret_cast<runtime::Value*>(this + 1); }
    const runtime::Value* slots() const { return reinterpret_cast<const runtime::Value*>(this + 1); }

    // Slot of argument `index` (from 0) as SendValue fills it.
    uint32_t argument_slot(uint32_t index) const
    {
        if (function == nullptr || index < function->num_params)
            return index;
        return function->frame_slots() + (index - function->num_params);
    }
    uint32_t num_extra_args() const
    {
        if (function == nullptr || num_args <= function->num_params)
            return 0;
        return num_args - function->num_params;
    }
};

static_assert(sizeof(Frame) % sizeof(runtime::Value) == 0, "slots follow the header aligned");

} // namespace miniphp::vm
