// Whether a method may override the one its class inherits (php's
// zend_do_perform_implementation_check): arity, by-reference parameters and
// returns, variadics, contravariant parameter types and covariant return types.
#pragma once

#include "runtime/class.h"
#include "vm/bytecode.h"
#include "vm/class_table.h"

namespace miniphp::vm {

// `child`, declared in `child_scope`, may override `parent` (declared in its own
// scope, set on the Function): its signature accepts at least what the parent's
// does and returns no more. Classes named in types are looked up in `classes`; one
// not declared yet is taken as compatible.
bool is_compatible_override(const ClassTable& classes, const Function& child, const runtime::Class* child_scope,
                            const Function& parent);

} // namespace miniphp::vm
