// JumpTable: the case table of a switch compiled with SwitchLong or SwitchString, as
// php's compiler builds one (zend_compile_switch) when every case is an int literal
// (at least five cases, the default counted) or every case is a non-numeric string
// literal (at least two). An int or string subject then finds its case in one
// lookup instead of comparing case after case; for those cases the lookup and the
// chain of loose comparisons agree, which is why php restricts tables to them. Any
// other subject falls through to the chain.
//
// Targets are instruction indexes of the compiled form; the first case with a given
// value wins, as it would in the chain.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/string.h"

namespace miniphp::vm {

class JumpTable {
public:
    void add(int64_t key, uint32_t target);
    // `literal`: the interned string of the case's literal, if any. A subject that is
    // that very string (assigned from the same literal) then matches by identity.
    void add(std::string_view key, uint32_t target, const runtime::String* literal = nullptr);
    // Where the switch goes when no case matches: the default's body, or its end.
    void set_default(uint32_t target) { m_default = target; }
    // Renumbers every target after instructions were removed (new_index[old]).
    void remap(const std::vector<uint32_t>& new_index);
    // Builds the lookup structures; called once the targets are final.
    void finish();

    uint32_t find(int64_t key) const
    {
        if (!m_dense.empty()) {
            uint64_t at = static_cast<uint64_t>(key) - static_cast<uint64_t>(m_dense_min);
            return at < m_dense.size() ? m_dense[at] : m_default;
        }
        auto it = m_longs.find(key);
        return it == m_longs.end() ? m_default : it->second;
    }
    uint32_t find(runtime::String* key) const;

    size_t size() const { return m_longs.size() + m_strings.size(); }

private:
    struct StringCase {
        uint64_t hash = 0; // 0: an empty bucket
        const runtime::String* literal = nullptr;
        std::string text;
        uint32_t target = 0;
    };
    struct StringKey {
        std::string text;
        const runtime::String* literal;
        uint32_t target;
    };

    std::unordered_map<int64_t, uint32_t> m_longs;
    std::vector<StringKey> m_strings; // in case order
    uint32_t m_default = 0;
    // Lookup forms made by finish(): ints close together as an array indexed from
    // the smallest key; strings in an open-addressing table keyed by their hash.
    int64_t m_dense_min = 0;
    std::vector<uint32_t> m_dense;
    std::vector<StringCase> m_buckets;
};

} // namespace miniphp::vm
