// Where a thrown exception lands (Zend's ZEND_HANDLE_EXCEPTION and
// zend_dispatch_try_catch_finally_helper), and releasing what frames hold when they
// are left early.
#pragma once

#include "vm/exec_state.h"
#include "vm/frame.h"

namespace miniphp::vm {

// Releases the object a frame holds: a method's $this, or a closure's Closure (whose
// $this the frame borrows).
void release_frame_owner(Frame* frame);

// An exception is leaving `frame` (or surfaces at the call that ran it): if it is the
// constructor run by a `new`, that object's destructor is never to run
// (zend_object_store_ctor_failed).
void mark_failed_construction(const Frame* frame, Frame* caller);

// Releases what `frame` owns: calls it was setting up, its live temporaries, then
// (unless `keep_variables`) its compiled variables in slot order, its extra
// arguments and $this.
void release_frame(ExecState& state, Frame* frame, bool keep_variables);

// An exception is pending and was thrown at `pc` in `fp`: looks for a catch or
// finally block in that frame, then in its callers (leaving each frame as php does)
// up to `entry`. True: pc and fp are where execution goes on. False: the exception
// leaves `entry`, whose frame is not released yet (pc and fp are entry's).
bool land_exception(ExecState& state, Frame* entry, const Instruction*& pc, Frame*& fp);

} // namespace miniphp::vm
