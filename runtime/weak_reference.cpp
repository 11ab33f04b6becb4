#include "runtime/weak_reference.h"

#include "runtime/builtin_methods.h"
#include "runtime/builtins/args.h"
#include "runtime/class.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/weak_refs.h"

namespace miniphp::runtime {

namespace {

Object* target_of(const Object* reference) { return static_cast<Object*>(reference->reserved); }

// zend_weakref_free: a WeakReference still pointing at its target unregisters.
void free_weak_reference(Object* reference)
{
    if (Object* target = target_of(reference))
        unregister_weak(target, {WeakOwnerKind::Reference, reference});
}

// WeakReference::__construct(): always an Error, whatever the arguments.
Outcome construct(BuiltinCall&)
{
    return throw_error(msg::kind::Error, msg::WeakReferenceDirect);
}

// WeakReference::create(object $object): the existing WeakReference of the object,
// else a new one.
Outcome create(BuiltinCall& call)
{
    builtins::ArgReader args(call);
    const Value& given = args.at(0);
    if (!given.is_object())
        return args.type_error(0, "object");
    Object* target = given.as_object();
    Object* reference = find_weak_reference(target);
    if (reference != nullptr) {
        ++reference->header.refcount;
    } else {
        reference = Object::create(weak_reference_class());
        reference->reserved = target;
        register_weak(target, {WeakOwnerKind::Reference, reference});
    }
    call.result->copy_from(Value::object(reference));
    return Outcome::Ok;
}

// WeakReference::get(): the target, or null once it is gone.
Outcome get(BuiltinCall& call)
{
    if (Object* target = target_of(call.self)) {
        ++target->header.refcount;
        call.result->copy_from(Value::object(target));
    }
    return Outcome::Ok;
}

Class* make_weak_reference_class()
{
    static BuiltinMethods methods;
    auto* cls = new Class("WeakReference", nullptr, AccFinal | AccNoDynamicProperties | AccNotCloneable);
    cls->set_free_extra(free_weak_reference);
    methods.add(cls, "__construct", construct, 0, BuiltinFunction::kVariadic, "", AccPublic);
    methods.add(cls, "create", create, 1, 1, "object", AccPublic | AccStatic);
    methods.add(cls, "get", get, 0, 0, "", AccPublic);
    cls->finish_linking();
    return cls;
}

} // namespace

const Class* weak_reference_class()
{
    static Class* cls = make_weak_reference_class();
    return cls;
}

void weak_reference_forget(Object* reference) { reference->reserved = nullptr; }

} // namespace miniphp::runtime
