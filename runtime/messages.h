// Messages: every PHP diagnostic text the runtime prints or throws, in one table so
// wording, punctuation and spacing stay byte-exact with php 8.2 (the way LibJS keeps
// its ErrorTypes.h). Each entry names the constant, the kind (an error level such as
// "Warning" or "Deprecated", or the Throwable class that carries the message) and the
// printf-style text as php's zend_error()/zend_throw_error() call spells it.
//
// Use the constants with runtime::format() and the reporting entry points in
// runtime/engine.h:
//
//     warning(msg::NonNumericValue);
//     return throw_error(msg::kind::TypeError,
//                        format(msg::UnsupportedOperandTypes, "string", "+", "int"));
//
// Add new texts here rather than spelling them at the call site; copy the wording
// from php's output (php -n -r '...'), never from memory.
#pragma once

#include <cstddef>

// X(Name, kind, "format")
#define MINIPHP_MESSAGES(X)                                                                  \
    /* Variables and values */                                                               \
    X(UndefinedVariable, "Warning", "Undefined variable $%s")                                \
    X(UndefinedGlobalVariable, "Warning", "Undefined global variable $%s")                   \
    X(ArrayToStringConversion, "Warning", "Array to string conversion")                      \
    X(ObjectToString, "Error", "Object of class %s could not be converted to string")       \
    /* Arithmetic on strings (zendi_try_convert_scalar_to_number, zendi_try_get_long) */    \
    X(NonNumericValue, "Warning", "A non-numeric value encountered")                         \
    X(UnsupportedOperandTypes, "TypeError", "Unsupported operand types: %s %s %s")           \
    X(ImplicitFloatToInt, "Deprecated", "Implicit conversion from float %s to int loses precision") \
    X(ImplicitFloatStringToInt, "Deprecated",                                                \
      "Implicit conversion from float-string \"%s\" to int loses precision")                 \
    /* Arithmetic errors */                                                                  \
    X(DivisionByZero, "DivisionByZeroError", "Division by zero")                             \
    X(ModuloByZero, "DivisionByZeroError", "Modulo by zero")                                 \
    X(ShiftByNegative, "ArithmeticError", "Bit shift by negative number")                    \
    X(BitwiseNotUnsupported, "TypeError", "Cannot perform bitwise not on %s")                \
    X(CannotIncrement, "TypeError", "Cannot increment %s")                                   \
    X(CannotDecrement, "TypeError", "Cannot decrement %s")                                   \
    X(StringSizeOverflow, "Error", "String size overflow")                                   \
    /* Strings as containers */                                                              \
    X(UninitializedStringOffset, "Warning", "Uninitialized string offset %lld")               \
    X(CannotAccessOffsetOnString, "TypeError", "Cannot access offset of type %s on string")  \
    X(IllegalStringOffset, "Warning", "Illegal string offset \"%s\"")                       \
    X(StringOffsetCast, "Warning", "String offset cast occurred")                            \
    X(ArrayOffsetOnScalar, "Warning", "Trying to access array offset on value of type %s")   \
    X(UndefinedArrayKeyInt, "Warning", "Undefined array key %lld")                           \
    X(UndefinedArrayKeyString, "Warning", "Undefined array key \"%s\"")                      \
    X(IllegalOffsetType, "TypeError", "Illegal offset type")                                 \
    X(IllegalOffsetTypeIsset, "TypeError", "Illegal offset type in isset or empty")          \
    X(IllegalOffsetTypeUnset, "TypeError", "Illegal offset type in unset")                   \
    X(ResourceAsOffset, "Warning", "Resource ID#%lld used as offset, casting to integer (%lld)") \
    X(NextElementOccupied, "Error", "Cannot add element to the array as the next element is already occupied") \
    X(ScalarAsArray, "Error", "Cannot use a scalar value as an array")                       \
    X(FalseToArray, "Deprecated", "Automatic conversion of false to array is deprecated")   \
    X(StringOffsetAsArray, "Error", "Cannot use string offset as an array")                  \
    X(AppendToString, "Error", "[] operator not supported for strings")                      \
    X(AssignOpOnStringOffset, "Error", "Cannot use assign-op operators with string offsets") \
    X(IncDecStringOffset, "Error", "Cannot increment/decrement string offsets")              \
    X(UnsetOffsetNonArray, "Error", "Cannot unset offset in a non-array variable")           \
    X(UnsetStringOffsets, "Error", "Cannot unset string offsets")                            \
    X(ForeachNotIterable, "Warning", "foreach() argument must be of type array|object, %s given") \
    X(UnpackNonArray, "Error", "Only arrays and Traversables can be unpacked")              \
    X(CannotPassByReference, "Error", "%s(): Argument #%u ($%s) cannot be passed by reference") \
    X(OnlyVariablesByReference, "Notice", "Only variables should be passed by reference")   \
    X(CannotCreateReferences, "Error", "Cannot create references to/from string offsets")    \
    /* Functions and constants */                                                            \
    X(CallToUndefinedFunction, "Error", "Call to undefined function %s()")                   \
    X(CanOnlyThrowObjects, "Error", "Can only throw objects")                                \
    X(CannotThrowNonThrowable, "Error", "Cannot throw objects that do not implement Throwable") \
    X(UndefinedConstant, "Error", "Undefined constant \"%s\"")                               \
    X(TooFewArguments, "ArgumentCountError",                                                 \
      "Too few arguments to function %s(), %u passed in %s on line %u and %s %u expected")   \
    X(TooFewArgumentsNoCaller, "ArgumentCountError",                                         \
      "Too few arguments to function %s(), %u passed and %s %u expected")                    \
    /* Parameter and return types (zend_verify_arg_error, zend_compile_typename, ...) */  \
    X(ArgumentTypeError, "TypeError",                                                        \
      "%s(): Argument #%u ($%s) must be of type %s, %s given, called in %s on line %u")      \
    X(ArgumentTypeErrorNoCaller, "TypeError", "%s(): Argument #%u ($%s) must be of type %s, %s given") \
    X(ReturnTypeError, "TypeError", "%s(): Return value must be of type %s, %s returned")    \
    X(NeverReturnedImplicitly, "TypeError", "%s(): never-returning %s must not implicitly return") \
    X(TypeDuplicate, "Fatal error", "Duplicate type %s is redundant")                        \
    X(TypeMixedStandalone, "Fatal error", "Type mixed can only be used as a standalone type") \
    X(TypeMixedNullable, "Fatal error",                                                      \
      "Type mixed cannot be marked as nullable since mixed already includes null")           \
    X(TypeNullNullable, "Fatal error", "null cannot be marked as nullable")                  \
    X(TypeVoidStandalone, "Fatal error", "Void can only be used as a standalone type")       \
    X(TypeNeverStandalone, "Fatal error", "never can only be used as a standalone type")     \
    X(TypeTrueAndFalse, "Fatal error", "Type contains both true and false, bool should be used instead") \
    X(TypeObjectAndClass, "Fatal error", "Type %s contains both object and a class type, which is redundant") \
    X(TypeNotInIntersection, "Fatal error", "Type %s cannot be part of an intersection type") \
    X(TypeRedundantWith, "Fatal error", "Type %s is redundant with type %s")                  \
    X(TypeMoreRestrictive, "Fatal error", "Type %s is redundant as it is more restrictive than type %s") \
    X(TypeUnqualified, "Fatal error", "Type declaration '%s' must be unqualified")           \
    X(TypeConfusable, "Warning",                                                             \
      "\"%s\" will be interpreted as a class name. Did you mean \"%s\"? Write \"\\%s\" to suppress this warning") \
    X(TypeNotBuiltin, "Warning",                                                             \
      "\"%s\" is not a supported builtin type and will be interpreted as a class name. Write \"\\%s\" to suppress this warning") \
    X(TypeNoClassScope, "Fatal error", "Cannot use \"%s\" when no class scope is active")    \
    X(TypeNoParent, "Fatal error", "Cannot use \"parent\" when current class scope has no parent") \
    X(OnlyLastVariadic, "Fatal error", "Only the last parameter can be variadic")           \
    X(VariadicDefault, "Fatal error", "Variadic parameter cannot have a default value")       \
    X(VariadicTypeError, "TypeError",                                                        \
      "%s(): Argument #%u must be of type %s, %s given, called in %s on line %u")            \
    X(VariadicTypeErrorNoCaller, "TypeError", "%s(): Argument #%u must be of type %s, %s given") \
    X(VoidParameter, "Fatal error", "void cannot be used as a parameter type")               \
    X(NeverParameter, "Fatal error", "never cannot be used as a parameter type")             \
    X(InvalidParameterDefault, "Fatal error", "Cannot use %s as default value for parameter $%s of type %s") \
    X(VoidReturnsValue, "Fatal error", "A void function must not return a value")            \
    X(VoidReturnsNull, "Fatal error",                                                        \
      "A void function must not return a value (did you mean \"return;\" instead of \"return null;\"?)") \
    X(NeverReturns, "Fatal error", "A never-returning function must not return")             \
    X(MustReturnValue, "Fatal error", "A function with return type must return a value")     \
    X(MustReturnValueNullable, "Fatal error",                                                \
      "A function with return type must return a value (did you mean \"return null;\" instead of \"return;\"?)") \
    X(IncompatibleDeclaration, "Fatal error", "Declaration of %s must be compatible with %s")   \
    X(VoidReturnsByReference, "Deprecated", "Returning by reference from a void function is deprecated") \
    X(CannotRedeclareBuiltin, "Fatal error", "Cannot redeclare %s()")                        \
    X(CannotRedeclare, "Fatal error", "Cannot redeclare %s() (previously declared in %s:%u)") \
    X(StringDollarCurlyDeprecated, "Deprecated", "Using ${var} in strings is deprecated, use {$var} instead") \
    X(StringDollarCurlyVarVarDeprecated, "Deprecated",                                       \
      "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead")  \
    /* Classes and objects */                                                                \
    X(CannotDeclareClass, "Fatal error", "Cannot declare class %s, because the name is already in use") \
    X(ClassNotFound, "Error", "Class \"%s\" not found")                                      \
    X(ParentClassNotFound, "Fatal error", "Class \"%s\" not found")                          \
    X(CannotInstantiateAbstract, "Error", "Cannot instantiate abstract class %s")            \
    X(UsingThisOutsideObject, "Error", "Using $this when not in object context")             \
    X(UndefinedProperty, "Warning", "Undefined property: %s::$%s")                           \
    X(ReadPropertyOnNonObject, "Warning", "Attempt to read property \"%s\" on %s")           \
    X(AssignPropertyOnNonObject, "Error", "Attempt to assign property \"%s\" on %s")         \
    X(ModifyPropertyOnNonObject, "Error", "Attempt to modify property \"%s\" on %s")         \
    X(IncrementPropertyOnNonObject, "Error", "Attempt to increment/decrement property \"%s\" on %s") \
    X(CannotAccessProperty, "Error", "Cannot access %s property %s::$%s")                    \
    X(DynamicPropertyDeprecated, "Deprecated", "Creation of dynamic property %s::$%s is deprecated") \
    X(CallToUndefinedMethod, "Error", "Call to undefined method %s::%s()")                   \
    X(CallToMemberFunctionOnNonObject, "Error", "Call to a member function %s() on %s")      \
    X(CallToPrivateMethod, "Error", "Call to %s method %s::%s() from %s%s")                  \
    X(NonStaticMethodCalledStatically, "Error", "Non-static method %s::%s() cannot be called statically") \
    X(UndefinedClassConstant, "Error", "Undefined constant %s::%s")                          \
    X(CannotAccessSelfOutsideClass, "Error", "Cannot use \"%s\" when no class scope is active") \
    X(CannotAccessParentWithoutParent, "Error", "Cannot use \"parent\" when current class scope has no parent") \
    X(ObjectToInt, "Warning", "Object of class %s could not be converted to %s")             \
    X(CannotReassignThis, "Fatal error", "Cannot re-assign $this")                            \
    /* Class and object builtins, clone */                                                   \
    X(MustBeObjectOrClassName, "TypeError", "must be an object or a valid class name, %s given") \
    X(GetClassOutsideClass, "Error", "get_class() without arguments must be called from within a class") \
    X(GetCalledClassOutsideClass, "Error", "get_called_class() must be called from within a class") \
    X(FuncGetArgsFromGlobalScope, "Error", "func_get_args() cannot be called from the global scope") \
    X(FuncNumArgsFromGlobalScope, "Error", "func_num_args() must be called from a function context") \
    X(CloneNonObject, "Error", "__clone method called on non-object")                        \
    X(CallToPrivateClone, "Error", "Call to %s %s::__clone() from %s%s")                    \
    X(CallToPrivateConstructor, "Error", "Call to %s %s::__construct() from %s%s")          \
    X(CloneUncloneable, "Error", "Trying to clone an uncloneable object of class %s")         \
    X(ReferenceToReadonlyProperty, "Error", "Cannot acquire reference to readonly property %s::$%s") \
    X(CannotCreateDynamicProperty, "Error", "Cannot create dynamic property %s::$%s")          \
    X(ObjectUsedAsArray, "Error", "Cannot use object of type %s as array")                    \
    X(IndirectModificationOfElement, "Notice", "Indirect modification of overloaded element of %s has no effect") \
    X(IndirectModificationOfProperty, "Notice", "Indirect modification of overloaded property %s::$%s has no effect") \
    X(ReferenceToOverloaded, "Error", "Cannot assign by reference to overloaded object")      \
    /* WeakReference and WeakMap (zend_weakrefs.c) */                                        \
    X(WeakReferenceDirect, "Error",                                                          \
      "Direct instantiation of WeakReference is not allowed, use WeakReference::create instead") \
    X(WeakMapAppend, "Error", "Cannot append to WeakMap")                                    \
    X(WeakMapKeyType, "TypeError", "WeakMap key must be an object")                          \
    X(WeakMapMissingKey, "Error", "Object %s#%u not contained in WeakMap")                    \
    X(IteratorByReference, "Error", "An iterator cannot be used with foreach by reference")  \
    X(MagicMethodTakesNoArguments, "Fatal error", "Method %s::%s() cannot take arguments")   \
    X(MagicMethodCannotBeStatic, "Fatal error", "Method %s::%s() cannot be static")          \
    X(MagicMethodNoReturnType, "Fatal error", "Method %s::%s() cannot declare a return type") \
    X(MagicMethodReturnTypeVoid, "Fatal error", "%s::%s(): Return type must be void when declared") \
    /* Compile-time errors (zend_compile.c) */                                               \
    X(BreakNotInLoop, "Fatal error", "'%s' not in the 'loop' or 'switch' context")           \
    X(JumpOutOfFinally, "Fatal error", "jump out of a finally block is disallowed")            \
    X(TryWithoutCatch, "Fatal error", "Cannot use try without catch or finally")              \
    X(BreakNonInteger, "Fatal error", "'%s' operator with non-integer operand is no longer supported") \
    X(BreakNotPositive, "Fatal error", "'%s' operator accepts only positive integers")       \
    X(BreakTooManyLevels, "Fatal error", "Cannot '%s' %lld level%s")                         \
    X(ContinueTargetingSwitch, "Warning", "\"continue\" targeting switch is equivalent to \"break\"") \
    X(ContinueNTargetingSwitch, "Warning",                                                   \
      "\"continue %lld\" targeting switch is equivalent to \"break %lld\"")                  \
    X(DidYouMeanContinue, "Warning", ". Did you mean to use \"continue %lld\"?")             \
    X(OneDefaultClause, "Fatal error", "Switch statements may only contain one default clause") \
    X(OneDefaultArm, "Fatal error", "Match expressions may only contain one default arm")     \
    X(NullsafeInWriteContext, "Fatal error", "Can't use nullsafe operator in write context")  \
    X(ListTargetNotWritable, "Fatal error", "Assignments can only happen to writable values")  \
    X(ReferenceToNullsafeChain, "Fatal error", "Cannot take reference of a nullsafe chain")   \
    X(RedefinitionOfParameter, "Fatal error", "Redefinition of parameter $%s")               \
    X(OptionalBeforeRequired, "Deprecated",                                                  \
      "Optional parameter $%s declared before required parameter $%s is implicitly treated as a required parameter") \
    X(InvalidConstantExpression, "Fatal error", "Constant expression contains invalid operations") \
    X(UnsetCastRemoved, "Fatal error", "The (unset) cast is no longer supported")            \
    X(CannotReadAppend, "Fatal error", "Cannot use [] for reading")                          \
    X(CannotUseThisAsGlobal, "Fatal error", "Cannot use $this as global variable")            \
    X(CannotUseThisAsStatic, "Fatal error", "Cannot use $this as static variable")            \
    X(TemporaryInWriteContext, "Fatal error", "Cannot use temporary expression in write context") \
    X(GlobalsModified, "Fatal error", "$GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax") \
    X(GlobalsReference, "Fatal error", "Cannot acquire reference to $GLOBALS") \
    X(GlobalsAppend, "Fatal error", "Cannot append to $GLOBALS") \
    X(FunctionResultInWriteContext, "Fatal error", "Can't use function return value in write context") \
    X(MethodResultInWriteContext, "Fatal error", "Can't use method return value in write context") \
    X(CannotUseAppendForUnset, "Fatal error", "Cannot use [] for unsetting")                  \
    X(EmptyArrayElement, "Fatal error", "Cannot use empty array elements in arrays")          \
    X(ListOutsideAssignment, "Fatal error", "Cannot use list() as standalone expression")     \
    X(SpreadInDestructuring, "Fatal error", "Spread operator is not supported in assignments") \
    X(MixedListKeys, "Fatal error", "Cannot mix keyed and unkeyed array entries in assignments") \
    X(EmptyList, "Fatal error", "Cannot use empty list")                                      \
    X(KeyCannotBeList, "Fatal error", "Cannot use list as key element")                       \
    X(ReferenceToNonReferenceable, "Fatal error", "Cannot assign reference to non referenceable value") \
    X(KeyByReference, "Fatal error", "Key element cannot be a reference")                     \
    X(CurlyOffsetRemoved, "Fatal error",                                                     \
      "Array and string offset access syntax with curly braces is no longer supported")      \
    X(IssetOnExpression, "Fatal error",                                                      \
      "Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)") \
    X(NestedTernary, "Fatal error",                                                          \
      "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`") \
    X(NestedTernaryShortInner, "Fatal error",                                                \
      "Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`") \
    X(NestedTernaryShortOuter, "Fatal error",                                                \
      "Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`") \
    X(NotSupportedYet, "Fatal error", "%s not supported by miniphp yet")                     \
    X(CompilationStackExhausted, "Fatal error",                                              \
      "Maximum call stack size of %zu bytes reached during compilation. Try splitting expression") \
    X(MemoryExhausted, "Fatal error", "Allowed memory size of %zu bytes exhausted (tried to allocate %zu bytes)") \
    X(PageRoundingOverflow, "Fatal error", "Possible integer overflow in memory allocation (%zu + %zu)") \
    /* Builtins' arguments (zend_parse_parameters and friends) */                            \
    X(WrongArgumentCount, "ArgumentCountError", "%s() expects %s %u argument%s, %u given")   \
    X(ArgumentPrefix, "TypeError", "%s(): Argument #%u%s%s%s ")                                      \
    X(MustBeOfType, "TypeError", "must be of type %s, %s given")                             \
    X(NullArgDeprecated, "Deprecated",                                                       \
      "%s(): Passing null to parameter #%u%s%s%s of type %s is deprecated")                  \
    X(GreaterOrEqualZero, "ValueError", "must be greater than or equal to 0")               \
    X(GreaterThanZero, "ValueError", "must be greater than 0")                               \
    X(LessThan, "ValueError", "must be less than %d")                                        \
    X(AllocationOverflow, "Fatal error", "Possible integer overflow in memory allocation (%zu * %zu + %zu)") \
    X(IntMinByMinusOne, "ArithmeticError", "Division of PHP_INT_MIN by -1 is not an integer") \
    X(MustContainOneElement, "ValueError", "must contain at least one element")              \
    /* php_formatted_print (sprintf and friends) */                                          \
    X(ArgnumOutOfRange, "ValueError", "Argument number specifier must be greater than zero and less than %d") \
    X(MissingPadding, "ValueError", "Missing padding character")                             \
    X(WidthNotInteger, "ValueError", "Width must be an integer")                             \
    X(WidthOutOfRange, "ValueError", "Width must be greater than zero and less than %d")     \
    X(PrecisionNotInteger, "ValueError", "Precision must be an integer")                     \
    X(PrecisionStarOutOfRange, "ValueError", "Precision must be between -1 and %d")          \
    X(PrecisionOutOfRange, "ValueError", "Precision must be greater than zero and less than %d") \
    /* Used as it is, not as a format. */                                                    \
    X(PrecisionMinusOne, "ValueError", "Precision -1 is only supported for %g, %G, %h and %H") \
    X(MissingSpecifier, "ValueError", "Missing format specifier at end of string")           \
    X(UnknownSpecifier, "ValueError", "Unknown format specifier \"%c\"")                     \
    X(ArgumentsRequired, "ArgumentCountError", "%d arguments are required, %d given")        \
    X(ArrayMustContain, "ValueError", "The arguments array must contain %d items, %d given") \
    X(PrecisionTruncated, "Notice",                                                          \
      "%s(): Requested precision of %d digits was truncated to PHP maximum of %d digits")    \
    X(FieldWidthTooLong, "Fatal error", "Field width %zu is too long")

namespace miniphp::runtime::msg {

// The message texts as constants: msg::NonNumericValue, msg::DivisionByZero, ...
#define MINIPHP_MESSAGE_TEXT(name, kind, text) inline constexpr char name[] = text;
MINIPHP_MESSAGES(MINIPHP_MESSAGE_TEXT)
#undef MINIPHP_MESSAGE_TEXT

// Names for the kinds used above, for throw_error()'s class-name argument.
namespace kind {
inline constexpr char Error[] = "Error";
inline constexpr char TypeError[] = "TypeError";
inline constexpr char ArithmeticError[] = "ArithmeticError";
inline constexpr char DivisionByZeroError[] = "DivisionByZeroError";
inline constexpr char ValueError[] = "ValueError";
inline constexpr char ArgumentCountError[] = "ArgumentCountError";
} // namespace kind

// One row of the table, for code that walks all messages (tests, docs).
struct MessageInfo {
    const char* name;
    const char* kind;
    const char* text;
};

#define MINIPHP_MESSAGE_ROW(name, kind, text) MessageInfo{#name, kind, text},
inline constexpr MessageInfo kAllMessages[] = {MINIPHP_MESSAGES(MINIPHP_MESSAGE_ROW)};
#undef MINIPHP_MESSAGE_ROW

inline constexpr size_t kMessageCount = sizeof(kAllMessages) / sizeof(kAllMessages[0]);

} // namespace miniphp::runtime::msg
