// The header every heap value starts with: a reference count and one word of type
// information. It is the contract between the values in runtime/ and the cycle
// collector that will live in this folder, shaped like Zend's zend_refcounted_h so
// that the collector can be read side by side with Zend/zend_gc.c.
//
// type_info layout (32 bits):
//   bits  0..3   value type (runtime::Type of the owning value)
//   bits  4..9   flags (HeaderFlag)
//   bits 10..11  colour for the cycle collector (Colour)
//   bits 12..31  slot in the possible-root buffer, 0 = not buffered
//
// Invariant: a header with the Immutable flag is never counted and never freed by
// release; everything else is freed exactly when its count drops to zero.
#pragma once

#include <cstdint>

namespace miniphp::gc {

enum class Colour : uint32_t { Black = 0, White = 1, Grey = 2, Purple = 3 };

enum HeaderFlag : uint32_t {
    // The value can never be part of a cycle (strings): never offered as a root.
    NotCollectable = 1u << 4,
    // Set on an array while a recursive walk (var_dump, print_r, comparison) is
    // inside it, so that meeting it again reports recursion instead of looping.
    Protected = 1u << 5,
    // Interned strings and other values that live until shutdown: counts untouched.
    Immutable = 1u << 6,
};

struct Refcounted {
    static constexpr uint32_t kTypeMask = 0x0f;
    static constexpr uint32_t kFlagsMask = 0x3f0;
    static constexpr uint32_t kColourShift = 10;
    static constexpr uint32_t kColourMask = 3u << kColourShift;
    static constexpr uint32_t kRootShift = 12;
    static constexpr uint32_t kMaxRootSlot = (1u << 20) - 1;

    uint32_t refcount;
    uint32_t type_info;

    void init(uint32_t type, uint32_t flags)
    {
        refcount = 1;
        type_info = type | flags;
    }

    uint32_t type() const { return type_info & kTypeMask; }
    bool has_flag(HeaderFlag flag) const { return (type_info & flag) != 0; }
    void add_flag(HeaderFlag flag) { type_info |= flag; }
    void remove_flag(HeaderFlag flag) { type_info &= ~static_cast<uint32_t>(flag); }

    Colour colour() const { return static_cast<Colour>((type_info & kColourMask) >> kColourShift); }
    void set_colour(Colour c)
    {
        type_info = (type_info & ~kColourMask) | (static_cast<uint32_t>(c) << kColourShift);
    }

    uint32_t root_slot() const { return type_info >> kRootShift; }
    void set_root_slot(uint32_t slot)
    {
        type_info = (type_info & ((1u << kRootShift) - 1)) | (slot << kRootShift);
    }
};

static_assert(sizeof(Refcounted) == 8);

} // namespace miniphp::gc
