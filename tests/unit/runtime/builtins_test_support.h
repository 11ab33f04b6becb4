// Helpers for the builtin tests: value constructors for tables, and a fixture that
// calls a builtin the way the VM will (find_builtin + call_builtin) and renders what
// happened the way the generator script renders php's behaviour:
//
//   try { var_dump(f(...$args)); }
//   catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
//
// with warnings, notices and deprecations printed in php's display format at
// "Command line code" line 1 (what `php -n -r` prints). Every expected text in the
// tables comes from running that harness under real php 8.2 (php -n).
#pragma once

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/builtins/builtin.h"
#include "runtime/engine.h"
#include "runtime/exceptions.h"
#include "runtime/output.h"
#include "runtime/string.h"
#include "runtime/value.h"

namespace miniphp::runtime::builtins_test {

using namespace std::string_view_literals;

inline Value Nul() { return Value::null(); }
inline Value Tru() { return Value::boolean(true); }
inline Value Fal() { return Value::boolean(false); }
inline Value Int(int64_t l) { return Value::integer(l); }
// A float given by its IEEE bits, so that table values are exact.
inline Value Dbl(uint64_t bits) { return Value::dbl(std::bit_cast<double>(bits)); }
inline Value Flt(double d) { return Value::dbl(d); }
// Interned, so table rows need no release.
inline Value Str(std::string_view s) { return Value::string(InternTable::instance().intern(s)); }

// One table row: a builtin, its arguments, and php's output for the harness above.
struct Case {
    std::string_view function;
    std::vector<Value> args;
    std::string_view expected;
};

class CommandLineHooks : public ExecutionHooks {
public:
    SourceLocation current_location() const override { return {"Command line code", 1}; }
    Array* backtrace() const override { return Array::create(); }
    // No PHP code runs in these tests: no user functions, and builtins are called
    // back directly.
    const void* find_user_function(std::string_view) const override { return nullptr; }
    bool resolve_callable(const Value& value, Callable& out, std::string& error) override
    {
        if (!value.is_string())
            return false;
        out.builtin = find_builtin(value.as_string()->view());
        if (out.builtin == nullptr)
            error = "function \"" + std::string(value.as_string()->view()) + "\" not found or invalid function name";
        return out.builtin != nullptr;
    }
    Value* caller_variable(std::string_view, bool) override { return nullptr; }
    Outcome call(const Callable& callable, const Value* args, uint32_t argc, Value& result) override
    {
        std::vector<Value> copies(args, args + argc);
        for (Value& v : copies)
            add_ref(v);
        result = Value::null();
        BuiltinCall call{callable.builtin, copies.data(), argc, &result};
        Outcome outcome = call_builtin(call);
        for (Value& v : copies)
            release(v);
        return outcome;
    }
};

class BuiltinTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        engine().set_hooks(&m_hooks);
        Output::instance().capture(true);
        (void)Output::instance().take_captured();
    }

    void TearDown() override
    {
        if (engine().has_exception())
            (void)engine().take_exception();
        (void)Output::instance().take_captured();
        Output::instance().capture(false);
        engine().set_hooks(nullptr);
    }

    // Calls `name` with `args`, then var_dump()s the result (or prints the exception)
    // and returns everything printed.
    static std::string run(std::string_view name, std::vector<Value> args)
    {
        const BuiltinFunction* f = find_builtin(name);
        if (f == nullptr)
            return "no such builtin";
        Value result = Value::null();
        BuiltinCall call{f, args.data(), static_cast<uint32_t>(args.size()), &result};
        Outcome outcome = call_builtin(call);
        // As the VM does: the arguments (which the builtin may have converted in
        // place) are released after the call.
        for (Value& arg : args)
            release(arg);
        if (outcome == Outcome::Threw) {
            echo(take_exception_text());
            echo("\n");
        } else {
            dump(result);
            release(result);
        }
        return Output::instance().take_captured();
    }

    static void dump(const Value& v)
    {
        const BuiltinFunction* var_dump = find_builtin("var_dump");
        Value arg = v;
        Value ignored = Value::null();
        BuiltinCall call{var_dump, &arg, 1, &ignored};
        (void)call_builtin(call);
    }

    // Checks every row against php's output, then runs it again to check that the
    // call left no heap block behind (the first run may intern strings for good).
    static void check_table(const Case* cases, size_t count)
    {
        for (size_t i = 0; i < count; ++i) {
            const Case& c = cases[i];
            SCOPED_TRACE(testing::Message() << "row " << i << ": " << c.function);
            EXPECT_EQ(run(c.function, c.args), std::string(c.expected));
            size_t live = gc::heap().live_blocks();
            (void)run(c.function, c.args);
            EXPECT_EQ(gc::heap().live_blocks(), live) << "leaked a heap block";
        }
    }

private:
    CommandLineHooks m_hooks;
};

} // namespace miniphp::runtime::builtins_test
