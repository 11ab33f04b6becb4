// md5, sha1 and crc32 (ext/standard/md5.c, sha1.c, crc32.c), written from their
// specifications (RFC 1321, FIPS 180-4, the CRC-32 of IEEE 802.3). md5 and sha1
// return lower-case hex, or the raw bytes when $binary is true.
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"

namespace miniphp::runtime::builtins {

namespace {

uint32_t rotate_left(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

// The message padded to a multiple of 64 bytes with its bit length appended, in
// little-endian (md5) or big-endian (sha1) order.
std::string padded(std::string_view message, bool big_endian)
{
    std::string data(message);
    uint64_t bits = static_cast<uint64_t>(message.size()) * 8;
    data += static_cast<char>(0x80);
    while (data.size() % 64 != 56)
        data += '\0';
    for (int i = 0; i < 8; ++i) {
        int shift = big_endian ? 56 - 8 * i : 8 * i;
        data += static_cast<char>((bits >> shift) & 0xff);
    }
    return data;
}

std::string md5(std::string_view message)
{
    static const std::array<int, 64> kShift = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                               5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                               4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                               6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
    static const std::array<uint32_t, 64> kConstants = [] {
        std::array<uint32_t, 64> k{};
        for (int i = 0; i < 64; ++i) // floor(|sin(i + 1)| * 2^32), as RFC 1321 defines them
            k[i] = static_cast<uint32_t>(std::fabs(std::sin(static_cast<double>(i + 1))) * 4294967296.0);
        return k;
    }();
    uint32_t state[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    std::string data = padded(message, false);
    for (size_t chunk = 0; chunk < data.size(); chunk += 64) {
        uint32_t m[16];
        for (int i = 0; i < 16; ++i) {
            const auto* p = reinterpret_cast<const unsigned char*>(data.data() + chunk + 4 * i);
            m[i] = p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24);
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        for (int i = 0; i < 64; ++i) {
            uint32_t f;
            int g;
            if (i < 16) {
                f = (b & c) | (~b & d);
                g = i;
            } else if (i < 32) {
                f = (d & b) | (~d & c);
                g = (5 * i + 1) % 16;
            } else if (i < 48) {
                f = b ^ c ^ d;
                g = (3 * i + 5) % 16;
            } else {
                f = c ^ (b | ~d);
                g = (7 * i) % 16;
            }
            uint32_t next = d;
            d = c;
            c = b;
            b = b + rotate_left(a + f + kConstants[i] + m[g], kShift[i]);
            a = next;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
    }
    std::string digest;
    for (uint32_t word : state)
        for (int i = 0; i < 4; ++i)
            digest += static_cast<char>((word >> (8 * i)) & 0xff);
    return digest;
}

std::string sha1(std::string_view message)
{
    uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::string data = padded(message, true);
    for (size_t chunk = 0; chunk < data.size(); chunk += 64) {
        uint32_t w[80];
        for (int i = 0; i < 16; ++i) {
            const auto* p = reinterpret_cast<const unsigned char*>(data.data() + chunk + 4 * i);
            w[i] = (static_cast<uint32_t>(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
        }
        for (int i = 16; i < 80; ++i)
            w[i] = rotate_left(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            uint32_t f;
            uint32_t k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            uint32_t t = rotate_left(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rotate_left(b, 30);
            b = a;
            a = t;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
    std::string digest;
    for (uint32_t word : h)
        for (int i = 3; i >= 0; --i)
            digest += static_cast<char>((word >> (8 * i)) & 0xff);
    return digest;
}

std::string to_hex(std::string_view bytes)
{
    static const char kHex[] = "0123456789abcdef";
    std::string out;
    for (char c : bytes) {
        out += kHex[static_cast<unsigned char>(c) >> 4];
        out += kHex[static_cast<unsigned char>(c) & 15];
    }
    return out;
}

Outcome digest(BuiltinCall& call, std::string (*hash)(std::string_view))
{
    ArgReader args(call);
    StringArg s;
    bool binary = false;
    if (failed(args.get_string(0, s)) || (args.has(1) && failed(args.get_bool(1, binary))))
        return Outcome::Threw;
    std::string raw = hash(s.view());
    *call.result = string_value(binary ? raw : to_hex(raw));
    return Outcome::Ok;
}

Outcome md5_handler(BuiltinCall& call) { return digest(call, md5); }
Outcome sha1_handler(BuiltinCall& call) { return digest(call, sha1); }

// CRC-32 (reflected polynomial 0xEDB88320), as an unsigned int.
Outcome crc32_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg s;
    if (failed(args.get_string(0, s)))
        return Outcome::Threw;
    static const std::array<uint32_t, 256> kTable = [] {
        std::array<uint32_t, 256> table{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }();
    uint32_t crc = 0xFFFFFFFFu;
    for (char ch : s.view())
        crc = kTable[(crc ^ static_cast<unsigned char>(ch)) & 0xff] ^ (crc >> 8);
    *call.result = Value::integer(static_cast<int64_t>(crc ^ 0xFFFFFFFFu));
    return Outcome::Ok;
}

constexpr BuiltinFunction kDigestFunctions[] = {
    {"md5", md5_handler, 1, 2, "string,binary"},
    {"sha1", sha1_handler, 1, 2, "string,binary"},
    {"crc32", crc32_handler, 1, 1, "string"},
};

} // namespace

std::span<const BuiltinFunction> digest_functions() { return kDigestFunctions; }

} // namespace miniphp::runtime::builtins
