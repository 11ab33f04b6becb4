#include "runtime/builtins/utf8.h"

namespace miniphp::runtime::builtins {

namespace {

bool is_continuation(unsigned char c) { return c >= 0x80 && c <= 0xBF; }

// Bytes that may start a well-formed sequence.
bool can_start(unsigned char c) { return c < 0x80 || (c >= 0xC2 && c <= 0xF4); }

// How many bytes a sequence led by `lead` takes; 0 when `lead` starts none.
size_t sequence_length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xC2)
        return 0;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return lead < 0xF5 ? 4 : 0;
}

} // namespace

Utf8Char next_utf8_char(std::string_view text, size_t pos)
{
    auto byte = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    unsigned char lead = byte(0);
    size_t need = sequence_length(lead);
    if (need == 1)
        return {lead, 1, true};
    if (need == 0)
        return {0, 1, false};

    size_t available = text.size() - pos;
    bool complete = available >= need;
    for (size_t i = 1; complete && i < need; ++i)
        complete = is_continuation(byte(i));
    if (!complete) {
        // The bad sequence stops before the first byte that is missing or could start
        // a sequence itself; every byte before it is swallowed.
        size_t length = 1;
        while (length < need && length < available && !can_start(byte(length)))
            ++length;
        return {0, length, false};
    }

    uint32_t code = lead & (0x7F >> need);
    for (size_t i = 1; i < need; ++i)
        code = (code << 6) | (byte(i) & 0x3F);
    // Overlong forms, surrogates and values past U+10FFFF are bad as a whole.
    static constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kSmallest[need] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
        return {0, need, false};
    return {code, need, true};
}

void append_utf8(std::string& out, uint32_t code)
{
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
        return;
    }
    int continuation_bytes = code < 0x800 ? 1 : code < 0x10000 ? 2 : 3;
    static constexpr unsigned char kLeadMarks[] = {0, 0xC0, 0xE0, 0xF0};
    out.push_back(static_cast<char>(kLeadMarks[continuation_bytes] | (code >> (6 * continuation_bytes))));
    for (int shift = 6 * (continuation_bytes - 1); shift >= 0; shift -= 6)
        out.push_back(static_cast<char>(0x80 | ((code >> shift) & 0x3F)));
}

} // namespace miniphp::runtime::builtins
