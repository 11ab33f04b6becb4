#include "runtime/typed_reference.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include "gc/heap.h"
#include "runtime/class.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/operators.h"
#include "runtime/property_access.h"
#include "runtime/string.h"
#include "runtime/type_decl.h"

namespace miniphp::runtime {

namespace {

// zend_property_info_list: the sources of a reference that has more than one (its
// counts are size_t, as php's, so the blocks are php's sizes).
struct SourceList {
    size_t count;
    size_t capacity;
    const PropertyInfo* items[1];
};

constexpr uintptr_t kListTag = 1;
constexpr size_t kFirstCapacity = 4;

size_t list_bytes(size_t capacity) { return offsetof(SourceList, items) + sizeof(const PropertyInfo*) * capacity; }

bool is_list(const void* sources) { return (reinterpret_cast<uintptr_t>(sources) & kListTag) != 0; }

SourceList* as_list(void* sources) { return reinterpret_cast<SourceList*>(reinterpret_cast<uintptr_t>(sources) & ~kListTag); }

void* tagged(SourceList* list) { return reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(list) | kListTag); }

// Calls visit(info) for each source, in the order they were added.
template <class Visit>
bool every_source(const Reference* ref, Visit visit)
{
    if (ref->sources == nullptr)
        return true;
    if (!is_list(ref->sources))
        return visit(static_cast<const PropertyInfo*>(ref->sources));
    const SourceList* list = as_list(ref->sources);
    for (size_t i = 0; i < list->count; ++i) {
        if (!visit(list->items[i]))
            return false;
    }
    return true;
}

std::string property_words(const PropertyInfo* info)
{
    return format("property %s::$%s of type %s", info->declaring_class->name().c_str(),
                  std::string(info->name->view()).c_str(), type_to_string(*info->type).c_str());
}

struct ReferenceTarget {
    const Value* slot = nullptr;
    const PropertyInfo* info = nullptr;
};
ReferenceTarget g_reference_target;

} // namespace

const PropertyInfo* typed_slot_source(const Object* object, uint32_t slot)
{
    const PropertyInfo& info = object->class_entry->slot_properties()[slot];
    return info.type != nullptr ? &info : nullptr;
}

const PropertyInfo* typed_slot_source_for_reference(Object* object, uint32_t slot)
{
    const PropertyInfo* info = typed_slot_source(object, slot);
    if (info != nullptr)
        object->flags |= HoldsTypedReferences;
    return info;
}

void drop_property_type_sources(Object* object)
{
    for (uint32_t i = 0, n = object->class_entry->slot_count(); i < n; ++i) {
        Value& slot = object->slots[i];
        if (holds_typed_reference(slot)) {
            if (const PropertyInfo* info = typed_slot_source(object, i))
                remove_type_source(slot.as_reference(), info);
        }
    }
}

void note_reference_target(const Value* slot, const PropertyInfo* info) { g_reference_target = {slot, info}; }

const PropertyInfo* take_reference_target(const Value* slot)
{
    ReferenceTarget noted = g_reference_target;
    g_reference_target = {};
    return noted.slot == slot ? noted.info : nullptr;
}

Outcome prepare_typed_property_binding(Value& slot, const PropertyInfo* info, Reference* ref)
{
    Value& value = ref->value;
    if (!has_type_sources(ref)) {
        if (verify_property_value(*info, value) == Outcome::Threw)
            return Outcome::Threw;
    } else if (!info->type->admits(value.type())) {
        Value attempt;
        copy_value(attempt, value);
        bool convertible = property_type_accepts(*info, attempt);
        release(attempt);
        if (!convertible)
            return verify_property_value(*info, value); // its TypeError
        const PropertyInfo* first = is_list(ref->sources) ? as_list(ref->sources)->items[0]
                                                          : static_cast<const PropertyInfo*>(ref->sources);
        return throw_error(msg::kind::TypeError,
                           format("Reference with value of type %s held by %s is not compatible with %s",
                                  given_type_name(value).c_str(), property_words(first).c_str(),
                                  property_words(info).c_str()));
    }
    if (slot.is_reference())
        remove_type_source(slot.as_reference(), info);
    add_type_source(ref, info);
    return Outcome::Ok;
}

void add_type_source(Reference* ref, const PropertyInfo* info)
{
    if (ref->sources == nullptr) {
        ref->sources = const_cast<PropertyInfo*>(info);
        return;
    }
    SourceList* list;
    if (!is_list(ref->sources)) {
        list = static_cast<SourceList*>(gc::heap().allocate(list_bytes(kFirstCapacity)));
        list->items[0] = static_cast<const PropertyInfo*>(ref->sources);
        list->count = 1;
        list->capacity = kFirstCapacity;
    } else {
        list = as_list(ref->sources);
        if (list->count == list->capacity) {
            size_t capacity = list->capacity * 2;
            list = static_cast<SourceList*>(
                gc::heap().reallocate(list, list_bytes(list->capacity), list_bytes(capacity)));
            list->capacity = capacity;
        }
    }
    list->items[list->count++] = info;
    ref->sources = tagged(list);
}

void remove_type_source(Reference* ref, const PropertyInfo* info)
{
    if (ref->sources == nullptr)
        return;
    if (!is_list(ref->sources)) {
        if (ref->sources == info)
            ref->sources = nullptr;
        return;
    }
    SourceList* list = as_list(ref->sources);
    size_t at = 0;
    while (at < list->count && list->items[at] != info)
        ++at;
    if (at == list->count)
        return;
    if (list->count == 1) {
        gc::heap().deallocate(list, list_bytes(list->capacity));
        ref->sources = nullptr;
        return;
    }
    list->items[at] = list->items[--list->count]; // the last one takes its place
    if (list->count >= 4 && list->count * 4 == list->capacity) {
        size_t capacity = list->count * 2;
        list = static_cast<SourceList*>(gc::heap().reallocate(list, list_bytes(list->capacity), list_bytes(capacity)));
        list->capacity = capacity;
        ref->sources = tagged(list);
    }
}

void clear_type_sources(Reference* ref)
{
    if (is_list(ref->sources)) {
        SourceList* list = as_list(ref->sources);
        gc::heap().deallocate(list, list_bytes(list->capacity));
    }
    ref->sources = nullptr;
}

Reference* make_typed_property_reference(Value& slot, const PropertyInfo* info)
{
    if (slot.is_reference())
        return slot.as_reference();
    if (slot.is_undef() && !info->type->admits(Type::Null)) {
        (void)throw_error(msg::kind::Error, format("Cannot access uninitialized non-nullable property %s::$%s by reference",
                                                   info->declaring_class->name().c_str(),
                                                   std::string(info->name->view()).c_str()));
        return nullptr;
    }
    Reference* ref = make_reference(slot);
    add_type_source(ref, info);
    return ref;
}

Outcome verify_reference_assignable(const Reference* ref, Value& value, bool strict)
{
    // Every source must take the value; those that need it converted must all
    // convert it to the same value, and may not mix with sources taking it as it is
    // (then the conversion would depend on which property is asked).
    const PropertyInfo* first = nullptr;
    Value converted; // Undef while no source converted
    const PropertyInfo* failed = nullptr;
    const PropertyInfo* conflicting = nullptr;
    every_source(ref, [&](const PropertyInfo* info) {
        bool as_is = info->type->admits(value.type());
        if (!as_is) {
            Value attempt;
            copy_value(attempt, value);
            if (!property_type_accepts(*info, attempt, strict)) {
                release(attempt);
                failed = info;
                return false;
            }
            as_is = is_identical(attempt, value) && attempt.type() == value.type(); // a class type: taken as it is
            if (!as_is) {
                if (first == nullptr) {
                    first = info;
                    converted.copy_from(attempt);
                    return true;
                }
                bool same = !converted.is_undef() && is_identical(converted, attempt);
                release(attempt);
                if (!same)
                    conflicting = info;
                return same;
            }
            release(attempt);
        }
        if (first == nullptr) {
            first = info;
        } else if (!converted.is_undef()) {
            conflicting = info;
            return false;
        }
        return true;
    });
    Outcome outcome = Outcome::Ok;
    if (failed != nullptr) {
        outcome = throw_error(msg::kind::TypeError, format("Cannot assign %s to reference held by %s",
                                                           given_type_name(value).c_str(), property_words(failed).c_str()));
    } else if (conflicting != nullptr) {
        outcome = throw_error(msg::kind::TypeError,
                              format("Cannot assign %s to reference held by %s and %s, as this would result in an "
                                     "inconsistent type conversion",
                                     given_type_name(value).c_str(), property_words(first).c_str(),
                                     property_words(conflicting).c_str()));
    }
    if (converted.is_undef())
        return outcome;
    if (outcome == Outcome::Ok) {
        release(value);
        value.copy_from(converted);
    } else {
        release(converted);
    }
    return outcome;
}

Outcome assign_to_typed_reference(Reference* ref, Value value, bool strict)
{
    if (value.is_reference()) {
        Value inner;
        copy_value(inner, value.as_reference()->value);
        release(value);
        value.copy_from(inner);
    }
    if (verify_reference_assignable(ref, value, strict) == Outcome::Threw) {
        release(value);
        return Outcome::Threw;
    }
    Value old;
    old.copy_from(ref->value);
    ref->value.copy_from(value);
    release(old);
    return engine().has_exception() ? Outcome::Threw : Outcome::Ok;
}

Outcome assign_to_slot(Value& slot, Value value, bool strict)
{
    if (holds_typed_reference(slot))
        return assign_to_typed_reference(slot.as_reference(), value, strict);
    Value& target = deref(slot);
    Value old;
    old.copy_from(target);
    target.copy_from(value);
    release(old);
    return Outcome::Ok;
}

void store_failed_operation_result(Reference* ref)
{
    Value agreed; // Undef until a source converts
    bool ok = every_source(ref, [&](const PropertyInfo* info) {
        Value v;
        if (!value_of_failed_operation(*info->type, v))
            return false;
        bool same = agreed.is_undef() || is_identical(agreed, v);
        if (agreed.is_undef())
            agreed.copy_from(v);
        else
            release(v);
        return same;
    });
    if (!ok || agreed.is_undef()) {
        release(agreed);
        return;
    }
    Value old;
    old.copy_from(ref->value);
    ref->value.copy_from(agreed);
    release(old);
}

Outcome check_array_may_start_in_reference(const Reference* ref)
{
    Outcome outcome = Outcome::Ok;
    every_source(ref, [&](const PropertyInfo* info) {
        if (info->type->admits(Type::Array))
            return true;
        outcome = throw_error(msg::kind::TypeError, format("Cannot auto-initialize an array inside a reference held by %s",
                                                           property_words(info).c_str()));
        return false;
    });
    return outcome;
}

Outcome finish_typed_reference_increment(Reference* ref, Value old, bool increment)
{
    if (ref->value.is_double() && old.is_long()) {
        const PropertyInfo* refusing = nullptr;
        every_source(ref, [&](const PropertyInfo* info) {
            if (info->type->admits(Type::Double))
                return true;
            refusing = info;
            return false;
        });
        if (refusing == nullptr)
            return Outcome::Ok;
        ref->value.set_long(increment ? INT64_MAX : INT64_MIN);
        return throw_error(msg::kind::TypeError,
                           format("Cannot %s a reference held by %s past its %s value",
                                  increment ? "increment" : "decrement", property_words(refusing).c_str(),
                                  increment ? "maximal" : "minimal"));
    }
    Value now;
    copy_value(now, ref->value);
    Outcome outcome = verify_reference_assignable(ref, now);
    if (outcome == Outcome::Threw) {
        release(now);
        now.copy_from(old); // the value before comes back
    } else {
        release(old);
    }
    Value replaced;
    replaced.copy_from(ref->value);
    ref->value.copy_from(now);
    release(replaced);
    return outcome;
}

} // namespace miniphp::runtime
