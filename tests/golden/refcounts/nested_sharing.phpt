--TEST--
nested arrays are shared until written, one level at a time
--FILE--
<?php
$a = ["in" => [1, 2], "other" => [3]];
$b = $a;
$b["in"][] = 3;
debug_zval_dump($a, $b);
$c = $a["other"];
debug_zval_dump($a);
$c[] = 4;
debug_zval_dump($a, $c);
--EXPECT--
array(2) refcount(3){
  ["in"]=>
  array(2) refcount(1){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["other"]=>
  array(1) refcount(2){
    [0]=>
    int(3)
  }
}
array(2) refcount(2){
  ["in"]=>
  array(3) refcount(1){
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
  ["other"]=>
  array(1) refcount(2){
    [0]=>
    int(3)
  }
}
array(2) refcount(3){
  ["in"]=>
  array(2) refcount(1){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["other"]=>
  array(1) refcount(3){
    [0]=>
    int(3)
  }
}
array(2) refcount(3){
  ["in"]=>
  array(2) refcount(1){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["other"]=>
  array(1) refcount(2){
    [0]=>
    int(3)
  }
}
array(2) refcount(2){
  [0]=>
  int(3)
  [1]=>
  int(4)
}
