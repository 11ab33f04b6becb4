--TEST--
WeakMap::getIterator() gives an InternalIterator: valid/current/key/next/rewind, foreach over it; new InternalIterator is refused
--FILE--
<?php
$m = new WeakMap; $a = new stdClass; $b = new stdClass; $m[$a] = 1; $m[$b] = 2;
$it = $m->getIterator();
var_dump($it);
var_dump($it instanceof Iterator, get_class($it));
while ($it->valid()) { var_dump($it->key() === $a || $it->key() === $b, $it->current()); $it->next(); }
var_dump($it->valid(), $it->current());
$it->rewind();
var_dump($it->current());
foreach ($m->getIterator() as $k => $v) var_dump($v);
try { new InternalIterator; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
object(InternalIterator)#5 (0) {
}
bool(true)
string(16) "InternalIterator"
bool(true)
int(1)
bool(true)
int(2)
bool(false)
NULL
int(1)
int(1)
int(2)
Call to private InternalIterator::__construct() from global scope
