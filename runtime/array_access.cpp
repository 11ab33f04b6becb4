#include "runtime/array_access.h"

#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::runtime {

Outcome offset_to_key(const Value& given, ArrayKey& key, OffsetUse use)
{
    const Value& offset = deref(given);
    switch (offset.type()) {
    case Type::Long: key = ArrayKey::integer(offset.as_long()); return Outcome::Ok;
    case Type::String: {
        String* s = offset.as_string();
        int64_t n = 0;
        key = string_is_integer_key(s->view(), n) ? ArrayKey::integer(n) : ArrayKey::of_string(s);
        return Outcome::Ok;
    }
    case Type::Undef:
    case Type::Null: key = ArrayKey::of_string(String::empty()); return Outcome::Ok;
    case Type::False: key = ArrayKey::integer(0); return Outcome::Ok;
    case Type::True: key = ArrayKey::integer(1); return Outcome::Ok;
    case Type::Double: {
        double d = offset.as_double();
        int64_t n = dval_to_lval(d);
        if (!is_long_compatible(d, n))
            deprecated(format(msg::ImplicitFloatToInt, format_double_repr(d).c_str()));
        key = ArrayKey::integer(n);
        return Outcome::Ok;
    }
    default: break;
    }
    const char* text = use == OffsetUse::Isset   ? msg::IllegalOffsetTypeIsset
                       : use == OffsetUse::Unset ? msg::IllegalOffsetTypeUnset
                                                 : msg::IllegalOffsetType;
    return throw_error(msg::kind::TypeError, text);
}

void undefined_key_warning(ArrayKey key)
{
    if (key.is_string())
        warning(format(msg::UndefinedArrayKeyString, key.string->bytes));
    else
        warning(format(msg::UndefinedArrayKeyInt, static_cast<long long>(key.number)));
}

Outcome read_element(Array* array, const Value& offset, bool quiet, const Value*& element)
{
    ArrayKey key;
    if (offset_to_key(offset, key, quiet ? OffsetUse::Isset : OffsetUse::Read) == Outcome::Threw)
        return Outcome::Threw;
    const Value* found = array->find(key);
    if (found == nullptr) {
        if (!quiet)
            undefined_key_warning(key);
        element = nullptr;
        return Outcome::Ok;
    }
    element = &deref(*found);
    return Outcome::Ok;
}

} // namespace miniphp::runtime
