// Handlers of the class and object opcodes. The property and method instructions
// first try their run-time cache (object_cache.h): on an object of the class they
// last saw, they reach the property's slot or the method
// directly. Otherwise, and for every other opcode, they take their general paths
// (objects.cpp), which fill the caches; any of these may release an object whose
// destructor throws, so each one checks for a pending exception afterwards.
#pragma once

#include <cstdint>

#include "runtime/class.h"
#include "runtime/engine.h"
#include "vm/handlers/calls.h"
#include "vm/handlers/general.h"
#include "vm/handlers/object_cache.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm {

Outcome declare_class(ExecState& st, const Instruction* pc);
// Creates the object into the result; `calls_constructor` when its constructor's
// call was started (else the arguments and the call are skipped).
Outcome new_object(ExecState& st, const Instruction* pc, Frame* fp, bool& calls_constructor);
Outcome fetch_this(const Instruction* pc, Frame* fp);
Outcome fetch_object_property(const Instruction* pc, Frame* fp, bool quiet);
Outcome fetch_object_for_write(const Instruction* pc, Frame* fp);
Outcome fetch_property_for_argument(const Instruction* pc, Frame* fp);
Outcome assign_object(const Instruction* pc, Frame* fp);
Outcome assign_object_op(const Instruction* pc, Frame* fp);
Outcome increment_object(const Instruction* pc, Frame* fp);
// The part of AssignObjOp after the property's slot is found (the object held by the
// caller): the OpData's operand is consumed. (IncDecObj's is increment_in_place.)
// `typed`: the property's info when it has a type the result must fit.
Outcome assign_op_to_property(const Instruction* pc, Frame* fp, runtime::Value& slot,
                              const runtime::PropertyInfo* typed = nullptr);
Outcome unset_object(const Instruction* pc, Frame* fp);
Outcome isset_object(const Instruction* pc, Frame* fp);
Outcome init_method_call(ExecState& st, const Instruction* pc, Frame* fp);
Outcome init_dynamic_method_call(ExecState& st, const Instruction* pc, Frame* fp);

// Shared with the callables (closures.cpp).
// The class the code of `fp` runs in (self), or null.
const runtime::Class* scope_of(const Frame* fp);
// A class named in code: self, parent and static relative to `fp`, else by name
// (null if there is none; `threw` when self/parent/static cannot be used there).
const runtime::Class* resolve_class(ExecState& st, Frame* fp, std::string_view name, bool& threw);
bool method_visible(const runtime::Method& method, const runtime::Class* scope);
Outcome throw_method_visibility(const runtime::Class* cls, const runtime::Method& method, const runtime::Class* scope);
// Pushes the frame of a call to `method` (user or built-in) that `fp` is setting up.
Frame* push_method_call(ExecState& st, Frame* fp, const runtime::Method& method, uint32_t argc);
Outcome init_static_call(ExecState& st, const Instruction* pc, Frame* fp);
Outcome fetch_class_constant(ExecState& st, const Instruction* pc, Frame* fp);
Outcome instance_of(ExecState& st, const Instruction* pc, Frame* fp);
Outcome clone_object(const Instruction* pc, Frame* fp);

namespace handlers {

// Runs `outcome_of` (with the pc saved); an exception thrown, or left pending by a
// destructor that ran meanwhile, unwinds. `skip` instructions follow (an OpData).
template <class F>
[[gnu::always_inline]] inline Step checked(Regs& r, F outcome_of, uint32_t size = 1)
{
    r.save_pc();
    if (outcome_of() == Outcome::Threw || runtime::engine().has_exception()) [[unlikely]]
        return Step::Throw;
    r.set_pc(r.pc() + size);
    return Step::Next;
}

template <class S>
[[gnu::always_inline]] inline Step DeclareClass(Regs& r)
{
    return checked(r, [&] { return declare_class(r.st, r.pc()); });
}

template <class S>
[[gnu::always_inline]] inline Step New(Regs& r)
{
    r.save_pc();
    const Instruction* pc = r.pc();
    bool calls_constructor = false;
    if (new_object(r.st, pc, r.fp(), calls_constructor) == Outcome::Threw) [[unlikely]]
        return Step::Throw;
    r.set_pc(calls_constructor ? pc + 1 : jump_target(pc, pc->op2));
    return Step::Next;
}

template <class S>
[[gnu::always_inline]] inline Step IssetThis(Regs& r)
{
    bool set = r.fp()->this_object != nullptr;
    result_slot(r.pc(), r.fp()).copy_from(runtime::Value::boolean(r.pc()->extended == 1 ? !set : set));
    return r.next();
}

// The property slot a cached property instruction reaches without any work: the
// declared slot of $this or of a CV's object, holding a value. Null: the general path.
template <class S>
[[gnu::always_inline]] inline runtime::Value* direct_property(const Instruction* pc, Frame* fp)
{
    runtime::Object* object = direct_object<S::op1>(pc, fp);
    if (object == nullptr)
        return nullptr;
    runtime::Value* slot = cached_property(pc, object);
    if (slot == nullptr || slot->is_undef())
        return nullptr;
    return slot;
}

// $obj->p for reading, or `quiet` for ?? and isset (which warn about nothing a
// defined property could cause).
template <class S>
[[gnu::always_inline]] inline Step fetch_property(Regs& r, bool quiet)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (runtime::Value* slot = direct_property<S>(pc, fp)) [[likely]] {
        runtime::copy_value(result_slot(pc, fp), runtime::deref(*slot));
        return r.next();
    }
    return checked(r, [&] { return fetch_object_property(r.pc(), r.fp(), quiet); });
}

template <class S> [[gnu::always_inline]] inline Step FetchObjRead(Regs& r) { return fetch_property<S>(r, false); }
template <class S> [[gnu::always_inline]] inline Step FetchObjIsset(Regs& r) { return fetch_property<S>(r, true); }

template <class S>
[[gnu::always_inline]] inline Step FetchObjWrite(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (runtime::Value* slot = direct_property<S>(pc, fp)) [[likely]] {
        result_slot(pc, fp).copy_from(runtime::Value::indirect(slot));
        return r.next();
    }
    return checked(r, [&] { return fetch_object_for_write(r.pc(), r.fp()); });
}

template <class S> [[gnu::always_inline]] inline Step FetchObjFuncArg(Regs& r) { return checked(r, [&] { return fetch_property_for_argument(r.pc(), r.fp()); }); }

// $obj->p = value. The new value goes in before the old one is released (whose
// destructor may run and throw: the pc is saved first).
template <class S>
[[gnu::always_inline]] inline Step AssignObj(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (runtime::Value* slot = direct_property<S>(pc, fp)) [[likely]] {
        const Instruction* data = pc + 1;
        bool from_tmp = data->op1_kind == OperandKind::Tmp;
        const runtime::Value& source = fetch<OperandKind::Any>(data, fp, data->op1, data->op1_kind);
        // An undefined CV warns, a Tmp holding a reference unwraps, a property bound to
        // a reference is assigned through it (which typed properties may check): the
        // general path.
        if (!source.is_undef() && !(from_tmp && source.is_reference()) && !slot->is_reference()) [[likely]] {
            runtime::Value& target = *slot;
            runtime::Value old;
            old.copy_from(target);
            if (from_tmp) {
                runtime::Value& tmp = slot_at(fp, data->op1);
                target.copy_from(tmp);
                tmp.clear_type();
            } else {
                runtime::copy_value(target, runtime::deref(source));
            }
            if (pc->result_kind != OperandKind::Unused)
                runtime::copy_value(result_slot(pc, fp), target);
            if (old.is_refcounted()) {
                r.save_pc();
                runtime::release(old);
                if (runtime::engine().has_exception()) [[unlikely]]
                    return Step::Throw;
            }
            r.set_pc(pc + 2);
            return Step::Next;
        }
    }
    return checked(r, [&] { return assign_object(r.pc(), r.fp()); }, 2);
}

// Runs `update` (assign_op_to_property or increment_property) on a property slot found
// through the cache, the object held meanwhile (the store may release anything).
template <class S, class F>
[[gnu::always_inline]] inline Step update_property_slot(Regs& r, uint32_t size, F update)
{
    const Instruction* pc = r.pc();
    runtime::Object* object = direct_object<S::op1>(pc, r.fp());
    ++object->header.refcount;
    r.save_pc();
    Outcome outcome = update();
    runtime::release_nogc(runtime::Value::object(object)); // php holds no reference here: no possible root
    if (outcome == Outcome::Threw || runtime::engine().has_exception()) [[unlikely]]
        return Step::Throw;
    r.set_pc(pc + size);
    return Step::Next;
}

// $obj->p op= value: int + and - inline, any other operation on the slot found.
template <class S>
[[gnu::always_inline]] inline Step AssignObjOp(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (runtime::Value* slot = direct_property<S>(pc, fp)) [[likely]] {
        const Instruction* data = pc + 1;
        runtime::Value& target = runtime::deref(*slot);
        const runtime::Value& operand = fetch<OperandKind::Any>(data, fp, data->op1, data->op1_kind);
        auto op = static_cast<Opcode>(pc->extended);
        int64_t sum;
        if (target.is_long() && operand.is_long() && (op == Opcode::Add || op == Opcode::Sub) &&
            !(op == Opcode::Add ? __builtin_add_overflow(target.as_long(), operand.as_long(), &sum)
                                : __builtin_sub_overflow(target.as_long(), operand.as_long(), &sum))) [[likely]] {
            target.set_long(sum);
            if (pc->result_kind != OperandKind::Unused)
                result_slot(pc, fp).set_long(sum);
            r.set_pc(pc + 2);
            return Step::Next;
        }
        return update_property_slot<S>(r, 2, [&] { return assign_op_to_property(pc, fp, *slot); });
    }
    return checked(r, [&] { return assign_object_op(r.pc(), r.fp()); }, 2);
}

// ++/-- of $obj->p: an int not at its limit inline, anything else on the slot found.
template <class S>
[[gnu::always_inline]] inline Step IncDecObj(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (runtime::Value* slot = direct_property<S>(pc, fp)) [[likely]] {
        runtime::Value& target = runtime::deref(*slot);
        uint32_t kind = pc->extended; // bit 0: decrement; 2 and up: the old value is the result
        if (target.is_long() && target.as_long() != ((kind & 1) ? INT64_MIN : INT64_MAX)) [[likely]] {
            int64_t old = target.as_long();
            int64_t now = (kind & 1) ? old - 1 : old + 1;
            target.set_long(now);
            if (pc->result_kind != OperandKind::Unused)
                result_slot(pc, fp).set_long(kind >= 2 ? old : now);
            return r.next();
        }
        return update_property_slot<S>(r, 1, [&] { return increment_in_place(pc, fp, *slot); });
    }
    return checked(r, [&] { return increment_object(r.pc(), r.fp()); });
}

// $obj->m(...): on the class it last saw, the site pushes the frame of the
// method it found then (the general path finds, checks and caches it).
template <class S>
[[gnu::always_inline]] inline Step InitMethodCall(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (runtime::Object* object = direct_object<S::op1>(pc, fp)) [[likely]] {
        const CachedLiteral& cache = cache_at(pc, pc->op2);
        if (cache.key == object->class_entry) [[likely]] {
            const auto* method = static_cast<const runtime::Method*>(cache.target);
            Frame* call = push_call(r, cache.size, pc->extended);
            call->function = method->user;
            call->builtin = method->builtin;
            call->num_slots = pc->extended;
            call->called_scope = object->class_entry;
            if (!(method->flags & runtime::AccStatic)) {
                ++object->header.refcount;
                call->this_object = object;
            }
            return r.next();
        }
    }
    if constexpr (S::op1 == OperandKind::Tmp) {
        // `$a->b->m()`: the temporary's reference becomes the call's $this, as php's
        // INIT_METHOD_CALL keeps a TMP/VAR operand's (no count change, no release).
        runtime::Value& temporary = slot_at(fp, pc->op1);
        if (temporary.is_object()) [[likely]] {
            runtime::Object* object = temporary.as_object();
            const CachedLiteral& cache = cache_at(pc, pc->op2);
            const auto* method = static_cast<const runtime::Method*>(cache.target);
            if (cache.key == object->class_entry && !(method->flags & runtime::AccStatic)) [[likely]] {
                Frame* call = push_call(r, cache.size, pc->extended);
                call->function = method->user;
                call->builtin = method->builtin;
                call->num_slots = pc->extended;
                call->called_scope = object->class_entry;
                call->this_object = object;
                temporary.clear_type();
                return r.next();
            }
        }
    }
    return checked(r, [&] { return init_method_call(r.st, r.pc(), r.fp()); });
}

// $this as a value (the general path throws when there is none).
template <class S>
[[gnu::always_inline]] inline Step FetchThis(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (runtime::Object* self = fp->this_object) [[likely]] {
        ++self->header.refcount;
        result_slot(pc, fp).copy_from(runtime::Value::object(self));
        return r.next();
    }
    return checked(r, [&] { return fetch_this(r.pc(), r.fp()); });
}

// clang-format off
template <class S> [[gnu::always_inline]] inline Step UnsetObj(Regs& r)        { return checked(r, [&] { return unset_object(r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step IssetObj(Regs& r)        { return checked(r, [&] { return isset_object(r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step InitStaticCall(Regs& r)  { return checked(r, [&] { return init_static_call(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step InitDynamicMethodCall(Regs& r) { return checked(r, [&] { return init_dynamic_method_call(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step FetchClassConst(Regs& r) { return checked(r, [&] { return fetch_class_constant(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step InstanceOf(Regs& r)      { return checked(r, [&] { return instance_of(r.st, r.pc(), r.fp()); }); }
template <class S> [[gnu::always_inline]] inline Step Clone(Regs& r)           { return checked(r, [&] { return clone_object(r.pc(), r.fp()); }); }
// clang-format on

} // namespace handlers
} // namespace miniphp::vm
