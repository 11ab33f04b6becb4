#include "runtime/object_store.h"

#include <cassert>

#include "runtime/class.h"
#include "runtime/object.h"

namespace miniphp::runtime {

namespace {

// A bucket's states: an object pointer (aligned, low bit clear), a free handle's
// link (low bit set: the next free handle shifted left), or kInvalid while its
// object is being freed.
constexpr uintptr_t kInvalid = 2;

bool holds_object(uintptr_t bucket) { return bucket != 0 && bucket != kInvalid && (bucket & 1) == 0; }

} // namespace

ObjectStore& ObjectStore::instance()
{
    static ObjectStore store;
    return store;
}

uint32_t ObjectStore::put(Object* object)
{
    if (m_free_head != 0 && !m_no_reuse) {
        uint32_t handle = m_free_head;
        m_free_head = static_cast<uint32_t>(m_buckets[handle] >> 1);
        m_buckets[handle] = reinterpret_cast<uintptr_t>(object);
        return handle;
    }
    m_buckets.push_back(reinterpret_cast<uintptr_t>(object));
    return static_cast<uint32_t>(m_buckets.size() - 1);
}

void ObjectStore::invalidate(uint32_t handle) { m_buckets[handle] = kInvalid; }

void ObjectStore::free_handle(uint32_t handle)
{
    m_buckets[handle] = (uintptr_t(m_free_head) << 1) | 1;
    m_free_head = handle;
}

Object* ObjectStore::get(uint32_t handle) const
{
    if (handle >= m_buckets.size() || !holds_object(m_buckets[handle]))
        return nullptr;
    return reinterpret_cast<Object*>(m_buckets[handle]);
}

Object* ObjectStore::next_to_destruct(uint32_t& handle)
{
    for (; handle < m_buckets.size(); ++handle) {
        Object* object = get(handle);
        if (object == nullptr || object->has_flag(DestructorCalled))
            continue;
        object->flags |= DestructorCalled;
        if (object->class_entry->destructor() != nullptr)
            return object;
    }
    return nullptr;
}

void ObjectStore::call_destructors()
{
    call_destructors_checked([] { return false; });
}

void ObjectStore::mark_destructed()
{
    for (uint32_t handle = 1; handle < m_buckets.size(); ++handle)
        if (Object* object = get(handle))
            object->flags |= DestructorCalled;
}

// Last handle first, as zend_objects_store_free_object_storage walks the store.
void ObjectStore::free_all()
{
    for (uint32_t handle = static_cast<uint32_t>(m_buckets.size()); handle-- > 1;) {
        Object* object = get(handle);
        if (object == nullptr)
            continue;
        object->flags |= DestructorCalled;
        Object::free_storage(object);
    }
}

void ObjectStore::reset()
{
    m_buckets.assign(1, 0);
    m_free_head = 0;
    m_no_reuse = false;
}

} // namespace miniphp::runtime
