// A call frame: the header that sits on the VM stack in front of a call's value
// slots, like Zend's zend_execute_data.
//
//   [Frame header][slot 0 .. num_cvs-1: CVs][Tmps][extra arguments]
//
// Arguments are sent straight into the callee's first slots, which are its
// parameters' CVs. Arguments beyond the declared parameters are sent after them too
// and moved behind the Tmps when the call starts (as zend_copy_extra_args does). For
// a builtin, the slots are just the arguments.
//
// Invariant of the VM stack (what makes a cheap push possible): memory above the
// stack top never holds a Value flagged refcounted. A frame's slots are released or
// moved out before it is popped (a Tmp is cleared when it is consumed, CVs when the
// frame returns), its header is cleared when it is popped (its pointers could read
// as refcounted values in a later frame's slots), and a fresh stack page is zeroed.
// So a new frame only has to clear the CVs no argument fills: its Tmps may hold
// stale numbers, which nothing reads before writing and which unwinding ignores.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/value.h"
#include "vm/bytecode.h"

namespace miniphp::runtime {
struct BuiltinFunction;
struct Object;
class Class;
}

namespace miniphp::vm {

struct Frame {
    const Instruction* pc;            // executable instruction being run (a caller's: its DoCall)
    const Function* function;         // user code, or
    union {
        const runtime::BuiltinFunction* builtin; // a builtin
        // A closure's code (function->is_closure): the Closure, held by the frame.
        // A closure frame's this_object is the closure's, not counted again.
        runtime::Object* closure;
    };
    Frame* caller;                    // the frame that made the call; null for the script
    Frame* pending_call;              // innermost call this frame is setting up
    Frame* enclosing_pending;         // while set up: the caller's previous pending call (f(g()))
    runtime::Value* return_slot;      // where the return value goes; null: discard
    runtime::Object* this_object;     // $this of a method call (the frame owns one reference)
    const runtime::Class* called_scope; // static:: of a method call; null for a function
    uint32_t num_args;
    uint32_t num_slots; // a builtin frame's slots (a user frame's follow from its function)

    runtime::Value* slots() { return reinterpret_cast<runtime::Value*>(this + 1); }
    const runtime::Value* slots() const { return reinterpret_cast<const runtime::Value*>(this + 1); }

    // Slot of argument `index` (from 0) once the call has started.
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
    // Every slot of the frame: CVs, Tmps and extra arguments.
    uint32_t slot_count() const
    {
        return function == nullptr ? num_slots : function->frame_slots() + num_extra_args();
    }
};

static_assert(sizeof(Frame) == 80 && sizeof(Frame) % sizeof(runtime::Value) == 0,
              "slots follow the header aligned");

// Byte offset from a frame's start to its slot `index` (an executable operand).
constexpr uint32_t slot_offset(uint32_t index)
{
    return static_cast<uint32_t>(sizeof(Frame) + size_t(index) * sizeof(runtime::Value));
}
constexpr uint32_t slot_index(uint32_t offset)
{
    return static_cast<uint32_t>((offset - sizeof(Frame)) / sizeof(runtime::Value));
}

} // namespace miniphp::vm
