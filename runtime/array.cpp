// The ordered hash table. The rules for when a packed array stays packed, grows or
// turns into a hash, and when a hash doubles or only compacts its holes, are php
// 8.2's (Zend/zend_hash.c): they decide allocation sizes, which memory_get_usage()
// shows, and the order of keys, which everything shows.
#include "runtime/array.h"

#include <cassert>
#include <cstring>
#include <vector>

#include "gc/heap.h"
#include "runtime/array_iterators.h"
#include "runtime/engine.h"
#include "runtime/reference.h"
#include "runtime/teardown.h"

namespace miniphp::runtime {

namespace {

constexpr uint32_t kMaxCapacity = 0x40000000; // past this php fails "Possible integer overflow"

uint32_t round_capacity(uint32_t wanted)
{
    if (wanted <= Array::kMinCapacity)
        return Array::kMinCapacity;
    uint32_t capacity = Array::kMinCapacity;
    while (capacity < wanted && capacity < kMaxCapacity)
        capacity <<= 1;
    return capacity;
}

size_t packed_block_size(uint32_t capacity) { return capacity * sizeof(Value) + 2 * sizeof(uint32_t); }
size_t hash_block_size(uint32_t capacity)
{
    return capacity * sizeof(Bucket) + 2 * capacity * sizeof(uint32_t);
}

bool same_key(const Bucket& b, uint64_t h, String* key, std::string_view text)
{
    if (key != nullptr && b.key == key)
        return true;
    if (b.key == nullptr || b.h != h)
        return false;
    return b.key->view() == text;
}

} // namespace

bool string_is_integer_key(std::string_view text, int64_t& out)
{
    size_t n = text.size();
    if (n == 0 || n > 20)
        return false;
    size_t i = 0;
    bool negative = text[0] == '-';
    if (negative) {
        i = 1;
        if (n == 1)
            return false;
    }
    // No leading zero (except "0" itself), no "-0".
    if (text[i] == '0' && (n - i > 1 || negative))
        return false;
    uint64_t value = 0;
    for (; i < n; ++i) {
        char c = text[i];
        if (c < '0' || c > '9')
            return false;
        uint64_t digit = static_cast<uint64_t>(c - '0');
        if (value > (UINT64_MAX - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    if (negative) {
        if (value > static_cast<uint64_t>(INT64_MAX) + 1)
            return false;
        out = static_cast<int64_t>(0 - value);
    } else {
        if (value > static_cast<uint64_t>(INT64_MAX))
            return false;
        out = static_cast<int64_t>(value);
    }
    return true;
}

Array* Array::create(uint32_t capacity)
{
    // The collector reads an array's start as gc::ArrayPrefix.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    static_assert(offsetof(Array, m_flags) == offsetof(gc::ArrayPrefix, flags) &&
                  offsetof(Array, m_data) == offsetof(gc::ArrayPrefix, data) &&
                  offsetof(Array, m_used) == offsetof(gc::ArrayPrefix, used) && Packed == gc::ArrayPrefix::kPacked &&
                  offsetof(Bucket, val) == 0);
#pragma GCC diagnostic pop
    void* block = gc::heap().allocate(sizeof(Array));
    auto* array = new (block) Array();
    array->header.init(static_cast<uint32_t>(Type::Array), 0);
    array->m_capacity = round_capacity(capacity);
    return array;
}

Array* Array::create_packed(uint32_t capacity)
{
    Array* array = create(capacity);
    array->init_data(true);
    return array;
}

Array* Array::empty()
{
    static Array* shared = [] {
        // Lives outside the heap, as php's zend_empty_array is static data.
        auto* array = new Array();
        array->header.init(static_cast<uint32_t>(Type::Array), gc::Immutable | gc::NotCollectable);
        array->header.refcount = 2;
        return array;
    }();
    return shared;
}

size_t Array::data_size() const
{
    return is_packed() ? packed_block_size(m_capacity) : hash_block_size(m_capacity);
}

void Array::init_data(bool packed)
{
    assert(m_flags & Uninitialized);
    if (packed) {
        auto* block = static_cast<char*>(gc::heap().allocate(packed_block_size(m_capacity)));
        std::memset(block, 0xff, 2 * sizeof(uint32_t));
        m_data.packed = reinterpret_cast<Value*>(block + 2 * sizeof(uint32_t));
        m_flags = Packed;
    } else {
        auto* block = static_cast<char*>(gc::heap().allocate(hash_block_size(m_capacity)));
        std::memset(block, 0xff, 2 * m_capacity * sizeof(uint32_t));
        m_data.buckets = reinterpret_cast<Bucket*>(block + 2 * m_capacity * sizeof(uint32_t));
        m_flags = 0;
    }
}

void Array::free_data()
{
    if (m_flags & Uninitialized)
        return;
    char* block = reinterpret_cast<char*>(m_data.buckets) - hash_size() * sizeof(uint32_t);
    gc::heap().deallocate(block, data_size());
}

ArrayKey Array::key_at(uint32_t pos) const
{
    if (is_packed())
        return ArrayKey::integer(pos);
    const Bucket& b = m_data.buckets[pos];
    return b.key != nullptr ? ArrayKey::of_string(b.key) : ArrayKey::integer(static_cast<int64_t>(b.h));
}

// --- lookups -------------------------------------------------------------------

Bucket* Array::find_bucket(uint64_t h, String* key, std::string_view text) const
{
    uint32_t index = hash_slots()[h & (hash_size() - 1)];
    while (index != kInvalidIndex) {
        Bucket& b = m_data.buckets[index];
        if (key == nullptr && text.data() == nullptr) {
            if (b.key == nullptr && b.h == h)
                return &b;
        } else if (same_key(b, h, key, text)) {
            return &b;
        }
        index = b.val.aux();
    }
    return nullptr;
}

Value* Array::find(int64_t h)
{
    if (m_flags & Uninitialized)
        return nullptr;
    if (is_packed()) {
        if (static_cast<uint64_t>(h) < m_used && !m_data.packed[h].is_undef())
            return &m_data.packed[h];
        return nullptr;
    }
    Bucket* b = find_bucket(static_cast<uint64_t>(h), nullptr, {});
    return b != nullptr ? &b->val : nullptr;
}

Value* Array::find(String* key)
{
    if (m_flags & (Uninitialized | Packed))
        return nullptr;
    Bucket* b = find_bucket(key->hash_value(), key, key->view());
    return b != nullptr ? &b->val : nullptr;
}

Value* Array::find(std::string_view key)
{
    if (m_flags & (Uninitialized | Packed))
        return nullptr;
    // A non-null data pointer marks a string lookup even for "".
    static const char kEmpty = 0;
    std::string_view text = key.data() != nullptr ? key : std::string_view(&kEmpty, 0);
    Bucket* b = find_bucket(hash_bytes(text), nullptr, text);
    return b != nullptr ? &b->val : nullptr;
}

// --- growth --------------------------------------------------------------------

void Array::grow_packed()
{
    if (m_capacity >= kMaxCapacity)
        fatal_error(format("Possible integer overflow in memory allocation (%u * %zu + %zu)",
                           m_capacity * 2, sizeof(Value), sizeof(uint32_t) * 2));
    size_t old_size = packed_block_size(m_capacity);
    char* block = reinterpret_cast<char*>(m_data.packed) - 2 * sizeof(uint32_t);
    // The capacity changes only once the block has: memory_limit may stop the
    // reallocation, and the array is still freed afterwards.
    block = static_cast<char*>(gc::heap().reallocate(block, old_size, packed_block_size(m_capacity * 2)));
    m_capacity *= 2;
    m_data.packed = reinterpret_cast<Value*>(block + 2 * sizeof(uint32_t));
}

void Array::convert_to_hash(uint32_t capacity)
{
    assert(is_packed());
    Value* old_values = m_data.packed;
    size_t old_size = packed_block_size(m_capacity);
    m_capacity = capacity;
    m_flags = Uninitialized;
    init_data(false);
    for (uint32_t i = 0; i < m_used; ++i) {
        Bucket& b = m_data.buckets[i];
        b.val.copy_from(old_values[i]);
        b.h = i;
        b.key = nullptr;
        if (b.val.is_undef())
            continue;
        uint32_t& slot = hash_slots()[i & (hash_size() - 1)];
        b.val.set_aux(slot);
        slot = i;
    }
    gc::heap().deallocate(reinterpret_cast<char*>(old_values) - 2 * sizeof(uint32_t), old_size);
}

// Compacts holes away (keeping order) and rebuilds the chains.
void Array::rehash()
{
    uint32_t* slots = hash_slots();
    std::memset(slots, 0xff, hash_size() * sizeof(uint32_t));
    uint32_t to = 0;
    for (uint32_t from = 0; from < m_used; ++from) {
        Bucket& b = m_data.buckets[from];
        if (b.val.is_undef())
            continue;
        if (to != from) {
            m_data.buckets[to] = b;
            if (m_internal_pointer == from)
                m_internal_pointer = to;
            move_iterators(this, from, to);
        }
        Bucket& moved = m_data.buckets[to];
        uint32_t& slot = slots[moved.h & (hash_size() - 1)];
        moved.val.set_aux(slot);
        slot = to;
        ++to;
    }
    if (m_internal_pointer >= m_used)
        m_internal_pointer = to;
    move_iterators_past_end(this, m_used, to);
    m_used = to;
}

// Full: compact if holes make up more than 1/32 of the used slots, else double.
void Array::resize_hash()
{
    if (m_used > m_count + (m_count >> 5)) {
        rehash();
        return;
    }
    double_hash();
}

void Array::double_hash()
{
    if (m_capacity >= kMaxCapacity)
        fatal_error(format("Possible integer overflow in memory allocation (%u * %zu + %zu)",
                           m_capacity * 2, sizeof(Bucket), sizeof(Bucket)));
    Bucket* old_buckets = m_data.buckets;
    size_t old_size = hash_block_size(m_capacity);
    uint32_t old_hash_size = hash_size();
    m_capacity *= 2;
    m_flags = Uninitialized;
    init_data(false);
    std::memcpy(m_data.buckets, old_buckets, m_used * sizeof(Bucket));
    gc::heap().deallocate(reinterpret_cast<char*>(old_buckets) - old_hash_size * sizeof(uint32_t), old_size);
    rehash();
}

void Array::reserve_hash(uint32_t slots)
{
    if (m_flags & Uninitialized) {
        m_capacity = round_capacity(slots);
        init_data(false);
        return;
    }
    if (is_packed())
        convert_to_hash(m_capacity);
    while (m_capacity < slots && m_capacity < kMaxCapacity)
        double_hash();
}

// --- inserts -------------------------------------------------------------------

Value* Array::add_bucket(uint64_t h, String* key)
{
    if (m_used >= m_capacity)
        resize_hash();
    uint32_t index = m_used++;
    ++m_count;
    Bucket& b = m_data.buckets[index];
    b.h = h;
    b.key = key;
    if (key != nullptr && !key->is_interned())
        ++key->header.refcount;
    b.val = Value();
    uint32_t& slot = hash_slots()[h & (hash_size() - 1)];
    b.val.set_aux(slot);
    slot = index;
    return &b.val;
}

// The slot for int key h in a packed array, or nullptr if the array must turn
// into a hash for it (php's _zend_hash_index_add_or_update_i).
Value* Array::packed_slot_for(int64_t h)
{
    uint64_t index = static_cast<uint64_t>(h);
    if (h < 0)
        return nullptr;
    if (index < m_used)
        return m_data.packed[index].is_undef() ? nullptr : &m_data.packed[index];
    if (index >= m_capacity) {
        // Grow in place only if the key is near the end and the array is dense.
        if ((index >> 1) < m_capacity && (m_capacity >> 1) < m_count)
            grow_packed();
        else
            return nullptr;
    }
    for (uint32_t i = m_used; i < index; ++i)
        m_data.packed[i] = Value();
    m_used = static_cast<uint32_t>(index) + 1;
    ++m_count;
    m_data.packed[index] = Value();
    note_int_key(h);
    return &m_data.packed[index];
}

Value* Array::lookup_or_insert(int64_t h)
{
    assert(header.refcount == 1 && !is_immutable());
    if (m_flags & Uninitialized)
        init_data(static_cast<uint64_t>(h) < m_capacity);
    if (is_packed()) {
        if (Value* slot = packed_slot_for(h))
            return slot;
        // A hole to fill keeps its place in the order only in a hash; so does a key
        // far past the end.
        bool is_hole = h >= 0 && static_cast<uint64_t>(h) < m_used;
        convert_to_hash(!is_hole && m_used >= m_capacity ? m_capacity * 2 : m_capacity);
    }
    if (Bucket* b = find_bucket(static_cast<uint64_t>(h), nullptr, {}))
        return &b->val;
    note_int_key(h);
    return add_bucket(static_cast<uint64_t>(h), nullptr);
}

Value* Array::lookup_or_insert(String* key)
{
    assert(header.refcount == 1 && !is_immutable());
    if (m_flags & Uninitialized)
        init_data(false);
    else if (is_packed())
        convert_to_hash(m_capacity);
    uint64_t h = key->hash_value();
    if (Bucket* b = find_bucket(h, key, key->view()))
        return &b->val;
    return add_bucket(h, key);
}

// zend_hash_add_new: no lookup first. A key already there is not replaced but
// shadowed (php's get_object_vars relies on this when a scope sees two properties
// of one name).
Value* Array::insert_new(String* key)
{
    assert(header.refcount == 1 && !is_immutable());
    if (m_flags & Uninitialized)
        init_data(false);
    else if (is_packed())
        convert_to_hash(m_capacity);
    return add_bucket(key->hash_value(), key);
}

Value* Array::lookup_or_insert_offset(String* offset)
{
    int64_t n = 0;
    if (string_is_integer_key(offset->view(), n))
        return lookup_or_insert(n);
    return lookup_or_insert(offset);
}

Value* Array::append()
{
    int64_t h = m_next_free == kNoNextFree ? 0 : m_next_free;
    // nNextFreeElement sticks at INT64_MAX once that key is used.
    if (h == INT64_MAX && m_next_free == INT64_MAX && find(h) != nullptr)
        return nullptr;
    return lookup_or_insert(h);
}

// --- removal -------------------------------------------------------------------

void Array::unlink(uint32_t pos)
{
    Bucket& b = m_data.buckets[pos];
    uint32_t* link = &hash_slots()[b.h & (hash_size() - 1)];
    while (*link != pos)
        link = &m_data.buckets[*link].val.aux_ref();
    *link = b.val.aux();
}

void Array::delete_at(uint32_t pos)
{
    Value& slot = value_at(pos);
    String* old_key = nullptr;
    if (!is_packed()) {
        unlink(pos);
        old_key = m_data.buckets[pos].key;
        m_data.buckets[pos].key = nullptr;
    }
    if (old_key != nullptr && !old_key->is_interned() && --old_key->header.refcount == 0)
        String::destroy(old_key);
    --m_count;
    if (m_internal_pointer == pos || m_iterators != 0) {
        uint32_t next = next_position(pos + 1);
        if (m_internal_pointer == pos)
            m_internal_pointer = next;
        move_iterators(this, pos, next);
    }
    Value old;
    old.copy_from(slot);
    slot.clear_type();
    if (pos + 1 == m_used) {
        while (m_used > 0 && value_at(m_used - 1).is_undef())
            --m_used;
        if (m_internal_pointer > m_used)
            m_internal_pointer = m_used;
    }
    release(old);
}

bool Array::remove(int64_t h)
{
    Value* slot = find(h);
    if (slot == nullptr)
        return false;
    delete_at(position_of(slot));
    return true;
}

bool Array::remove(String* key)
{
    Value* slot = find(key);
    if (slot == nullptr)
        return false;
    delete_at(position_of(slot));
    return true;
}

uint32_t Array::position_of(const Value* slot) const
{
    if (is_packed())
        return static_cast<uint32_t>(slot - m_data.packed);
    return static_cast<uint32_t>(reinterpret_cast<const Bucket*>(slot) - m_data.buckets);
}

// --- copying and freeing ---------------------------------------------------------

// One element of a copy (zend_array_dup_value): a reference only this array held
// becomes its plain value, unless it holds the array itself.
static void copy_element(Value& dst, const Value& src, const Array* source)
{
    const Value* data = &src;
    if (data->is_indirect())
        data = data->as_indirect();
    if (data->is_reference() && data->as_reference()->header.refcount == 1) {
        const Value& inner = data->as_reference()->value;
        if (!inner.is_array() || inner.as_array() != source)
            data = &inner;
    }
    copy_value(dst, *data); // keeps dst's aux word: a bucket's chain link
}

Array* separate_array(Value& slot)
{
    Array* array = slot.as_array();
    if (array->header.refcount <= 1 && !array->is_immutable())
        return array;
    Array* copy = array->duplicate();
    if (!array->is_immutable())
        --array->header.refcount; // the other owners keep it
    slot.copy_from(Value::array(copy));
    return copy;
}

Array* Array::duplicate() const
{
    // An empty copy starts over at the minimum size, as php's does.
    Array* copy = create(kMinCapacity);
    copy->m_next_free = m_next_free;
    if (m_flags & Uninitialized || m_count == 0)
        return copy;
    copy->m_capacity = m_capacity;
    copy->init_data(is_packed());
    uint32_t to = 0;
    for (uint32_t pos = 0; pos < m_used; ++pos) {
        const Value& v = value_at(pos);
        if (!is_packed() && (v.is_undef() || (v.is_indirect() && v.as_indirect()->is_undef())))
            continue;
        Value* dst = is_packed() ? &copy->m_data.packed[pos] : copy->add_bucket_at(to, m_data.buckets[pos]);
        copy_element(*dst, v, this);
        if (m_internal_pointer == pos)
            copy->m_internal_pointer = is_packed() ? pos : to;
        ++to;
    }
    copy->m_used = is_packed() ? m_used : to;
    copy->m_count = m_count;
    if (m_internal_pointer >= m_used)
        copy->m_internal_pointer = 0;
    return copy;
}

Value* Array::add_bucket_at(uint32_t index, const Bucket& from)
{
    Bucket& b = m_data.buckets[index];
    b.h = from.h;
    b.key = from.key;
    if (b.key != nullptr && !b.key->is_interned())
        ++b.key->header.refcount;
    b.val = Value();
    uint32_t& slot = hash_slots()[b.h & (hash_size() - 1)];
    b.val.set_aux(slot);
    slot = index;
    return &b.val;
}

void Array::destroy(Array* array) { Teardown::destroy_array(array); }

// Releases the key and value of one element of an array being freed.
void Array::release_element(uint32_t pos)
{
    Value v;
    v.copy_from(value_at(pos));
    if (!is_packed()) {
        String* key = m_data.buckets[pos].key;
        if (key != nullptr && !key->is_interned() && --key->header.refcount == 0)
            String::destroy(key);
    }
    release(v);
}

} // namespace miniphp::runtime
