--TEST--
a returned object that the caller ignores is destroyed right after the call statement
--FILE--
<?php
class Ret {
    public function __construct(public int $i) { echo "ctor {$this->i}\n"; }
    public function __destruct() { echo "dtor {$this->i}\n"; }
}
function give(int $i) { return new Ret($i); }
give(1);
echo "after first call\n";
give(2)->i;
echo "after second call\n";
echo give(3)->i, "\n";
echo "after third call\n";
--EXPECT--
ctor 1
dtor 1
after first call
ctor 2
dtor 2
after second call
ctor 3
dtor 3
3
after third call
