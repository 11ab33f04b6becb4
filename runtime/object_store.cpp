#include "runtime/object_store.h"

#include <cassert>

#include "gc/heap.h"
#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/teardown.h"

namespace miniphp::runtime {

namespace {

bool holds_object(uintptr_t bucket)
{
    return bucket != 0 && bucket != ObjectStore::kInvalid && (bucket & 1) == 0;
}

} // namespace

ObjectStore ObjectStore::s_instance;

uint32_t ObjectStore::put_new(Object* object)
{
    if (m_buckets.size() == m_php_capacity) [[unlikely]]
        grow_php_buckets();
    m_buckets.push_back(reinterpret_cast<uintptr_t>(object));
    return static_cast<uint32_t>(m_buckets.size() - 1);
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
        if (object == nullptr || object->destructor_done())
            continue;
        object->set_destructor_done();
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
            object->set_destructor_done();
}

// Last handle first, as zend_objects_store_free_object_storage walks the store.
void ObjectStore::free_all()
{
    for (uint32_t handle = static_cast<uint32_t>(m_buckets.size()); handle-- > 1;) {
        Object* object = get(handle);
        if (object == nullptr)
            continue;
        object->set_destructor_done();
        Teardown::free_object(object);
    }
}

// php's store starts with 1024 eight-byte buckets (part of its start-up usage) and
// doubles them with erealloc when a new handle finds them full
// (zend_objects_store_put). Our buckets live in a std::vector, so the heap is charged
// for the part php adds: a block of the buckets past the first 1024.
void ObjectStore::grow_php_buckets()
{
    size_t old_extra = (m_php_capacity - kPhpInitialCapacity) * sizeof(uintptr_t);
    m_php_capacity *= 2;
    size_t extra = (m_php_capacity - kPhpInitialCapacity) * sizeof(uintptr_t);
    gc::Heap& heap = gc::heap();
    m_php_growth = old_extra == 0 ? heap.allocate_bookkeeping(extra)
                                  : heap.reallocate_bookkeeping(m_php_growth, old_extra, extra);
}

void ObjectStore::reset()
{
    if (m_php_growth != nullptr)
        gc::heap().deallocate_bookkeeping(m_php_growth, (m_php_capacity - kPhpInitialCapacity) * sizeof(uintptr_t));
    m_php_growth = nullptr;
    m_php_capacity = kPhpInitialCapacity;
    m_buckets.assign(1, 0);
    m_free_head = 0;
    m_no_reuse = false;
}

} // namespace miniphp::runtime
