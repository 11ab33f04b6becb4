#include "runtime/string.h"

#include <cstring>
#include <string_view>
#include <unordered_map>

#include "gc/heap.h"
#include "runtime/value.h"

namespace miniphp::runtime {

namespace {

struct InternState {
    std::unordered_map<std::string_view, String*> by_text;
    String* empty = nullptr;
    String* chars[256] = {};
};

InternState& state()
{
    static InternState* s = new InternState();
    return *s;
}

String* make(size_t length, uint32_t flags, size_t block_size)
{
    auto* s = static_cast<String*>(gc::heap().allocate(block_size));
    s->header.init(static_cast<uint32_t>(Type::String), gc::NotCollectable | flags);
    s->hash = 0;
    s->length = length;
    s->bytes[length] = '\0';
    return s;
}

} // namespace

String* String::create_uninitialized(size_t length) { return make(length, 0, String::allocation_size(length)); }

String* String::create_in_block(size_t length, size_t block_size)
{
    return make(length, 0, block_size);
}

String* String::create(std::string_view text)
{
    String* s = make(text.size(), 0, String::allocation_size(text.size()));
    copy_bytes(s->bytes, text.data(), text.size());
    return s;
}

String* String::concat(std::string_view a, std::string_view b)
{
    String* s = make(a.size() + b.size(), 0, String::allocation_size(a.size() + b.size()));
    copy_bytes(s->bytes, a.data(), a.size());
    copy_bytes(s->bytes + a.size(), b.data(), b.size());
    return s;
}

String* String::empty()
{
    InternState& st = state();
    if (st.empty == nullptr)
        st.empty = InternTable::instance().intern(std::string_view());
    return st.empty;
}

String* String::one_char(unsigned char c)
{
    InternState& st = state();
    if (st.chars[c] == nullptr) {
        char ch = static_cast<char>(c);
        st.chars[c] = InternTable::instance().intern(std::string_view(&ch, 1));
    }
    return st.chars[c];
}

uint64_t hash_bytes(std::string_view text)
{
    // DJB "times 33" as Zend's zend_inline_hash_func; the top bit is forced on so
    // that a computed hash is never 0.
    uint64_t h = 5381;
    for (unsigned char c : text)
        h = h * 33 + c;
    return h | 0x8000000000000000ULL;
}

uint64_t String::hash_value()
{
    if (hash == 0)
        hash = hash_bytes(view());
    return hash;
}

InternTable& InternTable::instance()
{
    static InternTable* table = new InternTable();
    return *table;
}

String* InternTable::intern(std::string_view text)
{
    InternState& st = state();
    auto it = st.by_text.find(text);
    if (it != st.by_text.end())
        return it->second;
    String* s = make(text.size(), gc::Immutable, String::allocation_size(text.size()));
    if (!text.empty())
        std::memcpy(s->bytes, text.data(), text.size());
    s->hash_value();
    st.by_text.emplace(s->view(), s);
    return s;
}

void InternTable::intern_permanent_strings()
{
    String::empty();
    for (unsigned c = 0; c < 256; ++c)
        String::one_char(static_cast<unsigned char>(c));
}

void InternTable::clear()
{
    InternState& st = state();
    for (auto& [text, s] : st.by_text)
        gc::heap().free(s);
    st.by_text.clear();
    st.empty = nullptr;
    for (auto& c : st.chars)
        c = nullptr;
}

size_t InternTable::size() const { return state().by_text.size(); }

std::string ascii_lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace miniphp::runtime
