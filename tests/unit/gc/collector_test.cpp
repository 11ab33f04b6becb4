// The collector on synthetic graphs, without the VM: nodes are plain structs with
// a header and a list of owned edges, released the way runtime/value.h releases.
#include "gc/collector.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

using miniphp::gc::Collected;
using miniphp::gc::Collector;
using miniphp::gc::CollectorHooks;
using miniphp::gc::ObjectType;
using miniphp::gc::Refcounted;

namespace {

// The collector reads an object's start as gc::ObjectPrefix; a node's shape sends
// it to the object_children hook below.
const miniphp::gc::ClassShape kNodeShape{0, true};

struct Node {
    Refcounted header;
    uint32_t handle = 0;
    uint32_t flags = 0;
    const miniphp::gc::ClassShape* shape = &kNodeShape;
    void* reserved = nullptr;
    const void* dynamic_properties = nullptr;
    std::string name;
    std::vector<Node*> edges; // each holds one count of its target
    std::vector<miniphp::gc::ValueSlot> slots; // the edges as the collector reads them
    // The destructor and free state live in the header (DestructorDone, FreeCalled),
    // where the collector reads them.
    bool destructor_pending() const { return !header.has_flag(miniphp::gc::DestructorDone); }
    bool free_called() const { return header.has_flag(miniphp::gc::FreeCalled); }
    std::function<void(Node*)> on_destruct;
};

// The graph under test: its collector and what happened, in order.
struct World {
    Collector collector;
    std::vector<std::string> destructed;
    std::vector<std::string> freed;
    int live = 0;

    World();
    ~World();

    Node* make(const std::string& name, bool destructor = false)
    {
        auto* n = new Node();
        n->header.init(ObjectType, destructor ? 0u : uint32_t{miniphp::gc::DestructorDone});
        n->name = name;
        ++live;
        return n;
    }
    static void link(Node* from, Node* to)
    {
        from->edges.push_back(to);
        ++to->header.refcount;
    }
    void release(Node* n)
    {
        if (--n->header.refcount == 0)
            destroy(n);
        else if (n->header.info_clear())
            collector.possible_root(&n->header);
    }
    void release_edges(Node* n)
    {
        std::vector<Node*> edges;
        edges.swap(n->edges);
        for (Node* target : edges)
            release(target);
    }
    void run_destructor(Node* n)
    {
        destructed.push_back(n->name);
        if (n->on_destruct)
            n->on_destruct(n);
    }
    void free_memory(Node* n)
    {
        freed.push_back(n->name);
        --live;
        delete n;
    }
    // A count reached zero: destructor, then the edges, then the memory. Nodes
    // freed on the way wait in a list, so that long chains need no deep recursion
    // (as runtime/teardown.h does, without its exact order).
    std::vector<Node*> to_free;
    bool freeing = false;
    void destroy(Node* n)
    {
        if (n->header.has_flag(Collected))
            return;
        if (n->destructor_pending()) {
            n->header.add_flag(miniphp::gc::DestructorDone);
            n->header.refcount = 1;
            run_destructor(n);
            if (--n->header.refcount != 0)
                return;
        }
        n->header.add_flag(miniphp::gc::FreeCalled);
        n->header.refcount = 1;
        to_free.push_back(n);
        if (freeing)
            return;
        freeing = true;
        while (!to_free.empty()) {
            Node* next = to_free.back();
            to_free.pop_back();
            release_edges(next);
            if (next->header.root_slot() != 0)
                collector.remove_from_buffer(&next->header);
            free_memory(next);
        }
        freeing = false;
    }
};

World* g_world = nullptr;

Node* node_of(Refcounted* header) { return reinterpret_cast<Node*>(header); }

World::World()
{
    g_world = this;
    CollectorHooks hooks;
    hooks.object_children = [](Refcounted* header, miniphp::gc::Children& out) {
        // Each node keeps its edges as 16-byte slots, as the runtime keeps values.
        Node* n = node_of(header);
        n->slots.assign(n->edges.size(), miniphp::gc::ValueSlot{});
        for (size_t i = 0; i < n->edges.size(); ++i) {
            n->slots[i].pointer = &n->edges[i]->header;
            n->slots[i].type_info = ObjectType | miniphp::gc::ValueSlot::kCountedBit;
        }
        out.runs[0].first = reinterpret_cast<const char*>(n->slots.data());
        out.runs[0].count = static_cast<uint32_t>(n->slots.size());
    };
    hooks.call_destructor = [](Refcounted* header) {
        Node* n = node_of(header);
        header->add_flag(miniphp::gc::DestructorDone);
        ++header->refcount;
        g_world->run_destructor(n);
        --header->refcount;
    };
    hooks.destroy_garbage = [](Refcounted* header) {
        Node* n = node_of(header);
        if (n->free_called())
            return;
        header->add_flag(miniphp::gc::FreeCalled);
        ++header->refcount;
        g_world->release_edges(n);
        --header->refcount;
    };
    hooks.free_garbage = [](Refcounted* header) { g_world->free_memory(node_of(header)); };
    hooks.destroy = [](Refcounted* header) { g_world->destroy(node_of(header)); };
    collector.set_hooks(hooks);
    collector.set_enabled(true);
}

World::~World() { g_world = nullptr; }

// A ring a -> b -> ... -> a of `n` nodes whose only outside reference is `held`
// (the first node); returns it.
Node* ring(World& w, int n, const std::string& prefix = "n")
{
    Node* first = w.make(prefix + "0");
    Node* previous = first;
    for (int i = 1; i < n; ++i) {
        Node* next = w.make(prefix + std::to_string(i));
        previous->edges.push_back(next); // the edge takes over its first count
        previous = next;
    }
    World::link(previous, first);
    return first;
}

} // namespace

TEST(Collector, FreesATwoNodeRing)
{
    World w;
    Node* a = ring(w, 2);
    w.release(a);
    EXPECT_EQ(w.collector.root_count(), 1u);
    EXPECT_EQ(w.collector.collect_cycles(), 2);
    EXPECT_EQ(w.live, 0);
    EXPECT_EQ(w.collector.root_count(), 0u);
    EXPECT_EQ(w.collector.stats().runs, 1u);
    EXPECT_EQ(w.collector.stats().collected, 2u);
}

TEST(Collector, FreesASelfLoop)
{
    World w;
    Node* a = w.make("a");
    World::link(a, a);
    w.release(a);
    EXPECT_EQ(w.collector.collect_cycles(), 1);
    EXPECT_EQ(w.live, 0);
}

TEST(Collector, KeepsACycleReachableFromALiveValue)
{
    World w;
    Node* holder = w.make("holder");
    Node* a = ring(w, 2);
    World::link(holder, a);
    w.release(a); // holder keeps the ring
    EXPECT_EQ(w.collector.collect_cycles(), 0);
    EXPECT_EQ(w.live, 3);
    EXPECT_EQ(a->header.refcount, 2u); // counts restored
    EXPECT_EQ(w.collector.root_count(), 0u);
    w.release(holder); // the ring becomes garbage now
    EXPECT_EQ(w.collector.collect_cycles(), 2);
    EXPECT_EQ(w.live, 0);
}

TEST(Collector, GarbageHoldingALiveValueLeavesItAlive)
{
    World w;
    Node* a = ring(w, 2);
    Node* outside = w.make("outside");
    World::link(a, outside);
    w.release(a);
    EXPECT_EQ(w.collector.collect_cycles(), 2);
    EXPECT_EQ(w.live, 1);
    EXPECT_EQ(outside->header.refcount, 1u);
    w.release(outside);
    EXPECT_EQ(w.live, 0);
}

TEST(Collector, FreesADiamondClosedIntoACycle)
{
    World w;
    Node* a = w.make("a");
    Node* b = w.make("b");
    Node* c = w.make("c");
    Node* d = w.make("d");
    World::link(a, b);
    World::link(a, c);
    World::link(b, d);
    World::link(c, d);
    World::link(d, a);
    w.release(b);
    w.release(c);
    w.release(d);
    w.release(a);
    EXPECT_EQ(w.collector.collect_cycles(), 4);
    EXPECT_EQ(w.live, 0);
}

TEST(Collector, RunsDestructorsInBufferOrderThenCollectsInASecondRun)
{
    World w;
    Node* a = w.make("a", true);
    Node* b = w.make("b", true);
    World::link(a, b);
    World::link(b, a);
    w.release(b); // buffered first
    w.release(a);
    EXPECT_EQ(w.collector.collect_cycles(), 2);
    EXPECT_EQ(w.destructed, (std::vector<std::string>{"b", "a"}));
    EXPECT_EQ(w.collector.stats().runs, 2u);
    EXPECT_EQ(w.live, 0);
}

TEST(Collector, AResurrectedObjectSurvivesAndIsCollectedLater)
{
    World w;
    Node* keeper = w.make("keeper");
    Node* a = w.make("a", true);
    Node* b = w.make("b");
    World::link(a, b);
    World::link(b, a);
    a->on_destruct = [keeper](Node* self) { World::link(keeper, self); };
    w.release(b);
    w.release(a);
    EXPECT_EQ(w.collector.collect_cycles(), 0);
    EXPECT_EQ(w.destructed, (std::vector<std::string>{"a"}));
    EXPECT_EQ(w.live, 3);
    // Let go of it again: no second destructor call.
    Node* resurrected = keeper->edges.back();
    keeper->edges.pop_back();
    w.release(resurrected);
    EXPECT_EQ(w.collector.collect_cycles(), 2);
    EXPECT_EQ(w.destructed.size(), 1u);
    EXPECT_EQ(w.live, 1);
    w.release(keeper);
}

TEST(Collector, CollectsAMillionNodeRingWithoutRecursion)
{
    World w;
    Node* first = ring(w, 1000000);
    w.release(first);
    EXPECT_EQ(w.collector.collect_cycles(), 1000000);
    EXPECT_EQ(w.live, 0);
}

TEST(Collector, AFullBufferTriggersACollection)
{
    World w;
    // Each dropped two-node ring buffers one root; the 10,001st root finds the
    // buffer at its threshold and collects first.
    for (int i = 0; i < 10000; ++i)
        w.release(ring(w, 2));
    EXPECT_EQ(w.collector.stats().runs, 0u);
    EXPECT_EQ(w.collector.root_count(), 10000u);
    w.release(ring(w, 2));
    EXPECT_EQ(w.collector.stats().runs, 1u);
    EXPECT_EQ(w.collector.stats().collected, 20000u);
    EXPECT_EQ(w.collector.root_count(), 1u);
    EXPECT_EQ(w.live, 2);
    EXPECT_EQ(w.collector.collect_cycles(), 2);
    EXPECT_EQ(w.live, 0);
}

TEST(Collector, NeverEnabledCollectorBuffersNothing)
{
    World w;
    Collector fresh;
    EXPECT_FALSE(fresh.enabled());
    EXPECT_EQ(fresh.threshold(), 0u);
}

TEST(Collector, DisabledCollectorOnlyBuffers)
{
    World w;
    w.collector.set_enabled(false);
    for (int i = 0; i < 10001; ++i)
        w.release(ring(w, 2));
    EXPECT_EQ(w.collector.stats().runs, 0u);
    EXPECT_EQ(w.collector.root_count(), 10001u);
    EXPECT_EQ(w.collector.collect_cycles(), 20002); // a manual collection still works
}

TEST(Collector, VerifierFindsACountBelowItsReferences)
{
    World w;
    Node* holder = w.make("holder");
    Node* a = ring(w, 2);
    World::link(holder, a);
    w.release(a); // buffered, and live through holder
    EXPECT_EQ(w.collector.verify_heap(), 0);
    Node* b = a->edges.front();
    b->header.refcount = 0; // one reference (from a) is not counted
    EXPECT_EQ(w.collector.verify_heap(), 1);
    b->header.refcount = 1;
    w.release(holder);
    EXPECT_EQ(w.collector.collect_cycles(), 2);
    EXPECT_EQ(w.collector.verify_heap(), 0);
    EXPECT_EQ(w.live, 0);
}

TEST(Collector, StrictVerifierFindsACountThatDiffersFromItsReferences)
{
    World w;
    Node* holder = w.make("holder"); // held from outside the heap: one reference
    Node* a = ring(w, 3);
    World::link(holder, a);
    w.release(a);
    std::vector<Refcounted*> held{&holder->header};
    EXPECT_EQ(w.collector.verify_counts(held), 0);
    Node* b = a->edges.front();
    ++b->header.refcount; // a count no reference explains (a leak)
    EXPECT_EQ(w.collector.verify_counts(held), 1);
    b->header.refcount -= 2; // one reference the count does not include
    EXPECT_EQ(w.collector.verify_counts(held), 1);
    ++b->header.refcount;
    EXPECT_EQ(w.collector.verify_counts(held), 0);
    w.release(holder);
    EXPECT_EQ(w.collector.collect_cycles(), 3);
    EXPECT_EQ(w.live, 0);
}
