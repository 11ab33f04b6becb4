// The compiler: turns a parsed file into a vm::Script (bytecode for the main script
// and for every function declared in it), following Zend/zend_compile.c closely
// enough that the observable consequences match php: the numbering of compiled
// variables (which fixes the order locals and globals are destroyed in), the line
// each instruction reports, the evaluation order of operands, early binding of
// top-level functions, and the compile-time errors and warnings php raises.
//
// Compile-time messages follow zend_compile.c's model: the compiler walks the file
// once, in source order (a function's body where its declaration stands), and raises
// each message at the moment it compiles the construct concerned. A warning or
// deprecation is recorded and compilation goes on; a fatal error (a CompileError,
// thrown by FunctionCompiler::error) stops it at once, so only the messages raised
// before it are printed, and nothing runs. Checks that php makes while compiling, such
// as a redeclared top-level function (bound when its body is done), are made here in
// the same place, never after the whole file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "parser/ast.h"
#include "vm/bytecode.h"

namespace miniphp::compiler {

struct CompileMessage {
    std::string level; // "Warning", "Deprecated", "Fatal error"
    std::string message;
    uint32_t line = 0;
};

struct CompileResult {
    std::unique_ptr<vm::Script> script; // null if a fatal error stopped compilation
    // Warnings and deprecations raised while compiling, in order; when compilation
    // failed, the fatal error is the last entry.
    std::vector<CompileMessage> messages;

    bool ok() const { return script != nullptr; }
};

// `file` is the script's name as php prints it in messages (__FILE__).
CompileResult compile(const parser::Ast& ast, const std::string& file);

} // namespace miniphp::compiler
