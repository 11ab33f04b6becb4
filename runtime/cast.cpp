#include "runtime/cast.h"

#include "runtime/array.h"
#include "runtime/closure.h"
#include "runtime/conversions.h"
#include "runtime/property_table.h"

namespace miniphp::runtime {

Outcome cast_value(Value& r, const Value& v, Type to)
{
    switch (to) {
    case Type::Null: r = Value::null(); return Outcome::Ok;
    case Type::False:
    case Type::True: r = Value::boolean(to_bool(v)); return Outcome::Ok;
    case Type::Long: r = Value::integer(to_long(v)); return Outcome::Ok;
    case Type::Double: r = Value::dbl(to_double(v)); return Outcome::Ok;
    case Type::String:
        r = to_string(v); // an object's __toString may throw
        return engine().has_exception() ? Outcome::Threw : Outcome::Ok;
    case Type::Array: {
        // ZEND_CAST to array: arrays stay, an object gives its properties (mangled
        // keys), null is the empty array, anything else (a Closure too) becomes the
        // only element.
        const Value& value = deref(v);
        if (value.is_array()) {
            copy_value(r, value);
        } else if (value.is_object() && closure_data(value.as_object()) == nullptr) {
            r = Value::array(object_to_array(value.as_object()));
        } else if (value.is_null() || value.is_undef()) {
            r = Value::array(Array::empty());
        } else {
            Array* array = Array::create(1);
            copy_value(*array->append(), value);
            r = Value::array(array);
        }
        return Outcome::Ok;
    }
    case Type::Object: {
        // ZEND_CAST to object: an object stays, anything else becomes a stdClass.
        const Value& value = deref(v);
        if (value.is_object())
            copy_value(r, value);
        else
            r = Value::object(object_from_value(value));
        return Outcome::Ok;
    }
    default: break;
    }
    r = Value::null();
    return Outcome::Ok;
}

} // namespace miniphp::runtime
