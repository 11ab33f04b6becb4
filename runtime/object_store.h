// ObjectStore: every live object by handle, as Zend's EG(objects_store).
//
// Handles start at 1. A freed handle goes to the head of a free list and the next
// new object takes it (last freed, first reused), so handles, var_dump's #N and the
// shutdown order that follows handle order are php's. During shutdown, once the
// remaining destructors are being called, handles are no longer reused
// (EG_FLAGS_OBJECT_STORE_NO_REUSE).
#pragma once

#include <cstdint>
#include <cstddef>
#include <vector>

namespace miniphp::runtime {

struct Object;

class ObjectStore {
public:
    static ObjectStore& instance() { return s_instance; }

    // The handle of a new object: the head of the free list (the handle freed last),
    // else a new one. Inline, as every `new` and every free passes here.
    uint32_t put(Object* object)
    {
        if (m_free_head != 0 && !m_no_reuse) [[likely]] {
            uint32_t handle = m_free_head;
            m_free_head = static_cast<uint32_t>(m_buckets[handle] >> 1);
            m_buckets[handle] = reinterpret_cast<uintptr_t>(object);
            return handle;
        }
        return put_new(object);
    }
    // The object of `handle` is being freed: the handle holds nothing until free_handle.
    void invalidate(uint32_t handle) { m_buckets[handle] = kInvalid; }
    void free_handle(uint32_t handle)
    {
        m_buckets[handle] = (uintptr_t(m_free_head) << 1) | 1;
        m_free_head = handle;
    }
    Object* get(uint32_t handle) const;
    // One past the highest handle ever given.
    uint32_t top() const { return static_cast<uint32_t>(m_buckets.size()); }

    // zend_objects_store_call_destructors: the destructor of every live object not
    // yet destructed, in handle order; no handle reuse from now on.
    void call_destructors();
    // The same, asking `stop` after each destructor whether to go on (it returns
    // true to stop: an exception escaped).
    template <class Stop>
    void call_destructors_checked(Stop stop);
    // zend_objects_store_mark_destructed: after a fatal error no destructor runs.
    void mark_destructed();
    // zend_objects_store_free_object_storage: frees what is left (no destructors).
    void free_all();
    // Back to an empty store (tests, and the end of a run).
    void reset();

    // A bucket's states: an object pointer (aligned, low bit clear), a free handle's
    // link (low bit set: the next free handle shifted left), or kInvalid while its
    // object is being freed.
    static constexpr uintptr_t kInvalid = 2;

private:
    ObjectStore() = default;
    uint32_t put_new(Object* object);
    static ObjectStore s_instance;
    // The next live object from `handle` on whose destructor is due, marked as
    // called; nullptr at the end.
    Object* next_to_destruct(uint32_t& handle);
    // A bucket holds an object, or (low bit set) the next free handle shifted left.
    std::vector<uintptr_t> m_buckets{0};
    uint32_t m_free_head = 0; // 0: none
    // php's bucket count, and the block charged for its growth (grow_php_buckets).
    static constexpr size_t kPhpInitialCapacity = 1024;
    size_t m_php_capacity = kPhpInitialCapacity;
    void* m_php_growth = nullptr;
    void grow_php_buckets();
    bool m_no_reuse = false;
};

} // namespace miniphp::runtime

#include "runtime/object.h"

namespace miniphp::runtime {

template <class Stop>
void ObjectStore::call_destructors_checked(Stop stop)
{
    m_no_reuse = true;
    uint32_t handle = 1;
    while (Object* object = next_to_destruct(handle)) {
        ++object->header.refcount;
        call_destructor(object);
        --object->header.refcount; // not freed here even at zero: free_all does it
        if (stop())
            return;
    }
}

} // namespace miniphp::runtime
