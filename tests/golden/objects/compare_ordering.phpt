--TEST--
< and > compare same-class objects property by property in declaration order.
--FILE--
<?php
class V {
    public function __construct(public $a, public $b) {}
}
var_dump(new V(1, 5) < new V(2, 0));
var_dump(new V(1, 5) < new V(1, 6));
var_dump(new V(2, 0) > new V(1, 9));
var_dump(new V(1, 1) <=> new V(1, 1));
var_dump(new V(3, 1) <=> new V(1, 1));
var_dump(new V(1, 1) <= new V(1, 1));
--EXPECT--
bool(true)
bool(true)
bool(true)
int(0)
int(1)
bool(true)
