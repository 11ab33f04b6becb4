// Node construction and the AST printer.
//
// The printer is the tests' window onto the tree, so its format is meant to stay
// put: one node per line, two spaces of indentation per level, the kind's name, then
// what the node carries in words: an operator or cast by name, flags as a bracketed
// list, a literal's value, a declaration's quoted name. A missing child prints as
// `null`, so child positions stay visible. For example `<?php echo $a + 1;`:
//
//   StmtList
//     StmtList
//       Echo
//         BinaryOp Add
//           Var
//             Zval "a"
//           Zval 1
#include "parser/ast.h"

#include <charconv>
#include <cstdio>

namespace miniphp::parser {

Node* Ast::make(NodeKind kind, uint32_t line, std::vector<Node*> children, uint16_t attr)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->line = line;
    node->attr = attr;
    node->children = std::move(children);
    m_nodes.push_back(std::move(node));
    return m_nodes.back().get();
}

Node* Ast::make_long(int64_t value, uint32_t line)
{
    Node* node = make(NodeKind::Zval, line);
    node->literal_type = LiteralType::Long;
    node->int_value = value;
    return node;
}

Node* Ast::make_double(double value, uint32_t line)
{
    Node* node = make(NodeKind::Zval, line);
    node->literal_type = LiteralType::Double;
    node->double_value = value;
    return node;
}

Node* Ast::make_string(std::string value, uint32_t line)
{
    Node* node = make(NodeKind::Zval, line);
    node->literal_type = LiteralType::String;
    node->string_value = std::move(value);
    return node;
}

const char* node_kind_name(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Zval: return "Zval";
    case NodeKind::MagicConst: return "MagicConst";
    case NodeKind::Type: return "Type";
    case NodeKind::ConstantClass: return "ConstantClass";
    case NodeKind::CallableConvert: return "CallableConvert";
    case NodeKind::FuncDecl: return "FuncDecl";
    case NodeKind::Closure: return "Closure";
    case NodeKind::Method: return "Method";
    case NodeKind::Class: return "Class";
    case NodeKind::ArrowFunc: return "ArrowFunc";
    case NodeKind::ArgList: return "ArgList";
    case NodeKind::Array: return "Array";
    case NodeKind::EncapsList: return "EncapsList";
    case NodeKind::ExprList: return "ExprList";
    case NodeKind::StmtList: return "StmtList";
    case NodeKind::If: return "If";
    case NodeKind::SwitchList: return "SwitchList";
    case NodeKind::CatchList: return "CatchList";
    case NodeKind::ParamList: return "ParamList";
    case NodeKind::ClosureUses: return "ClosureUses";
    case NodeKind::PropDecl: return "PropDecl";
    case NodeKind::ConstDecl: return "ConstDecl";
    case NodeKind::ClassConstDecl: return "ClassConstDecl";
    case NodeKind::NameList: return "NameList";
    case NodeKind::TraitAdaptations: return "TraitAdaptations";
    case NodeKind::Use: return "Use";
    case NodeKind::TypeUnion: return "TypeUnion";
    case NodeKind::TypeIntersection: return "TypeIntersection";
    case NodeKind::AttributeList: return "AttributeList";
    case NodeKind::AttributeGroup: return "AttributeGroup";
    case NodeKind::MatchArmList: return "MatchArmList";
    case NodeKind::ModifierList: return "ModifierList";
    case NodeKind::Var: return "Var";
    case NodeKind::Const: return "Const";
    case NodeKind::Unpack: return "Unpack";
    case NodeKind::UnaryPlus: return "UnaryPlus";
    case NodeKind::UnaryMinus: return "UnaryMinus";
    case NodeKind::Cast: return "Cast";
    case NodeKind::Empty: return "Empty";
    case NodeKind::Isset: return "Isset";
    case NodeKind::Silence: return "Silence";
    case NodeKind::ShellExec: return "ShellExec";
    case NodeKind::Clone: return "Clone";
    case NodeKind::Exit: return "Exit";
    case NodeKind::Print: return "Print";
    case NodeKind::IncludeOrEval: return "IncludeOrEval";
    case NodeKind::UnaryOp: return "UnaryOp";
    case NodeKind::PreInc: return "PreInc";
    case NodeKind::PreDec: return "PreDec";
    case NodeKind::PostInc: return "PostInc";
    case NodeKind::PostDec: return "PostDec";
    case NodeKind::YieldFrom: return "YieldFrom";
    case NodeKind::ClassName: return "ClassName";
    case NodeKind::Global: return "Global";
    case NodeKind::Unset: return "Unset";
    case NodeKind::Return: return "Return";
    case NodeKind::Label: return "Label";
    case NodeKind::Ref: return "Ref";
    case NodeKind::HaltCompiler: return "HaltCompiler";
    case NodeKind::Echo: return "Echo";
    case NodeKind::Throw: return "Throw";
    case NodeKind::Goto: return "Goto";
    case NodeKind::Break: return "Break";
    case NodeKind::Continue: return "Continue";
    case NodeKind::Dim: return "Dim";
    case NodeKind::Prop: return "Prop";
    case NodeKind::NullsafeProp: return "NullsafeProp";
    case NodeKind::StaticProp: return "StaticProp";
    case NodeKind::Call: return "Call";
    case NodeKind::ClassConst: return "ClassConst";
    case NodeKind::Assign: return "Assign";
    case NodeKind::AssignRef: return "AssignRef";
    case NodeKind::AssignOp: return "AssignOp";
    case NodeKind::BinaryOp: return "BinaryOp";
    case NodeKind::Greater: return "Greater";
    case NodeKind::GreaterEqual: return "GreaterEqual";
    case NodeKind::And: return "And";
    case NodeKind::Or: return "Or";
    case NodeKind::ArrayElem: return "ArrayElem";
    case NodeKind::New: return "New";
    case NodeKind::Instanceof: return "Instanceof";
    case NodeKind::Yield: return "Yield";
    case NodeKind::Coalesce: return "Coalesce";
    case NodeKind::AssignCoalesce: return "AssignCoalesce";
    case NodeKind::Static: return "Static";
    case NodeKind::While: return "While";
    case NodeKind::DoWhile: return "DoWhile";
    case NodeKind::IfElem: return "IfElem";
    case NodeKind::Switch: return "Switch";
    case NodeKind::SwitchCase: return "SwitchCase";
    case NodeKind::Declare: return "Declare";
    case NodeKind::UseTrait: return "UseTrait";
    case NodeKind::TraitPrecedence: return "TraitPrecedence";
    case NodeKind::MethodReference: return "MethodReference";
    case NodeKind::Namespace: return "Namespace";
    case NodeKind::UseElem: return "UseElem";
    case NodeKind::TraitAlias: return "TraitAlias";
    case NodeKind::GroupUse: return "GroupUse";
    case NodeKind::Attribute: return "Attribute";
    case NodeKind::Match: return "Match";
    case NodeKind::MatchArm: return "MatchArm";
    case NodeKind::NamedArg: return "NamedArg";
    case NodeKind::MethodCall: return "MethodCall";
    case NodeKind::NullsafeMethodCall: return "NullsafeMethodCall";
    case NodeKind::StaticCall: return "StaticCall";
    case NodeKind::Conditional: return "Conditional";
    case NodeKind::Try: return "Try";
    case NodeKind::Catch: return "Catch";
    case NodeKind::PropGroup: return "PropGroup";
    case NodeKind::ConstElem: return "ConstElem";
    case NodeKind::ClassConstGroup: return "ClassConstGroup";
    case NodeKind::PropElem: return "PropElem";
    case NodeKind::For: return "For";
    case NodeKind::Foreach: return "Foreach";
    case NodeKind::EnumCase: return "EnumCase";
    case NodeKind::Param: return "Param";
    }
    return "?";
}

namespace {

const char* binary_op_name(uint16_t attr)
{
    static const char* const names[] = {
        "Add", "Sub", "Mul", "Div", "Mod", "Pow", "Concat",
        "ShiftLeft", "ShiftRight", "BitwiseOr", "BitwiseAnd", "BitwiseXor", "BoolXor",
        "IsIdentical", "IsNotIdentical", "IsEqual", "IsNotEqual", "IsSmaller", "IsSmallerOrEqual",
        "Spaceship",
    };
    return attr < std::size(names) ? names[attr] : "?";
}

template <size_t N>
const char* enum_name(const char* const (&names)[N], uint16_t attr)
{
    return attr < N ? names[attr] : "?";
}

// Flags as " [a b c]", nothing when none is set.
std::string flag_words(uint32_t flags, std::initializer_list<std::pair<uint32_t, const char*>> words)
{
    std::string out;
    for (const auto& [bit, word] : words) {
        if (flags & bit) {
            out += out.empty() ? " [" : " ";
            out += word;
            flags &= ~bit;
        }
    }
    if (flags) {
        out += out.empty() ? " [" : " ";
        out += "0x";
        char buffer[16];
        auto result = std::to_chars(buffer, buffer + sizeof buffer, flags, 16);
        out.append(buffer, result.ptr);
    }
    if (!out.empty()) {
        out += "]";
    }
    return out;
}

std::string decl_flag_words(uint32_t flags)
{
    return flag_words(flags, {{DeclPublic, "public"}, {DeclProtected, "protected"},
                              {DeclPrivate, "private"}, {DeclStatic, "static"},
                              {DeclAbstract, "abstract"}, {DeclFinal, "final"},
                              {DeclReadonly, "readonly"}, {DeclReturnsRef, "by-ref"},
                              {DeclInterface, "interface"}, {DeclTrait, "trait"},
                              {DeclEnum, "enum"}, {DeclAnonymous, "anonymous"},
                              {DeclGenerator, "generator"}});
}

std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
                out += buffer;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

std::string zval_text(const Node* node, NodeKind parent)
{
    std::string out;
    switch (node->literal_type) {
    case LiteralType::Long:
        out = std::to_string(node->int_value);
        break;
    case LiteralType::Double: {
        char buffer[64];
        auto result = std::to_chars(buffer, buffer + sizeof buffer, node->double_value);
        out.assign(buffer, result.ptr);
        out += " (double)";
        break;
    }
    case LiteralType::String:
        out = quoted(node->string_value);
        break;
    }
    uint16_t attr = node->attr;
    if (parent == NodeKind::ClosureUses) {
        return out + (attr & BindRef ? " [by-ref]" : "");
    }
    std::string words;
    if (attr & TypeNullable) {
        words += " nullable";
        attr &= ~TypeNullable;
    }
    if (attr == static_cast<uint16_t>(NameKind::FullyQualified)) {
        words += " fq";
    } else if (attr == static_cast<uint16_t>(NameKind::Relative)) {
        words += " relative";
    } else if (attr != 0) {
        words += " attr=" + std::to_string(attr);
    }
    return words.empty() ? out : out + " [" + words.substr(1) + "]";
}

// What follows the kind's name on a node's line.
std::string attr_text(const Node* node)
{
    static const char* const casts[] = {"Null", "Bool", "Long", "Double", "String", "Array", "Object"};
    static const char* const magics[] = {"Line", "File", "Dir", "Class", "Trait", "Method",
                                         "Function", "Namespace"};
    static const char* const includes[] = {"Include", "IncludeOnce", "Require", "RequireOnce", "Eval"};
    static const char* const syntaxes[] = {"Short", "Long", "List"};
    static const char* const unaries[] = {"BitwiseNot", "BoolNot"};
    const uint16_t attr = node->attr;
    switch (node->kind) {
    case NodeKind::BinaryOp:
    case NodeKind::AssignOp:
        return std::string(" ") + binary_op_name(attr);
    case NodeKind::UnaryOp:
        return std::string(" ") + enum_name(unaries, attr);
    case NodeKind::Cast:
        return std::string(" ") + enum_name(casts, attr);
    case NodeKind::MagicConst:
        return std::string(" ") + enum_name(magics, attr);
    case NodeKind::IncludeOrEval:
        return std::string(" ") + enum_name(includes, attr);
    case NodeKind::Array:
        return std::string(" ") + enum_name(syntaxes, attr);
    case NodeKind::Type: {
        uint16_t kind = attr & ~TypeNullable;
        const char* name = kind == static_cast<uint16_t>(TypeKind::Array)      ? "array"
                           : kind == static_cast<uint16_t>(TypeKind::Callable) ? "callable"
                           : kind == static_cast<uint16_t>(TypeKind::Static)   ? "static"
                                                                               : "?";
        return std::string(" ") + name + (attr & TypeNullable ? " [nullable]" : "");
    }
    case NodeKind::ArrayElem:
        return attr ? " [by-ref]" : "";
    case NodeKind::Param:
        return flag_words(attr, {{ParamByRef, "by-ref"}, {ParamVariadic, "variadic"},
                                 {ParamPromotedPublic, "public"},
                                 {ParamPromotedProtected, "protected"},
                                 {ParamPromotedPrivate, "private"},
                                 {ParamPromotedReadonly, "readonly"}});
    case NodeKind::Var:
    case NodeKind::Dim:
        return flag_words(attr, {{EncapsVarDollarCurly, "dollar-curly"},
                                 {node->kind == NodeKind::Dim ? uint32_t{DimAlternativeSyntax}
                                                              : uint32_t{EncapsVarDollarCurlyVarVar},
                                  node->kind == NodeKind::Dim ? "curly-offset" : "dollar-curly-expr"}});
    case NodeKind::Conditional:
        return attr ? " [parenthesized]" : "";
    case NodeKind::Use:
    case NodeKind::UseElem:
    case NodeKind::GroupUse:
        return flag_words(attr, {{SymbolClass, "class"}, {SymbolFunction, "function"},
                                 {SymbolConst, "const"}});
    case NodeKind::PropGroup:
    case NodeKind::ClassConstGroup:
    case NodeKind::TraitAlias:
        return decl_flag_words(attr);
    case NodeKind::FuncDecl:
    case NodeKind::Closure:
    case NodeKind::Method:
    case NodeKind::Class:
    case NodeKind::ArrowFunc:
        return " " + quoted(node->name) + decl_flag_words(node->flags) +
               (node->doc_comment.empty() ? "" : " doc=" + quoted(node->doc_comment));
    default:
        return attr ? " attr=" + std::to_string(attr) : "";
    }
}

void dump_node(std::string& out, const Node* node, NodeKind parent, int depth, bool with_lines)
{
    out.append(static_cast<size_t>(depth) * 2, ' ');
    if (!node) {
        out += "null\n";
        return;
    }
    out += node_kind_name(node->kind);
    if (node->kind == NodeKind::Zval) {
        out += " " + zval_text(node, parent);
    } else {
        out += attr_text(node);
    }
    if (with_lines) {
        out += " @" + std::to_string(node->line);
        switch (node->kind) {
        case NodeKind::FuncDecl:
        case NodeKind::Closure:
        case NodeKind::Method:
        case NodeKind::Class:
        case NodeKind::ArrowFunc:
            out += "-" + std::to_string(node->end_line);
            break;
        default:
            break;
        }
    }
    out += "\n";
    for (const Node* child : node->children) {
        dump_node(out, child, node->kind, depth + 1, with_lines);
    }
}

} // namespace

std::string dump(const Node* node, bool with_lines)
{
    std::string out;
    dump_node(out, node, NodeKind::StmtList, 0, with_lines);
    return out;
}

} // namespace miniphp::parser
