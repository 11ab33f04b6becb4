--TEST--
print_r, var_export and debug_zval_dump of a WeakMap
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass;
$a->p = 1;
$m[$a] = [1, 2];
print_r($m);
echo "\n";
var_export($m);
echo "\n";
debug_zval_dump($m);
--EXPECT--
WeakMap Object
(
    [0] => Array
        (
            [key] => stdClass Object
                (
                    [p] => 1
                )

            [value] => Array
                (
                    [0] => 1
                    [1] => 2
                )

        )

)

\WeakMap::__set_state(array(
))
object(WeakMap)#1 (1) refcount(2){
  [0]=>
  array(2) refcount(1){
    ["key"]=>
    object(stdClass)#2 (1) refcount(2){
      ["p"]=>
      int(1)
    }
    ["value"]=>
    array(2) refcount(3){
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
