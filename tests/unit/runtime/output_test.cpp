#include "runtime/output.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <unistd.h>

using miniphp::runtime::Output;

// Regression: printing into a pipe whose reader had gone (`miniphp x.php | head -1`)
// killed miniphp with SIGPIPE, and a closed stdout was ignored (exit status 0, an
// endless printing loop never stopped). php's CLI ignores SIGPIPE and ends with
// status 255 at the first failed write; cli/main.cpp ignores SIGPIPE as php does.
TEST(OutputDeathTest, FailedWriteEndsTheProcessWithStatus255)
{
    EXPECT_EXIT(
        {
            std::signal(SIGPIPE, SIG_IGN);
            int fds[2];
            if (::pipe(fds) != 0)
                std::_Exit(1);
            ::close(fds[0]);
            ::dup2(fds[1], 1);
            Output::instance().write("lost");
            Output::instance().flush();
            std::_Exit(0);
        },
        ::testing::ExitedWithCode(255), "");
}
