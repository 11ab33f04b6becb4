// RootBuffer: the cycle collector's buffer of possible roots, kept in the shape of
// Zend's (Zend/zend_gc.c) because its order is visible to PHP code: the collector
// visits roots in slot order, and that order decides which garbage is found first
// and so the order of destructors.
//
// Slot 0 is never used, so a header's slot number 0 means "not buffered". Each
// used slot holds a tagged pointer to a header:
//   Root         a possible root (the header is Purple, or being scanned)
//   Garbage      a node the current collection will destroy
//   DtorGarbage  a garbage object whose destructor runs before anything is freed
//   Unused       a free slot; the pointer bits hold the next free slot's number
// Free slots form a last-in first-out list (a freed slot is reused first); below
// them, `first_unused` is the first slot never handed out. compact() moves the
// last used slots into the holes, so that after a collection the roots are again
// slots 1..count.
//
// A header has 20 bits for its slot. Slots beyond 512K are stored modulo 512K with
// the top bit set ("compressed"); find() recovers the real slot by trying each
// candidate until the entry points back at the header.
#pragma once

#include <cstdint>
#include <vector>

#include "gc/refcounted.h"

namespace miniphp::gc {

class RootBuffer {
public:
    enum Tag : uintptr_t { Root = 0, Unused = 1, Garbage = 2, DtorGarbage = 3 };

    static constexpr uint32_t kFirstRoot = 1;
    static constexpr uint32_t kDefaultSize = 16 * 1024;
    static constexpr uint32_t kGrowStep = 128 * 1024;
    static constexpr uint32_t kMaxUncompressed = 512 * 1024;
    static constexpr uint32_t kMaxSize = 0x40000000;

    RootBuffer() : m_slots(kDefaultSize, 0) {}

    // Entry access.
    static Refcounted* pointer(uintptr_t entry) { return reinterpret_cast<Refcounted*>(entry & ~uintptr_t{3}); }
    static Tag tag(uintptr_t entry) { return static_cast<Tag>(entry & 3); }
    uintptr_t entry(uint32_t slot) const { return m_slots[slot]; }
    void set(uint32_t slot, Refcounted* node, Tag t) { m_slots[slot] = reinterpret_cast<uintptr_t>(node) | t; }

    // Handing out and taking back slots.
    bool has_unused() const { return m_unused != 0; }
    uint32_t fetch_unused()
    {
        uint32_t slot = m_unused;
        m_unused = static_cast<uint32_t>(m_slots[slot] >> 2);
        return slot;
    }
    void link_unused(uint32_t slot)
    {
        m_slots[slot] = (static_cast<uintptr_t>(m_unused) << 2) | Unused;
        m_unused = slot;
    }
    bool has_next_unused_under(uint32_t threshold) const { return m_first_unused < threshold; }
    bool has_next_unused() const { return m_first_unused != size(); }
    uint32_t fetch_next_unused() { return m_first_unused++; }
    // A slot for a new entry, growing the buffer if every slot is in use; 0 when
    // the buffer cannot grow any more.
    uint32_t fetch_any()
    {
        if (has_unused())
            return fetch_unused();
        if (has_next_unused()) [[likely]]
            return fetch_next_unused();
        return fetch_after_growing();
    }

    // Grows by doubling up to 128K slots, then by 128K; false at the maximum size.
    bool grow();

    // The slot number stored in a header for `slot`, and the way back.
    static uint32_t compress(uint32_t slot)
    {
        return slot < kMaxUncompressed ? slot : (slot % kMaxUncompressed) | kMaxUncompressed;
    }
    uint32_t find(const Refcounted* node, uint32_t compressed) const;

    // Moves the used slots above the holes down into them (two fingers, one from
    // each end), renumbering the moved headers; afterwards the used slots are
    // 1..used and the free list is empty.
    void compact(uint32_t used)
    {
        if (used + kFirstRoot != m_first_unused)
            compact_holes(used);
    }

    uint32_t first_unused() const { return m_first_unused; }
    uint32_t size() const { return static_cast<uint32_t>(m_slots.size()); }

private:
    uint32_t fetch_after_growing();
    void compact_holes(uint32_t used);

    std::vector<uintptr_t> m_slots;
    uint32_t m_unused = 0;       // head of the free list, 0 = empty
    uint32_t m_first_unused = kFirstRoot;
};

} // namespace miniphp::gc
