#include "runtime/value.h"

#include <cassert>

namespace miniphp::runtime {

void destroy_refcounted(gc::Refcounted* counted)
{
    switch (static_cast<Type>(counted->type())) {
    case Type::String:
        String::destroy(reinterpret_cast<String*>(counted));
        return;
    default:
        assert(false && "destroy_refcounted: type has no destructor yet");
    }
}

} // namespace miniphp::runtime
