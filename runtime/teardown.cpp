#include "runtime/teardown.h"

#include "gc/collector.h"
#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/array_iterators.h"
#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/object_store.h"
#include "runtime/typed_reference.h"
#include "runtime/weak_refs.h"

namespace miniphp::runtime {

void Teardown::destroy_array(Array* array)
{
    if (array->header.root_slot() != 0)
        gc::collector().remove_from_buffer(&array->header);
    start({array, 0, Kind::Array});
}

void Teardown::destroy_array_contents(Array* array) { run_now({array, 0, Kind::ArrayContents}); }

// The start of zend_object_std_dtor: the object leaves the store and its dynamic
// properties go.
inline void Teardown::begin_object(Object* object, Kind kind)
{
    if (kind == Kind::Object)
        object->header.refcount = 1; // reached again through a cycle: not freed twice
    if (g_object_iterator_count != 0) [[unlikely]]
        detach_object_iterators(object);
    // The weak owners hear first: a WeakReference to the object reads null, and its
    // WeakMap entries are gone, before any property is released (and before the
    // handle is invalidated: the maps key their entries by handle).
    if (object->flags & (WeaklyReferenced | HoldsTypedReferences)) [[unlikely]] {
        if (object->flags & HoldsTypedReferences)
            drop_property_type_sources(object); // zend_object_std_dtor's part
        if (object->flags & WeaklyReferenced) {
            object->set_free_called();
            notify_freed(object);
        }
    }
    ObjectStore::instance().invalidate(object->handle);
    object->set_free_called();
    if (Array* properties = object->properties) {
        object->properties = nullptr;
        release(Value::array(properties));
    }
}

// Its end, after the declared properties: the magic methods' guards, and what the
// class keeps beside the properties.
inline void Teardown::end_object(Object* object)
{
    if (object->class_entry->has_flag(AccUsesGuards))
        release_and_clear(object->slots[object->class_entry->slot_count()]);
    if (ObjectFreeExtra free_extra = object->class_entry->free_extra())
        free_extra(object);
}

// The memory and the handle, which joins the free list only after everything the
// object held is gone, so it is the next one reused.
inline void Teardown::finish_object(Object* object)
{
    uint32_t handle = object->handle;
    if (object->header.root_slot() != 0)
        gc::collector().remove_from_buffer(&object->header);
    gc::heap().free(object);
    ObjectStore::instance().free_handle(handle);
}

// The common case, written out: an object freed on the C stack, its properties
// released in order, the memory and handle freed last.
void Teardown::free_object(Object* object)
{
    State& s = state();
    if (s.depth >= kMaxDepth) [[unlikely]] {
        s.frames.push_back({object, 0, Kind::Object});
        return;
    }
    bool deepest = ++s.depth == kMaxDepth; // only the deepest level's releases push frames
    begin_object(object, Kind::Object);
    if (deepest && !s.frames.empty())
        run();
    for (uint32_t i = 0, n = object->class_entry->slot_count(); i < n; ++i) {
        Value& slot = object->slots[i];
        if (!slot.is_refcounted())
            continue;
        release_and_clear(slot);
        if (deepest && !s.frames.empty())
            run();
    }
    end_object(object);
    if (deepest && !s.frames.empty())
        run();
    finish_object(object);
    --s.depth;
}

void Teardown::release_object_contents(Object* object)
{
    State& s = state();
    if (in_progress()) [[unlikely]] {
        run_now({object, 0, Kind::ObjectContents});
        return;
    }
    ++s.depth;
    free_now({object, 0, Kind::ObjectContents});
    --s.depth;
}

// A value reaching zero is freed right here, unless the frees in progress are
// already as deep as allowed: then it waits on top of the frames, to be freed next.
void Teardown::start(Frame frame)
{
    State& s = state();
    if (s.depth >= kMaxDepth) {
        s.frames.push_back(frame);
        return;
    }
    ++s.depth;
    free_now(frame);
    --s.depth;
}

// For the collector: the frame is done when this returns, even if frames of an
// interrupted teardown are waiting (a collection started by a release inside it).
void Teardown::run_now(Frame frame)
{
    if (!in_progress()) {
        start(frame);
        return;
    }
    Saved saved = suspend();
    start(frame);
    resume(saved);
}

// Frees `frame`'s value in one go: after each release that freed more, those are
// finished (run()) before the next release, which is recursion's order.
void Teardown::free_now(Frame frame)
{
    State& s = state();
    if (frame.kind == Kind::Array || frame.kind == Kind::ArrayContents) {
        auto* array = static_cast<Array*>(frame.target);
        for (uint32_t pos = 0; pos < array->m_used; ++pos) {
            array->release_element(pos);
            if (!s.frames.empty())
                run();
        }
    } else {
        auto* object = static_cast<Object*>(frame.target);
        begin_object(object, frame.kind);
        if (!s.frames.empty())
            run();
        for (uint32_t i = 0, n = object->class_entry->slot_count(); i < n; ++i) {
            Value& slot = object->slots[i];
            if (!slot.is_refcounted())
                continue;
            release_and_clear(slot);
            if (!s.frames.empty())
                run();
        }
        end_object(object);
        if (!s.frames.empty())
            run();
    }
    finish(frame);
}

// Frees the memory (and an object's handle) once everything is released.
[[gnu::always_inline]] inline void Teardown::finish(const Frame& frame)
{
    switch (frame.kind) {
    case Kind::Array:
    case Kind::ArrayContents: {
        auto* array = static_cast<Array*>(frame.target);
        detach_iterators(array);
        array->free_data();
        if (frame.kind == Kind::Array)
            gc::heap().deallocate(array, sizeof(Array));
        return;
    }
    case Kind::Object:
        finish_object(static_cast<Object*>(frame.target));
        return;
    case Kind::ObjectContents:
        return;
    }
}

// Releases the frame's array elements in order until one release pushes frames
// (false) or none is left (true). The frame is re-read after each release: a push
// may move the stack.
bool Teardown::step_array(size_t index)
{
    State& s = state();
    auto* array = static_cast<Array*>(s.frames[index].target);
    size_t height = index + 1;
    for (uint32_t pos = s.frames[index].pos; pos < array->m_used;) {
        s.frames[index].pos = ++pos;
        array->release_element(pos - 1);
        if (s.frames.size() != height)
            return false;
    }
    return true;
}

// What release_and_clear does in the common case of a deep teardown (a long list),
// without its calls: an object losing its last reference, with no destructor left
// to run, is pushed to be freed next, as free_object would push it.
inline bool Teardown::push_if_dying(Value& slot)
{
    if (!slot.is_object())
        return false;
    Object* child = slot.as_object();
    constexpr uint32_t kFlags = gc::DestructorDone | gc::FreeCalled | gc::Collected;
    if (child->header.refcount != 1 || (child->header.type_info & kFlags) != gc::DestructorDone)
        return false;
    slot.clear_type();
    child->header.refcount = 0;
    state().frames.push_back({child, 0, Kind::Object});
    return true;
}

// zend_object_std_dtor as steps: the start (pos 0), each declared property in slot
// order (pos 1..slots), the end (pos slots + 1). Goes on until a release pushes
// frames (false) or the object is done (true).
[[gnu::always_inline]] inline bool Teardown::step_object(size_t index)
{
    State& s = state();
    auto* object = static_cast<Object*>(s.frames[index].target);
    uint32_t slots = object->class_entry->slot_count();
    size_t height = index + 1;
    uint32_t step = s.frames[index].pos;
    if (step == 0) {
        s.frames[index].pos = step = 1;
        begin_object(object, s.frames[index].kind);
        if (s.frames.size() != height)
            return false;
    }
    for (; step <= slots; ++step) {
        Value& slot = object->slots[step - 1];
        if (!slot.is_refcounted())
            continue;
        s.frames[index].pos = step + 1;
        if (push_if_dying(slot))
            return false;
        release_and_clear(slot);
        if (s.frames.size() != height)
            return false;
    }
    if (step == slots + 1) {
        s.frames[index].pos = slots + 2;
        end_object(object);
        if (s.frames.size() != height)
            return false;
    }
    return true;
}

// Works through the frames pushed while freeing something, to the last. A step
// returns as soon as a release has pushed frames, which are worked through first:
// that is recursion's order.
[[gnu::noinline]] void Teardown::run()
{
    State& s = state();
    while (!s.frames.empty()) {
        size_t top = s.frames.size() - 1;
        Kind kind = s.frames[top].kind;
        bool done = (kind == Kind::Array || kind == Kind::ArrayContents) ? step_array(top) : step_object(top);
        if (!done)
            continue;
        Frame finished = s.frames.back();
        s.frames.pop_back();
        finish(finished);
    }
}

Teardown::Saved Teardown::suspend()
{
    State& s = state();
    Saved saved{std::move(s.frames), s.depth};
    s.frames.clear();
    s.depth = 0;
    return saved;
}

void Teardown::resume(Saved& saved)
{
    State& s = state();
    s.frames = std::move(saved.frames);
    s.depth = saved.depth;
}

} // namespace miniphp::runtime
