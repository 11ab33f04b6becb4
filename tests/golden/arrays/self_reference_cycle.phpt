--TEST--
an array holding a reference to itself: *RECURSION* in every dump
--FILE--
<?php
$self = [1];
$self[] = &$self;
var_dump($self);
debug_zval_dump($self);
print_r($self);
echo "\n";
var_export($self);
echo "\n";
var_dump(count($self, COUNT_RECURSIVE));
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  *RECURSION*
}
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  reference refcount(2) {
    *RECURSION*
  }
}
Array
(
    [0] => 1
    [1] => Array
 *RECURSION*
)


Warning: var_export does not handle circular references in %s on line 8
array (
  0 => 1,
  1 => NULL,
)

Warning: count(): Recursion detected in %s on line 10
int(2)
