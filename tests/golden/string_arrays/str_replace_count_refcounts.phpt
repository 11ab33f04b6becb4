--TEST--
the count is written through its reference; the subject shared when unchanged
--FILE--
<?php
$count = "old";
$r = &$count;
$out = str_replace("l", "L", "hello", $count);
var_dump($out, $count, $r);
$subject = str_repeat("q", 3);
$same = str_replace("z", "y", $subject);
debug_zval_dump($subject);
$list = ["ab", "cd"];
$new = str_replace("a", "A", $list);
debug_zval_dump($list, $new);
--EXPECT--
string(5) "heLLo"
int(2)
int(2)
string(3) "qqq" refcount(3)
array(2) refcount(3){
  [0]=>
  string(2) "ab" refcount(1)
  [1]=>
  string(2) "cd" refcount(2)
}
array(2) refcount(2){
  [0]=>
  string(2) "Ab" refcount(1)
  [1]=>
  string(2) "cd" refcount(2)
}
