// String: PHP's byte string, laid out like zend_string (24-byte header, then the
// bytes and a terminating NUL) so its allocation sizes match php's.
//
// A string is either refcounted (built at run time, freed when the last owner
// releases it) or interned (literals, the empty string, one-byte strings: shared,
// never counted, freed only at shutdown by the InternTable).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "gc/heap.h"
#include "gc/refcounted.h"

namespace miniphp::runtime {

struct String {
    gc::Refcounted header;
    uint64_t hash; // 0 until computed
    size_t length;
    char bytes[1]; // length bytes plus a NUL; the allocation extends past the struct

    // A new refcounted string (count 1) holding a copy of `text`.
    static String* create(std::string_view text);
    // A new refcounted string of `length` bytes to be filled by the caller.
    static String* create_uninitialized(size_t length);
    // Concatenation into a new refcounted string.
    static String* concat(std::string_view a, std::string_view b);
    // Appends `tail` to `s`, which must be refcounted with a count of 1 and must not
    // hold `tail`'s bytes; returns the string, possibly moved (zend_string_extend).
    // With `exact`, the block asked for is allocation_size (zend_string_alloc's),
    // not php's safe size: see concat_in_place.
    template <bool exact = false>
    static inline String* append(String* s, std::string_view tail);
    // Grows `s` (refcounted, count 1) by `extra` bytes that the caller then writes at
    // bytes + the old length; returns the string, possibly moved. The length, the NUL
    // and the cleared hash are already in place.
    template <bool exact = false>
    static inline String* extend(String* s, size_t extra);

    // The shared empty string and the shared one-byte strings (Zend's ZSTR_CHAR).
    static String* empty();
    static String* one_char(unsigned char c);

    std::string_view view() const { return {bytes, length}; }
    char* data() { return bytes; }
    bool is_interned() const { return header.has_flag(gc::Immutable); }
    uint64_t hash_value();

    // Frees a refcounted string whose count reached zero.
    // The block's size is found from its address: it depends on how the string was
    // made (allocation_size or safe_allocation_size).
    static void destroy(String* s) { gc::heap().free(s); }

    // zend_string_alloc: the 24-byte header plus the bytes and a NUL, rounded to 8.
    static size_t allocation_size(size_t length)
    {
        return (offsetof(String, bytes) + length + 1 + 7) & ~size_t(7);
    }
    // zend_string_safe_alloc(1, length, 0): the header and NUL rounded to 8 (32), then
    // the bytes unrounded. php's str_repeat, substr, implode, str_pad... allocate so,
    // and so does growing a string in place (`.=`), which is why their strings can
    // sit in a larger bin than a concatenation of the same length.
    static size_t safe_allocation_size(size_t length)
    {
        return ((offsetof(String, bytes) + 1 + 7) & ~size_t(7)) + length;
    }
    // A new refcounted string of `length` bytes in a block of `block_size` bytes (at
    // least allocation_size(length)), for the builtins whose php counterpart leaves
    // its result in a larger block.
    static String* create_in_block(size_t length, size_t block_size);
    static String* create_safe_uninitialized(size_t length) { return create_in_block(length, safe_allocation_size(length)); }
};

// memcpy for the short pieces that dominate appends and concatenations: up to 16
// bytes go as two possibly overlapping fixed-size moves instead of a library call.
// The ranges must not overlap.
inline void copy_bytes(char* dst, const char* src, size_t n)
{
    if (n > 16) {
        std::memcpy(dst, src, n);
    } else if (n >= 8) {
        uint64_t head, tail;
        std::memcpy(&head, src, 8);
        std::memcpy(&tail, src + n - 8, 8);
        std::memcpy(dst, &head, 8);
        std::memcpy(dst + n - 8, &tail, 8);
    } else if (n >= 4) {
        uint32_t head, tail;
        std::memcpy(&head, src, 4);
        std::memcpy(&tail, src + n - 4, 4);
        std::memcpy(dst, &head, 4);
        std::memcpy(dst + n - 4, &tail, 4);
    } else if (n > 0) {
        dst[0] = src[0];
        dst[n / 2] = src[n / 2];
        dst[n - 1] = src[n - 1];
    }
}

// Both are inline: `$s .= x` calls one of them per iteration, and most calls only
// write a few bytes into room the block already has (gc::Heap::reallocate returns
// at once when the size class does not change).
template <bool exact>
inline String* String::extend(String* s, size_t extra)
{
    size_t old_length = s->length;
    size_t length = old_length + extra;
    s = static_cast<String*>(gc::heap().reallocate(s, exact ? allocation_size(length) : safe_allocation_size(length)));
    s->bytes[length] = '\0';
    s->length = length;
    s->hash = 0;
    return s;
}

template <bool exact>
inline String* String::append(String* s, std::string_view tail)
{
    size_t old_length = s->length;
    s = extend<exact>(s, tail.size());
    copy_bytes(s->bytes + old_length, tail.data(), tail.size());
    return s;
}

// Owns every interned string; lookups by content return the same String*.
// Literal strings are interned at compile time through this table.
class InternTable {
public:
    static InternTable& instance();

    String* intern(std::string_view text);
    // Makes the empty string and the 256 one-byte strings now: php has them from
    // start-up (permanent, outside the request's heap figures), so a script must not
    // see them allocated when it first uses one.
    void intern_permanent_strings();
    // Frees every interned string (at shutdown, after all values are released).
    void clear();
    size_t size() const;

private:
    InternTable() = default;
};

uint64_t hash_bytes(std::string_view text);

// ASCII lower case (zend_str_tolower): how php compares function, class and method names.
std::string ascii_lower(std::string_view text);

} // namespace miniphp::runtime
