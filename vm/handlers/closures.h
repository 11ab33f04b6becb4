// Handlers that make closures and call callable values.
#pragma once

#include "runtime/closure.h"
#include "vm/handlers/calls.h"
#include "vm/handlers/general.h"
#include "vm/handlers/objects.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm {

Outcome declare_closure(ExecState& st, const Instruction* pc, Frame* fp);
Outcome bind_lexical(const Instruction* pc, Frame* fp);
Outcome init_dynamic_call(ExecState& st, const Instruction* pc, Frame* fp);
Outcome init_user_call_array(ExecState& st, const Instruction* pc, Frame* fp);
Outcome fetch_class_name(ExecState& st, const Instruction* pc, Frame* fp);
Outcome callable_convert(ExecState& st, const Instruction* pc, Frame* fp);

// InitDynamicCall's `extended`: the argument count, and this bit for a call made by
// call_user_func (whose errors are its TypeErrors).
inline constexpr uint32_t kUserCall = 1u << 31;

namespace handlers {

// $f(...) on a variable holding a Closure of PHP code (not a fake one): the frame is
// pushed right here, holding the closure, with the closure's $this (which the
// closure holds) and static:: (resolve_call_target's closure case). Anything else
// takes the general path.
template <class S>
[[gnu::always_inline]] inline Step InitDynamicCall(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (pc->op1_kind == OperandKind::Cv) {
        const Value& callee = slot_at(fp, pc->op1);
        if (callee.is_object() && callee.as_object()->class_entry == runtime::closure_class()) {
            runtime::Object* closure = callee.as_object();
            // closure_data(), knowing the class already (closure.h: the data sits in
            // the object's `reserved` word).
            const auto* data = static_cast<const runtime::ClosureData*>(closure->reserved);
            const Function* function = data->function;
            if (function != nullptr && function->is_closure) [[likely]] {
                uint32_t argc = pc->extended & ~kUserCall;
                uint32_t extra = argc > function->num_params ? argc - function->num_params : 0;
                Frame* call = push_call(r, function->frame_size + extra * sizeof(Value), argc);
                call->function = function;
                ++closure->header.refcount;
                call->closure = closure;
                call->this_object = data->this_object;
                call->called_scope = data->called_scope;
                call->num_slots = argc;
                return r.next();
            }
        }
    }
    return checked(r, [&] { return init_dynamic_call(r.st, r.pc(), r.fp()); });
}

// clang-format off
template <class S> [[gnu::always_inline]] inline Step DeclareClosure(Regs& r)  { return checked(r, [&] { return declare_closure(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step BindLexical(Regs& r)     { return checked(r, [&] { return bind_lexical(r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step InitUserCallArray(Regs& r) { return checked(r, [&] { return init_user_call_array(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step FetchClassName(Regs& r)  { return checked(r, [&] { return fetch_class_name(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step CallableConvert(Regs& r) { return checked(r, [&] { return callable_convert(r.st, r.pc(), r.fp()); }); }
// clang-format on

} // namespace handlers
} // namespace miniphp::vm
