// Operand access for the executable form (bytecode.h): a slot operand is a byte
// offset from the frame, a literal or a jump target a byte offset from the
// instruction. The templates take the kind the handler was specialised for; Any
// reads the kind from the instruction (the generic handlers and the general paths).
//
// Reading rules every handler follows (php's order of effects depends on them):
//   1. read the operands (an undefined CV warns "Undefined variable" here and reads
//      as null),
//   2. compute,
//   3. consume Tmp operands (release them if refcounted and mark the slot Undef,
//      which keeps the stack invariant of frame.h),
//   4. store the result (its slot may be one of the operands' slots, reused),
//   5. if the computation threw, unwind.
#pragma once

#include <cstdint>

#include "runtime/engine.h"
#include "runtime/typed_reference.h"
#include "runtime/value.h"
#include "vm/bytecode.h"
#include "vm/frame.h"

namespace miniphp::vm {

[[gnu::always_inline]] inline runtime::Value& slot_at(Frame* fp, uint32_t offset)
{
    return *reinterpret_cast<runtime::Value*>(reinterpret_cast<char*>(fp) + offset);
}

[[gnu::always_inline]] inline const runtime::Value& literal_at(const Instruction* pc, uint32_t offset)
{
    return *reinterpret_cast<const runtime::Value*>(reinterpret_cast<const char*>(pc) +
                                                    static_cast<int32_t>(offset));
}

[[gnu::always_inline]] inline const Instruction* jump_target(const Instruction* pc, uint32_t offset)
{
    return reinterpret_cast<const Instruction*>(reinterpret_cast<const char*>(pc) + static_cast<int32_t>(offset));
}

// The value of an operand without any warning (an undefined CV reads as Undef).
template <OperandKind K>
[[gnu::always_inline]] inline const runtime::Value& fetch(const Instruction* pc, Frame* fp, uint32_t offset, OperandKind actual)
{
    if constexpr (K == OperandKind::Const)
        return literal_at(pc, offset);
    else if constexpr (K == OperandKind::Tmp || K == OperandKind::Cv)
        return slot_at(fp, offset);
    else
        return actual == OperandKind::Const ? literal_at(pc, offset) : slot_at(fp, offset);
}

template <OperandKind K>
[[gnu::always_inline]] inline const runtime::Value& fetch_op1(const Instruction* pc, Frame* fp)
{
    return fetch<K>(pc, fp, pc->op1, pc->op1_kind);
}
template <OperandKind K>
[[gnu::always_inline]] inline const runtime::Value& fetch_op2(const Instruction* pc, Frame* fp)
{
    return fetch<K>(pc, fp, pc->op2, pc->op2_kind);
}

template <OperandKind K>
constexpr bool may_be(OperandKind kind, OperandKind actual)
{
    return K == kind || (K == OperandKind::Any && actual == kind);
}

// "Warning: Undefined variable $name" for the CV at `offset` (the pc must be saved).
// Returns null to read instead.
[[gnu::cold, gnu::noinline]] const runtime::Value& undefined_variable(Frame* fp, uint32_t offset);

// Reads an operand for its value: an undefined CV warns (saving the pc first) and
// reads as null.
template <OperandKind K>
[[gnu::always_inline]] inline const runtime::Value& read(const Instruction* pc, Frame* fp, uint32_t offset, OperandKind actual)
{
    const runtime::Value& v = fetch<K>(pc, fp, offset, actual);
    if constexpr (K == OperandKind::Cv || K == OperandKind::Any) {
        // One compare finds both rare cases: the type word of Undef is 0 and that of a
        // Reference (always counted) is the largest a CV can hold.
        static_assert(runtime::Value::type_info_of(runtime::Type::Reference) + (runtime::Value::kRefcounted << 8) == 0x10a);
        if (may_be<K>(OperandKind::Cv, actual) && v.type_info() - 1u >= 0x109u) [[unlikely]] {
            if (v.is_undef()) {
                fp->pc = pc;
                return undefined_variable(fp, offset);
            }
            // A variable bound by & reads as the value it shares (ZVAL_DEREF).
            return v.as_reference()->value;
        }
    }
    return v;
}

template <OperandKind K>
[[gnu::always_inline]] inline const runtime::Value& read_op1(const Instruction* pc, Frame* fp)
{
    return read<K>(pc, fp, pc->op1, pc->op1_kind);
}
template <OperandKind K>
[[gnu::always_inline]] inline const runtime::Value& read_op2(const Instruction* pc, Frame* fp)
{
    return read<K>(pc, fp, pc->op2, pc->op2_kind);
}

// Step 3: a Tmp operand is consumed once read.
template <OperandKind K>
[[gnu::always_inline]] inline void consume(Frame* fp, uint32_t offset, OperandKind actual)
{
    if constexpr (K == OperandKind::Tmp || K == OperandKind::Any) {
        if (may_be<K>(OperandKind::Tmp, actual)) {
            runtime::Value& slot = slot_at(fp, offset);
            if (slot.is_refcounted()) {
                runtime::Value old = slot;
                slot.clear_type();
                runtime::release_nogc(old);
            }
        }
    }
}

template <OperandKind K>
[[gnu::always_inline]] inline void consume_op1(const Instruction* pc, Frame* fp)
{
    consume<K>(fp, pc->op1, pc->op1_kind);
}
template <OperandKind K>
[[gnu::always_inline]] inline void consume_op2(const Instruction* pc, Frame* fp)
{
    consume<K>(fp, pc->op2, pc->op2_kind);
}

// The operand's value for a new owner: a Tmp is moved out (its slot marked Undef), a
// literal or CV is shared (an undefined CV warns and gives null).
template <OperandKind K>
[[gnu::always_inline]] inline runtime::Value take(const Instruction* pc, Frame* fp, uint32_t offset, OperandKind actual)
{
    runtime::Value v;
    if (may_be<K>(OperandKind::Tmp, actual)) {
        runtime::Value& slot = slot_at(fp, offset);
        v.copy_from(slot);
        slot.clear_type();
        return v;
    }
    const runtime::Value& source = read<K>(pc, fp, offset, actual);
    runtime::copy_value(v, source);
    return v;
}

// take() straight into `destination`, which needs no release (it may be the
// operand's own slot). Copies field by field (Value::copy_from).
template <OperandKind K>
[[gnu::always_inline]] inline void take_into(runtime::Value& destination, const Instruction* pc, Frame* fp,
                                             uint32_t offset, OperandKind actual)
{
    if (may_be<K>(OperandKind::Tmp, actual)) {
        runtime::Value& slot = slot_at(fp, offset);
        runtime::Value v;
        v.copy_from(slot);
        slot.clear_type();
        destination.copy_from(v);
        return;
    }
    runtime::copy_value(destination, read<K>(pc, fp, offset, actual));
}

[[gnu::always_inline]] inline runtime::Value& result_slot(const Instruction* pc, Frame* fp) { return slot_at(fp, pc->result); }

// Stores a computed value into the instruction's result: a Tmp result is free to
// overwrite; a CV result (an operation fused with the assignment that followed it)
// releases its old value afterwards, as the assignment would have.
// Whether releasing `v` could have run PHP code (a destructor, reached through an
// object, an array or a reference) that left an exception pending.
[[gnu::always_inline]] inline bool release_may_throw(const runtime::Value& v)
{
    return v.is_object() || v.is_array() || v.is_reference();
}

// store() for a variable: true when releasing the old value ran a destructor that
// threw (zend_assign_to_variable's garbage, then the exception check).
[[gnu::always_inline]] inline bool store_threw(runtime::Value& slot, const runtime::Value& v)
{
    runtime::Value old;
    old.copy_from(slot);
    slot.copy_from(v);
    bool may_throw = release_may_throw(old);
    runtime::release(old);
    return may_throw && runtime::engine().has_exception();
}

[[gnu::always_inline]] inline runtime::Outcome set_result(const Instruction* pc, Frame* fp, runtime::Value v);

// Stores into a slot that may hold a value to release: the new value goes in first,
// then the old one is released (php's order, which destructors will observe).
[[gnu::always_inline]] inline void store(runtime::Value& slot, const runtime::Value& v)
{
    runtime::Value old;
    old.copy_from(slot);
    slot.copy_from(v);
    runtime::release(old);
}

// Stores `v` (owned) into a variable, through the reference it may be bound to: one
// held by typed properties checks it first (typed_reference.h).
[[gnu::always_inline]] inline runtime::Outcome store_to_variable(runtime::Value& variable, runtime::Value v)
{
    if (runtime::holds_typed_reference(variable)) [[unlikely]]
        return runtime::assign_to_typed_reference(variable.as_reference(), v);
    store(runtime::deref(variable), v);
    return runtime::Outcome::Ok;
}

[[gnu::always_inline]] inline runtime::Outcome set_result(const Instruction* pc, Frame* fp, runtime::Value v)
{
    runtime::Value& slot = result_slot(pc, fp);
    if (pc->result_kind == OperandKind::Cv)
        return store_to_variable(slot, v);
    slot.copy_from(v);
    return runtime::Outcome::Ok;
}

} // namespace miniphp::vm
