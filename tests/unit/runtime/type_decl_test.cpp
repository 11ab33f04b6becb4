// TypeDecl against php 8.2: how types print in TypeErrors (zend_type_to_string's
// order, ?T for a single type with null) and what coercive mode converts a value to
// (zend_verify_weak_scalar_type_hint), each expectation taken from php -n.
#include <gtest/gtest.h>

#include <string>

#include "operator_test_support.h"
#include "runtime/conversions.h"
#include "runtime/type_decl.h"

namespace miniphp::runtime {
namespace {

using namespace test;

TypeDecl of(uint32_t mask, std::vector<std::string> classes = {})
{
    TypeDecl type;
    type.mask = mask;
    type.class_names = std::move(classes);
    type.resolved.assign(type.class_names.size(), nullptr);
    return type;
}

TEST(TypeDeclTest, PrintsInPhpsOrder)
{
    EXPECT_EQ(type_to_string(of(TypeBit::Long)), "int");
    EXPECT_EQ(type_to_string(of(TypeBit::Long | TypeBit::Null)), "?int");
    EXPECT_EQ(type_to_string(of(TypeBit::Long | TypeBit::String | TypeBit::Null)), "string|int|null");
    EXPECT_EQ(type_to_string(of(TypeBit::Any)), "mixed");
    EXPECT_EQ(type_to_string(of(TypeBit::Bool | TypeBit::Double | TypeBit::Array)), "array|float|bool");
    EXPECT_EQ(type_to_string(of(TypeBit::False | TypeBit::Long)), "int|false");
    EXPECT_EQ(type_to_string(of(TypeBit::Null, {"A"})), "?A");
    EXPECT_EQ(type_to_string(of(TypeBit::Long, {"A", "B"})), "A|B|int");
    EXPECT_EQ(type_to_string(of(TypeBit::Array | TypeBit::Iterable, {"Traversable"})), "Traversable|array");
    EXPECT_EQ(type_to_string(of(0, {"self"}), "Node"), "Node");
    EXPECT_EQ(type_to_string(of(TypeBit::Static), "A", "", "B"), "B");
}

TEST(TypeDeclTest, CoercesScalarsAsWeakModeDoes)
{
    warm_interned_strings();
    Value v = S("5");
    ASSERT_TRUE(coerce_scalar(TypeBit::Long, v));
    EXPECT_TRUE(v.is_long() && v.as_long() == 5);

    v = S("1.5");
    ASSERT_TRUE(coerce_scalar(TypeBit::Long | TypeBit::Double, v));
    EXPECT_TRUE(v.is_double() && v.as_double() == 1.5);

    v = I(3);
    ASSERT_TRUE(coerce_scalar(TypeBit::Double, v));
    EXPECT_TRUE(v.is_double() && v.as_double() == 3.0);

    v = D(2.0);
    ASSERT_TRUE(coerce_scalar(TypeBit::Long | TypeBit::String, v));
    EXPECT_TRUE(v.is_long() && v.as_long() == 2);

    v = I(42);
    ASSERT_TRUE(coerce_scalar(TypeBit::String, v));
    EXPECT_EQ(show(v), show(S("42")));
    release(v);

    v = S("abc");
    ASSERT_TRUE(coerce_scalar(TypeBit::Double | TypeBit::Bool, v));
    EXPECT_TRUE(v.is_true());
}

TEST(TypeDeclTest, RefusesWhatPhpRefuses)
{
    warm_interned_strings();
    Value v = N();
    EXPECT_FALSE(coerce_scalar(TypeBit::Long | TypeBit::String | TypeBit::Bool, v));
    v = S("5 apples");
    EXPECT_FALSE(coerce_scalar(TypeBit::Long, v));
    v = S("abc");
    EXPECT_FALSE(coerce_scalar(TypeBit::Long | TypeBit::False, v)); // false alone takes nothing
    v = D(1e20);
    EXPECT_FALSE(coerce_scalar(TypeBit::Long, v));
    v = I(1);
    EXPECT_FALSE(coerce_scalar(TypeBit::Array | TypeBit::Object, v));
}

} // namespace
} // namespace miniphp::runtime
