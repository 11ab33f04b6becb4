#include "runtime/weak_refs.h"

#include <algorithm>
#include <cassert>
#include <unordered_map>
#include <vector>

#include "runtime/object.h"
#include "runtime/weak_map.h"
#include "runtime/weak_reference.h"

namespace miniphp::runtime {

namespace {

using OwnerList = std::vector<WeakOwner>;

std::unordered_map<const Object*, OwnerList>& owners_by_target()
{
    static auto* table = new std::unordered_map<const Object*, OwnerList>();
    return *table;
}

// The owner lets go of `target` (zend_weakref_unref_single).
void forget(const WeakOwner& owner, Object* target)
{
    if (owner.kind == WeakOwnerKind::Reference)
        weak_reference_forget(owner.owner);
    else
        weak_map_forget(owner.owner, target);
}

} // namespace

void register_weak(Object* target, WeakOwner owner)
{
    target->flags |= WeaklyReferenced;
    owners_by_target()[target].push_back(owner);
}

void unregister_weak(Object* target, WeakOwner owner)
{
    auto& table = owners_by_target();
    auto it = table.find(target);
    assert(it != table.end() && "weak owner not registered");
    OwnerList& list = it->second;
    auto found = std::find_if(list.begin(), list.end(),
                              [&](const WeakOwner& o) { return o.owner == owner.owner && o.kind == owner.kind; });
    assert(found != list.end() && "weak owner not registered");
    list.erase(found);
    if (list.empty()) {
        table.erase(it);
        target->flags &= ~uint32_t{WeaklyReferenced};
    }
    forget(owner, target); // last: it may free the target
}

Object* find_weak_reference(const Object* target)
{
    if (!(target->flags & WeaklyReferenced))
        return nullptr;
    auto& table = owners_by_target();
    auto it = table.find(target);
    if (it == table.end())
        return nullptr;
    for (const WeakOwner& owner : it->second)
        if (owner.kind == WeakOwnerKind::Reference)
            return owner.owner;
    return nullptr;
}

// Every owner is told, in the order they registered, one at a time: the list stays
// in the table meanwhile, so an owner freed by what an earlier one released (a
// WeakMap held only by a value of another map) unregisters itself from it and is not
// told afterwards, and an owner added meanwhile is told too.
void notify_freed(Object* target)
{
    auto& table = owners_by_target();
    for (;;) {
        auto it = table.find(target);
        if (it == table.end())
            break;
        if (it->second.empty()) {
            table.erase(it);
            break;
        }
        WeakOwner owner = it->second.front();
        it->second.erase(it->second.begin());
        forget(owner, target);
    }
    target->flags &= ~uint32_t{WeaklyReferenced};
}

} // namespace miniphp::runtime
