--TEST--
??= on elements: offsets computed once, nested, null and undefined containers
--FILE--
<?php
$a = [];
$a['k'] ??= 5;
$a['k'] ??= 6;
$a['n']['m'] ??= [1];
function key_of($x) { echo "key_of($x)\n"; return "k" . $x; }
$a[key_of(1)] ??= "one";
$a[key_of(1)] ??= "again";
$r = ($a['z'] ??= "zz");
var_dump($a, $r);
$n = null;
$n[0] ??= 1;
var_dump($n);
$u['x'] ??= 'created';
var_dump($u);
$a[key_of(2)][key_of(3)] ??= 3;
var_dump($a['k2']);
--EXPECT--
key_of(1)
key_of(1)
array(4) {
  ["k"]=>
  int(5)
  ["n"]=>
  array(1) {
    ["m"]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
  ["k1"]=>
  string(3) "one"
  ["z"]=>
  string(2) "zz"
}
string(2) "zz"
array(1) {
  [0]=>
  int(1)
}
array(1) {
  ["x"]=>
  string(7) "created"
}
key_of(2)
key_of(3)
array(1) {
  ["k3"]=>
  int(3)
}
