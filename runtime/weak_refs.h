// The weak side of objects: which WeakReference objects and WeakMap objects point
// at each live object without owning it (php's EG(weakrefs), zend_weakrefs.c).
//
// A weak owner is the WeakReference or the WeakMap that holds the target weakly. An
// object with at least one owner carries the WeaklyReferenced flag, so freeing an
// object costs one flag test when nothing points at it weakly. When a flagged object
// is freed (its count reached zero, or the cycle collector frees it: both end in
// Teardown::begin_object), notify_freed() tells each owner in the order they
// registered: a WeakReference forgets its target (get() returns null from then on), a
// WeakMap drops the entry, releasing its value, which may run destructors.
//
// Owners are kept per target in registration order; unregistering one keeps the
// order of the others, as php's per-object table does.
#pragma once

#include <cstdint>

namespace miniphp::runtime {

struct Object;

enum class WeakOwnerKind : uint8_t { Reference, Map };

struct WeakOwner {
    WeakOwnerKind kind;
    Object* owner; // the WeakReference or WeakMap object
};

// `owner` now points at `target` weakly (zend_weakref_register).
void register_weak(Object* target, WeakOwner owner);
// `owner` no longer points at `target` (zend_weakref_unregister); then the owner is
// told as on a free (its WeakReference forgets the target, its WeakMap drops the
// entry), last, as that may free things.
void unregister_weak(Object* target, WeakOwner owner);
// The WeakReference object pointing at `target`, or null.
Object* find_weak_reference(const Object* target);
// `target` is being freed: every owner lets go of it (zend_weakrefs_notify). Called
// while the target still holds its handle, so a WeakMap finds it by its key.
void notify_freed(Object* target);

} // namespace miniphp::runtime
