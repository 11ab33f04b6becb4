#include "vm/jump_table.h"

#include <algorithm>

namespace miniphp::vm {

void JumpTable::add(int64_t key, uint32_t target) { m_longs.emplace(key, target); }

void JumpTable::add(std::string_view key, uint32_t target, const runtime::String* literal)
{
    for (const auto& entry : m_strings) {
        if (entry.text == key)
            return;
    }
    m_strings.push_back(StringKey{std::string(key), literal, target});
}

void JumpTable::remap(const std::vector<uint32_t>& new_index)
{
    for (auto& entry : m_longs)
        entry.second = new_index[entry.second];
    for (auto& entry : m_strings)
        entry.target = new_index[entry.target];
    m_default = new_index[m_default];
}

void JumpTable::finish()
{
    m_dense.clear();
    if (!m_longs.empty()) {
        int64_t low = m_longs.begin()->first, high = low;
        for (const auto& entry : m_longs) {
            low = std::min(low, entry.first);
            high = std::max(high, entry.first);
        }
        // An array when the keys are close together (a few holes allowed).
        uint64_t span = static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
        if (span < 4 * m_longs.size() + 16) {
            m_dense_min = low;
            m_dense.assign(span + 1, m_default);
            for (const auto& entry : m_longs)
                m_dense[static_cast<uint64_t>(entry.first) - static_cast<uint64_t>(low)] = entry.second;
        }
    }
    m_buckets.clear();
    if (!m_strings.empty()) {
        size_t capacity = 4;
        while (capacity < 2 * m_strings.size())
            capacity *= 2;
        m_buckets.assign(capacity, StringCase{});
        for (const StringKey& key : m_strings) {
            uint64_t hash = runtime::hash_bytes(key.text);
            size_t at = hash & (capacity - 1);
            while (m_buckets[at].hash != 0)
                at = (at + 1) & (capacity - 1);
            m_buckets[at] = StringCase{hash, key.literal, key.text, key.target};
        }
    }
}

uint32_t JumpTable::find(runtime::String* key) const
{
    if (m_buckets.empty())
        return m_default;
    uint64_t hash = key->hash_value();
    size_t mask = m_buckets.size() - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
        const StringCase& bucket = m_buckets[at];
        if (bucket.hash == 0)
            return m_default;
        if (bucket.literal == key || (bucket.hash == hash && bucket.text == key->view()))
            return bucket.target;
    }
}

} // namespace miniphp::vm
