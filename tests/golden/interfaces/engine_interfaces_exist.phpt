--TEST--
The engine's interfaces exist: Traversable, IteratorAggregate and Iterator (Traversables), ArrayAccess, Countable
--FILE--
<?php
foreach (['Traversable', 'IteratorAggregate', 'Iterator', 'ArrayAccess', 'Countable'] as $name) {
    var_dump(interface_exists($name), class_exists($name));
}
var_dump(is_subclass_of('IteratorAggregate', 'Traversable'), is_subclass_of('Iterator', 'Traversable'));
var_dump(new stdClass instanceof Countable, [] instanceof Traversable);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
