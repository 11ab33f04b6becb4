--TEST--
a global released by a later global's destructor is destroyed in the same reverse pass when it comes earlier in the table
--FILE--
<?php
class G {
    public $ref;
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$inner = new G("inner");
$outer = new G("outer");
$outer->ref = $inner;
echo "script end\n";
--EXPECT--
script end
dtor outer
dtor inner
