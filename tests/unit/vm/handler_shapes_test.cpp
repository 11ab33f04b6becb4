// Handler specialisation: every Spec an opcode's shape lists has a handler, and the
// loader's choice follows what it knows about an instruction.
#include "vm/handler_shapes.h"

#include <gtest/gtest.h>

using namespace miniphp::vm;

namespace {

Instruction make(Opcode op, OperandKind k1, OperandKind k2, OperandKind result = OperandKind::Tmp,
                 uint32_t extended = 0)
{
    Instruction ins;
    ins.opcode = op;
    ins.op1_kind = k1;
    ins.op2_kind = k2;
    ins.result_kind = result;
    ins.extended = extended;
    return ins;
}

} // namespace

TEST(HandlerShapes, EveryOpcodeHasAHandler)
{
    HandlerTable table = handler_table();
    ASSERT_GT(table.count, kOpcodeCount);
    for (size_t op = 0; op < kOpcodeCount; ++op) {
        bool found = false;
        for (size_t i = 0; i < table.count; ++i)
            found = found || table.entries[i].opcode == static_cast<Opcode>(op);
        EXPECT_TRUE(found) << opcode_name(static_cast<Opcode>(op));
    }
}

TEST(HandlerShapes, OperandKindsPickDistinctHandlers)
{
    Instruction cv_const = make(Opcode::Add, OperandKind::Cv, OperandKind::Const);
    Instruction tmp_cv = make(Opcode::Add, OperandKind::Tmp, OperandKind::Cv);
    const void* a = find_handler(Opcode::Add, spec_for(cv_const));
    const void* b = find_handler(Opcode::Add, spec_for(tmp_cv));
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    EXPECT_NE(a, b);
    EXPECT_EQ(handler_name(cv_const), "Add_Cv_Const");
    EXPECT_EQ(handler_name(make(Opcode::Add, OperandKind::Tmp, OperandKind::Const, OperandKind::Cv)),
              "Add_Tmp_Const_ToCv");
}

TEST(HandlerShapes, SmartBranchesPickFusedComparisons)
{
    EXPECT_EQ(handler_name(make(Opcode::IsSmaller, OperandKind::Cv, OperandKind::Cv, OperandKind::Tmp,
                                kSmartBranchJmpNZ)),
              "IsSmaller_Cv_Cv_JmpNZ");
    EXPECT_EQ(handler_name(make(Opcode::IsEqual, OperandKind::Cv, OperandKind::Const, OperandKind::Tmp,
                                kSmartBranchJmpZ)),
              "IsEqual_Cv_Const_JmpZ");
    EXPECT_EQ(handler_name(make(Opcode::IsEqual, OperandKind::Cv, OperandKind::Const)), "IsEqual_Cv_Const");
}

TEST(HandlerShapes, CompoundAssignmentsAreSpecialisedByOperator)
{
    Instruction add = make(Opcode::AssignOp, OperandKind::Cv, OperandKind::Const, OperandKind::Unused,
                           static_cast<uint32_t>(Opcode::Add));
    Instruction concat = make(Opcode::AssignOp, OperandKind::Cv, OperandKind::Const, OperandKind::Tmp,
                              static_cast<uint32_t>(Opcode::Concat));
    EXPECT_EQ(handler_name(add), "AssignOp_Const_Add");
    EXPECT_EQ(handler_name(concat), "AssignOp_Const_Concat_Used");
    EXPECT_NE(find_handler(Opcode::AssignOp, spec_for(add)), find_handler(Opcode::AssignOp, spec_for(concat)));
    for (Opcode op : kAssignOperators) {
        Instruction ins = make(Opcode::AssignOp, OperandKind::Cv, OperandKind::Tmp, OperandKind::Unused,
                               static_cast<uint32_t>(op));
        EXPECT_NE(find_handler(Opcode::AssignOp, spec_for(ins)), nullptr) << opcode_name(op);
    }
}

TEST(HandlerShapes, UnusedResultsAndGenericOpcodes)
{
    EXPECT_EQ(handler_name(make(Opcode::PreInc, OperandKind::Cv, OperandKind::Unused, OperandKind::Unused)),
              "PreInc");
    EXPECT_EQ(handler_name(make(Opcode::PreInc, OperandKind::Cv, OperandKind::Unused, OperandKind::Tmp)),
              "PreInc_Used");
    EXPECT_EQ(handler_name(make(Opcode::Return, OperandKind::Unused, OperandKind::Unused, OperandKind::Unused)),
              "Return_Unused");
    EXPECT_EQ(handler_name(make(Opcode::Jmp, OperandKind::Unused, OperandKind::Unused, OperandKind::Unused)), "Jmp");
}
