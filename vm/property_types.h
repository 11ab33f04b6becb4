// Typed properties: the VM's half of the type check (see runtime/property_access.h).
#pragma once

#include "runtime/value.h"

namespace miniphp::runtime {
struct PropertyInfo;
}

namespace miniphp::vm {

// `value` has the property's type, or was converted to it in place.
// `strict`: no conversion but int to float.
bool check_property_type(const runtime::PropertyInfo& info, runtime::Value& value, bool strict);

} // namespace miniphp::vm
