// The header every heap value starts with: a reference count and one word of type
// information. It is the contract between the values in runtime/ and the cycle
// collector in this folder, shaped like Zend's zend_refcounted_h so that the
// collector can be read side by side with Zend/zend_gc.c. Below it: how the
// collector reads the slots of arrays, references and objects (the prefixes).
//
// type_info layout (32 bits):
//   bits  0..3   value type (runtime::Type of the owning value; HeapType below)
//   bits  4..9   flags (HeaderFlag)
//   bits 10..11  colour for the cycle collector (Colour)
//   bits 12..31  slot in the possible-root buffer, 0 = not buffered (compressed
//                above 512K slots, see RootBuffer)
// Bits 10..31 together are Zend's GC_INFO: zero means "black and not buffered".
//
// Invariant: a header with the Immutable flag is never counted and never freed by
// release; everything else is freed exactly when its count drops to zero, unless
// the collector freed it first (the Collected flag).
#pragma once

#include <cstddef>
#include <cstdint>

namespace miniphp::gc {

enum class Colour : uint32_t { Black = 0, White = 1, Grey = 2, Purple = 3 };

// The heap types the collector tells apart. runtime::Type numbers its values the
// same way (as Zend's IS_STRING, IS_ARRAY, ...), which runtime/value.h checks.
enum HeapType : uint32_t {
    StringType = 6,
    ArrayType = 7,
    ObjectType = 8,
    ReferenceType = 10,
};

enum HeaderFlag : uint32_t {
    // The value can never be part of a cycle (strings): never offered as a root.
    NotCollectable = 1u << 4,
    // Set on an array while a recursive walk (var_dump, print_r, comparison) is
    // inside it, so that meeting it again reports recursion instead of looping.
    Protected = 1u << 5,
    // Interned strings and other values that live until shutdown: counts untouched.
    Immutable = 1u << 6,
    // The collector has destroyed this garbage array or object and will free its
    // memory itself: a release that drops its count to zero must do nothing (Zend
    // sets the type to IS_NULL for the same purpose).
    Collected = 1u << 7,
    // Objects only, kept here as Zend keeps them in an object's GC_FLAGS, where the
    // collector reads them without a call: no destructor is left to run (it has run,
    // or the class has none, which is recorded when the object is made), and the
    // object's storage has been freed (IS_OBJ_DESTRUCTOR_CALLED, IS_OBJ_FREE_CALLED).
    DestructorDone = 1u << 8,
    FreeCalled = 1u << 9,
};

struct Refcounted {
    static constexpr uint32_t kTypeMask = 0x0f;
    static constexpr uint32_t kFlagsMask = 0x3f0;
    static constexpr uint32_t kColourShift = 10;
    static constexpr uint32_t kColourMask = 3u << kColourShift;
    static constexpr uint32_t kRootShift = 12;
    static constexpr uint32_t kMaxRootSlot = (1u << 20) - 1;
    static constexpr uint32_t kInfoMask = ~((1u << kColourShift) - 1);

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
    // Colour and slot at once (Zend's GC_REF_SET_INFO).
    void set_info(uint32_t slot, Colour c)
    {
        type_info = (type_info & ~kInfoMask) | (slot << kRootShift) |
                    (static_cast<uint32_t>(c) << kColourShift);
    }
    // Black and not in the root buffer (GC_INFO == 0).
    bool info_clear() const { return (type_info & kInfoMask) == 0; }
};

static_assert(sizeof(Refcounted) == 8);

// How the collector reads the values a container holds, without knowing runtime's
// types: as Zend's collector reads zvals. A slot is 16 bytes (runtime::Value): a
// pointer, then a type word whose bit 8 says the pointer is to a counted header; a
// slot of type 12 (indirect) points at another slot instead.
struct ValueSlot {
    static constexpr uint32_t kCountedBit = 1u << 8;
    static constexpr uint32_t kIndirectType = 12;

    void* pointer;
    uint32_t type_info;
    uint32_t aux;

    // The counted value the slot holds itself (an indirect slot holds none).
    Refcounted* direct_counted() const
    {
        return (type_info & kCountedBit) ? static_cast<Refcounted*>(pointer) : nullptr;
    }
    // The counted value the slot holds, or null.
    Refcounted* counted() const
    {
        if (type_info & kCountedBit)
            return static_cast<Refcounted*>(pointer);
        if ((type_info & 0xff) == kIndirectType) {
            const auto* target = static_cast<const ValueSlot*>(pointer);
            return (target->type_info & kCountedBit) ? static_cast<Refcounted*>(target->pointer) : nullptr;
        }
        return nullptr;
    }
};
static_assert(sizeof(ValueSlot) == 16);

// `count` slots, `stride` bytes apart (16 for a plain run, 32 for hash buckets).
struct SlotRun {
    const char* first = nullptr;
    uint32_t count = 0;
    uint32_t stride = sizeof(ValueSlot);
};

// What a container holds, in the order php's get_gc lists it: one value held
// outside any slot (a closure's $this), then up to two runs of slots (an object's
// declared properties, then its dynamic ones).
struct Children {
    Refcounted* extra = nullptr;
    SlotRun runs[2];
};

// The start of every array as the collector reads it (Zend's zend_array): its
// elements are `used` slots from `data`, 16 bytes apart when packed, else 32-byte
// buckets whose value comes first. runtime::Array is laid out the same (checked
// there).
struct ArrayPrefix {
    static constexpr uint8_t kPacked = 1;

    Refcounted header;
    uint8_t flags;
    uint8_t unused[3];
    uint32_t iterators;
    const char* data;
    uint32_t used;
};

// A reference as the collector reads it (Zend's zend_reference): the value it holds.
struct ReferencePrefix {
    Refcounted header;
    ValueSlot value;
};

// The part of an object's class the collector reads, as Zend's zend_std_get_gc reads
// the class entry; runtime's Class starts with it.
struct ClassShape {
    uint32_t declared_slots = 0;     // the property slots every object of the class has
    bool lists_own_children = false; // the object_children hook lists what its objects hold
};

// The start of every object as the collector reads it (Zend's zend_object), so that
// an object of a plain class is walked without a call: its declared property slots
// follow the prefix. runtime::Object is laid out the same way (checked there).
struct ObjectPrefix {
    Refcounted header;
    uint32_t handle;
    uint32_t flags;
    const ClassShape* shape;        // the object's class
    void* reserved;
    const void* dynamic_properties; // an array, or null
    ValueSlot slots[1];
};

} // namespace miniphp::gc
