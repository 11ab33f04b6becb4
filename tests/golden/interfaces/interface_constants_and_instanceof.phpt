--TEST--
interfaces: constants through the interface and implementers, instanceof through interface inheritance
--FILE--
<?php
interface HasName { const PREFIX = "n:"; function name(); }
interface Greets extends HasName { function greet($who); }
abstract class Base implements Greets { function name() { return static::PREFIX . "base"; } abstract function extra(); }
class Impl extends Base { function greet($who) { return "hi $who"; } function extra() {} }
$i = new Impl;
var_dump($i instanceof HasName, $i instanceof Greets, $i instanceof Base, $i->greet("x"), $i->name(), Impl::PREFIX, HasName::PREFIX, Greets::PREFIX);
try { new Base; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new HasName; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
bool(true)
string(4) "hi x"
string(6) "n:base"
string(2) "n:"
string(2) "n:"
string(2) "n:"
Cannot instantiate abstract class Base
Cannot instantiate interface HasName
