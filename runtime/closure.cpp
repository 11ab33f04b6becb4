#include "runtime/closure.h"

#include <cstddef>
#include <memory>
#include <new>

#include "runtime/array.h"
#include "runtime/class.h"
#include "runtime/collector_hooks.h"
#include "runtime/object.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

ClosureDescriber g_describer = nullptr;

void free_closure_data(Object* object)
{
    auto* data = static_cast<ClosureData*>(object->reserved);
    if (data == nullptr)
        return;
    object->reserved = nullptr;
    if (Array* statics = data->static_values) {
        data->static_values = nullptr;
        release(Value::array(statics));
    }
    if (Object* self = data->this_object) {
        data->this_object = nullptr;
        release(Value::object(self));
    }
    data->~ClosureData(); // its memory is the object's own
}

// zend_closure_get_debug_info: "static" (a copy of the static variables), "this",
// then "parameter" ("$name" or "&$name" => "<required>" / "<optional>").
Array* closure_debug_info(Object* object)
{
    const ClosureData* data = closure_data(object);
    Array* info = Array::create();
    InternTable& names = InternTable::instance();
    std::string function_name;
    Array* parameters = Array::create();
    if (g_describer != nullptr)
        g_describer(*data, function_name, parameters);
    if (data->fake)
        info->lookup_or_insert(names.intern("function"))->copy_from(Value::string(String::create(function_name)));
    if (data->static_values != nullptr && data->static_values->size() != 0)
        info->lookup_or_insert(names.intern("static"))->copy_from(Value::array(data->static_values->duplicate()));
    if (data->this_object != nullptr) {
        ++data->this_object->header.refcount;
        info->lookup_or_insert(names.intern("this"))->copy_from(Value::object(data->this_object));
    }
    if (parameters->size() != 0)
        info->lookup_or_insert(names.intern("parameter"))->copy_from(Value::array(parameters));
    else
        release(Value::array(parameters));
    return info;
}

// The collector's view of a closure (zend_closure_get_gc): the bound $this, then
// the captured and static variables.
void closure_gc_children(Object* object, gc::Children& out)
{
    ClosureData* data = closure_data(object);
    if (data == nullptr)
        return;
    if (data->this_object != nullptr)
        out.extra = &data->this_object->header;
    if (data->static_values != nullptr && !data->fake)
        out.runs[0] = slot_run(data->static_values);
}

Class* make_closure_class()
{
    auto* cls = new Class("Closure", nullptr, AccFinal);
    cls->set_free_extra(free_closure_data);
    cls->set_gc_children(closure_gc_children);
    // php 8.2's zend_closure: its zend_object (56), a zend_function (240), the bound
    // $this (16), the called scope and the original handler (8 each): 328 bytes, the
    // 384-byte bin. Our object header and ClosureData fit in that block.
    constexpr size_t kZendClosureSize = 328;
    static_assert(offsetof(Object, slots) + sizeof(ClosureData) <= kZendClosureSize);
    cls->set_instance_extra(kZendClosureSize - offsetof(Object, slots));
    cls->set_debug_info(closure_debug_info);
    cls->finish_linking();
    return cls;
}

} // namespace

Class* closure_class()
{
    static Class* cls = make_closure_class();
    return cls;
}

Object* make_closure(const ClosureData& data)
{
    Object* object = Object::create(closure_class());
    // In the object's own block, after its (absent) property slots.
    object->reserved = new (reinterpret_cast<char*>(object) + offsetof(Object, slots)) ClosureData(data);
    return object;
}

ClosureData* closure_data(const Object* object)
{
    return object->class_entry == closure_class() ? static_cast<ClosureData*>(object->reserved) : nullptr;
}

void set_closure_describer(ClosureDescriber describer) { g_describer = describer; }

} // namespace miniphp::runtime
