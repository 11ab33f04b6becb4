--TEST--
get_object_vars, foreach and casts never call __get or __isset; property_exists only asks __isset-free questions.
--FILE--
<?php
class M {
    private $hidden = 1;
    public $shown = 2;
    public function __get($n) { echo "__get($n)\n"; return "magic $n"; }
    public function __isset($n) { echo "__isset($n)\n"; return true; }
}
$m = new M;
var_dump(get_object_vars($m), property_exists($m, 'nothing'), property_exists($m, 'hidden'));
foreach ($m as $k => $v) {
    echo "$k\n";
}
var_dump(count((array) $m));
--EXPECT--
array(1) {
  ["shown"]=>
  int(2)
}
bool(false)
bool(true)
shown
int(2)
