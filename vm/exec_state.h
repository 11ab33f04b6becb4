// ExecState: what the VM's handlers reach besides the pc and the current frame, like
// the part of Zend's executor globals the VM uses: the stack of frames, the declared
// functions, the global scope, and where the innermost frame is.
#pragma once

#include "vm/bytecode.h"
#include "vm/class_table.h"
#include "vm/frame.h"
#include "vm/function_table.h"
#include "vm/global_scope.h"
#include "vm/vm_stack.h"

namespace miniphp::vm {

// How a run of the dispatch loop ended.
enum class Completion { Returned, Threw, Exited };

struct ExecState {
    VmStack stack;
    FunctionTable functions;
    ClassTable classes;
    GlobalScope globals;
    Script* script = nullptr; // class declarations move their defaults out of it
    // The innermost frame, for messages and traces: kept current at every call and
    // return (the dispatch loop itself works from its fp register).
    Frame* frame = nullptr;
    Frame* main = nullptr;
    int exit_status = 0;
#ifdef MINIPHP_DEBUG
    // The instruction the dispatch loop is running, recorded at every dispatch in
    // debug builds only: current_location() checks that whatever asks where
    // execution is finds the pc saved (handlers save it only where it can be seen).
    const Instruction* live_pc = nullptr;
#endif
};

} // namespace miniphp::vm
