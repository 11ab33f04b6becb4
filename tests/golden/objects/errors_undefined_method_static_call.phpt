--TEST--
Calling an undefined static method is an Error naming the class.
--FILE--
<?php
class Tool {
    public static function exists() { return 'yes'; }
}
echo Tool::exists(), "\n";
try {
    Tool::doesNotExist();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    Undefined::method();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
yes
Call to undefined method Tool::doesNotExist()
Class "Undefined" not found
