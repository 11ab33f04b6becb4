// Switch-case folding: before compiling a switch, php evaluates the constant parts of
// its case conditions in place (determine_switch_jumptable_type calling
// zend_eval_const_expr). What it folds there becomes a literal carrying the line that
// was current then, the subject's, which the comparisons that follow report.
#include <string_view>

#include "compiler/function_compiler.h"
#include "runtime/conversions.h"
#include "runtime/string.h"

namespace miniphp::compiler {

using parser::Node;
using parser::NodeKind;
using vm::Opcode;

// Folds case after case until one is not a constant int or non-numeric string of the
// same type as those before it: `case -1:` then compares on the subject's line. When
// every case passes, their common type is the type of the switch's jump table
// (determine_switch_jumptable_type); otherwise Undef.
runtime::Type FunctionCompiler::preevaluate_switch_cases(const Node* cases)
{
    runtime::Type common = runtime::Type::Undef;
    for (const Node* c : cases->children) {
        if (c->child(0) == nullptr)
            continue;
        std::optional<runtime::Value> value = preevaluate(c->child(0));
        if (!value || !(value->is_long() || value->is_string()))
            return runtime::Type::Undef;
        if (common != runtime::Type::Undef && common != value->type())
            return runtime::Type::Undef;
        common = value->type();
        if (value->is_string() &&
            runtime::parse_numeric(value->as_string()->view()).whole_type() != runtime::NumericType::None)
            return runtime::Type::Undef;
    }
    return common;
}

// zend_eval_const_expr on a case condition: the node's value if it is (or became) a
// literal, recording what php replaced.
std::optional<runtime::Value> FunctionCompiler::preevaluate(const Node* node)
{
    if (node == nullptr || m_script.stack_guard().exhausted())
        return std::nullopt;
    auto folded = [&](std::optional<runtime::Value> value) -> std::optional<runtime::Value> {
        if (!value)
            return std::nullopt;
        Operand operand = folded_literal(*value);
        m_preevaluated[node] = Preevaluated{operand, m_line, nullptr};
        return constant_value(operand);
    };
    auto replaced = [&](const Node* by) {
        m_preevaluated[node] = Preevaluated{{}, 0, by};
        return preevaluate(by);
    };
    switch (node->kind) {
    case NodeKind::Zval: return fold_constant(node);
    case NodeKind::Const:
    case NodeKind::MagicConst: {
        // A named or magic constant becomes a literal on the current line.
        std::optional<runtime::Value> value = fold_constant(node);
        return value ? folded(runtime::Value(*value)) : std::nullopt;
    }
    case NodeKind::UnaryPlus:
    case NodeKind::UnaryMinus: {
        std::optional<runtime::Value> a = preevaluate(node->child(0));
        if (!a)
            return std::nullopt;
        runtime::Value factor = runtime::Value::integer(node->kind == NodeKind::UnaryMinus ? -1 : 1);
        return folded(fold_binary_operator(Opcode::Mul, *a, factor));
    }
    case NodeKind::UnaryOp: {
        std::optional<runtime::Value> a = preevaluate(node->child(0));
        if (!a)
            return std::nullopt;
        bool is_not = static_cast<parser::UnaryOpKind>(node->attr) == parser::UnaryOpKind::BoolNot;
        return folded(fold_unary_operator(is_not ? Opcode::BoolNot : Opcode::BitwiseNot, *a));
    }
    case NodeKind::BinaryOp:
    case NodeKind::Greater:
    case NodeKind::GreaterEqual: {
        std::optional<runtime::Value> a = preevaluate(node->child(0));
        std::optional<runtime::Value> b = preevaluate(node->child(1));
        if (!a || !b)
            return std::nullopt;
        if (node->kind == NodeKind::Greater)
            return folded(fold_binary_operator(Opcode::IsSmaller, *b, *a));
        if (node->kind == NodeKind::GreaterEqual)
            return folded(fold_binary_operator(Opcode::IsSmallerOrEqual, *b, *a));
        return folded(fold_binary_operator(binary_opcode(static_cast<parser::BinaryOpKind>(node->attr)), *a, *b));
    }
    case NodeKind::And:
    case NodeKind::Or: {
        std::optional<runtime::Value> a = preevaluate(node->child(0));
        std::optional<runtime::Value> b = preevaluate(node->child(1));
        if (!a)
            return std::nullopt;
        bool left = runtime::to_bool(*a);
        if (left == (node->kind == NodeKind::Or))
            return folded(runtime::Value::boolean(left));
        if (!b)
            return std::nullopt;
        return folded(runtime::Value::boolean(runtime::to_bool(*b)));
    }
    case NodeKind::Conditional: {
        std::optional<runtime::Value> condition = preevaluate(node->child(0));
        if (!condition) {
            preevaluate(node->child(1));
            preevaluate(node->child(2));
            return std::nullopt;
        }
        if (!runtime::to_bool(*condition))
            return replaced(node->child(2));
        if (node->child(1) == nullptr) {
            m_preevaluated[node] = Preevaluated{{}, 0, node->child(0)};
            return condition;
        }
        return replaced(node->child(1));
    }
    case NodeKind::Coalesce: {
        std::optional<runtime::Value> value = preevaluate(node->child(0));
        if (!value) {
            preevaluate(node->child(1));
            return std::nullopt;
        }
        if (value->is_null())
            return replaced(node->child(1));
        m_preevaluated[node] = Preevaluated{{}, 0, node->child(0)};
        return value;
    }
    case NodeKind::Dim: {
        if (const char* message = dim_evaluation_error(node))
            error(message, m_line);
        std::optional<runtime::Value> container = preevaluate(node->child(0));
        std::optional<runtime::Value> dim = preevaluate(node->child(1));
        if (!container || !dim || !container->is_string())
            return std::nullopt;
        // A literal string's character at a literal in-range offset.
        int64_t offset = 0;
        if (dim->is_long()) {
            offset = dim->as_long();
        } else if (dim->is_string()) {
            runtime::NumericPrefix number = runtime::parse_numeric(dim->as_string()->view());
            if (number.type != runtime::NumericType::Long)
                return std::nullopt;
            offset = number.long_value;
        } else {
            return std::nullopt;
        }
        std::string_view text = container->as_string()->view();
        if (offset < 0 || static_cast<uint64_t>(offset) >= text.size())
            return std::nullopt;
        return folded(runtime::Value::string(runtime::InternTable::instance().intern(text.substr(offset, 1))));
    }
    default: return std::nullopt;
    }
}

} // namespace miniphp::compiler
