// How the cycle collector (gc/collector.h) sees runtime values: what each heap type
// holds, in the order php's get_gc handlers list it, and how garbage objects get
// their destructors called and their storage freed. Installed once, at startup.
#include "runtime/collector_hooks.h"

#include <cstdlib>

#include "gc/collector.h"
#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/object_store.h"
#include "runtime/reference.h"
#include "runtime/teardown.h"

namespace miniphp::runtime {

namespace {

Object* as_object(gc::Refcounted* node) { return reinterpret_cast<Object*>(node); }

// zend_std_get_gc, for what the collector does not read in place: the declared
// properties in slot order, then the dynamic ones, or the class's own list. (The
// collector never asks about an object whose storage is freed.)
void object_children(gc::Refcounted* node, gc::Children& out)
{
    Object* object = as_object(node);
    if (ObjectGcChildren own = object->class_entry->gc_children()) {
        own(object, out);
        return;
    }
    out.runs[0].first = reinterpret_cast<const char*>(object->slots);
    out.runs[0].count = object->class_entry->slot_count();
    if (object->properties != nullptr)
        out.runs[1] = slot_run(object->properties);
}

void call_garbage_destructor(gc::Refcounted* node)
{
    Object* object = as_object(node);
    object->set_destructor_done();
    ++node->refcount;
    call_destructor(object);
    --node->refcount; // not a release: the collector looks at it again next run
}

void destroy_garbage(gc::Refcounted* node)
{
    if (node->type() == gc::ArrayType) {
        Teardown::destroy_array_contents(reinterpret_cast<Array*>(node));
        return;
    }
    Object* object = as_object(node);
    uint32_t handle = object->handle;
    if (!object->free_called()) {
        ++node->refcount;
        Teardown::release_object_contents(object);
        --node->refcount;
    }
    ObjectStore::instance().free_handle(handle);
}

void free_garbage(gc::Refcounted* node)
{
    if (node->type() == gc::ArrayType)
        gc::heap().deallocate(node, sizeof(Array));
    else
        gc::heap().free(node);
}

} // namespace

gc::SlotRun slot_run(const Array* array)
{
    gc::SlotRun run;
    if (array->used() == 0)
        return run;
    run.first = reinterpret_cast<const char*>(&array->value_at(0));
    run.count = array->used();
    run.stride = array->is_packed() ? sizeof(Value) : sizeof(Bucket);
    return run;
}

void install_collector_hooks()
{
    gc::CollectorHooks hooks;
    hooks.object_children = object_children;
    hooks.call_destructor = call_garbage_destructor;
    hooks.destroy_garbage = destroy_garbage;
    hooks.free_garbage = free_garbage;
    hooks.destroy = destroy_refcounted;
    gc::collector().set_hooks(hooks);
    const char* verify = std::getenv("MINIPHP_VERIFY_HEAP");
    gc::collector().set_verify(verify != nullptr && verify[0] != '\0' && verify[0] != '0');
}

} // namespace miniphp::runtime
