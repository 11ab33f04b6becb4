// The registry: case-insensitive function lookup, case-sensitive constants (with
// true/false/null as keywords), and the constant values, which were printed with
// var_dump by php 8.2 (php -n) for this table.
#include "builtins_test_support.h"

#include <string>

#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"

namespace miniphp::runtime::builtins_test {

class RegistryTest : public BuiltinTest {};

TEST_F(RegistryTest, FindsFunctionsIgnoringCase)
{
    const BuiltinFunction* f = find_builtin("strlen");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->name, "strlen");
    EXPECT_EQ(find_builtin("STRLEN"), f);
    EXPECT_EQ(find_builtin("StrLen"), f);
    EXPECT_EQ(find_builtin("Var_Dump"), find_builtin("var_dump"));
    EXPECT_NE(find_builtin("sprintf"), nullptr);
}

TEST_F(RegistryTest, UnknownNamesAreNotFound)
{
    EXPECT_EQ(find_builtin(""), nullptr);
    EXPECT_EQ(find_builtin("strlen2"), nullptr);
    EXPECT_EQ(find_builtin("strle"), nullptr);
    EXPECT_EQ(find_builtin("str len"), nullptr);
    EXPECT_EQ(find_builtin(std::string(300, 'a')), nullptr);
    EXPECT_EQ(find_builtin("strlen\0"sv), nullptr);
    EXPECT_EQ(find_builtin("\xc3\xa9"), nullptr);
}

// Every area's rows are reachable by their own name, which is lower-case.
TEST_F(RegistryTest, EveryTableEntryIsRegistered)
{
    for (auto area : {builtins::string_functions, builtins::format_functions, builtins::math_functions,
                      builtins::type_functions, builtins::var_functions}) {
        for (const BuiltinFunction& f : area()) {
            EXPECT_EQ(find_builtin(f.name), &f) << f.name;
            for (char c : f.name)
                EXPECT_FALSE(c >= 'A' && c <= 'Z') << f.name;
            EXPECT_TRUE(f.max_args == BuiltinFunction::kVariadic || f.max_args >= f.min_args) << f.name;
        }
    }
}

TEST_F(RegistryTest, ArgumentNamesSkipVariadics)
{
    EXPECT_EQ(builtins::parameter_name(*find_builtin("str_repeat"), 0), "string");
    EXPECT_EQ(builtins::parameter_name(*find_builtin("str_repeat"), 1), "times");
    EXPECT_EQ(builtins::parameter_name(*find_builtin("str_repeat"), 2), "");
    EXPECT_EQ(builtins::parameter_name(*find_builtin("max"), 0), "value");
    EXPECT_EQ(builtins::parameter_name(*find_builtin("max"), 1), "");
    EXPECT_EQ(builtins::parameter_name(*find_builtin("max"), 5), "");
    EXPECT_EQ(builtins::argument_prefix(*find_builtin("max"), 2), "max(): Argument #3 ");
    EXPECT_EQ(builtins::argument_prefix(*find_builtin("strlen"), 0), "strlen(): Argument #1 ($string) ");
}

struct ConstantRow {
    std::string_view name;
    std::string_view var_dump;
};

TEST_F(RegistryTest, ConstantsHavePhpValues)
{
    static const ConstantRow rows[] = {
        {"E_ALL", "int(32767)\n"},
        {"E_ERROR", "int(1)\n"},
        {"E_WARNING", "int(2)\n"},
        {"E_PARSE", "int(4)\n"},
        {"E_NOTICE", "int(8)\n"},
        {"E_CORE_ERROR", "int(16)\n"},
        {"E_CORE_WARNING", "int(32)\n"},
        {"E_COMPILE_ERROR", "int(64)\n"},
        {"E_COMPILE_WARNING", "int(128)\n"},
        {"E_USER_ERROR", "int(256)\n"},
        {"E_USER_WARNING", "int(512)\n"},
        {"E_USER_NOTICE", "int(1024)\n"},
        {"E_STRICT", "int(2048)\n"},
        {"E_RECOVERABLE_ERROR", "int(4096)\n"},
        {"E_DEPRECATED", "int(8192)\n"},
        {"E_USER_DEPRECATED", "int(16384)\n"},
        {"DEBUG_BACKTRACE_PROVIDE_OBJECT", "int(1)\n"},
        {"DEBUG_BACKTRACE_IGNORE_ARGS", "int(2)\n"},
        {"ZEND_THREAD_SAFE", "bool(false)\n"},
#ifdef MINIPHP_DEBUG
        {"ZEND_DEBUG_BUILD", "bool(true)\n"},
#else
        {"ZEND_DEBUG_BUILD", "bool(false)\n"},
#endif
        {"PHP_VERSION", "string(6) \"8.2.36\"\n"},
        {"PHP_MAJOR_VERSION", "int(8)\n"},
        {"PHP_MINOR_VERSION", "int(2)\n"},
        {"PHP_RELEASE_VERSION", "int(36)\n"},
        {"PHP_EXTRA_VERSION", "string(0) \"\"\n"},
        {"PHP_VERSION_ID", "int(80236)\n"},
        {"PHP_ZTS", "int(0)\n"},
#ifdef MINIPHP_DEBUG
        {"PHP_DEBUG", "int(1)\n"},
#else
        {"PHP_DEBUG", "int(0)\n"},
#endif
        {"PHP_OS", "string(5) \"Linux\"\n"},
        {"PHP_OS_FAMILY", "string(5) \"Linux\"\n"},
        {"PHP_SAPI", "string(3) \"cli\"\n"},
        {"PHP_SHLIB_SUFFIX", "string(2) \"so\"\n"},
        {"PHP_EOL", "string(1) \"\n\"\n"},
        {"DIRECTORY_SEPARATOR", "string(1) \"/\"\n"},
        {"PATH_SEPARATOR", "string(1) \":\"\n"},
        {"PHP_MAXPATHLEN", "int(4096)\n"},
        {"PHP_FD_SETSIZE", "int(1024)\n"},
        {"PHP_INT_MAX", "int(9223372036854775807)\n"},
        {"PHP_INT_MIN", "int(-9223372036854775808)\n"},
        {"PHP_INT_SIZE", "int(8)\n"},
        {"PHP_FLOAT_DIG", "int(15)\n"},
        {"PHP_FLOAT_EPSILON", "float(2.220446049250313E-16)\n"},
        {"PHP_FLOAT_MAX", "float(1.7976931348623157E+308)\n"},
        {"PHP_FLOAT_MIN", "float(2.2250738585072014E-308)\n"},
        {"M_E", "float(2.718281828459045)\n"},
        {"M_LOG2E", "float(1.4426950408889634)\n"},
        {"M_LOG10E", "float(0.4342944819032518)\n"},
        {"M_LN2", "float(0.6931471805599453)\n"},
        {"M_LN10", "float(2.302585092994046)\n"},
        {"M_PI", "float(3.141592653589793)\n"},
        {"M_PI_2", "float(1.5707963267948966)\n"},
        {"M_PI_4", "float(0.7853981633974483)\n"},
        {"M_1_PI", "float(0.3183098861837907)\n"},
        {"M_2_PI", "float(0.6366197723675814)\n"},
        {"M_SQRTPI", "float(1.772453850905516)\n"},
        {"M_2_SQRTPI", "float(1.1283791670955126)\n"},
        {"M_LNPI", "float(1.1447298858494002)\n"},
        {"M_EULER", "float(0.5772156649015329)\n"},
        {"M_SQRT2", "float(1.4142135623730951)\n"},
        {"M_SQRT1_2", "float(0.7071067811865476)\n"},
        {"M_SQRT3", "float(1.7320508075688772)\n"},
        {"INF", "float(INF)\n"},
        {"NAN", "float(NAN)\n"},
        {"PHP_ROUND_HALF_UP", "int(1)\n"},
        {"PHP_ROUND_HALF_DOWN", "int(2)\n"},
        {"PHP_ROUND_HALF_EVEN", "int(3)\n"},
        {"PHP_ROUND_HALF_ODD", "int(4)\n"},
        {"TRUE", "bool(true)\n"},
        {"FALSE", "bool(false)\n"},
        {"NULL", "NULL\n"},
    };
    for (const ConstantRow& row : rows) {
        Value v;
        ASSERT_TRUE(find_builtin_constant(row.name, v)) << row.name;
        dump(v);
        EXPECT_EQ(Output::instance().take_captured(), row.var_dump) << row.name;
    }
}

TEST_F(RegistryTest, ConstantsAreCaseSensitiveExceptKeywords)
{
    Value v;
    EXPECT_FALSE(find_builtin_constant("php_eol", v));
    EXPECT_FALSE(find_builtin_constant("M_pi", v));
    EXPECT_FALSE(find_builtin_constant("E_all", v));
    EXPECT_FALSE(find_builtin_constant("", v));
    EXPECT_FALSE(find_builtin_constant("NO_SUCH_CONSTANT", v));
    ASSERT_TRUE(find_builtin_constant("True", v));
    EXPECT_TRUE(v.is_true());
    ASSERT_TRUE(find_builtin_constant("fAlSe", v));
    EXPECT_EQ(v.type(), Type::False);
    ASSERT_TRUE(find_builtin_constant("null", v));
    EXPECT_TRUE(v.is_null());
}

TEST_F(RegistryTest, StringConstantsAreInterned)
{
    Value a, b;
    ASSERT_TRUE(find_builtin_constant("PHP_VERSION", a));
    ASSERT_TRUE(find_builtin_constant("PHP_VERSION", b));
    ASSERT_TRUE(a.is_string());
    EXPECT_TRUE(a.as_string()->is_interned());
    EXPECT_FALSE(a.is_refcounted());
    EXPECT_EQ(a.as_string(), b.as_string());
}

// A builtin's result is owned by the caller: str_repeat returns a new string with
// one reference, also when it repeats once.
TEST_F(RegistryTest, ResultsCarryTheirOwnReference)
{
    String* text = String::create("abc");
    Value args[2] = {Value::string(text), Value::integer(1)};
    Value result = Value::null();
    BuiltinCall call{find_builtin("str_repeat"), args, 2, &result};
    // php's str_repeat($s, 1) builds a new string: the argument gains no owner.
    ASSERT_EQ(call_builtin(call), Outcome::Ok);
    EXPECT_NE(result.as_string(), text);
    EXPECT_EQ(result.as_string()->view(), "abc");
    EXPECT_EQ(result.as_string()->header.refcount, 1u);
    EXPECT_EQ(text->header.refcount, 1u);
    release(result);

    args[1] = Value::integer(3);
    result = Value::null();
    ASSERT_EQ(call_builtin(call), Outcome::Ok);
    EXPECT_EQ(result.as_string()->view(), "abcabcabc");
    EXPECT_EQ(result.as_string()->header.refcount, 1u);
    release(result);
    release(args[0]);
}

} // namespace miniphp::runtime::builtins_test
