// The Closure class's methods and closures made from other callables.
#pragma once

namespace miniphp::runtime {
struct Object;
}

namespace miniphp::vm {

struct CallTarget;

// Adds Closure::bind, bindTo, call, fromCallable and __invoke to the runtime's
// Closure class (once).
void install_closure_methods();

// Closure::fromCallable: the closure a callable is, or a new one over the function
// or method it names (a fake closure). Count 1 for the caller.
runtime::Object* closure_from_target(const CallTarget& target);

} // namespace miniphp::vm
