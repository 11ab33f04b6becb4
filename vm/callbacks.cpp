// Calls from builtins back into PHP code (usort's comparison, array_map's callback):
// a nested run of the dispatch loop on the same VM stack, as zend_call_function
// runs a nested execute_ex. The callee's frame is linked under the builtin's, so a
// trace shows "[internal function]: callback(...)" above the builtin's own line.
#include <algorithm>
#include <vector>

#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/object.h"
#include "vm/callables.h"
#include "vm/handlers/general.h"
#include "vm/vm.h"

#include "gc/collector.h"

namespace miniphp::vm {

using runtime::Outcome;
using runtime::Value;

const void* Vm::find_user_function(std::string_view lower_name) const { return m_state.functions.find(lower_name); }

Outcome Vm::call(const runtime::Callable& callable, const Value* args, uint32_t argc, Value& result)
{
    if (callable.user != nullptr)
        return call_user(*static_cast<const Function*>(callable.user), args, argc, result, callable.self,
                         callable.called_scope, callable.closure);
    return call_builtin_back(*callable.builtin, args, argc, result, callable.self);
}

// A callback given to a builtin is seen from the PHP code that called the builtin.
bool Vm::resolve_callable(const Value& value, runtime::Callable& out, std::string& error)
{
    Frame* frame = m_state.frame;
    while (frame != nullptr && frame->function == nullptr)
        frame = frame->caller;
    CallTarget target;
    if (!resolve_call_target(m_state, frame, value, target)) {
        if (target.failure == CallableFailure::ScopeError) {
            // self/parent/static outside a class: not callable, and nothing thrown.
            if (runtime::Object* pending = runtime::engine().take_exception())
                runtime::release(Value::object(pending));
        }
        error = callable_error(target);
        return false;
    }
    out.user = target.user;
    out.builtin = target.builtin;
    out.self = target.self;
    out.called_scope = target.called_scope;
    out.closure = target.closure;
    return true;
}

Value* Vm::caller_variable(std::string_view name, bool create)
{
    Frame* frame = m_state.frame;
    while (frame != nullptr && frame->function == nullptr)
        frame = frame->caller;
    if (frame == nullptr)
        return nullptr;
    if (frame == m_state.main) {
        runtime::String* key = runtime::InternTable::instance().intern(name);
        if (create)
            return &m_state.globals.slot_for(key);
        return const_cast<Value*>(m_state.globals.find(key));
    }
    const Function& function = *frame->function;
    for (uint32_t i = 0; i < function.num_cvs(); ++i)
        if (function.cv_names[i] == name)
            return &frame->slots()[i];
    return nullptr;
}

Outcome Vm::call_user(const Function& function, const Value* args, uint32_t argc, Value& result,
                      runtime::Object* self, const runtime::Class* called_scope, runtime::Object* closure)
{
    for (uint32_t i = 0; i < argc && i < function.param_by_ref.size(); ++i) {
        if (function.param_by_ref[i] && !args[i].is_reference())
            runtime::warning(runtime::format("%s(): Argument #%u ($%s) must be passed by reference, value given",
                                             function.name.c_str(), i + 1, function.cv_names[i].c_str()));
    }
    uint32_t extra = argc > function.num_params ? argc - function.num_params : 0;
    Frame* caller = m_state.frame;
    Frame* frame = m_state.stack.push(function.frame_slots() + extra);
    frame->function = &function;
    frame->caller = caller;
    frame->return_slot = &result;
    frame->num_args = argc;
    if (closure != nullptr) {
        // A closure's frame holds the closure, and borrows its $this.
        ++closure->header.refcount;
        frame->closure = closure;
        frame->this_object = self;
    } else if (self != nullptr) {
        ++self->header.refcount;
        frame->this_object = self;
    }
    frame->called_scope = called_scope;
    Value* slots = frame->slots();
    for (uint32_t i = 0; i < argc; ++i) {
        // zend_call_function: a by-reference parameter takes a reference as it is; a
        // by-value one takes the value (a by-reference parameter given a value
        // warned above).
        bool by_reference = i < function.param_by_ref.size() && function.param_by_ref[i];
        runtime::copy_value(slots[i], by_reference ? args[i] : runtime::deref(args[i]));
    }
    if (argc > function.num_params)
        move_extra_arguments(frame);
    frame->pc = function.executable.code() + std::min(argc, function.recv_prefix);
    m_state.frame = frame;
#ifdef MINIPHP_DEBUG
    const Instruction* live_pc = m_state.live_pc;
#endif
    Completion completion = execute(frame);
#ifdef MINIPHP_DEBUG
    m_state.live_pc = live_pc;
#endif
    if (completion == Completion::Returned) {
        // Return popped the frame and made the caller current again; a destructor run
        // by its release may have thrown.
        if (runtime::engine().has_exception()) {
            runtime::release(result);
            result = Value::null();
            return Outcome::Threw;
        }
        return Outcome::Ok;
    }
    // Unwinding released the frame but left it on the stack.
    m_state.stack.pop(frame);
    m_state.frame = caller;
    if (completion == Completion::Exited)
        m_exiting = true;
    return Outcome::Threw;
}

Outcome Vm::call_builtin_back(const runtime::BuiltinFunction& builtin, const Value* args, uint32_t argc,
                              Value& result, runtime::Object* self)
{
    // A frame for traces: the header and the arguments right behind it, as on the
    // VM stack.
    std::vector<Value> storage(sizeof(Frame) / sizeof(Value) + argc);
    auto* frame = new (storage.data()) Frame();
    frame->builtin = &builtin;
    frame->caller = m_state.frame;
    frame->num_args = argc;
    frame->num_slots = argc;
    Value* slots = frame->slots();
    for (uint32_t i = 0; i < argc; ++i)
        runtime::copy_value(slots[i], builtin.takes_by_reference(i) ? args[i] : runtime::deref(args[i]));
    Frame* caller = m_state.frame;
    m_state.frame = frame;
    result = Value::null();
    frame->this_object = self; // borrowed: the callback value holds it
    runtime::BuiltinCall call{&builtin, slots, argc, &result, self};
    Outcome outcome = runtime::call_builtin(call);
    m_state.frame = caller;
    for (uint32_t i = 0; i < argc; ++i)
        runtime::release_and_clear_nogc(slots[i]);
    return outcome;
}

} // namespace miniphp::vm

namespace miniphp::vm {

// zend_objects_destroy_object: the destructor runs with no exception pending; one
// pending before it is kept aside and comes back afterwards, as the `previous` of
// any exception the destructor threw.
void Vm::run_destructor(runtime::Object* object)
{
    const runtime::Method* destructor = object->class_entry->destructor();
    if (destructor == nullptr || destructor->user == nullptr)
        return;
    runtime::Object* pending = runtime::engine().take_exception();
    Value result = Value::null();
    (void)call_user(*destructor->user, nullptr, 0, result, object, object->class_entry);
    runtime::release(result);
    if (pending == nullptr)
        return;
    if (runtime::engine().has_exception())
        runtime::set_previous(runtime::engine().exception(), pending);
    else
        runtime::engine().restore_exception(pending);
}

} // namespace miniphp::vm

namespace miniphp::vm {

// A temporary is released without being offered as a root, so one that lives across
// a collection (a foreach's copy of its array) is offered here. The operands of the
// instruction each frame is at are not live any more, as in php's live ranges.
void Vm::root_live_temporaries()
{
    for (Frame* frame = m_state.frame; frame != nullptr; frame = frame->caller) {
        const Function* function = frame->function;
        if (function == nullptr)
            continue;
        const Instruction* pc = frame->pc;
        Value* slots = frame->slots();
        for (uint32_t i = function->num_cvs(), n = function->frame_slots(); i < n; ++i) {
            if (!slots[i].is_refcounted())
                continue;
            if (pc != nullptr && ((pc->op1_kind == OperandKind::Tmp && slot_index(pc->op1) == i) ||
                                  (pc->op2_kind == OperandKind::Tmp && slot_index(pc->op2) == i)))
                continue;
            gc::Refcounted* counted = slots[i].as_counted();
            if ((counted->type_info & (gc::Refcounted::kInfoMask | gc::NotCollectable)) == 0)
                runtime::check_possible_root(counted);
        }
    }
}

} // namespace miniphp::vm
