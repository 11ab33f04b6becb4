#include "runtime/object_dimension.h"

#include "runtime/class.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/reference.h"

namespace miniphp::runtime {

namespace {

// The handlers of `object`'s class, or null after zend_bad_array_access's Error.
const DimensionHandlers* handlers_of(const Object* object)
{
    const DimensionHandlers* handlers = object->class_entry->dimension_handlers();
    if (handlers == nullptr)
        (void)throw_error(msg::kind::Error, format(msg::ObjectUsedAsArray, object->class_entry->name().c_str()));
    return handlers;
}

} // namespace

Outcome read_object_dimension(Object* object, const Value& offset, bool quiet, Value& result)
{
    result = Value::null();
    const DimensionHandlers* handlers = handlers_of(object);
    if (handlers == nullptr)
        return Outcome::Threw;
    const Value* element = handlers->read(object, &offset, quiet);
    if (element != nullptr)
        copy_value(result, deref(*element));
    return engine().has_exception() ? Outcome::Threw : Outcome::Ok;
}

Value* object_dimension_for_write(Object* object, const Value* offset)
{
    const DimensionHandlers* handlers = handlers_of(object);
    return handlers == nullptr ? nullptr : handlers->read(object, offset, false);
}

Outcome write_object_dimension(Object* object, const Value* offset, const Value& value)
{
    const DimensionHandlers* handlers = handlers_of(object);
    return handlers == nullptr ? Outcome::Threw : handlers->write(object, offset, value);
}

Outcome object_dimension_isset(Object* object, const Value& offset, bool empty, bool& answer)
{
    const DimensionHandlers* handlers = handlers_of(object);
    if (handlers == nullptr)
        return Outcome::Threw;
    bool has = false;
    if (handlers->has(object, offset, empty, has) == Outcome::Threw)
        return Outcome::Threw;
    answer = empty ? !has : has;
    return Outcome::Ok;
}

Outcome unset_object_dimension(Object* object, const Value& offset)
{
    const DimensionHandlers* handlers = handlers_of(object);
    return handlers == nullptr ? Outcome::Threw : handlers->unset(object, offset);
}

} // namespace miniphp::runtime
