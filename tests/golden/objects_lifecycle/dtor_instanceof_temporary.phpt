--TEST--
a temporary tested with instanceof is destroyed before the result is used
--FILE--
<?php
class T {
    public function __construct() { echo "ctor\n"; }
    public function __destruct() { echo "dtor\n"; }
}
$r = (new T) instanceof T;
echo "result: ", var_export($r, true), "\n";
if (new T instanceof T) { echo "inside if\n"; }
echo "end\n";
--EXPECT--
ctor
dtor
result: true
ctor
dtor
inside if
end
