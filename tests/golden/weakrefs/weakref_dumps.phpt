--TEST--
var_dump, print_r, var_export and debug_zval_dump of a WeakReference show no properties
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
var_dump($w);
print_r($w);
echo "\n";
var_export($w);
echo "\n";
debug_zval_dump($w);
var_dump((array) $w, get_object_vars($w));
--EXPECT--
object(WeakReference)#2 (0) {
}
WeakReference Object
(
)

\WeakReference::__set_state(array(
))
object(WeakReference)#2 (0) refcount(2){
}
array(0) {
}
array(0) {
}
