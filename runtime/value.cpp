#include "runtime/value.h"

#include <cassert>

#include "gc/collector.h"

#include "runtime/array.h"
#include "runtime/object.h"
#include "runtime/typed_reference.h"

namespace miniphp::runtime {

void destroy_refcounted(gc::Refcounted* counted)
{
    if (counted->has_flag(gc::Collected))
        return; // garbage the collector is destroying: it frees the memory itself
    switch (static_cast<Type>(counted->type())) {
    case Type::String:
        String::destroy(reinterpret_cast<String*>(counted));
        return;
    case Type::Array:
        Array::destroy(reinterpret_cast<Array*>(counted));
        return;
    case Type::Reference:
        Reference::destroy(reinterpret_cast<Reference*>(counted));
        return;
    case Type::Object:
        Object::destroy(reinterpret_cast<Object*>(counted));
        return;
    default:
        assert(false && "destroy_refcounted: type has no destructor yet");
    }
}

void check_possible_root(gc::Refcounted* counted)
{
    if (counted->type() == gc::ReferenceType) {
        const Value& inner = reinterpret_cast<Reference*>(counted)->value;
        if (!inner.is_refcounted())
            return;
        counted = inner.as_counted();
        if ((counted->type_info & (gc::Refcounted::kInfoMask | gc::NotCollectable)) != 0)
            return;
    }
    gc::collector().possible_root(counted);
}

void Reference::destroy(Reference* r)
{
    // Its typed properties let it go before it dies; a list left over would leak.
    if (r->sources != nullptr) [[unlikely]]
        clear_type_sources(r);
    Value inner;
    inner.copy_from(r->value);
    gc::heap().deallocate(r, sizeof(Reference));
    release(inner);
}

static_assert(static_cast<uint32_t>(Type::String) == gc::StringType &&
              static_cast<uint32_t>(Type::Array) == gc::ArrayType &&
              static_cast<uint32_t>(Type::Object) == gc::ObjectType &&
              static_cast<uint32_t>(Type::Reference) == gc::ReferenceType,
              "the collector tells heap types apart by runtime::Type's numbers");
static_assert(sizeof(Value) == sizeof(gc::ValueSlot) && static_cast<uint32_t>(Type::Indirect) == gc::ValueSlot::kIndirectType &&
                  (Value::kRefcounted << 8) == gc::ValueSlot::kCountedBit,
              "the collector reads a Value as a gc::ValueSlot");

} // namespace miniphp::runtime
