#include "runtime/environment.h"

#include <string_view>
#include <unistd.h>

#include "runtime/array.h"
#include "runtime/string.h"
#include "runtime/value.h"

namespace miniphp::runtime {

void import_environment(Array* array)
{
    for (char** env = environ; env != nullptr && *env != nullptr; ++env) {
        std::string_view entry(*env);
        size_t equals = entry.find('=');
        if (equals == std::string_view::npos || equals == 0)
            continue;
        std::string_view name = entry.substr(0, equals);
        if (name.find_first_of(" .[") != std::string_view::npos)
            continue; // names a request variable could not have are skipped
        // ZVAL_STRINGL_FAST: the empty and one-byte values are the shared strings.
        std::string_view text = entry.substr(equals + 1);
        Value value = Value::string(text.empty()       ? String::empty()
                                    : text.size() == 1 ? String::one_char(static_cast<unsigned char>(text[0]))
                                                       : String::create(text));
        int64_t number = 0;
        Value* slot = string_is_integer_key(name, number)
                          ? array->lookup_or_insert(number)
                          : array->lookup_or_insert(InternTable::instance().intern(name));
        release_and_clear(*slot);
        slot->copy_from(value);
    }
}

} // namespace miniphp::runtime
