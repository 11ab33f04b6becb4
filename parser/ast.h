// The abstract syntax tree the parser builds and the compiler walks.
//
// Shaped after PHP 8.2's zend_ast (Zend/zend_ast.h) so that the grammar and the
// compiler can be read beside php-src: the same node kinds, the same children in
// the same order, the same use of `attr`. Where this header says "as zend", the
// child layout is exactly the one Zend/zend_language_parser.y builds for 8.2.
//
// Node kinds fall in four groups:
//   - Zval: a literal leaf (int, float or string; names are string Zvals too);
//   - declarations (FuncDecl, Closure, Method, Class, ArrowFunc): name, flags,
//     start/end line, doc comment and five children;
//   - lists: any number of children;
//   - fixed nodes: a fixed number of children, absent ones are nullptr.
//
// Nodes are owned by their Ast and live until it is destroyed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace miniphp::parser {

enum class NodeKind : uint16_t {
    // Leaves
    Zval,         // literal: see LiteralType
    MagicConst,   // attr: MagicConstKind
    Type,         // attr: TypeKind (array, callable, static, mixed ...)
    ConstantClass,

    // Declarations: child[0..4] as zend
    FuncDecl,     // params(ParamList), uses(null), body(StmtList), return type, attributes
    Closure,      // params, uses(ClosureUses), body, return type, attributes
    Method,       // params, null, body (null if abstract), return type, attributes
    Class,        // extends, implements(NameList), body(StmtList), attributes, enum type
    ArrowFunc,    // params, null, body(Return of expr), return type, attributes

    // Lists
    ArgList,
    Array,        // attr: ArraySyntax
    EncapsList,   // parts of an interpolated string: Zval strings and variables
    ExprList,
    StmtList,
    If,           // IfElem children
    SwitchList,   // SwitchCase children
    CatchList,
    ParamList,
    ClosureUses,
    PropDecl,
    ConstDecl,
    ClassConstDecl,
    NameList,
    TraitAdaptations,
    Use,
    TypeUnion,
    TypeIntersection,
    AttributeList,
    AttributeGroup,
    MatchArmList,
    ModifierList,

    // One child
    Var,          // name: Zval string (without '$') or an expression ($$x)
    Const,        // name: Zval string, attr of the name: NameKind
    Unpack,
    UnaryPlus,
    UnaryMinus,
    Cast,         // attr: CastKind
    Empty,
    Isset,
    Silence,
    ShellExec,
    Clone,
    Exit,         // expr or null
    Print,
    IncludeOrEval,// attr: IncludeKind
    UnaryOp,      // attr: UnaryOpKind
    PreInc,
    PreDec,
    PostInc,
    PostDec,
    YieldFrom,
    ClassName,
    Global,
    Unset,
    Return,       // expr or null
    Label,
    Ref,
    HaltCompiler,
    Echo,
    Throw,
    Goto,
    Break,        // depth expr or null
    Continue,     // depth expr or null

    // Two children
    Dim,          // container, offset (null for $a[])
    Prop,
    NullsafeProp,
    StaticProp,
    Call,         // name (Zval string or expr), ArgList
    ClassConst,
    Assign,       // var, expr
    AssignRef,
    AssignOp,     // var, expr; attr: BinaryOpKind
    BinaryOp,     // left, right; attr: BinaryOpKind
    Greater,      // left, right (compiled as IsSmaller with operands swapped)
    GreaterEqual,
    And,          // && and 'and'
    Or,           // || and 'or'
    ArrayElem,    // value, key (or null); attr 1 = by reference
    New,
    Instanceof,
    Yield,
    Coalesce,
    AssignCoalesce,
    Static,
    While,        // cond, stmt
    DoWhile,      // stmt, cond
    IfElem,       // cond (null for else), stmt
    Switch,       // subject, SwitchList
    SwitchCase,   // cond (null for default), StmtList
    Declare,
    UseTrait,
    TraitPrecedence,
    MethodReference,
    Namespace,
    UseElem,
    TraitAlias,
    GroupUse,
    Attribute,
    Match,
    MatchArm,
    NamedArg,

    // Three children
    MethodCall,
    NullsafeMethodCall,
    StaticCall,
    Conditional,  // cond, then (null for ?:), else
    Try,
    Catch,
    PropGroup,
    ConstElem,
    ClassConstGroup,
    PropElem,

    // Four children
    For,          // init ExprList|null, cond ExprList|null, step ExprList|null, stmt
    Foreach,
    EnumCase,

    // Parameters: type, name (Zval string), default, attributes, doc comment;
    // attr: ParamFlags
    Param,
};

enum class LiteralType : uint8_t { Long, Double, String };

// Operators shared by BinaryOp and AssignOp.
enum class BinaryOpKind : uint16_t {
    Add, Sub, Mul, Div, Mod, Pow, Concat,
    ShiftLeft, ShiftRight, BitwiseOr, BitwiseAnd, BitwiseXor, BoolXor,
    IsIdentical, IsNotIdentical, IsEqual, IsNotEqual, IsSmaller, IsSmallerOrEqual,
    Spaceship,
};

enum class UnaryOpKind : uint16_t { BitwiseNot, BoolNot };

// (unset) is Null; (integer)/(int) Long; (float)/(double)/(real) Double; ...
enum class CastKind : uint16_t { Null, Bool, Long, Double, String, Array, Object };

enum class MagicConstKind : uint16_t { Line, File, Dir, Class, Trait, Method, Function, Namespace };

// attr of a name Zval (function, constant and class names).
enum class NameKind : uint16_t { NotFullyQualified, FullyQualified, Relative };

enum class IncludeKind : uint16_t { Include, IncludeOnce, Require, RequireOnce, Eval };

enum class ArraySyntax : uint16_t { Short, Long, List };

// Param attr bits and declaration flags (subset of zend's ZEND_ACC_* / ZEND_PARAM_*).
enum ParamFlags : uint16_t { ParamByRef = 1, ParamVariadic = 2, ParamPromotedPublic = 4,
                             ParamPromotedProtected = 8, ParamPromotedPrivate = 16,
                             ParamPromotedReadonly = 32 };
enum DeclFlags : uint32_t { DeclReturnsRef = 1, DeclStatic = 2, DeclAbstract = 4, DeclFinal = 8,
                            DeclPublic = 16, DeclProtected = 32, DeclPrivate = 64,
                            DeclReadonly = 128, DeclInterface = 256, DeclTrait = 512,
                            DeclEnum = 1024, DeclAnonymous = 2048 };

struct Node {
    NodeKind kind;
    uint16_t attr = 0;
    uint32_t line = 0;
    std::vector<Node*> children;

    // Zval leaves.
    LiteralType literal_type = LiteralType::Long;
    int64_t int_value = 0;
    double double_value = 0.0;
    std::string string_value;

    // Declarations.
    std::string name;
    std::string doc_comment;
    uint32_t flags = 0;
    uint32_t end_line = 0;

    Node* child(size_t i) const { return i < children.size() ? children[i] : nullptr; }
    size_t size() const { return children.size(); }
};

class Ast {
public:
    Node* make(NodeKind kind, uint32_t line, std::vector<Node*> children = {}, uint16_t attr = 0);
    Node* make_long(int64_t value, uint32_t line);
    Node* make_double(double value, uint32_t line);
    Node* make_string(std::string value, uint32_t line);

    Node* root = nullptr; // StmtList of the whole file
    size_t node_count() const { return m_nodes.size(); }

private:
    std::vector<std::unique_ptr<Node>> m_nodes;
};

// A readable S-expression of the tree, one node per line (for tests and --dump-ast).
std::string dump(const Node* node);
const char* node_kind_name(NodeKind kind);

} // namespace miniphp::parser
