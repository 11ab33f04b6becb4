#include "runtime/value.h"

#include <cassert>

#include "runtime/array.h"
#include "runtime/object.h"

namespace miniphp::runtime {

void destroy_refcounted(gc::Refcounted* counted)
{
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

void Reference::destroy(Reference* r)
{
    Value inner;
    inner.copy_from(r->value);
    gc::heap().deallocate(r, sizeof(Reference));
    release(inner);
}

} // namespace miniphp::runtime
