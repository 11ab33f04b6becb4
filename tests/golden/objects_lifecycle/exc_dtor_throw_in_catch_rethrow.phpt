--TEST--
a destructor exception caught inside the destructor does not escape
--FILE--
<?php
class Careful {
    public function __destruct() {
        try {
            throw new Exception("inner");
        } catch (Exception $e) {
            echo "handled inside destructor: ", $e->getMessage(), "\n";
        }
    }
}
$c = new Careful;
unset($c);
echo "script continues\n";
--EXPECT--
handled inside destructor: inner
script continues
