// Compile-time evaluation of constant expressions: parameter defaults, and the
// folding php does for literals with a sign (-1, -PHP_INT_MAX). Only operations that
// can neither warn nor throw are folded; anything else is left to run time.
#include <cctype>
#include <cmath>

#include "compiler/function_compiler.h"
#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/operators.h"
#include "runtime/string.h"

namespace miniphp::compiler {

using parser::BinaryOpKind;
using parser::Node;
using parser::NodeKind;
using runtime::Value;

namespace {

bool is_number(const Value& v) { return v.is_long() || v.is_double(); }

Value interned(std::string_view text) { return Value::string(runtime::InternTable::instance().intern(text)); }

std::optional<Value> fold_binary(BinaryOpKind kind, const Value& a, const Value& b)
{
    Value r;
    if (kind == BinaryOpKind::Concat) {
        std::string text;
        runtime::append_string(text, a);
        runtime::append_string(text, b);
        return interned(text);
    }
    if (!is_number(a) || !is_number(b))
        return std::nullopt;
    runtime::Outcome outcome = runtime::Outcome::Ok;
    switch (kind) {
    case BinaryOpKind::Add: outcome = runtime::add(r, a, b); break;
    case BinaryOpKind::Sub: outcome = runtime::sub(r, a, b); break;
    case BinaryOpKind::Mul: outcome = runtime::mul(r, a, b); break;
    case BinaryOpKind::Div:
        if (runtime::to_double(b) == 0.0)
            return std::nullopt;
        outcome = runtime::div(r, a, b);
        break;
    default: return std::nullopt;
    }
    if (outcome != runtime::Outcome::Ok)
        return std::nullopt;
    return r;
}

} // namespace

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
            return interned(slash == std::string::npos ? std::string(".")
                                                       : slash == 0 ? std::string("/") : file.substr(0, slash));
        }
        case parser::MagicConstKind::Function:
        case parser::MagicConstKind::Method: return interned(function_name);
        case parser::MagicConstKind::Class:
        case parser::MagicConstKind::Trait:
        case parser::MagicConstKind::Namespace: return interned("");
        }
        return std::nullopt;
    case NodeKind::UnaryMinus:
    case NodeKind::UnaryPlus: {
        std::optional<Value> operand = evaluate_constant(node->child(0), file, function_name, guard);
        if (!operand || !is_number(*operand))
            return std::nullopt;
        return fold_binary(BinaryOpKind::Mul, *operand,
                           Value::integer(node->kind == NodeKind::UnaryMinus ? -1 : 1));
    }
    case NodeKind::BinaryOp: {
        std::optional<Value> a = evaluate_constant(node->child(0), file, function_name, guard);
        if (!a)
            return std::nullopt;
        std::optional<Value> b = evaluate_constant(node->child(1), file, function_name, guard);
        if (!b)
            return std::nullopt;
        return fold_binary(static_cast<BinaryOpKind>(node->attr), *a, *b);
    }
    default: return std::nullopt;
    }
}

} // namespace miniphp::compiler
