--TEST--
array_walk writes through references it leaves in the array
--FILE--
<?php
function twice(&$v, $k) { $v = $v * 2; }
function tag(&$v, $k, $extra) { $v = "$k:$v:$extra"; }
function look($v, $k) { echo "$k=$v\n"; }
$a = [1, 2, "k" => 3];
var_dump(array_walk($a, 'twice'));
debug_zval_dump($a);
array_walk($a, 'tag', 'x');
var_dump($a);
array_walk($a, 'look');
$shared = [1];
$copy = $shared;
array_walk($shared, 'twice');
var_dump($shared, $copy);
--EXPECT--
bool(true)
array(3) refcount(2){
  [0]=>
  reference refcount(1) {
    int(2)
  }
  [1]=>
  reference refcount(1) {
    int(4)
  }
  ["k"]=>
  reference refcount(1) {
    int(6)
  }
}
array(3) {
  [0]=>
  string(5) "0:2:x"
  [1]=>
  string(5) "1:4:x"
  ["k"]=>
  string(5) "k:6:x"
}
0=0:2:x
1=1:4:x
k=k:6:x
array(1) {
  [0]=>
  int(2)
}
array(1) {
  [0]=>
  int(1)
}
