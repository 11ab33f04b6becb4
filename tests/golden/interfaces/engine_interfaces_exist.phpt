--TEST--
The engine's interfaces exist: Traversable, IteratorAggregate (a Traversable), ArrayAccess, Countable
--FILE--
<?php
foreach (['Traversable', 'IteratorAggregate', 'ArrayAccess', 'Countable'] as $name) {
    var_dump(interface_exists($name), class_exists($name));
}
var_dump(is_subclass_of('IteratorAggregate', 'Traversable'));
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
bool(false)
