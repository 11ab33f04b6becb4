#include "runtime/teardown.h"

#include "gc/collector.h"
#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/array_iterators.h"
#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/object_store.h"

namespace miniphp::runtime {

struct Teardown::State {
    std::vector<Frame> frames;
    bool running = false;
};

Teardown::State& Teardown::state()
{
    static State* instance = new State();
    return *instance;
}

void Teardown::destroy_array(Array* array)
{
    if (array->header.root_slot() != 0)
        gc::collector().remove_from_buffer(&array->header);
    start({array, 0, Kind::Array});
}

void Teardown::destroy_array_contents(Array* array) { run_now({array, 0, Kind::ArrayContents}); }

void Teardown::free_object(Object* object) { start({object, 0, Kind::Object}); }

void Teardown::release_object_contents(Object* object) { run_now({object, 0, Kind::ObjectContents}); }

// A value reaching zero while a teardown runs joins it (on top, so it is freed
// next); otherwise it starts one.
void Teardown::start(Frame frame)
{
    State& s = state();
    s.frames.push_back(frame);
    if (!s.running)
        run();
}

// For the collector: the frame is done when this returns, even if a teardown was
// in progress (a collection started by a release inside it).
void Teardown::run_now(Frame frame)
{
    Saved saved = suspend();
    state().frames.push_back(frame);
    run();
    resume(saved);
}

void Teardown::run()
{
    State& s = state();
    s.running = true;
    while (!s.frames.empty()) {
        Frame& top = s.frames.back();
        bool done = (top.kind == Kind::Array || top.kind == Kind::ArrayContents) ? step_array(top) : step_object(top);
        if (!done)
            continue; // `top` may have moved: a release pushed frames
        Frame finished = s.frames.back();
        s.frames.pop_back();
        switch (finished.kind) {
        case Kind::Array:
        case Kind::ArrayContents: {
            auto* array = static_cast<Array*>(finished.target);
            detach_iterators(array);
            array->free_data();
            if (finished.kind == Kind::Array)
                gc::heap().deallocate(array, sizeof(Array));
            break;
        }
        case Kind::Object: {
            auto* object = static_cast<Object*>(finished.target);
            uint32_t handle = object->handle;
            if (object->header.root_slot() != 0)
                gc::collector().remove_from_buffer(&object->header);
            gc::heap().deallocate(object, Object::allocation_size(object->class_entry));
            ObjectStore::instance().free_handle(handle);
            break;
        }
        case Kind::ObjectContents:
            break;
        }
    }
    s.running = false;
}

// Releases the next element; true when there is none left.
bool Teardown::step_array(Frame& top)
{
    auto* array = static_cast<Array*>(top.target);
    if (top.pos >= array->m_used)
        return true;
    uint32_t pos = top.pos++;
    array->release_element(pos); // may push a frame
    return false;
}

// zend_object_std_dtor one release at a time: the dynamic properties, the declared
// ones in slot order, the magic methods' guards, what the class keeps beside them.
bool Teardown::step_object(Frame& top)
{
    auto* object = static_cast<Object*>(top.target);
    uint32_t slots = object->slot_count();
    uint32_t step = top.pos++;
    if (step == 0) {
        if (top.kind == Kind::Object)
            object->header.refcount = 1; // reached again through a cycle: not freed twice
        if (g_object_iterator_count != 0) [[unlikely]]
            detach_object_iterators(object);
        ObjectStore::instance().invalidate(object->handle);
        object->flags |= FreeCalled;
        if (Array* properties = object->properties) {
            object->properties = nullptr;
            release(Value::array(properties));
        }
        return false;
    }
    if (step <= slots) {
        Value& slot = object->slots[step - 1];
        if (slot.is_refcounted())
            release_and_clear(slot);
        return false;
    }
    if (step == slots + 1) {
        if (object->class_entry->has_flag(AccUsesGuards))
            release_and_clear(object->slots[slots]);
        return false;
    }
    if (step == slots + 2) {
        if (ObjectFreeExtra free_extra = object->class_entry->free_extra())
            free_extra(object);
        return false;
    }
    return true;
}

Teardown::Saved Teardown::suspend()
{
    State& s = state();
    Saved saved{std::move(s.frames), s.running};
    s.frames.clear();
    s.running = false;
    return saved;
}

void Teardown::resume(Saved& saved)
{
    State& s = state();
    s.frames = std::move(saved.frames);
    s.running = saved.running;
}

} // namespace miniphp::runtime
