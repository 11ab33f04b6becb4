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
    Type,         // attr: TypeKind (array, callable, static), maybe | TypeNullable;
                  // other types (int, ?Foo, mixed ...) are name Zvals
    ConstantClass,
    CallableConvert, // the `(...)` of a first-class callable, in place of an ArgList

    // Declarations: child[0..4] as zend. Node::name, flags (DeclFlags), line (start),
    // end_line; doc_comment is the text of a /** */ comment just before, if any.
    FuncDecl,     // params(ParamList), uses(null), body(StmtList), return type, attributes
    Closure,      // params, uses(ClosureUses of Zval names, attr BindRef) or null, body,
                  // return type, attributes; name "{closure}"
    Method,       // params, null, body (null if abstract), return type, attributes
    Class,        // extends, implements(NameList), body(StmtList), attributes, enum type;
                  // name "" when DeclAnonymous
    ArrowFunc,    // params, null, body(Return of expr), return type, attributes

    // Lists
    ArgList,      // expressions, Unpack, NamedArg
    Array,        // attr: ArraySyntax; ArrayElem, Unpack or null (an empty `[, $b]` slot)
    EncapsList,   // parts of an interpolated string: Zval strings and variables
    ExprList,
    StmtList,     // statements; a nested StmtList for `{...}`, `echo a, b;`,
                  // `global`, `static` and `unset(...)`; null for an empty `;`
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
    Var,          // name: Zval string (without '$') or an expression ($$x);
                  // attr EncapsVarDollarCurly* for "${...}" in strings
    Const,        // name: Zval string, attr of the name: NameKind
    Unpack,
    UnaryPlus,
    UnaryMinus,
    Cast,         // attr: CastKind
    Empty,
    Isset,        // one variable; isset($a, $b) is And(Isset, Isset)
    Silence,
    ShellExec,    // Zval string or EncapsList
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
    ClassName,    // class (Foo::class, static::class, $obj::class)
    Global,       // Var (in a StmtList of `global $a, $b;`)
    Unset,        // variable (in a StmtList of `unset($a, $b);`)
    Return,       // expr or null
    Label,        // name Zval
    Ref,          // variable (foreach by reference)
    HaltCompiler, // Zval long: byte offset of the data after `__halt_compiler();`
    Echo,         // expr (also inline HTML: a Zval string)
    Throw,
    Goto,         // label name Zval
    Break,        // depth expr or null
    Continue,     // depth expr or null

    // Two children
    Dim,          // container, offset (null for $a[]); attr DimAlternativeSyntax for
                  // $a{1}, EncapsVarDollarCurly for "${a[1]}"
    Prop,         // object, name (Zval string or expr)
    NullsafeProp,
    StaticProp,   // class, name (Zval string without '$', or expr)
    Call,         // name (Zval string or expr), ArgList or CallableConvert
    ClassConst,   // class (name Zval or expr), constant name Zval; Foo::class is ClassName
    Assign,       // var, expr
    AssignRef,    // var, var
    AssignOp,     // var, expr; attr: BinaryOpKind
    BinaryOp,     // left, right; attr: BinaryOpKind
    Greater,      // left, right (compiled as IsSmaller with operands swapped)
    GreaterEqual,
    And,          // && and 'and'
    Or,           // || and 'or'
    ArrayElem,    // value, key (or null); attr 1 = by reference
    New,          // class (name Zval, expr, or a Class decl for new class {...}), ArgList
    Instanceof,   // expr, class
    Yield,        // value or null, key or null
    Coalesce,
    AssignCoalesce,
    Static,       // name Zval, default or null (in a StmtList of `static $a, $b;`)
    While,        // cond, stmt
    DoWhile,      // stmt, cond
    IfElem,       // cond (null for else), stmt
    Switch,       // subject, SwitchList
    SwitchCase,   // cond (null for default), StmtList
    Declare,      // ConstDecl, stmt (null for `declare(...);`)
    UseTrait,     // NameList, TraitAdaptations or null
    TraitPrecedence, // MethodReference, NameList
    MethodReference, // class or null, method Zval
    Namespace,    // name or null, StmtList or null (`namespace A;`)
    UseElem,      // name Zval, alias Zval or null; attr UseSymbol inside a group
    TraitAlias,   // MethodReference, alias or null; attr modifier (DeclFlags)
    GroupUse,     // prefix, Use; attr UseSymbol
    Attribute,    // class name, ArgList or null
    Match,        // subject, MatchArmList
    MatchArm,     // ExprList of conditions (null for default), expr
    NamedArg,     // name Zval, expr

    // Three children
    MethodCall,   // object, method (Zval or expr), ArgList|CallableConvert
    NullsafeMethodCall,
    StaticCall,   // class, method (Zval or expr), ArgList|CallableConvert
    Conditional,  // cond, then (null for ?:), else; attr ParenthesizedConditional
    Try,          // StmtList, CatchList, finally StmtList or null
    Catch,        // NameList, variable name Zval or null, StmtList
    PropGroup,    // type or null, PropDecl of PropElem, attributes; attr modifiers
    ConstElem,    // name Zval, expr, doc comment Zval or null
    ClassConstGroup, // ClassConstDecl of ConstElem, attributes, type (always null in
                  // 8.2: typed constants are 8.3); attr modifiers
    PropElem,     // name Zval, default or null, doc comment Zval or null

    // Four children
    For,          // init ExprList|null, cond ExprList|null, step ExprList|null, stmt
    Foreach,      // expr, value, key or null, stmt
    EnumCase,     // name Zval, value or null, doc comment Zval or null, attributes

    // Parameters: type, name (Zval string), default, attributes, doc comment;
    // attr: ParamFlags
    Param,
};

enum class LiteralType : uint8_t { Long, Double, String };

// attr of Type nodes (other types are names, resolved by the compiler).
enum class TypeKind : uint16_t { Array = 1, Callable = 2, Static = 3 };

// attr bits, as zend's ZEND_TYPE_NULLABLE, ZEND_DIM_ALTERNATIVE_SYNTAX, ...
enum AttrFlags : uint16_t {
    TypeNullable = 0x100,            // a Type or type name written `?T`
    DimAlternativeSyntax = 2,        // Dim written $a{1} (an error in PHP 8)
    EncapsVarDollarCurly = 1,        // "${name}" / "${name[expr]}" (deprecated in 8.2)
    EncapsVarDollarCurlyVarVar = 2,  // "${expr}" (deprecated in 8.2)
    BindRef = 1,                     // closure use (&$x): on the Zval name
    ParenthesizedConditional = 1,    // Conditional written inside parentheses
};

// attr of Use / UseElem / GroupUse: which symbol table a `use` imports into.
enum UseSymbol : uint16_t { SymbolClass = 1, SymbolFunction = 2, SymbolConst = 4 };

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
                            DeclEnum = 1024, DeclAnonymous = 2048,
                            // the body contains yield (set by the parser, as zend's
                            // ZEND_ACC_GENERATOR through CG(extra_fn_flags))
                            DeclGenerator = 4096 };
// Modifier sets (PropGroup, ClassConstGroup, TraitAlias attr; Method flags) use the
// DeclPublic..DeclReadonly bits; methods and class constants without a visibility get
// DeclPublic, as zend does.

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
// With `with_lines`, each node also shows its line (and a declaration its end line).
std::string dump(const Node* node, bool with_lines = false);
const char* node_kind_name(NodeKind kind);

} // namespace miniphp::parser
