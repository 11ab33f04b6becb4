#include "runtime/array_iterators.h"

#include <vector>

#include "runtime/array.h"

namespace miniphp::runtime {

uint32_t g_object_iterator_count = 0;

namespace {

struct Iterator {
    Array* array; // nullptr: free entry, or its array is gone
    uint32_t pos;
    bool in_use;
    const Object* object = nullptr; // over an object's properties (array null)
};

std::vector<Iterator>& iterators()
{
    static auto* table = new std::vector<Iterator>();
    return *table;
}

void unbind(Iterator& it)
{
    if (it.array != nullptr && it.array->iterator_count() > 0)
        --it.array->iterator_count();
    it.array = nullptr;
    if (it.object != nullptr)
        --g_object_iterator_count;
    it.object = nullptr;
}

uint32_t add_entry(const Iterator& entry)
{
    auto& table = iterators();
    for (uint32_t id = 0; id < table.size(); ++id) {
        if (!table[id].in_use) {
            table[id] = entry;
            return id;
        }
    }
    table.push_back(entry);
    return static_cast<uint32_t>(table.size() - 1);
}

} // namespace

uint32_t iterator_add(Array* array, uint32_t pos)
{
    ++array->iterator_count();
    return add_entry({array, pos, true});
}

uint32_t iterator_add_object(const Object* object)
{
    ++g_object_iterator_count;
    return add_entry({nullptr, 0, true, object});
}

uint32_t iterator_object_position(uint32_t id, const Object* object)
{
    Iterator& it = iterators()[id];
    if (it.object != object || it.array != nullptr) {
        unbind(it);
        it.object = object;
        ++g_object_iterator_count;
        it.pos = 0;
    }
    return it.pos;
}

uint32_t iterator_position(uint32_t id, Array* array)
{
    Iterator& it = iterators()[id];
    if (it.array != array) {
        unbind(it);
        it.array = array;
        ++array->iterator_count();
        it.pos = array->internal_pointer();
    }
    return it.pos;
}

void iterator_set_position(uint32_t id, uint32_t pos) { iterators()[id].pos = pos; }

void iterator_delete(uint32_t id)
{
    auto& table = iterators();
    unbind(table[id]);
    table[id].in_use = false;
    while (!table.empty() && !table.back().in_use)
        table.pop_back();
}

void move_iterators(Array* array, uint32_t from, uint32_t to)
{
    if (array->iterator_count() == 0)
        return;
    for (Iterator& it : iterators())
        if (it.in_use && it.array == array && it.pos == from)
            it.pos = to;
}

void move_iterators_past_end(Array* array, uint32_t old_used, uint32_t new_used)
{
    if (array->iterator_count() == 0)
        return;
    for (Iterator& it : iterators())
        if (it.in_use && it.array == array && it.pos >= old_used)
            it.pos = new_used;
}

void detach_iterators(Array* array)
{
    if (array->iterator_count() == 0)
        return;
    for (Iterator& it : iterators())
        if (it.in_use && it.array == array)
            it.array = nullptr;
    array->iterator_count() = 0;
}

void detach_object_iterators(const Object* object)
{
    for (Iterator& it : iterators())
        if (it.in_use && it.object == object)
            unbind(it);
}

} // namespace miniphp::runtime
