// WeakReference: the built-in final class whose objects point at another object
// without keeping it alive (php 8's zend_weakrefs.c). WeakReference::create($o)
// gives the one WeakReference of $o while one exists (a second call returns the
// same object); get() returns $o, or null once $o has been freed. `new
// WeakReference` is an Error, and so are clone and dynamic properties.
//
// The target is kept in the object's spare `reserved` word, registered with the
// weak table (weak_refs.h), which clears it when the target is freed; freeing the
// WeakReference first unregisters it.
#pragma once

namespace miniphp::runtime {

class Class;
struct Object;

// The class, with its methods, made on first use.
const Class* weak_reference_class();

// The target is being freed: the WeakReference `reference` forgets it.
void weak_reference_forget(Object* reference);

} // namespace miniphp::runtime
