--TEST--
unset() of a 'global' variable inside a function removes only the local binding, not the object
--FILE--
<?php
class G {
    public function __construct() { echo "ctor\n"; }
    public function __destruct() { echo "dtor\n"; }
}
function f() {
    global $g;
    unset($g);
    echo "local binding removed\n";
}
$g = new G;
f();
echo "main still has it: ", get_class($g), "\n";
$g = null;
echo "end\n";
--EXPECT--
ctor
local binding removed
main still has it: G
dtor
end
