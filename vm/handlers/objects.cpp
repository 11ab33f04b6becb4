// General paths of the class and object opcodes: declaring classes, `new`, property
// reads and writes, method calls (Zend's ZEND_NEW, ZEND_FETCH_OBJ_*, ZEND_ASSIGN_OBJ,
// ZEND_INIT_METHOD_CALL, ZEND_INIT_STATIC_METHOD_CALL in Zend/zend_vm_def.h).
#include "vm/handlers/objects.h"

#include "runtime/class.h"
#include "runtime/closure.h"
#include "runtime/conversions.h"
#include "runtime/exceptions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/operators.h"
#include "runtime/property_access.h"
#include "vm/handlers/object_cache.h"
#include "vm/handlers/operands.h"
#include "vm/magic_calls.h"

namespace miniphp::vm {

using runtime::Class;
using runtime::Object;
using runtime::Value;

namespace {

// The object op1 names: $this when unused (nullptr with the Error when there is
// none), else the operand's value, dereferenced; `value` receives it unowned.
Outcome object_operand(const Instruction* pc, Frame* fp, bool quiet, Value& value)
{
    if (pc->op1_kind == OperandKind::Unused) {
        if (fp->this_object == nullptr)
            return runtime::throw_error(runtime::msg::kind::Error, runtime::msg::UsingThisOutsideObject);
        value = Value::object(fp->this_object);
        return Outcome::Ok;
    }
    if (pc->op1_kind == OperandKind::Tmp && slot_at(fp, pc->op1).is_indirect()) {
        value = runtime::deref(*slot_at(fp, pc->op1).as_indirect());
        return Outcome::Ok;
    }
    const Value& v = quiet ? fetch<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind)
                           : read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    value = runtime::deref(v);
    if (value.is_undef())
        value = Value::null();
    return Outcome::Ok;
}

void consume_object_operand(const Instruction* pc, Frame* fp)
{
    if (pc->op1_kind == OperandKind::Tmp) {
        Value& slot = slot_at(fp, pc->op1);
        if (slot.is_indirect())
            slot.clear_type();
        else
            runtime::release_and_clear_nogc(slot);
    }
}

// The property name op2 gives, owned by the caller (release_name).
Outcome name_operand(const Instruction* pc, Frame* fp, runtime::String*& name)
{
    const Value& v = read<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
    if (v.is_string() && v.as_string()->is_interned()) {
        name = v.as_string();
        return Outcome::Ok;
    }
    return runtime::property_name(v, name);
}

void release_name(const Instruction* pc, Frame* fp, runtime::String* name)
{
    if (!name->is_interned())
        runtime::release(Value::string(name));
    consume<OperandKind::Any>(fp, pc->op2, pc->op2_kind);
}

std::string type_for_message(const Value& v) { return runtime::zend_type_name(v); }

// The object and the property name of a property instruction. On failure both
// operands (and the OpData after the instruction, when it has one) are released.
struct PropertyOperands {
    Value container;
    runtime::String* name = nullptr;

    Outcome read(const Instruction* pc, Frame* fp, bool quiet, bool has_data)
    {
        if (object_operand(pc, fp, quiet, container) == Outcome::Ok && name_operand(pc, fp, name) == Outcome::Ok)
            return Outcome::Ok;
        if (name == nullptr)
            consume<OperandKind::Any>(fp, pc->op2, pc->op2_kind);
        else
            release_name(pc, fp, name);
        consume_object_operand(pc, fp);
        if (has_data)
            release_op_data(pc, fp);
        return Outcome::Threw;
    }
    void release(const Instruction* pc, Frame* fp)
    {
        release_name(pc, fp, name);
        consume_object_operand(pc, fp);
    }
    // The Error for a container that is no object ("Attempt to assign property ...").
    Outcome not_an_object(const Instruction* pc, Frame* fp, const char* message, bool has_data)
    {
        Outcome outcome = runtime::throw_error(
            runtime::msg::kind::Error,
            runtime::format(message, std::string(name->view()).c_str(), type_for_message(container).c_str()));
        release(pc, fp);
        if (has_data)
            release_op_data(pc, fp);
        return outcome;
    }
};



const char* visibility_word(uint32_t flags) { return (flags & runtime::AccPrivate) ? "private" : "protected"; }



// The slot of a property read and written back (`+=`, `++`), as
// zend_std_get_property_ptr_ptr gives it: a missing one warns that it is undefined
// and is created as null (with the dynamic-property deprecation); nullptr with an
// exception pending when it is inaccessible.
Value* existing_property_for_update(Object* object, runtime::String* name, const Class* scope,
                                   const runtime::PropertyInfo*& typed)
{
    typed = nullptr;
    runtime::PropertyLocation where = runtime::locate_property(object->class_entry, name->view(), scope);
    if (where.place == runtime::PropertyPlace::Inaccessible) {
        (void)runtime::throw_inaccessible(object, *where.info);
        return nullptr;
    }
    Value* slot = runtime::property_slot(object, where, name);
    if (where.info != nullptr && where.info->type != nullptr) {
        if (slot != nullptr && slot->is_undef()) {
            (void)runtime::throw_uninitialized(*where.info);
            return nullptr;
        }
        typed = where.info;
        if (where.info->flags & runtime::AccReadonly) {
            (void)runtime::throw_readonly_modified(*where.info);
            return nullptr;
        }
    }
    if (slot != nullptr && !slot->is_undef())
        return slot;
    if (slot == nullptr) {
        slot = runtime::property_for_write(object, name, scope);
        if (slot == nullptr) // a class without dynamic properties: an Error, no warning
            return nullptr;
    }
    runtime::warning(runtime::format(runtime::msg::UndefinedProperty, object->class_entry->name().c_str(),
                                     std::string(name->view()).c_str()));
    if (slot != nullptr && slot->is_undef())
        slot->set_null();
    return slot;
}

} // namespace

const Class* scope_of(const Frame* fp)
{
    if (fp->function == nullptr)
        return nullptr;
    if (fp->function->is_closure) [[unlikely]]
        return runtime::closure_data(fp->closure)->scope;
    return fp->function->scope;
}

void fill_property_cache(const Instruction* pc, const Frame* fp, const Object* object)
{
    if (pc->op2_kind != OperandKind::Const || !fills_caches(fp))
        return;
    CachedLiteral& cache = cache_at(pc, pc->op2);
    const Class* cls = object->class_entry;
    if (cache.key == cls)
        return;
    uint32_t offset = runtime::direct_property_offset(cls, cache.literal.as_string()->view(), scope_of(fp));
    if (offset == 0)
        return; // an entry for another class cannot match this one
    cache.key = cls;
    cache.size = offset;
}

uint32_t method_frame_bytes(const runtime::Method& method, uint32_t argc)
{
    const Function* function = method.user;
    if (function == nullptr)
        return slot_offset(argc);
    uint32_t extra = argc > function->num_params ? argc - function->num_params : 0;
    return slot_offset(function->frame_slots() + extra);
}

// The frame of a call to `method`: a user method's, or a built-in one's (just its
// arguments), made the pending call of `fp`.
Frame* push_method_call(ExecState& st, Frame* fp, const runtime::Method& method, uint32_t argc)
{
    const Function* function = method.user;
    size_t bytes = method_frame_bytes(method, argc);
    Frame* call = st.stack.try_push(bytes);
    if (call == nullptr) {
        st.stack.make_room(bytes);
        call = st.stack.try_push(bytes);
    }
    call->num_args = argc;
    call->this_object = nullptr; // the header may lie over an old frame's slots
    call->called_scope = nullptr;
    call->pending_call = nullptr;
    call->enclosing_pending = fp->pending_call;
    call->function = function;
    call->builtin = method.builtin;
    call->num_slots = argc;
    fp->pending_call = call;
    return call;
}

// A class named in code: self, parent and static resolve against the running method.
const Class* resolve_class(ExecState& st, Frame* fp, std::string_view name, bool& threw)
{
    threw = false;
    std::string lower = runtime::ascii_lower(name);
    if (lower == "self" || lower == "parent" || lower == "static") {
        const Class* scope = scope_of(fp);
        if (scope == nullptr) {
            (void)runtime::throw_error(runtime::msg::kind::Error,
                                       runtime::format(runtime::msg::CannotAccessSelfOutsideClass, lower.c_str()));
            threw = true;
            return nullptr;
        }
        if (lower == "self")
            return scope;
        if (lower == "static")
            return fp->called_scope != nullptr ? fp->called_scope : scope;
        if (scope->parent() == nullptr) {
            (void)runtime::throw_error(runtime::msg::kind::Error, runtime::msg::CannotAccessParentWithoutParent);
            threw = true;
        }
        return scope->parent();
    }
    return st.classes.find_by_name(name);
}

// zend_std_get_method's visibility rule: the method may be called from `scope`.
bool method_visible(const runtime::Method& method, const Class* scope)
{
    if (method.flags & runtime::AccPrivate)
        return method.scope == scope;
    if (method.flags & runtime::AccProtected)
        return runtime::is_protected_compatible_scope(method.scope, scope);
    return true;
}

Outcome throw_method_visibility(const Class* cls, const runtime::Method& method, const Class* scope)
{
    return runtime::throw_error(
        runtime::msg::kind::Error,
        runtime::format(runtime::msg::CallToPrivateMethod, visibility_word(method.flags), cls->name().c_str(),
                        method.name.c_str(), scope == nullptr ? "global scope" : "scope ",
                        scope == nullptr ? "" : scope->name().c_str()));
}

Outcome declare_class(ExecState& st, const Instruction* pc)
{
    ClassDecl& decl = *st.script->classes[pc->op1];
    std::string error;
    bool fatal = false;
    if (st.classes.declare(decl, error, fatal) != nullptr)
        return Outcome::Ok;
    if (fatal)
        runtime::fatal_error(error);
    return runtime::throw_error(runtime::msg::kind::Error, error);
}

// The class `new` makes an object of: the one in the instruction's cache, else
// resolved by name (and then cached, unless the name is self, parent or static,
// which depend on the running code); null with an exception pending when there is
// none or it cannot be instantiated.
// A class `new` may make an object of; php's Error otherwise.
bool instantiable(const Class* cls)
{
    const char* error = nullptr;
    if (cls == runtime::closure_class())
        error = "Instantiation of class Closure is not allowed";
    else if (cls->has_flag(runtime::AccInterface))
        error = "Cannot instantiate interface %s";
    else if (cls->has_flag(runtime::AccAbstract))
        error = runtime::msg::CannotInstantiateAbstract;
    if (error == nullptr)
        return true;
    (void)runtime::throw_error(runtime::msg::kind::Error, runtime::format(error, cls->name().c_str()));
    return false;
}

const Class* class_to_instantiate(ExecState& st, const Instruction* pc, Frame* fp)
{
    if (pc->op1_kind != OperandKind::Const) {
        // new $name / new $object (its class): looked up each time.
        Value operand = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
        const Value& v = runtime::deref(operand);
        const Class* found = nullptr;
        std::string name;
        if (v.is_object()) {
            found = v.as_object()->class_entry;
        } else if (v.is_string()) {
            name = std::string(v.as_string()->view());
            found = st.classes.find_by_name(name);
        } else {
            runtime::release_nogc(operand);
            (void)runtime::throw_error(runtime::msg::kind::Error, "Class name must be a valid object or a string");
            return nullptr;
        }
        runtime::release_nogc(operand);
        if (found == nullptr) {
            (void)runtime::throw_error(runtime::msg::kind::Error,
                                       runtime::format(runtime::msg::ClassNotFound, name.c_str()));
            return nullptr;
        }
        return instantiable(found) ? found : nullptr;
    }
    CachedLiteral& cache = cache_at(pc, pc->op1);
    if (cache.key != nullptr)
        return static_cast<const Class*>(cache.key);
    std::string_view name = cache.literal.as_string()->view();
    bool threw = false;
    const Class* cls = resolve_class(st, fp, name, threw);
    if (threw)
        return nullptr;
    if (cls == nullptr) {
        (void)runtime::throw_error(runtime::msg::kind::Error,
                                   runtime::format(runtime::msg::ClassNotFound, std::string(name).c_str()));
        return nullptr;
    }
    if (!instantiable(cls))
        return nullptr;
    std::string lower = runtime::ascii_lower(name);
    if (lower != "self" && lower != "parent" && lower != "static")
        cache.key = cls;
    return cls;
}

Outcome new_object(ExecState& st, const Instruction* pc, Frame* fp, bool& calls_constructor)
{
    calls_constructor = false;
    const Class* cls = nullptr;
    if (pc->op1_kind == OperandKind::Const) // `new A`: the class is cached after the first time
        cls = static_cast<const Class*>(cache_at(pc, pc->op1).key);
    if (cls == nullptr) {
        cls = class_to_instantiate(st, pc, fp);
        if (cls == nullptr)
            return Outcome::Threw;
    }
    Object* object = cls->factory() == nullptr ? Object::create(cls) : cls->instantiate();
    result_slot(pc, fp).copy_from(Value::object(object));
    const runtime::Method* constructor = cls->constructor();
    if (constructor == nullptr)
        return Outcome::Ok;
    if (const Class* scope = scope_of(fp); !method_visible(*constructor, scope)) {
        // zend_bad_constructor_call: named after the class declaring the constructor.
        return runtime::throw_error(
            runtime::msg::kind::Error,
            runtime::format(runtime::msg::CallToPrivateConstructor, visibility_word(constructor->flags),
                            constructor->scope->name().c_str(), scope == nullptr ? "global scope" : "scope ",
                            scope == nullptr ? "" : scope->name().c_str()));
    }
    Frame* call = push_method_call(st, fp, *constructor, pc->extended);
    ++object->header.refcount;
    call->this_object = object;
    call->called_scope = cls;
    calls_constructor = true;
    return Outcome::Ok;
}

Outcome fetch_this(const Instruction* pc, Frame* fp)
{
    if (fp->this_object == nullptr)
        return runtime::throw_error(runtime::msg::kind::Error, runtime::msg::UsingThisOutsideObject);
    ++fp->this_object->header.refcount;
    result_slot(pc, fp).copy_from(Value::object(fp->this_object));
    return Outcome::Ok;
}

Outcome fetch_object_property(const Instruction* pc, Frame* fp, bool quiet)
{
    PropertyOperands operands;
    if (operands.read(pc, fp, quiet, false) == Outcome::Threw)
        return Outcome::Threw;
    const Value& container = operands.container;
    runtime::String* name = operands.name;
    Value result = Value::null();
    Outcome outcome = Outcome::Ok;
    if (container.is_object()) {
        fill_property_cache(pc, fp, container.as_object());
        outcome = runtime::read_property(container.as_object(), name, scope_of(fp), quiet, result);
    } else if (!quiet) {
        runtime::warning(runtime::format(runtime::msg::ReadPropertyOnNonObject, std::string(name->view()).c_str(),
                                         type_for_message(container).c_str()));
    }
    operands.release(pc, fp);
    result_slot(pc, fp).copy_from(result);
    return outcome;
}

// The property's slot for a nested write: `$o->p[] = 1`, `$o->p->q = 1`, `&$o->p`.
Outcome fetch_object_for_write(const Instruction* pc, Frame* fp)
{
    PropertyOperands operands;
    // An undefined variable warns in a read-write fetch only (FETCH_OBJ_RW).
    if (operands.read(pc, fp, (pc->extended & 3) != kFetchReadWrite, false) == Outcome::Threw)
        return Outcome::Threw;
    const Value& container = operands.container;
    runtime::String* name = operands.name;
    Outcome outcome = Outcome::Ok;
    Value* slot = nullptr;
    if (container.is_object()) {
        fill_property_cache(pc, fp, container.as_object());
        bool overloaded = false;
        bool* may_overload = container.as_object()->class_entry->magic_get() != nullptr ? &overloaded : nullptr;
        runtime::WriteFetch purpose = (pc->extended & kFetchForElementWrite) ? runtime::WriteFetch::ElementWrite
                                      : (pc->extended & kFetchMakeReference)  ? runtime::WriteFetch::Reference
                                      : (pc->extended & 3) == kFetchForReference ? runtime::WriteFetch::BindingTarget
                                                                                 : runtime::WriteFetch::Write;
        slot = runtime::property_for_write(container.as_object(), name, scope_of(fp), may_overload, purpose);
        if (overloaded) {
            // zend_fetch_property_address: what __get gives, in the result itself (the
            // next instruction writes through it and releases it).
            Value got;
            outcome = runtime::read_overloaded_for_write(container.as_object(), name, got);
            if (outcome == Outcome::Ok && (pc->extended & 3) == kFetchForReference) {
                runtime::release(got);
                got = Value::null();
                outcome = runtime::throw_error(runtime::msg::kind::Error, runtime::msg::ReferenceToOverloaded);
            }
            operands.release(pc, fp);
            if (outcome == Outcome::Ok)
                result_slot(pc, fp).copy_from(got);
            else
                runtime::release(got);
            return outcome;
        }
        if (slot == nullptr)
            outcome = Outcome::Threw;
    } else {
        outcome = runtime::throw_error(runtime::msg::kind::Error,
                                       runtime::format(runtime::msg::ModifyPropertyOnNonObject,
                                                       std::string(name->view()).c_str(),
                                                       type_for_message(container).c_str()));
    }
    // The object read from a Tmp (a call's result) may die as the Tmp is released:
    // then the result is a copy of the property (FREE_VAR_PTR_AND_EXTRACT_RESULT_IF_NEEDED).
    Value result;
    if (slot != nullptr) {
        const Value& held = slot_at(fp, pc->op1);
        if (pc->op1_kind == OperandKind::Tmp && held.is_refcounted() && held.as_counted()->refcount == 1)
            runtime::copy_value(result, *slot);
        else
            result = Value::indirect(slot);
    }
    operands.release(pc, fp);
    if (slot != nullptr)
        result_slot(pc, fp).copy_from(result);
    return outcome;
}

Outcome assign_object(const Instruction* pc, Frame* fp)
{
    PropertyOperands operands;
    if (operands.read(pc, fp, true, true) == Outcome::Threw) // an undefined variable: no warning (BP_VAR_W)
        return Outcome::Threw;
    if (!operands.container.is_object())
        return operands.not_an_object(pc, fp, runtime::msg::AssignPropertyOnNonObject, true);
    Object* object = operands.container.as_object();
    fill_property_cache(pc, fp, object);
    // The object is not held through the store, as zend_std_write_property does not
    // hold it: the old value's destructor may free it, before the old value's own
    // memory (objects_cache/property_destructor_frees_holder); nothing here touches
    // the object after the store.
    Value value = take_op_data(pc, fp);
    if (pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), value);
    Outcome outcome = runtime::write_property(object, operands.name, scope_of(fp), value);
    if (outcome == Outcome::Threw && pc->result_kind != OperandKind::Unused)
        runtime::release_and_clear(result_slot(pc, fp));
    operands.release(pc, fp);
    return outcome;
}

Outcome assign_op_to_property_slot(Opcode op, Value& slot, const Value& operand, const runtime::PropertyInfo* typed)
{
    Value& target = runtime::deref(slot);
    Value r;
    if (apply_binary_operator(op, r, target, operand) == Outcome::Threw) {
        // php stores the failed result all the same, converted by the type
        // (zend_binary_assign_op_typed_prop and _typed_ref).
        if (runtime::holds_typed_reference(slot)) {
            runtime::store_failed_operation_result(slot.as_reference());
        } else if (typed != nullptr) {
            if (Value v; runtime::value_of_failed_operation(*typed->type, v))
                store(target, v);
        }
        return Outcome::Threw;
    }
    // A reference held by typed properties checks the value itself (the property's
    // type among them).
    if (typed != nullptr && !runtime::holds_typed_reference(slot) &&
        runtime::verify_property_value(*typed, r) == Outcome::Threw) {
        runtime::release(r);
        return Outcome::Threw;
    }
    return runtime::assign_to_slot(slot, r);
}

Outcome assign_op_to_property(const Instruction* pc, Frame* fp, Value& slot, const runtime::PropertyInfo* typed)
{
    const Instruction* data = pc + 1;
    const Value& operand = runtime::deref(read<OperandKind::Any>(data, fp, data->op1, data->op1_kind));
    Outcome outcome = assign_op_to_property_slot(static_cast<Opcode>(pc->extended), slot, operand, typed);
    release_op_data(pc, fp);
    if (outcome == Outcome::Ok && pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), runtime::deref(slot));
    return outcome;
}

namespace {

// The shared part of $obj->p op= v and $obj->p++: the operands, the object held
// through the update, the property found (an undefined one warns and becomes null);
// `update(slot, typed)` does the rest. `has_data`: an OpData follows (op=).
template <class F>
Outcome update_existing_property(const Instruction* pc, Frame* fp, bool has_data, const char* non_object, F update)
{
    PropertyOperands operands;
    if (operands.read(pc, fp, false, has_data) == Outcome::Threw)
        return Outcome::Threw;
    if (!operands.container.is_object())
        return operands.not_an_object(pc, fp, non_object, has_data);
    Object* object = operands.container.as_object();
    fill_property_cache(pc, fp, object);
    ++object->header.refcount;
    if (object->class_entry->magic_get() != nullptr &&
        runtime::property_goes_to_get(object, operands.name, scope_of(fp))) [[unlikely]] {
        // zend_pre_incdec_overloaded_property, zend_assign_op_overloaded_property: read
        // through __get, updated as a copy, written back (through __set if any).
        Value current;
        Outcome outcome = runtime::read_property(object, operands.name, scope_of(fp), false, current);
        if (outcome == Outcome::Ok)
            outcome = update(current, nullptr);
        else if (has_data)
            release_op_data(pc, fp);
        if (outcome == Outcome::Ok)
            outcome = runtime::write_property(object, operands.name, scope_of(fp), current);
        else
            runtime::release(current);
        operands.release(pc, fp);
        runtime::release_nogc(Value::object(object));
        return outcome;
    }
    const runtime::PropertyInfo* typed = nullptr;
    Value* slot = existing_property_for_update(object, operands.name, scope_of(fp), typed);
    Outcome outcome = Outcome::Threw;
    if (slot != nullptr)
        outcome = update(*slot, typed);
    else if (has_data)
        release_op_data(pc, fp);
    operands.release(pc, fp);
    runtime::release_nogc(Value::object(object)); // php holds no reference here: no possible root
    return outcome;
}

} // namespace

Outcome assign_object_op(const Instruction* pc, Frame* fp)
{
    return update_existing_property(pc, fp, true, runtime::msg::AssignPropertyOnNonObject,
                                    [&](Value& slot, const runtime::PropertyInfo* typed) {
                                        return assign_op_to_property(pc, fp, slot, typed);
                                    });
}

Outcome increment_object(const Instruction* pc, Frame* fp)
{
    return update_existing_property(pc, fp, false, runtime::msg::IncrementPropertyOnNonObject,
                                    [&](Value& slot, const runtime::PropertyInfo* typed) {
        if (typed == nullptr || runtime::holds_typed_reference(slot))
            return increment_in_place(pc, fp, slot);
        return increment_typed_property(pc, fp, slot, *typed);
    });
}

Outcome unset_object(const Instruction* pc, Frame* fp)
{
    PropertyOperands operands;
    if (operands.read(pc, fp, true, false) == Outcome::Threw) // an undefined variable: no warning
        return Outcome::Threw;
    Outcome outcome = Outcome::Ok;
    if (operands.container.is_object()) {
        Object* object = operands.container.as_object();
        ++object->header.refcount;
        outcome = runtime::unset_property(object, operands.name, scope_of(fp));
        runtime::release_nogc(Value::object(object)); // php holds no reference here: no possible root
    }
    operands.release(pc, fp);
    return outcome;
}

Outcome isset_object(const Instruction* pc, Frame* fp)
{
    PropertyOperands operands;
    if (operands.read(pc, fp, true, false) == Outcome::Threw)
        return Outcome::Threw;
    bool check_empty = pc->extended == 1;
    bool set = operands.container.is_object() &&
               runtime::property_isset(operands.container.as_object(), operands.name, scope_of(fp), check_empty);
    operands.release(pc, fp);
    result_slot(pc, fp) = Value::boolean(check_empty ? !set : set);
    return Outcome::Ok;
}

namespace {

// zend_std_get_method, then the call's frame: method `lower` (as written: `written`)
// of the object in `container`, which op1 of `pc` gave; `cache` is filled when the
// name is a literal the instruction caches.
Outcome start_method_call(ExecState& st, const Instruction* pc, Frame* fp, const Value& container,
                          std::string_view lower, std::string_view written, CachedLiteral* cache)
{
    if (!container.is_object()) {
        Outcome outcome = runtime::throw_error(
            runtime::msg::kind::Error, runtime::format(runtime::msg::CallToMemberFunctionOnNonObject,
                                                       std::string(written).c_str(), type_for_message(container).c_str()));
        consume_object_operand(pc, fp);
        return outcome;
    }
    Object* object = container.as_object();
    const Class* cls = object->class_entry;
    const runtime::Method* method = cls->find_method(lower);
    const Class* scope = scope_of(fp);
    // A private method of the calling scope wins over the object's (zend_std_get_method).
    if (scope != nullptr && scope != cls && cls->is_subclass_of_or_same(scope)) {
        const runtime::Method* own = scope->find_method(lower);
        if (own != nullptr && (own->flags & runtime::AccPrivate) && own->scope == scope)
            method = own;
    }
    if ((method == nullptr || !method_visible(*method, scope)) && cls->magic_call() != nullptr) {
        // zend_std_get_method: __call takes calls of what cannot be called here.
        runtime::Method trampoline;
        trampoline.builtin = call_trampoline(cls, written);
        Frame* call = push_method_call(st, fp, trampoline, pc->extended);
        call->called_scope = cls;
        ++object->header.refcount;
        call->this_object = object;
        consume_object_operand(pc, fp);
        return Outcome::Ok;
    }
    if (method == nullptr) {
        Outcome outcome = runtime::throw_error(
            runtime::msg::kind::Error,
            runtime::format(runtime::msg::CallToUndefinedMethod, cls->name().c_str(), std::string(written).c_str()));
        consume_object_operand(pc, fp);
        return outcome;
    }
    if (!method_visible(*method, scope)) {
        Outcome outcome = throw_method_visibility(cls, *method, scope);
        consume_object_operand(pc, fp);
        return outcome;
    }
    if (cache != nullptr) {
        cache->key = cls;
        cache->target = method;
        cache->size = method_frame_bytes(*method, pc->extended);
    }
    Frame* call = push_method_call(st, fp, *method, pc->extended);
    call->called_scope = cls;
    if (!(method->flags & runtime::AccStatic)) {
        ++object->header.refcount;
        call->this_object = object;
    }
    consume_object_operand(pc, fp);
    return Outcome::Ok;
}

} // namespace

Outcome init_method_call(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value container;
    if (object_operand(pc, fp, false, container) == Outcome::Threw)
        return Outcome::Threw;
    std::string_view written = fp->function->literals[pc->result].as_string()->view();
    std::string_view lower = literal_at(pc, pc->op2).as_string()->view();
    return start_method_call(st, pc, fp, container, lower, written, fills_caches(fp) ? &cache_at(pc, pc->op2) : nullptr);
}

// $object->$name(): the name is a value, looked up each time.
Outcome init_dynamic_method_call(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value container;
    if (object_operand(pc, fp, false, container) == Outcome::Threw)
        return Outcome::Threw;
    Value name = take<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
    const Value& name_value = runtime::deref(name);
    if (!name_value.is_string()) {
        runtime::release_nogc(name);
        consume_object_operand(pc, fp);
        return runtime::throw_error(runtime::msg::kind::Error, "Method name must be a string");
    }
    std::string written(name_value.as_string()->view());
    runtime::release_nogc(name);
    return start_method_call(st, pc, fp, container, runtime::ascii_lower(written), written, nullptr);
}

Outcome init_static_call(ExecState& st, const Instruction* pc, Frame* fp)
{
    std::string_view class_name = literal_at(pc, pc->op1).as_string()->view();
    bool threw = false;
    const Class* cls = resolve_class(st, fp, class_name, threw);
    if (threw)
        return Outcome::Threw;
    if (cls == nullptr)
        return runtime::throw_error(runtime::msg::kind::Error,
                                    runtime::format(runtime::msg::ClassNotFound, std::string(class_name).c_str()));
    // The method's name: a literal, or (A::$name()) a value read once the class is known.
    std::string computed;
    std::string computed_lower;
    std::string_view written;
    std::string_view lower;
    if (pc->op2_kind == OperandKind::Const) {
        written = fp->function->literals[pc->result].as_string()->view();
        lower = literal_at(pc, pc->op2).as_string()->view();
    } else {
        Value name = take<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
        bool is_string = runtime::deref(name).is_string();
        if (is_string)
            computed = std::string(runtime::deref(name).as_string()->view());
        runtime::release_nogc(name);
        if (!is_string)
            return runtime::throw_error(runtime::msg::kind::Error, "Method name must be a string");
        computed_lower = runtime::ascii_lower(computed);
        written = computed;
        lower = computed_lower;
    }
    const runtime::Method* method = cls->find_method(lower);
    if ((method == nullptr || !method_visible(*method, scope_of(fp))) && cls->find_method("__callstatic") != nullptr) {
        runtime::Method trampoline;
        trampoline.builtin = call_trampoline(cls, written);
        Frame* call = push_method_call(st, fp, trampoline, pc->extended);
        call->called_scope = cls;
        return Outcome::Ok;
    }
    if (method == nullptr)
        return runtime::throw_error(
            runtime::msg::kind::Error,
            runtime::format(runtime::msg::CallToUndefinedMethod, cls->name().c_str(), std::string(written).c_str()));
    const Class* scope = scope_of(fp);
    if (!method_visible(*method, scope))
        return throw_method_visibility(cls, *method, scope);
    Object* self = nullptr;
    if (!(method->flags & runtime::AccStatic)) {
        if (fp->this_object != nullptr && fp->this_object->class_entry->is_subclass_of_or_same(cls))
            self = fp->this_object;
        else
            return runtime::throw_error(runtime::msg::kind::Error,
                                        runtime::format(runtime::msg::NonStaticMethodCalledStatically,
                                                        cls->name().c_str(), method->name.c_str()));
    }
    Frame* call = push_method_call(st, fp, *method, pc->extended);
    // parent:: and self:: forward the called class (late static binding).
    std::string lower_class = runtime::ascii_lower(class_name);
    bool forwards = lower_class == "parent" || lower_class == "self" || lower_class == "static";
    if (self != nullptr) {
        ++self->header.refcount;
        call->this_object = self;
        call->called_scope = self->class_entry;
    } else {
        call->called_scope = forwards && fp->called_scope != nullptr ? fp->called_scope : cls;
    }
    return Outcome::Ok;
}

Outcome fetch_class_constant(ExecState& st, const Instruction* pc, Frame* fp)
{
    std::string_view class_name = literal_at(pc, pc->op1).as_string()->view();
    std::string_view constant = literal_at(pc, pc->op2).as_string()->view();
    bool threw = false;
    const Class* cls = resolve_class(st, fp, class_name, threw);
    if (threw)
        return Outcome::Threw;
    if (cls == nullptr)
        return runtime::throw_error(runtime::msg::kind::Error,
                                    runtime::format(runtime::msg::ClassNotFound, std::string(class_name).c_str()));
    const runtime::ClassConstant* found = cls->find_constant(constant);
    if (found == nullptr)
        return runtime::throw_error(runtime::msg::kind::Error,
                                    runtime::format(runtime::msg::UndefinedClassConstant, cls->name().c_str(),
                                                    std::string(constant).c_str()));
    runtime::copy_value(result_slot(pc, fp), found->value);
    return Outcome::Ok;
}

Outcome instance_of(ExecState& st, const Instruction* pc, Frame* fp)
{
    const Value& value = runtime::deref(read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind));
    bool result = false;
    if (value.is_object()) {
        std::string_view class_name = literal_at(pc, pc->op2).as_string()->view();
        bool threw = false;
        const Class* cls = resolve_class(st, fp, class_name, threw);
        if (threw) {
            consume<OperandKind::Any>(fp, pc->op1, pc->op1_kind);
            return Outcome::Threw;
        }
        result = cls != nullptr && value.as_object()->class_entry->is_subclass_of_or_same(cls);
    }
    consume<OperandKind::Any>(fp, pc->op1, pc->op1_kind);
    result_slot(pc, fp) = Value::boolean(result);
    return Outcome::Ok;
}

// ZEND_CLONE: a __clone that is not public may only be called from its class (a
// protected one from related classes too); the copy is made (zend_objects_clone_obj)
// and __clone runs on it before the operand is released. If __clone throws, the
// copy goes at once.
Outcome clone_object(const Instruction* pc, Frame* fp)
{
    const Value& value = runtime::deref(read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind));
    if (!value.is_object()) {
        consume<OperandKind::Any>(fp, pc->op1, pc->op1_kind);
        return runtime::throw_error(runtime::msg::kind::Error, runtime::msg::CloneNonObject);
    }
    Object* original = value.as_object();
    // Throwables have no clone handler (zend_exceptions.c sets clone_obj to NULL).
    if (original->class_entry->is_subclass_of_or_same(runtime::throwable_interface()) ||
        original->class_entry->has_flag(runtime::AccNotCloneable)) {
        Outcome outcome = runtime::throw_error(
            runtime::msg::kind::Error,
            runtime::format(runtime::msg::CloneUncloneable, original->class_entry->name().c_str()));
        consume<OperandKind::Any>(fp, pc->op1, pc->op1_kind);
        return outcome;
    }
    const runtime::Method* clone_method = original->class_entry->find_method("__clone");
    if (clone_method != nullptr && !(clone_method->flags & runtime::AccPublic)) {
        const Class* scope = scope_of(fp);
        if (clone_method->scope != scope &&
            ((clone_method->flags & runtime::AccPrivate) ||
             !runtime::is_protected_compatible_scope(clone_method->scope, scope))) {
            // zend_wrong_clone_call.
            Outcome outcome = runtime::throw_error(
                runtime::msg::kind::Error,
                runtime::format(runtime::msg::CallToPrivateClone, visibility_word(clone_method->flags),
                                clone_method->scope->name().c_str(), scope == nullptr ? "global scope" : "scope ",
                                scope == nullptr ? "" : scope->name().c_str()));
            consume<OperandKind::Any>(fp, pc->op1, pc->op1_kind);
            return outcome;
        }
    }
    Object* copy = Object::clone(original);
    Outcome outcome = Outcome::Ok;
    if (clone_method != nullptr) {
        Value ignored;
        outcome = runtime::engine().hooks()->call_method(*clone_method, copy, nullptr, 0, ignored);
        runtime::release(ignored);
    }
    consume<OperandKind::Any>(fp, pc->op1, pc->op1_kind);
    if (outcome == Outcome::Threw || runtime::engine().has_exception()) {
        runtime::release(Value::object(copy));
        return Outcome::Threw;
    }
    result_slot(pc, fp).copy_from(Value::object(copy));
    return Outcome::Ok;
}

} // namespace miniphp::vm
