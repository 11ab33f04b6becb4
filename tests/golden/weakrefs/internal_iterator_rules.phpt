--TEST--
InternalIterator: no foreach by reference, no clone, dynamic properties deprecated; foreach rewinds it; entries removed meanwhile; it keeps its map alive
--FILE--
<?php
$m = new WeakMap; $a = new stdClass; $b = new stdClass; $m[$a] = 1; $m[$b] = 2;
$it = $m->getIterator();
try { foreach ($it as &$v) {} } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { clone $it; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $it->x = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($it->key() === $a);
$it->next();
foreach ($it as $k => $v) { var_dump($v); }
var_dump($it->valid());
$it->rewind(); $it->next();
var_dump($it->current());
unset($m[$b]);
var_dump($it->valid(), $it->current(), $it->key());
$it2 = $m->getIterator();
unset($m);
var_dump($it2->current());
print_r($it2); echo "\n";
var_dump(spl_object_id(new stdClass));
--EXPECTF--
An iterator cannot be used with foreach by reference
Trying to clone an uncloneable object of class InternalIterator

Deprecated: Creation of dynamic property InternalIterator::$x is deprecated in %s on line 6
bool(true)
int(1)
int(2)
bool(false)
int(2)
bool(false)
NULL
NULL
int(1)
InternalIterator Object
(
)

int(9)
