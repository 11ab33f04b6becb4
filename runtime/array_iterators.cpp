#include "runtime/array_iterators.h"

#include <vector>

#include "runtime/array.h"

namespace miniphp::runtime {

namespace {

struct Iterator {
    Array* array; // nullptr: free entry, or its array is gone
    uint32_t pos;
    bool in_use;
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
}

} // namespace

uint32_t iterator_add(Array* array, uint32_t pos)
{
    auto& table = iterators();
    ++array->iterator_count();
    for (uint32_t id = 0; id < table.size(); ++id) {
        if (!table[id].in_use) {
            table[id] = {array, pos, true};
            return id;
        }
    }
    table.push_back({array, pos, true});
    return static_cast<uint32_t>(table.size() - 1);
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

} // namespace miniphp::runtime
