--TEST--
nested finally blocks run innermost first during a return
--FILE--
<?php
function f() {
    try {
        try {
            try {
                return "r";
            } finally {
                echo "finally 3\n";
            }
        } finally {
            echo "finally 2\n";
        }
    } finally {
        echo "finally 1\n";
    }
}
echo f(), "\n";
--EXPECT--
finally 3
finally 2
finally 1
r
