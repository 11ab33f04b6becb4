// Positions of foreach-by-reference loops, kept by the engine so that they follow
// their array through changes made inside the loop (Zend's EG(ht_iterators)):
// deleting the element under a position moves it to the next one, compacting holes
// moves it with its element, and a loop whose variable now holds another array
// (the array was separated or replaced) continues from that array's internal
// pointer. A loop over an object's properties keeps its position here too (see
// runtime/property_table.h for what it counts); when the variable comes to hold
// another object, the loop starts over on that one's properties.
#pragma once

#include <cstdint>

namespace miniphp::runtime {

class Array;
struct Object;

// A new iterator over `array` at `pos`; returns its number.
uint32_t iterator_add(Array* array, uint32_t pos);
// The iterator's position in `array`, rebinding it first if it was over another one.
uint32_t iterator_position(uint32_t id, Array* array);
void iterator_set_position(uint32_t id, uint32_t pos);
// A new iterator over the properties of `object`, at their start.
uint32_t iterator_add_object(const Object* object);
// The iterator's position among the properties of `object`: 0 if it was over
// something else.
uint32_t iterator_object_position(uint32_t id, const Object* object);
// The object is being freed: its iterators forget it (another object may come to
// live at its address).
void detach_object_iterators(const Object* object);
// How many iterators are over an object now (Teardown asks before detaching).
extern uint32_t g_object_iterator_count;
void iterator_delete(uint32_t id);

// Called by Array when positions move.
void move_iterators(Array* array, uint32_t from, uint32_t to);
// After a compaction: iterators at or past the old end go to the new end.
void move_iterators_past_end(Array* array, uint32_t old_used, uint32_t new_used);
// The array is being freed or replaced: its iterators forget it.
void detach_iterators(Array* array);

} // namespace miniphp::runtime
