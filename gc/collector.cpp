// The collector's passes, in the order a collection runs them. Every pass is a
// walk() of the same shape, which is Zend's and decides the order nodes are
// reached in: of a node's children, the first that qualifies is walked next (a
// tail call), the others that qualify are coloured at once and pushed on the
// stack, to be walked when the path below the first one ends.
#include "gc/collector.h"

#include <cassert>
#include <chrono>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

namespace miniphp::gc {

namespace {

using Clock = std::chrono::steady_clock;

} // namespace

// ---------------------------------------------------------------------------
// Buffering possible roots

// The buffer is at its threshold: collect first (holding `node` alive through
// the collection), then buffer it anyway if it is still there and unbuffered.
void Collector::possible_root_when_full(Refcounted* node)
{
    if (m_enabled && !m_active) {
        ++node->refcount;
        m_threshold_triggered = true;
        adjust_threshold(collect_cycles());
        if (--node->refcount == 0) {
            m_hooks.destroy(node);
            return;
        }
        if (!node->info_clear())
            return;
    }
    if (uint32_t slot = m_buffer.fetch_any())
        buffer_as(node, slot, Colour::Purple);
}

// Collections that free little raise the threshold by a step (and grow the
// buffer to match); productive ones lower it back towards the default.
void Collector::adjust_threshold(int collected)
{
    if (collected < static_cast<int>(kThresholdTrigger)) {
        if (m_threshold < kThresholdMax) {
            uint32_t next = m_threshold + kThresholdStep;
            if (next > kThresholdMax)
                next = kThresholdMax;
            if (next > m_buffer.size())
                m_buffer.grow();
            if (next <= m_buffer.size())
                m_threshold = next;
        }
    } else if (m_threshold > kThresholdDefault) {
        uint32_t next = m_threshold - kThresholdStep;
        m_threshold = next < kThresholdDefault ? kThresholdDefault : next;
    }
}

inline void Collector::add_garbage(Refcounted* node)
{
    uint32_t slot = m_buffer.fetch_any();
    if (slot == 0)
        return;
    m_buffer.set(slot, node, RootBuffer::Garbage);
    node->set_info(RootBuffer::compress(slot), Colour::Black);
    ++m_root_count;
}

bool Collector::set_enabled(bool enabled)
{
    bool previous = m_enabled;
    m_enabled = enabled;
    if (enabled && !m_started) {
        m_started = true;
        m_threshold = kThresholdDefault;
        m_protected = false;
    }
    return previous;
}

// What a value holds, read in place as Zend's collector reads zend_array,
// zend_reference and (through zend_std_get_gc) a plain zend_object; other objects
// list their children through the object hook, as through their get_gc handler.
template <bool FollowIndirect, class Visit>
inline void Collector::for_each_child(Refcounted* node, Visit visit)
{
    switch (node->type()) {
    case ObjectType: {
        if (node->has_flag(FreeCalled))
            return; // its storage is freed already
        const auto* object = reinterpret_cast<const ObjectPrefix*>(node);
        const ClassShape* shape = object->shape;
        if (!shape->lists_own_children && object->dynamic_properties == nullptr) [[likely]] {
            visit_run<FollowIndirect>({reinterpret_cast<const char*>(object->slots), shape->declared_slots, 16}, visit);
            return;
        }
        Children children;
        m_hooks.object_children(node, children);
        if (children.extra != nullptr)
            visit(children.extra);
        visit_run<FollowIndirect>(children.runs[0], visit);
        visit_run<FollowIndirect>(children.runs[1], visit);
        return;
    }
    case ArrayType: {
        const auto* array = reinterpret_cast<const ArrayPrefix*>(node);
        uint32_t stride = (array->flags & ArrayPrefix::kPacked) ? 16 : 32;
        visit_run<FollowIndirect>({array->data, array->used, stride}, visit);
        return;
    }
    case ReferenceType: {
        const ValueSlot& value = reinterpret_cast<const ReferencePrefix*>(node)->value;
        if (Refcounted* target = FollowIndirect ? value.counted() : value.direct_counted())
            visit(target);
        return;
    }
    default:
        return; // strings hold nothing
    }
}

template <bool FollowIndirect, class Visit>
[[gnu::always_inline]] inline void Collector::visit_run(const SlotRun& run, Visit& visit)
{
    const char* end = run.first + std::size_t{run.count} * run.stride;
    for (const char* at = run.first; at != end; at += run.stride) {
        const auto* slot = reinterpret_cast<const ValueSlot*>(at);
        if (Refcounted* child = FollowIndirect ? slot->counted() : slot->direct_counted())
            visit(child);
    }
}

// The walk every pass makes: `enter` is called on each node reached and says
// whether to look at its children; `edge` is called on each child and says whether
// to walk it (it colours the child first, so that no node is walked twice). The
// first child to be walked is walked next, the others are pushed on `stack`.
template <class Enter, class Edge>
[[gnu::always_inline]] inline void Collector::walk(Refcounted* node, std::vector<Refcounted*>& stack, Enter enter, Edge edge)
{
    size_t base = stack.size();
    for (;;) {
        Refcounted* next = nullptr;
        if (enter(node)) {
            for_each_child(node, [&](Refcounted* child) {
                if (!edge(child))
                    return;
                if (next == nullptr)
                    next = child;
                else
                    stack.push_back(child);
            });
        }
        if (next != nullptr) {
            node = next;
            continue;
        }
        if (stack.size() == base)
            return;
        node = stack.back();
        stack.pop_back();
    }
}

// ---------------------------------------------------------------------------
// Marking: subtract internal references

void Collector::mark_roots()
{
    m_buffer.compact(m_root_count);
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != m_buffer.first_unused(); ++slot) {
        uintptr_t entry = m_buffer.entry(slot);
        if (RootBuffer::tag(entry) != RootBuffer::Root)
            continue;
        Refcounted* root = RootBuffer::pointer(entry);
        if (root->colour() == Colour::Purple) {
            root->set_colour(Colour::Grey);
            mark_grey(root);
        }
    }
}

// `node` is Grey: every edge below it is subtracted from the count it points at.
[[gnu::always_inline]] inline void Collector::mark_grey(Refcounted* node)
{
    walk(node, m_stack, [](Refcounted*) { return true; },
         [](Refcounted* child) {
             --child->refcount;
             if (child->colour() == Colour::Grey)
                 return false;
             child->set_colour(Colour::Grey);
             return true;
         });
}

// ---------------------------------------------------------------------------
// Scanning: live (Black) or garbage (White)

void Collector::scan_roots()
{
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != m_buffer.first_unused(); ++slot) {
        uintptr_t entry = m_buffer.entry(slot);
        if (RootBuffer::tag(entry) != RootBuffer::Root)
            continue;
        Refcounted* root = RootBuffer::pointer(entry);
        if (root->colour() == Colour::Grey) {
            root->set_colour(Colour::White);
            scan(root);
        }
    }
}

// `node` was Grey and is now tentatively White: a count left over means something
// outside the subgraph holds it, so it and all it reaches are live.
[[gnu::always_inline]] inline void Collector::scan(Refcounted* node)
{
    walk(
        node, m_stack,
        [this](Refcounted* n) {
            if (n->colour() != Colour::White)
                return false;
            if (n->refcount == 0)
                return true;
            n->set_colour(Colour::Black);
            scan_black(n);
            return false;
        },
        [](Refcounted* child) {
            if (child->colour() != Colour::Grey)
                return false;
            child->set_colour(Colour::White);
            return true;
        });
}

// `node` is Black: restores the counts mark_grey subtracted below it.
void Collector::scan_black(Refcounted* node)
{
    walk(node, m_black_stack, [](Refcounted*) { return true; },
         [](Refcounted* child) {
             ++child->refcount;
             if (child->colour() == Colour::Black)
                 return false;
             child->set_colour(Colour::Black);
             return true;
         });
}

// ---------------------------------------------------------------------------
// Collecting the White nodes as garbage

int Collector::collect_roots(bool& has_destructors)
{
    // Live roots leave the buffer.
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != m_buffer.first_unused(); ++slot) {
        uintptr_t entry = m_buffer.entry(slot);
        if (RootBuffer::tag(entry) != RootBuffer::Root)
            continue;
        Refcounted* root = RootBuffer::pointer(entry);
        if (root->colour() == Colour::Black) {
            root->set_info(0, Colour::Black);
            remove_from_roots(slot);
        }
    }
    m_buffer.compact(m_root_count);

    // The rest are garbage roots; what they reach joins them after `end`.
    int count = 0;
    uint32_t end = m_buffer.first_unused();
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != end; ++slot) {
        Refcounted* root = RootBuffer::pointer(m_buffer.entry(slot));
        m_buffer.set(slot, root, RootBuffer::Garbage);
        if (root->colour() == Colour::White) {
            root->set_colour(Colour::Black);
            count += collect_white(root, has_destructors);
        }
    }
    return count;
}

// `node` was White and is now Black: it and the White nodes below it are garbage.
// Counts them (references excepted, as php counts), restores the counts of their
// edges and buffers every array and object among them as Garbage.
[[gnu::always_inline]] inline int Collector::collect_white(Refcounted* node, bool& has_destructors)
{
    int count = 0;
    walk(
        node, m_stack,
        [&](Refcounted* n) {
            uint32_t type = n->type();
            if (type != ReferenceType)
                ++count;
            if (type == ObjectType && !n->has_flag(FreeCalled)) {
                if (n->info_clear())
                    add_garbage(n);
                if (destructor_pending(n))
                    has_destructors = true;
            } else if (type == ArrayType && n->info_clear()) {
                add_garbage(n);
            }
            return true;
        },
        [](Refcounted* child) {
            ++child->refcount;
            if (child->colour() != Colour::White)
                return false;
            child->set_colour(Colour::Black);
            return true;
        });
    return count;
}

// An object whose destructor is about to run keeps what it reaches: that data
// leaves the garbage (it stays allocated; the next run looks at it again).
// Returns how many garbage values were taken out, the object itself included.
int Collector::remove_nested_data_from_buffer(Refcounted* node, bool is_root)
{
    int count = 0;
    walk(
        node, m_stack,
        [&](Refcounted* n) {
            if (is_root) {
                is_root = false;
                ++count;
                return true;
            }
            if (n->root_slot() != 0 && n->colour() == Colour::Black) {
                remove_from_buffer(n);
                ++count;
                return true;
            }
            return n->type() == ReferenceType; // seen through
        },
        [](Refcounted*) { return true; });
    return count;
}

// ---------------------------------------------------------------------------
// Destructors, then destruction

void Collector::call_destructors(uint32_t end, int& count)
{
    // Garbage objects with a destructor to run turn DtorGarbage and Purple: Purple
    // keeps them in the buffer as roots for the next run.
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != end; ++slot) {
        uintptr_t entry = m_buffer.entry(slot);
        if (RootBuffer::tag(entry) != RootBuffer::Garbage)
            continue;
        Refcounted* node = RootBuffer::pointer(entry);
        if (!is_object(node))
            continue;
        if (destructor_pending(node)) {
            m_buffer.set(slot, node, RootBuffer::DtorGarbage);
            node->set_colour(Colour::Purple);
        }
    }
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != end; ++slot) {
        uintptr_t entry = m_buffer.entry(slot);
        if (RootBuffer::tag(entry) == RootBuffer::DtorGarbage)
            count -= remove_nested_data_from_buffer(RootBuffer::pointer(entry), true);
    }
    // The destructors run in slot order; each may add roots, or run another's.
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != end; ++slot) {
        uintptr_t entry = m_buffer.entry(slot);
        if (RootBuffer::tag(entry) != RootBuffer::DtorGarbage)
            continue;
        Refcounted* node = RootBuffer::pointer(entry);
        m_buffer.set(slot, node, RootBuffer::Root);
        if (destructor_pending(node)) {
            ++m_destructors_run;
            m_hooks.call_destructor(node);
        }
    }
}

void Collector::destroy_garbage(uint32_t end)
{
    // Empty every garbage node first: releasing what one holds may free others
    // (which then leave the buffer) but never touches the memory of a node
    // marked Collected.
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != end; ++slot) {
        uintptr_t entry = m_buffer.entry(slot);
        if (RootBuffer::tag(entry) != RootBuffer::Garbage)
            continue;
        Refcounted* node = RootBuffer::pointer(entry);
        node->add_flag(Collected);
        m_hooks.destroy_garbage(node);
    }
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != end; ++slot) {
        uintptr_t entry = m_buffer.entry(slot);
        if (RootBuffer::tag(entry) != RootBuffer::Garbage)
            continue;
        remove_from_roots(slot);
        ++m_values_freed;
        m_hooks.free_garbage(RootBuffer::pointer(entry));
    }
}

// One pass of the collection; sets `rerun` when destructors ran. -1: nothing to free.
int Collector::collect_once(bool& rerun)
{
    ++m_stats.runs;
    m_active = true;
    mark_roots();
    scan_roots();
    bool has_destructors = false;
    int count = collect_roots(has_destructors);
    if (m_root_count == 0) {
        m_active = false;
        return -1; // nothing to free
    }
    uint32_t end = m_buffer.first_unused();
    if (has_destructors) {
        rerun = true;
        call_destructors(end, count);
    }
    destroy_garbage(end);
    m_stats.collected += count;
    m_active = false;
    return count;
}

int Collector::collect_cycles()
{
    bool threshold = m_threshold_triggered;
    m_threshold_triggered = false;
    Clock::time_point started = m_trace ? Clock::now() : Clock::time_point{};
    uint32_t roots_before = m_root_count;
    m_destructors_run = 0;
    m_values_freed = 0;

    int total = 0;
    bool rerun = false;
    bool reran = false;
    for (;;) {
        if (m_root_count != 0) {
            if (m_active)
                return 0;
            int count = collect_once(rerun);
            if (count < 0)
                break;
            total += count;
        }
        m_buffer.compact(m_root_count);
        if (!rerun || reran)
            break;
        reran = true;
    }
    if (m_after_collection != nullptr) {
        m_active = true;
        m_after_collection();
        m_active = false;
    }

    if (m_verify)
        verify_heap();
    if (m_trace) {
        auto micros = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count();
        std::fprintf(stderr,
                     "gc: %s collection: %u roots scanned, %d garbage, %u destructors run, %u values freed, "
                     "%lld us\n",
                     threshold ? "threshold" : "manual", roots_before, total, m_destructors_run, m_values_freed,
                     static_cast<long long>(micros));
    }
    return total;
}

// ---------------------------------------------------------------------------
// The heap verifier

// Walks from `pending`, adding every value reached to `seen` (on_node sees each
// once) and counting in `references` the references the reached values hold.
template <bool FollowIndirect, class OnNode>
void Collector::count_references(std::vector<Refcounted*>& pending, std::unordered_set<Refcounted*>& seen,
                                 std::unordered_map<Refcounted*, uint32_t>& references, OnNode on_node) const
{
    auto* self = const_cast<Collector*>(this);
    while (!pending.empty()) {
        Refcounted* node = pending.back();
        pending.pop_back();
        if (!seen.insert(node).second)
            continue;
        on_node(node);
        self->for_each_child<FollowIndirect>(node, [&](Refcounted* child) {
            ++references[child];
            pending.push_back(child);
        });
    }
}

int Collector::verify_heap() const
{
    int problems = 0;
    auto report = [&problems](const char* what, const Refcounted* node) {
        ++problems;
        std::fprintf(stderr, "miniphp: heap verifier: %s (value at %p, type %u, count %u)\n", what,
                     static_cast<const void*>(node), node->type(), node->refcount);
    };
    std::vector<Refcounted*> pending;
    for (uint32_t slot = RootBuffer::kFirstRoot; slot != m_buffer.first_unused(); ++slot) {
        uintptr_t entry = m_buffer.entry(slot);
        if (RootBuffer::tag(entry) == RootBuffer::Unused)
            continue;
        Refcounted* node = RootBuffer::pointer(entry);
        if (node->root_slot() != RootBuffer::compress(slot))
            report("a buffered value does not know its slot", node);
        pending.push_back(node);
    }
    std::unordered_set<Refcounted*> seen;
    std::unordered_map<Refcounted*, uint32_t> held; // references the reached values hold
    count_references<true>(pending, seen, held, [&](Refcounted* node) {
        if (node->colour() != Colour::Black && node->colour() != Colour::Purple)
            report("a value is left Grey or White after a collection", node);
    });
    for (const auto& [node, references] : held) {
        if (node->refcount < references)
            report("a count is below the references values hold to it", node);
    }
    return problems;
}

int Collector::verify_counts(const std::vector<Refcounted*>& held) const
{
    std::unordered_map<Refcounted*, uint32_t> references;
    std::vector<Refcounted*> pending;
    for (Refcounted* node : held) {
        ++references[node];
        pending.push_back(node);
    }
    // A symbol table's indirect slots point at a frame's slots, which hold the
    // reference themselves: only what a slot holds directly counts here.
    std::unordered_set<Refcounted*> seen;
    count_references<false>(pending, seen, references, [](Refcounted*) {});
    int problems = 0;
    for (Refcounted* node : seen) {
        uint32_t type = node->type();
        if ((type != ArrayType && type != ObjectType && type != ReferenceType) || node->has_flag(Immutable))
            continue;
        if (node->refcount != references[node]) {
            ++problems;
            std::fprintf(stderr, "miniphp: heap verifier: a count differs from the references held (value at %p, type %u, count %u, references %u)\n",
                         static_cast<const void*>(node), type, node->refcount, references[node]);
        }
    }
    return problems;
}

} // namespace miniphp::gc
