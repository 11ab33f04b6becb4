--TEST--
an arrow function captures the object by value and keeps it alive
--FILE--
<?php
class V {
    public function __construct(public int $x) { echo "ctor\n"; }
    public function __destruct() { echo "dtor\n"; }
}
$v = new V(7);
$get = fn() => $v->x;
$v = null;
echo "value ", $get(), "\n";
$get = null;
echo "end\n";
--EXPECT--
ctor
value 7
dtor
end
