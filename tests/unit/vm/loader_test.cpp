// The loader's executable form: operands as byte offsets, literals behind the code,
// handlers picked, and how many receives a call may skip.
#include "vm/loader.h"

#include <gtest/gtest.h>

#include "vm/frame.h"
#include "vm/handler_shapes.h"
#include "vm/handlers/operands.h"

using namespace miniphp::vm;
using miniphp::runtime::Value;

namespace {

Instruction make(Opcode op, OperandKind k1, uint32_t op1, OperandKind k2, uint32_t op2, OperandKind kr = OperandKind::Unused,
                 uint32_t result = 0)
{
    Instruction ins;
    ins.opcode = op;
    ins.op1_kind = k1;
    ins.op1 = op1;
    ins.op2_kind = k2;
    ins.op2 = op2;
    ins.result_kind = kr;
    ins.result = result;
    return ins;
}

} // namespace

TEST(Loader, OperandsBecomeOffsets)
{
    Function f;
    f.cv_names = {"a"};
    f.num_cv_slots = 1;
    f.num_tmps = 1;
    f.literals = {Value::integer(7), Value::integer(8)};
    f.code = {
        make(Opcode::Add, OperandKind::Cv, 0, OperandKind::Const, 1, OperandKind::Tmp, 1),
        make(Opcode::JmpNZ, OperandKind::Tmp, 1, OperandKind::Unused, 0),
        make(Opcode::Return, OperandKind::Unused, 0, OperandKind::Unused, 0),
    };
    load(f);
    ASSERT_EQ(f.executable.size(), 3u);
    const Instruction* add = f.executable.code();
    EXPECT_EQ(add->op1, slot_offset(0));
    EXPECT_EQ(add->result, slot_offset(1));
    EXPECT_EQ(literal_at(add, add->op2).as_long(), 8);
    EXPECT_EQ(add->handler, find_handler(Opcode::Add, spec_for(f.code[0])));
    const Instruction* jump = add + 1;
    EXPECT_EQ(jump_target(jump, jump->op2), add); // backwards
    EXPECT_EQ(f.frame_size, slot_offset(2));
}

TEST(Loader, SkippableReceivesAreTheLeadingOneInstructionReceives)
{
    Function f;
    f.cv_names = {"a", "b", "c"};
    f.num_cv_slots = 3;
    f.num_params = 3;
    f.literals = {Value::integer(1)};
    f.code = {
        make(Opcode::Recv, OperandKind::Unused, 0, OperandKind::Unused, 0, OperandKind::Cv, 0),
        make(Opcode::RecvInit, OperandKind::Unused, 1, OperandKind::Const, 0, OperandKind::Cv, 1),
        make(Opcode::RecvDefault, OperandKind::Unused, 2, OperandKind::Unused, 3, OperandKind::Cv, 2),
        make(Opcode::Return, OperandKind::Unused, 0, OperandKind::Unused, 0),
    };
    f.default_cache.resize(1);
    load(f);
    EXPECT_EQ(f.recv_prefix, 2u);
    // A passed argument's slot is its parameter's.
    Instruction send = make(Opcode::SendValue, OperandKind::Const, 0, OperandKind::Unused, 2);
    Function caller;
    caller.literals = {Value::integer(1)};
    caller.code = {send, make(Opcode::Return, OperandKind::Unused, 0, OperandKind::Unused, 0)};
    load(caller);
    EXPECT_EQ(caller.executable.code()->op2, slot_offset(2));
}

// A typed parameter's receive checks a passed argument too, so no call skips it or
// anything after it; the untyped ones before it still cost nothing.
TEST(Loader, TypedReceivesAreNotSkipped)
{
    Function f;
    f.cv_names = {"a", "b", "c"};
    f.num_cv_slots = 3;
    f.num_params = 3;
    f.code = {
        make(Opcode::Recv, OperandKind::Unused, 0, OperandKind::Unused, 0, OperandKind::Cv, 0),
        make(Opcode::RecvTyped, OperandKind::Unused, 1, OperandKind::Unused, 0, OperandKind::Cv, 1),
        make(Opcode::Recv, OperandKind::Unused, 2, OperandKind::Unused, 0, OperandKind::Cv, 2),
        make(Opcode::Return, OperandKind::Unused, 0, OperandKind::Unused, 0),
    };
    f.code[1].extended = miniphp::runtime::TypeBit::Long;
    load(f);
    EXPECT_EQ(f.recv_prefix, 1u);
    EXPECT_EQ(f.executable.code()[1].extended, miniphp::runtime::TypeBit::Long); // the quick mask stays
}
