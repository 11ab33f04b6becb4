--TEST--
-d zend.enable_gc=0 then gc_enable(): the buffer exists from then on (threshold 10001); earlier cycles are not roots
--INI--
zend.enable_gc=0
--FILE--
<?php
class N { public $s; function __construct(public $n) {} function __destruct() { echo "~{$this->n}\n"; } }
$a = new N('before'); $a->s = $a; unset($a);
gc_enable();
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
print_r(gc_status());
var_dump(gc_collect_cycles());
$b = new N('after'); $b->s = $b; unset($b);
var_dump(gc_status()['roots'], gc_collect_cycles());
echo "end\n";
--EXPECT--
bool(true)
string(1) "1"
Array
(
    [runs] => 0
    [collected] => 0
    [threshold] => 10001
    [roots] => 0
)
int(0)
~after
int(1)
int(1)
end
~before
