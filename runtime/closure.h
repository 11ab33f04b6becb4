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

#include <string>

#include "runtime/value.h"

namespace miniphp::vm {
struct Function;
}

namespace miniphp::runtime {

class Array;
class Class;
struct BuiltinFunction;
struct Object;

struct ClosureData {
    const vm::Function* function = nullptr;
    // A closure made from a named function or method (Closure::fromCallable, `f(...)`:
    // php's fake closure) runs that code as it is, which may be a builtin's.
    const BuiltinFunction* builtin = nullptr;
    bool fake = false;
    bool is_static = false;             // `static function`: never gets a $this
    Object* this_object = nullptr;      // owned reference, or null
    const Class* scope = nullptr;       // the class its code sees as self (null: none)
    const Class* called_scope = nullptr; // static::
    Array* static_values = nullptr;     // owned: captured variables, then `static` ones
};

// The class, to which the VM adds the methods (bind, call, ...) before a script runs.
Class* closure_class();

// A new Closure (count 1) over `data`, whose references it takes over.
Object* make_closure(const ClosureData& data);

// The data of a Closure object (null for any other object).
ClosureData* closure_data(const Object* object);

// Supplied by the VM: what var_dump shows of a closure's code, the name of a fake
// closure's function ("A::m") and the "parameter" entries.
using ClosureDescriber = void (*)(const ClosureData& data, std::string& function_name, Array* parameters);
void set_closure_describer(ClosureDescriber describer);

} // namespace miniphp::runtime
