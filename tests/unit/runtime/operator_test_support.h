// Helpers shared by the conversion and operator tests: short value constructors for
// tables, a one-line rendering of a value, and a fixture that captures what the
// runtime prints so warnings can be compared with php's.
//
// Expected texts in the tables were produced by php 8.2 (php -n) with a generator
// script that renders each result the same way `show` and `Diagnostics` do:
//   int(5)  float(1.0E+25)  string(3) "abc"  bool(true)  NULL
//   "[Warning: A non-numeric value encountered]int(6)"
//   "TypeError: Unsupported operand types: string + int"
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "runtime/conversions.h"
#include "runtime/engine.h"
#include "runtime/exceptions.h"
#include "runtime/output.h"
#include "runtime/string.h"
#include "runtime/value.h"

namespace miniphp::runtime::test {

using namespace std::string_view_literals;

inline Value N() { return Value::null(); }
inline Value T() { return Value::boolean(true); }
inline Value F() { return Value::boolean(false); }
inline Value I(int64_t l) { return Value::integer(l); }
inline Value D(double d) { return Value::dbl(d); }
// Interned, so table rows need no release.
inline Value S(std::string_view s) { return Value::string(InternTable::instance().intern(s)); }

// Creates the lazily interned one-char and empty strings, so that counting live heap
// blocks around a test sees only strings the test leaked.
inline void warm_interned_strings()
{
    (void)String::empty();
    for (int c = 0; c < 256; ++c)
        (void)String::one_char(static_cast<unsigned char>(c));
}

// var_dump's words on one line; strings show their raw bytes.
inline std::string show(const Value& v)
{
    switch (v.type()) {
    case Type::Null:
        return "NULL";
    case Type::False:
        return "bool(false)";
    case Type::True:
        return "bool(true)";
    case Type::Long:
        return "int(" + std::to_string(v.as_long()) + ")";
    case Type::Double:
        return "float(" + format_double_repr(v.as_double()) + ")";
    case Type::String:
        return "string(" + std::to_string(v.as_string()->length) + ") \"" +
            std::string(v.as_string()->view()) + "\"";
    default:
        return "?";
    }
}

// Captures the runtime's output during a test and renders it in the tables' form:
// "\nWarning: MSG in f.php on line 0\n" becomes "[Warning: MSG]".
class Diagnostics : public ::testing::Test {
protected:
    void SetUp() override
    {
        engine().set_script_name("f.php");
        Output::instance().capture(true);
        (void)Output::instance().take_captured();
    }

    void TearDown() override
    {
        if (engine().has_exception())
            (void)engine().take_exception();
        (void)Output::instance().take_captured();
        Output::instance().capture(false);
    }

    static std::string take_diagnostics()
    {
        std::string raw = Output::instance().take_captured();
        std::string out;
        const std::string tail = " in f.php on line 0\n";
        size_t pos = 0;
        while (pos < raw.size()) {
            // Each message is "\nLEVEL: TEXT" + tail.
            size_t colon = raw.find(": ", pos);
            size_t end = raw.find(tail, colon);
            if (raw[pos] != '\n' || colon == std::string::npos || end == std::string::npos)
                return out + "<unexpected output: " + raw.substr(pos) + ">";
            out += "[" + raw.substr(pos + 1, colon - pos - 1) + ": " + raw.substr(colon + 2, end - colon - 2) + "]";
            pos = end + tail.size();
        }
        return out;
    }

    // The diagnostics printed so far, then the result or the pending exception.
    static std::string render(Outcome outcome, const Value& result)
    {
        std::string out = take_diagnostics();
        if (outcome == Outcome::Threw) {
            return out + take_exception_text();
        }
        return out + show(result);
    }
};

} // namespace miniphp::runtime::test
