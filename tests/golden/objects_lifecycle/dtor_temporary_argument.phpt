--TEST--
an object created as a function argument is destroyed when the callee returns
--FILE--
<?php
class Msg {
    public function __construct(public string $t) { echo "ctor {$this->t}\n"; }
    public function __destruct() { echo "dtor {$this->t}\n"; }
}
function show(Msg $m) {
    echo "showing {$m->t}\n";
    return strlen($m->t);
}
$len = show(new Msg("hello"));
echo "len $len\n";
--EXPECT--
ctor hello
showing hello
dtor hello
len 5
