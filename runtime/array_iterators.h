// Positions of foreach-by-reference loops, kept by the engine so that they follow
// their array through changes made inside the loop (Zend's EG(ht_iterators)):
// deleting the element under a position moves it to the next one, compacting holes
// moves it with its element, and a loop whose variable now holds another array
// (the array was separated or replaced) continues from that array's internal
// pointer.
#pragma once

#include <cstdint>

namespace miniphp::runtime {

class Array;

// A new iterator over `array` at `pos`; returns its number.
uint32_t iterator_add(Array* array, uint32_t pos);
// The iterator's position in `array`, rebinding it first if it was over another one.
uint32_t iterator_position(uint32_t id, Array* array);
void iterator_set_position(uint32_t id, uint32_t pos);
void iterator_delete(uint32_t id);

// Called by Array when positions move.
void move_iterators(Array* array, uint32_t from, uint32_t to);
// After a compaction: iterators at or past the old end go to the new end.
void move_iterators_past_end(Array* array, uint32_t old_used, uint32_t new_used);
// The array is being freed or replaced: its iterators forget it.
void detach_iterators(Array* array);

} // namespace miniphp::runtime
