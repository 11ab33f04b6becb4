--TEST--
an exception thrown by a destructor during unset() is caught by a surrounding try/catch
--FILE--
<?php
class Bomb {
    public function __destruct() { echo "bomb destructor\n"; throw new Exception("boom"); }
}
$b = new Bomb;
try {
    unset($b);
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
var_dump(isset($b));
echo "end\n";
--EXPECT--
bomb destructor
caught: boom
bool(false)
end
