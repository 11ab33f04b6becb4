// Closures: objects of the built-in final class Closure (Zend's zend_closure). A
// closure holds the function it runs (a vm::Function, opaque here), the object bound
// as $this (if any), the class scope its code runs in and the class static:: names,
// and its own copy of the function's static variables, where the variables it
// captured with `use` (or an arrow function captured by itself) are stored first.
//
// Each closure object owns its ClosureData (in the Object's spare `reserved` word);
// freeing the object releases the static variables, then $this, as php's
// zend_closure_free_storage does.
#pragma once

#include "runtime/value.h"

namespace miniphp::vm {
struct Function;
}

namespace miniphp::runtime {

class Array;
class Class;
struct Object;

struct ClosureData {
    const vm::Function* function = nullptr;
    Object* this_object = nullptr;      // owned reference, or null
    const Class* scope = nullptr;       // the class its code sees as self (null: none)
    const Class* called_scope = nullptr; // static::
    Array* static_values = nullptr;     // owned: captured variables, then `static` ones
};

const Class* closure_class();

// A new Closure (count 1) over `data`, whose references it takes over.
Object* make_closure(const ClosureData& data);

// The data of a Closure object (null for any other object).
ClosureData* closure_data(const Object* object);

// Supplied by the VM: the "parameter" part of var_dump's view of a closure.
using ClosureParameterInfo = void (*)(const vm::Function* function, Array* into);
void set_closure_parameter_info(ClosureParameterInfo info);

} // namespace miniphp::runtime
