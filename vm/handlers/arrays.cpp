// General paths of the array and reference opcodes: building arrays, the write
// fetches with their auto-vivification and errors (zend_fetch_dimension_address and
// the ASSIGN_DIM family of Zend/zend_vm_def.h), unset, references and foreach.
#include "vm/handlers/general.h"

#include "runtime/array.h"
#include "runtime/closure.h"
#include "runtime/array_access.h"
#include "runtime/array_iterators.h"
#include "runtime/object.h"
#include "runtime/class.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/object_dimension.h"
#include "runtime/object_iterator.h"
#include "runtime/operators.h"
#include "runtime/property_table.h"
#include "runtime/string_offset.h"
#include "runtime/typed_reference.h"
#include "vm/global_scope.h"
#include "vm/handlers/object_cache.h"
#include "vm/handlers/operands.h"

namespace miniphp::vm {

using runtime::Array;
using runtime::ArrayKey;
using runtime::Reference;
using runtime::Type;
using runtime::Value;

namespace {

Value& op1_container(const Instruction* pc, Frame* fp) { return runtime::deref(container_slot(fp, pc->op1, pc->op1_kind)); }

// A value read from op2 (none when unused).
const Value* read_offset(const Instruction* pc, Frame* fp)
{
    if (pc->op2_kind == OperandKind::Unused)
        return nullptr;
    return &runtime::deref(read<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind));
}

// The array in `slot` ready to be written: copied first if shared (copy-on-write).
Array* separate(Value& slot)
{
    Array* array = slot.as_array();
    if (array->header.refcount > 1 || array->is_immutable()) {
        Array* copy = array->duplicate();
        if (!array->is_immutable())
            --array->header.refcount; // others still hold it
        slot.copy_from(Value::array(copy));
        return copy;
    }
    return array;
}

// A null, undefined or false container becomes a new array (false with php 8.1's
// deprecation, which php's nested fetches skip for a false reached through a
// reference); nullptr for anything else.
Array* vivify(Value& slot, bool warn_false = true)
{
    if (slot.type() == Type::False) {
        if (warn_false)
            runtime::deprecated(runtime::msg::FalseToArray);
    } else if (!slot.is_undef() && !slot.is_null()) {
        return nullptr;
    }
    Array* array = Array::create();
    slot.copy_from(Value::array(array));
    return array;
}

// A write of an element into the null or false of a reference typed properties hold
// must not make it an array unless they all admit one: true after php's TypeError.
static bool typed_reference_refuses_array(const Instruction* pc, Frame* fp)
{
    const Value& raw = container_slot(fp, pc->op1, pc->op1_kind);
    return runtime::holds_typed_reference(raw) &&
           runtime::check_array_may_start_in_reference(raw.as_reference()) == Outcome::Threw;
}

// The element of a writable array for a write, inserted as null if missing; nullptr
// with an exception pending when the offset is illegal or the next key is taken.
Value* element_for_write(Array* array, const Value* offset, FetchMode mode)
{
    if (offset == nullptr) {
        Value* slot = array->append();
        if (slot == nullptr) {
            (void)runtime::throw_error(runtime::msg::kind::Error, runtime::msg::NextElementOccupied);
            return nullptr;
        }
        slot->set_null();
        return slot;
    }
    ArrayKey key;
    if (runtime::offset_to_key(*offset, key, mode == kFetchUnset ? runtime::OffsetUse::Unset
                                                                 : runtime::OffsetUse::Write) == Outcome::Threw)
        return nullptr;
    if (Value* found = array->find(key))
        return found;
    if (mode == kFetchUnset) {
        // unset($a[missing][k]) creates nothing: the inner unset sees null.
        static Value missing;
        missing.set_null();
        return &missing;
    }
    if (mode == kFetchReadWrite)
        runtime::undefined_key_warning(key);
    Value* slot = array->lookup_or_insert(key);
    slot->set_null();
    return slot;
}

// The message php gives for using a string offset where a variable is needed: it
// depends on what the instruction after the fetch does (zend_wrong_string_offset).
const char* string_offset_misuse(const Instruction* next)
{
    switch (next->opcode) {
    case Opcode::AssignDimOp: return runtime::msg::AssignOpOnStringOffset;
    case Opcode::IncDecIndirect: return runtime::msg::IncDecStringOffset;
    case Opcode::AssignRef:
    case Opcode::FeFetchRef:
    case Opcode::AddArrayElement: return runtime::msg::CannotCreateReferences;
    case Opcode::UnsetDim: return runtime::msg::UnsetStringOffsets;
    default: return runtime::msg::StringOffsetAsArray;
    }
}

} // namespace

// Stores an owned value into a variable slot, through its reference if it holds
// one; the old value is released after (zend_assign_to_variable).
Outcome assign_to(Value& slot, const Value& owned) { return runtime::assign_to_slot(slot, owned); }

// The OpData operand (the assigned value) for a new owner, dereferenced.
Value take_op_data(const Instruction* pc, Frame* fp)
{
    const Instruction* data = pc + 1;
    if (data->op1_kind == OperandKind::Tmp) {
        Value& slot = slot_at(fp, data->op1);
        Value v;
        v.copy_from(slot);
        slot.clear_type();
        if (v.is_reference()) {
            Value inner;
            runtime::copy_value(inner, v.as_reference()->value);
            runtime::release_nogc(v);
            return inner;
        }
        return v;
    }
    Value v;
    runtime::copy_value(v, runtime::deref(read<OperandKind::Any>(data, fp, data->op1, data->op1_kind)));
    return v;
}

void release_op_data(const Instruction* pc, Frame* fp)
{
    const Instruction* data = pc + 1;
    consume<OperandKind::Any>(fp, data->op1, data->op1_kind);
}

namespace {

// Points `slot` at `ref` (one more owner), releasing what it held.
// Even when the slot holds `ref` already: the release of its old value offers what
// the reference holds as a possible root, as php's does.
void bind_reference(Value& slot, Reference* ref)
{
    ++ref->header.refcount;
    Value old;
    old.copy_from(slot);
    slot.copy_from(Value::reference(ref));
    runtime::release(old);
}

} // namespace

Outcome init_array(const Instruction* pc, Frame* fp)
{
    uint32_t size = pc->extended >> 2;
    Array* array = (pc->extended & 2) != 0 ? Array::create(size) : Array::create(size);
    result_slot(pc, fp).copy_from(Value::array(array));
    if (pc->op1_kind == OperandKind::Unused)
        return Outcome::Ok;
    return add_array_element(pc, fp);
}

Outcome add_array_element(const Instruction* pc, Frame* fp)
{
    Array* array = result_slot(pc, fp).as_array();
    bool by_reference = (pc->extended & 1) != 0;
    Value value;
    if (by_reference) {
        Reference* ref = runtime::make_reference(container_slot(fp, pc->op1, pc->op1_kind));
        ++ref->header.refcount;
        value = Value::reference(ref);
    } else {
        value = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
        if (value.is_reference()) {
            Value inner;
            runtime::copy_value(inner, value.as_reference()->value);
            runtime::release_nogc(value);
            value = inner;
        }
    }
    Value* slot;
    if (pc->op2_kind == OperandKind::Unused) {
        slot = array->append();
        if (slot == nullptr) {
            runtime::release(value);
            return runtime::throw_error(runtime::msg::kind::Error, runtime::msg::NextElementOccupied);
        }
    } else {
        const Value& offset = read<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
        ArrayKey key;
        if (runtime::offset_to_key(offset, key, runtime::OffsetUse::Write) == Outcome::Threw) {
            runtime::release(value);
            consume_op2<OperandKind::Any>(pc, fp);
            return Outcome::Threw;
        }
        slot = array->lookup_or_insert(key);
        consume_op2<OperandKind::Any>(pc, fp);
    }
    store(*slot, value);
    return Outcome::Ok;
}

Outcome add_array_unpack(const Instruction* pc, Frame* fp)
{
    Array* array = result_slot(pc, fp).as_array();
    const Value& source = runtime::deref(read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind));
    if (!source.is_array()) {
        Outcome outcome = runtime::throw_error(runtime::msg::kind::Error, runtime::msg::UnpackNonArray);
        consume_op1<OperandKind::Any>(pc, fp);
        return outcome;
    }
    Array* from = source.as_array();
    for (uint32_t pos = from->next_position(0); pos < from->used(); pos = from->next_position(pos + 1)) {
        ArrayKey key = from->key_at(pos);
        Value* slot = key.is_string() ? array->lookup_or_insert(key.string) : array->append();
        if (slot == nullptr) {
            consume_op1<OperandKind::Any>(pc, fp);
            return runtime::throw_error(runtime::msg::kind::Error, runtime::msg::NextElementOccupied);
        }
        Value v;
        runtime::copy_unwrapping_lone_reference(v, from->value_at(pos));
        store(*slot, v);
    }
    consume_op1<OperandKind::Any>(pc, fp);
    return Outcome::Ok;
}

Value& container_slot(Frame* fp, uint32_t offset, OperandKind kind)
{
    Value& slot = slot_at(fp, offset);
    if (kind == OperandKind::Tmp && slot.is_indirect())
        return *slot.as_indirect();
    return slot;
}

Outcome fetch_list_element(const Instruction* pc, Frame* fp)
{
    // A nested list bound by reference reads its container through a write fetch.
    const Value& raw = fetch<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    const Value& container = runtime::deref(raw.is_indirect() ? *raw.as_indirect() : raw);
    const Value& offset = read<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
    Value r = Value::null();
    if (container.is_array()) {
        const Value* element = nullptr;
        Outcome outcome = runtime::read_element(container.as_array(), offset, false, element);
        consume_op2<OperandKind::Any>(pc, fp);
        if (outcome == Outcome::Threw)
            return Outcome::Threw;
        if (element != nullptr)
            runtime::copy_value(r, *element);
    } else if (container.is_object()) {
        // [$a] = $object reads through the object's read_dimension (a WeakMap's).
        Outcome outcome = runtime::read_object_dimension(container.as_object(), offset, false, r);
        consume_op2<OperandKind::Any>(pc, fp);
        if (outcome == Outcome::Threw)
            return Outcome::Threw;
    } else {
        consume_op2<OperandKind::Any>(pc, fp);
    }
    result_slot(pc, fp).copy_from(r);
    return Outcome::Ok;
}

// Read-write and unset fetches warn about an undefined variable; a plain write
// creates it silently.
static void warn_if_undefined(const Instruction* pc, Frame* fp)
{
    if (pc->op1_kind == OperandKind::Cv && slot_at(fp, pc->op1).is_undef())
        undefined_variable(fp, pc->op1);
}

static Outcome fetch_dimension_for_write_in_place(const Instruction* pc, Frame* fp)
{
    auto mode = static_cast<FetchMode>(pc->extended & 3);
    if (mode != kFetchWrite)
        warn_if_undefined(pc, fp);
    Value& container = op1_container(pc, fp);
    static Value scratch; // the "element" of a null container under unset: never written
    Array* array = nullptr;
    if (container.is_array()) {
        array = separate(container);
    } else if (container.is_string() && pc->op2_kind != OperandKind::Unused) {
        // The offset is checked (and may fail) before the misuse is reported.
        int64_t index = 0;
        Outcome outcome = runtime::string_offset_index(*read_offset(pc, fp), index);
        consume_op2<OperandKind::Any>(pc, fp);
        if (outcome == Outcome::Threw)
            return Outcome::Threw;
        return runtime::throw_error(runtime::msg::kind::Error, string_offset_misuse(pc + 1));
    } else if (container.is_string()) {
        return runtime::throw_error(runtime::msg::kind::Error, runtime::msg::AppendToString);
    } else if (container.is_object()) {
        // read_dimension for writing: the element itself (a WeakMap's value). For an
        // unset php works on a copy of it (only W and RW make it a reference), so an
        // unset below an element that is not an object changes nothing, after a
        // notice; the copy is stood for by a null, whose unsets are silent.
        Value* element = runtime::object_dimension_for_write(container.as_object(), read_offset(pc, fp));
        consume_op2<OperandKind::Any>(pc, fp);
        if (element == nullptr)
            return Outcome::Threw;
        if (mode == kFetchUnset && !runtime::deref(*element).is_object()) {
            runtime::notice(runtime::format(runtime::msg::IndirectModificationOfElement,
                                            container.as_object()->class_entry->name().c_str()));
            scratch.set_null();
            element = &scratch;
        }
        result_slot(pc, fp).copy_from(Value::indirect(element));
        return Outcome::Ok;
    } else if (mode == kFetchUnset && (container.is_null() || container.is_undef() || container.type() == Type::False)) {
        scratch.set_null();
        const Value* offset = read_offset(pc, fp);
        (void)offset;
        consume_op2<OperandKind::Any>(pc, fp);
        result_slot(pc, fp).copy_from(Value::indirect(&scratch));
        return Outcome::Ok;
    } else if (container.type() <= Type::False && typed_reference_refuses_array(pc, fp)) {
        read_offset(pc, fp);
        consume_op2<OperandKind::Any>(pc, fp);
        return Outcome::Threw;
    } else {
        array = vivify(container, !container_slot(fp, pc->op1, pc->op1_kind).is_reference());
    }
    if (array == nullptr) {
        read_offset(pc, fp);
        consume_op2<OperandKind::Any>(pc, fp);
        return runtime::throw_error(runtime::msg::kind::Error, mode == kFetchUnset ? runtime::msg::UnsetOffsetNonArray
                                                                                   : runtime::msg::ScalarAsArray);
    }
    const Value* offset = read_offset(pc, fp);
    Value* element = element_for_write(array, offset, mode);
    consume_op2<OperandKind::Any>(pc, fp);
    if (element == nullptr)
        return Outcome::Threw;
    result_slot(pc, fp).copy_from(Value::indirect(element));
    return Outcome::Ok;
}

// The element an AssignDim or AssignDimOp writes, with its container made a
// writable array first; nullptr once the error is thrown and the operands released.
// `string_offset_error` is what a string container's offset gets.
Value* element_of_assignment(const Instruction* pc, Frame* fp, FetchMode mode, const char* string_offset_error)
{
    Value& container = op1_container(pc, fp);
    Array* array = nullptr;
    const char* error = nullptr;
    bool offset_read = false;
    bool refused = false;
    if (container.is_array()) {
        array = separate(container);
    } else if (container.is_string()) {
        error = runtime::msg::AppendToString;
        if (pc->op2_kind != OperandKind::Unused) {
            // The offset is checked (and may fail) before the misuse is reported.
            int64_t index = 0;
            offset_read = true;
            if (runtime::string_offset_index(*read_offset(pc, fp), index) == Outcome::Threw)
                error = nullptr;
            else
                error = string_offset_error;
        }
    } else if (container.type() <= Type::False && typed_reference_refuses_array(pc, fp)) {
        refused = true;
    } else if ((array = vivify(container)) == nullptr) {
        error = runtime::msg::ScalarAsArray;
    }
    if (error != nullptr || offset_read || refused) {
        if (error != nullptr)
            (void)runtime::throw_error(runtime::msg::kind::Error, error);
        if (!offset_read)
            read_offset(pc, fp);
        consume_op2<OperandKind::Any>(pc, fp);
        release_op_data(pc, fp);
        return nullptr;
    }
    const Value* offset = read_offset(pc, fp);
    Value* element = element_for_write(array, offset, mode);
    consume_op2<OperandKind::Any>(pc, fp);
    if (element == nullptr)
        release_op_data(pc, fp);
    return element;
}

// $s[$offset] = v on a string container.
Outcome assign_to_string_offset(const Instruction* pc, Frame* fp, Value& container)
{
    int64_t index = 0;
    Outcome outcome = runtime::string_offset_index(*read_offset(pc, fp), index);
    consume_op2<OperandKind::Any>(pc, fp);
    if (outcome == Outcome::Threw) {
        release_op_data(pc, fp);
        return Outcome::Threw;
    }
    Value value = take_op_data(pc, fp);
    Value assigned = Value::null();
    outcome = runtime::assign_string_offset(container, index, value, &assigned);
    runtime::release_nogc(value);
    if (outcome == Outcome::Ok && pc->result_kind != OperandKind::Unused)
        result_slot(pc, fp).copy_from(assigned);
    return outcome;
}

// $object[$offset] = v (zend_assign_to_object_dim): the result is the value given.
Outcome assign_to_object_dimension(const Instruction* pc, Frame* fp, runtime::Object* object)
{
    const Value* offset = read_offset(pc, fp);
    Value value = take_op_data(pc, fp);
    Outcome outcome = runtime::write_object_dimension(object, offset, value);
    consume_op2<OperandKind::Any>(pc, fp);
    if (outcome == Outcome::Ok && pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), value);
    runtime::release(value);
    return outcome;
}

// $object[$offset] op= v (zend_binary_assign_op_obj_dim): read, operate, write back.
// A failed read is followed by "Cannot use object of type C as array", which takes
// the first error as its previous one, as in php.
Outcome assign_op_to_object_dimension(const Instruction* pc, Frame* fp, runtime::Object* object)
{
    const Value* offset = read_offset(pc, fp);
    static const Value kNull = Value::null();
    Value current;
    Value r;
    Outcome outcome = runtime::read_object_dimension(object, offset != nullptr ? *offset : kNull, false, current);
    if (outcome == Outcome::Threw)
        (void)runtime::throw_error(runtime::msg::kind::Error, runtime::format(runtime::msg::ObjectUsedAsArray,
                                                                              object->class_entry->name().c_str()));
    if (outcome == Outcome::Ok) {
        const Instruction* data = pc + 1;
        const Value& operand = runtime::deref(read<OperandKind::Any>(data, fp, data->op1, data->op1_kind));
        outcome = apply_binary_operator(static_cast<Opcode>(pc->extended), r, current, operand);
    }
    if (outcome == Outcome::Ok)
        outcome = runtime::write_object_dimension(object, offset, r);
    if (outcome == Outcome::Ok && pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), r);
    runtime::release(current);
    runtime::release(r);
    consume_op2<OperandKind::Any>(pc, fp);
    release_op_data(pc, fp);
    return outcome;
}

static Outcome assign_dimension_in_place(const Instruction* pc, Frame* fp)
{
    Value& container = op1_container(pc, fp);
    if (container.is_string() && pc->op2_kind != OperandKind::Unused)
        return assign_to_string_offset(pc, fp, container);
    if (container.is_object())
        return assign_to_object_dimension(pc, fp, container.as_object());
    // (A string with an offset was handled above: only `$s[] = v` gets here.)
    Value* element = element_of_assignment(pc, fp, kFetchWrite, nullptr);
    if (element == nullptr)
        return Outcome::Threw;
    Value value = take_op_data(pc, fp);
    Outcome outcome = assign_to(*element, value);
    if (pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), runtime::deref(*element));
    return outcome;
}

static Outcome assign_dimension_op_in_place(const Instruction* pc, Frame* fp)
{
    warn_if_undefined(pc, fp);
    if (Value& container = op1_container(pc, fp); container.is_object())
        return assign_op_to_object_dimension(pc, fp, container.as_object());
    Value* element = element_of_assignment(pc, fp, kFetchReadWrite, runtime::msg::AssignOpOnStringOffset);
    if (element == nullptr)
        return Outcome::Threw;
    const Instruction* data = pc + 1;
    const Value& operand = runtime::deref(read<OperandKind::Any>(data, fp, data->op1, data->op1_kind));
    Value& target = runtime::deref(*element);
    Value r;
    Outcome outcome = apply_binary_operator(static_cast<Opcode>(pc->extended), r, target, operand);
    release_op_data(pc, fp);
    if (outcome == Outcome::Threw) {
        if (runtime::holds_typed_reference(*element)) // php stores the failed result, converted
            runtime::store_failed_operation_result(element->as_reference());
        return Outcome::Threw;
    }
    outcome = assign_to(*element, r);
    if (pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), target);
    return outcome;
}

static Outcome unset_dimension_in_place(const Instruction* pc, Frame* fp)
{
    warn_if_undefined(pc, fp);
    Value& container = op1_container(pc, fp);
    const Value* offset = read_offset(pc, fp);
    Outcome outcome = Outcome::Ok;
    if (container.is_array()) {
        ArrayKey key;
        outcome = runtime::offset_to_key(*offset, key, runtime::OffsetUse::Unset);
        if (outcome == Outcome::Ok) {
            Array* array = separate(container);
            array->remove(key);
        }
    } else if (container.is_string()) {
        outcome = runtime::throw_error(runtime::msg::kind::Error, runtime::msg::UnsetStringOffsets);
    } else if (container.is_object()) {
        outcome = runtime::unset_object_dimension(container.as_object(), *offset);
    } else if (container.type() == Type::False) {
        runtime::deprecated(runtime::msg::FalseToArray);
    } else if (!container.is_null() && !container.is_undef()) {
        outcome = runtime::throw_error(runtime::msg::kind::Error, runtime::msg::UnsetOffsetNonArray);
    }
    consume_op2<OperandKind::Any>(pc, fp);
    return outcome;
}

static Outcome increment_indirect_in_place(const Instruction* pc, Frame* fp)
{
    return increment_in_place(pc, fp, container_slot(fp, pc->op1, pc->op1_kind));
}

Outcome increment_in_place(const Instruction* pc, Frame* fp, Value& variable)
{
    bool increment = pc->extended == 0 || pc->extended == 2;
    bool post = pc->extended >= 2;
    if (runtime::holds_typed_reference(variable)) [[unlikely]]
        return increment_typed_reference(pc, fp, variable.as_reference(), increment, post);
    Value& target = runtime::deref(variable);
    Value old;
    if (post)
        runtime::copy_value(old, target);
    Outcome outcome = increment ? runtime::increment(target) : runtime::decrement(target);
    if (outcome == Outcome::Threw) {
        runtime::release(old);
        return Outcome::Threw;
    }
    if (pc->result_kind != OperandKind::Unused) {
        if (post)
            result_slot(pc, fp).copy_from(old);
        else
            runtime::copy_value(result_slot(pc, fp), target);
    } else {
        runtime::release(old);
    }
    return Outcome::Ok;
}

Outcome assign_reference(const Instruction* pc, Frame* fp)
{
    Value& source_slot = slot_at(fp, pc->op2);
    Reference* ref;
    if (pc->op2_kind == OperandKind::Tmp && source_slot.is_reference()) {
        ref = source_slot.as_reference(); // made by MakeRef or a &f(): the Tmp holds one count
    } else if (pc->op2_kind == OperandKind::Tmp && !source_slot.is_indirect()) {
        if (pc->extended == kAssignRefFromCall)
            runtime::notice("Only variables should be assigned by reference");
        ref = runtime::make_reference(source_slot);
    } else {
        ref = runtime::make_reference(container_slot(fp, pc->op2, pc->op2_kind));
    }
    Value& target = container_slot(fp, pc->op1, pc->op1_kind);
    if (const runtime::PropertyInfo* typed = runtime::take_reference_target(&target)) [[unlikely]] {
        if (runtime::prepare_typed_property_binding(target, typed, ref) == Outcome::Threw) {
            if (pc->op2_kind == OperandKind::Tmp)
                consume_op2<OperandKind::Any>(pc, fp);
            return Outcome::Threw;
        }
    }
    bind_reference(target, ref);
    if (pc->op2_kind == OperandKind::Tmp)
        consume_op2<OperandKind::Any>(pc, fp);
    if (pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), ref->value);
    return Outcome::Ok;
}

Outcome make_reference_of(const Instruction* pc, Frame* fp)
{
    Reference* ref = runtime::make_reference(container_slot(fp, pc->op1, pc->op1_kind));
    ++ref->header.refcount;
    result_slot(pc, fp).copy_from(Value::reference(ref));
    return Outcome::Ok;
}

// Does the caller bind the result of the call it is making (`$x = &f()`)?
static bool caller_binds_result(const Frame* caller)
{
    if (caller == nullptr || caller->function == nullptr || caller->pc == nullptr)
        return false;
    const Instruction* call = caller->pc;
    const Instruction* next = call + 1;
    // __get declared &__get(), called for a write through the property it stands for:
    // the write goes through the reference it returns.
    if (call->opcode == Opcode::FetchObjWrite)
        return true;
    if (call->result_kind != OperandKind::Tmp)
        return false;
    // A write through what the call returns (`g()[] = 1`): php's by-reference return
    // is a reference, so the write lands in what it refers to. The first instruction
    // using the result, after the offsets, is the write (code always ends in a Return).
    for (const Instruction* at = next; at->opcode != Opcode::Return; ++at) {
        if (at->op1_kind == OperandKind::Tmp && at->op1 == call->result) {
            switch (at->opcode) {
            case Opcode::FetchDimWrite:
            case Opcode::AssignDim:
            case Opcode::AssignDimOp:
            case Opcode::UnsetDim:
            case Opcode::IncDecIndirect:
                return true;
            default:
                return false;
            }
        }
        if (at->op2_kind == OperandKind::Tmp && at->op2 == call->result)
            break;
    }
    while (next->opcode == Opcode::FetchDimWrite || next->opcode == Opcode::FetchObjWrite ||
           next->opcode == Opcode::FetchStaticPropWrite || next->opcode == Opcode::FetchGlobalWrite)
        ++next; // the target's fetches come after the call
    return next->opcode == Opcode::AssignRef && next->op2_kind == OperandKind::Tmp && next->op2 == call->result;
}

Outcome make_return_reference(const Instruction* pc, Frame* fp)
{
    bool is_variable = pc->extended == 1;
    bool binds = caller_binds_result(fp->caller);
    if (is_variable && binds) {
        Reference* ref = runtime::make_reference(container_slot(fp, pc->op1, pc->op1_kind));
        ++ref->header.refcount;
        result_slot(pc, fp).copy_from(Value::reference(ref));
        return Outcome::Ok;
    }
    if (!is_variable) {
        runtime::notice("Only variable references should be returned by reference");
        Value v = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
        // The caller still gets a reference, to the value alone.
        result_slot(pc, fp).copy_from(binds ? Value::reference(Reference::create(v)) : v);
        return Outcome::Ok;
    }
    Value v;
    runtime::copy_value(v, runtime::deref(container_slot(fp, pc->op1, pc->op1_kind)));
    if (v.is_undef()) {
        undefined_variable(fp, pc->op1);
        v.set_null();
    }
    result_slot(pc, fp).copy_from(v);
    return Outcome::Ok;
}

// ---- global, static, $GLOBALS ------------------------------------------------------

Outcome bind_global(const Instruction* pc, Frame* fp)
{
    runtime::String* name = literal_at(pc, pc->op2).as_string();
    Reference* ref = runtime::make_reference(GlobalScope::current()->slot_for(name));
    bind_reference(slot_at(fp, pc->op1), ref);
    return Outcome::Ok;
}

// The entry of static variable `name` in `table`, found at the position the
// instruction's cache remembers from its last run (php's BIND_STATIC keeps the
// offset in the instruction): every table of one function's statics (a closure's
// own copy too) is a duplicate of the same list, so the position holds for all.
// Null when there is none.
static Value* static_entry(const Instruction* pc, runtime::Array* table, runtime::String* name)
{
    CachedLiteral& cache = cache_at(pc, pc->op2);
    if (uint32_t position = cache.size; position != 0 && position - 1 < table->used()) {
        runtime::ArrayKey key = table->key_at(position - 1);
        Value& entry = table->value_at(position - 1);
        if (key.is_string() && key.string == name && !entry.is_undef()) [[likely]]
            return &entry;
    }
    Value* entry = table->find(name);
    if (entry != nullptr) {
        for (uint32_t position = 0; position < table->used(); ++position) {
            if (&table->value_at(position) == entry) {
                cache.size = position + 1;
                break;
            }
        }
    }
    return entry;
}

Outcome bind_static(const Instruction* pc, Frame* fp)
{
    runtime::String* name = literal_at(pc, pc->op2).as_string();
    const Function& function = *fp->function;
    runtime::Array* table;
    if (function.is_closure) {
        // A closure's own copy, where its captured variables are too.
        // (closure_data() without checking the class: a closure's code runs with one.)
        table = static_cast<runtime::ClosureData*>(fp->closure->reserved)->static_values;
    } else {
        if (function.static_values == nullptr)
            function.static_values = function.static_variables->duplicate();
        table = function.static_values;
    }
    Value* entry = static_entry(pc, table, name);
    if (pc->extended == 1) {
        // A variable captured by value: the body gets its own copy (none when an
        // arrow function found it undefined).
        if (entry != nullptr && !entry->is_undef())
            runtime::copy_value(slot_at(fp, pc->op1), runtime::deref(*entry));
        return Outcome::Ok;
    }
    Reference* ref = runtime::make_reference(*entry);
    bind_reference(slot_at(fp, pc->op1), ref);
    return Outcome::Ok;
}

static runtime::String* global_name(const Instruction* pc, Frame* fp);

static Outcome read_global(const Instruction* pc, Frame* fp, bool quiet)
{
    runtime::String* name = global_name(pc, fp);
    const Value* value = GlobalScope::current()->find(name);
    if (value == nullptr) {
        if (!quiet) // a quiet read ($GLOBALS['x'] ?? d) says nothing
            runtime::warning(runtime::format(runtime::msg::UndefinedGlobalVariable, name->bytes));
        result_slot(pc, fp).set_null();
        return Outcome::Ok;
    }
    runtime::copy_value(result_slot(pc, fp), runtime::deref(*value));
    return Outcome::Ok;
}

Outcome fetch_global(const Instruction* pc, Frame* fp) { return read_global(pc, fp, pc->extended != 0); }

// `f($GLOBALS['x'])` for a callee unknown at compile time: the global's slot if the
// callee takes it by reference, else its value (FETCH_FUNC_ARG of a global).
Outcome fetch_global_for_argument(const Instruction* pc, Frame* fp)
{
    if (callee_takes_reference(fp->pending_call, pc->extended >> kArgumentShift))
        return fetch_global_write(pc, fp);
    return read_global(pc, fp, false);
}

// The global op1 names ($GLOBALS[op1], or a superglobal's literal name), consumed.
static runtime::String* global_name(const Instruction* pc, Frame* fp)
{
    Value name = runtime::to_string(read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind));
    consume_op1<OperandKind::Any>(pc, fp);
    runtime::String* interned = runtime::InternTable::instance().intern(name.as_string()->view());
    runtime::release(name);
    return interned;
}

// The global table's own slot for `name` (a main CV's slot, or an entry), created as
// null; a read-write use of an undefined one warns first, as php's FETCH_RW does.
static Value& global_slot(runtime::String* name, bool read_write)
{
    GlobalScope* scope = GlobalScope::current();
    if (read_write && scope->find(name) == nullptr)
        runtime::warning(runtime::format("Undefined global variable $%s", std::string(name->view()).c_str()));
    return scope->slot_for(name);
}

// php's FETCH_W (FETCH_RW for extended kFetchReadWrite) of a global: its slot, which
// the nested write that follows changes in place.
Outcome fetch_global_write(const Instruction* pc, Frame* fp)
{
    Value& slot = global_slot(global_name(pc, fp), (pc->extended & 3) == kFetchReadWrite);
    if (slot.is_undef())
        slot.set_null();
    result_slot(pc, fp).copy_from(Value::indirect(&slot));
    return Outcome::Ok;
}

// `$GLOBALS['name'] = v` and `$GLOBALS['name'] op= v`.
Outcome assign_global(const Instruction* pc, Frame* fp)
{
    bool compound = pc->extended != 0;
    runtime::String* name = global_name(pc, fp);
    Value value = take_op_data(pc, fp);
    if (compound) {
        Value current = Value::null();
        if (const Value& held = runtime::deref(global_slot(name, true)); !held.is_undef())
            runtime::copy_value(current, held);
        Value r;
        Outcome outcome = apply_binary_operator(static_cast<Opcode>(pc->extended - 1), r, current, value);
        runtime::release(current);
        runtime::release(value);
        if (outcome == Outcome::Threw)
            return Outcome::Threw;
        value = r;
    }
    // Found again: the operator may have run code that added globals.
    Value& slot = global_slot(name, false);
    Outcome outcome = assign_to(slot, value);
    if (pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), runtime::deref(slot));
    return outcome;
}

Outcome unset_global(const Instruction* pc, Frame* fp)
{
    GlobalScope::current()->unset(global_name(pc, fp));
    return runtime::engine().has_exception() ? Outcome::Threw : Outcome::Ok;
}

Outcome fetch_globals(const Instruction* pc, Frame* fp)
{
    result_slot(pc, fp).copy_from(Value::array(GlobalScope::current()->snapshot()));
    return Outcome::Ok;
}

// ---- foreach ----------------------------------------------------------------------

// Starts a foreach over `subject` (an owned object): one whose class has an iterator
// of its own (a WeakMap, an InternalIterator) is walked by that iterator object
// (zend_fe_reset_iterator), any other in place (see next_visible_property), the
// iterator holding it and its aux word the position. False after an exception.
static bool start_object_loop(Value& iterator, Value subject, bool by_reference)
{
    runtime::Object* object = subject.as_object();
    if (runtime::ObjectGetIterator get_iterator = object->class_entry->get_iterator()) [[unlikely]] {
        runtime::Object* walker = get_iterator(object, by_reference);
        runtime::release(subject);
        if (walker == nullptr) {
            iterator.clear_type();
            return false;
        }
        iterator.copy_from(Value::object(walker));
        return true;
    }
    // Walked in place (see next_visible_property): the iterator holds it, its aux
    // word the position. php walks its property table, made now if it had none (and
    // it stays).
    runtime::build_property_table(object);
    iterator.copy_from(subject);
    iterator.set_aux(0);
    return true;
}

bool foreach_reset(const Instruction* pc, Frame* fp)
{
    Value& iterator = result_slot(pc, fp);
    Value subject = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    if (subject.is_reference()) {
        Value inner;
        runtime::copy_value(inner, subject.as_reference()->value);
        runtime::release(subject);
        subject = inner;
    }
    if (!subject.is_array() && !subject.is_object()) {
        runtime::warning(runtime::format(runtime::msg::ForeachNotIterable, runtime::zend_type_name(subject)));
        runtime::release(subject);
        iterator.clear_type();
        return false;
    }
    if (subject.is_object())
        return start_object_loop(iterator, subject, false);
    iterator.copy_from(subject);
    iterator.set_aux(0);
    return true;
}

bool foreach_reset_reference(const Instruction* pc, Frame* fp)
{
    Value& iterator = result_slot(pc, fp);
    if (pc->op1_kind == OperandKind::Cv || (pc->op1_kind == OperandKind::Tmp && slot_at(fp, pc->op1).is_indirect())) {
        Value& slot = container_slot(fp, pc->op1, pc->op1_kind);
        if (pc->op1_kind == OperandKind::Cv && slot.is_undef())
            undefined_variable(fp, pc->op1);
        Value& value = runtime::deref(slot);
        if (value.is_object() && value.as_object()->class_entry->get_iterator() != nullptr) {
            // An object with an iterator of its own (a WeakMap): the loop walks that
            // object whatever the variable holds next; its elements become
            // references one by one.
            runtime::Object* object = value.as_object();
            ++object->header.refcount;
            return start_object_loop(iterator, Value::object(object), true);
        }
        if (value.is_object()) {
            // FE_RESET_RW of an object: the variable becomes a Reference the iterator
            // holds (the loop goes on with whatever it holds next), the object's
            // properties become references one by one.
            runtime::build_property_table(value.as_object());
            Reference* ref = runtime::make_reference(slot);
            ++ref->header.refcount;
            iterator.copy_from(Value::reference(ref));
            iterator.set_aux(runtime::iterator_add_object(ref->value.as_object()));
            return true;
        }
        if (!value.is_array()) {
            runtime::warning(runtime::format(runtime::msg::ForeachNotIterable,
                                             runtime::zend_type_name(value.is_undef() ? Value::null() : value)));
            iterator.clear_type();
            return false;
        }
        Reference* ref = runtime::make_reference(slot);
        ++ref->header.refcount;
        Array* array = separate(ref->value);
        iterator.copy_from(Value::reference(ref));
        iterator.set_aux(runtime::iterator_add(array, 0));
        return true;
    }
    // A temporary: iterated by reference on its own copy.
    Value subject = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    if (subject.is_object())
        return start_object_loop(iterator, subject, true);
    if (!subject.is_array()) {
        runtime::warning(runtime::format(runtime::msg::ForeachNotIterable, runtime::zend_type_name(subject)));
        runtime::release(subject);
        iterator.clear_type();
        return false;
    }
    Reference* ref = Reference::create(subject);
    Array* array = separate(ref->value);
    iterator.copy_from(Value::reference(ref));
    iterator.set_aux(runtime::iterator_add(array, 0));
    return true;
}

// Writes `key` into the slot extended names, if any.
static void store_key(const Instruction* pc, Frame* fp, ArrayKey key)
{
    if (pc->extended != kNoKey)
        slot_at(fp, pc->extended).copy_from(key.to_value());
}

// The slot of the next property of `object` from `pos` on that the running code
// may see (its key written into the slot extended names, if any), `pos` left past
// it; nullptr at the end. By reference, a typed property's slot becomes a reference
// with the property as its source (typed_reference.h).
static Value* next_object_property(const Instruction* pc, Frame* fp, runtime::Object* object, uint32_t& pos,
                                   bool by_reference = false)
{
    runtime::IteratedProperty property;
    if (!runtime::next_visible_property(object, fp->function->scope, pos, property))
        return nullptr;
    if (by_reference && property.info != nullptr && (property.info->flags & runtime::AccReadonly)) {
        // ZEND_FE_FETCH_RW names the property by its key, whose mangled form (a
        // protected or private one) prints as nothing.
        bool plain = (property.info->flags & runtime::AccPublic) != 0;
        (void)runtime::throw_error(runtime::msg::kind::Error,
                                   runtime::format(runtime::msg::ReferenceToReadonlyProperty,
                                                   property.info->declaring_class->name().c_str(),
                                                   plain ? property.info->name->bytes : ""));
        return nullptr;
    }
    if (by_reference && property.info != nullptr && property.info->type != nullptr) {
        // The loop's variable is bound to a reference that checks what it is given.
        if (property.slot->is_undef())
            return next_object_property(pc, fp, object, pos, by_reference); // uninitialized: skipped
        runtime::make_typed_property_reference(*property.slot,
                                               runtime::typed_slot_source_for_reference(object, property.info->slot));
    }
    store_key(pc, fp, property.key);
    return property.slot;
}

// The loop's variable (or the Tmp a list() or a nested target reads) takes a copy
// of `element`.
static void store_fetched_value(const Instruction* pc, Frame* fp, const Value& element)
{
    Value v;
    runtime::copy_value(v, element);
    Value& target = result_slot(pc, fp);
    if (pc->result_kind == OperandKind::Cv)
        (void)assign_to(target, v); // a TypeError is left pending, for foreach_step
    else
        target.copy_from(v);
}

// By reference: `slot` becomes a Reference the loop's variable is bound to.
static void bind_fetched_slot(const Instruction* pc, Frame* fp, Value& slot)
{
    Reference* ref = runtime::make_reference(slot);
    Value& target = result_slot(pc, fp);
    if (pc->result_kind == OperandKind::Cv) {
        bind_reference(target, ref);
    } else {
        ++ref->header.refcount;
        target.copy_from(Value::reference(ref));
    }
}

// The next element of the table an iterator object walks (see start_object_loop):
// copied, or bound by reference, into the loop's variable, the key the class shows
// for it into the key slot. False at the end.
static bool fetch_from_own_table(const Instruction* pc, Frame* fp, const runtime::ObjectIteratorData& walk,
                                 bool by_reference)
{
    Array* table = nullptr;
    uint32_t pos = 0;
    if (!runtime::object_iterator_current(walk, table, pos))
        return false;
    runtime::object_iterator_advance(walk, pos);
    if (pc->extended != kNoKey)
        slot_at(fp, pc->extended).copy_from(runtime::object_iterator_key(walk, table, pos));
    if (by_reference)
        bind_fetched_slot(pc, fp, table->value_at(pos));
    else
        store_fetched_value(pc, fp, runtime::deref(table->value_at(pos)));
    return true;
}

bool foreach_fetch(const Instruction* pc, Frame* fp)
{
    Value& iterator = slot_at(fp, pc->op1);
    if (iterator.is_object()) {
        if (const runtime::ObjectIteratorData* walk = runtime::object_iterator_data(iterator.as_object())) [[unlikely]]
            return fetch_from_own_table(pc, fp, *walk, false);
        uint32_t pos = iterator.aux();
        Value* slot = next_object_property(pc, fp, iterator.as_object(), pos);
        iterator.set_aux(pos);
        if (slot == nullptr)
            return false;
        store_fetched_value(pc, fp, runtime::deref(*slot));
        return true;
    }
    Array* array = iterator.as_array();
    uint32_t pos = array->next_position(iterator.aux());
    if (pos >= array->used())
        return false;
    iterator.set_aux(pos + 1);
    store_key(pc, fp, array->key_at(pos));
    store_fetched_value(pc, fp, runtime::deref(array->value_at(pos)));
    return true;
}

bool foreach_fetch_reference(const Instruction* pc, Frame* fp)
{
    Value& iterator = slot_at(fp, pc->op1);
    if (iterator.is_object()) {
        if (const runtime::ObjectIteratorData* walk = runtime::object_iterator_data(iterator.as_object())) [[unlikely]]
            return fetch_from_own_table(pc, fp, *walk, true);
        // Over a temporary object: the position is kept in the aux word.
        uint32_t pos = iterator.aux();
        Value* slot = next_object_property(pc, fp, iterator.as_object(), pos, true);
        iterator.set_aux(pos);
        if (slot == nullptr)
            return false;
        bind_fetched_slot(pc, fp, *slot);
        return true;
    }
    // Over a variable, which the loop may have given another value (ZEND_FE_FETCH_RW).
    Reference* holder = iterator.as_reference();
    Value& array_slot = holder->value;
    uint32_t id = iterator.aux();
    if (array_slot.is_object()) {
        runtime::Object* object = array_slot.as_object();
        uint32_t pos = runtime::iterator_object_position(id, object);
        Value* slot = next_object_property(pc, fp, object, pos, true);
        runtime::iterator_set_position(id, pos);
        if (slot == nullptr)
            return false;
        bind_fetched_slot(pc, fp, *slot);
        return true;
    }
    if (!array_slot.is_array()) {
        runtime::warning(runtime::format(runtime::msg::ForeachNotIterable, runtime::zend_type_name(array_slot)));
        return false;
    }
    Array* array = array_slot.as_array();
    if (array->header.refcount > 1 || array->is_immutable())
        array = separate(array_slot);
    uint32_t pos = array->next_position(runtime::iterator_position(id, array));
    if (pos >= array->used())
        return false;
    runtime::iterator_set_position(id, pos + 1);
    store_key(pc, fp, array->key_at(pos));
    bind_fetched_slot(pc, fp, array->value_at(pos));
    return true;
}

void foreach_free(const Instruction* pc, Frame* fp)
{
    Value& iterator = slot_at(fp, pc->op1);
    if (iterator.is_reference())
        runtime::iterator_delete(iterator.aux());
    runtime::release_and_clear_nogc(iterator);
}

// ---- writes through a temporary container ---------------------------------------

// php's FREE_OP1_VAR_PTR: an instruction that writes through a container held in a
// Tmp itself, not through a pointer into a variable (what a write fetch leaves when
// the object it read from died, or what an overloaded property's __get gave),
// releases it when done. A write fetch's result pointing into a container about to
// die becomes a copy of the element first (FREE_VAR_PTR_AND_EXTRACT_RESULT_IF_NEEDED).
static Outcome write_through_temporary(const Instruction* pc, Frame* fp, Outcome (*write)(const Instruction*, Frame*))
{
    Outcome outcome = write(pc, fp);
    Value& container = slot_at(fp, pc->op1);
    if (!container.is_refcounted())
        return outcome;
    if (container.as_counted()->refcount == 1 && pc->result_kind == OperandKind::Tmp) {
        Value& result = result_slot(pc, fp);
        if (result.is_indirect()) {
            Value element;
            runtime::copy_value(element, *result.as_indirect());
            result.copy_from(element);
        }
    }
    runtime::release_and_clear(container);
    return outcome;
}

template <Outcome (*Write)(const Instruction*, Frame*)>
static Outcome through_container(const Instruction* pc, Frame* fp)
{
    // A null there may become an array the write makes: it is released all the same.
    if (pc->op1_kind != OperandKind::Tmp || slot_at(fp, pc->op1).is_indirect()) [[likely]]
        return Write(pc, fp);
    return write_through_temporary(pc, fp, Write);
}

Outcome fetch_dimension_for_write(const Instruction* pc, Frame* fp)
{
    if (pc->extended & kFetchFromList) {
        // FETCH_LIST_W on a value (a call's result): no element to bind, a copy.
        const Value& held = slot_at(fp, pc->op1);
        if (pc->op1_kind == OperandKind::Tmp && !held.is_indirect() && !held.is_reference()) {
            runtime::notice("Attempting to set reference to non referenceable value");
            return fetch_list_element(pc, fp);
        }
        return fetch_dimension_for_write_in_place(pc, fp);
    }
    return through_container<fetch_dimension_for_write_in_place>(pc, fp);
}
Outcome assign_dimension(const Instruction* pc, Frame* fp) { return through_container<assign_dimension_in_place>(pc, fp); }
Outcome assign_dimension_op(const Instruction* pc, Frame* fp) { return through_container<assign_dimension_op_in_place>(pc, fp); }
Outcome unset_dimension(const Instruction* pc, Frame* fp) { return through_container<unset_dimension_in_place>(pc, fp); }
Outcome increment_indirect(const Instruction* pc, Frame* fp) { return through_container<increment_indirect_in_place>(pc, fp); }

} // namespace miniphp::vm
