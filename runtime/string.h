// String: PHP's byte string, laid out like zend_string (24-byte header, then the
// bytes and a terminating NUL) so its allocation sizes match php's.
//
// A string is either refcounted (built at run time, freed when the last owner
// releases it) or interned (literals, the empty string, one-byte strings: shared,
// never counted, freed only at shutdown by the InternTable).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

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
    static String* append(String* s, std::string_view tail);

    // The shared empty string and the shared one-byte strings (Zend's ZSTR_CHAR).
    static String* empty();
    static String* one_char(unsigned char c);

    std::string_view view() const { return {bytes, length}; }
    char* data() { return bytes; }
    bool is_interned() const { return header.has_flag(gc::Immutable); }
    uint64_t hash_value();

    // Frees a refcounted string whose count reached zero.
    static void destroy(String* s);

    static size_t allocation_size(size_t length);
};

// Owns every interned string; lookups by content return the same String*.
// Literal strings are interned at compile time through this table.
class InternTable {
public:
    static InternTable& instance();

    String* intern(std::string_view text);
    // Frees every interned string (at shutdown, after all values are released).
    void clear();
    size_t size() const;

private:
    InternTable() = default;
};

uint64_t hash_bytes(std::string_view text);

} // namespace miniphp::runtime
