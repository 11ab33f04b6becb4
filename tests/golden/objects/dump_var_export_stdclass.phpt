--TEST--
var_export of stdClass uses the (object) array( form.
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = 'two';
$o->c = [1, 2];
var_export($o);
echo "\n";
var_export(new stdClass);
echo "\n";
$n = new stdClass;
$n->inner = new stdClass;
$n->inner->x = null;
var_export($n);
echo "\n";
--EXPECT--
(object) array(
   'a' => 1,
   'b' => 'two',
   'c' => 
  array (
    0 => 1,
    1 => 2,
  ),
)
(object) array(
)
(object) array(
   'inner' => 
  (object) array(
     'x' => NULL,
  ),
)
