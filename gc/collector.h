// Collector: the synchronous cycle collector of Bacon and Rajan ("Concurrent Cycle
// Collection in Reference Counted Systems", 2001), as the Zend engine runs it, so
// that PHP code sees the same garbage found at the same moments, the same
// destructor order and the same gc_collect_cycles()/gc_status() figures.
//
// Reference counting frees everything except cycles. A cycle can only become
// garbage when a count drops to a value other than zero, so every such drop of an
// array or object count offers the value as a possible root (runtime/value.h's
// release path calls possible_root(); it is then coloured Purple). A collection
// works on the buffered roots only:
//
//   mark_roots    every Purple root turns Grey, then mark_grey walks what it
//                 reaches, subtracting each internal edge from the count it
//                 points at: what remains counts references from outside.
//   scan_roots    scan walks the Grey nodes again: a node with a count left is
//                 live, and scan_black restores the counts of all it reaches and
//                 colours them Black; the others become White.
//   collect_roots Black roots leave the buffer; collect_white puts the White
//                 nodes in the buffer as Garbage (restoring their counts) and
//                 counts them: that count is what gc_collect_cycles() returns.
//
// Then, as php does: if the garbage holds objects whose destructor has not run,
// only those destructors run in this pass (in buffer order; what a destructor
// object holds is taken out of the garbage, since the destructor may keep it),
// the rest of the garbage is destroyed, and the whole collection runs once more,
// so that the objects whose destructors ran are collected if they are still
// garbage. Destroying first empties every garbage node (releasing what it holds,
// objects in buffer order), then frees their memory.
//
// The collector lives below runtime/: it sees values as the prefixes gc/refcounted.h
// defines (a header, then slots), as Zend's collector reads zend_array and
// zend_object, and reaches the rest through the hooks runtime/ registers at startup
// (as Zend objects hand the collector their get_gc handler). Walks use an explicit
// stack, never the C stack, so a million-node ring is collected like a small one.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gc/refcounted.h"
#include "gc/root_buffer.h"

namespace miniphp::gc {

// What the collector asks of the values above it.
struct CollectorHooks {
    // What an object holds, in the order php's get_gc lists it (Zend's get_gc
    // handler). Only objects with dynamic properties or whose class lists its own
    // children (ClassShape) come here: the collector reads the declared slots of
    // the others in place (ObjectPrefix), and arrays and references always
    // (ArrayPrefix, ReferencePrefix), as Zend's collector reads zend_array and
    // zend_reference itself.
    void (*object_children)(Refcounted* object, Children& out) = nullptr;
    // Objects: runs the pending destructor (recording that it ran: DestructorDone).
    void (*call_destructor)(Refcounted* object) = nullptr;
    // Releases what a garbage array or object holds (an object also gives its
    // handle back); its memory stays until free_garbage.
    void (*destroy_garbage)(Refcounted* node) = nullptr;
    void (*free_garbage)(Refcounted* node) = nullptr;
    // Frees a value whose count dropped to zero (runtime's destroy_refcounted).
    void (*destroy)(Refcounted* node) = nullptr;
};

// Counters, as gc_status() and --gc-trace report them.
struct CollectorStats {
    uint32_t runs = 0;
    uint32_t collected = 0;
};

class Collector {
public:
    Collector() = default;
    Collector(const Collector&) = delete;
    Collector& operator=(const Collector&) = delete;

    void set_hooks(const CollectorHooks& hooks) { m_hooks = hooks; }
    // Called at the end of every collection that looked at roots, with collections
    // held off (php's zend_gc_root_tmpvars: the VM offers its live temporaries as
    // roots again, since a temporary's release never offers one).
    using AfterCollection = void (*)();
    void set_after_collection(AfterCollection hook) { m_after_collection = hook; }

    // A counted array or object whose count dropped to a value other than zero,
    // black and not buffered (Zend's gc_possible_root). May run a collection when
    // the buffer is at its threshold.
    void possible_root(Refcounted* node)
    {
        if (m_protected) [[unlikely]]
            return;
        if (m_buffer.has_unused())
            buffer_as(node, m_buffer.fetch_unused(), Colour::Purple);
        else if (m_buffer.has_next_unused_under(m_threshold)) [[likely]]
            buffer_as(node, m_buffer.fetch_next_unused(), Colour::Purple);
        else
            possible_root_when_full(node);
    }
    // Takes a node that is being freed out of the buffer (GC_REMOVE_FROM_BUFFER).
    void remove_from_buffer(Refcounted* node)
    {
        uint32_t slot = node->root_slot();
        node->set_info(0, Colour::Black);
        if (m_buffer.first_unused() >= RootBuffer::kMaxUncompressed) [[unlikely]]
            slot = m_buffer.find(node, slot);
        remove_from_roots(slot);
    }

    // gc_collect_cycles(): the number of values freed.
    int collect_cycles();

    bool enabled() const { return m_enabled; }
    // Returns the previous setting. The first time the collector is enabled its
    // buffer starts taking roots (php allocates it then): while it has never been
    // enabled (zend.enable_gc=0 from the start) nothing is buffered and the
    // threshold reads 0.
    bool set_enabled(bool enabled);

    const CollectorStats& stats() const { return m_stats; }
    uint32_t threshold() const { return m_threshold; }
    uint32_t root_count() const { return m_root_count; }

    // --gc-trace: one line per collection on stderr.
    void set_trace(bool on) { m_trace = on; }
    // The heap verifier (MINIPHP_VERIFY_HEAP=1, on in the sanitizer stage of
    // tests/run): after every collection, checks what the buffer reaches; a
    // mismatch is reported on stderr.
    void set_verify(bool on) { m_verify = on; }
    // Checks now: every value the root buffer reaches is Black or Purple, each
    // buffered one knows its slot, and no count is below the number of references
    // the reached values hold to it. Returns the number of problems reported.
    int verify_heap() const;
    // The strict check (MINIPHP_VERIFY_HEAP=strict, at shutdown): `held` has one
    // entry per reference held from outside the heap (frame slots, the global table,
    // static variables, class data, literals...). Walking from them, the count of
    // every array, object and reference reached must equal the references held to
    // it. Returns the number of mismatches reported.
    int verify_counts(const std::vector<Refcounted*>& held) const;

private:
    static constexpr uint32_t kThresholdDefault = 10000 + RootBuffer::kFirstRoot;
    static constexpr uint32_t kThresholdStep = 10000;
    static constexpr uint32_t kThresholdMax = 1000000000;
    static constexpr uint32_t kThresholdTrigger = 100;

    void possible_root_when_full(Refcounted* node);
    void buffer_as(Refcounted* node, uint32_t slot, Colour colour)
    {
        m_buffer.set(slot, node, RootBuffer::Root);
        node->set_info(RootBuffer::compress(slot), colour);
        ++m_root_count;
    }
    void remove_from_roots(uint32_t slot)
    {
        m_buffer.link_unused(slot);
        --m_root_count;
    }
    void add_garbage(Refcounted* node);
    void adjust_threshold(int collected);

    static bool is_object(const Refcounted* node) { return node->type() == ObjectType; }
    // Objects: a destructor is still to run (Zend's !IS_OBJ_DESTRUCTOR_CALLED).
    static bool destructor_pending(const Refcounted* object) { return !object->has_flag(DestructorDone); }
    // Calls visit(child) for each counted value `node` holds, in order (none for a
    // string).
    template <bool FollowIndirect = true, class Visit>
    void for_each_child(Refcounted* node, Visit visit);
    template <bool FollowIndirect, class OnNode>
    void count_references(std::vector<Refcounted*>& pending, std::unordered_set<Refcounted*>& seen,
                          std::unordered_map<Refcounted*, uint32_t>& references, OnNode on_node) const;
    template <bool FollowIndirect, class Visit>
    static void visit_run(const SlotRun& run, Visit& visit);

    template <class Enter, class Edge>
    void walk(Refcounted* node, std::vector<Refcounted*>& stack, Enter enter, Edge edge);
    int collect_once(bool& rerun);
    void mark_roots();
    void mark_grey(Refcounted* node);
    void scan_roots();
    void scan(Refcounted* node);
    void scan_black(Refcounted* node);
    int collect_roots(bool& has_destructors);
    int collect_white(Refcounted* node, bool& has_destructors);
    int remove_nested_data_from_buffer(Refcounted* node, bool is_root);
    void call_destructors(uint32_t end, int& count);
    void destroy_garbage(uint32_t end);

    CollectorHooks m_hooks;
    AfterCollection m_after_collection = nullptr;
    RootBuffer m_buffer;
    CollectorStats m_stats;
    uint32_t m_threshold = 0;
    uint32_t m_root_count = 0;
    bool m_enabled = false;
    bool m_started = false; // enabled at least once: the buffer exists
    bool m_active = false;
    bool m_protected = true; // nothing is buffered until the collector is first enabled
    bool m_trace = false;
    bool m_verify = false;
    bool m_threshold_triggered = false; // the running collection was started by a full buffer
    uint32_t m_destructors_run = 0;     // in the running collection, for --gc-trace
    uint32_t m_values_freed = 0;
    std::vector<Refcounted*> m_stack;
    std::vector<Refcounted*> m_black_stack; // scan_black's, started from inside scan
};

// The process-wide collector, as heap() is the process-wide allocator. Never
// destroyed: values may still be released while static objects are torn down.
namespace detail {
inline Collector* const g_collector = new Collector();
}
inline Collector& collector() { return *detail::g_collector; }

} // namespace miniphp::gc
