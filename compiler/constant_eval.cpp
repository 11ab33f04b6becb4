// Compile-time evaluation, as php does it:
//  - fold_binary_operator / fold_unary_operator: an operator applied to literals
//    (zend_try_ct_eval_binary_op), which the expression compiler uses wherever php
//    folds: both operands literal, unary +/-, !, ~;
//  - evaluate_constant: a whole constant expression (zend_eval_const_expr), for
//    parameter defaults and named constants;
//  - is_constant_expression: what a constant expression may contain at all.
// Only operations that can neither warn nor throw are folded (the rules of
// zend_binary_op_produces_error); anything else is left to run time.
#include <cassert>
#include <cctype>
#include <cmath>
#include <filesystem>

#include "compiler/function_compiler.h"
#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/operators.h"
#include "runtime/string.h"

namespace miniphp::compiler {

using parser::BinaryOpKind;
using parser::Node;
using parser::NodeKind;
using runtime::Value;
using vm::Opcode;

namespace {

Value interned(std::string_view text) { return Value::string(runtime::InternTable::instance().intern(text)); }

// A folded value as evaluate_constant() returns it: a scalar or an interned string.
std::optional<Value> as_literal(std::optional<Value> value)
{
    if (value && value->is_refcounted()) {
        Value text = interned(value->as_string()->view());
        runtime::release(*value);
        return text;
    }
    return value;
}

// zend_is_op_long_compatible: converting the operand to int loses nothing.
bool is_op_long_compatible(const Value& v)
{
    if (v.is_double())
        return runtime::is_long_compatible(v.as_double(), runtime::dval_to_lval(v.as_double()));
    if (v.is_string()) {
        runtime::NumericPrefix number = runtime::parse_numeric(v.as_string()->view());
        if (number.type == runtime::NumericType::None)
            return false;
        if (number.type == runtime::NumericType::Double)
            return runtime::is_long_compatible(number.double_value, runtime::dval_to_lval(number.double_value));
    }
    return true;
}

bool is_non_numeric_string(const Value& v)
{
    return v.is_string() && runtime::parse_numeric(v.as_string()->view()).whole_type() == runtime::NumericType::None;
}

// zend_binary_op_produces_error for scalar operands.
bool binary_op_produces_error(Opcode op, const Value& a, const Value& b)
{
    if (a.is_array() || b.is_array()) {
        // Arrays take part only in + (both arrays) and in comparisons; concatenation
        // warns "Array to string conversion".
        switch (op) {
        case Opcode::Add: return !(a.is_array() && b.is_array());
        case Opcode::IsIdentical:
        case Opcode::IsNotIdentical:
        case Opcode::IsEqual:
        case Opcode::IsNotEqual:
        case Opcode::IsSmaller:
        case Opcode::IsSmallerOrEqual:
        case Opcode::Spaceship:
        case Opcode::BoolXor: return false;
        default: return true;
        }
    }
    switch (op) {
    case Opcode::Add:
    case Opcode::Sub:
    case Opcode::Mul:
    case Opcode::Div:
    case Opcode::Pow:
    case Opcode::Mod:
    case Opcode::ShiftLeft:
    case Opcode::ShiftRight:
    case Opcode::BitwiseOr:
    case Opcode::BitwiseAnd:
    case Opcode::BitwiseXor: break;
    default: return false; // concatenation and comparisons never fail on scalars
    }
    bool bitwise = op == Opcode::BitwiseOr || op == Opcode::BitwiseAnd || op == Opcode::BitwiseXor;
    if (bitwise && a.is_string() && b.is_string())
        return false;
    if (is_non_numeric_string(a) || is_non_numeric_string(b))
        return true;
    if ((op == Opcode::Mod && runtime::to_long(b) == 0) || (op == Opcode::Div && runtime::to_double(b) == 0.0))
        return true;
    if ((op == Opcode::ShiftLeft || op == Opcode::ShiftRight) && runtime::to_long(b) < 0)
        return true;
    if (bitwise || op == Opcode::Mod || op == Opcode::ShiftLeft || op == Opcode::ShiftRight)
        return !is_op_long_compatible(a) || !is_op_long_compatible(b);
    return false;
}

} // namespace

std::optional<Value> fold_binary_operator(Opcode op, const Value& a, const Value& b)
{
    if (binary_op_produces_error(op, a, b))
        return std::nullopt;
    Value r;
    bool flag = false;
    int cmp = 0;
    runtime::Outcome outcome = runtime::Outcome::Ok;
    switch (op) {
    case Opcode::Add: outcome = runtime::add(r, a, b); break;
    case Opcode::Sub: outcome = runtime::sub(r, a, b); break;
    case Opcode::Mul: outcome = runtime::mul(r, a, b); break;
    case Opcode::Div: outcome = runtime::div(r, a, b); break;
    case Opcode::Mod: outcome = runtime::mod(r, a, b); break;
    case Opcode::Pow: outcome = runtime::pow(r, a, b); break;
    case Opcode::Concat: outcome = runtime::concat(r, a, b); break;
    case Opcode::ShiftLeft: outcome = runtime::shift_left(r, a, b); break;
    case Opcode::ShiftRight: outcome = runtime::shift_right(r, a, b); break;
    case Opcode::BitwiseOr: outcome = runtime::bitwise_or(r, a, b); break;
    case Opcode::BitwiseAnd: outcome = runtime::bitwise_and(r, a, b); break;
    case Opcode::BitwiseXor: outcome = runtime::bitwise_xor(r, a, b); break;
    case Opcode::BoolXor: r = Value::boolean(runtime::to_bool(a) != runtime::to_bool(b)); break;
    case Opcode::IsIdentical: r = Value::boolean(runtime::is_identical(a, b)); break;
    case Opcode::IsNotIdentical: r = Value::boolean(!runtime::is_identical(a, b)); break;
    case Opcode::IsEqual:
    case Opcode::IsNotEqual:
        outcome = runtime::loose_equals(flag, a, b);
        r = Value::boolean(flag == (op == Opcode::IsEqual));
        break;
    case Opcode::IsSmaller:
        outcome = runtime::is_smaller(flag, a, b);
        r = Value::boolean(flag);
        break;
    case Opcode::IsSmallerOrEqual:
        outcome = runtime::is_smaller_or_equal(flag, a, b);
        r = Value::boolean(flag);
        break;
    case Opcode::Spaceship:
        outcome = runtime::compare(cmp, a, b);
        r = Value::integer(cmp);
        break;
    default: return std::nullopt;
    }
    assert(outcome == runtime::Outcome::Ok && "a folded operator warned or threw");
    (void)outcome;
    return r;
}

std::optional<Value> fold_unary_operator(Opcode op, const Value& a)
{
    if (op == Opcode::BoolNot)
        return Value::boolean(!runtime::to_bool(a));
    // zend_unary_op_produces_error: ~ fails on null and bools and warns on floats
    // with a fraction; on a string it works bytewise.
    if (op != Opcode::BitwiseNot || a.type() <= runtime::Type::True || (!a.is_string() && !is_op_long_compatible(a)))
        return std::nullopt;
    Value r;
    runtime::Outcome outcome = runtime::bitwise_not(r, a);
    assert(outcome == runtime::Outcome::Ok && "a folded operator warned or threw");
    (void)outcome;
    return r;
}

std::optional<Value> evaluate_constant(const Node* node, const std::string& file, const std::string& function_name,
                                       const StackGuard& guard)
{
    // Too deep to fold here: the caller compiles it, which reports the depth.
    if (node == nullptr || guard.exhausted())
        return std::nullopt;
    switch (node->kind) {
    case NodeKind::Zval:
        switch (node->literal_type) {
        case parser::LiteralType::Long: return Value::integer(node->int_value);
        case parser::LiteralType::Double: return Value::dbl(node->double_value);
        case parser::LiteralType::String: return interned(node->string_value);
        }
        return std::nullopt;
    case NodeKind::Const: {
        std::string name = node->child(0)->string_value;
        if (!name.empty() && name[0] == '\\')
            name.erase(0, 1);
        std::string lower = name;
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == "true")
            return Value::boolean(true);
        if (lower == "false")
            return Value::boolean(false);
        if (lower == "null")
            return Value::null();
        Value v;
        if (runtime::find_builtin_constant(name, v))
            return v;
        return std::nullopt;
    }
    case NodeKind::MagicConst:
        switch (static_cast<parser::MagicConstKind>(node->attr)) {
        case parser::MagicConstKind::Line: return Value::integer(node->line);
        case parser::MagicConstKind::File: return interned(file);
        case parser::MagicConstKind::Dir: {
            size_t slash = file.rfind('/');
            if (slash == std::string::npos) {
                // "Command line code" and "Standard input code" have no directory:
                // php uses the working directory instead of ".".
                std::error_code failed;
                std::string cwd = std::filesystem::current_path(failed).string();
                return interned(failed ? std::string(".") : cwd);
            }
            return interned(slash == 0 ? std::string("/") : file.substr(0, slash));
        }
        case parser::MagicConstKind::Function:
        case parser::MagicConstKind::Method: return interned(function_name);
        case parser::MagicConstKind::Class:
        case parser::MagicConstKind::Trait:
        case parser::MagicConstKind::Namespace: return interned("");
        }
        return std::nullopt;
    // zend_eval_const_expr: operators fold as in code (fold_binary_operator), and the
    // conditional operators fold as soon as their condition is known.
    case NodeKind::UnaryMinus:
    case NodeKind::UnaryPlus: {
        std::optional<Value> operand = evaluate_constant(node->child(0), file, function_name, guard);
        if (!operand)
            return std::nullopt;
        Value factor = Value::integer(node->kind == NodeKind::UnaryMinus ? -1 : 1);
        return as_literal(fold_binary_operator(Opcode::Mul, *operand, factor));
    }
    case NodeKind::UnaryOp: {
        std::optional<Value> operand = evaluate_constant(node->child(0), file, function_name, guard);
        if (!operand)
            return std::nullopt;
        bool is_not = static_cast<parser::UnaryOpKind>(node->attr) == parser::UnaryOpKind::BoolNot;
        return as_literal(fold_unary_operator(is_not ? Opcode::BoolNot : Opcode::BitwiseNot, *operand));
    }
    case NodeKind::BinaryOp:
    case NodeKind::Greater:
    case NodeKind::GreaterEqual: {
        std::optional<Value> a = evaluate_constant(node->child(0), file, function_name, guard);
        std::optional<Value> b = evaluate_constant(node->child(1), file, function_name, guard);
        if (!a || !b)
            return std::nullopt;
        if (node->kind == NodeKind::Greater)
            return fold_binary_operator(Opcode::IsSmaller, *b, *a);
        if (node->kind == NodeKind::GreaterEqual)
            return fold_binary_operator(Opcode::IsSmallerOrEqual, *b, *a);
        return as_literal(fold_binary_operator(binary_opcode(static_cast<BinaryOpKind>(node->attr)), *a, *b));
    }
    case NodeKind::And:
    case NodeKind::Or: {
        std::optional<Value> a = evaluate_constant(node->child(0), file, function_name, guard);
        std::optional<Value> b = evaluate_constant(node->child(1), file, function_name, guard);
        if (!a)
            return std::nullopt;
        bool left = runtime::to_bool(*a);
        if (left == (node->kind == NodeKind::Or))
            return Value::boolean(left);
        if (!b)
            return std::nullopt;
        return Value::boolean(runtime::to_bool(*b));
    }
    case NodeKind::Conditional: {
        std::optional<Value> condition = evaluate_constant(node->child(0), file, function_name, guard);
        if (!condition)
            return std::nullopt;
        if (runtime::to_bool(*condition))
            return node->child(1) == nullptr ? condition
                                             : evaluate_constant(node->child(1), file, function_name, guard);
        return evaluate_constant(node->child(2), file, function_name, guard);
    }
    case NodeKind::Coalesce: {
        std::optional<Value> value = evaluate_constant(node->child(0), file, function_name, guard);
        if (!value || !value->is_null())
            return value;
        return evaluate_constant(node->child(1), file, function_name, guard);
    }
    default: return std::nullopt;
    }
}

const char* dim_evaluation_error(const Node* dim)
{
    if (dim->child(1) == nullptr)
        return runtime::msg::CannotReadAppend;
    if ((dim->attr & parser::DimAlternativeSyntax) != 0)
        return runtime::msg::CurlyOffsetRemoved;
    return nullptr;
}

const char* constant_evaluation_error(const Node* node, const std::string& file, const std::string& function_name,
                                      const StackGuard& guard)
{
    if (node == nullptr || guard.exhausted())
        return nullptr;
    auto walk = [&](const Node* child) { return constant_evaluation_error(child, file, function_name, guard); };
    auto walk_both = [&](const Node* a, const Node* b) {
        const char* error = walk(a);
        return error != nullptr ? error : walk(b);
    };
    switch (node->kind) {
    case NodeKind::Dim:
        if (const char* error = dim_evaluation_error(node))
            return error;
        return walk_both(node->child(0), node->child(1));
    case NodeKind::BinaryOp:
    case NodeKind::Greater:
    case NodeKind::GreaterEqual:
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::ArrayElem: return walk_both(node->child(0), node->child(1));
    case NodeKind::UnaryOp:
    case NodeKind::UnaryPlus:
    case NodeKind::UnaryMinus:
    case NodeKind::Unpack: return walk(node->child(0));
    case NodeKind::Array: {
        for (const Node* element : node->children)
            if (const char* error = walk(element))
                return error;
        return nullptr;
    }
    // A condition known now leaves only the branch it takes.
    case NodeKind::Conditional: {
        if (const char* error = walk(node->child(0)))
            return error;
        std::optional<Value> condition = evaluate_constant(node->child(0), file, function_name, guard);
        if (!condition)
            return walk_both(node->child(1), node->child(2));
        return walk(runtime::to_bool(*condition) ? node->child(1) : node->child(2));
    }
    case NodeKind::Coalesce: {
        if (const char* error = walk(node->child(0)))
            return error;
        std::optional<Value> value = evaluate_constant(node->child(0), file, function_name, guard);
        return !value || value->is_null() ? walk(node->child(1)) : nullptr;
    }
    default: return nullptr;
    }
}

bool is_constant_expression(const Node* node, const StackGuard& guard)
{
    if (node == nullptr || guard.exhausted())
        return true;
    switch (node->kind) {
    case NodeKind::Zval:
    case NodeKind::BinaryOp:
    case NodeKind::Greater:
    case NodeKind::GreaterEqual:
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::UnaryOp:
    case NodeKind::UnaryPlus:
    case NodeKind::UnaryMinus:
    case NodeKind::Conditional:
    case NodeKind::Dim:
    case NodeKind::Array:
    case NodeKind::ArrayElem:
    case NodeKind::Unpack:
    case NodeKind::Const:
    case NodeKind::ClassConst:
    case NodeKind::ClassName:
    case NodeKind::MagicConst:
    case NodeKind::Coalesce:
    case NodeKind::New:
    case NodeKind::ArgList:
    case NodeKind::NamedArg: break;
    default: return false;
    }
    // Names (of constants, classes, arguments) are Zvals, always allowed.
    for (const Node* child : node->children)
        if (!is_constant_expression(child, guard))
            return false;
    return true;
}

} // namespace miniphp::compiler
