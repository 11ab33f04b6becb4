#include "vm/unwinding.h"

#include <algorithm>
#include <vector>

#include "runtime/engine.h"
#include "runtime/exceptions.h"
#include "runtime/object.h"

namespace miniphp::vm {

namespace {

using runtime::Value;

// Calls the frame was setting up when it was left (cleanup_unfinished_calls).
void release_pending_calls(ExecState& state, Frame* frame)
{
    while (Frame* call = frame->pending_call) {
        frame->pending_call = call->enclosing_pending;
        for (uint32_t i = 0, n = call->slot_count(); i < n; ++i)
            runtime::release_and_clear(call->slots()[i]);
        release_frame_owner(call);
        state.stack.pop(call);
    }
}

void release_slots(Value* slots, uint32_t from, uint32_t to)
{
    // Only refcounted values need work (the stack invariant of frame.h).
    for (uint32_t i = from; i < to; ++i) {
        if (slots[i].is_refcounted())
            runtime::release_and_clear(slots[i]);
    }
}

void release_variables(Frame* frame)
{
    const Function& function = *frame->function;
    Value* slots = frame->slots();
    release_slots(slots, 0, function.num_cvs());
    release_slots(slots, function.frame_slots(), frame->slot_count());
    release_frame_owner(frame);
}

// The innermost try statement whose try, catch or finally blocks hold `op`, or -1.
int innermost_region(const Function& function, uint32_t op)
{
    int found = -1;
    for (size_t i = 0; i < function.try_regions.size(); ++i) {
        const TryRegion& region = function.try_regions[i];
        if (region.try_op > op)
            break;
        if (op < region.catch_op || op < region.finally_end)
            found = static_cast<int>(i);
    }
    return found;
}

// Before landing in a catch or finally block of `landing`: the calls being set up
// and the temporaries live at `op` but not there are released (cleanup_live_vars).
// Kept: the loop variables and finally slots of the statements around the try, and
// the value a return waits with while a finally block around `op` runs.
void release_live_temporaries(ExecState& state, Frame* frame, uint32_t op, const TryRegion& landing)
{
    release_pending_calls(state, frame);
    const Function& function = *frame->function;
    Value* slots = frame->slots();
    std::vector<uint32_t> keep = landing.keep;
    for (const TryRegion& region : function.try_regions) {
        if (region.finally_end == 0 || op < region.finally_op || op >= region.finally_end)
            continue;
        const Value& fast_call = slots[region.fast_call];
        if (!fast_call.is_long())
            continue;
        const Instruction& call = function.executable.code()[fast_call.as_long()];
        if (call.op2_kind == OperandKind::Tmp)
            keep.push_back(slot_index(call.op2));
    }
    for (uint32_t i = function.num_cvs(); i < function.frame_slots(); ++i) {
        if (slots[i].is_refcounted() && std::find(keep.begin(), keep.end(), i) == keep.end())
            runtime::release_and_clear(slots[i]);
    }
}

// The `@` sections around `op` that the exception leaves (all of them when `landing`
// is kNoLanding, the frame being left) end as EndSilence would end them.
constexpr uint32_t kNoLanding = UINT32_MAX;

void end_silence_left(const Frame* frame, uint32_t op, uint32_t landing)
{
    for (const SilenceRange& range : frame->function->silence_ranges) {
        bool holds_op = range.begin <= op && op < range.end;
        bool holds_landing = range.begin <= landing && landing < range.end;
        if (holds_op && !holds_landing)
            runtime::engine().end_silence(static_cast<int>(frame->slots()[range.saved].as_long()));
    }
}

// zend_dispatch_try_catch_finally_helper for the frame `fp`: true with `pc` set
// when a catch or finally block of it takes the exception.
bool land_in_frame(ExecState& state, Frame* fp, const Instruction*& pc)
{
    const Function& function = *fp->function;
    const Instruction* code = function.executable.code();
    auto op = static_cast<uint32_t>(pc - code);
    for (int i = innermost_region(function, op); i >= 0; --i) {
        const TryRegion& region = function.try_regions[i];
        if (op < region.catch_op) {
            end_silence_left(fp, op, region.catch_op);
            release_live_temporaries(state, fp, op, region);
            pc = code + region.catch_op;
            return true;
        }
        if (op < region.finally_op) {
            end_silence_left(fp, op, region.finally_op);
            release_live_temporaries(state, fp, op, region);
            fp->slots()[region.fast_call].copy_from(Value::object(runtime::engine().take_exception()));
            pc = code + region.finally_op;
            return true;
        }
        if (op < region.finally_end) {
            // Thrown inside a finally block: what the block was run for is given up.
            Value& fast_call = fp->slots()[region.fast_call];
            if (fast_call.is_long()) {
                const Instruction& call = code[fast_call.as_long()];
                fast_call.clear_type();
                if (call.op2_kind == OperandKind::Tmp)
                    runtime::release_and_clear(fp->slots()[slot_index(call.op2)]);
            } else if (fast_call.is_object()) {
                runtime::Object* earlier = fast_call.as_object();
                fast_call.clear_type();
                runtime::set_previous(runtime::engine().exception(), earlier);
            }
        }
    }
    return false;
}

} // namespace

void release_frame_owner(Frame* frame)
{
    if (frame->function != nullptr && frame->function->is_closure) {
        frame->this_object = nullptr;
        if (runtime::Object* closure = frame->closure) {
            frame->closure = nullptr;
            runtime::release(Value::object(closure));
        }
        return;
    }
    if (runtime::Object* self = frame->this_object) {
        frame->this_object = nullptr;
        runtime::release(Value::object(self));
    }
}

void release_frame(ExecState& state, Frame* frame, bool keep_variables)
{
    release_pending_calls(state, frame);
    Value* slots = frame->slots();
    if (frame->function == nullptr) {
        release_slots(slots, 0, frame->num_slots);
        return;
    }
    const Function& function = *frame->function;
    // Live temporaries first (cleanup_live_vars), then the variables in slot order.
    release_slots(slots, function.num_cvs(), function.frame_slots());
    if (!keep_variables)
        release_variables(frame);
}

// An exception is leaving `frame`: if it is the constructor run by a `new` (its
// object still sits in one of the caller's temporaries, where the `new` put it),
// the object is marked destructed, as zend_object_store_ctor_failed does for the
// live `new` result: php never runs the destructor of an object whose constructor
// failed.
void mark_failed_construction(const Frame* frame, Frame* caller)
{
    runtime::Object* object = frame->this_object;
    if (object == nullptr || frame->function == nullptr || caller == nullptr || caller->function == nullptr)
        return;
    const runtime::Method* constructor = object->class_entry->constructor();
    if (constructor == nullptr || constructor->user != frame->function)
        return;
    const Function& function = *caller->function;
    const Value* slots = caller->slots();
    for (uint32_t i = function.num_cvs(); i < function.frame_slots(); ++i) {
        if (slots[i].is_object() && slots[i].as_object() == object) {
            object->set_destructor_done();
            return;
        }
    }
}

bool land_exception(ExecState& state, Frame* entry, const Instruction*& pc, Frame*& fp)
{
    for (;;) {
        if (land_in_frame(state, fp, pc)) {
            fp->pc = pc;
            return true;
        }
        if (fp == entry || fp->caller == nullptr)
            return false;
        // Leaving the frame (zend_leave_helper): its temporaries go while it is
        // current, its variables once the caller is current again.
        Frame* frame = fp;
        Frame* caller = frame->caller;
        if (frame->function != nullptr)
            end_silence_left(frame, static_cast<uint32_t>(pc - frame->function->executable.code()), kNoLanding);
        mark_failed_construction(frame, caller);
        release_frame(state, frame, true);
        state.frame = caller;
        release_variables(frame);
        state.stack.pop(frame);
        fp = caller;
        pc = caller->pc;
    }
}

} // namespace miniphp::vm
