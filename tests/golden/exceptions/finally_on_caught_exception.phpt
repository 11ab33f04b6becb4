--TEST--
finally runs after the catch block that handled the exception
--FILE--
<?php
try {
    echo "try\n";
    throw new Exception("x");
    echo "not reached\n";
} catch (Exception $e) {
    echo "catch ", $e->getMessage(), "\n";
} finally {
    echo "finally\n";
}
echo "after\n";
--EXPECT--
try
catch x
finally
after
