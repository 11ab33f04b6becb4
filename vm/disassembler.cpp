#include <cstdio>
#include <string>
#include <string_view>

#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/array.h"
#include "vm/bytecode.h"
#include "vm/handler_shapes.h"

namespace miniphp::vm {

namespace {

constexpr const char* kOpcodeNames[] = {
#define MINIPHP_OPCODE(name, op1, op2, result, shape, meaning) #name,
#include "vm/opcodes.def"
#undef MINIPHP_OPCODE
};

constexpr bool kOp1IsJump[] = {
#define MINIPHP_OPCODE(name, op1, op2, result, shape, meaning) std::string_view(#op1) == "Jump",
#include "vm/opcodes.def"
#undef MINIPHP_OPCODE
};
constexpr bool kOp2IsJump[] = {
#define MINIPHP_OPCODE(name, op1, op2, result, shape, meaning) std::string_view(#op2) == "Jump",
#include "vm/opcodes.def"
#undef MINIPHP_OPCODE
};

std::string literal_text(const runtime::Value& v)
{
    if (v.is_string()) {
        std::string text = "\"";
        for (char c : v.as_string()->view()) {
            if (c == '\n')
                text += "\\n";
            else if (c == '"' || c == '\\')
                text += std::string("\\") + c;
            else
                text += c;
        }
        return text + "\"";
    }
    if (v.is_null())
        return "null";
    if (v.is_bool())
        return v.is_true() ? "true" : "false";
    if (v.is_double())
        return runtime::format_double_repr(v.as_double());
    if (v.is_array())
        return "array(" + std::to_string(v.as_array()->size()) + ")";
    return std::to_string(v.as_long());
}

std::string operand_text(const Function& function, OperandKind kind, uint32_t index)
{
    switch (kind) {
    case OperandKind::Unused:
    case OperandKind::Any: return "";
    case OperandKind::Const: return literal_text(function.literals[index]);
    case OperandKind::Cv: return "$" + function.cv_names[index];
    case OperandKind::Tmp: return "T" + std::to_string(index);
    }
    return "";
}

// Operands that hold plain numbers or jump targets, by opcode.
bool op1_is_number(Opcode op)
{
    return op == Opcode::Jmp || op == Opcode::DeclareFunction || op == Opcode::Recv || op == Opcode::RecvInit ||
           op == Opcode::RecvDefault || op == Opcode::RecvTyped || op == Opcode::RecvInitTyped ||
           op == Opcode::VerifyParam || op == Opcode::RecvVariadic;
}
bool op2_is_number(Opcode op)
{
    switch (op) {
    case Opcode::JmpZ:
    case Opcode::JmpNZ:
    case Opcode::JmpZEx:
    case Opcode::JmpNZEx:
    case Opcode::JmpSet:
    case Opcode::Coalesce:
    case Opcode::SwitchLong:
    case Opcode::SwitchString:
    case Opcode::SendValue:
    case Opcode::SendVariable:
    case Opcode::RecvDefault:
    case Opcode::StoreDefault:
    case Opcode::Cast: return true;
    default: return false;
    }
}

} // namespace

const char* opcode_name(Opcode op) { return kOpcodeNames[static_cast<size_t>(op)]; }
bool op1_is_jump(Opcode op) { return kOp1IsJump[static_cast<size_t>(op)]; }
bool op2_is_jump(Opcode op) { return kOp2IsJump[static_cast<size_t>(op)]; }

std::string disassemble(const Function& function)
{
    std::string out = function.name.empty() ? "main" : function.class_name.empty() ? function.name : function.class_name + "::" + function.name;
    out += ": " + std::to_string(function.num_cvs()) + " CVs, " + std::to_string(function.num_tmps) + " Tmps\n";
    for (size_t i = 0; i < function.code.size(); ++i) {
        const Instruction& ins = function.code[i];
        char head[32];
        std::snprintf(head, sizeof head, "%04zu L%-4u ", i, ins.line);
        out += head;
        if (ins.result_kind != OperandKind::Unused)
            out += operand_text(function, ins.result_kind, ins.result) + " = ";
        out += opcode_name(ins.opcode);
        if (ins.opcode == Opcode::CallBuiltin)
            (out += ' ') += function.builtins[ins.extended]->name;
        std::string op1 = op1_is_number(ins.opcode) ? std::to_string(ins.op1)
                                                    : operand_text(function, ins.op1_kind, ins.op1);
        std::string op2 = op2_is_number(ins.opcode) ? std::to_string(ins.op2)
                                                    : operand_text(function, ins.op2_kind, ins.op2);
        if (!op1.empty())
            out += " " + op1;
        if (!op2.empty())
            out += ", " + op2;
        if (ins.extended != 0 && ins.opcode != Opcode::CallBuiltin)
            out += " [" + std::to_string(ins.extended) + "]";
        // The specialised handler the loader picks (or picked) for it.
        out += "  ; " + handler_name(ins);
        out += "\n";
    }
    return out;
}

} // namespace miniphp::vm
