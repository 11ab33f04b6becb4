--TEST--
a 'new' expression used as a statement is destroyed immediately
--FILE--
<?php
class Temp {
    public function __construct(public int $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
echo "start\n";
new Temp(1);
echo "between\n";
new Temp(2);
echo "end\n";
--EXPECT--
start
ctor 1
dtor 1
between
ctor 2
dtor 2
end
