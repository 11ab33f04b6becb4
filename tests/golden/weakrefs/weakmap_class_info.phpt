--TEST--
WeakMap is final and implements ArrayAccess, Countable and IteratorAggregate
--FILE--
<?php
$m = new WeakMap;
var_dump($m instanceof ArrayAccess, $m instanceof Countable, $m instanceof IteratorAggregate, $m instanceof Traversable);
var_dump(is_countable($m), is_iterable($m));
var_dump(get_class($m), get_parent_class($m));
var_dump(method_exists($m, 'offsetGet'), method_exists($m, 'count'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(7) "WeakMap"
bool(false)
bool(true)
bool(true)
